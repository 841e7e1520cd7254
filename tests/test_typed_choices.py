"""Words typed where buttons are shown, read loosely when they are not a button's exact words: a label inside
a sentence ("non je ne peux plus me connecter"), a label shortened ("так, справжні"), in every language by
the same rule; a negation, two buttons fitting, or a word only a hidden synonym holds pick nothing, and the
person is asked again; a short "no" ending in a word for back takes back the last answer. Through the real
pipeline on the in-memory store (see `choice_from_text` and `asks_to_go_back`)."""

from __future__ import annotations

import pytest

from bot.config import PROJECT_ROOT
from bot.i18n import Translator
from bot.ports import CONTACT, WorkKey
from tests.conftest import Conversation

I18N = Translator(PROJECT_ROOT / "locales")

# the buttons pressed after consent to reach a question
CATEGORY = ()
SERVICE = ("hacked_account",)
LOCKED_OUT = ("hacked_account", "email")
TWO_FACTOR = (*LOCKED_OUT, "yes", "no")
IMAGES = ("extortion", "intimate_images")
MINOR = (*IMAGES, "real")
DEMAND = (*MINOR, "no")


def say(locale: str, key: str, **args) -> str:
    return I18N.render(locale, key, args)


@pytest.fixture
def at(memory_app, channel):
    """A person of `locale` who agreed and pressed `presses`: at the question they lead to."""
    async def reach(user: str, locale: str, presses: tuple[str, ...]) -> Conversation:
        victim = Conversation(memory_app, channel, user, locale)
        await victim.send("hello" if locale == "en" else "…")
        for choice in ("agree", *presses):
            await victim.press(choice)
        return victim
    return reach


async def state(memory_app, user: str) -> dict:
    snapshot = await memory_app.store.load(WorkKey("test", CONTACT, user))
    return snapshot.conversation.state


async def slots(memory_app, user: str) -> dict:
    return (await state(memory_app, user))["slots"]


PICKED = [
    # the session that found it: the label inside a sentence, after a "no" or a "yes" that must not decide
    ("fr", LOCKED_OUT, "non je ne peux plus me connecter", "locked_out", "yes"),
    ("fr", LOCKED_OUT, "oui je peux encore me connecter", "locked_out", "no"),
    ("fr", LOCKED_OUT, "Je peux encore", "locked_out", "no"),  # a label shortened
    ("fr", TWO_FACTOR, "non elle n'était pas activée", "two_factor", "no"),  # "activée" alone would be "yes"
    ("uk", IMAGES, "так, справжні", "images", "real"),
    ("uk", IMAGES, "ні, вони фальшиві", "images", "fake"),
    ("en", LOCKED_OUT, "No, I can still log in", "locked_out", "no"),  # "no," answers, it negates nothing
    ("en", LOCKED_OUT, "yes I'm locked out", "locked_out", "yes"),
    ("en", CATEGORY, "my facebook account was hacked", "category", "hacked_account"),
    ("en", CATEGORY, "money", "category", "scam"),  # one word of one button: "I was scammed or lost money"
    ("de", LOCKED_OUT, "nein, ich komme noch rein", "locked_out", "no"),
    ("de", IMAGES, "ja echt", "images", "real"),
    ("es", LOCKED_OUT, "no, todavía puedo entrar", "locked_out", "no"),
    ("es", LOCKED_OUT, "no puedo entrar ya", "locked_out", "yes"),  # "puedo entrar" inside "no puedo entrar"
    ("es", LOCKED_OUT, "puedo entrar ya", "locked_out", "no"),  # held whole, though all in "Ya no puedo entrar"
    ("es", IMAGES, "no, son reales", "images", "real"),
    ("it", LOCKED_OUT, "non riesco più a entrare purtroppo", "locked_out", "yes"),
    ("pt", LOCKED_OUT, "não consigo entrar mais", "locked_out", "yes"),
    ("ru", IMAGES, "да, настоящие", "images", "real"),
    ("ar", LOCKED_OUT, "نعم لا أستطيع الدخول", "locked_out", "yes"),
    # the exact readings stay: "no" alone on a yes/no question, and a number by position
    ("fr", LOCKED_OUT, "non", "locked_out", "no"),
    ("fr", LOCKED_OUT, "2", "locked_out", "no"),
    ("uk", IMAGES, "3", "images", "not_seen"),
    ("ru", LOCKED_OUT, "нет", "locked_out", "no"),
]


@pytest.mark.parametrize(("locale", "presses", "typed", "slot", "value"), PICKED)
async def test_words_that_fit_one_button_pick_it(locale, presses, typed, slot, value, at, memory_app) -> None:
    user = f"picked-{locale}-{typed}"
    victim = await at(user, locale, presses)
    replies = await victim.send(typed)
    assert say(locale, "invalid-choice") not in [r.text for r in replies]
    assert (await slots(memory_app, user))[slot] == value


ASKED_AGAIN = [
    # a negation outside the button's words: never the button it negates
    ("en", IMAGES, "not real"),
    ("en", IMAGES, "I don't think they're real"),
    ("en", LOCKED_OUT, "I'm not locked out"),
    ("en", MINOR, "no I am not a minor"),
    ("uk", IMAGES, "ні, не справжні"),
    ("es", IMAGES, "no son reales"),  # without a comma, this "no" negates
    ("de", IMAGES, "nicht echt"),
    ("ru", IMAGES, "нет, не настоящие"),
    # two buttons fit: neither is guessed
    ("en", SERVICE, "my facebook and my instagram"),
    ("fr", LOCKED_OUT, "connecter"),  # in both labels
    ("fr", TWO_FACTOR, "je ne sais pas, je crois que c'était activé"),
    # only a hidden synonym holds these words ("my computer has a virus"): a guess, not a reading
    ("en", CATEGORY, "my computer"),
]


@pytest.mark.parametrize(("locale", "presses", "typed"), ASKED_AGAIN)
async def test_words_that_fit_no_button_or_two_are_asked_again(locale, presses, typed, at, memory_app) -> None:
    user = f"asked-{locale}-{typed}"
    victim = await at(user, locale, presses)
    before = dict(await slots(memory_app, user))
    replies = await victim.send(typed)
    assert replies[0].text == say(locale, "invalid-choice")
    assert await slots(memory_app, user) == before


async def test_the_summary_is_not_sent_on_a_negated_send(at, memory_app) -> None:
    victim = await at("summary", "en", (*LOCKED_OUT, "no", "no", "no", "no", "me"))
    await victim.send("Someone took my email and writes to my friends")
    await victim.send("yesterday")
    await victim.press("no")
    await victim.press("_skip")
    summary = await victim.press("here")
    assert [c.id for c in summary[-1].choices] == ["confirm", "edit"]
    kept = await victim.send("don't send it")
    assert kept[0].text == say("en", "invalid-choice")
    assert not any(case["intake_complete"] for case in await memory_app.store.list_cases())
    sent = await victim.send("yes, send it please")
    assert "FD-" in sent[-1].text


async def test_a_sentence_at_a_question_that_may_be_skipped_does_not_skip_it(at, memory_app) -> None:
    victim = await at("demand", "en", DEMAND)
    asked = await victim.send("hello")
    assert "_skip" in [c.id for c in asked[-1].choices]  # "Skip" is a button here
    await victim.send("they want money, or I skip a payment to them")
    assert (await state(memory_app, "demand"))["step"] == "demand"  # an amount is still asked for, not skipped


@pytest.mark.parametrize("typed", ["that is fine with me", "they said they would post it later"])
async def test_consent_is_never_read_loosely(typed, memory_app, channel) -> None:
    victim = Conversation(memory_app, channel, f"consent-{typed}", "en")
    await victim.send("hello")
    await victim.send(typed)  # "fine" agrees, "later" declines: inside a sentence, neither is consent
    now = await state(memory_app, f"consent-{typed}")
    assert (now["step"], now["slots"].get("consent"), now["finished"]) == ("consent", None, False)


@pytest.mark.parametrize(("locale", "typed", "agreed"), [
    ("fr", "oui d'accord", True), ("fr", "Oui, d'accord !", True), ("en", "yes ok", True), ("en", "ok sure", True),
    ("uk", "так, звісно", True), ("de", "ja klar", True), ("fr", "non merci", False),
    ("fr", "non, pas maintenant", False),
    ("fr", "non d'accord", None), ("en", "yes but I am scared", None), ("fr", "oui mais pas maintenant", None),
])
async def test_consent_in_several_of_its_own_words_is_read(locale, typed, agreed, memory_app, channel) -> None:
    """A frightened person writes "oui d'accord", not one button's word: words that all belong to one choice
    pick it, even at consent; a word of the other choice, or of a sentence, leaves the question asked again."""
    user = f"consent-{locale}-{typed}"
    victim = Conversation(memory_app, channel, user, locale)
    await victim.send("hello" if locale == "en" else "…")
    await victim.send(typed)
    now = await state(memory_app, user)
    if agreed is None:
        assert (now["step"], now["slots"].get("consent"), now["finished"]) == ("consent", None, False)
    elif agreed:
        assert (now["slots"].get("consent"), now["step"]) == ("agree", "category")
    else:
        assert now["finished"] and now["slots"].get("consent") != "agree"


def test_negation_words_are_read_from_each_locale_not_written_in_code() -> None:
    from bot.engine.loader import load_flows
    from bot.engine.machine import Engine
    from bot.services.handlers.reading import negations
    engine = Engine(load_flows(PROJECT_ROOT / "flows"))
    expected = {"en": {"not", "t"}, "fr": {"pas"}, "de": {"nicht"}, "es": {"no"}, "it": {"non"}, "pt": {"nao"},
                "ru": {"не"}, "uk": {"не"}, "ar": {"لا"}}
    for locale in I18N.locales:
        found = negations(engine, I18N, locale)
        assert expected[locale] <= found, locale
        assert not found & {"card", "carte", "gift", "cadeau", "amazon", "oui", "non" if locale == "fr" else "x"}


@pytest.mark.parametrize(("locale", "typed"), [
    ("uk", "ні, зачекайте, назад"),
    ("fr", "non attendez, revenir"),
    ("es", "no, volver"),
    ("ar", "لا، رجوع"),
    ("en", "no wait back"),  # fastText alone reads it as French (0.70): the correction keeps the language
])
async def test_a_no_that_ends_in_back_takes_back_the_last_answer(locale, typed, at, memory_app) -> None:
    """A frightened person who pressed the wrong button writes "no, wait, back": the question before comes
    again, as with /back, instead of "please press a button"."""
    user = f"back-{locale}"
    victim = await at(user, locale, IMAGES)
    assert (await state(memory_app, user))["step"] == "images"
    replies = await victim.send(typed)
    assert say(locale, "invalid-choice") not in [r.text for r in replies]
    assert (await state(memory_app, user))["step"] == "threat"
    assert "images" not in await slots(memory_app, user)  # the answer taken back is asked again, not kept
    assert (await memory_app.store.load(WorkKey("test", CONTACT, user))).contact.locale == locale


@pytest.mark.parametrize(("presses", "typed"), [
    (CATEGORY, "I want my money back"),  # no "no" first: their wish, not a correction
    (LOCKED_OUT, "no, I got back in"),  # "back" inside an answer, not at its end
    (LOCKED_OUT, "wait, go back"),  # no "no": asked again, never a guess
])
async def test_back_inside_an_answer_does_not_go_back(presses, typed, at, memory_app) -> None:
    user = f"not-back-{typed}"
    victim = await at(user, "en", presses)
    step = (await state(memory_app, user))["step"]
    replies = await victim.send(typed)
    assert replies[0].text == say("en", "invalid-choice")
    assert (await state(memory_app, user))["step"] == step

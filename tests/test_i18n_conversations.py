"""The intake in each of the nine languages, from a first message with no platform hint, through the real
pipeline and database: the bot answers in the person's language from the first reply to the case."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.config import PROJECT_ROOT
from bot.engine.machine import Formatted
from bot.i18n import Translator
from bot.ports import CONTACT, WorkKey
from bot.storage.tables import Case

I18N = Translator(PROJECT_ROOT / "locales")

# first message, the story, "yesterday" as people write it
PEOPLE = {
    "en": ("Hello, someone stole money from my bank account", "They emptied my savings account", "yesterday"),
    "fr": ("Bonjour, on m'a volé de l'argent sur mon compte bancaire", "Ils ont vidé mon livret d'épargne", "hier"),
    "de": ("Hallo, jemand hat Geld von meinem Bankkonto gestohlen", "Mein Sparkonto ist jetzt leer", "gestern"),
    "es": ("Hola, alguien me robó dinero de mi cuenta bancaria", "Vaciaron mi cuenta de ahorros", "ayer"),
    "it": ("Ciao, qualcuno mi ha rubato dei soldi dal conto in banca", "Hanno svuotato il mio conto", "ieri"),
    "pt": ("Olá, alguém roubou dinheiro da minha conta bancária", "Esvaziaram minha poupança", "ontem"),
    "uk": ("Добрий день, у мене вкрали гроші з банківського рахунку", "Зняли всі мої заощадження", "вчора"),
    "ru": ("Здравствуйте, у меня украли деньги с банковского счёта", "Сняли все мои сбережения", "вчера"),
    "ar": ("مرحبا، سرق شخص ما المال من حسابي البنكي", "أفرغوا حساب التوفير الخاص بي بالكامل", "أمس"),
}


@pytest.mark.parametrize("locale", sorted(PEOPLE))
async def test_intake_in_the_persons_language(locale: str, any_app, any_talk) -> None:
    first, story, yesterday = PEOPLE[locale]
    victim = any_talk(f"lang-{locale}", language_hint=None)
    say = lambda key, **args: I18N.render(locale, key, args)  # noqa: E731

    replies = await victim.send(first)
    texts = [r.text for r in replies]
    if locale == "en":
        assert texts == [say("intake-greeting"), say("intake-consent")]
    else:  # the first reply in a detected language offers a one-tap change
        assert texts[0] == say("language-detected", language=I18N.native_name(locale))
        assert [c.id for c in replies[0].choices] == ["_language"]
        assert texts[1:] == [say("intake-greeting"), say("intake-consent")]
    assert [c.label for c in replies[-1].choices] == [say("intake-consent-agree"), say("intake-consent-decline")]

    assert [r.text for r in await victim.press("agree")] == [say("intake-category")]
    assert [r.text for r in await victim.press("scam")] == [say("scam-scam_type")]
    assert [r.text for r in await victim.press("other")] == [say("scam-scam_platform")]
    assert [r.text for r in await victim.press("other")] == [say("scam-paid")]
    # taken from their account, not paid by them: first aid for a scam without a payment, then who is affected
    assert [r.text for r in await victim.press("no")] == [say("scam-first_aid"), say("intake-affected")]
    assert [r.text for r in await victim.press("me")] == [say("intake-story")]
    assert [r.text for r in await victim.send(story)] == [say("intake-when")]
    assert [r.text for r in await victim.send(yesterday)] == [say("intake-ongoing")]
    await victim.press("no")
    await victim.press("_skip")
    summary = (await victim.press("here"))[-1]
    assert I18N.format(locale, Formatted("date", "2026-11-26"))[:2] in summary.text or locale == "ar"
    assert story in summary.text and first in summary.text  # the person's own words come back untouched
    assert [c.label for c in summary.choices] == [say("intake-summary-confirm"), say("intake-summary-edit")]
    done = (await victim.press("confirm"))[-1].text

    [case] = await any_app.store.list_cases()
    snapshot = await any_app.store.load(WorkKey("test", CONTACT, f"lang-{locale}"))
    assert case["reference"] in done
    assert done == say("intake-submitted", reference=case["reference"])
    assert case["locale"] == locale and snapshot.contact.locale == locale
    # what they wrote first is part of their account; right-to-left and Cyrillic text intact through the store
    assert case["answers"]["story"] == f"{first}\n{story}"
    assert case["answers"]["when"] is not None


async def test_arabic_story_round_trips_and_is_isolated_in_the_summary(app, talk) -> None:
    victim = talk("rtl", language_hint="ar")
    story = "قال إنه سينشر صوري على فيسبوك إذا لم أدفع 500 دولار"
    await victim.send("مرحبا")
    await victim.press("agree")
    await victim.press("extortion")
    await victim.press("personal_data")
    await victim.send("500 دولار")
    await victim.press("no")
    await victim.press("unsure")  # a deadline?
    await victim.press("me")
    await victim.send(story)
    await victim.send("أمس")
    await victim.press("yes")
    await victim.press("_skip")
    summary = (await victim.press("here"))[-1].text
    assert f"\u2068{story}\u2069" in summary
    await victim.press("confirm")
    async with app.db.engine.connect() as conn:
        case = (await conn.execute(select(Case))).one()
    assert case.answers["story"] == story and case.answers["demand"] == {"amount": "500.00", "currency": "USD"}


async def test_explicit_choice_wins_over_later_detection(any_talk) -> None:
    victim = any_talk("chooser", language_hint="en")
    await victim.send("hello")
    picker = (await victim.send("/language"))[-1]
    assert {c.label for c in picker.choices} >= {"English", "Українська", "العربية", "Español"}
    chosen = await victim.press("_lang:uk")
    assert chosen[0].text == I18N.render("uk", "language-set", {"language": "Українська"})
    later = await victim.send("Hola, me están chantajeando con fotos")
    assert later[0].text == I18N.render("uk", "invalid-choice")  # still Ukrainian: the choice was explicit


async def test_platform_hint_is_used_and_unsupported_hint_gets_the_picker(any_talk) -> None:
    hinted = await any_talk("pt-user", language_hint="pt-BR").send("oi")
    assert hinted[0].text == I18N.render("pt", "intake-greeting")
    unsupported = await any_talk("tr-user", language_hint="tr").send("merhaba")
    assert unsupported[0].text == I18N.render("en", "language-unsupported")
    assert len(unsupported[0].choices) == 9 and unsupported[1].text == I18N.render("en", "intake-greeting")


async def test_short_messages_never_switch_the_language(any_talk) -> None:
    victim = any_talk("short", language_hint="uk")
    first = await victim.send("так")
    assert first[0].text == I18N.render("uk", "intake-greeting")
    replies = await victim.send("да")  # Russian "yes": never a reason to switch between uk and ru
    assert replies[0].text == I18N.render("uk", "invalid-choice")

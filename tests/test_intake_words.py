"""Words typed where buttons are shown (issue 9): each locale's yes and no, and the synonyms of each choice,
through the real pipeline on the in-memory store and on the database; the /forget confirmation never
decides "no" for a person it did not understand; no answer ends a conversation without a word."""

from __future__ import annotations

import pytest

from bot.config import PROJECT_ROOT
from bot.i18n import Translator

I18N = Translator(PROJECT_ROOT / "locales")


def say(locale: str, key: str, **args) -> str:
    return I18N.render(locale, key, args)


async def at_consent(any_talk, user: str, locale: str):
    victim = any_talk(user, language_hint=locale)
    replies = await victim.send("hello" if locale == "en" else "…")
    assert replies[-1].text == say(locale, "intake-consent")
    return victim


# the words the issue found refused, and more: each locale's yes
YES = [("en", "yes"), ("en", "ok"), ("en", "Yes!"), ("fr", "oui"), ("fr", "d'accord"), ("fr", "D’ACCORD"),
       ("de", "ja"), ("de", "Einverstanden"), ("es", "sí"), ("es", "si"), ("es", "vale"), ("it", "sì"),
       ("it", "va bene"), ("pt", "sim"), ("pt", "tudo bem"), ("uk", "так"), ("uk", "Добре"), ("ru", "да"),
       ("ru", "хорошо"), ("ar", "نعم"), ("ar", "موافق")]


@pytest.mark.parametrize(("locale", "word"), YES)
async def test_yes_in_the_persons_language_agrees_to_consent(locale: str, word: str, any_talk) -> None:
    victim = await at_consent(any_talk, f"yes-{locale}-{word}", locale)
    replies = await victim.send(word)
    assert [r.text for r in replies] == [say(locale, "intake-category")]


@pytest.mark.parametrize(("locale", "word"), [("en", "no"), ("fr", "non"), ("de", "nein"), ("es", "no"),
                                              ("it", "no"), ("pt", "não"), ("uk", "ні"), ("ru", "нет"),
                                              ("ar", "لا")])
async def test_no_in_the_persons_language_declines_kindly(locale: str, word: str, any_talk, any_app) -> None:
    victim = await at_consent(any_talk, f"no-{locale}", locale)
    replies = await victim.send(word)
    assert [r.text for r in replies] == [say(locale, "intake-declined")]
    assert await any_app.store.list_cases() == []


async def test_synonyms_of_each_choice_and_yes_no_at_every_question(any_talk) -> None:
    victim = await at_consent(any_talk, "words-fr", "fr")
    await victim.send("ok")
    assert (await victim.send("arnaque"))[-1].text == say("fr", "scam-scam_type")
    await victim.press("shopping")
    await victim.press("website")
    assert (await victim.send("non"))[-1].text == say("fr", "intake-affected")  # "no": nothing was paid
    assert (await victim.press("me"))[-1].text == say("fr", "intake-story")
    await victim.send("Un faux site m'a pris 300 euros")
    await victim.send("hier")
    assert (await victim.send("je ne sais pas"))[-1].text == say("fr", "intake-evidence")  # "unsure"
    await victim.press("_skip")
    summary = (await victim.send("ici"))[-1]
    assert summary.text.startswith("Voici ce que j'ai compris")
    done = (await victim.send("Oui"))[-1].text
    assert "FD-" in done


async def test_a_word_that_fits_two_choices_is_not_guessed(any_talk) -> None:
    victim = await at_consent(any_talk, "ambiguous", "en")
    await victim.send("yes")
    replies = await victim.send("hacked scam")
    assert replies[0].text == say("en", "invalid-choice")


@pytest.mark.parametrize(("locale", "word"), [("en", "yes"), ("fr", "oui"), ("de", "Ja"), ("es", "sí"),
                                              ("it", "sì"), ("pt", "sim"), ("uk", "так"), ("ru", "да"),
                                              ("ar", "نعم")])
async def test_forget_accepts_yes_in_every_language(locale: str, word: str, any_talk, any_app) -> None:
    victim = await at_consent(any_talk, f"forget-{locale}", locale)
    await victim.send(word)
    await victim.press("hacked_account")
    asked = await victim.send("/forget")
    assert asked[-1].text == say(locale, "forget-confirm")
    done = await victim.send(word)
    assert [r.text for r in done] == [say(locale, "forget-done")]
    assert await any_app.store.list_cases() == []


async def test_an_unclear_answer_to_forget_asks_again_and_only_no_keeps(any_talk, any_app) -> None:
    victim = await at_consent(any_talk, "forget-unclear", "en")
    await victim.press("agree")
    await victim.send("/human")  # a case exists
    await victim.send("/forget")
    unclear = await victim.send("what do you mean?")
    assert [r.text for r in unclear] == [say("en", "forget-unclear"), say("en", "forget-confirm")]
    assert [c.id for c in unclear[-1].choices] == ["yes", "no"]
    kept = await victim.send("no")
    assert kept[0].text == say("en", "forget-kept")
    assert len(await any_app.store.list_cases()) == 1


async def test_a_person_stuck_at_consent_is_never_dropped(any_talk, any_app) -> None:
    victim = await at_consent(any_talk, "stuck-consent", "en")
    for text in ("banana", "what", "I do not understand"):
        replies = await victim.send(text)
    assert "_skip" not in [c.id for c in replies[-1].choices]
    pressed = await victim.press("_skip")  # an old button, or a crafted one
    assert pressed[0].text == say("en", "invalid-choice")
    status = await victim.send("/status")
    assert status[-1].text == say("en", "intake-consent")  # still asked, not silently ended


# -- the word lists themselves ---------------------------------------------------------------------------
def _words(locale: str, key: str) -> set[str]:
    from bot.services.handlers.words import words
    return set(words(I18N, locale, key))


def _choice_steps():
    from bot.engine.lint import choice_ids
    from bot.engine.loader import load_flows
    for flow in load_flows(PROJECT_ROOT / "flows"):
        for step_id, step in flow.steps.items():
            ids = choice_ids(step)
            if ids:
                means = {"confirm": "yes", "edit": "no"} if step.kind == "review" else {
                    c.id: c.meaning for c in step.choose or () if c.meaning}
                yield flow.id, step_id, ids, means


@pytest.mark.parametrize("locale", sorted(I18N.locales))
def test_no_typed_word_fits_two_buttons_or_hides_behind_a_command(locale: str) -> None:
    from bot.services.texts import COMMANDS
    from bot.services.turn import normalize
    yes, no = _words(locale, "words-yes"), _words(locale, "words-no")
    assert yes and no and not yes & no
    commands = set().union(*(_words(locale, f"command-words-{name}") for name in COMMANDS))
    for flow_id, step_id, ids, means in _choice_steps():
        owner: dict[str, str] = {}
        for choice_id in ids:
            key = f"{flow_id}-{step_id}-{choice_id}"
            said = _words(locale, key + "-words") | {normalize(I18N.render(locale, key))}
            said |= {"yes": yes, "no": no}.get(means.get(choice_id, ""), set())
            for word in said:
                assert owner.setdefault(word, choice_id) == choice_id, (
                    f"{locale} {key}: {word!r} also means {owner[word]!r}")
                assert word not in commands, f"{locale} {key}: {word!r} is a command word, never this choice"

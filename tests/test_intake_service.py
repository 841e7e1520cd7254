"""The intake's service rules on the real pipeline over the in-memory store: what a frightened person
meets at the start (a story in the first message, /human before consent), /help, coming back later."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.app import load_content
from bot.config import Settings
from bot.ports import CONTACT, WorkKey
from bot.services.texts import COMMANDS

_, I18N = load_content(Settings(_env_file=None))
STORY = "Someone is blackmailing me with my photos and wants 500 euros by tonight"
# the scam's own questions (a fake shop found on a website, nothing paid), then "who is affected": me
SCAM = ("scam", "shopping", "website", "no", "me")
HACKED = ("hacked_account", "email", "yes", "no", "no", "unsure", "me")


async def press_all(victim, *choices: str) -> list:
    replies: list = []
    for choice in choices:
        replies = await victim.press(choice)
    return replies


@pytest.mark.parametrize("locale", sorted(I18N.locales))
async def test_help_lists_every_command_in_every_language(locale, any_talk) -> None:
    replies = await any_talk(f"help-{locale}", language_hint=locale).send("/help")
    for name in COMMANDS:
        assert f"/{name}" in replies[0].text, f"/{name} missing from the help in {locale}"


async def test_a_story_in_the_first_message_is_kept_and_not_asked_again(any_app, any_talk) -> None:
    victim = any_talk("early")
    first = await victim.send(STORY)
    assert "kept what you wrote" in first[1].text and first[-1].text.startswith("Before we start")
    await victim.press("agree")
    await press_all(victim, *SCAM)
    snapshot = await any_app.store.load(WorkKey("test", CONTACT, "early"))
    state = snapshot.conversation.state
    assert state["slots"]["story"] == STORY and state["step"] == "when"


async def test_words_written_at_the_consent_question_are_kept_not_refused(any_app, any_talk) -> None:
    victim = any_talk("at-consent")
    await victim.send("hello")
    replies = await victim.send("they hacked my email and are writing to all my contacts asking for money")
    assert "kept what you wrote" in replies[0].text and replies[-1].text.startswith("Before we start")
    await victim.press("agree")
    await press_all(victim, *HACKED)
    snapshot = await any_app.store.load(WorkKey("test", CONTACT, "at-consent"))
    assert snapshot.conversation.state["slots"]["story"].startswith("they hacked my email")


async def test_a_short_first_message_is_kept_but_the_story_is_still_asked(any_app, any_talk) -> None:
    victim = any_talk("greets")
    first = await victim.send("hello, I think I was scammed")
    assert len(first) == 2  # greeting and consent: a few words are kept quietly
    await victim.press("agree")
    replies = await press_all(victim, *SCAM)
    assert replies[-1].text.startswith("In your own words")
    await victim.send("I paid 300 euros for a phone on a shop that does not exist")
    snapshot = await any_app.store.load(WorkKey("test", CONTACT, "greets"))
    assert snapshot.conversation.state["slots"]["story"] == (
        "hello, I think I was scammed\nI paid 300 euros for a phone on a shop that does not exist")


async def test_a_greeting_is_not_kept(any_app, any_talk) -> None:
    victim = any_talk("hi")
    await victim.send("hi there")
    await victim.press("agree")
    await press_all(victim, *SCAM)
    await victim.send("I paid 300 euros for a phone on a shop that does not exist")
    snapshot = await any_app.store.load(WorkKey("test", CONTACT, "hi"))
    assert snapshot.conversation.state["slots"]["story"].startswith("I paid")


async def test_asking_for_a_person_before_consent_opens_no_case_until_they_agree(any_app, any_talk) -> None:
    victim = any_talk("asks-first")
    replies = await victim.send("/human")
    assert "agreement" in replies[0].text and replies[-1].text.startswith("Before we start")
    assert await any_app.store.list_cases() == []
    agreed = await victim.press("agree")
    [case] = await any_app.store.list_cases()
    assert case["human_requested"] and case["reference"] in agreed[0].text


async def test_asking_for_a_person_then_declining_keeps_nothing(any_app, any_talk) -> None:
    victim = any_talk("asks-declines")
    await victim.send("/human")
    await victim.press("decline")
    assert await any_app.store.list_cases() == []


async def test_coming_back_after_a_while_is_greeted_and_shown_the_question(any_app, any_talk) -> None:
    victim = any_talk("returns")
    await victim.send("hello")
    await victim.press("agree")
    any_app.pipeline.tools.clock = lambda: datetime.now(UTC) + timedelta(hours=5)
    replies = await victim.send("hi")
    assert replies[0].text.startswith("Welcome back") and replies[-1].text.startswith("What happened?")
    any_app.pipeline.tools.clock = lambda: datetime.now(UTC)
    again = await victim.send("hi")  # right after: no second welcome
    assert not again[0].text.startswith("Welcome back")


async def test_stop_with_answers_asks_first_and_a_clear_no_continues(any_app, any_talk) -> None:
    victim = any_talk("stopper")
    await victim.send("hello")
    await victim.press("agree")
    await victim.press("scam")
    asked = await victim.send("stop")
    assert "stop here" in asked[-1].text and [c.id for c in asked[-1].choices] == ["yes", "no"]
    unclear = await victim.send("hmm what")
    assert "did not understand" in unclear[0].text and unclear[-1].choices
    kept = await victim.send("no")
    assert kept[0].text.startswith("All right, let's continue") and "What kind of scam" in kept[-1].text
    await victim.send("stop")
    done = await victim.send("yes")
    assert "stopped" in done[-1].text.lower() or "nothing was sent" in done[-1].text.lower()


async def test_stop_before_any_answer_needs_no_confirmation(any_app, any_talk) -> None:
    victim = any_talk("early-stop")
    await victim.send("hello")
    replies = await victim.send("/cancel")
    assert not replies[-1].choices and "stop" in replies[-1].text.lower()


async def test_talk_to_a_person_pressed_at_consent_waits_for_consent(any_app, any_talk) -> None:
    victim = any_talk("stuck-human")
    await victim.send("hello")
    replies = await victim.press("_human")
    assert "agreement" in replies[0].text
    assert await any_app.store.list_cases() == []
    await victim.press("agree")
    [case] = await any_app.store.list_cases()
    assert case["human_requested"]

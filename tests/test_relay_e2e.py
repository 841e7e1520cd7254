"""Black-box relay: the bot as a subprocess on the fake Telegram AND the fake Discord (the real python-telegram-bot
and discord.py), configured only by environment, volunteers put on the roster with the command line. A victim asks
for a person; a volunteer claims the case; then they talk through the bot. What is checked is what each side saw on
its platform (and, for feedback, the case row); never how long anything took."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import AsyncIterator, Awaitable

import pytest

from tests.escalation_harness import DeskBot, case_record, cli, eventually, unsent
from tests.fakes.discord import FakeDiscord
from tests.fakes.telegram import FakeTelegram
from tests.relay_harness import (
    JPEG,
    PNG,
    WAIT,
    DiscordVictim,
    RelayDesk,
    TelegramVictim,
    answers,
    count_containing,
    enrol_with_cli,
    from_person,
    lines,
    relayed_words,
    spoken,
    with_files,
)
from tests.telegram_harness import TOKEN, BotProcess

slow = pytest.mark.slow


@pytest.fixture
async def relay() -> AsyncIterator[RelayDesk]:
    async with FakeTelegram(token=TOKEN) as telegram, FakeDiscord(heartbeat_interval=0.5) as discord:
        yield RelayDesk(telegram, discord)
        for bot in BotProcess.started:  # before the fakes go: a bot left running would log their absence
            if bot.process is not None:
                await bot.stop()
        assert discord.errors == []


async def _none(count: Awaitable[int]) -> bool:
    return await count == 0


async def started(bot: DeskBot) -> DeskBot:
    await bot.start()
    return bot


async def claimed(relay: RelayDesk, victim, person, platform: str) -> str:
    """The victim asks for a person; `person` claims the case on `platform`; the brief reached them."""
    reference = await victim.asks_for_a_human()
    card = relay.telegram_card if platform == "telegram" else relay.discord_card
    await relay.until(lambda: card(reference), WAIT, f"the card of {reference} on {platform}")
    relay.claims(person, platform, reference)
    await relay.until(lambda: any("has taken your case" in m.text and reference in m.text
                                  for m in victim.received()), WAIT, f"the person told {reference} was taken")
    await relay.until(lambda: any(reference in m.text and "Reply to this message" in m.text
                                  for m in relay.direct(person, platform)), WAIT, f"the brief of {reference}")
    return reference


# -- (a) both ways, text and files, both pairings -------------------------------------------------------------
async def test_a_telegram_victim_and_a_discord_volunteer_then_a_discord_victim_and_a_telegram_volunteer_talk(
        relay, database_url, tmp_path) -> None:
    """Tina writes on Telegram and Ann answers in the case's Discord thread; Dana writes on Discord and Olena
    answers in the case's Telegram forum topic: text and a photo each way, and an answer given by replying to a
    relayed message in the volunteer's private chat with the bot."""
    ann, olena = relay.person("Ann Lee", ["en"]), relay.person("olena", ["en"])
    for person in (ann, olena):
        await enrol_with_cli(database_url, person)
    bot = await started(DeskBot(relay, database_url, tmp_path))
    tina, dana = TelegramVictim(relay.telegram, 5001), DiscordVictim(relay.discord, "dana")
    first, second = await asyncio.gather(claimed(relay, tina, ann, "discord"), claimed(relay, dana, olena, "telegram"))
    person1, person2 = from_person(first), from_person(second)

    # Tina (Telegram) -> Ann (the Discord thread, and her private chat with the bot)
    tina.says("They have my photos")
    await relay.until(lambda: relayed_words(relay.thread(first), person1) == ["They have my photos"])
    await relay.until(lambda: relayed_words(relay.direct(ann, "discord"), person1) == ["They have my photos"])
    relay.writes_in_case(ann, "discord", first, "I am here. Do not pay them.")
    await relay.until(lambda: answers(tina, "Ann") == ["I am here. Do not pay them."])
    tina.sends_photo(JPEG, caption="this is what they sent")
    await relay.until(lambda: [m.files for m in with_files(relay.thread(first))] == [[JPEG]])
    relay.writes_in_case(ann, "discord", first, "Thanks. Keep it, and report the account.", photo=PNG)
    await relay.until(lambda: [m.files for m in with_files(tina.received())] == [[PNG]])
    relayed = next(m for m in relay.direct(ann, "discord") if "this is what they sent" in m.text)
    assert relayed.files == [JPEG]  # the photo reaches her private chat too
    relay.writes_privately(ann, "discord", "You can write to me here any time.", reply_to=relayed)
    ann_said = ["I am here. Do not pay them.", "Thanks. Keep it, and report the account.",
                "You can write to me here any time."]
    await relay.until(lambda: answers(tina, "Ann") == ann_said, why="Ann's three answers")

    # Dana (Discord) -> Olena (the Telegram forum topic, and her private chat with the bot)
    dana.says("Someone logged into my account & changed my <password>")
    await relay.until(lambda: relayed_words(relay.direct(olena, "telegram"), person2) == [
        "Someone logged into my account & changed my <password>"])
    relay.writes_in_case(olena, "telegram", second, "Change your password now, from another device.")
    await relay.until(lambda: answers(dana, "Olena") == ["Change your password now, from another device."])
    dana.sends_photo(PNG, caption="the login alert")
    await relay.until(lambda: [m.files for m in with_files(relay.direct(olena, "telegram"))] == [[PNG]])
    relay.writes_in_case(olena, "telegram", second, "Good, that helps. Here is the form.", photo=JPEG)
    await relay.until(lambda: [m.files for m in with_files(dana.received())] == [[JPEG]])
    relayed = next(m for m in relay.direct(olena, "telegram") if "the login alert" in m.text)
    relay.writes_privately(olena, "telegram", "I stay with you until it is sorted.", reply_to=relayed)
    olena_said = ["Change your password now, from another device.", "Good, that helps. Here is the form.",
                  "I stay with you until it is sorted."]
    await relay.until(lambda: answers(dana, "Olena") == olena_said, why="Olena's three answers")

    # every volunteer chat ends up with the whole conversation, each message once and in order (the Telegram
    # group, paced at 20 messages a minute, last); what a volunteer wrote in a case's place is not echoed there
    tina_said = ["They have my photos", "this is what they sent"]
    dana_said = ["Someone logged into my account & changed my <password>", "the login alert"]
    # a merged post's files go after its words (one message each, at the group's pace): wait for them too
    files_shown = {("topic", first): [JPEG, PNG], ("thread", second): [PNG, JPEG], ("topic", second): [PNG],
                   ("thread", first): [JPEG]}

    def everything_shown() -> bool:
        return bool(count_containing(relay.topic(first), ann_said[-1])
                    and count_containing(relay.topic(second), olena_said[-1])) and all(
            sorted(f for m in relay.place("telegram" if place == "topic" else "discord", case) for f in m.files)
            == sorted(files) for (place, case), files in files_shown.items())

    await relay.until(everything_shown, why="the Telegram topics")
    expected = {  # (place, case): who said what there, in order
        ("thread", first): [("person", tina_said[0]), ("person", tina_said[1]), ("Ann Lee", ann_said[2])],
        ("topic", first): [("person", tina_said[0]), ("Ann Lee", ann_said[0]), ("person", tina_said[1]),
                           ("Ann Lee", ann_said[1]), ("Ann Lee", ann_said[2])],
        ("thread", second): [("person", dana_said[0]), ("olena", olena_said[0]), ("person", dana_said[1]),
                             ("olena", olena_said[1]), ("olena", olena_said[2])],
        ("topic", second): [("person", dana_said[0]), ("person", dana_said[1]), ("olena", olena_said[2])],
    }
    shown = {(place, case): spoken(relay.thread(case) if place == "thread" else relay.topic(case), case)
             for place, case in expected}
    for where, said in expected.items():
        assert lines(shown[where]) == lines(said), where
    assert relayed_words(relay.direct(ann, "discord"), person1) == tina_said
    assert relayed_words(relay.direct(olena, "telegram"), person2) == dana_said
    assert sorted(f for m in relay.topic(first) for f in m.files) == sorted([JPEG, PNG])
    assert sorted(f for m in relay.thread(second) for f in m.files) == sorted([PNG, JPEG])
    assert [f for m in relay.topic(second) for f in m.files] == [PNG]
    assert [f for m in relay.thread(first) for f in m.files] == [JPEG]
    # and the people: each answer once, signed with the volunteer's first name, the photo with it
    assert answers(tina, "Ann") == ann_said and answers(dana, "Olena") == olena_said
    assert [m.text for m in with_files(tina.received())] == ["👤 Volunteer Ann:\nThanks. Keep it, and report the "
                                                             "account."]
    assert [m.text for m in with_files(dana.received())] == ["👤 Volunteer Olena:\nGood, that helps. Here is the "
                                                             "form."]
    assert not any("Ann Lee" in m.text or "olena" in m.text for m in tina.received() + dana.received())
    # Relayed messages that wait for a chat (a platform's pace, a post in flight) go out merged into one post per
    # case: each must keep the heading of who said it
    for (place, case), said in expected.items():
        posts = relay.topic(case) if place == "topic" else relay.thread(case)
        assert shown[place, case] == said, [m.text for m in posts]
    await bot.stop()
    bot.assert_clean()


# -- (b) internal notes, (c) who may answer the person ---------------------------------------------------------
async def test_notes_stay_at_the_desk_and_only_the_claimer_or_a_coordinator_may_answer(relay, database_url,
                                                                                      tmp_path) -> None:
    """Ann (Discord) has Tina's case. Walt, another volunteer, talks about it in the thread and in the topic: kept
    as notes, never sent. His /reply, typed to the bot on Telegram or as a Discord slash command, is refused;
    Cora's, a coordinator's, goes through; Ann's /reply typed in her private chat on Telegram goes through. Sam,
    in both volunteer chats but not on the roster, writes in the thread and the topic: he is told, once in each
    place at most, that only registered volunteers write to the person, and nothing of his reaches her.
    /history in the thread shows all of it, the notes marked, and so does `python -m bot cases show`."""
    ann, walt, cora = relay.person("Ann Lee", ["en"]), relay.person("Walt", ["en"]), relay.person("Cora", ["en"])
    await enrol_with_cli(database_url, ann)
    await enrol_with_cli(database_url, walt)
    await enrol_with_cli(database_url, cora, coordinator=True)
    bot = await started(DeskBot(relay, database_url, tmp_path))
    tina = TelegramVictim(relay.telegram, 5001)
    reference = await claimed(relay, tina, ann, "discord")

    tina.says("Are you still there?")
    await relay.until(lambda: relayed_words(relay.thread(reference), from_person(reference)))
    relay.writes_in_case(walt, "discord", reference, "Looks like the usual sextortion script.")
    relay.writes_in_case(walt, "telegram", reference, "Seen this one before: same wording.")
    relay.writes_privately(walt, "telegram", f"/reply {reference} You should pay them.")
    relay.slash(walt, reference, "reply", reference=reference, text="Just pay, it is easier.")
    refused = f"{reference} is taken by Ann Lee: only they or a coordinator can do this."
    await relay.until(lambda: count_containing(relay.direct(walt, "telegram"), refused) == 1
                      and count_containing(relay.thread(reference), refused) == 1, why="Walt's /reply refused twice")
    # Sam is in both volunteer chats but not on the roster: told (at most once an hour per case, so once or, when
    # both places are answered at the same moment, once in each), nothing of his reaches Tina
    sam = relay.person("Sam", ["en"])
    relay.writes_in_case(sam, "discord", reference, "Hi Tina, Sam here, send me your password.")
    relay.writes_in_case(sam, "telegram", reference, "Tina, Sam again: pay them.")
    not_one_of_us = "Only registered volunteers can write to the person through the bot"

    def told() -> tuple[int, int]:
        return (count_containing(relay.thread(reference), not_one_of_us),
                count_containing(relay.topic(reference), not_one_of_us))

    await relay.until(lambda: sum(told()) >= 1, why="Sam told")
    relay.slash(cora, reference, "reply", reference=reference, text="A coordinator here: we are on it.")
    relay.writes_privately(ann, "telegram", f"/reply {reference} Yes. I am reading what you sent.")
    said = ["A coordinator here: we are on it.", "Yes. I am reading what you sent."]
    await relay.until(lambda: answers(tina, "Cora") + answers(tina, "Ann") == said, why="Cora's and Ann's answers")
    relay.slash(walt, reference, "history")  # in the thread: the reference may be left out
    history = await relay.until(lambda: next((m.text for m in relay.thread(reference)
                                              if m.text.startswith(f"Conversation of {reference}")), None))

    # the person got the two answers and nothing of the notes or of Walt's refused words
    for words in ("sextortion", "Seen this one", "pay", "Sam", "password"):
        assert not any(words in m.text for m in tina.received()), words
    assert answers(tina, "Walt") == [] and answers(tina, "Sam") == []
    assert max(told()) == 1  # never twice in one place
    shown = [line.split(" ", 2)[2] for line in history.splitlines()[1:]]  # without the date and time
    for line in ("person: Are you still there?", "Walt (internal note): Looks like the usual sextortion script.",
                 "Walt (internal note): Seen this one before: same wording.",
                 "Cora: A coordinator here: we are on it.", "Ann Lee: Yes. I am reading what you sent."):
        assert shown.count(line) == 1, (line, history)
    assert not any("pay" in line for line in shown), history  # a refused /reply is not part of the conversation
    await bot.stop()
    bot.assert_clean()

    # the operator's view of the same conversation, on the command line (in English, times in UTC)
    code, printed = await cli(database_url, "cases", "show", reference)
    assert code == 0, printed
    assert '"status": "claimed"' in printed and f"conversation of {reference}:" in printed
    conversation = [line.split(" ", 2)[2] for line in printed.split(f"conversation of {reference}:\n", 1)[1]
                    .splitlines() if line.strip()]
    for line in ("person: Are you still there?", "Walt (internal note): Looks like the usual sextortion script.",
                 "Walt (internal note): Seen this one before: same wording.",
                 "Cora: A coordinator here: we are on it.", "Ann Lee: Yes. I am reading what you sent."):
        assert conversation.count(line) == 1, (line, printed)


# -- (d) resolved, rated, reopened ---------------------------------------------------------------------------------
async def test_a_resolved_case_is_rated_and_reopened_by_the_person(relay, database_url, tmp_path) -> None:
    """Ann resolves Tina's case by typing /resolve in its thread: Tina is asked for 1-5 stars and a comment, which
    the case keeps. Tina writes again: the same problem reopens the case to Ann with that message. Resolved again
    (the /resolve slash command), rated by a typed digit, the comment skipped; then something new starts a new
    conversation instead. Only the Discord desk is configured here: the Telegram group's pacing has no part in it."""
    ann = relay.person("Ann Lee", ["en"])
    await enrol_with_cli(database_url, ann)
    bot = await started(DeskBot(relay, database_url, tmp_path, TELEGRAM_VOLUNTEER_CHAT_ID=""))
    tina = TelegramVictim(relay.telegram, 5001)
    reference = await claimed(relay, tina, ann, "discord")
    person = from_person(reference)

    relay.writes_in_case(ann, "discord", reference, "/resolve")
    await relay.until(lambda: any("rate:5" in m.buttons for m in tina.received()), why="the rating question")
    told = [m for m in tina.received() if reference in m.text and "resolved" in m.text]
    assert len(told) == 1
    asked = next(m for m in tina.received() if "rate:5" in m.buttons)
    assert asked.buttons == [f"rate:{n}" for n in range(1, 6)] and reference in asked.text
    tina.presses("rate:4")
    await relay.until(lambda: "feedback:skip" in tina.received()[-1].buttons, why="the comment question")
    tina.says("Ann was very kind and quick.")
    await relay.until(lambda: tina.received()[-1].text.startswith("Thank you. What you tell us"))
    row = await case_record(database_url, reference)
    assert (row["status"], row["rating"], row["comment"]) == ("resolved", 4, "Ann was very kind and quick.")

    tina.says("They are writing to me again")
    await relay.until(lambda: "reopen:same" in tina.received()[-1].buttons, why="is it about the case?")
    assert tina.received()[-1].text == f"Is this about your case {reference}?"
    assert tina.received()[-1].buttons == ["reopen:same", "reopen:new"]
    tina.presses("reopen:same")
    await relay.until(lambda: relayed_words(relay.thread(reference), person) == ["They are writing to me again"],
                      why="the held message in the thread")
    await relay.until(lambda: relayed_words(relay.direct(ann, "discord"), person) == ["They are writing to me again"])
    await relay.until(lambda: any(f"Your case {reference} is open again" in m.text for m in tina.received()))
    assert (await case_record(database_url, reference))["status"] == "claimed"
    relay.writes_in_case(ann, "discord", reference, "Do not answer them. Send me what they wrote.")
    await relay.until(lambda: answers(tina, "Ann") == ["Do not answer them. Send me what they wrote."])

    relay.slash(ann, reference, "resolve")
    await relay.until(lambda: sum("rate:5" in m.buttons for m in tina.received()) == 2, why="asked to rate again")
    tina.says("5")
    await relay.until(lambda: sum("feedback:skip" in m.buttons for m in tina.received()) == 2)
    tina.presses("feedback:skip")
    await relay.until(lambda: sum(m.text.startswith("Thank you. What you tell us") for m in tina.received()) == 2)
    row = await case_record(database_url, reference)
    assert (row["status"], row["rating"], row["comment"]) == ("resolved", 5, None)

    before = len(tina.received())
    tina.says("Now my bank card was copied")
    await relay.until(lambda: "reopen:new" in tina.received()[-1].buttons)
    tina.presses("reopen:new")
    await relay.until(lambda: any(m.text.startswith("Hello. You have reached") for m in tina.received()[before:]),
                      why="a new conversation")
    assert (await case_record(database_url, reference))["status"] == "resolved"
    assert "Now my bank card was copied" not in relayed_words(relay.thread(reference), person)
    assert answers(tina, "Ann") == ["Do not answer them. Send me what they wrote."]
    await bot.stop()
    bot.assert_clean()


async def test_quick_messages_and_a_double_tap_are_each_handled_once_in_order(relay, database_url,
                                                                            tmp_path) -> None:
    """People type several messages in a row and tap twice; the bot may well take such a burst in one go. Ann
    writes four messages in a row in the case's thread: Tina gets all four, in order, and the conversation goes
    on. Resolved, Tina taps two ratings at once: one is kept, she is asked for a comment once, and it is kept."""
    ann = relay.person("Ann Lee", ["en"])
    await enrol_with_cli(database_url, ann)
    bot = await started(DeskBot(relay, database_url, tmp_path, TELEGRAM_VOLUNTEER_CHAT_ID=""))  # Discord desk only
    tina = TelegramVictim(relay.telegram, 5001)
    reference = await claimed(relay, tina, ann, "discord")
    said = ["Hello Tina.", "I am Ann, a volunteer.", "I have read your report.", "First: do not pay them."]
    for words in said:
        relay.writes_in_case(ann, "discord", reference, words)
    # shorter bounds than WAIT, so that a stuck conversation fails sooner: a few messages take a few seconds at
    # the person's pace (one a second)
    await relay.until(lambda: answers(tina, "Ann") == said, 20.0, "the four messages, in order")
    tina.says("Thank you. What do I do now?")
    await relay.until(lambda: relayed_words(relay.thread(reference), from_person(reference)) == [
        "Thank you. What do I do now?"])
    relay.writes_in_case(ann, "discord", reference, "Keep everything they sent you.")
    await relay.until(lambda: answers(tina, "Ann") == [*said, "Keep everything they sent you."], 20.0,
                      "the answer after them")

    relay.writes_in_case(ann, "discord", reference, "/resolve")
    await relay.until(lambda: any("rate:5" in m.buttons for m in tina.received()), why="the rating question")
    tina.presses("rate:4")
    tina.presses("rate:5")
    await relay.until(lambda: any("feedback:skip" in m.buttons for m in tina.received()), 20.0, "the comment question")
    tina.says("Quick and kind.")
    await relay.until(lambda: tina.received()[-1].text.startswith("Thank you. What you tell us"), 20.0, "thanks")
    assert sum("feedback:skip" in m.buttons for m in tina.received()) == 1
    row = await case_record(database_url, reference)
    assert row["rating"] in (4, 5) and row["comment"] == "Quick and kind.", row
    await bot.stop()
    bot.assert_clean()


# -- (e) markup arrives as typed, and harmless ----------------------------------------------------------------------
MARKUP = "@everyone <b>bold</b> **stars** <script> & @here"
MARKDOWN_ESCAPED = r"@everyone <b>bold</b> \*\*stars\*\* <script> & @here"  # shown by Discord as MARKUP
NOBODY = {"users": [], "roles": [], "everyone": False}


async def test_markup_and_mentions_are_relayed_as_typed_and_harmless_both_ways(relay, database_url,
                                                                                tmp_path) -> None:
    """Tina (Telegram) and Dana (Discord) each write text that is HTML, markdown and mass mentions at once; Ann has
    both cases and answers each with the same text. Every place shows the text exactly as typed: Telegram got it
    HTML-escaped (its parser would refuse the raw text) and shows no formatting; Discord got it markdown-escaped and
    pinged nobody. (The Telegram volunteer chat gets such text in the first test; only the Discord desk here, so
    that the Telegram group's pace of 20 messages a minute does not set the length of this one.)"""
    ann = relay.person("Ann Lee", ["en"])
    await enrol_with_cli(database_url, ann)
    bot = await started(DeskBot(relay, database_url, tmp_path, TELEGRAM_VOLUNTEER_CHAT_ID=""))
    tina, dana = TelegramVictim(relay.telegram, 5001), DiscordVictim(relay.discord, "dana")
    first, second = await asyncio.gather(claimed(relay, tina, ann, "discord"), claimed(relay, dana, ann, "discord"))

    for victim, reference in ((tina, first), (dana, second)):
        victim.says(MARKUP)
        relay.writes_in_case(ann, "discord", reference, MARKUP)

    def everywhere(reference: str) -> bool:
        heard = from_person(reference)
        return (relayed_words(relay.thread(reference), heard) == [MARKUP]
                and relayed_words(relay.direct(ann, "discord"), heard) == [MARKUP])

    await relay.until(lambda: answers(tina, "Ann") == [MARKUP] and answers(dana, "Ann") == [MARKUP]
                      and everywhere(first) and everywhere(second), why="the text in every place, once")

    # Discord: escaped markdown, no ping, in the threads, in Ann's DMs and in Dana's
    on_discord = [m for reference in (first, second) for m in relay.thread(reference)]
    on_discord += relay.direct(ann, "discord") + dana.received()
    carrying = [m for m in on_discord if MARKUP in m.text]
    assert len(carrying) == 5, carrying  # 2 threads, Ann's DM twice, Dana
    for message in carrying:
        assert MARKDOWN_ESCAPED in message.raw["content"] and "**" not in message.raw["content"]
        assert relay.discord.pinged(message.id) == NOBODY, message
    # Telegram: sent as escaped HTML, shown with no formatting at all
    [carrying] = [m for m in tina.received() if MARKUP in m.text]
    assert not carrying.raw.get("entities"), carrying.raw
    [sent] = [call for call in relay.telegram.calls("sendMessage") if "bold" in str(call.get("text"))]
    assert sent.get("parse_mode") == "HTML" and "&lt;b&gt;bold&lt;/b&gt; **stars** &lt;script&gt; &amp; @here" in \
        sent["text"], sent
    await bot.stop()
    bot.assert_clean()


# -- (f) kill -9 in the middle of a conversation --------------------------------------------------------------------
@slow
async def test_killed_in_the_middle_of_a_conversation_each_message_arrives_once_in_order(relay, database_url,
                                                                                         tmp_path) -> None:
    """Tina (Telegram) and Ann (the Discord thread, then her private chat with the bot) take turns while the bot is
    killed four ways: kill -9 when all is sent, with Tina writing while no bot runs; dead right after committing a
    turn of Tina's, before sending any of it (the `after-commit` crash point); dead before committing a turn of
    Ann's (`before-commit`); dead right after storing Tina's message (`after-ingest`), before Telegram was told it
    arrived. After each restart the next one goes on. In the end each side saw each message of the other exactly
    once, in order. Each crash comes once everything before it is recorded as sent, so that the one documented
    at-least-once window (killed between the platform's answer and its recording) is not what is tested here."""
    ann = relay.person("Ann Lee", ["en"])
    await enrol_with_cli(database_url, ann)
    bot = await started(DeskBot(relay, database_url, tmp_path, TELEGRAM_VOLUNTEER_CHAT_ID=""))  # Discord desk only
    tina = TelegramVictim(relay.telegram, 5001)
    reference = await claimed(relay, tina, ann, "discord")
    person = from_person(reference)
    tina_said = [f"Message {n} from Tina" for n in range(1, 5)]
    ann_said = [f"Answer {n} from Ann" for n in range(1, 4)]

    def heard_by_ann(count: int) -> bool:
        return (relayed_words(relay.thread(reference), person) == tina_said[:count]
                and relayed_words(relay.direct(ann, "discord"), person) == tina_said[:count])

    async def all_sent() -> None:
        await eventually(lambda: _none(unsent(database_url)), WAIT, "every reply recorded as sent")

    async def crashed(point: str, action=None) -> None:
        """Start with the crash point armed; `action` then leads the bot to it; wait until it died there."""
        bot.env["FRONTDOOR_CRASH_AT"] = f"{point}:1"
        with contextlib.suppress(AssertionError):  # it may reach the point before it says it has started
            await bot.start()
        if action is not None:
            await action()
        assert await asyncio.wait_for(bot.process.wait(), WAIT) == 86, bot.text[-3000:]
        await bot.stop()
        del bot.env["FRONTDOOR_CRASH_AT"]

    tina.says(tina_said[0])
    await relay.until(lambda: heard_by_ann(1))
    relay.writes_in_case(ann, "discord", reference, ann_said[0])
    await relay.until(lambda: answers(tina, "Ann") == ann_said[:1])
    await all_sent()
    assert await bot.stop(kill=True) == -signal.SIGKILL
    tina.says(tina_said[1])  # while no bot runs: Telegram keeps it

    await crashed("after-commit")  # the restarted bot takes message 2, commits its turn, and dies
    assert heard_by_ann(1)  # nothing of message 2 was sent

    async def ann_answers() -> None:  # once message 2 is sent (at start-up) and recorded so
        await relay.until(lambda: heard_by_ann(2), why="message 2 sent after the restart")
        await all_sent()
        relay.writes_in_case(ann, "discord", reference, ann_said[1])

    await crashed("before-commit", ann_answers)  # Ann's answer 2 is stored; the bot dies deciding it
    assert answers(tina, "Ann") == ann_said[:1]

    async def tina_writes() -> None:  # once answer 2 is answered (at start-up) and recorded so
        await relay.until(lambda: answers(tina, "Ann") == ann_said[:2], why="answer 2 sent after the restart")
        await all_sent()
        tina.says(tina_said[2])

    await crashed("after-ingest", tina_writes)  # message 3 is stored; the bot dies before confirming it
    assert heard_by_ann(2)

    await bot.start()
    await relay.until(lambda: heard_by_ann(3), why="message 3 sent after the restart")
    relayed = next(m for m in relay.direct(ann, "discord") if tina_said[2] in m.text)
    relay.writes_privately(ann, "discord", ann_said[2], reply_to=relayed)
    await relay.until(lambda: answers(tina, "Ann") == ann_said)
    tina.says(tina_said[3])
    await relay.until(lambda: heard_by_ann(4))
    await all_sent()
    await asyncio.sleep(3.0)  # longer than the outbox lease: anything sent twice would show now
    assert heard_by_ann(4)
    assert answers(tina, "Ann") == ann_said
    assert sum("has taken your case" in m.text for m in tina.received()) == 1
    assert sum(reference in m.text and "Reply to this message" in m.text
               for m in relay.direct(ann, "discord")) == 1 + len(tina_said)  # the brief, then each message
    await bot.stop()
    bot.assert_clean()


@slow
async def test_a_discord_person_who_writes_while_the_bot_is_down_reaches_the_volunteer_after_restart(
        relay, database_url, tmp_path) -> None:
    """Discord never sends a DM again to a bot that missed it: at start the bot reads the DMs of the people it is
    talking with. Dana's case was resolved and rated (so her intake is over, and she may still reopen the case);
    the bot is killed; Dana writes; after the restart she is asked whether it is about her case, and her message
    reaches Ann once she says it is."""
    ann = relay.person("Ann Lee", ["en"])
    await enrol_with_cli(database_url, ann)
    bot = await started(DeskBot(relay, database_url, tmp_path, TELEGRAM_VOLUNTEER_CHAT_ID=""))
    dana = DiscordVictim(relay.discord, "dana")
    reference = await claimed(relay, dana, ann, "discord")
    relay.writes_in_case(ann, "discord", reference, "/resolve")
    await relay.until(lambda: any("rate:5" in m.buttons for m in dana.received()), why="the rating question")
    dana.presses("rate:5")
    await relay.until(lambda: "feedback:skip" in dana.received()[-1].buttons, why="the comment question")
    dana.presses("feedback:skip")
    await relay.until(lambda: dana.received()[-1].text.startswith("Thank you. What you tell us"))
    await eventually(lambda: _none(unsent(database_url)), WAIT, "every reply recorded as sent")
    assert await bot.stop(kill=True) == -signal.SIGKILL

    dana.says("They wrote to me again while you were away")
    await bot.start()
    # the bot reads missed DMs once, as it starts: a shorter bound than WAIT, so that a miss fails sooner
    await relay.until(lambda: "reopen:same" in dana.received()[-1].buttons, 20.0,
                      "the question about the DM written while the bot was down")
    dana.presses("reopen:same")
    said = ["They wrote to me again while you were away"]
    person = from_person(reference)
    await relay.until(lambda: relayed_words(relay.thread(reference), person) == said
                      and relayed_words(relay.direct(ann, "discord"), person) == said)
    relay.writes_in_case(ann, "discord", reference, "I am back. Show me what they wrote.")
    await relay.until(lambda: answers(dana, "Ann") == ["I am back. Show me what they wrote."])
    await bot.stop()
    bot.assert_clean()

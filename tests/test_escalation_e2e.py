"""Black-box escalation: the bot as a subprocess on the fake Telegram AND the fake Discord at once (the real
python-telegram-bot and discord.py), configured only by environment. A victim on Telegram asks for a human; the
case gets a topic and a card in the Telegram volunteer group and a thread and a card in the Discord desk channel;
the chain pages volunteers from the database; a volunteer claims; the cards follow and the victim is told.

What is counted is what the fake platforms received; the database only tells which step the bot says it took."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import AsyncIterator, Awaitable

import pytest

from bot.config import Settings
from bot.domain import MessageRef
from bot.i18n import Translator
from tests.conftest import PG_URL
from tests.escalation_harness import (
    FORUM,
    Desk,
    DeskBot,
    Person,
    ask_for_a_human,
    audit,
    case_record,
    case_row,
    discord_buttons,
    enrol,
    eventually,
    steps_fired,
    steps_taken,
    telegram_buttons,
    telegram_labels,
    unsent,
    write_policy,
)
from tests.fakes.discord import FakeDiscord
from tests.fakes.telegram import FakeTelegram
from tests.telegram_harness import TOKEN, BotProcess

slow = pytest.mark.slow

VICTIM = 5001
WAIT = 90.0  # generous bounds for anything the bot does: the machine is busy, nothing here measures speed


@pytest.fixture
async def desk() -> AsyncIterator[Desk]:
    async with FakeTelegram(token=TOKEN) as telegram, FakeDiscord(heartbeat_interval=0.5) as discord:
        yield Desk(telegram, discord)
        for bot in BotProcess.started:  # before the fakes go: a bot left running would log their absence
            if bot.process is not None:
                await bot.stop()
        assert discord.errors == []


@pytest.fixture(scope="module")
def translator() -> Translator:
    settings = Settings(_env_file=None)
    return Translator(settings.locales_dir, settings.default_locale)


async def _none(count: Awaitable[int]) -> bool:
    return await count == 0


async def started(bot: DeskBot) -> DeskBot:
    await bot.start()
    return bot


async def both_cards(desk: Desk, reference: str) -> tuple[dict, dict]:
    return await desk.until(lambda: all(cards := desk.cards(reference)) and cards, WAIT,
                            f"the cards of {reference} on Telegram and Discord")


# -- 1. the whole path --------------------------------------------------------------------------------------
async def test_a_human_asked_for_on_telegram_is_paged_then_claimed_on_discord(desk, database_url, tmp_path,
                                                                           translator) -> None:
    ann = desk.person("Ann", ["fr", "en"])  # speaks the victim's language: paged at step 1
    olena = desk.person("Olena", ["uk"])  # on call, but not in French: paged at step 2 only
    await enrol(database_url, [ann, olena])
    policy = write_policy(tmp_path / "policy.yaml", [2, 120, 120])
    bot = await started(DeskBot(desk, database_url, tmp_path, policy=policy))

    reference = await ask_for_a_human(desk.telegram, VICTIM, language="fr", first="bonjour")

    telegram_card, discord_card = await both_cards(desk, reference)
    topic = desk.telegram_topic(reference)
    assert reference in desk.telegram.topics(FORUM)[topic]["name"]  # a topic of its own in the forum
    assert telegram_buttons(telegram_card) == [f"case:claim:{reference}"]
    assert telegram_labels(telegram_card) == ["Claim"]
    thread = desk.discord.thread(desk.discord_thread(reference))
    assert thread["parent_id"] == str(desk.channel) and thread["type"] == 11  # a public thread under #desk
    assert discord_buttons(discord_card) == [f"fd:case:claim:{reference}"]

    # step 1 pages the on-call volunteers who speak French; after its 2 s wait, step 2 pages everyone on call
    await desk.until(lambda: desk.pages(olena, reference)["discord"] and desk.pages(olena, reference)["telegram"],
                     WAIT, "step 2 paging Olena")
    await asyncio.sleep(1.0)  # a page sent twice would show now (this can only catch a failure, never cause one)
    assert desk.pages(ann, reference) == {"telegram": 2, "discord": 2}  # steps 1 and 2
    assert desk.pages(olena, reference) == {"telegram": 1, "discord": 1}  # step 2 only
    events = [e for e in await audit(database_url, reference) if e["action"] == "escalation_step"]
    assert [(e["detail"]["step"], e["detail"]["notify"]) for e in events] == [(1, "oncall_language"),
                                                                              (2, "oncall_all")]
    # not with step 1 but after its wait (a loose lower bound: the recorded times are the commits', not the takes')
    assert (events[1]["at"] - events[0]["at"]).total_seconds() >= 1.0

    # Olena claims on Discord
    desk.discord.user_clicks(olena.discord_id, int(discord_card["id"]), f"fd:case:claim:{reference}")
    taken = translator.render("fr", MessageRef("case-taken", {"reference": reference}))
    await desk.until(lambda: any(m["text"] == taken for m in desk.telegram.sent(VICTIM)), WAIT,
                     "the victim told their case was taken")
    assert taken != translator.render("en", MessageRef("case-taken", {"reference": reference})), \
        "case-taken has no French text: the victim was told in English"
    telegram_card, discord_card = await desk.until(lambda: desk.cards_showing(reference, "Taken by Olena"), WAIT,
                                                   "both cards edited")
    assert telegram_buttons(telegram_card) == [f"case:release:{reference}", f"case:resolve:{reference}"]
    assert discord_buttons(discord_card) == [f"fd:case:release:{reference}", f"fd:case:resolve:{reference}"]
    assert len(desk.telegram.sent(FORUM, topic)) == 1  # edited in place, not posted again
    assert (await case_record(database_url, reference))["status"] == "claimed"
    await bot.stop()
    bot.assert_clean()


# -- 2. volunteers press Claim at once -------------------------------------------------------------------
async def test_volunteers_claiming_at_once_one_wins_the_others_are_told_who(desk, database_url, tmp_path) -> None:
    """Three presses at the same moment: Ann on the Telegram card (another chat, so another turn racing in the
    database), Olena and Vera on the Discord card (one chat: one after the other)."""
    ann, olena, vera = desk.person("Ann", ["en"]), desk.person("Olena", ["uk"]), desk.person("Vera", ["en"])
    await enrol(database_url, [ann, olena, vera])
    bot = await started(DeskBot(desk, database_url, tmp_path))  # the default policy: long waits
    reference = await ask_for_a_human(desk.telegram, VICTIM)
    await race(desk, database_url, reference, [("telegram", ann), ("discord", olena), ("discord", vera)])
    await asyncio.sleep(1.0)  # anything sent twice would show now
    assert sum("has taken your case" in m["text"] for m in desk.telegram.sent(VICTIM)) == 1  # told once
    assert sum(f"{reference} is already taken by" in text for text in desk_texts(desk, reference)) == 2
    await bot.stop()
    bot.assert_clean()


def desk_texts(desk: Desk, reference: str) -> list[str]:
    """Everything the bot wrote in the case's topic and thread."""
    topic, thread = desk.telegram_topic(reference), desk.discord_thread(reference)
    return desk.telegram.sent_texts(FORUM, topic) + [m["content"] for m in desk.discord.sent(thread)]


async def race(desk: Desk, database_url: str, reference: str, pressers: list[tuple[str, Person]]) -> None:
    """Everyone in `pressers` presses Claim on the case's card on their platform at the same moment."""
    telegram_card, discord_card = await both_cards(desk, reference)
    for platform, person in pressers:  # no await in between: the presses are on their way together
        if platform == "telegram":
            desk.telegram.user_presses(person.telegram_id, f"case:claim:{reference}", chat_id=FORUM,
                                       message_id=telegram_card["message_id"])
        else:
            desk.discord.user_clicks(person.discord_id, int(discord_card["id"]), f"fd:case:claim:{reference}")
    shown = await desk.until(lambda: desk.cards_showing(reference, "Taken by "), WAIT,
                             f"the cards of {reference} showing who took it")
    name = shown[0]["text"].split("Taken by ")[1].split("\n")[0]
    assert name in {person.name for _, person in pressers}
    assert f"Taken by {name}" in shown[1]["content"]  # the same winner on both cards
    told = f"{reference} is already taken by {name}."
    await desk.until(lambda: sum(told in text for text in desk_texts(desk, reference)) == len(pressers) - 1, WAIT,
                     f"the others told that {name} has {reference}")
    row = await case_record(database_url, reference)
    assert row["status"] == "claimed" and row["claimed_by"] is not None
    assert [e["action"] for e in await audit(database_url, reference)].count("case_claimed") == 1


# -- 3. strangers -----------------------------------------------------------------------------------------
async def test_a_stranger_is_refused_and_nothing_changes(desk, database_url, tmp_path) -> None:
    ann = desk.person("Ann", ["en"])
    await enrol(database_url, [ann])
    mallory = desk.person("Mallory", ["en"])  # in both volunteer chats, but not on the roster
    bot = await started(DeskBot(desk, database_url, tmp_path))
    reference = await ask_for_a_human(desk.telegram, VICTIM)
    telegram_card, discord_card = await both_cards(desk, reference)
    topic, thread = desk.telegram_topic(reference), desk.discord_thread(reference)

    desk.telegram.user_presses(mallory.telegram_id, f"case:claim:{reference}", chat_id=FORUM,
                               message_id=telegram_card["message_id"])
    desk.discord.user_clicks(mallory.discord_id, int(discord_card["id"]), f"fd:case:claim:{reference}")
    desk.telegram.group_message(FORUM, mallory.telegram_id, f"/claim {reference}", thread_id=topic)
    desk.telegram.group_message(FORUM, mallory.telegram_id, "/cases", thread_id=topic)
    desk.discord.user_posts(thread, mallory.discord_id, f"/claim {reference}")
    desk.discord.user_posts(thread, mallory.discord_id, "/cases")

    refusal = "Only registered volunteers can do this."

    def refusals() -> tuple[int, int]:
        return (sum(refusal in t for t in desk.telegram.sent_texts(FORUM)),
                sum(refusal in m["content"] for m in desk.discord.sent(thread)))

    await desk.until(lambda: refusals() == (3, 3), WAIT, "three refusals on each platform")
    await asyncio.sleep(1.0)
    assert refusals() == (3, 3)
    row = await case_row(database_url, reference)
    assert row["status"] == "escalated" and row["claimed_by"] is None
    assert not [e for e in await audit(database_url, reference) if e["action"].startswith("case_c")]
    telegram_card, discord_card = desk.cards(reference)
    assert telegram_buttons(telegram_card) == [f"case:claim:{reference}"] and "Waiting" in telegram_card["text"]
    assert discord_buttons(discord_card) == [f"fd:case:claim:{reference}"] and "Waiting" in discord_card["content"]
    assert not [m for m in desk.telegram.sent(VICTIM) if "has taken your case" in m["text"]]
    assert not any(reference in t for t in desk.telegram.sent_texts(FORUM) if t.startswith("Open cases"))
    await bot.stop()
    bot.assert_clean()


# -- 4. kill -9 between two steps -----------------------------------------------------------------------
@slow
async def test_killed_between_two_steps_the_next_step_still_fires_once(desk, database_url, tmp_path) -> None:
    """Run 1 is killed (SIGKILL) after step 1; step 2 falls due while no bot runs. Run 2 takes the overdue step
    and dies (os._exit, as kill -9 would) right after committing it, before a page is sent. Run 3 sends those
    pages. Step 2 reaches each person once, and the database holds each step once."""
    ann, olena = desk.person("Ann", ["en"]), desk.person("Olena", ["uk"])
    await enrol(database_url, [ann, olena])
    policy = write_policy(tmp_path / "policy.yaml", [5, 300, 300])  # step 2 is due 5 s after step 1
    bot = await started(DeskBot(desk, database_url, tmp_path, policy=policy))
    reference = await ask_for_a_human(desk.telegram, VICTIM)
    await desk.until(lambda: desk.pages(ann, reference) == {"telegram": 1, "discord": 1}, WAIT, "step 1")
    # recorded as sent, so that no restart sends them again (that window is at-least-once by design)
    ann_chats = [ann.telegram_id, ann.discord_id]
    await eventually(lambda: _none(unsent(database_url, ann_chats)), WAIT, "step 1's pages recorded as sent")
    # and the case's topic, thread and cards too: this test is about the step, and a kill while Telegram
    # creates a topic falls in the documented at-least-once window (a second topic after restart)
    await eventually(lambda: _none(unsent(database_url)), WAIT, "the topic, the thread and the cards recorded")
    await desk.until(lambda: all(desk.cards(reference)), WAIT, "both cards posted")
    assert await steps_fired(database_url, reference) == [(1, 1)], "step 2 came before the kill: a longer wait"
    assert await bot.stop(kill=True) == -signal.SIGKILL

    await asyncio.sleep(5.5)  # step 2 falls due while nobody runs (it would also fire if restarted before)
    bot.env["FRONTDOOR_CRASH_AT"] = "after-escalation-step:1"
    with contextlib.suppress(AssertionError):  # it may take the step and die before start() has looked
        await bot.start()
    assert await asyncio.wait_for(bot.process.wait(), WAIT) == 86, bot.text[-3000:]  # type: ignore[union-attr]
    await bot.stop()
    assert await steps_fired(database_url, reference) == [(1, 1), (1, 2)]  # committed...
    assert desk.pages(olena, reference) == {"telegram": 0, "discord": 0}  # ...and not sent

    del bot.env["FRONTDOOR_CRASH_AT"]
    await bot.start()
    await eventually(lambda: _none(unsent(database_url)), WAIT, "every reply sent (or given up)")
    await asyncio.sleep(3.0)  # longer than the outbox lease: a page sent twice would show now
    assert desk.pages(olena, reference) == {"telegram": 1, "discord": 1}
    assert desk.pages(ann, reference) == {"telegram": 2, "discord": 2}
    assert await steps_fired(database_url, reference) == [(1, 1), (1, 2)]
    assert all(desk.cards(reference)), desk.cards(reference)
    assert len([t for t in desk.telegram.topics(FORUM).values() if reference in t["name"]]) == 1
    await bot.stop()
    bot.assert_clean()


# -- 5. two workers on one PostgreSQL -------------------------------------------------------------------
@slow
@pytest.mark.skipif(not PG_URL, reason="two workers on one database need PostgreSQL (SQLite is one worker by "
                                       "construction): set TEST_DATABASE_URL")
async def test_two_workers_on_one_postgresql_fire_each_step_exactly_once(desk, database_url, tmp_path) -> None:
    """Both workers run the escalation scheduler on the same database and can send on both platforms: Telegram
    in webhook mode (updates go to the first worker; polling cannot be shared), Discord on two gateway sessions.
    Steps 1 s apart, the chain twice round, then the victim is told that nobody is free yet."""
    ann, olena = desk.person("Ann", ["en"]), desk.person("Olena", ["uk"])
    await enrol(database_url, [ann, olena])
    policy = write_policy(tmp_path / "policy.yaml", [1, 1, 1], repeat=1)
    first = DeskBot(desk, database_url, tmp_path, policy=policy, webhook=True)
    second = DeskBot(desk, database_url, tmp_path, policy=policy, webhook_to=first)
    await asyncio.gather(first.start(), second.start())
    reference = await ask_for_a_human(desk.telegram, VICTIM)
    nobody = "no volunteer has been free to take your case"
    await desk.until(lambda: any(nobody in m["text"] for m in desk.telegram.sent(VICTIM)), WAIT * 2,
                     "the chain to run out")
    # the calls to the whole Telegram group queue behind its limit (20 a minute): wait until all is sent
    await eventually(lambda: _none(unsent(database_url)), WAIT * 2, "every page sent")
    await asyncio.sleep(3.0)  # longer than the leases: a step or a page sent twice would show now
    assert await steps_fired(database_url, reference) == [(r, s) for r in (1, 2) for s in (1, 2, 3)]
    assert [e["action"] for e in await audit(database_url, reference)].count("escalation_exhausted") == 1
    assert desk.pages(ann, reference) == {"telegram": 4, "discord": 4}  # steps 1 and 2, twice
    assert desk.pages(olena, reference) == {"telegram": 2, "discord": 2}  # step 2, twice
    assert desk.channel_pages(reference) == {"telegram": 2, "discord": 2}  # step 3, twice
    for page in desk.discord_desk_messages(reference):  # the role, and nobody else
        assert desk.discord.pinged(int(page["id"])) == {"users": [], "roles": [desk.role], "everyone": False}
    assert sum(nobody in m["text"] for m in desk.telegram.sent(VICTIM)) == 1
    print("steps taken per worker:", [await steps_taken(bot) for bot in (first, second)])
    await asyncio.gather(first.stop(), second.stop())
    first.assert_clean()
    second.assert_clean()

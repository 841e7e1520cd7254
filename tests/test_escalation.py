"""Escalation on the real services over the in-memory store and on the database: an urgent case reaches
the desk's chats at once, the chain steps on from the database, a volunteer claims, the cards follow."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import build_app, build_pipeline
from bot.config import Settings
from bot.domain import ChatKind, ChatRef
from bot.services.escalation import EscalationRunner, parse_policy
from bot.storage.memory import MemoryFileStore, MemoryStore
from tests.conftest import APP_KINDS, Conversation
from tests.fakes.channel import RecordingChannel
from tests.fakes.channel import Volunteer as DeskPerson

PLATFORM = "telegram"  # volunteers have identities per platform: the recording channel stands in for one
DESKS = (ChatRef(PLATFORM, "desk-a", kind=ChatKind.DESK), ChatRef(PLATFORM, "desk-b", kind=ChatKind.DESK))
POLICY = parse_policy({"steps": [{"notify": "oncall_language", "wait": "1m"}, {"notify": "oncall_all", "wait": "1m"},
                                 {"notify": "channel", "wait": "1m"}], "repeat": 0})


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class Desk:
    """The pipeline and its escalation runner with two volunteer chats, on one store."""

    def __init__(self, pipeline, store, channel: RecordingChannel, clock: Clock) -> None:
        self.pipeline, self.store, self.channel, self.clock = pipeline, store, channel, clock
        self.runner = EscalationRunner(store, pipeline.tools, pipeline.outbox)

    async def handle(self, message) -> bool:
        return await self.pipeline.handle(message)

    async def tick(self) -> int:
        """Take the due steps, and wait for what they send (sent in the background in production)."""
        taken = await self.runner.tick()
        await self.runner.settle()
        return taken

    def victim(self, user_id: str, language: str = "en") -> Conversation:
        return Conversation(self, self.channel, user_id, language, PLATFORM)

    def to(self, chat_id: str, thread: str | None = None) -> list[str]:
        return [reply.text for chat, reply in self.channel.sent if chat.chat_id == chat_id
                and (thread is None or chat.thread_id == thread)]


def Volunteer(user_id: str, desk: str = "desk-a") -> DeskPerson:
    return DeskPerson(user_id, desk=desk, platform=PLATFORM)


@pytest.fixture(params=APP_KINDS)
async def desk(request, content, tmp_path: Path, settings: Settings):
    channel = RecordingChannel(platform=PLATFORM)
    clock = Clock()
    options = dict(desks=DESKS, policy=POLICY, clock=clock)
    if request.param == "memory":
        store = MemoryStore()
        flows, translator = content
        pipeline = build_pipeline(settings, store, MemoryFileStore(), flows, translator,
                                  {channel.platform: channel}, **options)
        yield Desk(pipeline, store, channel, clock)
        return
    app = await build_app(settings, {channel.platform: channel}, **options)
    yield Desk(app.pipeline, app.store, channel, clock)
    await app.close()


async def urgent_case(desk: Desk, user: str = "victim") -> str:
    victim = desk.victim(user)
    await victim.send("hello")
    await victim.press("agree")
    said = await victim.send("/human")
    return "FD-" + said[0].text.split("FD-")[1][:11]


async def test_an_urgent_case_reaches_every_volunteer_chat_at_once(desk) -> None:
    reference = await urgent_case(desk)
    assert [title.split(" · ")[0][-14:] for _, title, _ in desk.channel.threads] == [reference, reference]
    for (chat, _, thread_id) in desk.channel.threads:
        cards = [r for c, r in desk.channel.sent if c.chat_id == chat.chat_id and c.thread_id == thread_id]
        assert reference in cards[0].text and [c.label for c in cards[0].choices] == ["Claim"]
    view = await desk.store.case_view(reference)
    assert view.status == "escalated" and view.escalation.state == "active"


async def test_the_chain_pages_by_language_then_everyone_then_the_channel(desk) -> None:
    await desk.store.add_volunteer("Olena", telegram_id="10", languages=["uk"], coordinator=False)
    await desk.store.add_volunteer("Ann", telegram_id="11", languages=["en"])
    await desk.store.add_volunteer("Off", telegram_id="12", languages=["en"])
    for name in ("Olena", "Ann"):
        await desk.store.update_volunteer(name, on_call=True)
    desk.pipeline.tools.desks = (ChatRef(PLATFORM, "desk-a", kind=ChatKind.DESK),)
    reference = await urgent_case(desk)
    assert await desk.tick() == 1
    assert desk.to("11") and not desk.to("10") and not desk.to("12")  # on call, and speaks English
    assert await desk.tick() == 0  # the next step waits
    desk.clock.advance(61)
    assert await desk.tick() == 1
    assert desk.to("10") and not desk.to("12")  # every volunteer on call
    desk.clock.advance(61)
    assert await desk.tick() == 1
    assert any(reference in text and "still waiting" in text for text in desk.to("desk-a"))
    desk.clock.advance(61)
    assert await desk.tick() == 1  # no one claimed: the victim hears the truth
    told = desk.to("chat-victim")[-2:]
    assert "no volunteer has been free" in told[0] and "112" in told[1]  # and the emergency numbers
    assert (await desk.store.case_view(reference)).escalation.state == "stopped"


async def test_a_claim_edits_every_card_tells_the_victim_and_stops_the_chain(desk) -> None:
    await desk.store.add_volunteer("Vera", telegram_id="v-1", languages=["en"])
    reference = await urgent_case(desk)
    vera = Volunteer("v-1", desk="desk-a")
    await desk.handle(vera.message(choice=f"case:claim:{reference}"))
    view = await desk.store.case_view(reference)
    assert view.status == "claimed" and view.claimed_by.name == "Vera"
    assert {chat.chat_id for chat, _, _ in desk.channel.edits} == {"desk-a", "desk-b"}
    assert all("Taken by Vera" in reply.text for _, _, reply in desk.channel.edits)
    assert "has taken your case" in desk.to("chat-victim")[-1]
    desk.clock.advance(25 * 60)
    assert await desk.tick() == 0  # a claimed case pages nobody (its silence reminder comes at 30 min)
    assert (await desk.store.case_view(reference)).escalation.state == "watching"


async def test_the_second_claim_is_told_who_has_it_and_a_stranger_changes_nothing(desk) -> None:
    await desk.store.add_volunteer("Vera", telegram_id="v-1")
    await desk.store.add_volunteer("Walt", telegram_id="v-2")
    reference = await urgent_case(desk)
    await desk.handle(Volunteer("v-1", desk="desk-a").message(choice=f"case:claim:{reference}"))
    await desk.handle(Volunteer("v-2", desk="desk-b").message(choice=f"case:claim:{reference}"))
    assert "already taken by Vera" in desk.to("desk-b")[-1]
    await desk.handle(Volunteer("stranger", desk="desk-a").message(choice=f"case:release:{reference}"))
    assert "Only registered volunteers" in desk.to("desk-a")[-1]
    await desk.handle(Volunteer("v-2", desk="desk-a").message(f"/release {reference}"))
    assert "only they or a coordinator" in desk.to("desk-a")[-1]
    assert (await desk.store.case_view(reference)).claimed_by.name == "Vera"


async def test_release_restarts_the_chain_and_resolve_ends_it(desk) -> None:
    await desk.store.add_volunteer("Vera", telegram_id="v-1")
    await desk.store.add_volunteer("Coord", telegram_id="c-1", coordinator=True)
    reference = await urgent_case(desk)
    await desk.tick()
    await desk.handle(Volunteer("v-1").message(choice=f"case:claim:{reference}"))
    await desk.handle(Volunteer("v-1").message(choice=f"case:release:{reference}"))
    view = await desk.store.case_view(reference)
    assert view.status == "escalated" and view.escalation.state == "active" and view.escalation.step == 0
    assert await desk.tick() == 1  # from the first step again
    await desk.handle(Volunteer("v-1").message(choice=f"case:claim:{reference}"))
    await desk.handle(Volunteer("c-1").message(f"/resolve {reference}"))  # a coordinator may
    assert (await desk.store.case_view(reference)).status == "resolved"
    assert "marked as resolved" in desk.to("chat-victim")[-2] and "1 to 5" in desk.to("chat-victim")[-1]


async def test_a_stale_timer_does_nothing(desk) -> None:
    reference = await urgent_case(desk)
    view = await desk.store.case_view(reference)
    stale = view.escalation
    assert await desk.tick() == 1
    before = len(desk.channel.sent)
    stale.due_at = desk.clock()
    from bot.ports import ConcurrentUpdate

    with pytest.raises(ConcurrentUpdate):
        await desk.runner.take(stale)  # its token is spent: the step is not taken twice
    assert len(desk.channel.sent) == before


async def test_the_queue_lists_open_cases_most_urgent_first(desk) -> None:
    await desk.store.add_volunteer("Vera", telegram_id="v-1")
    first = await urgent_case(desk, "one")
    second = await urgent_case(desk, "two")
    await desk.handle(Volunteer("v-1").message("/cases"))
    listing = desk.to("desk-a")[-1]
    assert listing.index(first) < listing.index(second)


@pytest.mark.parametrize(("words", "locale"), [
    ("they will send my photos to everyone, I want to die", "en"),
    ("я не хочу жити після цього", "uk"),
    ("je vais me tuer s'ils publient ça", "fr"),
])
async def test_crisis_words_bring_the_safety_message_and_a_critical_case_at_once(desk, words, locale) -> None:
    victim = desk.victim(f"crisis-{locale}", locale)
    replies = await victim.send(words)
    assert any("112" in reply.text for reply in replies)  # emergency numbers, in the first answer
    [case] = await desk.store.open_cases()
    assert case.urgency == 3 and case.reasons and case.reasons[0].startswith("crisis")
    assert case.status == "escalated" and len(desk.channel.threads) == len(DESKS)


async def test_the_card_a_claim_edits_lists_the_files_the_person_sent(desk) -> None:
    import hashlib

    from bot.domain import Attachment

    await desk.store.add_volunteer("Vera", telegram_id="v-1", languages=["en"])
    victim = desk.victim("victim")
    await victim.send("hello")
    await victim.press("agree")
    screenshot = b"\x89PNG\r\n\x1a\n the threat they sent"
    await victim.send("this is what they sent", attachments=(Attachment("threat.png", "image/png", screenshot),))
    said = await victim.send("/human")
    reference = "FD-" + said[0].text.split("FD-")[1][:11]
    await desk.handle(Volunteer("v-1", desk="desk-a").message(choice=f"case:claim:{reference}"))
    edited = [reply.text for _, _, reply in desk.channel.edits]
    assert edited and all("threat.png" in text and hashlib.sha256(screenshot).hexdigest()[:12] in text
                          for text in edited)  # what a volunteer checks before asking for the file again

"""A desk chat answers many cases: one person's chat, paced by its platform, must not hold up the answers a volunteer
gives in the same desk chat to other people; each person still gets their answers once and in order."""

from __future__ import annotations

import asyncio

from bot.domain import ChatKind, ChatRef
from tests.fakes.channel import RecordingChannel
from tests.test_escalation import PLATFORM, Desk, Volunteer, desk, urgent_case

__all__ = ["desk"]  # a fixture, used by name

BOUND = 60.0  # only against a hang: what is awaited happens at once unless the bot waits for the held chat


class HeldChat(RecordingChannel):
    """A platform that holds every message to one person's chat until told (a chat at its rate limit)."""

    def __init__(self, held: str) -> None:
        super().__init__(platform=PLATFORM)
        self.held, self.gate = held, asyncio.Event()
        self.arrived: dict[str, asyncio.Event] = {}  # chat id -> set at its first message from now on

    async def send(self, chat: ChatRef, reply):  # type: ignore[no-untyped-def]
        if chat.chat_id == self.held:
            await self.gate.wait()
        sent = await super().send(chat, reply)
        self.arrived.setdefault(chat.chat_id, asyncio.Event()).set()
        return sent


def in_case(desk: Desk, reference: str) -> ChatRef:
    """Where Vera writes about `reference`: its thread in the first volunteer chat."""
    thread = next(thread_id for chat, title, thread_id in desk.channel.threads
                  if chat.chat_id == "desk-a" and reference in title)
    return ChatRef(PLATFORM, "desk-a", thread, ChatKind.DESK)


async def test_an_answer_waiting_for_one_persons_chat_holds_up_no_other_persons_answer(desk) -> None:
    await desk.store.add_volunteer("Vera", telegram_id="v-1", languages=["en"])
    slow, quick = await urgent_case(desk, "slow"), await urgent_case(desk, "quick")
    for reference in (slow, quick):
        await desk.handle(Volunteer("v-1").message(choice=f"case:claim:{reference}"))
    await desk.pipeline.settle()
    held = HeldChat("chat-slow")
    for shared in ("sent", "edits", "threads", "sent_ids", "_ids"):  # one record of what each side saw
        setattr(held, shared, getattr(desk.channel, shared))
    desk.pipeline.outbox.senders[PLATFORM] = held

    def writes(reference: str, text: str) -> asyncio.Task[bool]:
        vera = Volunteer("v-1", desk="desk-a")
        vera.chat = in_case(desk, reference)
        return asyncio.create_task(desk.handle(vera.message(text)))

    answers = [writes(slow, "first for slow")]
    await asyncio.sleep(0)  # in the order Vera wrote them
    answers.append(writes(quick, "for quick"))
    await asyncio.sleep(0)
    answers.append(writes(slow, "second for slow"))

    # while the slow person's chat still holds everything
    await asyncio.wait_for(held.arrived.setdefault("chat-quick", asyncio.Event()).wait(), BOUND)
    assert desk.to("chat-quick")[-1].endswith("for quick")
    assert not any("for slow" in text for text in desk.to("chat-slow"))
    held.gate.set()
    await asyncio.wait_for(asyncio.gather(*answers), BOUND)
    await desk.pipeline.settle()
    got = [text.split("\n", 1)[1] for text in desk.to("chat-slow") if text.startswith("👤")]
    assert got == ["first for slow", "second for slow"]
    assert [text.split("\n", 1)[1] for text in desk.to("chat-quick") if text.startswith("👤")] == ["for quick"]
    assert await desk.store.count_unsent([PLATFORM]) == 0

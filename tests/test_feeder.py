"""What every channel shares: the inbox feeder's bound on concurrent work, and what it does not count."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bot.adapters.common import InboxFeeder
from bot.domain import ChatRef, InboundMessage, UserRef


def message(user: str) -> InboundMessage:
    return InboundMessage(platform="test", external_id=f"{user}-1", user=UserRef("test", user),
                          chat=ChatRef("test", f"chat-{user}"), text="help")


class SlowSendingInbox:
    """Decides at once, then 'sends' for as long as the test says (a reply waiting in a rate limiter)."""

    def __init__(self) -> None:
        self.decided: list[str] = []
        self.all_decided = asyncio.Event()
        self.sent = asyncio.Event()
        self.deciding = 0
        self.most_deciding = 0

    async def ingest(self, message: InboundMessage) -> bool:
        return True

    async def ingest_many(self, messages: list[InboundMessage]) -> list[bool]:
        return [True for _ in messages]

    async def process(self, message: InboundMessage, *, decided: Callable[[], None] | None = None) -> None:
        self.deciding += 1
        self.most_deciding = max(self.most_deciding, self.deciding)
        await asyncio.sleep(0)  # a turn takes a moment
        self.deciding -= 1
        self.decided.append(message.user.external_id)
        if len(self.decided) == 3:
            self.all_decided.set()
        if decided is not None:
            decided()
        await self.sent.wait()


async def test_a_reply_waiting_to_be_sent_holds_no_worker_slot() -> None:
    """One worker slot, three people: while the first one's reply waits to be sent, the others are answered; the
    bound still holds for deciding (never two turns at once)."""
    inbox = SlowSendingInbox()
    feeder = InboxFeeder(inbox, concurrency=1, name="test")
    feeder.answer_later(await feeder.store([message("ann")]))
    feeder.answer_later(await feeder.store([message("bob"), message("cy")]))
    await asyncio.wait_for(inbox.all_decided.wait(), 30)  # with the slot held while sending, this never comes
    assert inbox.decided == ["ann", "bob", "cy"]
    assert inbox.most_deciding == 1
    inbox.sent.set()
    await feeder.settle(5)


class HeldInbox:
    """Answers each time it is asked, and holds every answer until the test lets it go."""

    def __init__(self) -> None:
        self.answered: list[str] = []
        self.answering = asyncio.Event()
        self.release = asyncio.Event()

    async def ingest(self, message: InboundMessage) -> bool:
        return True

    async def process(self, message: InboundMessage, *, decided: Callable[[], None] | None = None) -> None:
        self.answered.append(message.user.external_id)
        self.answering.set()
        await self.release.wait()


async def test_an_event_answered_in_the_platforms_own_task_is_answered_once_more_for_what_came_meanwhile() -> None:
    """discord.py runs each event in a task of its own, which answers it (`answer_here`): a second message of the
    same person, stored while the first is answered, makes that answer go round once more (it reads every event
    stored for the person) instead of starting another; `settle` waits for an answer given that way too."""
    inbox = HeldInbox()
    feeder = InboxFeeder(inbox, concurrency=4, name="test")
    first_event = asyncio.ensure_future(feeder.answer_here(await feeder.store([message("ann")])))
    await asyncio.wait_for(inbox.answering.wait(), 5)
    second = InboundMessage(platform="test", external_id="ann-2", user=UserRef("test", "ann"),
                            chat=ChatRef("test", "chat-ann"), text="are you there?")
    await asyncio.wait_for(feeder.answer_here(await feeder.store([second])), 5)  # nothing to do in this task
    assert inbox.answered == ["ann"]
    settled = asyncio.ensure_future(feeder.settle(5))
    await asyncio.sleep(0)
    assert not settled.done()  # the first event's task is still answering
    inbox.release.set()
    await asyncio.wait_for(first_event, 5)
    await asyncio.wait_for(settled, 5)
    assert inbox.answered == ["ann", "ann"]  # once more for the second message, by the same answer

"""What every channel shares: feeding the inbox (store, confirm, answer per person with a bound on
concurrent work), the attachment size rule, and cutting long replies into platform-sized parts."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Sequence
from typing import Any, TypeVar

from bot.domain import InboundMessage
from bot.locks import KeyedLocks
from bot.ports import Inbox, WorkKey

log = logging.getLogger(__name__)
P = TypeVar("P")


class InboxFeeder:
    """Hands a channel's events to the inbox: `store` first (the channel confirms to its platform only
    after it returns), then `answer_later`, which runs one task per person or desk chat: that task
    answers everything stored for it so far, oldest first, and goes round again if more arrived
    meanwhile (a burst of one person's messages takes one worker, not many). A semaphore bounds how
    many are answered at once; nothing is dropped, the rest wait their turn."""

    def __init__(self, inbox: Inbox, *, concurrency: int = 64, name: str = "channel") -> None:
        self.inbox = inbox
        self.name = name
        self._workers = asyncio.Semaphore(concurrency)
        self._answering: dict[WorkKey, bool] = {}  # key -> more arrived while being answered
        self._tasks: set[asyncio.Task[Any]] = set()
        self._arrivals = KeyedLocks()

    def in_arrival_order(self, where: Any) -> contextlib.AbstractAsyncContextManager[None]:
        """Held while one platform event of `where` (a channel) is turned into an event and stored: a platform
        that hands over events concurrently (discord.py runs each in its own task) still has them stored, and so
        answered, in the order they arrived. Enter it before any other await."""
        return self._arrivals.hold(where)

    async def store(self, messages: Iterable[InboundMessage | None]) -> list[InboundMessage]:
        """Ingest the events (several: in one transaction); the new ones (not redeliveries), in order."""
        given = [message for message in messages if message is not None]
        if not given:  # a server message that is no event of ours: nothing to store, no transaction
            return []
        if len(given) == 1:
            return given if await self.inbox.ingest(given[0]) else []
        return [message for message, new in zip(given, await self.inbox.ingest_many(given), strict=True) if new]

    async def store_and_answer(self, message: InboundMessage) -> bool:
        """Store one event, then answer it in the background; False if it was a redelivery."""
        stored = await self.store([message])
        self.answer_later(stored)
        return bool(stored)

    def answer_later(self, messages: Iterable[InboundMessage]) -> None:
        for answer in self._claim(messages):
            self.spawn(answer)

    def answer_here(self, messages: Iterable[InboundMessage]) -> Awaitable[None]:
        """As `answer_later`, but the first answer is the caller's to await, once it has left the arrival order
        (the claim is made now, inside it): a platform that gives each event a task of its own (discord.py)
        spares a second task per event."""
        answers = self._claim(messages)
        for answer in answers[1:]:
            self.spawn(answer)
        return self._in_this_task(answers[0] if answers else None)

    def _claim(self, messages: Iterable[InboundMessage]) -> list[Coroutine[Any, Any, None]]:
        """The answers to start: one per person or desk chat not being answered yet; one being answered goes
        round once more instead."""
        answers = []
        for message in messages:
            key = WorkKey.of(message)
            if key in self._answering:
                self._answering[key] = True  # the running task goes round once more
            else:
                self._answering[key] = False
                answers.append(self._answer(key, message))
        return answers

    async def _in_this_task(self, answer: Coroutine[Any, Any, None] | None) -> None:
        if answer is None:
            return
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)  # `settle` waits for it as for a spawned one
        try:
            await answer
        finally:
            if task is not None:
                self._tasks.discard(task)

    def spawn(self, coroutine: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _answer(self, key: WorkKey, message: InboundMessage) -> None:
        try:
            while True:
                self._answering[key] = False
                await self._workers.acquire()
                held = True  # until the answer is decided: a reply waiting to be sent holds no slot

                def free() -> None:
                    nonlocal held
                    if held:
                        held = False
                        self._workers.release()

                try:
                    await self.inbox.process(message, decided=free)
                except Exception:
                    # stored, so the next start-up (or the person's next message) answers it
                    log.exception("%s event %s stored but not answered yet", self.name, message.external_id)
                finally:
                    free()
                if not self._answering[key]:
                    return
        finally:
            del self._answering[key]

    async def settle(self, seconds: float = 10.0) -> None:
        """At stop: wait (bounded) for the events being answered."""
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=seconds)


def too_large_to_download(announced: int | None, max_bytes: int) -> bool:
    """Whether a channel should skip downloading a file the platform announces with this size."""
    return announced is not None and announced > max_bytes


def split_text(text: str, limit: int, measure: Callable[[str], int] = len) -> list[str]:
    """Chunks whose `measure` (e.g. the length once escaped) is at most `limit`, cut where a reader
    would pause: a blank line, a line end, a sentence end, a space; mid-word only for a word too long."""
    chunks: list[str] = []
    rest = text
    while measure(rest) > limit:
        cut = _cut_point(rest, limit, measure)
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not chunks:
        chunks.append(rest)
    return chunks


def _cut_point(text: str, limit: int, measure: Callable[[str], int]) -> int:
    size = limit
    while measure(text[:size]) > limit:  # measuring only ever adds (escaping lengthens, never shortens)
        size -= max(1, (measure(text[:size]) - limit) // 5)
    window = text[:size]
    for separator in ("\n\n", "\n", ". ", " "):
        at = window.rfind(separator)
        if at > size // 2:
            return at + len(separator)
    return size


async def send_in_parts(parts: Sequence[P], send_one: Callable[[P, bool], Awaitable[str]]) -> str | None:
    """Send a reply cut into parts (texts, files, or both), in order; `send_one(part, last)` puts buttons only
    on the last part. Returns the platform id of the last part."""
    sent_id = None
    for number, part in enumerate(parts, start=1):
        sent_id = await send_one(part, number == len(parts))
    return sent_id

"""Delivers stored replies: right after commit, and again for whatever a crash or an outage left unsent."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence, Set
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from bot import metrics, outage
from bot.domain import Attachment, ChatKind, ChatRef, DeliveryError, Op, OutboundMessage, PlaceRole, Reply
from bot.ports import Channel, FileStore, OutboxRepository

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 12
MAX_BACKOFF_SECONDS = 600.0


def utcnow() -> datetime:
    return datetime.now(UTC)


MAX_MERGED_FILES = 10  # files in one relayed post
SENT_REMEMBERED = 4096  # rows this worker sent, remembered so that a stale copy of one is not sent again
Place = tuple[str, str, int | None, str | None]  # a queue: an order lane (bot.domain.order_lane) and a thread


class Outbox:
    """Sends each chat's rows in order and different chats at once. A victim's words relayed to a volunteer
    chat (PlaceRole.RELAY) wait in that chat's own queue instead: a group the platform paces never holds up
    the person's conversation, and what piles up meanwhile for one case goes out as one post."""

    def __init__(self, store: OutboxRepository, senders: Mapping[str, Channel], *, lease_seconds: float = 60.0,
                 clock: Callable[[], datetime] = utcnow, files: FileStore | None = None,
                 on_blocked: Callable[[OutboundMessage], Awaitable[None]] | None = None) -> None:
        self.store = store
        self.senders = dict(senders)
        self.lease_seconds = lease_seconds
        self.clock = clock
        self.files = files
        self.on_blocked = on_blocked  # a person blocked the bot while a case's message was on its way
        self._in_flight: set[int] = set()
        # rows sent here lately (oldest first): the start-up sweep may lease a row a turn committed a moment ago,
        # and send it before that turn gets to (or the other way round); the late one's copy must not go out again
        self._sent_here: dict[int, None] = {}
        self._done: dict[int, asyncio.Future[None]] = {}  # queued rows someone waits for (deliver_queued)
        self._queues: dict[Place, deque[OutboundMessage]] = {}
        self._workers: dict[Place, asyncio.Task[None]] = {}
        self._background: set[asyncio.Task[Any]] = set()

    async def deliver(self, messages: Sequence[OutboundMessage]) -> None:
        """Send the replies a transaction just committed (already leased to this worker), in order."""
        mine = [m for m in messages if m.chat.platform in self.senders]
        self._queue([m for m in mine if m.role is PlaceRole.RELAY])
        await self._send_all([m for m in mine if m.role is not PlaceRole.RELAY])

    def deliver_queued(self, messages: Sequence[OutboundMessage]) -> list[asyncio.Future[None]]:
        """Put every reply a transaction just committed in its chat's queue, and return at once; a future for
        each reply but relayed words (which always go out beside the conversation), done once it was sent or
        left for a retry.

        For a desk chat's turns, which answer many cases: the next volunteer's answer need not wait until this
        one's person's chat (paced by the platform) took it. Each chat still gets its rows in order: its queue
        sends them in turn, and the store holds a later turn's rows for a chat back behind any row still unsent
        there (the sweep that follows the queue sends them)."""
        mine = [m for m in messages if m.chat.platform in self.senders]
        return self._queue(mine, done={m.id for m in mine if m.role is not PlaceRole.RELAY})

    async def settle(self, seconds: float = 10.0) -> None:
        """Let the queued relayed posts go out (bounded): at shutdown, and in tests."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while (pending := set(self._workers.values()) | self._background) and loop.time() < deadline:
            await asyncio.wait(pending, timeout=max(0.0, deadline - loop.time()))

    def _beside(self, work: Any) -> None:
        async def logged() -> None:
            try:
                await work
            except Exception as exc:  # the periodic sweep sends it later
                outage.log_failure(log, exc, "outbox: sending rows held behind a queued row failed")

        task = asyncio.create_task(logged())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def _queue(self, rows: Sequence[OutboundMessage], *, done: Set[int] = frozenset()) -> list[asyncio.Future[None]]:
        futures = []
        for row in rows:
            if row.id in self._in_flight or row.id in self._sent_here:
                continue  # being sent or sent already (see _send_all)
            place = (*row.lane, row.chat.thread_id)
            self._queues.setdefault(place, deque()).append(row)
            self._in_flight.add(row.id)
            if row.id in done:
                futures.append(self._done.setdefault(row.id, asyncio.get_running_loop().create_future()))
            if place not in self._workers:
                self._workers[place] = asyncio.create_task(self._drain_queue(place))
        return futures

    def _settled(self, ids: Iterable[int]) -> None:
        """Queued rows that were sent, or left for the sweep to retry: no longer in flight here."""
        for row_id in ids:
            self._in_flight.discard(row_id)
            future = self._done.pop(row_id, None)
            if future is not None and not future.done():
                future.set_result(None)

    async def _drain_queue(self, place: Place) -> None:
        waiting = self._queues[place]
        try:
            while waiting:
                await self._send_queued(waiting)
            # what this chat's later turns committed while a row waited here was held back by the store (a
            # chat's rows go in order); it is due now, and relayed words go out as one post per case. The sweep
            # takes every chat's due rows, so it runs beside this queue: a paced Telegram group must not hold up
            # a Discord thread's queue
            self._beside(self.sweep())
        except Exception as exc:
            outage.log_failure(log, exc, "outbox: queued rows for %s:%s failed; the sweep sends them later",
                               *place[:2])
            self._settled([row.id for row in waiting])
            waiting.clear()
        finally:
            self._workers.pop(place, None)
            self._queues.pop(place, None)

    async def _send_queued(self, waiting: deque[OutboundMessage]) -> None:
        while waiting:
            batch = [waiting.popleft()]
            while waiting and _mergeable(batch, waiting[0]):
                batch.append(waiting.popleft())
            try:
                sent = await self._send_merged(batch)
            finally:
                self._settled([row.id for row in batch])
            if not sent:  # the rest waits behind it, in order, for the sweep
                later = list(waiting)
                waiting.clear()
                try:
                    for row in later:
                        await self.store.mark_failed(row.id, now=self.clock(), permanent=False, tried=False,
                                                     retry_at=self.clock() + timedelta(seconds=1))
                finally:
                    self._settled([row.id for row in later])

    async def sweep(self, limit: int = 200, *, take_over: bool = False) -> int:
        """Send replies whose lease ran out: left by a crash, or waiting for a retry.

        `take_over` also takes rows still leased: right for the only worker of a database at start-up.
        """
        batch = await self.store.lease_outbound(None, now=self.clock(), lease_seconds=self.lease_seconds,
                                                limit=limit, platforms=list(self.senders), take_over=take_over)
        await self._send_all(batch)
        return len(batch)

    async def drain(self, seconds: float) -> bool:
        """Keep sweeping until nothing is left to send (True) or the time is up (False)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while await self.store.count_unsent(list(self.senders)):
            if loop.time() > deadline:
                return False
            if not await self.sweep():
                await asyncio.sleep(0.2)
        return True

    async def run(self, interval: float = 2.0) -> None:
        """Sweep for replies to (re)send, and keep the leases of replies this worker is sending alive."""
        keeper = asyncio.create_task(self._keep_leases())
        try:
            while True:
                try:
                    while await self.sweep() > 0:
                        pass
                    outage.DATABASE.ok()
                except Exception as exc:
                    outage.log_failure(log, exc, "outbox sweep failed; trying again in %.0fs", interval)
                await asyncio.sleep(interval)
        finally:
            keeper.cancel()

    async def _keep_leases(self) -> None:
        # A reply may wait in a platform's rate limiter far longer than its lease (a burst of a thousand
        # victims takes a minute at 30 messages/s): renewing the lease while it waits keeps another
        # worker's sweep from sending it a second time.
        while True:
            await asyncio.sleep(self.lease_seconds / 3)
            if self._in_flight:
                try:
                    await self.store.renew_leases(sorted(self._in_flight),
                                                  until=self.clock() + timedelta(seconds=self.lease_seconds))
                except Exception as exc:
                    outage.log_failure(log, exc, "outbox: renewing leases failed")

    async def _send_all(self, batch: Sequence[OutboundMessage]) -> None:
        # a row this worker is sending (or sent) already is left to that send: the start-up sweep takes over every
        # row, and may lease one that a turn committed a moment ago, before that turn gets to send it (or the other
        # way round)
        batch = [message for message in batch
                 if message.id not in self._in_flight and message.id not in self._sent_here]
        ids = {message.id for message in batch}
        self._in_flight |= ids
        try:
            await self._send_in_order(batch)
        finally:
            self._in_flight -= ids

    async def _send_in_order(self, batch: Sequence[OutboundMessage]) -> None:
        """Each lane's rows in order (a chat's, or one case's in a volunteer chat); different lanes at the same time,
        so a case card for Discord never waits behind Telegram's pacing of a group, nor a victim's reply behind a
        busy desk, nor one case's thread behind another's."""
        lanes: dict[tuple[str, str, int | None], list[OutboundMessage]] = {}
        for message in batch:
            lanes.setdefault(message.lane, []).append(message)
        if len(lanes) == 1:  # a turn's answer, nearly always: no task to spawn for it
            await self._send_chat(next(iter(lanes.values())))
            return
        await asyncio.gather(*(self._send_chat(rows) for rows in lanes.values()))

    async def _send_chat(self, rows: Sequence[OutboundMessage]) -> None:
        batches = _batches(rows, joined=getattr(self.senders[rows[0].chat.platform], "joins_answers", False))
        for number, batch in enumerate(batches):
            if number:  # the rest of this turn's answer to the chat: a channel may let it through first
                batch = [replace(row, reply=replace(row.reply, continues=True)) for row in batch]
            if not await self._send_merged(batch):
                # keep this chat's order: a later row must not overtake one that waits for a retry
                for later in [row for rest in batches[number + 1:] for row in rest]:
                    await self.store.mark_failed(later.id, now=self.clock(), permanent=False, tried=False,
                                                 retry_at=self.clock() + timedelta(seconds=1))
                return

    async def _send_merged(self, batch: Sequence[OutboundMessage]) -> bool:
        """One row, or several relayed rows of one case sent as one post (each marked sent with its id)."""
        message = batch[0] if len(batch) == 1 else _merged(batch)
        return await self._send(message, attempts=message.attempts + 1, also=[row.id for row in batch[1:]])

    async def _send(self, message: OutboundMessage, attempts: int, also: Sequence[int] = ()) -> bool:
        """`attempts`: this send's number (the failed ones before it, plus one)."""
        channel = self.senders[message.chat.platform]
        ids = [message.id, *also]
        try:
            external_id = await self._perform(channel, message)
        except DeliveryError as exc:
            permanent = exc.permanent or attempts >= MAX_ATTEMPTS
            delay = exc.retry_after if exc.retry_after is not None else min(MAX_BACKOFF_SECONDS, 2.0 ** attempts)
            metrics.count_failure(channel.platform, exc.retry_after is not None, "blocked" if exc.blocked
                                  else "gave_up" if permanent else "retry", len(ids))
            log.warning("reply %s not delivered (%s, attempt %s, %s)", message.id, exc, attempts,
                        "giving up" if permanent else f"retry in {delay:.0f}s")
            for row_id in ids:
                await self.store.mark_failed(row_id, now=self.clock(), permanent=permanent, blocked=exc.blocked,
                                             retry_at=self.clock() + timedelta(seconds=delay))
            if exc.blocked and message.case_id is not None and message.chat.kind is ChatKind.PRIVATE \
                    and self.on_blocked is not None:
                try:
                    await self.on_blocked(message)
                except Exception:  # the notice is a courtesy; the row's state is what counts
                    log.exception("reply %s: the desk could not be told that the person blocked the bot", message.id)
            return False
        except Exception as exc:
            if outage.is_connection_error(exc):
                raise  # the database's (finding the case's place), not the adapter's: retried after its lease
            metrics.count_failure(channel.platform, False, "error", len(ids))
            log.exception("reply %s: unexpected error from the %s adapter", message.id, message.chat.platform)
            for row_id in ids:
                await self.store.mark_failed(row_id, now=self.clock(), permanent=attempts >= MAX_ATTEMPTS,
                                             retry_at=self.clock() + timedelta(seconds=min(60.0, 2.0 ** attempts)))
            return False
        metrics.REPLIES_SENT.labels(channel.platform).inc(len(ids))
        for row_id in ids:
            await self.store.mark_sent(row_id, external_id, now=self.clock())
            self._sent_here[row_id] = None
        while len(self._sent_here) > SENT_REMEMBERED:
            del self._sent_here[next(iter(self._sent_here))]
        return True

    def _with_files(self, reply: Reply) -> Reply:
        """The reply with its files' bytes, read just before sending (a file deleted since is left out)."""
        if not reply.files or self.files is None:
            return reply
        found = []
        for ref in reply.files:
            data = self.files.read(ref.sha256)
            if data is None:
                log.info("file %s… of a reply is gone (deleted on request); sent without it", ref.sha256[:12])
                continue
            found.append(Attachment(ref.filename, ref.content_type, data))
        return replace(reply, attachments=tuple(found))

    async def _perform(self, channel: Channel, message: OutboundMessage) -> str | None:
        """Do what the row asks; the platform's id of the result (a message, or a thread). Rows that
        belong to a case's place in a volunteer chat find their thread and card here, at send time:
        the rows that opened the thread and posted the card went first (each chat keeps its order)."""
        chat, role = message.chat, message.role
        if message.reply.files:
            message = replace(message, reply=self._with_files(message.reply))
        if message.case_id is None or role is None:
            return await _perform(channel, chat, message)
        store = self.store
        place = await store.place(message.case_id, chat.platform, chat.chat_id)
        in_thread = replace(chat, thread_id=place.thread_id) if place and place.thread_id else chat
        if role is PlaceRole.THREAD:
            if place is not None and place.thread_id:
                return place.thread_id  # opened before a crash cut the row short: never a second topic
            thread_id = await channel.open_thread(chat, message.reply.text)
            await store.set_place(message.case_id, chat.platform, chat.chat_id, thread_id=thread_id)
            return thread_id
        if role is PlaceRole.CARD_EDIT and place is not None and place.card_message_id:
            return await channel.edit(in_thread, place.card_message_id, message.reply)
        sent = await channel.send(in_thread, message.reply)
        if role in (PlaceRole.CARD, PlaceRole.CARD_EDIT):  # an edit of a card never posted posts it
            await store.set_place(message.case_id, chat.platform, chat.chat_id, card_message_id=sent)
        return sent


def _mergeable(batch: Sequence[OutboundMessage], row: OutboundMessage, *, joined: bool = False) -> bool:
    """Whether `row` goes out in one post with `batch`: relayed words of one case; and, where the channel
    joins answers (`joined`), the bot's messages to a person one after the other, up to the one with buttons."""
    first = batch[0]
    if first.role is PlaceRole.RELAY:
        return (row.role is PlaceRole.RELAY and row.case_id == first.case_id and row.chat == first.chat
                and sum(len(r.reply.files) for r in batch) + len(row.reply.files) <= MAX_MERGED_FILES)
    return (joined and row.chat == first.chat and _joinable(row) and not row.reply.reply_to
            and all(_joinable(r) and not r.reply.choices and not r.reply.files for r in batch))


def _joinable(row: OutboundMessage) -> bool:
    """A plain message in a person's own chat: no edit, no thread, no place at the desk, no one to ping."""
    return (row.op is Op.SEND and row.role is None and row.chat.kind is ChatKind.PRIVATE
            and not row.reply.mention_role)


def _batches(rows: Sequence[OutboundMessage], *, joined: bool = False) -> list[list[OutboundMessage]]:
    batches: list[list[OutboundMessage]] = []
    for row in rows:
        if batches and _mergeable(batches[-1], row, joined=joined):
            batches[-1].append(row)
        else:
            batches.append([row])
    return batches


def _merged(batch: Sequence[OutboundMessage]) -> OutboundMessage:
    """Several rows as one post (`_mergeable`): a person's messages one paragraph each, the last one's buttons
    and files under them; relayed rows of one case with the first row's heading once, then each message's words."""
    if batch[0].role is not PlaceRole.RELAY:
        last = batch[-1].reply
        text = "\n\n".join(row.reply.text for row in batch if row.reply.text)
        return replace(batch[0], reply=replace(last, text=text, reply_to=batch[0].reply.reply_to))
    heading = batch[0].reply.text.split("\n", 1)[0]
    parts = [batch[0].reply.text]
    for row in batch[1:]:
        first, _, rest = row.reply.text.partition("\n")
        # a heading is repeated only where the speaker changes (the person, then a volunteer's answer…)
        parts.append(rest if first == heading else row.reply.text)
        heading = first
    files = tuple(f for row in batch for f in row.reply.files)
    return replace(batch[0], reply=replace(batch[0].reply, text="\n".join(p for p in parts if p), files=files))


async def _perform(channel: Channel, chat: ChatRef, message: OutboundMessage) -> str | None:
    if message.op is Op.EDIT:
        if not message.target:
            raise DeliveryError("an edit without the message to edit", permanent=True)
        return await channel.edit(chat, message.target, message.reply)
    if message.op is Op.OPEN_THREAD:
        return await channel.open_thread(chat, message.reply.text)
    return await channel.send(chat, message.reply)

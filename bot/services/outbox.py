"""Delivers stored replies: right after commit, and again for whatever a crash or an outage left unsent."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.domain import ChatRef, DeliveryError, Op, OutboundMessage, PlaceRole
from bot.ports import Channel, OutboxRepository

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 12
MAX_BACKOFF_SECONDS = 600.0


def utcnow() -> datetime:
    return datetime.now(UTC)


class Outbox:
    def __init__(self, store: OutboxRepository, senders: Mapping[str, Channel], *, lease_seconds: float = 60.0,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.senders = dict(senders)
        self.lease_seconds = lease_seconds
        self.clock = clock
        self._in_flight: set[int] = set()

    async def deliver(self, messages: Sequence[OutboundMessage]) -> None:
        """Send the replies a transaction just committed (already leased to this worker), in order."""
        await self._send_all([m for m in messages if m.chat.platform in self.senders])

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
                except Exception:
                    log.exception("outbox sweep failed; trying again in %.0fs", interval)
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
                except Exception:
                    log.exception("outbox: renewing leases failed")

    async def _send_all(self, batch: Sequence[OutboundMessage]) -> None:
        ids = {message.id for message in batch}
        self._in_flight |= ids
        try:
            await self._send_in_order(batch)
        finally:
            self._in_flight -= ids

    async def _send_in_order(self, batch: Sequence[OutboundMessage]) -> None:
        """Each chat's rows in order; different chats at the same time, so a case card for Discord never
        waits behind Telegram's pacing of a group, nor a victim's reply behind a busy desk."""
        chats: dict[tuple[str, str], list[OutboundMessage]] = {}
        for message in batch:
            chats.setdefault((message.chat.platform, message.chat.chat_id), []).append(message)
        await asyncio.gather(*(self._send_chat(rows) for rows in chats.values()))

    async def _send_chat(self, rows: Sequence[OutboundMessage]) -> None:
        for number, message in enumerate(rows):
            if not await self._send(message, attempts=message.attempts):
                # keep this chat's order: a later row must not overtake one that waits for a retry
                for later in rows[number + 1:]:
                    await self.store.mark_failed(later.id, now=self.clock(), permanent=False,
                                                 retry_at=self.clock() + timedelta(seconds=1))
                return

    async def _send(self, message: OutboundMessage, attempts: int) -> bool:
        channel = self.senders[message.chat.platform]
        try:
            external_id = await self._perform(channel, message)
        except DeliveryError as exc:
            permanent = exc.permanent or attempts >= MAX_ATTEMPTS
            delay = exc.retry_after if exc.retry_after is not None else min(MAX_BACKOFF_SECONDS, 2.0 ** attempts)
            log.warning("reply %s not delivered (%s, attempt %s, %s)", message.id, exc, attempts,
                        "giving up" if permanent else f"retry in {delay:.0f}s")
            await self.store.mark_failed(message.id, now=self.clock(), permanent=permanent, blocked=exc.blocked,
                                         retry_at=self.clock() + timedelta(seconds=delay))
            return False
        except Exception:
            log.exception("reply %s: unexpected error from the %s adapter", message.id, message.chat.platform)
            await self.store.mark_failed(message.id, now=self.clock(), permanent=attempts >= MAX_ATTEMPTS,
                                         retry_at=self.clock() + timedelta(seconds=min(60.0, 2.0 ** attempts)))
            return False
        await self.store.mark_sent(message.id, external_id, now=self.clock())
        return True

    async def _perform(self, channel: Channel, message: OutboundMessage) -> str | None:
        """Do what the row asks; the platform's id of the result (a message, or a thread). Rows that
        belong to a case's place in a volunteer chat find their thread and card here, at send time:
        the rows that opened the thread and posted the card went first (each chat keeps its order)."""
        chat, role = message.chat, message.role
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


async def _perform(channel: Channel, chat: ChatRef, message: OutboundMessage) -> str | None:
    if message.op is Op.EDIT:
        if not message.target:
            raise DeliveryError("an edit without the message to edit", permanent=True)
        return await channel.edit(chat, message.target, message.reply)
    if message.op is Op.OPEN_THREAD:
        return await channel.open_thread(chat, message.reply.text)
    return await channel.send(chat, message.reply)

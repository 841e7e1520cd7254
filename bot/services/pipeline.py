"""The pipeline: ingest an event, lock its key, load a snapshot, let the handlers decide, commit once, deliver."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence

from bot import metrics, outage
from bot.domain import ChatRef, InboundMessage, MessageRef
from bot.locks import KeyedLocks
from bot.ports import DESK, ChangeSet, Committed, ConcurrentUpdate, FileStore, Store, StoredFile, StoredInbound, WorkKey
from bot.services.handlers import Router
from bot.services.outbox import Outbox
from bot.services.turn import Event, Tools, Turn

log = logging.getLogger(__name__)

Checkpoint = Callable[[str], None]  # named points where the fault tests may kill the process


def no_checkpoint(_name: str) -> None:
    return None


def _count(changes: ChangeSet, language: tuple[str | None, str | None] | None = None) -> None:
    contact = changes.contact  # `language`: the contact's (locale, source) before the turn
    if language is not None and contact is not None and not changes.forget \
            and (contact.locale, contact.locale_source) != language and contact.locale_source:
        metrics.LANGUAGE_SET.labels(contact.locale_source, contact.locale or "").inc()
        if language[1] == "detected" and contact.locale_source == "explicit" and contact.locale != language[0]:
            metrics.LANGUAGE_CORRECTED.labels(language[0] or "", contact.locale or "").inc()
    for row in changes.audit:
        if row.action in ("case_claimed", "case_released", "case_resolved"):
            metrics.CASE_ACTIONS.labels(row.action.removeprefix("case_")).inc()
        if row.action == "case_claimed":
            metrics.TIME_TO_CLAIM.observe(row.detail.get("waited_seconds", 0))
        elif row.action == "case_resolved":
            metrics.TIME_TO_RESOLVE.observe(row.detail.get("waited_seconds", 0))
        elif row.action == "first_reply":
            metrics.TIME_TO_FIRST_REPLY.observe(row.detail.get("seconds", 0))
        elif row.action == "case_rated":
            metrics.RATINGS.labels(str(row.detail.get("rating"))).inc()
    for line in changes.case_messages:
        if line.author != "event":
            metrics.RELAYED.labels(line.author).inc()


class Pipeline:
    """Implements the channels' `Inbox`: `ingest` stores an event durably; `process` works through every
    stored, unprocessed event of its key (a victim, or a desk chat), oldest first, as one turn."""

    def __init__(self, store: Store, files: FileStore, tools: Tools, router: Router, outbox: Outbox, *,
                 checkpoint: Checkpoint = no_checkpoint, attempts: int = 5) -> None:
        self.store = store
        self.files = files
        self.tools = tools
        self.router = router
        self.outbox = outbox
        self.checkpoint = checkpoint
        self.attempts = attempts
        self._locks = KeyedLocks()
        self._arrivals = KeyedLocks()  # a key's events are stored in the order `ingest` was called with them

    async def handle(self, message: InboundMessage) -> bool:
        """Store, process and answer one event. False if it was a redelivery of a stored one."""
        inbound_id = await self.ingest(message)
        await self.process(WorkKey.of(message))
        return inbound_id is not None

    async def ingest(self, message: InboundMessage) -> int | None:
        """Store the event (and its files) durably. After this returns, the platform may be told 'got it'.

        Calls for one key made concurrently store their events in the order they were made (so they are answered
        in that order): on PostgreSQL two ingests on two connections may commit in either order."""
        async with self._arrivals.hold(WorkKey.of(message)):  # entered before any other await
            inbound_id = await metrics.timed(self.store.ingest(message, self._files(message)), "ingest")
        (metrics.MESSAGES if inbound_id is not None else metrics.REDELIVERED).labels(message.platform).inc()
        if inbound_id is None:
            log.info("duplicate %s event %s ignored", message.platform, message.external_id)
        self.checkpoint("after-ingest")
        return inbound_id

    async def ingest_many(self, messages: Sequence[InboundMessage]) -> list[int | None]:
        """`ingest` of several events in one transaction (a platform's batch), in order."""
        ids = await metrics.timed(self.store.ingest_many([(message, self._files(message)) for message in messages]),
                                  "ingest")
        for message, inbound_id in zip(messages, ids, strict=True):
            (metrics.MESSAGES if inbound_id is not None else metrics.REDELIVERED).labels(message.platform).inc()
            if inbound_id is None:
                log.info("duplicate %s event %s ignored", message.platform, message.external_id)
        self.checkpoint("after-ingest")
        return ids

    def _files(self, message: InboundMessage) -> list[StoredFile]:
        """The event's files, written to the file store (by hash) before the event is."""
        stored: list[StoredFile] = []
        for attachment in message.attachments:
            size = attachment.byte_size
            if attachment.refused(self.tools.max_file_bytes):
                stored.append(StoredFile("", size, attachment.filename, attachment.content_type))
                continue
            stored.append(StoredFile(self.files.put(attachment.data), size, attachment.filename,
                                     attachment.content_type))
        return stored

    async def process(self, key: WorkKey, *, decided: Callable[[], None] | None = None) -> None:
        """Work through the key's stored events. `decided`: called once they are committed, before the replies
        are sent (the caller's bound on concurrent turns need not wait for a platform's rate limiter); such a
        caller (a channel's feeder) does not wait for a desk chat's replies either, which go out through each
        person's chat queue while the desk's next events are decided. Without it, this returns once they went."""
        queued: list[asyncio.Future[None]] = []
        wait = decided is None
        try:
            async with self._locks.hold(key):
                await self._work_through(key, decided, queued)
        finally:
            if queued and wait:
                await asyncio.wait(queued)

    async def _work_through(self, key: WorkKey, decided: Callable[[], None] | None,
                            queued: list[asyncio.Future[None]]) -> None:
        """Under the key's lock: one turn (a victim's), or each of a desk chat's events in turn."""
        while True:
            for attempt in range(self.attempts):
                try:
                    committed = await self._turn(key)
                    break
                except ConcurrentUpdate as exc:
                    log.warning("%s:%s changed by another worker (%s); deciding again (%s)", key.scope,
                                key.platform, exc, attempt + 1)
            else:
                raise ConcurrentUpdate(f"gave up on {key}")
            if committed is None:
                return
            if decided is not None:
                decided()
                decided = None
            self.checkpoint("after-commit")
            for sha256 in committed.unreferenced_files:
                self.files.delete(sha256)
            if key.scope != DESK:
                # still under the key's lock, so the next event's replies cannot overtake these
                await self.outbox.deliver(committed.outbound)
                return
            queued += self.outbox.deliver_queued(committed.outbound)

    async def _turn(self, key: WorkKey) -> Committed | None:
        snapshot = await metrics.timed(self.store.load(key), "load")
        if snapshot is None or not snapshot.inbound:
            return None
        language = (snapshot.contact.locale, snapshot.contact.locale_source) if snapshot.contact else None
        turn = Turn(snapshot, self.tools)
        done: list[int] = []
        # a desk chat's events act on cases others act on too (two claims, a claim then a resolve): each is
        # decided on the cases as the one before it left them, so each is its own turn and commit
        events = snapshot.inbound[:1] if key.scope == DESK else snapshot.inbound
        for inbound in events:
            await self._one_or_set_aside(turn, inbound)
            done.append(inbound.id)
            state = turn.record.state or {}
            log.debug("%s %s: event %s handled, now at %s:%s (%s)", key.scope,
                      turn.contact.id if turn.contact else key.id, inbound.id, state.get("flow"), state.get("step"),
                      turn.record.status)
            if turn.forget:
                break  # the rest was about a person we no longer know; forgetting marks it processed
        changes = turn.changes(done)
        self.checkpoint("before-commit")
        committed = await metrics.timed(self.store.commit(changes), "commit")
        _count(changes, language)  # only what was committed: a lost race counts nothing
        return committed

    async def _one_or_set_aside(self, turn: Turn, inbound: StoredInbound) -> None:
        """One event whose handling fails must not block this person for ever: its changes are undone,
        it counts as processed, and the person is asked to try again."""
        mark = turn.mark()
        fallback = turn.chat or ChatRef(turn.key.platform, turn.key.id)
        try:
            await self.router.route(turn, Event.from_stored(inbound, fallback))
        except ConcurrentUpdate:
            raise
        except Exception as exc:
            if outage.is_connection_error(exc):
                raise  # the database is out, the event is not at fault: it stays stored and is answered later
            log.exception("%s %s: event %s could not be handled and is set aside", turn.key.scope,
                          turn.contact.id if turn.contact else turn.key.id, inbound.id)
            turn.undo(mark)
            if turn.chat is not None:
                turn.say(MessageRef("error-try-again"))
                turn.reprompt()

    async def settle(self, seconds: float = 10.0) -> None:
        """At shutdown: let events being answered finish (bounded), so no commit is cut mid-way."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._locks.idle.wait(), seconds)
        await self.outbox.settle(seconds)

    async def recover(self, *, sole_worker: bool = False) -> None:
        """At start-up: finish stored events a crash left unprocessed, and send unsent replies.

        `sole_worker` (SQLite: one process per database) also sends replies still leased by the
        process that crashed, instead of waiting for its lease to run out.
        """
        while keys := await self.store.pending_keys(200):
            for key in keys:
                await self.process(key)
        if sole_worker:
            # once: what the crashed process had leased is ours; after that a row that failed again waits
            # for its retry time like any other, instead of burning its attempts in a tight loop
            await self.outbox.sweep(take_over=True)
        while await self.outbox.sweep():
            pass

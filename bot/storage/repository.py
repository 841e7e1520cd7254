"""The SQL behind the storage ports: inbox, a turn's snapshot and change set, outbox leases, cases."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Text, and_, cast, delete, func, insert, null, or_, select, text, update
from sqlalchemy import case as sql_case
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.domain import (
    CaseRef,
    CaseStatus,
    ChatKind,
    ChatRef,
    InboundMessage,
    Op,
    OutboundMessage,
    PlaceRole,
    Reply,
    Urgency,
)
from bot.ports import (
    CONTACT,
    DESK,
    NEW_CASE,
    CaseRecord,
    CaseView,
    ChangeSet,
    Committed,
    ConcurrentUpdate,
    ContactRecord,
    ConversationRecord,
    EscalationChange,
    EscalationRecord,
    FileStore,
    IndicatorRow,
    PlaceRecord,
    PurgeReport,
    Retention,
    Snapshot,
    StoredFile,
    StoredInbound,
    VolunteerRecord,
    WorkKey,
    inbound_body,
)
from bot.ports import (
    CaseMessage as CaseMessageRecord,
)
from bot.storage.db import Database
from bot.storage.hotpath import HotPath, is_plain_turn
from bot.storage.sealing import MARK
from bot.storage.tables import (
    AuditEvent,
    Case,
    CaseMessage,
    CasePlace,
    Contact,
    Conversation,
    Counter,
    Escalation,
    Evidence,
    Indicator,
    MessageLog,
    Volunteer,
    about_a_case_out,
    contact_pending,
    desk_pending,
    in_lane,
    same_lane,
    unsent_out,
)
from bot.storage.volunteers import SqlVolunteers

contact_t = Contact.__table__
conversation_t = Conversation.__table__
case_t = Case.__table__
message_t = MessageLog.__table__
evidence_t = Evidence.__table__
EVIDENCE_SHOWN = (evidence_t.c.filename, evidence_t.c.content_type, evidence_t.c.size, evidence_t.c.sha256,
                  evidence_t.c.received_at)  # what a case's file list shows (chain of custody)
audit_t = AuditEvent.__table__
counter_t = Counter.__table__
volunteer_t = Volunteer.__table__
escalation_t = Escalation.__table__
place_t = CasePlace.__table__
case_message_t = CaseMessage.__table__
indicator_t = Indicator.__table__


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime | None) -> datetime | None:
    """SQLite gives back naive datetimes; everything here is UTC."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def _evidence(row: Any) -> dict[str, Any]:
    return {"filename": row.filename, "content_type": row.content_type, "size": row.size, "sha256": row.sha256,
            "received_at": _aware(row.received_at)}


OPEN_STATES = (CaseStatus.NEW.value, CaseStatus.ESCALATED.value, CaseStatus.CLAIMED.value)  # someone is being helped
PURGE_ACTION = "retention_purge"  # the audit event each purge leaves, with its counts: also when the last one ran
PURGE_LOCK = int.from_bytes(b"fd-purge")  # the PostgreSQL advisory lock only one purge at a time holds
ANSWERS_BLANK = {"slots": {}, "display": {}, "history": [], "pasted": [], "change": None, "guess": None}
TIMED_STATES = ("active", "watching", "reminded")  # an escalation whose timer runs (see bot.services.escalation)
DEADLOCK = "40P01"  # PostgreSQL's SQLSTATE for a transaction undone to end a cycle of waits


class SqlStore(SqlVolunteers):
    """Implements the storage ports of `bot.ports` on SQLite or PostgreSQL."""

    def __init__(self, db: Database, *, lease_seconds: float = 30.0, hot_path: bool = True) -> None:
        self.db = db
        self.lease_seconds = lease_seconds
        self._insert = sqlite_insert if db.is_sqlite else pg_insert
        # None: everything on SQLAlchemy (an in-memory SQLite database; the tests that hold both paths to one
        # contract)
        self.hot = HotPath.for_url(db.url) if hot_path else None
        if self.hot is not None:
            db.on_dispose(self.hot.close)

    # -- inbox -----------------------------------------------------------------------------------
    async def ingest(self, message: InboundMessage, files: Sequence[StoredFile]) -> int | None:
        return (await self.ingest_many([(message, files)]))[0]

    async def ingest_many(self, events: Sequence[tuple[InboundMessage, Sequence[StoredFile]]]) -> list[int | None]:
        if self.hot is not None:
            return await self.hot.ingest_many(events)
        now = _utcnow()
        async with self.db.transaction() as conn:
            return [await self._ingest(conn, message, files, now) for message, files in events]

    async def _ingest(self, conn: AsyncConnection, message: InboundMessage, files: Sequence[StoredFile],
                      now: datetime) -> int | None:
        key = WorkKey.of(message)
        seen = (await conn.execute(select(message_t.c.id).where(
            message_t.c.platform == message.platform, message_t.c.external_id == message.external_id,
            message_t.c.direction == "in"))).first()
        if seen is not None:
            return None  # a redelivery changes nothing: not even a forgotten person's contact comes back
        # a volunteer at the desk is never stored as a victim: desk events have no contact
        contact_id = await self._contact_id(conn, message, now) if key.scope == CONTACT else None
        row = await conn.execute(
            self._insert(message_t)
            .values(direction="in", scope=key.scope, platform=message.platform, external_id=message.external_id,
                    contact_id=contact_id, chat_id=message.chat.chat_id, thread_id=message.chat.thread_id,
                    body=inbound_body(message, files), created_at=now, attempts=0, ephemeral=False)
            .on_conflict_do_nothing(index_elements=["platform", "external_id"],
                                    index_where=text("direction = 'in'"))
            .returning(message_t.c.id)
        )
        return row.scalar()

    async def _contact_id(self, conn: AsyncConnection, message: InboundMessage, now: datetime) -> int:
        where = and_(contact_t.c.platform == message.platform,
                     contact_t.c.external_id == message.user.external_id)
        # only a private chat is where a victim is answered; asking in a server channel changes nothing
        private_chat = message.chat.chat_id if message.chat.kind is ChatKind.PRIVATE else None
        found = (await conn.execute(select(contact_t.c.id, contact_t.c.chat_id).where(where))).first()
        if found is not None:
            if private_chat is not None and found.chat_id != private_chat:
                await conn.execute(update(contact_t).where(contact_t.c.id == found.id).values(chat_id=private_chat))
            return found.id
        await conn.execute(
            self._insert(contact_t)
            .values(platform=message.platform, external_id=message.user.external_id,
                    chat_id=private_chat or "", created_at=now, last_seen_at=now)
            .on_conflict_do_nothing(index_elements=["platform", "external_id"])
        )
        return (await conn.execute(select(contact_t.c.id).where(where))).scalar_one()

    async def pending_keys(self, limit: int = 1000) -> list[WorkKey]:
        unprocessed = and_(message_t.c.direction == "in", message_t.c.processed_at.is_(None))
        async with self.db.engine.connect() as conn:
            victims = await conn.execute(
                select(contact_t.c.platform, contact_t.c.external_id, func.min(message_t.c.id).label("first"))
                .join(message_t, message_t.c.contact_id == contact_t.c.id)
                .where(unprocessed, message_t.c.scope == CONTACT)
                .group_by(contact_t.c.platform, contact_t.c.external_id)
                .order_by(func.min(message_t.c.id)).limit(limit))
            desks = await conn.execute(
                select(message_t.c.platform, message_t.c.chat_id, func.min(message_t.c.id).label("first"))
                .where(desk_pending(message_t))
                .group_by(message_t.c.platform, message_t.c.chat_id)
                .order_by(func.min(message_t.c.id)).limit(limit))
            found = [(r.first, WorkKey(r.platform, CONTACT, r.external_id)) for r in victims]
            found += [(r.first, WorkKey(r.platform, DESK, r.chat_id)) for r in desks]
        return [key for _, key in sorted(found, key=lambda item: item[0])[:limit]]

    # -- a turn: snapshot, then change set ---------------------------------------------------------
    async def load(self, key: WorkKey) -> Snapshot | None:
        if self.hot is not None:
            return await self.hot.load(key)
        async with self.db.engine.connect() as conn:
            if key.scope == DESK:
                rows = await conn.execute(
                    select(message_t.c.id, message_t.c.platform, message_t.c.external_id, message_t.c.body)
                    .where(desk_pending(message_t), message_t.c.platform == key.platform,
                           message_t.c.chat_id == key.id)
                    .order_by(message_t.c.id))
                return Snapshot(key, [StoredInbound(r.id, r.platform, r.external_id, r.body or {}) for r in rows])
            # the contact and its conversation in one round trip
            row = (await conn.execute(
                select(contact_t, conversation_t.c.state, conversation_t.c.status, conversation_t.c.pending,
                       conversation_t.c.case_id, conversation_t.c.version,
                       conversation_t.c.updated_at.label("conversation_updated_at"))
                .outerjoin(conversation_t, conversation_t.c.contact_id == contact_t.c.id)
                .where(contact_t.c.platform == key.platform, contact_t.c.external_id == key.id))).first()
            if row is None:
                return None
            contact = ContactRecord(id=row.id, platform=row.platform, external_id=row.external_id,
                                    chat_id=row.chat_id, locale=row.locale, locale_source=row.locale_source,
                                    blocked=row.blocked_at is not None, language_checks=row.language_checks)
            rows = await conn.execute(
                select(message_t.c.id, message_t.c.platform, message_t.c.external_id, message_t.c.body)
                .where(message_t.c.contact_id == contact.id, contact_pending(message_t))
                .order_by(message_t.c.id))
            inbound = [StoredInbound(r.id, r.platform, r.external_id, r.body or {}) for r in rows]
            record = ConversationRecord(state=None) if row.version is None else ConversationRecord(
                state=row.state or None, status=row.status, pending=row.pending, case_id=row.case_id,
                version=row.version, updated_at=_aware(row.conversation_updated_at))
            cases = await conn.execute(
                select(case_t.c.id, case_t.c.reference, case_t.c.status, case_t.c.urgency, case_t.c.claimed_by,
                       case_t.c.resolved_at, case_t.c.feedback)
                .where(case_t.c.contact_id == contact.id).order_by(case_t.c.id))
            return Snapshot(key, inbound, contact, record,
                            [CaseRecord(c.id, CaseRef(c.reference, CaseStatus(c.status), Urgency(c.urgency)),
                                        c.claimed_by, _aware(c.resolved_at), c.feedback)
                             for c in cases])

    async def next_case_number(self) -> int:
        if self.hot is not None:
            return await self.hot.next_case_number()
        statement = self._insert(counter_t).values(name="case", value=1)
        statement = statement.on_conflict_do_update(index_elements=["name"],
                                                    set_={"value": counter_t.c.value + 1})
        async with self.db.transaction() as conn:
            return (await conn.execute(statement.returning(counter_t.c.value))).scalar_one()

    async def commit(self, changes: ChangeSet) -> Committed:
        if self.hot is not None and is_plain_turn(changes):
            return await self.hot.commit(changes, self.lease_seconds)
        try:
            async with self.db.transaction() as conn:
                return await _Commit(conn, changes, self.lease_seconds).run()
        except IntegrityError as exc:
            # two workers created the same contact's conversation at once: the loser decides again
            raise ConcurrentUpdate(f"{changes.key}: {type(exc).__name__}") from exc
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) != DEADLOCK:
                raise
            # PostgreSQL undid this transaction, whole, to end a cycle of waits: decided again, as a lost race
            raise ConcurrentUpdate(f"{changes.key}: undone by a deadlock") from exc

    # -- outbox ----------------------------------------------------------------------------------
    async def lease_outbound(self, ids: Sequence[int] | None, *, now: datetime, lease_seconds: float,
                             limit: int = 100, platforms: Sequence[str] = (),
                             take_over: bool = False) -> list[OutboundMessage]:
        """Take rows to send: the given ids, or any whose lease ran out (`take_over`: any at all).

        A row is leased to one sender at a time, so two workers never send the same reply.
        """
        due = self._unsent(platforms)
        earlier = message_t.alias("earlier")
        blocked_by = and_(same_lane(earlier, message_t), unsent_out(earlier), earlier.c.id < message_t.c.id)
        if ids is not None:
            # keep each chat's order (a case's, in a volunteer chat): not while an earlier reply waits for its retry
            due = and_(due, message_t.c.id.in_(list(ids)),
                       ~select(earlier.c.id).where(blocked_by, earlier.c.id.not_in(list(ids))).exists())
        elif not take_over:
            due = and_(due, or_(message_t.c.lease_until.is_(None), message_t.c.lease_until < now),
                       ~select(earlier.c.id).where(blocked_by, earlier.c.lease_until >= now).exists())
        if ids is None and not await self._any_on_sqlite(message_t.c.id, due):
            return []
        async with self.db.transaction() as conn:
            query = select(message_t.c.id).where(due).order_by(message_t.c.id).limit(limit)
            if not self.db.is_sqlite:
                query = query.with_for_update(skip_locked=True)
            chosen = [r.id for r in await conn.execute(query)]
            if ids is not None and len(chosen) < len(ids):
                # held back behind an earlier reply: free them for the sweep that sends that one
                await conn.execute(update(message_t).where(message_t.c.id.in_(sorted(set(ids) - set(chosen))))
                                   .values(lease_until=None))
            if not chosen:
                return []
            rows = await conn.execute(
                update(message_t).where(message_t.c.id.in_(chosen))
                .values(lease_until=now + timedelta(seconds=lease_seconds))
                .returning(message_t.c.id, message_t.c.platform, message_t.c.chat_id, message_t.c.thread_id,
                           message_t.c.body, message_t.c.attempts)
            )
            leased = sorted(rows, key=lambda r: r.id)
        return [_outbound(r.id, r.platform, r.chat_id, r.thread_id, r.body, r.attempts) for r in leased]

    async def _any_on_sqlite(self, column: Any, where: Any) -> bool:
        """Whether a row matches, asked as a reader before a periodic sweep takes SQLite's write lock: most
        sweeps find nothing, and the hot path's writer waited for each of them (four a second) under load.
        Always True on PostgreSQL, where the transaction's own SELECT ... SKIP LOCKED is the cheap question."""
        if not self.db.is_sqlite:
            return True
        async with self.db.engine.connect() as conn:
            return (await conn.execute(select(column).where(where).limit(1))).first() is not None

    @staticmethod
    def _unsent(platforms: Sequence[str]) -> Any:
        return and_(unsent_out(message_t), message_t.c.platform.in_(list(platforms)))

    async def count_unsent(self, platforms: Sequence[str]) -> int:
        async with self.db.engine.connect() as conn:
            return (await conn.execute(select(func.count()).select_from(message_t)
                                       .where(self._unsent(platforms)))).scalar_one()

    async def renew_leases(self, ids: Sequence[int], *, until: datetime) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(update(message_t).where(message_t.c.id.in_(list(ids)), message_t.c.sent_at.is_(None))
                               .values(lease_until=until))

    async def mark_sent(self, outbound_id: int, external_id: str | None, *, now: datetime) -> None:
        if self.hot is not None:
            return await self.hot.mark_sent(outbound_id, external_id, now)
        async with self.db.transaction() as conn:
            row = (await conn.execute(
                update(message_t).where(message_t.c.id == outbound_id)
                .values(sent_at=now, external_id=external_id, lease_until=None)
                .returning(message_t.c.ephemeral))).first()
            if row is not None and row.ephemeral:
                await conn.execute(delete(message_t).where(message_t.c.id == outbound_id))

    async def mark_failed(self, outbound_id: int, *, now: datetime, permanent: bool,
                          retry_at: datetime, blocked: bool = False, tried: bool = True) -> None:
        values: dict[str, Any] = {"failed_at": now} if permanent else {"lease_until": retry_at}
        if tried:
            values["attempts"] = message_t.c.attempts + 1
        async with self.db.transaction() as conn:
            row = (await conn.execute(update(message_t).where(message_t.c.id == outbound_id).values(**values)
                                      .returning(message_t.c.platform, message_t.c.chat_id,
                                                 message_t.c.contact_id))).first()
            if blocked and row is not None:
                # nothing queued for this chat can arrive either; the person is told nothing more until
                # they write again (which unblocks them)
                await conn.execute(update(message_t).where(self._unsent([row.platform]),
                                                           message_t.c.chat_id == row.chat_id)
                                   .values(failed_at=now))
                # a reply relayed from the desk has no contact on its row: the person is found by their chat
                await conn.execute(update(contact_t).where(or_(
                    contact_t.c.id == row.contact_id,
                    and_(contact_t.c.platform == row.platform, contact_t.c.chat_id == row.chat_id)))
                                   .values(blocked_at=now))

    async def resume_points(self, platform: str, days: int = 7) -> list[tuple[str, str, str]]:
        """(user id, chat id, newest stored message id) of conversations still going on, active in the
        last `days`: where a platform that never re-sends missed messages must look for them."""
        since = datetime.now(UTC) - timedelta(days=days)
        async with self.db.engine.connect() as conn:
            rows = await conn.execute(
                select(contact_t.c.external_id, contact_t.c.chat_id, message_t.c.external_id.label("last"))
                .join(conversation_t, conversation_t.c.contact_id == contact_t.c.id)
                .join(message_t, message_t.c.contact_id == contact_t.c.id)
                .where(contact_t.c.platform == platform, message_t.c.direction == "in",
                       or_(and_(conversation_t.c.status == "active", conversation_t.c.updated_at >= since),
                           # a person talking with a volunteer (or waiting for one) after the questions
                           select(case_t.c.id).where(case_t.c.contact_id == contact_t.c.id, or_(
                               case_t.c.status.in_([CaseStatus.CLAIMED.value, CaseStatus.ESCALATED.value]),
                               case_t.c.resolved_at >= since)).exists()))  # or may reopen a case resolved lately
                .order_by(contact_t.c.id, message_t.c.id.desc()))
            points: dict[str, tuple[str, str, str]] = {}
            for row in rows:
                # interaction ids ("i…") are not messages of the DM history: the newest plain id counts
                if row.external_id not in points and (row.last or "").isdigit():
                    points[row.external_id] = (row.external_id, row.chat_id, row.last)
            return list(points.values())

    # -- reading for operators and tests ---------------------------------------------------------
    async def case_by_reference(self, reference: str) -> dict[str, Any] | None:
        """A case as people quote it: `FD-2026-000123`, in any letter case, or just its number (`123`)."""
        wanted = reference.strip().upper()
        async with self.db.engine.connect() as conn:
            if wanted.isdigit():
                found = case_t.c.reference.like(f"FD-%-{int(wanted):06d}")
            else:
                found = func.upper(case_t.c.reference) == wanted
            row = (await conn.execute(select(case_t).where(found).order_by(case_t.c.id.desc()))).first()
            return dict(row._mapping) if row else None

    async def list_cases(self, limit: int = 50) -> list[dict[str, Any]]:
        async with self.db.engine.connect() as conn:
            rows = await conn.execute(select(case_t).order_by(case_t.c.id.desc()).limit(limit))
            return [dict(r._mapping) for r in rows]

    # -- the desk: case places, views, the queue, escalations ---------------------------------------
    async def place(self, case_id: int, platform: str, chat_id: str) -> PlaceRecord | None:
        async with self.db.engine.connect() as conn:
            row = (await conn.execute(select(place_t).where(
                place_t.c.case_id == case_id, place_t.c.platform == platform, place_t.c.chat_id == chat_id))).first()
        return None if row is None else PlaceRecord(row.case_id, row.platform, row.chat_id, row.thread_id,
                                                    row.card_message_id)

    async def set_place(self, case_id: int, platform: str, chat_id: str, **ids: str | None) -> None:
        where = and_(place_t.c.case_id == case_id, place_t.c.platform == platform, place_t.c.chat_id == chat_id)
        async with self.db.transaction() as conn:
            await conn.execute(self._insert(place_t).values(case_id=case_id, platform=platform, chat_id=chat_id)
                               .on_conflict_do_nothing(index_elements=["case_id", "platform", "chat_id"]))
            await conn.execute(update(place_t).where(where).values(**ids))

    async def case_view(self, reference: str | int) -> CaseView | None:
        if isinstance(reference, int):
            found: Any = case_t.c.id == reference
        else:
            wanted = reference.strip().upper()
            found = (case_t.c.reference.like(f"FD-%-{int(wanted):06d}") if wanted.isdigit()
                     else func.upper(case_t.c.reference) == wanted)
        views = await self._views(found, limit=1)
        return views[0] if views else None

    async def open_cases(self, limit: int = 50) -> list[CaseView]:
        return await self._views(case_t.c.status.not_in([CaseStatus.RESOLVED.value, CaseStatus.CLOSED.value]),
                                 limit=limit, queue=True)

    async def _views(self, where: Any, *, limit: int, queue: bool = False) -> list[CaseView]:
        order = [case_t.c.urgency.desc(), case_t.c.created_at] if queue else [case_t.c.id.desc()]
        async with self.db.engine.connect() as conn:
            rows = (await conn.execute(
                select(case_t, contact_t.c.platform.label("victim_platform"), contact_t.c.chat_id.label("victim_chat"),
                       contact_t.c.blocked_at.label("victim_blocked_at"))
                .outerjoin(contact_t, contact_t.c.id == case_t.c.contact_id)
                .where(where).order_by(*order).limit(limit))).all()
            if not rows:
                return []
            ids = [r.id for r in rows]
            places = (await conn.execute(select(place_t).where(place_t.c.case_id.in_(ids))
                                         .order_by(place_t.c.id))).all()
            escalations = (await conn.execute(select(escalation_t).where(escalation_t.c.case_id.in_(ids)))).all()
            found = (await conn.execute(select(indicator_t).where(indicator_t.c.case_id.in_(ids))
                                        .order_by(indicator_t.c.id))).all()
            files = (await conn.execute(select(evidence_t.c.case_id, *EVIDENCE_SHOWN).where(
                evidence_t.c.case_id.in_(ids)).order_by(evidence_t.c.id))).all()
            claimers = {r.claimed_by for r in rows if r.claimed_by is not None}
            volunteers = {v.id: v for v in await self._volunteers_by_id(conn, claimers)} if claimers else {}
        views = []
        for r in rows:
            escalation = next((e for e in escalations if e.case_id == r.id), None)
            views.append(CaseView(
                id=r.id, reference=r.reference, status=r.status, urgency=r.urgency, category=r.category,
                locale=r.locale, answers=r.answers or {}, reasons=list(r.reasons or []),
                human_requested=r.human_requested, created_at=_aware(r.created_at),
                victim_platform=r.victim_platform or r.platform, victim_chat=r.victim_chat,
                claimed_by=volunteers.get(r.claimed_by), claimed_at=_aware(r.claimed_at),
                places=[PlaceRecord(p.case_id, p.platform, p.chat_id, p.thread_id, p.card_message_id)
                        for p in places if p.case_id == r.id],
                escalation=None if escalation is None else EscalationRecord(
                    escalation.id, escalation.case_id, escalation.policy, escalation.step, escalation.round,
                    escalation.state, _aware(escalation.due_at), escalation.token),
                contact_id=r.contact_id, victim_blocked=r.victim_blocked_at is not None,
                first_reply_at=_aware(r.first_reply_at), resolved_at=_aware(r.resolved_at), rating=r.rating,
                comment=r.comment, feedback=r.feedback,
                indicators=[IndicatorRow(i.case_id, i.kind, i.value, i.valid) for i in found if i.case_id == r.id],
                evidence=[_evidence(f) for f in files if f.case_id == r.id]))
        return views

    async def case_messages(self, case_id: int) -> list[CaseMessageRecord]:
        async with self.db.engine.connect() as conn:
            rows = await conn.execute(select(case_message_t).where(case_message_t.c.case_id == case_id)
                                      .order_by(case_message_t.c.id))
            return [CaseMessageRecord(r.case_id, r.author, r.text, _aware(r.at), r.volunteer_id,
                                      tuple(r.files or ())) for r in rows]

    async def case_at(self, platform: str, chat_id: str, thread_id: str | None,
                      reply_to: str | None) -> int | None:
        async with self.db.engine.connect() as conn:
            if thread_id:
                found = (await conn.execute(select(place_t.c.case_id).where(
                    place_t.c.platform == platform, place_t.c.chat_id == chat_id, place_t.c.thread_id == thread_id)
                    .order_by(place_t.c.id.desc()).limit(1))).scalar()
                if found is not None:
                    return int(found)
            if not reply_to:
                return None
            found = (await conn.execute(select(place_t.c.case_id).where(
                place_t.c.platform == platform, place_t.c.chat_id == chat_id,
                or_(place_t.c.card_message_id == reply_to, place_t.c.thread_id == f"r{reply_to}"))
                .order_by(place_t.c.id.desc()).limit(1))).scalar()
            if found is None:
                found = (await conn.execute(select(message_t.c.case_id).where(
                    about_a_case_out(message_t), message_t.c.platform == platform, message_t.c.chat_id == chat_id,
                    message_t.c.external_id == reply_to).order_by(message_t.c.id.desc()).limit(1))).scalar()
            return None if found is None else int(found)

    async def case_indicators(self, case_id: int) -> list[IndicatorRow]:
        async with self.db.engine.connect() as conn:
            rows = await conn.execute(select(indicator_t).where(indicator_t.c.case_id == case_id)
                                      .order_by(indicator_t.c.id))
            return [IndicatorRow(r.case_id, r.kind, r.value, r.valid) for r in rows]

    async def case_evidence(self, case_id: int) -> list[dict[str, Any]]:
        async with self.db.engine.connect() as conn:
            rows = await conn.execute(select(*EVIDENCE_SHOWN).where(evidence_t.c.case_id == case_id)
                                      .order_by(evidence_t.c.id))
            return [_evidence(r) for r in rows]

    async def recent_claim_seconds(self, limit: int = 20) -> list[float]:
        async with self.db.engine.connect() as conn:
            rows = await conn.execute(select(case_t.c.created_at, case_t.c.claimed_at)
                                      .where(case_t.c.claimed_at.is_not(None))
                                      .order_by(case_t.c.claimed_at.desc()).limit(limit))
            return [max(0.0, (_aware(r.claimed_at) - _aware(r.created_at)).total_seconds())  # type: ignore[operator]
                    for r in rows]

    @staticmethod
    async def _volunteers_by_id(conn: AsyncConnection, ids: set[int]) -> list[VolunteerRecord]:
        rows = await conn.execute(select(volunteer_t).where(volunteer_t.c.id.in_(sorted(ids))))
        return [VolunteerRecord(r.id, r.name, r.telegram_id, r.discord_id, tuple(r.languages or ()), r.role,
                                r.on_call, tuple(r.shifts or ())) for r in rows]

    async def lease_due_escalations(self, now: datetime, *, lease_seconds: float,
                                    limit: int = 100) -> list[EscalationRecord]:
        due = and_(escalation_t.c.state.in_(TIMED_STATES), escalation_t.c.due_at <= now,
                   or_(escalation_t.c.lease_until.is_(None), escalation_t.c.lease_until < now))
        if not await self._any_on_sqlite(escalation_t.c.id, due):
            return []
        async with self.db.transaction() as conn:
            query = select(escalation_t.c.id).where(due).order_by(escalation_t.c.due_at).limit(limit)
            if not self.db.is_sqlite:
                query = query.with_for_update(skip_locked=True)
            chosen = [r.id for r in await conn.execute(query)]
            if not chosen:
                return []
            rows = await conn.execute(
                update(escalation_t).where(escalation_t.c.id.in_(chosen))
                .values(lease_until=now + timedelta(seconds=lease_seconds))
                .returning(escalation_t))
            return sorted((EscalationRecord(r.id, r.case_id, r.policy, r.step, r.round, r.state, _aware(r.due_at),
                                            r.token) for r in rows), key=lambda e: (e.due_at or now, e.id))

    async def referenced_files(self) -> set[str]:
        """Every file hash a stored row refers to: evidence, and the files of messages in and out (a file
        is written before its message is committed)."""
        async with self.db.engine.connect() as conn:
            found = {r.sha256 for r in await conn.execute(select(evidence_t.c.sha256))}
            rows = await conn.execute(select(message_t.c.body).where(message_t.c.body.is_not(None)))
            for row in rows:
                found.update(f.get("sha256") for f in (row.body or {}).get("files") or () if isinstance(f, dict))
        found.discard(None)
        found.discard("")
        return found  # type: ignore[return-value]

    async def counts(self) -> dict[str, int]:
        async with self.db.engine.connect() as conn:
            result = {}
            for name, table in (("contacts", contact_t), ("conversations", conversation_t),
                                ("cases", case_t), ("messages", message_t), ("evidence", evidence_t),
                                ("audit_events", audit_t)):
                result[name] = (await conn.execute(select(func.count()).select_from(table))).scalar_one()
            return result

    async def observe(self, now: datetime, windows: dict[str, float] | None = None) -> dict[str, Any]:
        """What /metrics reads on a scrape (bot.metrics.record_database), in three cheap statements: the unsent
        replies per platform and the oldest one's creation (the outbox index), conversations going on that moved
        within each window (seconds), open cases by status and urgency (the status index). A statement that takes
        longer than 2 s is cut short on PostgreSQL."""
        windows = windows or {"24h": 86400.0}
        unsent = unsent_out(message_t)
        going_on = conversation_t.c.status == "active"
        async with self.db.engine.connect() as conn:
            if not self.db.is_sqlite:
                await conn.execute(text("SET LOCAL statement_timeout = 2000"))
            outbox = {r.platform: (r.n, _aware(r.oldest)) for r in await conn.execute(
                select(message_t.c.platform, func.count().label("n"), func.min(message_t.c.created_at).label("oldest"))
                .where(unsent).group_by(message_t.c.platform))}
            active = (await conn.execute(select(*(
                func.count().filter(and_(going_on, conversation_t.c.updated_at >= now - timedelta(seconds=seconds)))
                for seconds in windows.values())).select_from(conversation_t))).one()
            cases = {(r.status, r.urgency): r.n for r in await conn.execute(
                select(case_t.c.status, case_t.c.urgency, func.count().label("n"))
                .where(case_t.c.status.in_(("new", "escalated", "claimed")))
                .group_by(case_t.c.status, case_t.c.urgency))}
        return {"outbox": outbox, "conversations_active": dict(zip(windows, active, strict=True)), "cases": cases}

    # -- retention and access requests (the operator's commands, and the daily job) ---------------------------
    async def purge(self, retention: Retention, *, now: datetime, dry_run: bool = False,
                    files: FileStore | None = None, unless_since: datetime | None = None) -> PurgeReport | None:
        """Apply `retention` as of `now` (see `_Purge`), then delete the files no row refers to any more from
        `files`. A dry run does the same work and rolls it back, so its counts are exactly what a purge would do.
        None: not now, because another purge holds the lock (PostgreSQL), or one ran at or after `unless_since`."""
        try:
            async with self.db.transaction() as conn:
                if not self.db.is_sqlite and not (await conn.execute(
                        text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": PURGE_LOCK})).scalar():
                    return None  # another worker (or the CLI) is purging: its result will do for this one too
                if unless_since is not None:
                    last = (await conn.execute(select(func.max(audit_t.c.at))
                                               .where(audit_t.c.action == PURGE_ACTION))).scalar()
                    if last is not None and _aware(last) >= unless_since:  # type: ignore[operator]
                        return None
                report = await _Purge(conn, retention, now).run()
                if dry_run:
                    raise _RolledBack(report)
                await conn.execute(insert(audit_t).values(
                    case_id=None, actor="operator", action=PURGE_ACTION,
                    detail={**report.counts(), "days": {"messages": retention.messages_days,
                                                        "evidence": retention.evidence_days,
                                                        "cases": retention.cases_days}}, at=now))
        except _RolledBack as rolled_back:
            rolled_back.report.dry_run = True
            return rolled_back.report
        if files is not None:
            for sha256 in report.unreferenced_files:
                files.delete(sha256)
        return report

    async def contact_export(self, platform: str, external_id: str) -> dict[str, Any] | None:
        """Everything stored about one person (an access request): their contact row, conversation, messages in
        and out with their bodies, cases with answers, conversation, indicators and evidence (metadata and
        SHA-256; the files are in the file store under that hash), and the audit events about them or their
        cases. None: nothing is stored about them (never written, or forgotten)."""
        async with self.db.engine.connect() as conn:
            contact = (await conn.execute(select(contact_t).where(
                contact_t.c.platform == platform, contact_t.c.external_id == external_id))).first()
            if contact is None:
                return None
            conversation = (await conn.execute(select(conversation_t).where(
                conversation_t.c.contact_id == contact.id))).first()
            messages = (await conn.execute(select(message_t).where(message_t.c.contact_id == contact.id)
                                           .order_by(message_t.c.id))).all()
            cases = (await conn.execute(select(case_t).where(case_t.c.contact_id == contact.id)
                                        .order_by(case_t.c.id))).all()
            ids = [case.id for case in cases]
            lines = (await conn.execute(select(case_message_t).where(case_message_t.c.case_id.in_(ids))
                                        .order_by(case_message_t.c.id))).all() if ids else []
            found = (await conn.execute(select(indicator_t).where(indicator_t.c.case_id.in_(ids))
                                        .order_by(indicator_t.c.id))).all() if ids else []
            evidence = (await conn.execute(select(evidence_t).where(or_(
                evidence_t.c.contact_id == contact.id, evidence_t.c.case_id.in_(ids))).order_by(evidence_t.c.id))).all()
            audit = (await conn.execute(select(audit_t).where(or_(
                audit_t.c.actor == f"contact:{contact.id}", audit_t.c.case_id.in_(ids))).order_by(audit_t.c.id))).all()
        references = {case.id: case.reference for case in cases}

        def plain(row: Any, *drop: str) -> dict[str, Any]:
            return {key: _aware(value) if isinstance(value, datetime) else value
                    for key, value in row._mapping.items() if key not in drop}

        return {
            "contact": plain(contact),
            "conversation": None if conversation is None else plain(conversation, "contact_id"),
            "messages": [plain(m, "contact_id", "lease_until", "attempts") for m in messages],
            "cases": [{**plain(case, "contact_id"),
                       # volunteers' ids are the desk's, not the person's: lines say who wrote by role
                       "conversation": [plain(line, "case_id", "id", "volunteer_id") for line in lines
                                        if line.case_id == case.id],
                       "indicators": [plain(i, "case_id", "id") for i in found if i.case_id == case.id]}
                      for case in cases],
            "evidence": [{**plain(e, "contact_id", "message_id"), "case": references.get(e.case_id)}
                         for e in evidence],
            "audit_events": [{**plain(a), "case": references.get(a.case_id)} for a in audit],
        }




def _outbound(row_id: int, platform: str, chat_id: str, thread_id: str | None, body: dict[str, Any],
              attempts: int) -> OutboundMessage:
    chat = ChatRef(platform, chat_id, thread_id, ChatKind(body.get("kind") or ChatKind.PRIVATE))
    role = body.get("role")
    return OutboundMessage(row_id, chat, Reply.from_json(body), attempts, Op(body.get("op") or Op.SEND),
                           body.get("target"), body.get("case_id"), PlaceRole(role) if role else None)


class _Commit:
    """One change set applied inside one transaction (see `bot.ports.ChangeSet`)."""

    def __init__(self, conn: AsyncConnection, changes: ChangeSet, lease_seconds: float) -> None:
        self.conn = conn
        self.changes = changes
        self.lease_seconds = lease_seconds
        self.now = _utcnow()
        self.contact_id = changes.contact.id if changes.contact is not None else None
        self.case_id: int | None = None

    def _case(self, case_id: int | None) -> int | None:
        return self.case_id if case_id == NEW_CASE else case_id

    async def run(self) -> Committed:
        changes = self.changes
        if self.contact_id is None and changes.key.scope == CONTACT:
            self.contact_id = (await self.conn.execute(select(contact_t.c.id).where(
                contact_t.c.platform == changes.key.platform, contact_t.c.external_id == changes.key.id))).scalar()
        await self._processed(changes.processed)
        for change in changes.case_changes:
            await self._case_change(change.reference, change.values, change.expect)
        for volunteer in changes.volunteer_changes:
            await self._conditional(volunteer_t, volunteer_t.c.id == volunteer.volunteer_id, volunteer.values,
                                    volunteer.expect, f"volunteer {volunteer.volunteer_id}")
        if changes.forget:
            unreferenced = await self._forget()
            return Committed(outbound=await self._outbox(), unreferenced_files=unreferenced)
        if changes.case is not None:
            await self._save_case()
        if changes.conversation is not None:
            await self._conversation()
        if changes.contact is not None and changes.contact_changed:
            await self._contact()
        if changes.evidence:
            await self.conn.execute(insert(evidence_t), [
                dict(contact_id=self.contact_id, case_id=self._case(row.case_id), message_id=row.message_id,
                     filename=row.file.filename, content_type=row.file.content_type, size=row.file.size,
                     sha256=row.file.sha256, received_at=self.now) for row in changes.evidence])
        if changes.case is not None and changes.case.id is None:
            # what the person sent before the case existed belongs to it
            await self.conn.execute(update(evidence_t).where(evidence_t.c.contact_id == self.contact_id,
                                                             evidence_t.c.case_id.is_(None))
                                    .values(case_id=self.case_id))
        unreferenced = await self._erase() if changes.erase else []
        for escalation in changes.escalations:
            await self._escalation(escalation)
        if changes.audit:
            await self.conn.execute(insert(audit_t), [
                dict(case_id=self._case(row.case_id), actor=row.actor, action=row.action, detail=row.detail,
                     at=self.now) for row in changes.audit])
        if changes.indicators:
            statement = (sqlite_insert if self.conn.dialect.name == "sqlite" else pg_insert)(indicator_t)
            await self.conn.execute(statement.on_conflict_do_nothing(index_elements=["case_id", "kind", "value"]), [
                dict(case_id=self._case(row.case_id), kind=row.kind, value=row.value[:512], valid=row.valid,
                     first_seen=self.now) for row in changes.indicators])
        if changes.case_messages:
            await self.conn.execute(insert(case_message_t), [
                dict(case_id=self._case(row.case_id), author=row.author, volunteer_id=row.volunteer_id,
                     text=row.text, files=list(row.files), at=self.now) for row in changes.case_messages])
        return Committed(outbound=await self._outbox(), case_id=self.case_id, unreferenced_files=unreferenced)

    async def _processed(self, ids: Sequence[int]) -> None:
        if not ids:
            return
        result = await self.conn.execute(update(message_t).where(message_t.c.id.in_(list(ids)),
                                                                  message_t.c.processed_at.is_(None))
                                          .values(processed_at=self.now))
        if result.rowcount != len(ids):
            raise ConcurrentUpdate(f"{self.changes.key}: events already processed by another worker")

    async def _conditional(self, table: Any, row: Any, values: dict[str, Any], expect: dict[str, Any],
                           what: str) -> None:
        where = [row]
        for column, value in expect.items():
            where.append(table.c[column].is_(None) if value is None else table.c[column] == value)
        result = await self.conn.execute(update(table).where(*where).values(**values))
        if result.rowcount != 1:
            raise ConcurrentUpdate(f"{what} changed underneath")

    async def _escalation(self, change: EscalationChange) -> None:
        values = dict(change.values, updated_at=self.now)
        if change.id is None:
            await self.conn.execute(insert(escalation_t).values(
                case_id=self._case(change.case_id), started_at=self.now, **{"step": 0, "round": 0, **values}))
            return
        await self._conditional(escalation_t, escalation_t.c.id == change.id, values,
                                {"token": change.expect_token} if change.expect_token else {},
                                f"escalation {change.id}")

    async def _case_change(self, reference: str, values: dict[str, Any], expect: dict[str, Any]) -> None:
        where = [case_t.c.reference == reference]
        for column, value in expect.items():
            where.append(case_t.c[column].is_(None) if value is None else case_t.c[column] == value)
        result = await self.conn.execute(update(case_t).where(*where).values({"updated_at": self.now, **values}))
        if result.rowcount != 1:
            raise ConcurrentUpdate(f"case {reference} changed underneath")

    async def _save_case(self) -> None:
        draft = self.changes.case
        assert draft is not None
        if draft.id is None:
            self.case_id = (await self.conn.execute(
                insert(case_t).values(reference=draft.reference, contact_id=self.contact_id, category=draft.category,
                                      answers=draft.answers, urgency=draft.urgency,
                                      status=(CaseStatus.ESCALATED if draft.escalated else CaseStatus.NEW).value,
                                      escalated_at=self.now if draft.escalated else None,
                                      locale=draft.locale, human_requested=draft.human, reasons=draft.reasons,
                                      platform=draft.platform, intake_complete=draft.complete,
                                      created_at=self.now, updated_at=self.now)
                .returning(case_t.c.id))).scalar_one()
            return
        values: dict[str, Any] = dict(
            category=draft.category, answers=draft.answers, updated_at=self.now,
            urgency=sql_case((case_t.c.urgency < draft.urgency, draft.urgency), else_=case_t.c.urgency))
        if draft.reasons:
            values["reasons"] = draft.reasons
        if draft.escalated:
            values["status"] = sql_case((case_t.c.status == CaseStatus.NEW.value, CaseStatus.ESCALATED.value),
                                        else_=case_t.c.status)
            values["escalated_at"] = sql_case((case_t.c.escalated_at.is_(None), self.now),
                                              else_=case_t.c.escalated_at)
        if draft.complete:
            values["intake_complete"] = True
        if draft.human:
            values["human_requested"] = True
        await self.conn.execute(update(case_t).where(case_t.c.id == draft.id).values(**values))

    async def _conversation(self) -> None:
        record = self.changes.conversation
        assert record is not None
        if record.case_id == NEW_CASE:
            record.case_id = self.case_id
        state = record.state or {}
        values = dict(flow=state.get("flow", ""), step=state.get("step", ""), state=state, status=record.status,
                      pending=record.pending, case_id=record.case_id, updated_at=self.now)
        if record.version == 0:
            await self.conn.execute(insert(conversation_t).values(
                contact_id=self.contact_id, version=1, started_at=self.now, **values))
            record.version = 1
            return
        result = await self.conn.execute(
            update(conversation_t)
            .where(conversation_t.c.contact_id == self.contact_id, conversation_t.c.version == record.version)
            .values(version=record.version + 1, **values))
        if result.rowcount != 1:
            raise ConcurrentUpdate(f"conversation of contact {self.contact_id} changed underneath")
        record.version += 1

    async def _contact(self) -> None:
        contact = self.changes.contact
        assert contact is not None
        await self.conn.execute(update(contact_t).where(contact_t.c.id == contact.id).values(
            locale=contact.locale, locale_source=contact.locale_source, language_checks=contact.language_checks,
            blocked_at=(self.now if contact.blocked else None), last_seen_at=self.now))

    async def _outbox(self) -> list[OutboundMessage]:
        """Queue the change set's outgoing rows, leased to this worker, which sends them right after the
        commit — except a chat's rows while an earlier row of that chat still waits for a retry (left to
        the sweep, which keeps each chat's order)."""
        outgoing = self.changes.outbox
        if not outgoing:
            return []
        desk = self.changes.key.scope == DESK
        lease = self.now + timedelta(seconds=self.lease_seconds)
        rows = (await self.conn.execute(
            insert(message_t).returning(message_t.c.id, sort_by_parameter_order=True),
            [dict(direction="out", scope=self.changes.key.scope, platform=item.chat.platform,
                  contact_id=None if item.ephemeral or desk else self.contact_id, chat_id=item.chat.chat_id,
                  thread_id=item.chat.thread_id, case_id=self._case(item.case_id),
                  place_case=self._case(item.case_id) if item.role else None,
                  body={**item.reply.to_json(), "op": item.op.value, "target": item.target,
                        "kind": item.chat.kind.value, "case_id": self._case(item.case_id),
                        "role": item.role.value if item.role else None},
                  created_at=self.now, attempts=0, ephemeral=item.ephemeral, lease_until=lease)
             for item in outgoing])).all()
        ids = [row.id for row in rows]
        written = [OutboundMessage(row_id, item.chat, item.reply, 0, item.op, item.target, self._case(item.case_id),
                                   item.role) for row_id, item in zip(ids, outgoing, strict=True)]
        held: set[tuple[str, str, int | None]] = set()
        for lane in dict.fromkeys(row.lane for row in written):
            platform, chat_id, place_case = lane
            waiting = (await self.conn.execute(
                select(message_t.c.id).where(SqlStore._unsent([platform]), message_t.c.chat_id == chat_id,
                                             in_lane(message_t, place_case), message_t.c.id < ids[0])
                .limit(1))).first()
            if waiting is not None:
                held.add(lane)
        if held:
            held_ids = [row.id for row in written if row.lane in held]
            await self.conn.execute(update(message_t).where(message_t.c.id.in_(held_ids)).values(lease_until=None))
        return [row for row in written if row.lane not in held]

    async def _erase(self) -> list[str]:
        contact_id = self.contact_id
        hashes = {r.sha256 for r in await self.conn.execute(
            select(evidence_t.c.sha256).where(evidence_t.c.contact_id == contact_id,
                                              evidence_t.c.case_id.is_(None))) if r.sha256}
        await self.conn.execute(delete(evidence_t).where(evidence_t.c.contact_id == contact_id,
                                                         evidence_t.c.case_id.is_(None)))
        # inbound rows keep their platform id (a redelivery is still recognised); sent replies go blank too
        await self.conn.execute(update(message_t).where(
            message_t.c.contact_id == contact_id,
            or_(message_t.c.direction == "in", message_t.c.sent_at.is_not(None))).values(body=null()))
        still_used = {r.sha256 for r in await self.conn.execute(
            select(evidence_t.c.sha256).where(evidence_t.c.sha256.in_(hashes)))} if hashes else set()
        return sorted(hashes - still_used)

    async def _forget(self) -> list[str]:
        contact_id = self.contact_id
        case_ids = [r.id for r in await self.conn.execute(select(case_t.c.id).where(case_t.c.contact_id == contact_id))]
        hashes = {r.sha256 for r in await self.conn.execute(
            select(evidence_t.c.sha256).where(evidence_t.c.contact_id == contact_id)) if r.sha256}
        await self.conn.execute(delete(evidence_t).where(evidence_t.c.contact_id == contact_id))
        await self.conn.execute(delete(conversation_t).where(conversation_t.c.contact_id == contact_id))
        if case_ids:
            await self.conn.execute(delete(audit_t).where(audit_t.c.case_id.in_(case_ids)))
            # what was relayed about the cases, at the desk or to a volunteer, goes too
            await self.conn.execute(delete(message_t).where(message_t.c.case_id.in_(case_ids)))
            references = {r.reference for r in await self.conn.execute(
                select(case_t.c.reference).where(case_t.c.id.in_(case_ids)))}
            naming = await _desk_rows_naming(self.conn, references)
            if naming:
                await self.conn.execute(delete(message_t).where(message_t.c.id.in_(naming)))
            for table in (case_message_t, escalation_t, place_t, indicator_t):
                await self.conn.execute(delete(table).where(table.c.case_id.in_(case_ids)))
        await self.conn.execute(delete(case_t).where(case_t.c.contact_id == contact_id))
        await self.conn.execute(delete(message_t).where(message_t.c.contact_id == contact_id,
                                                        message_t.c.direction == "out"))
        # inbound rows keep only the platform's message id, so a redelivery is still recognised
        await self.conn.execute(update(message_t).where(message_t.c.contact_id == contact_id)
                                .values(contact_id=None, body=null(), chat_id="", processed_at=self.now))
        await self.conn.execute(delete(contact_t).where(contact_t.c.id == contact_id))
        await self.conn.execute(insert(audit_t).values(
            case_id=None, actor="contact", action="contact_forgotten",
            detail={"cases": len(case_ids), "files": len(hashes)}, at=self.now))
        still_used = {r.sha256 for r in await self.conn.execute(
            select(evidence_t.c.sha256).where(evidence_t.c.sha256.in_(hashes)))} if hashes else set()
        return sorted(hashes - still_used)


REFERENCE = re.compile(r"FD-\d{4}-\d+")


def _may_hold(column: Any, *needles: str) -> Any:
    """SQL: the rows whose JSON `column` may contain one of `needles`: those whose JSON text does, and every sealed
    one (DATA_ENCRYPTION_KEY), which SQL cannot read; the caller checks the values it gets back."""
    text = cast(column, Text)
    return or_(text.like(f'"{MARK}%'), *(text.like(f"%{needle}%") for needle in needles))


async def _desk_rows_naming(conn: AsyncConnection, references: set[str]) -> list[int]:
    """Messages sent to the desk or a volunteer that name one of the cases but were not filed under it: a case's
    history shown by `/history` before it was filed under its case (it quotes the person as much as the case's own
    rows do), and pages and notices that name the case."""
    found: list[int] = []
    wanted = sorted(references)
    for start in range(0, len(wanted), 50):
        chunk = wanted[start:start + 50]
        rows = await conn.execute(select(message_t.c.id, message_t.c.body).where(
            message_t.c.direction == "out", message_t.c.contact_id.is_(None), message_t.c.body.is_not(None),
            _may_hold(message_t.c.body, *chunk)))
        found += [row.id for row in rows  # FD-2026-000001 is in FD-2026-0000010 too, once there are a million
                  if set(chunk) & set(REFERENCE.findall(str((row.body or {}).get("text") or "")))]
    return found


class _RolledBack(Exception):
    """A dry run's way out of its transaction, carrying what the purge would have done."""

    def __init__(self, report: PurgeReport) -> None:
        super().__init__("dry run")
        self.report = report


def _file_hashes(data: Any) -> set[str]:
    """The SHA-256s of the files a message body or a case line's `files` lists."""
    items = (data or {}).get("files") if isinstance(data, dict) else data
    return {f["sha256"] for f in items or () if isinstance(f, dict) and f.get("sha256")}


class _Purge:
    """The retention policy applied in one transaction. Nothing of a person who is being helped now (a case new,
    escalated or claimed) is touched. Older than the messages' retention: the bodies of finished message rows
    (inbound processed, outbound sent or given up) are blanked but the rows stay, so a redelivered event is still
    recognised, as `/forget` leaves them; cases' conversation lines are blanked (what happened to the case, the
    `event` lines, stays); the answers in conversations that have not moved since are emptied (as declining
    does). Older than the evidence's retention: evidence rows go, and their files once no row refers to them.
    Resolved longer ago than the cases' retention: the case keeps its reference, category, urgency and reasons
    (ids from the triage rules), dates, rating and who claimed it, for statistics; its answers, comment,
    conversation, indicators, evidence, places, escalation and every link to the person go."""

    CHUNK = 500

    def __init__(self, conn: AsyncConnection, retention: Retention, now: datetime) -> None:
        self.conn, self.retention, self.now = conn, retention, now
        self.report = PurgeReport()
        self.files: set[str] = set()  # files something purged referred to: deleted unless still referenced
        self.open_cases = select(case_t.c.id).where(case_t.c.status.in_(OPEN_STATES))
        self.helped = select(case_t.c.contact_id).where(case_t.c.status.in_(OPEN_STATES),
                                                        case_t.c.contact_id.is_not(None))

    async def run(self) -> PurgeReport:
        cutoff = Retention.cutoff
        if (before := cutoff(self.retention.cases_days, self.now)) is not None:
            await self._cases(before)
        if (before := cutoff(self.retention.evidence_days, self.now)) is not None:
            await self._evidence(before)
        if (before := cutoff(self.retention.messages_days, self.now)) is not None:
            await self._messages(before)
        self.report.unreferenced_files = sorted(self.files - await self._still_referenced())
        self.report.files = len(self.report.unreferenced_files)
        return self.report

    def _chunks(self, ids: list[int]) -> list[list[int]]:
        return [ids[i:i + self.CHUNK] for i in range(0, len(ids), self.CHUNK)]

    async def _cases(self, before: datetime) -> None:
        ended = func.coalesce(case_t.c.resolved_at, case_t.c.updated_at)
        ids = [r.id for r in await self.conn.execute(select(case_t.c.id).where(
            case_t.c.status.not_in(OPEN_STATES), ended < before, case_t.c.contact_id.is_not(None)))]
        for chunk in self._chunks(ids):
            await self._stub(chunk)
        self.report.cases += len(ids)

    async def _stub(self, ids: list[int]) -> None:
        conn = self.conn
        self.files |= {r.sha256 for r in await conn.execute(select(evidence_t.c.sha256)
                                                            .where(evidence_t.c.case_id.in_(ids)))}
        self.report.evidence += (await conn.execute(delete(evidence_t).where(evidence_t.c.case_id.in_(ids)))).rowcount
        for row in await conn.execute(select(case_message_t.c.files).where(case_message_t.c.case_id.in_(ids))):
            self.files |= _file_hashes(row.files)
        self.report.case_lines += (await conn.execute(delete(case_message_t).where(  # people's words; events follow
            case_message_t.c.case_id.in_(ids), case_message_t.c.author != "event"))).rowcount
        for table in (case_message_t, indicator_t, place_t, escalation_t):
            await conn.execute(delete(table).where(table.c.case_id.in_(ids)))
        # what was relayed about the case, to the person and to the desk, is its conversation too
        about = message_t.c.case_id.in_(ids)
        unsent = unsent_out(message_t)
        for row in await conn.execute(select(message_t.c.body).where(about, unsent)):
            self.files |= _file_hashes(row.body)
        await conn.execute(delete(message_t).where(about, unsent))  # not sent in all that time: it never will be
        await self._blank_messages(and_(about, message_t.c.body.is_not(None)))
        await conn.execute(update(message_t).where(about).values(case_id=None))
        references = {r.reference for r in await conn.execute(select(case_t.c.reference).where(case_t.c.id.in_(ids)))}
        naming = await _desk_rows_naming(conn, references)
        if naming:  # sent ones only: a row still to send needs its body
            await self._blank_messages(and_(message_t.c.id.in_(naming),
                                            or_(message_t.c.sent_at.is_not(None), message_t.c.failed_at.is_not(None))))
        await self._blank_conversations(conversation_t.c.case_id.in_(ids), unlink=True)
        # an audit row names its actor by contact id: that would tie the stub to the person again
        await conn.execute(update(audit_t).where(audit_t.c.case_id.in_(ids), audit_t.c.actor.like("contact:%"))
                           .values(actor="contact"))
        await conn.execute(update(case_t).where(case_t.c.id.in_(ids)).values(
            answers={}, comment=None, contact_id=None, updated_at=self.now))

    async def _evidence(self, before: datetime) -> None:
        old = and_(evidence_t.c.received_at < before,
                   or_(evidence_t.c.case_id.is_(None), evidence_t.c.case_id.not_in(self.open_cases)),
                   or_(evidence_t.c.contact_id.is_(None), evidence_t.c.contact_id.not_in(self.helped)))
        self.files |= {r.sha256 for r in await self.conn.execute(select(evidence_t.c.sha256).where(old))}
        self.report.evidence += (await self.conn.execute(delete(evidence_t).where(old))).rowcount

    async def _messages(self, before: datetime) -> None:
        finished = or_(and_(message_t.c.direction == "in", message_t.c.processed_at.is_not(None)),
                       and_(message_t.c.direction == "out",
                            or_(message_t.c.sent_at.is_not(None), message_t.c.failed_at.is_not(None))))
        await self._blank_messages(and_(
            message_t.c.created_at < before, message_t.c.body.is_not(None), finished,
            or_(message_t.c.contact_id.is_(None), message_t.c.contact_id.not_in(self.helped)),
            or_(message_t.c.case_id.is_(None), message_t.c.case_id.not_in(self.open_cases))))
        said = and_(case_message_t.c.at < before, case_message_t.c.author != "event",
                    case_message_t.c.case_id.not_in(self.open_cases),
                    or_(case_message_t.c.text != "", cast(case_message_t.c.files, Text) != "[]"))
        for row in await self.conn.execute(select(case_message_t.c.files).where(said)):
            self.files |= _file_hashes(row.files)
        self.report.case_lines += (await self.conn.execute(
            update(case_message_t).where(said).values(text="", files=[]))).rowcount
        await self._blank_conversations(and_(conversation_t.c.updated_at < before,
                                             conversation_t.c.contact_id.not_in(self.helped)))

    async def _blank_messages(self, where: Any) -> None:
        with_files = and_(where, _may_hold(message_t.c.body, '"sha256"'))
        for row in await self.conn.execute(select(message_t.c.body).where(with_files)):
            self.files |= _file_hashes(row.body)
        self.report.messages += (await self.conn.execute(update(message_t).where(where).values(body=null()))).rowcount

    async def _blank_conversations(self, where: Any, *, unlink: bool = False) -> None:
        """Empty the answers (and with `unlink` the case link) of the conversations `where` selects; a new version,
        so a turn that loaded one before is decided again."""
        rows = await self.conn.execute(select(conversation_t.c.id, conversation_t.c.state, conversation_t.c.version,
                                              conversation_t.c.case_id).where(where))
        for row in rows.all():
            state = dict(row.state or {})
            blank = {**state, **{key: value for key, value in ANSWERS_BLANK.items() if key in state}}
            if blank == state and not (unlink and row.case_id is not None):
                continue
            values: dict[str, Any] = {"state": blank, "version": row.version + 1}
            if unlink:
                values["case_id"] = None
            await self.conn.execute(update(conversation_t).where(conversation_t.c.id == row.id).values(**values))
            self.report.conversations += blank != state

    async def _still_referenced(self) -> set[str]:
        """Which of the files purged rows referred to some row still refers to: evidence (another person may have
        sent the same file), a message body, a case's conversation."""
        if not self.files:
            return set()
        wanted = sorted(self.files)
        found = {r.sha256 for r in await self.conn.execute(select(evidence_t.c.sha256)
                                                           .where(evidence_t.c.sha256.in_(wanted)))}
        for row in await self.conn.execute(select(message_t.c.body).where(
                message_t.c.body.is_not(None), _may_hold(message_t.c.body, '"sha256"'))):
            found |= _file_hashes(row.body)
        for row in await self.conn.execute(select(case_message_t.c.files).where(
                _may_hold(case_message_t.c.files, '"sha256"'))):
            found |= _file_hashes(row.files)
        return found & self.files

"""The SQL behind the service ports: inbox, contact transactions, outbox leases, cases, forgetting."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, insert, null, or_, select, text, update
from sqlalchemy import case as sql_case
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.domain import CaseRef, CaseStatus, ChatRef, InboundMessage, OutboundMessage, Reply, Urgency
from bot.services.ports import (
    ConcurrentUpdate,
    ContactRecord,
    ConversationRecord,
    StoredFile,
    StoredInbound,
)
from bot.storage.db import Database
from bot.storage.tables import AuditEvent, Case, Contact, Conversation, Evidence, MessageLog

contact_t = Contact.__table__
conversation_t = Conversation.__table__
case_t = Case.__table__
message_t = MessageLog.__table__
evidence_t = Evidence.__table__
audit_t = AuditEvent.__table__


def _utcnow() -> datetime:
    return datetime.now(UTC)


def case_reference(case_id: int, year: int) -> str:
    return f"FD-{year}-{case_id:06d}"


class SqlStore:
    """Implements `bot.services.ports.Store` on SQLite or PostgreSQL."""

    def __init__(self, db: Database, *, lease_seconds: float = 30.0) -> None:
        self.db = db
        self.lease_seconds = lease_seconds
        self._insert = sqlite_insert if db.is_sqlite else pg_insert

    # -- inbox -----------------------------------------------------------------------------------
    async def ingest(self, message: InboundMessage, files: Sequence[StoredFile]) -> int | None:
        now = _utcnow()
        body: dict[str, Any] = {
            "text": message.text,
            "choice": message.choice,
            "command": message.command,
            "language_hint": message.user.language_hint,
            "files": [f.__dict__ for f in files],
            "received_at": message.received_at.isoformat(),
        }
        async with self.db.transaction() as conn:
            contact_id = await self._contact_id(conn, message, now)
            row = await conn.execute(
                self._insert(message_t)
                .values(direction="in", platform=message.platform, external_id=message.external_id,
                        contact_id=contact_id, chat_id=message.chat.chat_id, body=body, created_at=now,
                        attempts=0, ephemeral=False)
                .on_conflict_do_nothing(index_elements=["platform", "external_id"],
                                        index_where=text("direction = 'in'"))
                .returning(message_t.c.id)
            )
            return row.scalar()

    async def _contact_id(self, conn: AsyncConnection, message: InboundMessage, now: datetime) -> int:
        where = and_(contact_t.c.platform == message.platform,
                     contact_t.c.external_id == message.user.external_id)
        found = (await conn.execute(select(contact_t.c.id, contact_t.c.chat_id).where(where))).first()
        if found is not None:
            if found.chat_id != message.chat.chat_id:
                await conn.execute(update(contact_t).where(contact_t.c.id == found.id)
                                   .values(chat_id=message.chat.chat_id))
            return found.id
        await conn.execute(
            self._insert(contact_t)
            .values(platform=message.platform, external_id=message.user.external_id,
                    chat_id=message.chat.chat_id, created_at=now, last_seen_at=now)
            .on_conflict_do_nothing(index_elements=["platform", "external_id"])
        )
        return (await conn.execute(select(contact_t.c.id).where(where))).scalar_one()

    async def contacts_with_unprocessed(self, limit: int = 1000) -> list[tuple[str, str]]:
        async with self.db.engine.connect() as conn:
            rows = await conn.execute(
                select(contact_t.c.platform, contact_t.c.external_id)
                .join(message_t, message_t.c.contact_id == contact_t.c.id)
                .where(message_t.c.direction == "in", message_t.c.processed_at.is_(None))
                .group_by(contact_t.c.platform, contact_t.c.external_id)
                .order_by(func.min(message_t.c.id))
                .limit(limit)
            )
            return [(r.platform, r.external_id) for r in rows]

    @contextlib.asynccontextmanager
    async def contact_transaction(self, platform: str, user_id: str) -> AsyncIterator[SqlContactTx | None]:
        async with self.db.transaction() as conn:
            query = select(contact_t).where(contact_t.c.platform == platform,
                                            contact_t.c.external_id == user_id)
            if not self.db.is_sqlite:
                # the cross-worker per-contact lock: held until this transaction ends
                query = query.with_for_update()
            row = (await conn.execute(query)).first()
            if row is None:
                yield None
                return
            yield SqlContactTx(conn, self.lease_seconds, ContactRecord(
                id=row.id, platform=row.platform, external_id=row.external_id, chat_id=row.chat_id,
                locale=row.locale, locale_source=row.locale_source, blocked=row.blocked_at is not None,
                language_checks=row.language_checks))

    # -- outbox ----------------------------------------------------------------------------------
    async def lease_outbound(self, ids: Sequence[int] | None, *, now: datetime, lease_seconds: float,
                             limit: int = 100, platforms: Sequence[str] = (),
                             take_over: bool = False) -> list[OutboundMessage]:
        """Take rows to send: the given ids, or any whose lease ran out (`take_over`: any at all).

        A row is leased to one sender at a time, so two workers never send the same reply.
        """
        due = self._unsent(platforms)
        earlier = message_t.alias("earlier")
        blocked_by = and_(earlier.c.platform == message_t.c.platform, earlier.c.chat_id == message_t.c.chat_id,
                          earlier.c.direction == "out", earlier.c.sent_at.is_(None), earlier.c.failed_at.is_(None),
                          earlier.c.id < message_t.c.id)
        if ids is not None:
            # keep each chat's order: not while an earlier reply of the chat waits for its retry
            due = and_(due, message_t.c.id.in_(list(ids)),
                       ~select(earlier.c.id).where(blocked_by, earlier.c.id.not_in(list(ids))).exists())
        elif not take_over:
            due = and_(due, or_(message_t.c.lease_until.is_(None), message_t.c.lease_until < now),
                       ~select(earlier.c.id).where(blocked_by, earlier.c.lease_until >= now).exists())
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
                .values(lease_until=now + timedelta(seconds=lease_seconds),
                        attempts=message_t.c.attempts + 1)
                .returning(message_t.c.id, message_t.c.platform, message_t.c.chat_id, message_t.c.body,
                           message_t.c.attempts)
            )
            leased = sorted(rows, key=lambda r: r.id)
        return [OutboundMessage(r.id, ChatRef(r.platform, r.chat_id), Reply.from_json(r.body), r.attempts)
                for r in leased]

    @staticmethod
    def _unsent(platforms: Sequence[str]) -> Any:
        return and_(message_t.c.direction == "out", message_t.c.sent_at.is_(None),
                    message_t.c.failed_at.is_(None), message_t.c.platform.in_(list(platforms)))

    async def count_unsent(self, platforms: Sequence[str]) -> int:
        async with self.db.engine.connect() as conn:
            return (await conn.execute(select(func.count()).select_from(message_t)
                                       .where(self._unsent(platforms)))).scalar_one()

    async def renew_leases(self, ids: Sequence[int], *, until: datetime) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(update(message_t).where(message_t.c.id.in_(list(ids)), message_t.c.sent_at.is_(None))
                               .values(lease_until=until))

    async def mark_sent(self, outbound_id: int, external_id: str | None, *, now: datetime) -> None:
        async with self.db.transaction() as conn:
            row = (await conn.execute(
                update(message_t).where(message_t.c.id == outbound_id)
                .values(sent_at=now, external_id=external_id, lease_until=None)
                .returning(message_t.c.ephemeral))).first()
            if row is not None and row.ephemeral:
                await conn.execute(delete(message_t).where(message_t.c.id == outbound_id))

    async def mark_failed(self, outbound_id: int, *, now: datetime, permanent: bool,
                          retry_at: datetime, blocked: bool = False) -> None:
        values: dict[str, Any] = {"failed_at": now} if permanent else {"lease_until": retry_at}
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
                await conn.execute(update(contact_t).where(contact_t.c.id == row.contact_id)
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
                .where(contact_t.c.platform == platform, conversation_t.c.status == "active",
                       conversation_t.c.updated_at >= since, message_t.c.direction == "in")
                .order_by(contact_t.c.id, message_t.c.id.desc()))
            points: dict[str, tuple[str, str, str]] = {}
            for row in rows:
                # interaction ids ("i…") are not messages of the DM history: the newest plain id counts
                if row.external_id not in points and (row.last or "").isdigit():
                    points[row.external_id] = (row.external_id, row.chat_id, row.last)
            return list(points.values())

    # -- reading for operators and tests ---------------------------------------------------------
    async def case_by_reference(self, reference: str) -> dict[str, Any] | None:
        async with self.db.engine.connect() as conn:
            row = (await conn.execute(select(case_t).where(case_t.c.reference == reference))).first()
            return dict(row._mapping) if row else None

    async def list_cases(self, limit: int = 50) -> list[dict[str, Any]]:
        async with self.db.engine.connect() as conn:
            rows = await conn.execute(select(case_t).order_by(case_t.c.id.desc()).limit(limit))
            return [dict(r._mapping) for r in rows]

    async def counts(self) -> dict[str, int]:
        async with self.db.engine.connect() as conn:
            result = {}
            for name, table in (("contacts", contact_t), ("conversations", conversation_t),
                                ("cases", case_t), ("messages", message_t), ("evidence", evidence_t),
                                ("audit_events", audit_t)):
                result[name] = (await conn.execute(select(func.count()).select_from(table))).scalar_one()
            return result


class SqlContactTx:
    """One transaction with one contact locked: implements `bot.services.ports.ContactTransaction`."""

    def __init__(self, conn: AsyncConnection, lease_seconds: float, contact: ContactRecord) -> None:
        self.conn = conn
        self.lease_seconds = lease_seconds
        self.contact = contact
        self._now = _utcnow()

    def savepoint(self) -> Any:
        return self.conn.begin_nested()

    async def unprocessed(self) -> list[StoredInbound]:
        rows = await self.conn.execute(
            select(message_t.c.id, message_t.c.platform, message_t.c.external_id, message_t.c.body)
            .where(message_t.c.contact_id == self.contact.id, message_t.c.direction == "in",
                   message_t.c.processed_at.is_(None))
            .order_by(message_t.c.id)
        )
        return [StoredInbound(r.id, r.platform, r.external_id, r.body or {}) for r in rows]

    async def mark_processed(self, inbound_ids: Sequence[int]) -> None:
        if inbound_ids:
            await self.conn.execute(update(message_t).where(message_t.c.id.in_(list(inbound_ids)))
                                    .values(processed_at=self._now))

    async def conversation(self) -> ConversationRecord:
        row = (await self.conn.execute(
            select(conversation_t).where(conversation_t.c.contact_id == self.contact.id))).first()
        if row is None:
            return ConversationRecord(state=None)
        return ConversationRecord(state=row.state or None, status=row.status, pending=row.pending,
                                  case_id=row.case_id, version=row.version)

    async def save_conversation(self, record: ConversationRecord) -> None:
        state = record.state or {}
        values = dict(flow=state.get("flow", ""), step=state.get("step", ""), state=state,
                      status=record.status, pending=record.pending, case_id=record.case_id,
                      updated_at=self._now)
        if record.version == 0:
            await self.conn.execute(insert(conversation_t).values(
                contact_id=self.contact.id, version=1, started_at=self._now, **values))
            record.version = 1
            return
        result = await self.conn.execute(
            update(conversation_t)
            .where(conversation_t.c.contact_id == self.contact.id, conversation_t.c.version == record.version)
            .values(version=record.version + 1, **values))
        if result.rowcount != 1:
            raise ConcurrentUpdate(f"conversation of contact {self.contact.id} changed underneath")
        record.version += 1

    async def set_locale(self, locale: str, source: str) -> None:
        await self.conn.execute(update(contact_t).where(contact_t.c.id == self.contact.id)
                                .values(locale=locale, locale_source=source))
        self.contact.locale, self.contact.locale_source = locale, source

    async def count_language_check(self) -> None:
        await self.conn.execute(update(contact_t).where(contact_t.c.id == self.contact.id)
                                .values(language_checks=contact_t.c.language_checks + 1))
        self.contact.language_checks += 1

    async def set_blocked(self, blocked: bool) -> None:
        await self.conn.execute(update(contact_t).where(contact_t.c.id == self.contact.id)
                                .values(blocked_at=self._now if blocked else None, last_seen_at=self._now))
        self.contact.blocked = blocked

    async def open_case(self, *, category: str | None, answers: dict[str, Any], urgency: int, locale: str,
                        complete: bool, human: bool) -> tuple[int, CaseRef]:
        case_id = (await self.conn.execute(
            insert(case_t).values(contact_id=self.contact.id, category=category, answers=answers,
                                  urgency=urgency, status=CaseStatus.NEW.value, locale=locale,
                                  human_requested=human, intake_complete=complete, created_at=self._now,
                                  updated_at=self._now)
            .returning(case_t.c.id))).scalar_one()
        # the reference derives from the id, so it is unique without a second counter to keep in step
        reference = case_reference(case_id, self._now.year)
        await self.conn.execute(update(case_t).where(case_t.c.id == case_id).values(reference=reference))
        await self.conn.execute(update(evidence_t).where(evidence_t.c.contact_id == self.contact.id,
                                                         evidence_t.c.case_id.is_(None))
                                .values(case_id=case_id))
        return case_id, CaseRef(reference, CaseStatus.NEW, Urgency(urgency))

    async def update_case(self, case_id: int, *, category: str | None, answers: dict[str, Any], urgency: int,
                          complete: bool, human: bool) -> CaseRef:
        values: dict[str, Any] = dict(
            category=category, answers=answers, updated_at=self._now,
            urgency=sql_case((case_t.c.urgency < urgency, urgency), else_=case_t.c.urgency))
        if complete:
            values["intake_complete"] = True
        if human:
            values["human_requested"] = True
        row = (await self.conn.execute(
            update(case_t).where(case_t.c.id == case_id).values(**values)
            .returning(case_t.c.reference, case_t.c.status, case_t.c.urgency))).one()
        return CaseRef(row.reference, CaseStatus(row.status), Urgency(row.urgency))

    async def cases(self) -> list[CaseRef]:
        rows = await self.conn.execute(
            select(case_t.c.reference, case_t.c.status, case_t.c.urgency)
            .where(case_t.c.contact_id == self.contact.id).order_by(case_t.c.id))
        return [CaseRef(r.reference, CaseStatus(r.status), Urgency(r.urgency)) for r in rows]

    async def add_evidence(self, files: Sequence[StoredFile], *, message_id: int, case_id: int | None) -> None:
        if files:
            await self.conn.execute(insert(evidence_t), [
                dict(contact_id=self.contact.id, case_id=case_id, message_id=message_id, filename=f.filename,
                     content_type=f.content_type, size=f.size, sha256=f.sha256, received_at=self._now)
                for f in files])

    async def audit(self, action: str, *, case_id: int | None, detail: dict[str, Any]) -> None:
        await self.conn.execute(insert(audit_t).values(
            case_id=case_id, actor=f"contact:{self.contact.id}", action=action, detail=detail, at=self._now))

    async def queue_replies(self, chat: ChatRef, replies: Sequence[tuple[Reply, bool]]) -> list[OutboundMessage]:
        """Put replies in the outbox, leased to this worker, which sends them right after the commit.

        Returned are those it may send now: none while an earlier reply to the same chat still waits
        for a retry (then the new ones are left to the sweep, which keeps the chat's order)."""
        if not replies:
            return []
        rows = (await self.conn.execute(
            insert(message_t).returning(message_t.c.id, sort_by_parameter_order=True),
            [dict(direction="out", platform=chat.platform, contact_id=None if ephemeral else self.contact.id,
                  chat_id=chat.chat_id, body=reply.to_json(), created_at=self._now, attempts=1,
                  ephemeral=ephemeral, lease_until=self._now + timedelta(seconds=self.lease_seconds))
             for reply, ephemeral in replies])).all()
        ids = [row.id for row in rows]
        waiting = (await self.conn.execute(
            select(message_t.c.id).where(SqlStore._unsent([chat.platform]), message_t.c.chat_id == chat.chat_id,
                                         message_t.c.id < ids[0]).limit(1))).first()
        if waiting is not None:
            await self.conn.execute(update(message_t).where(message_t.c.id.in_(ids)).values(lease_until=None))
            return []
        return [OutboundMessage(row_id, chat, reply) for row_id, (reply, _) in zip(ids, replies, strict=True)]

    async def forget_contact(self) -> list[str]:
        contact_id = self.contact.id
        case_ids = [r.id for r in await self.conn.execute(select(case_t.c.id)
                                                           .where(case_t.c.contact_id == contact_id))]
        hashes = {r.sha256 for r in await self.conn.execute(
            select(evidence_t.c.sha256).where(evidence_t.c.contact_id == contact_id))}
        await self.conn.execute(delete(evidence_t).where(evidence_t.c.contact_id == contact_id))
        await self.conn.execute(delete(conversation_t).where(conversation_t.c.contact_id == contact_id))
        if case_ids:
            await self.conn.execute(delete(audit_t).where(audit_t.c.case_id.in_(case_ids)))
        await self.conn.execute(delete(case_t).where(case_t.c.contact_id == contact_id))
        await self.conn.execute(delete(message_t).where(message_t.c.contact_id == contact_id,
                                                        message_t.c.direction == "out"))
        # inbound rows keep only the platform's message id, so a redelivery is still recognised
        await self.conn.execute(update(message_t).where(message_t.c.contact_id == contact_id)
                                .values(contact_id=None, body=null(), chat_id="", processed_at=self._now))
        await self.conn.execute(delete(contact_t).where(contact_t.c.id == contact_id))
        await self.conn.execute(insert(audit_t).values(
            case_id=None, actor="contact", action="contact_forgotten",
            detail={"cases": len(case_ids), "files": len(hashes)}, at=self._now))
        still_used = {r.sha256 for r in await self.conn.execute(
            select(evidence_t.c.sha256).where(evidence_t.c.sha256.in_(hashes)))} if hashes else set()
        return sorted(hashes - still_used)

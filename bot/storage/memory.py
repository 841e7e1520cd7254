"""The in-memory store: every storage port kept in dicts, for fast service tests (the contract of SqlStore)."""

from __future__ import annotations

import asyncio
import copy
import itertools
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

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
    order_lane,
)
from bot.ports import (
    CONTACT,
    DESK,
    NEW_CASE,
    CaseMessage,
    CaseRecord,
    CaseView,
    ChangeSet,
    Committed,
    ConcurrentUpdate,
    ContactRecord,
    ConversationRecord,
    EscalationRecord,
    IndicatorRow,
    PlaceRecord,
    Snapshot,
    StoredFile,
    StoredInbound,
    VolunteerRecord,
    WorkKey,
    inbound_body,
)
from bot.storage.memory_volunteers import MemoryVolunteers

TIMED_STATES = ("active", "watching", "reminded")


def _utcnow() -> datetime:
    return datetime.now(UTC)


class MemoryStore(MemoryVolunteers):
    """Implements `bot.ports.Store` in memory. Rows are dicts named like the SQL columns; every call
    runs without awaiting in between, so each is atomic; a commit checks everything that can refuse it
    before it changes anything."""

    def __init__(self, *, lease_seconds: float = 30.0) -> None:
        self.lease_seconds = lease_seconds
        self.contacts: dict[int, dict[str, Any]] = {}
        self.conversations: dict[int, dict[str, Any]] = {}  # by contact id
        self.cases: dict[int, dict[str, Any]] = {}
        self.messages: dict[int, dict[str, Any]] = {}  # the message log: inbound (inbox) and outbound (outbox)
        self.evidence: dict[int, dict[str, Any]] = {}
        self.audit_events: dict[int, dict[str, Any]] = {}
        self._ids = {name: itertools.count(1) for name in
                     ("contact", "conversation", "cases", "message_log", "evidence", "audit_event", "escalation")}
        self._case_numbers = itertools.count(1)
        self._lock = asyncio.Lock()
        self.escalations: dict[int, dict[str, Any]] = {}
        self.places: dict[tuple[int, str, str], dict[str, Any]] = {}
        self.case_log: list[dict[str, Any]] = []  # the cases' conversations (table case_message)
        self.indicators: dict[tuple[int, str, str], dict[str, Any]] = {}

    def _next_id(self, table: str) -> int:
        return next(self._ids[table])

    def _contact(self, platform: str, external_id: str) -> dict[str, Any] | None:
        return next((c for c in self.contacts.values()
                     if c["platform"] == platform and c["external_id"] == external_id), None)

    def _key_of(self, row: dict[str, Any]) -> WorkKey:
        if row["contact_id"] is not None:
            return WorkKey(row["platform"], CONTACT, self.contacts[row["contact_id"]]["external_id"])
        return WorkKey(row["platform"], DESK, row["chat_id"])

    # -- inbox -----------------------------------------------------------------------------------
    async def ingest(self, message: InboundMessage, files: Sequence[StoredFile]) -> int | None:
        if any(row["direction"] == "in" and row["platform"] == message.platform
               and row["external_id"] == message.external_id for row in self.messages.values()):
            return None
        now = _utcnow()
        contact_id = None
        if WorkKey.of(message).scope == CONTACT:
            contact_id = self._upsert_contact(message, now)
        row_id = self._next_id("message_log")
        self.messages[row_id] = {
            "id": row_id, "direction": "in", "platform": message.platform, "external_id": message.external_id,
            "contact_id": contact_id, "chat_id": message.chat.chat_id, "thread_id": message.chat.thread_id,
            "kind": message.chat.kind.value, "body": copy.deepcopy(inbound_body(message, files)),
            "op": None, "target": None, "created_at": now, "processed_at": None, "sent_at": None,
            "failed_at": None, "lease_until": None, "attempts": 0, "ephemeral": False}
        return row_id

    async def ingest_many(self, events: Sequence[tuple[InboundMessage, Sequence[StoredFile]]]) -> list[int | None]:
        return [await self.ingest(message, files) for message, files in events]

    def _upsert_contact(self, message: InboundMessage, now: datetime) -> int:
        private = message.chat.kind is ChatKind.PRIVATE
        found = self._contact(message.platform, message.user.external_id)
        if found is not None:
            if private:
                found["chat_id"] = message.chat.chat_id
            found["last_seen_at"] = now
            return found["id"]
        contact_id = self._next_id("contact")
        self.contacts[contact_id] = {
            "id": contact_id, "platform": message.platform, "external_id": message.user.external_id,
            "chat_id": message.chat.chat_id if private else "", "locale": None, "locale_source": None,
            "language_checks": 0, "created_at": now, "last_seen_at": now, "blocked_at": None}
        return contact_id

    async def pending_keys(self, limit: int) -> list[WorkKey]:
        keys: list[WorkKey] = []
        for row in sorted(self.messages.values(), key=lambda r: r["id"]):
            if row["direction"] == "in" and row["processed_at"] is None:
                key = self._key_of(row)
                if key not in keys:
                    keys.append(key)
        return keys[:limit]

    # -- a turn ----------------------------------------------------------------------------------
    async def load(self, key: WorkKey) -> Snapshot | None:
        contact = None
        if key.scope == CONTACT:
            contact = self._contact(key.platform, key.id)
            if contact is None:
                return None
        inbound = [StoredInbound(r["id"], r["platform"], r["external_id"], copy.deepcopy(r["body"] or {}))
                   for r in sorted(self.messages.values(), key=lambda r: r["id"])
                   if r["direction"] == "in" and r["processed_at"] is None and self._key_of(r) == key]
        if contact is None:
            return Snapshot(key, inbound)
        record = ContactRecord(
            id=contact["id"], platform=contact["platform"], external_id=contact["external_id"],
            chat_id=contact["chat_id"], locale=contact["locale"], locale_source=contact["locale_source"],
            blocked=contact["blocked_at"] is not None, language_checks=contact["language_checks"])
        stored = self.conversations.get(contact["id"])
        conversation = ConversationRecord(state=None) if stored is None else ConversationRecord(
            state=copy.deepcopy(stored["state"]) or None, status=stored["status"], pending=stored["pending"],
            case_id=stored["case_id"], version=stored["version"], updated_at=stored["updated_at"])
        cases = [CaseRecord(c["id"], CaseRef(c["reference"], CaseStatus(c["status"]), Urgency(c["urgency"])),
                            c.get("claimed_by"), c.get("resolved_at"), c.get("feedback"))
                 for c in sorted(self.cases.values(), key=lambda c: c["id"]) if c["contact_id"] == contact["id"]]
        return Snapshot(key, inbound, record, conversation, cases)

    async def next_case_number(self) -> int:
        return next(self._case_numbers)

    async def commit(self, changes: ChangeSet) -> Committed:
        async with self._lock:
            self._check(changes)
            return self._apply(changes, _utcnow())

    def _by_reference(self, reference: str) -> dict[str, Any] | None:
        return next((c for c in self.cases.values() if c["reference"] == reference), None)

    def _check(self, changes: ChangeSet) -> None:
        """Everything that refuses a change set, before any of it is applied."""
        key = changes.key
        contact = self._contact(key.platform, key.id) if key.scope == CONTACT else None
        needs_contact = not changes.forget and (
            bool(changes.contact or changes.case or changes.evidence) or changes.conversation is not None)
        if key.scope == CONTACT and contact is None and needs_contact:
            raise ConcurrentUpdate(f"contact {key.id} on {key.platform} is gone")
        # conditional case updates, in order, each seeing the ones before it
        seen: dict[str, dict[str, Any]] = {}
        for change in changes.case_changes:
            found = self._by_reference(change.reference)
            if found is None:
                raise ConcurrentUpdate(f"case {change.reference} is gone")
            current = seen.setdefault(change.reference, dict(found))
            differing = [name for name, value in change.expect.items() if current.get(name) != value]
            if differing:
                raise ConcurrentUpdate(f"case {change.reference} changed underneath: {', '.join(differing)}")
            current.update(change.values)
        self._check_volunteer_changes(changes)
        for escalation in changes.escalations:
            if escalation.id is not None:
                found = self.escalations.get(escalation.id)
                if found is None or (escalation.expect_token and found["token"] != escalation.expect_token):
                    raise ConcurrentUpdate(f"escalation {escalation.id} changed underneath")
        for inbound_id in changes.processed:
            row = self.messages.get(inbound_id)
            if row is None or row["direction"] != "in" or row["processed_at"] is not None:
                raise ConcurrentUpdate(f"{key}: events already processed by another worker")
        record = changes.conversation
        if record is not None and not changes.forget and contact is not None:
            stored = self.conversations.get(contact["id"])
            if (stored is not None if record.version == 0 else
                    stored is None or stored["version"] != record.version):
                raise ConcurrentUpdate(f"conversation of contact {contact['id']} changed underneath")
        draft = changes.case
        if draft is not None and not changes.forget:
            if draft.id is None and self._by_reference(draft.reference) is not None:
                raise ConcurrentUpdate(f"case reference {draft.reference} is taken")
            if draft.id is not None and draft.id not in self.cases:
                raise ConcurrentUpdate(f"case {draft.id} is gone")

    def _apply(self, changes: ChangeSet, now: datetime) -> Committed:
        key = changes.key
        contact = self._contact(key.platform, key.id) if key.scope == CONTACT else None
        done = Committed()
        for change in changes.case_changes:
            found = self._by_reference(change.reference)
            assert found is not None
            found.update({"updated_at": now, **copy.deepcopy(change.values)})
        if contact is not None and not changes.forget:
            if changes.conversation is not None:
                self._save_conversation(contact["id"], changes.conversation, now)
            if changes.contact is not None:
                saved = changes.contact
                contact.update(locale=saved.locale, locale_source=saved.locale_source,
                               language_checks=saved.language_checks, last_seen_at=now)
                if not saved.blocked:
                    contact["blocked_at"] = None
                elif contact["blocked_at"] is None:
                    contact["blocked_at"] = now
            if changes.case is not None:
                done.case_id = self._save_case(contact["id"], changes, now)
        new_case = done.case_id

        def case_of(case_id: int | None) -> int | None:
            return new_case if case_id == NEW_CASE else case_id

        if contact is not None and not changes.forget:
            if changes.conversation is not None and changes.conversation.case_id == NEW_CASE:
                changes.conversation.case_id = new_case
                self.conversations[contact["id"]]["case_id"] = new_case
            for row in changes.evidence:
                row_id = self._next_id("evidence")
                self.evidence[row_id] = {
                    "id": row_id, "contact_id": contact["id"], "case_id": case_of(row.case_id),
                    "message_id": row.message_id, "filename": row.file.filename,
                    "content_type": row.file.content_type, "size": row.file.size, "sha256": row.file.sha256,
                    "received_at": now}
            if new_case is not None:
                # the case gathers the files the person sent before it was opened
                for row in self.evidence.values():
                    if row["contact_id"] == contact["id"] and row["case_id"] is None:
                        row["case_id"] = new_case
        self._apply_volunteer_changes(changes)
        for escalation in changes.escalations:
            values = {**copy.deepcopy(escalation.values), "updated_at": now}
            if escalation.id is None:
                row_id = self._next_id("escalation")
                self.escalations[row_id] = {"id": row_id, "case_id": case_of(escalation.case_id), "step": 0,
                                            "round": 0, "lease_until": None, "started_at": now, **values}
            else:
                self.escalations[escalation.id].update(values)
        if changes.erase and contact is not None and not changes.forget:
            done.unreferenced_files = self._erase(contact["id"])
        for audit in changes.audit:
            self._audit(case_of(audit.case_id), audit.actor, audit.action, audit.detail, now)
        for found in changes.indicators:
            key = (case_of(found.case_id), found.kind, found.value[:512])
            self.indicators.setdefault(key, {"valid": found.valid, "first_seen": now, "order": len(self.indicators)})
        for line in changes.case_messages:
            self.case_log.append({"case_id": case_of(line.case_id), "author": line.author, "text": line.text,
                                  "at": now, "volunteer_id": line.volunteer_id,
                                  "files": copy.deepcopy(list(line.files))})
        for inbound_id in changes.processed:
            self.messages[inbound_id]["processed_at"] = now
        forgotten = False
        if changes.forget and contact is not None:
            done.unreferenced_files = self._forget(contact["id"], now)
            forgotten = True
        owner = contact["id"] if contact is not None and not forgotten else None
        done.outbound = self._queue(changes, owner, now, new_case)
        return done

    def _save_conversation(self, contact_id: int, record: ConversationRecord, now: datetime) -> None:
        state = copy.deepcopy(record.state or {})
        values = {"flow": state.get("flow", ""), "step": state.get("step", ""), "state": state,
                  "status": record.status, "pending": record.pending, "case_id": record.case_id,
                  "updated_at": now}
        if record.version == 0:
            self.conversations[contact_id] = {"id": self._next_id("conversation"), "contact_id": contact_id,
                                              "version": 1, "started_at": now, **values}
            record.version = 1
            return
        stored = self.conversations[contact_id]
        stored.update(values, version=record.version + 1)
        record.version += 1

    def _save_case(self, contact_id: int, changes: ChangeSet, now: datetime) -> int | None:
        draft = changes.case
        assert draft is not None
        if draft.id is not None:
            case = self.cases[draft.id]
            case.update(category=draft.category, answers=copy.deepcopy(draft.answers),
                        urgency=max(case["urgency"], int(draft.urgency)), updated_at=now)
            case["intake_complete"] = case["intake_complete"] or draft.complete
            case["human_requested"] = case["human_requested"] or draft.human
            if draft.reasons:
                case["reasons"] = list(draft.reasons)
            if draft.escalated and case["status"] == CaseStatus.NEW.value:
                case.update(status=CaseStatus.ESCALATED.value, escalated_at=case.get("escalated_at") or now)
            return None
        case_id = self._next_id("cases")
        self.cases[case_id] = {
            "id": case_id, "reference": draft.reference, "contact_id": contact_id, "category": draft.category,
            "answers": copy.deepcopy(draft.answers), "urgency": int(draft.urgency), "status": CaseStatus.NEW.value,
            "locale": draft.locale, "human_requested": draft.human, "intake_complete": draft.complete,
            "reasons": list(draft.reasons), "platform": draft.platform, "claimed_by": None, "claimed_at": None,
            "escalated_at": now if draft.escalated else None, "resolved_at": None, "created_at": now,
            "updated_at": now, "first_reply_at": None, "rating": None, "comment": None, "feedback": None}
        if draft.escalated:
            self.cases[case_id]["status"] = CaseStatus.ESCALATED.value
        return case_id

    def _audit(self, case_id: int | None, actor: str, action: str, detail: dict[str, Any], now: datetime) -> None:
        row_id = self._next_id("audit_event")
        self.audit_events[row_id] = {"id": row_id, "case_id": case_id, "actor": actor, "action": action,
                                     "detail": copy.deepcopy(detail), "at": now}

    def _erase(self, contact_id: int) -> list[str]:
        hashes = {e["sha256"] for e in self.evidence.values() if e["contact_id"] == contact_id and e["case_id"] is None}
        self.evidence = {i: e for i, e in self.evidence.items()
                         if not (e["contact_id"] == contact_id and e["case_id"] is None)}
        for row in self.messages.values():
            if row["contact_id"] == contact_id and (row["direction"] == "in" or row.get("sent_at") is not None):
                row["body"] = None
        still_used = {e["sha256"] for e in self.evidence.values()}
        return sorted(h for h in hashes - still_used if h)

    def _forget(self, contact_id: int, now: datetime) -> list[str]:
        case_ids = {c["id"] for c in self.cases.values() if c["contact_id"] == contact_id}
        hashes = {e["sha256"] for e in self.evidence.values() if e["contact_id"] == contact_id}
        self.evidence = {i: e for i, e in self.evidence.items() if e["contact_id"] != contact_id}
        self.conversations.pop(contact_id, None)
        self.audit_events = {i: a for i, a in self.audit_events.items() if a["case_id"] not in case_ids}
        self.cases = {i: c for i, c in self.cases.items() if i not in case_ids}
        self.case_log = [line for line in self.case_log if line["case_id"] not in case_ids]
        self.indicators = {k: v for k, v in self.indicators.items() if k[0] not in case_ids}
        self.escalations = {i: e for i, e in self.escalations.items() if e["case_id"] not in case_ids}
        self.places = {k: v for k, v in self.places.items() if k[0] not in case_ids}
        self.messages = {i: m for i, m in self.messages.items()
                         if not (m["contact_id"] == contact_id and m["direction"] == "out")
                         and not (m.get("case_id") in case_ids and m["direction"] == "out")}
        for row in self.messages.values():
            if row["contact_id"] == contact_id:
                # only the platform's id stays, so that a redelivery is still recognised
                row.update(contact_id=None, body=None, chat_id="", thread_id=None, processed_at=now)
        del self.contacts[contact_id]
        self._audit(None, "contact", "contact_forgotten", {"cases": len(case_ids), "files": len(hashes)}, now)
        still_used = {e["sha256"] for e in self.evidence.values()}
        return sorted(h for h in hashes - still_used if h)

    def _queue(self, changes: ChangeSet, contact_id: int | None, now: datetime,
               new_case: int | None = None) -> list[OutboundMessage]:
        if not changes.outbox:
            return []
        first_new = None
        rows = []
        for item in changes.outbox:
            row_id = self._next_id("message_log")
            first_new = first_new or row_id
            chat = item.chat
            row = {
                "id": row_id, "direction": "out", "platform": chat.platform, "external_id": None,
                "contact_id": None if item.ephemeral or changes.key.scope == DESK else contact_id,
                "chat_id": chat.chat_id, "thread_id": chat.thread_id, "kind": chat.kind.value,
                "body": item.reply.to_json(), "op": item.op.value, "target": item.target, "created_at": now,
                "case_id": new_case if item.case_id == NEW_CASE else item.case_id,
                "role": item.role.value if item.role else None,
                "processed_at": None, "sent_at": None, "failed_at": None,
                "lease_until": now + timedelta(seconds=self.lease_seconds), "attempts": 0,
                "ephemeral": item.ephemeral}
            self.messages[row_id] = row
            rows.append(row)
        # a lane with an earlier reply still waiting keeps its order: the sweep sends these after it
        waiting = {_lane(r) for r in self.messages.values() if self._unsent(r) and r["id"] < first_new}
        sendable = []
        for row in rows:
            if _lane(row) in waiting:
                row["lease_until"] = None
            else:
                sendable.append(self._outbound(row))
        return sendable

    # -- outbox ----------------------------------------------------------------------------------
    @staticmethod
    def _unsent(row: dict[str, Any]) -> bool:
        return row["direction"] == "out" and row["sent_at"] is None and row["failed_at"] is None

    @staticmethod
    def _outbound(row: dict[str, Any]) -> OutboundMessage:
        chat = ChatRef(row["platform"], row["chat_id"], row["thread_id"], ChatKind(row["kind"]))
        role = row.get("role")
        return OutboundMessage(row["id"], chat, Reply.from_json(row["body"]), row["attempts"], Op(row["op"]),
                               row["target"], row.get("case_id"), PlaceRole(role) if role else None)

    async def lease_outbound(self, ids: Sequence[int] | None, *, now: datetime, lease_seconds: float,
                             limit: int = 100, platforms: Sequence[str] = (),
                             take_over: bool = False) -> list[OutboundMessage]:
        unsent = sorted((r for r in self.messages.values() if self._unsent(r)), key=lambda r: r["id"])

        def earlier(row: dict[str, Any]) -> list[dict[str, Any]]:
            return [r for r in unsent if r["id"] < row["id"] and _lane(r) == _lane(row)]

        candidates = [r for r in unsent if r["platform"] in platforms]
        if ids is not None:
            wanted = set(ids)
            candidates = [r for r in candidates if r["id"] in wanted
                          and not any(e["id"] not in wanted for e in earlier(r))]
        elif not take_over:
            candidates = [r for r in candidates if (r["lease_until"] is None or r["lease_until"] < now)
                          and not any(e["lease_until"] is not None and e["lease_until"] >= now for e in earlier(r))]
        chosen = candidates[:limit]
        if ids is not None:
            # held back behind an earlier reply: free them for the sweep that sends that one
            for row_id in set(ids) - {r["id"] for r in chosen}:
                if row_id in self.messages:
                    self.messages[row_id]["lease_until"] = None
        for row in chosen:
            row["lease_until"] = now + timedelta(seconds=lease_seconds)
        return [self._outbound(r) for r in chosen]

    async def count_unsent(self, platforms: Sequence[str]) -> int:
        return sum(1 for r in self.messages.values() if self._unsent(r) and r["platform"] in platforms)

    async def renew_leases(self, ids: Sequence[int], *, until: datetime) -> None:
        for row_id in ids:
            row = self.messages.get(row_id)
            if row is not None and row["sent_at"] is None:
                row["lease_until"] = until

    async def mark_sent(self, outbound_id: int, external_id: str | None, *, now: datetime) -> None:
        row = self.messages.get(outbound_id)
        if row is None:
            return
        if row["ephemeral"]:
            del self.messages[outbound_id]
            return
        row.update(sent_at=now, external_id=external_id, lease_until=None)

    async def mark_failed(self, outbound_id: int, *, now: datetime, permanent: bool,
                          retry_at: datetime, blocked: bool = False, tried: bool = True) -> None:
        row = self.messages.get(outbound_id)
        if row is None:
            return
        row["attempts"] += tried
        if permanent:
            row["failed_at"] = now
        else:
            row["lease_until"] = retry_at
        if blocked:
            # nothing queued for this chat can arrive either, until the person writes again
            for other in self.messages.values():
                if self._unsent(other) and other["platform"] == row["platform"] \
                        and other["chat_id"] == row["chat_id"]:
                    other["failed_at"] = now
            for contact in self.contacts.values():  # a relayed reply has no contact: found by its chat
                if contact["id"] == row["contact_id"] or (contact["platform"], contact["chat_id"]) == \
                        (row["platform"], row["chat_id"]):
                    contact["blocked_at"] = now

    async def resume_points(self, platform: str, days: int = 7) -> list[tuple[str, str, str]]:
        """(user id, chat id, newest stored plain-digit message id) of conversations still going on,
        active in the last `days`."""
        since = _utcnow() - timedelta(days=days)
        points = []
        for contact in sorted(self.contacts.values(), key=lambda c: c["id"]):
            conversation = self.conversations.get(contact["id"])
            talking = any(c["contact_id"] == contact["id"] and (
                c["status"] in (CaseStatus.CLAIMED.value, CaseStatus.ESCALATED.value)
                or (c.get("resolved_at") is not None and c["resolved_at"] >= since)) for c in self.cases.values())
            going_on = conversation is not None and conversation["status"] == "active" \
                and conversation["updated_at"] >= since
            if contact["platform"] != platform or not (going_on or talking):
                continue
            last = next((m["external_id"] for m in sorted(self.messages.values(), key=lambda m: -m["id"])
                         if m["direction"] == "in" and m["contact_id"] == contact["id"]
                         and (m["external_id"] or "").isdigit()), None)
            if last is not None:
                points.append((contact["external_id"], contact["chat_id"], last))
        return points

    # -- reading for operators and tests ---------------------------------------------------------
    # -- the desk: case places, views, the queue, escalations ---------------------------------------
    async def place(self, case_id: int, platform: str, chat_id: str) -> PlaceRecord | None:
        row = self.places.get((case_id, platform, chat_id))
        return None if row is None else PlaceRecord(case_id, platform, chat_id, row.get("thread_id"),
                                                    row.get("card_message_id"))

    async def set_place(self, case_id: int, platform: str, chat_id: str, **ids: str | None) -> None:
        self.places.setdefault((case_id, platform, chat_id), {}).update(ids)

    async def case_view(self, reference: str | int) -> CaseView | None:
        if isinstance(reference, int):
            case = self.cases.get(reference)
        else:
            found = await self.case_by_reference(reference)
            case = self.cases.get(found["id"]) if found else None
        return None if case is None else self._view(case)

    async def open_cases(self, limit: int = 50) -> list[CaseView]:
        open_ = [c for c in self.cases.values() if c["status"] not in (CaseStatus.RESOLVED.value,
                                                                       CaseStatus.CLOSED.value)]
        open_.sort(key=lambda c: (-c["urgency"], c["created_at"]))
        return [self._view(c) for c in open_[:limit]]

    def _view(self, case: dict[str, Any]) -> CaseView:
        contact = self.contacts.get(case["contact_id"]) if case["contact_id"] is not None else None
        claimer = self._volunteer_rows().get(case.get("claimed_by")) if case.get("claimed_by") else None
        escalation = next((e for e in self.escalations.values() if e["case_id"] == case["id"]), None)
        return CaseView(
            id=case["id"], reference=case["reference"], status=case["status"], urgency=case["urgency"],
            category=case["category"], locale=case["locale"], answers=copy.deepcopy(case["answers"]),
            reasons=list(case.get("reasons") or []), human_requested=case["human_requested"],
            created_at=case["created_at"], victim_platform=contact["platform"] if contact else case.get("platform"),
            victim_chat=contact["chat_id"] if contact else None,
            claimed_by=self._volunteer_record(claimer) if claimer else None, claimed_at=case.get("claimed_at"),
            places=[PlaceRecord(case_id, platform, chat_id, row.get("thread_id"), row.get("card_message_id"))
                    for (case_id, platform, chat_id), row in self.places.items() if case_id == case["id"]],
            escalation=None if escalation is None else self._escalation_record(escalation),
            contact_id=case["contact_id"], victim_blocked=bool(contact and contact["blocked_at"] is not None),
            first_reply_at=case.get("first_reply_at"), resolved_at=case.get("resolved_at"), rating=case.get("rating"),
            comment=case.get("comment"), feedback=case.get("feedback"),
            indicators=[IndicatorRow(k[0], k[1], k[2], v["valid"]) for k, v in
                        sorted(self.indicators.items(), key=lambda kv: kv[1]["order"]) if k[0] == case["id"]],
            evidence=self._case_evidence(case["id"]))

    async def case_messages(self, case_id: int) -> list[CaseMessage]:
        return [CaseMessage(line["case_id"], line["author"], line["text"], line["at"], line["volunteer_id"],
                            tuple(copy.deepcopy(line["files"])))
                for line in self.case_log if line["case_id"] == case_id]

    async def case_at(self, platform: str, chat_id: str, thread_id: str | None,
                      reply_to: str | None) -> int | None:
        places = [(k[0], v) for k, v in sorted(self.places.items(), key=lambda kv: -kv[0][0])
                  if k[1] == platform and k[2] == chat_id]
        if thread_id:
            found = next((case_id for case_id, v in places if v.get("thread_id") == thread_id), None)
            if found is not None:
                return found
        if not reply_to:
            return None
        found = next((case_id for case_id, v in places
                      if reply_to == v.get("card_message_id") or v.get("thread_id") == f"r{reply_to}"), None)
        if found is None:
            found = next((m["case_id"] for m in sorted(self.messages.values(), key=lambda m: -m["id"])
                          if m["direction"] == "out" and m["platform"] == platform and m["chat_id"] == chat_id
                          and m["external_id"] == reply_to and m.get("case_id") is not None), None)
        return found

    async def case_indicators(self, case_id: int) -> list[IndicatorRow]:
        found = sorted((v["order"], k) for k, v in self.indicators.items() if k[0] == case_id)
        return [IndicatorRow(k[0], k[1], k[2], self.indicators[k]["valid"]) for _, k in found]

    async def case_evidence(self, case_id: int) -> list[dict[str, Any]]:
        return self._case_evidence(case_id)

    def _case_evidence(self, case_id: int) -> list[dict[str, Any]]:
        return [{"filename": e["filename"], "content_type": e["content_type"], "size": e["size"],
                 "sha256": e["sha256"], "received_at": e["received_at"]}
                for e in sorted(self.evidence.values(), key=lambda e: e["id"]) if e["case_id"] == case_id]

    async def recent_claim_seconds(self, limit: int = 20) -> list[float]:
        claimed = sorted((c for c in self.cases.values() if c.get("claimed_at") is not None),
                         key=lambda c: c["claimed_at"], reverse=True)[:limit]
        return [max(0.0, (c["claimed_at"] - c["created_at"]).total_seconds()) for c in claimed]

    @staticmethod
    def _escalation_record(row: dict[str, Any]) -> EscalationRecord:
        return EscalationRecord(row["id"], row["case_id"], copy.deepcopy(row["policy"]), row["step"], row["round"],
                                row["state"], row["due_at"], row["token"])

    @staticmethod
    def _volunteer_record(row: dict[str, Any]) -> VolunteerRecord:
        return VolunteerRecord(row["id"], row["name"], row.get("telegram_id"), row.get("discord_id"),
                               tuple(row.get("languages") or ()), row.get("role", "volunteer"),
                               bool(row.get("on_call")), tuple(row.get("shifts") or ()))

    def _volunteer_rows(self) -> dict[int, dict[str, Any]]:
        if not hasattr(self, "volunteer_rows"):
            self.volunteer_rows = {}
        return self.volunteer_rows

    async def lease_due_escalations(self, now: datetime, *, lease_seconds: float,
                                    limit: int = 100) -> list[EscalationRecord]:
        due = sorted((e for e in self.escalations.values()
                      if e["state"] in TIMED_STATES and e["due_at"] is not None and e["due_at"] <= now
                      and (e["lease_until"] is None or e["lease_until"] < now)), key=lambda e: (e["due_at"], e["id"]))
        for row in due[:limit]:
            row["lease_until"] = now + timedelta(seconds=lease_seconds)
        return [self._escalation_record(row) for row in due[:limit]]

    async def case_by_reference(self, reference: str) -> dict[str, Any] | None:
        wanted = reference.strip().upper()
        for case in sorted(self.cases.values(), key=lambda c: -c["id"]):
            quoted = (case["reference"] or "").upper()
            if quoted == wanted or (wanted.isdigit() and quoted.endswith(f"-{int(wanted):06d}")):
                return copy.deepcopy(case)
        return None

    async def list_cases(self, limit: int = 50) -> list[dict[str, Any]]:
        return [copy.deepcopy(c) for c in sorted(self.cases.values(), key=lambda c: -c["id"])[:limit]]

    async def counts(self) -> dict[str, int]:
        return {"contacts": len(self.contacts), "conversations": len(self.conversations), "cases": len(self.cases),
                "messages": len(self.messages), "evidence": len(self.evidence),
                "audit_events": len(self.audit_events)}

    async def rows(self, table: str) -> list[dict[str, Any]]:
        """Copies of a table's rows by id, named as in SQL (contact, conversation, cases, message_log,
        evidence, audit_event)."""
        tables = {"contact": self.contacts, "conversation": self.conversations, "cases": self.cases,
                  "message_log": self.messages, "evidence": self.evidence, "audit_event": self.audit_events}
        return [copy.deepcopy(r) for r in sorted(tables[table].values(), key=lambda r: r["id"])]


class MemoryFileStore:
    """Evidence files in a dict, addressed by SHA-256 like the disk store."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def put(self, data: bytes) -> str:
        import hashlib

        sha256 = hashlib.sha256(data).hexdigest()
        self.files[sha256] = data
        return sha256

    def read(self, sha256: str) -> bytes | None:
        return self.files.get(sha256)

    def delete(self, sha256: str) -> None:
        self.files.pop(sha256, None)


def _lane(row: dict[str, Any]) -> tuple[str, str, int | None]:
    return order_lane(row["platform"], row["chat_id"], row.get("role"), row.get("case_id"))

"""The contracts between the core and the outside world: channels, the inbox, and storage by aggregate."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from bot.domain import CaseRef, ChatRef, InboundMessage, OutboundMessage, Outgoing, Reply

# -- channels ---------------------------------------------------------------------------------------


class Inbox(Protocol):
    """What a channel hands events to. `ingest` returns once the event is stored (False: it was a
    redelivery); only then may the channel confirm it to its platform. `process` answers it (and
    everything else stored for the same person or desk chat, oldest first)."""

    async def ingest(self, message: InboundMessage) -> bool: ...

    async def ingest_many(self, messages: Sequence[InboundMessage]) -> list[bool]:
        """Several events stored at once, in order (a Telegram `getUpdates` batch): one transaction."""
        ...

    async def process(self, message: InboundMessage, *, decided: Callable[[], None] | None = None) -> None:
        """`decided` is called once the answer is committed, before it is sent: sending may wait in a platform's
        rate limiter, and the channel's bound on concurrent work should not count that wait."""
        ...


class Channel(Protocol):
    """One platform, both audiences. Inbound, it turns the platform's updates into `InboundMessage`s
    (a victim's private chat, or a desk chat and thread) and hands them to the inbox; outbound, the
    outbox calls the methods below, and only the outbox does: every text goes through the message log.

    Each outbound method raises `bot.domain.DeliveryError` when the platform refuses or is unreachable.
    A channel may also say `joins_answers = True`: the outbox then sends a turn's messages to a person, up to the
    one with buttons, as one post (the others do not have the attribute).
    """

    platform: str

    async def start(self) -> None:
        """Connect and begin listening; returns once the channel is ready to send."""
        ...

    async def stop(self) -> None:
        """Stop listening and let events being answered finish (bounded)."""
        ...

    def routes(self) -> Sequence[Any]:
        """aiohttp route definitions the channel serves on the worker's web app (webhooks), if any."""
        ...

    async def send(self, chat: ChatRef, reply: Reply) -> str | None:
        """Send (split if long; buttons on the last part; a role mention if asked); the platform's id
        of the last part."""
        ...

    async def edit(self, chat: ChatRef, message_id: str, reply: Reply) -> str | None:
        """Replace the text and buttons of a message the bot sent."""
        ...

    async def open_thread(self, chat: ChatRef, title: str) -> str:
        """Open a forum topic or thread in a desk chat; its id (to use as `ChatRef.thread_id`)."""
        ...


# -- storage ----------------------------------------------------------------------------------------


class ConcurrentUpdate(Exception):
    """Another worker changed what a change set was decided on (the conversation's version, or a
    conditional case update); the caller reloads the snapshot and decides again."""


@dataclass(frozen=True)
class WorkKey:
    """Whose stored events are worked through together, in order, under one lock: a victim (`scope`
    contact, `id` their platform user id) or a desk chat (`scope` desk, `id` its chat id)."""

    platform: str
    scope: str
    id: str

    @classmethod
    def of(cls, message: InboundMessage) -> WorkKey:
        if message.at_desk or _volunteer_command(message.text) or message.command in VOLUNTEER_COMMANDS \
                or (message.choice or "").startswith(CASE_ACTION_PREFIX):
            # a volunteer's command in a private chat (/link, /oncall, /reply …) is desk work: its sender is
            # never stored as a victim
            return cls(message.platform, DESK, message.chat.chat_id)
        return cls(message.platform, CONTACT, message.user.external_id)


CONTACT = "contact"
DESK = "desk"
CASE_ACTION_PREFIX = "case:"  # a case's button (claim, "I'm on it"…), also pressed in a private chat
VOLUNTEER_COMMANDS = ("link", "oncall", "reply", "history", "transfer", "claim", "release", "resolve", "cases")


def _volunteer_command(text: str | None) -> bool:
    if not text or not text.lstrip().startswith("/"):
        return False
    word = text.lstrip()[1:].split(maxsplit=1)[0].split("@")[0].lower() if len(text.strip()) > 1 else ""
    return word in VOLUNTEER_COMMANDS


@dataclass
class ContactRecord:
    """A victim as one platform knows them. Changed in memory by a turn, saved by its change set."""

    id: int
    platform: str
    external_id: str
    chat_id: str
    locale: str | None
    locale_source: str | None
    blocked: bool
    language_checks: int = 0


@dataclass
class StoredInbound:
    id: int
    platform: str
    external_id: str
    body: dict[str, Any]


@dataclass
class ConversationRecord:
    state: dict[str, Any] | None  # None: this contact has no conversation yet
    status: str = "active"
    pending: str | None = None
    case_id: int | None = None
    version: int = 0  # 0: not stored yet
    updated_at: datetime | None = field(default=None, compare=False)  # when it last moved on (read only)


@dataclass(frozen=True)
class CaseRecord:
    id: int
    ref: CaseRef
    claimed_by: int | None = None
    resolved_at: datetime | None = None
    feedback: str | None = None  # where the victim's feedback stands: asked | comment | done


@dataclass(frozen=True)
class StoredFile:
    sha256: str  # empty: refused (too large), not stored
    size: int
    filename: str
    content_type: str


def inbound_body(message: InboundMessage, files: Sequence[StoredFile]) -> dict[str, Any]:
    """How an event is kept in the inbox (JSON), identically by every store."""
    return {
        "text": message.text,
        "choice": message.choice,
        "command": message.command,
        "argument": message.argument,
        "language_hint": message.user.language_hint,
        "display_name": message.user.display_name,
        "user_id": message.user.external_id,
        "files": [f.__dict__ for f in files],
        "chat": message.chat.to_json(),
        "origin": message.origin.to_json() if message.origin else None,
        "reply_to": message.reply_to,
        "received_at": message.received_at.isoformat(),
    }


@dataclass
class Snapshot:
    """Everything a turn decides on, loaded in one call: the key's unprocessed events, oldest first,
    and for a victim their contact, conversation and cases."""

    key: WorkKey
    inbound: list[StoredInbound]
    contact: ContactRecord | None = None
    conversation: ConversationRecord = field(default_factory=lambda: ConversationRecord(state=None))
    cases: list[CaseRecord] = field(default_factory=list)


NEW_CASE = -1  # in a change set: "the case this change set opens"


@dataclass
class CaseDraft:
    """A case to open (`id` None) or to update (urgency only ever rises; complete/human only turn on;
    reasons accumulate)."""

    reference: str
    category: str | None
    answers: dict[str, Any]
    urgency: int
    locale: str
    complete: bool
    human: bool
    id: int | None = None
    reasons: list[str] = field(default_factory=list)  # why the urgency is what it is (triage reason ids)
    platform: str | None = None
    escalated: bool = False  # its escalation starts in this change set: status new -> escalated


@dataclass(frozen=True)
class VolunteerRecord:
    """A person at the desk. Looked up by the platform identity of whoever acts, never by a payload."""

    id: int
    name: str
    telegram_id: str | None = None
    discord_id: str | None = None
    languages: tuple[str, ...] = ()
    role: str = "volunteer"  # volunteer | coordinator
    on_call: bool = False
    shifts: tuple[dict[str, Any], ...] = ()  # {"days": [0..6], "from": "18:00", "to": "23:00", "tz": "Europe/Paris"}

    @property
    def coordinator(self) -> bool:
        return self.role == "coordinator"

    def identity(self, platform: str) -> str | None:
        return {"telegram": self.telegram_id, "discord": self.discord_id}.get(platform)


@dataclass(frozen=True)
class VolunteerChange:
    """An update of one volunteer (on call, an identity bound by /link), refused like a CaseChange if the
    row does not match `expect` (an invite already used)."""

    volunteer_id: int
    values: dict[str, Any]
    expect: dict[str, Any] = field(default_factory=dict)


@dataclass
class EscalationRecord:
    id: int
    case_id: int
    policy: dict[str, Any]
    step: int
    round: int
    state: str
    due_at: datetime | None
    token: str


@dataclass(frozen=True)
class EscalationChange:
    """Start a case's escalation (`id` None; `case_id` may be NEW_CASE), or move it on: applied only if
    its token is still `expect_token` (a stale or duplicated timer changes nothing)."""

    case_id: int
    values: dict[str, Any]  # step, round, state, due_at, token (and policy when starting)
    id: int | None = None
    expect_token: str | None = None


@dataclass(frozen=True)
class PlaceRecord:
    """Where a case lives in one volunteer chat: its thread (topic) and its card message."""

    case_id: int
    platform: str
    chat_id: str
    thread_id: str | None = None
    card_message_id: str | None = None


@dataclass
class CaseView:
    """A case as the desk sees it: the case row, who the victim is (platform, chat, locale), its places
    in volunteer chats, its escalation and who claimed it."""

    id: int
    reference: str
    status: str
    urgency: int
    category: str | None
    locale: str | None
    answers: dict[str, Any]
    reasons: list[str]
    human_requested: bool
    created_at: datetime
    victim_platform: str | None = None
    victim_chat: str | None = None
    claimed_by: VolunteerRecord | None = None
    claimed_at: datetime | None = None
    places: list[PlaceRecord] = field(default_factory=list)
    escalation: EscalationRecord | None = None
    contact_id: int | None = None
    victim_blocked: bool = False  # the person blocked the bot: nothing relayed reaches them
    first_reply_at: datetime | None = None  # a volunteer's first words relayed to the person
    resolved_at: datetime | None = None
    rating: int | None = None  # 1-5, the person's own
    comment: str | None = None
    feedback: str | None = None  # asked | comment | done
    indicators: list[IndicatorRow] = field(default_factory=list)
    # the files kept for the case, oldest first: {filename, content_type, size, sha256, received_at}
    evidence: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class IndicatorRow:
    """An indicator found in what the person wrote about a case (`case_id` NEW_CASE: the case this change
    set opens); kept once per case, kind and value."""

    case_id: int
    kind: str
    value: str
    valid: bool


@dataclass(frozen=True)
class CaseMessage:
    """One line of a case's conversation, as `/history` shows it: the victim's words, a volunteer's
    answer relayed to them, a volunteer's internal note, or what the bot did (claimed, transferred...).
    `case_id` NEW_CASE: the case this change set opens."""

    case_id: int
    author: str  # victim | volunteer | note | event
    text: str
    at: datetime
    volunteer_id: int | None = None
    files: tuple[dict[str, Any], ...] = ()  # StoredFile fields: sha256, size, filename, content_type


@dataclass(frozen=True)
class CaseChange:
    """A conditional update of a case (a claim: `expect={"claimed_by": None}`). If the case does not
    match `expect` at commit, the whole change set is refused with ConcurrentUpdate."""

    reference: str
    values: dict[str, Any]
    expect: dict[str, Any]


@dataclass(frozen=True)
class EvidenceRow:
    file: StoredFile
    message_id: int
    case_id: int | None  # NEW_CASE: the case this change set opens


@dataclass(frozen=True)
class AuditRow:
    action: str
    case_id: int | None  # NEW_CASE: the case this change set opens
    actor: str
    detail: dict[str, Any]


@dataclass
class ChangeSet:
    """What one turn decided, committed atomically in one call: processed marks, the contact and
    conversation (optimistic version), a case opened or updated, conditional case changes, evidence,
    audit events and the outbox rows. `forget` deletes everything about the contact instead. `erase`
    (a conversation that ended without a case) clears the bodies of the contact's messages so far,
    keeping only their platform ids, and deletes their evidence that belongs to no case."""

    key: WorkKey
    processed: list[int] = field(default_factory=list)
    contact: ContactRecord | None = None  # whose records these are (always given for a victim's turn)
    contact_changed: bool = True  # False: the contact's own fields need no write
    conversation: ConversationRecord | None = None
    case: CaseDraft | None = None
    case_changes: list[CaseChange] = field(default_factory=list)
    evidence: list[EvidenceRow] = field(default_factory=list)
    audit: list[AuditRow] = field(default_factory=list)
    outbox: list[Outgoing] = field(default_factory=list)
    forget: bool = False
    erase: bool = False  # the conversation ended without a report: keep nothing the person sent
    volunteer_changes: list[VolunteerChange] = field(default_factory=list)
    escalations: list[EscalationChange] = field(default_factory=list)
    case_messages: list[CaseMessage] = field(default_factory=list)
    indicators: list[IndicatorRow] = field(default_factory=list)


@dataclass
class Committed:
    """What a commit gives back: the outbox rows this worker may send right away (leased to it, in
    order), the new case's id, and evidence files no longer referenced (after forgetting)."""

    outbound: list[OutboundMessage] = field(default_factory=list)
    case_id: int | None = None
    unreferenced_files: list[str] = field(default_factory=list)


class InboxRepository(Protocol):
    async def ingest(self, message: InboundMessage, files: Sequence[StoredFile]) -> int | None:
        """Store one event (and, for a victim, their contact); None if (platform, id) was stored before.
        Desk events never create a contact: a volunteer is never stored as a victim."""
        ...

    async def ingest_many(self, events: Sequence[tuple[InboundMessage, Sequence[StoredFile]]]) -> list[int | None]:
        """`ingest` of each event, in order, in one transaction (all stored, or none)."""
        ...

    async def pending_keys(self, limit: int) -> list[WorkKey]:
        """Keys with unprocessed events, the oldest event first (for recovery at start-up)."""
        ...


class TurnRepository(Protocol):
    async def load(self, key: WorkKey) -> Snapshot | None:
        """The key's unprocessed events and what a turn decides on; None if a victim key has no contact."""
        ...

    async def commit(self, changes: ChangeSet) -> Committed:
        """Apply a change set atomically; ConcurrentUpdate if the conversation or a case changed underneath."""
        ...

    async def next_case_number(self) -> int:
        """A number never handed out before, on any worker, even after cases were deleted."""
        ...


class OutboxRepository(Protocol):
    async def lease_outbound(self, ids: Sequence[int] | None, *, now: datetime, lease_seconds: float,
                             limit: int = 100, platforms: Sequence[str] = (),
                             take_over: bool = False) -> list[OutboundMessage]:
        """Rows to send: the given ids, or any whose lease ran out (`take_over`: any unsent at all).
        A chat's later row is never leased while an earlier one of that chat waits for a retry."""
        ...

    async def count_unsent(self, platforms: Sequence[str]) -> int: ...

    async def renew_leases(self, ids: Sequence[int], *, until: datetime) -> None: ...

    async def mark_sent(self, outbound_id: int, external_id: str | None, *, now: datetime) -> None: ...

    async def mark_failed(self, outbound_id: int, *, now: datetime, permanent: bool,
                          retry_at: datetime, blocked: bool = False, tried: bool = True) -> None:
        """Not sent: for good (`permanent`), or again at `retry_at`. `tried`: a send was made and failed (it
        counts as an attempt); False for a row only held back behind an earlier one of its chat."""

    async def place(self, case_id: int, platform: str, chat_id: str) -> PlaceRecord | None:
        """A case's thread and card in one volunteer chat, as far as they were sent."""
        ...

    async def set_place(self, case_id: int, platform: str, chat_id: str, **ids: str | None) -> None:
        """Remember a case's `thread_id` or `card_message_id` in a volunteer chat, once sent."""
        ...


class CaseRepository(Protocol):
    async def case_by_reference(self, reference: str) -> dict[str, Any] | None: ...

    async def list_cases(self, limit: int = 50) -> list[dict[str, Any]]: ...

    async def case_view(self, reference: str | int) -> CaseView | None:
        """The case as the desk sees it, by reference (as people quote it) or by id."""
        ...

    async def open_cases(self, limit: int = 50) -> list[CaseView]:
        """Cases not resolved or closed, most urgent first, then oldest first: the desk's queue."""
        ...

    async def case_messages(self, case_id: int) -> list[CaseMessage]:
        """A case's conversation, oldest first."""
        ...

    async def case_at(self, platform: str, chat_id: str, thread_id: str | None,
                      reply_to: str | None) -> int | None:
        """The case a message in a volunteer chat belongs to: the case whose topic or thread it is in, or
        whose message it replies to (a card, a relayed message, a reply chain's first message). Also
        finds the case of a relayed message in a volunteer's private chat with the bot."""
        ...

    async def case_indicators(self, case_id: int) -> list[IndicatorRow]:
        """The indicators found for a case, in the order they were first seen."""
        ...

    async def case_evidence(self, case_id: int) -> list[dict[str, Any]]:
        """The files of a case as kept (chain of custody): filename, content_type, size, sha256, received_at."""
        ...

    async def recent_claim_seconds(self, limit: int = 20) -> list[float]:
        """How long the last claimed cases waited for a volunteer, newest first."""
        ...



class VolunteerRepository(Protocol):
    async def add_volunteer(self, name: str, *, telegram_id: str | None = None, discord_id: str | None = None,
                            languages: Sequence[str] = (), coordinator: bool = False) -> VolunteerRecord: ...

    async def volunteers(self) -> list[VolunteerRecord]: ...

    async def volunteer_by_name(self, name: str) -> VolunteerRecord | None: ...

    async def volunteer_by_identity(self, platform: str, user_id: str) -> VolunteerRecord | None: ...

    async def volunteer_by_invite(self, code_hash: str, now: datetime) -> VolunteerRecord | None: ...

    async def remove_volunteer(self, name: str) -> bool: ...

    async def update_volunteer(self, name: str, **values: Any) -> VolunteerRecord | None:
        """Set columns (on_call, shifts, languages, role, invite_hash, invite_expires_at) by name."""
        ...


class EscalationRepository(Protocol):
    async def lease_due_escalations(self, now: datetime, *, lease_seconds: float,
                                    limit: int = 100) -> list[EscalationRecord]:
        """Active escalations due by `now` and not leased (or whose lease ran out: a worker died mid-step),
        leased to this worker; on PostgreSQL `FOR UPDATE SKIP LOCKED`, so two workers never take the same."""
        ...


class Store(InboxRepository, TurnRepository, OutboxRepository, CaseRepository, VolunteerRepository,
            EscalationRepository, Protocol):
    """Every repository of one database (SQL) or of memory (tests)."""


class FileStore(Protocol):
    def put(self, data: bytes) -> str: ...

    def read(self, sha256: str) -> bytes | None:
        """The file's bytes; None if it was deleted (the person asked for their data to be deleted)."""
        ...

    def delete(self, sha256: str) -> None: ...


# -- retention (an operator's policy, applied by the SQL store: `python -m bot purge` and the daily job) --------
@dataclass(frozen=True)
class Retention:
    """How many days each kind of data is kept (RETENTION_DAYS_MESSAGES, _EVIDENCE, _CASES); 0: for ever."""

    messages_days: int = 0
    evidence_days: int = 0
    cases_days: int = 0

    @property
    def keeps_everything(self) -> bool:
        return not (self.messages_days or self.evidence_days or self.cases_days)

    @staticmethod
    def cutoff(days: int, now: datetime) -> datetime | None:
        """What is older than this goes; None: kept for ever."""
        return now - timedelta(days=days) if days > 0 else None

    def describe(self) -> str:
        def kept(days: int) -> str:
            return f"{days} day{'s' if days != 1 else ''}" if days else "for ever"

        return (f"messages {kept(self.messages_days)}, evidence {kept(self.evidence_days)}, "
                f"resolved cases {kept(self.cases_days)}")


@dataclass
class PurgeReport:
    """What one purge changed (or, in a dry run, would change): counts only, never what was said."""

    messages: int = 0  # message bodies blanked (in and out)
    case_lines: int = 0  # lines of cases' conversations blanked (or deleted with their case)
    conversations: int = 0  # conversations whose answers were blanked
    evidence: int = 0  # evidence rows deleted
    files: int = 0  # files deleted from the file store (or that would be)
    cases: int = 0  # resolved cases reduced to an anonymous stub
    dry_run: bool = False
    unreferenced_files: list[str] = field(default_factory=list, repr=False)

    def counts(self) -> dict[str, int]:
        return {"messages": self.messages, "case_lines": self.case_lines, "conversations": self.conversations,
                "evidence": self.evidence, "files": self.files, "cases": self.cases}

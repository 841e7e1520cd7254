"""The sqlmodel tables. Every change here needs an alembic migration (`bot/storage/migrations`)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Index, UniqueConstraint, and_, literal_column, text
from sqlmodel import Field, SQLModel

from bot.storage.sealing import SealedJSON, SealedText


def utcnow() -> datetime:
    return datetime.now(UTC)


def _when(nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=nullable, index=index))


class Contact(SQLModel, table=True):
    """A person as one platform knows them. No more personal data than the platform id."""

    __tablename__ = "contact"
    __table_args__ = (UniqueConstraint("platform", "external_id", name="uq_contact_platform_external"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=32)
    external_id: str = Field(max_length=128)
    chat_id: str = Field(max_length=128)
    locale: str | None = Field(default=None, max_length=16)
    locale_source: str | None = Field(default=None, max_length=16)  # explicit | hint | detected | default
    language_checks: int = 0  # messages read for language detection; it stops after the first few
    created_at: datetime = _when(nullable=False)
    last_seen_at: datetime = _when(nullable=False)
    blocked_at: datetime | None = _when()


class Conversation(SQLModel, table=True):
    """The one live conversation of a contact: engine state as JSON, versioned for optimistic locking."""

    __tablename__ = "conversation"

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", unique=True)
    flow: str = Field(max_length=64)
    step: str = Field(max_length=64)
    state: dict[str, Any] = Field(default_factory=dict, sa_column=Column(SealedJSON, nullable=False))
    status: str = Field(default="active", max_length=16)  # active | finished | cancelled
    pending: str | None = Field(default=None, max_length=16)  # a question asked by a command
    case_id: int | None = Field(default=None, foreign_key="cases.id")
    version: int = 1
    started_at: datetime = _when(nullable=False)
    updated_at: datetime = _when(nullable=False)


class Case(SQLModel, table=True):
    """An incident reported by a victim, identified to people by `reference` (FD-2026-000123)."""

    __tablename__ = "cases"

    id: int | None = Field(default=None, primary_key=True)
    reference: str | None = Field(default=None, max_length=32, unique=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    category: str | None = Field(default=None, max_length=64)
    answers: dict[str, Any] = Field(default_factory=dict, sa_column=Column(SealedJSON, nullable=False))
    urgency: int = 0
    status: str = Field(default="new", max_length=16, index=True)
    locale: str | None = Field(default=None, max_length=16)
    human_requested: bool = False
    intake_complete: bool = False
    reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False,
                                                                     server_default=text("'[]'")))
    platform: str | None = Field(default=None, max_length=32)  # where the victim talks to us
    claimed_by: int | None = Field(default=None, foreign_key="volunteer.id")
    claimed_at: datetime | None = _when()
    escalated_at: datetime | None = _when()
    resolved_at: datetime | None = _when()
    first_reply_at: datetime | None = _when()  # a volunteer's first words relayed to the person
    rating: int | None = None  # 1-5, given by the person once the case is resolved
    comment: str | None = Field(default=None, sa_column=Column(SealedText, nullable=True))  # up to 2,000 typed
    feedback: str | None = Field(default=None, max_length=16)  # asked | comment | done
    created_at: datetime = _when(nullable=False)
    updated_at: datetime = _when(nullable=False)


# An outbound row still to send: neither sent nor given up on. The partial index below holds only these rows.
UNSENT_OUT = "direction = 'out' AND sent_at IS NULL AND failed_at IS NULL"


def unsent_out(messages: Any) -> Any:
    """SQL: the rows of the message table (or of an alias) still to send, written as the partial index's WHERE is,
    with a literal 'out': neither database uses a partial index for a query whose terms are bound parameters."""
    return and_(messages.c.direction == literal_column("'out'"), messages.c.sent_at.is_(None),
                messages.c.failed_at.is_(None))


# A desk's event not processed yet; a victim's are found by their contact. The partial index below holds only these.
DESK_PENDING = "direction = 'in' AND scope = 'desk' AND processed_at IS NULL"
# An outbound row about a case: a volunteer's reply that quotes one is about that case. Indexed by its platform id.
ABOUT_A_CASE_OUT = "direction = 'out' AND case_id IS NOT NULL"
# A person's messages not processed yet: what a turn loads, by contact, in order.
CONTACT_PENDING = "direction = 'in' AND processed_at IS NULL"


def desk_pending(messages: Any) -> Any:
    """SQL: a desk's events not processed yet, written as the partial index's WHERE is (literals, see `unsent_out`)."""
    return and_(messages.c.direction == literal_column("'in'"), messages.c.scope == literal_column("'desk'"),
                messages.c.processed_at.is_(None))


def contact_pending(messages: Any) -> Any:
    """SQL: a person's messages not processed yet, written as the partial index's WHERE is."""
    return and_(messages.c.direction == literal_column("'in'"), messages.c.processed_at.is_(None))


def about_a_case_out(messages: Any) -> Any:
    """SQL: the outbound rows about a case, written as the partial index's WHERE is."""
    return and_(messages.c.direction == literal_column("'out'"), messages.c.case_id.is_not(None))


class MessageLog(SQLModel, table=True):
    """Every message in and out. Inbound rows are the inbox, outbound rows the outbox.

    (platform, external_id) is unique among inbound rows: a redelivered message is recognised.
    Outbound ids are not unique (Telegram numbers messages per chat), so they are only recorded.
    Inbound rows are done when `processed_at` is set; outbound rows when `sent_at` or `failed_at` is.
    An outbound row is leased (`lease_until`) by the worker that sends it, so that no two send it.
    """

    __tablename__ = "message_log"
    __table_args__ = (
        Index("uq_message_inbound", "platform", "external_id", unique=True,
              sqlite_where=text("direction = 'in'"), postgresql_where=text("direction = 'in'")),
        # everything about a person (their export, their erasure)
        Index("ix_message_contact", "contact_id"),
        # what a turn loads: a plan PostgreSQL makes while the table is empty must find no cheaper way in (it read
        # the whole of uq_message_inbound, filtering by contact, when this index held every row of a contact)
        Index("ix_message_contact_pending", "contact_id", "id",
              sqlite_where=text(CONTACT_PENDING), postgresql_where=text(CONTACT_PENDING)),
        # partial indexes where a query needs only some rows: a row written costs an entry in each index it enters
        # (a victim's message, or a reply outside a case's relay, enters neither of these two)
        Index("ix_message_desk_pending", "platform", "chat_id", "id",
              sqlite_where=text(DESK_PENDING), postgresql_where=text(DESK_PENDING)),
        Index("ix_message_about_case", "platform", "chat_id", "external_id",
              sqlite_where=text(ABOUT_A_CASE_OUT), postgresql_where=text(ABOUT_A_CASE_OUT)),
        Index("ix_message_case", "case_id", sqlite_where=text("case_id IS NOT NULL"),
              postgresql_where=text("case_id IS NOT NULL")),
        # the replies still to send (the outbox), by order lane: whether a lane has one waiting is asked at every
        # reply; a row leaves the index when it is sent, and a message received never enters it
        Index("ix_message_unsent_lane", "platform", "chat_id", "place_case", "id",
              sqlite_where=text(UNSENT_OUT), postgresql_where=text(UNSENT_OUT)),
    )

    id: int | None = Field(default=None, primary_key=True)
    direction: str = Field(max_length=3)  # in | out
    scope: str = Field(default="contact", max_length=16,
                       sa_column_kwargs={"server_default": "contact"})  # contact (a victim) | desk
    platform: str = Field(max_length=32)
    external_id: str | None = Field(default=None, max_length=128)
    contact_id: int | None = Field(default=None)
    chat_id: str = Field(max_length=128)
    thread_id: str | None = Field(default=None, max_length=128)
    body: dict[str, Any] | None = Field(default=None, sa_column=Column(SealedJSON, nullable=True))
    created_at: datetime = _when(nullable=False)
    processed_at: datetime | None = _when()
    sent_at: datetime | None = _when()
    failed_at: datetime | None = _when()
    lease_until: datetime | None = _when()
    attempts: int = 0
    ephemeral: bool = False  # deleted once sent (the goodbye after a victim's data was deleted)
    case_id: int | None = Field(default=None)  # an outbound row about a case (a relayed message)
    # an outbound row for a case's place in a volunteer chat (it has a PlaceRole): that case; such rows keep their
    # order per case, every other row per chat (bot.domain.order_lane)
    place_case: int | None = Field(default=None)


class Evidence(SQLModel, table=True):
    """A file a victim sent: metadata here, content on disk under its SHA-256."""

    __tablename__ = "evidence"

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    case_id: int | None = Field(default=None, foreign_key="cases.id", index=True)
    message_id: int | None = Field(default=None)
    filename: str = Field(sa_column=Column(SealedText, nullable=False))  # up to 255 characters before sealing
    content_type: str = Field(max_length=128)
    size: int
    sha256: str = Field(max_length=64, index=True)
    received_at: datetime = _when(nullable=False)


class AuditEvent(SQLModel, table=True):
    """Who did what to which case, when. Details hold ids and states, never a victim's words."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, index=True)
    actor: str = Field(max_length=64)
    action: str = Field(max_length=64)
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    at: datetime = _when(nullable=False)


class Volunteer(SQLModel, table=True):
    """A person at the desk: identities on each platform, languages, role, on call, weekly shifts.
    Never a victim: volunteers have no row in `contact`."""

    __tablename__ = "volunteer"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64, unique=True)
    telegram_id: str | None = Field(default=None, max_length=64, unique=True)
    discord_id: str | None = Field(default=None, max_length=64, unique=True)
    languages: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    role: str = Field(default="volunteer", max_length=16)  # volunteer | coordinator
    on_call: bool = False
    shifts: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    invite_hash: str | None = Field(default=None, max_length=64, index=True)  # SHA-256 of a one-time code
    invite_expires_at: datetime | None = _when()
    created_at: datetime = _when(nullable=False)


class Escalation(SQLModel, table=True):
    """One case's escalation chain: the policy it started with, where it is, and when the next step is
    due. A step is taken under a lease and a token, so a stale or duplicated timer does nothing."""

    __tablename__ = "escalation"
    __table_args__ = (Index("ix_escalation_due", "state", "due_at"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", unique=True)
    policy: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    step: int = 0  # the next step to take
    round: int = 0  # how many times the chain went round
    state: str = Field(default="active", max_length=16)  # active | stopped
    due_at: datetime | None = _when()
    token: str = Field(max_length=32)
    lease_until: datetime | None = _when()
    started_at: datetime = _when(nullable=False)
    updated_at: datetime = _when(nullable=False)


class CasePlace(SQLModel, table=True):
    """Where a case lives in one volunteer chat: its topic or thread, and its card (edited on changes)."""

    __tablename__ = "case_place"
    __table_args__ = (UniqueConstraint("case_id", "platform", "chat_id", name="uq_case_place"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    platform: str = Field(max_length=32)
    chat_id: str = Field(max_length=128)
    thread_id: str | None = Field(default=None, max_length=128)
    card_message_id: str | None = Field(default=None, max_length=128)


class CaseMessage(SQLModel, table=True):
    """A case's conversation, what `/history` shows: the victim's words, volunteers' answers relayed to
    them, internal notes, and what happened (claimed, transferred, resolved)."""

    __tablename__ = "case_message"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    author: str = Field(max_length=16)  # victim | volunteer | note | event
    volunteer_id: int | None = Field(default=None)
    text: str = Field(default="", sa_column=Column(SealedText, nullable=False))
    files: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(SealedJSON, nullable=False))
    at: datetime = _when(nullable=False)


class Indicator(SQLModel, table=True):
    """An indicator of compromise found in what a victim wrote about a case: a URL, a domain, an address,
    a phone number, a wallet, an IBAN, a transaction; once per case and kind."""

    __tablename__ = "indicator"
    __table_args__ = (UniqueConstraint("case_id", "kind", "value", name="uq_indicator"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    kind: str = Field(max_length=32)
    value: str = Field(max_length=512)
    valid: bool = True  # its checksum or format holds (an IBAN, a wallet, a phone number)
    first_seen: datetime = _when(nullable=False)


class Counter(SQLModel, table=True):
    """Numbers handed out once, ever (case references), surviving deletes, shared by every worker."""

    __tablename__ = "counter"

    name: str = Field(primary_key=True, max_length=32)
    value: int = 0


metadata = SQLModel.metadata


def same_lane(a: Any, b: Any) -> Any:
    """SQL for `bot.domain.order_lane`: outbox rows `a` and `b` (two aliases of the message table) go out in order."""
    return and_(a.c.platform == b.c.platform, a.c.chat_id == b.c.chat_id,
                a.c.place_case.is_not_distinct_from(b.c.place_case))


def in_lane(messages: Any, place_case: Any) -> Any:
    """SQL: the rows of the message table in the lane that `place_case` names within a chat (None: the chat's own)."""
    return messages.c.place_case.is_not_distinct_from(place_case)

"""The storage hot path: a turn's statements compiled once from the tables, run on the bare driver.

Every message costs an ingest, a snapshot, a commit and a "sent" mark. Through SQLAlchemy's async layer these
cost ~10 ms of CPU a message, most of it building and compiling statements and hopping to aiosqlite's thread.
Here each of them is a *plan*: a generator that yields `Q`s (a named statement and its values) and receives
their results, so one piece of logic runs on two drivers:

- SQLite: the standard `sqlite3` module, one connection used on the event loop's thread. The plans queued while
  the loop was busy run as one transaction, each in its own savepoint (group commit: one WAL write for a batch of
  contacts' turns); a plan's result reaches its caller only after that transaction committed. The loop never
  waits for a lock (another connection writing: it tries again a millisecond later).
- PostgreSQL: raw asyncpg with its per-connection prepared-statement cache; a commit is one transaction.

The SQL text comes from SQLAlchemy Core statements over the sqlmodel tables, compiled once per dialect, and
values go through the same bind processors SQLAlchemy uses (JSON, SQLite's datetime text), so the rows are
exactly what the SQLAlchemy path writes and reads. A victim's turn, opening or updating their case included, is a
plan; change sets beyond it (conditional case changes, escalations, a volunteer's, forgetting...) stay on the
SQLAlchemy path: they are rare, and correctness there is worth more.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
from collections import deque
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Boolean,
    DateTime,
    Integer,
    String,
    and_,
    bindparam,
    column,
    delete,
    exists,
    func,
    insert,
    literal,
    literal_column,
    null,
    or_,
    select,
    text,
    update,
)
from sqlalchemy import case as sql_case
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by
from sqlalchemy.dialects.postgresql import asyncpg as asyncpg_dialect
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url

from bot.domain import CaseRef, CaseStatus, ChatKind, InboundMessage, OutboundMessage, Urgency
from bot.ports import (
    CONTACT,
    DESK,
    NEW_CASE,
    CaseRecord,
    ChangeSet,
    Committed,
    ConcurrentUpdate,
    ContactRecord,
    ConversationRecord,
    Snapshot,
    StoredFile,
    StoredInbound,
    WorkKey,
    inbound_body,
)
from bot.storage import sealing
from bot.storage.jsontext import dumps
from bot.storage.sealing import is_sealed
from bot.storage.tables import (
    AuditEvent,
    Case,
    CaseMessage,
    Contact,
    Conversation,
    Counter,
    Evidence,
    Indicator,
    MessageLog,
    contact_pending,
    desk_pending,
    in_lane,
    unsent_out,
)

log = logging.getLogger(__name__)

contact_t = Contact.__table__
conversation_t = Conversation.__table__
case_t = Case.__table__
message_t = MessageLog.__table__
evidence_t = Evidence.__table__
audit_t = AuditEvent.__table__
case_message_t = CaseMessage.__table__
indicator_t = Indicator.__table__
counter_t = Counter.__table__

ONE, ALL, COUNT = "one", "all", "count"


@dataclass(frozen=True, slots=True)
class Q:
    """One statement of a plan: its name, its values, and what the plan wants back (a row, rows, a count)."""

    name: str
    values: dict[str, Any]
    want: str = COUNT


Plan = Generator[Q, Any, Any]


def _p(name: str) -> Any:
    return bindparam(name)


# Written into the SQL, not bound: a prepared statement that PostgreSQL turns into a generic plan after a few runs
# could not use the partial index on inbound rows (`uq_message_inbound`, WHERE direction = 'in') if the direction
# were a parameter; it would scan an index of the whole table instead, slower as the table grows.
INBOUND = literal_column("'in'")


def _unsent_in_lane(messages: Any, platform: Any, chat_id: Any, place_case: Any) -> Any:
    """SQL: the outbound rows of one lane (bot.domain.order_lane) not sent yet and not given up on."""
    return and_(unsent_out(messages), messages.c.platform == platform, messages.c.chat_id == chat_id,
                in_lane(messages, place_case))


def _processed_mark() -> Any:
    """A turn's one event marked processed, its id handed back (a CTE), by `id = $1`. A prepared statement's
    generic plan is made once a connection, while the table may still be small, and kept until the table is
    analysed again: for `id = ANY($1)` it was a scan of the whole message table, then run at every turn (17 million
    rows read in a 20 s run). A turn with several events (a backlog) marks them one statement each instead."""
    m = message_t
    return update(m).where(m.c.id == bindparam("first_id", type_=Integer), m.c.processed_at.is_(None)) \
        .values(processed_at=bindparam("now", type_=DateTime(timezone=True))).returning(m.c.id).cte("done")


def _postgres_statements() -> dict[str, Any]:
    """On PostgreSQL a round trip costs more than a statement: an ingest and a snapshot are one statement each."""
    m, c, v = message_t, contact_t, conversation_t
    when = DateTime(timezone=True)
    seen = select(m.c.id).where(m.c.platform == _p("platform"), m.c.external_id == _p("external_id"),
                                m.c.direction == INBOUND)
    contact = pg_insert(c).from_select(
        ["platform", "external_id", "chat_id", "created_at", "last_seen_at", "language_checks"],
        select(bindparam("platform", type_=String), bindparam("user_id", type_=String),
               bindparam("contact_chat", type_=String), bindparam("now", type_=when),
               bindparam("now", type_=when), literal(0))
        .where(bindparam("victim", type_=Boolean), ~exists(seen)))
    contact = contact.on_conflict_do_update(  # a victim writing from a new private chat is answered there
        index_elements=["platform", "external_id"],
        set_={"chat_id": sql_case((bindparam("private", type_=Boolean), contact.excluded.chat_id),
                                  else_=c.c.chat_id)}).returning(c.c.id).cte("found_contact")
    columns = ["direction", "scope", "platform", "external_id", "contact_id", "chat_id", "thread_id", "body",
               "created_at", "attempts", "ephemeral"]
    inbound = pg_insert(m).from_select(columns, select(
        literal("in"), bindparam("scope", type_=String), bindparam("platform", type_=String),
        bindparam("external_id", type_=String), select(contact.c.id).scalar_subquery(),
        bindparam("chat_id", type_=String), bindparam("thread_id", type_=String),
        bindparam("body", type_=m.c.body.type), bindparam("now", type_=when), literal(0), literal(False))
        .where(~exists(seen)))
    # the events read in id order by a subquery of their own: a plan made while the table is empty then finds the
    # pending index (contact, id) cheaper than reading uq_message_inbound whole and sorting (it chose that one when
    # only the aggregate sorted, both costing the same on no rows)
    pending = select(m.c.id, m.c.platform, m.c.external_id, m.c.body).where(
        m.c.contact_id == c.c.id, contact_pending(m)).order_by(m.c.id).correlate(c).subquery("pending")
    events = select(func.json_agg(aggregate_order_by(func.json_build_array(
        pending.c.id, pending.c.platform, pending.c.external_id, pending.c.body), pending.c.id))).scalar_subquery()
    cases = select(func.json_agg(aggregate_order_by(func.json_build_array(
        case_t.c.id, case_t.c.reference, case_t.c.status, case_t.c.urgency, case_t.c.claimed_by,
        case_t.c.resolved_at, case_t.c.feedback), case_t.c.id))).where(case_t.c.contact_id == c.c.id).scalar_subquery()
    # a commit's first reply in each lane, leased unless an earlier row of that lane is still unsent (that row's
    # retry goes first: the sweep sends this one after it), in the same round trip as the insert
    earlier = m.alias("earlier")
    lane_busy = exists(select(earlier.c.id).where(_unsent_in_lane(
        earlier, bindparam("platform", type_=String), bindparam("chat_id", type_=String),
        bindparam("place_case", type_=Integer))))
    first_in_lane = pg_insert(m).from_select(
        ["direction", "scope", "platform", "contact_id", "chat_id", "thread_id", "case_id", "place_case", "body",
         "created_at", "attempts", "ephemeral", "lease_until"],
        select(literal("out"), bindparam("scope", type_=String), bindparam("platform", type_=String),
               bindparam("contact_id", type_=Integer), bindparam("chat_id", type_=String),
               bindparam("thread_id", type_=String), bindparam("case_id", type_=Integer),
               bindparam("place_case", type_=Integer), bindparam("body", type_=m.c.body.type),
               bindparam("now", type_=when), literal(0), bindparam("ephemeral", type_=Boolean),
               sql_case((lane_busy, null()), else_=bindparam("lease_until", type_=when))))
    # the turn's events marked processed with its conversation's update: one round trip, their counts back
    done = _processed_mark()
    return {
        "commit_one": _commit_one_statement(),
        "outbound_insert_first": first_in_lane.returning(m.c.id, m.c.lease_until.is_not(None)),
        "conversation_update_processed": update(v)
        .where(v.c.contact_id == _p("contact_id"), v.c.version == _p("version"))
        .values(version=_p("next_version"), flow=_p("flow"), step=_p("step"), state=_p("state"),
                status=_p("status"), pending=_p("pending"), case_id=_p("case_id"), updated_at=_p("now"))
        .add_cte(done).returning(select(func.count()).select_from(done).scalar_subquery()),
        "ingest_one": inbound.on_conflict_do_nothing(index_elements=["platform", "external_id"],
                                                     index_where=text("direction = 'in'")).returning(m.c.id),
        "snapshot_one": select(
            c.c.id, c.c.platform, c.c.external_id, c.c.chat_id, c.c.locale, c.c.locale_source, c.c.blocked_at,
            c.c.language_checks, v.c.state, v.c.status, v.c.pending, v.c.case_id, v.c.version, v.c.updated_at,
            events, cases)
        .select_from(c.outerjoin(v, v.c.contact_id == c.c.id))
        .where(c.c.platform == _p("platform"), c.c.external_id == _p("external_id")),
    }


# the function migration 0010 creates: raising makes PostgreSQL undo the whole statement it is part of
REFUSE_UNLESS = "fd_refuse_unless"


def _case_set() -> dict[str, Any]:
    """A case's update with a victim's answer, as `_Commit._save_case`: urgency only rises, the flags only turn on,
    reasons are replaced when given (parameters named apart from the columns they set: SQLAlchemy keeps a column's
    own name for its value)."""
    return dict(
        category=_p("category"), answers=_p("answers"), updated_at=_p("now"),
        urgency=sql_case((case_t.c.urgency < _p("at_least"), _p("at_least")), else_=case_t.c.urgency),
        reasons=sql_case((bindparam("new_reasons", type_=Boolean),
                          bindparam("given_reasons", type_=case_t.c.reasons.type)), else_=case_t.c.reasons),
        status=sql_case((and_(bindparam("escalates", type_=Boolean), case_t.c.status == CaseStatus.NEW.value),
                         CaseStatus.ESCALATED.value), else_=case_t.c.status),
        escalated_at=sql_case((and_(bindparam("escalates", type_=Boolean), case_t.c.escalated_at.is_(None)),
                               _p("now")), else_=case_t.c.escalated_at),
        intake_complete=sql_case((bindparam("completes", type_=Boolean), True), else_=case_t.c.intake_complete),
        human_requested=sql_case((bindparam("asks_human", type_=Boolean), True), else_=case_t.c.human_requested))


def _commit_one_statement() -> Any:
    """A turn's commit as one statement (PostgreSQL; `one_statement_turn` says which): data-modifying CTEs for the
    processed marks, the conversation (version checked), the contact, the case and the outbox, and the checks
    raised by the statement itself, which then changes nothing. No BEGIN and COMMIT round trips: a statement is
    atomic on its own, so the commit is one round trip however many replies it writes."""
    m, c, v = message_t, contact_t, conversation_t
    when = DateTime(timezone=True)
    # whose turn it is: given, or found by the key (never for a desk's key, whose user is None)
    me = select(func.coalesce(bindparam("contact_id", type_=Integer), select(c.c.id).where(
        c.c.platform == bindparam("key_platform", type_=String),
        c.c.external_id == bindparam("key_user", type_=String)).scalar_subquery()).label("id")).cte("me")
    me_id = select(me.c.id).scalar_subquery()
    now = bindparam("now", type_=when)
    done = _processed_mark()
    has_conversation = bindparam("has_conversation", type_=Boolean)
    conv = update(v).where(has_conversation, v.c.contact_id == me_id, v.c.version == _p("version")).values(
        version=_p("next_version"), flow=_p("flow"), step=_p("step"), state=_p("state"), status=_p("status"),
        pending=_p("pending"), case_id=_p("case_id"), updated_at=now).returning(v.c.id).cte("conv")
    who = update(c).where(bindparam("contact_changed", type_=Boolean), c.c.id == me_id).values(
        locale=_p("locale"), locale_source=_p("locale_source"), language_checks=_p("language_checks"),
        blocked_at=_p("blocked_at"), last_seen_at=now).returning(c.c.id).cte("who")
    kase = update(case_t).where(bindparam("case_changed", type_=Boolean), case_t.c.id == _p("case_row")) \
        .values(**_case_set()).returning(case_t.c.id).cte("kase")
    rows = func.unnest(
        bindparam("o_platform", type_=ARRAY(String)), bindparam("o_chat", type_=ARRAY(String)),
        bindparam("o_thread", type_=ARRAY(String)), bindparam("o_owned", type_=ARRAY(Boolean)),
        bindparam("o_case", type_=ARRAY(Integer)), bindparam("o_place", type_=ARRAY(Integer)),
        bindparam("o_body", type_=ARRAY(m.c.body.type)), bindparam("o_ephemeral", type_=ARRAY(Boolean)),
    ).table_valued(column("platform", String), column("chat_id", String), column("thread_id", String),
                   column("owned", Boolean), column("case_id", Integer), column("place_case", Integer),
                   column("body", m.c.body.type), column("ephemeral", Boolean),
                   with_ordinality="n").render_derived(name="r")
    # each row leased unless its lane had a row still unsent before this statement (the statement does not see
    # its own rows): a lane's rows of one commit all go now, or all wait for the sweep behind the earlier one
    earlier = m.alias("earlier")
    lane_busy = exists(select(earlier.c.id).where(_unsent_in_lane(earlier, rows.c.platform, rows.c.chat_id,
                                                                  rows.c.place_case)))
    outbox = pg_insert(m).from_select(
        ["direction", "scope", "platform", "contact_id", "chat_id", "thread_id", "case_id", "place_case", "body",
         "created_at", "attempts", "ephemeral", "lease_until"],
        select(literal("out"), bindparam("scope", type_=String), rows.c.platform,
               sql_case((rows.c.owned, me_id), else_=null()), rows.c.chat_id, rows.c.thread_id, rows.c.case_id,
               rows.c.place_case, rows.c.body, now, literal(0), rows.c.ephemeral,
               sql_case((lane_busy, null()), else_=bindparam("lease_until", type_=when)))
        .order_by(rows.c.n)  # ids in the order of the replies: a lane goes out by id
    ).returning(m.c.id, m.c.lease_until.is_not(None).label("leased")).cte("outbox")
    conversation_kept = or_(~has_conversation, select(func.count()).select_from(conv).scalar_subquery() == 1)
    events_kept = select(func.count()).select_from(done).scalar_subquery() == bindparam("n_processed", Integer)
    return select(
        getattr(func, REFUSE_UNLESS)(conversation_kept, literal("conversation changed underneath")),
        getattr(func, REFUSE_UNLESS)(events_kept, literal("events already processed by another worker")),
        select(func.array_agg(aggregate_order_by(outbox.c.id, outbox.c.id))).scalar_subquery(),
        select(func.array_agg(aggregate_order_by(outbox.c.leased, outbox.c.id))).scalar_subquery(),
    ).add_cte(me, done, conv, who, kase, outbox)


def _statements(insert_of: Any) -> dict[str, Any]:
    """The hot path's statements as SQLAlchemy Core, values as named parameters."""
    m, c, v = message_t, contact_t, conversation_t
    inbound = dict(direction="in", scope=_p("scope"), platform=_p("platform"), external_id=_p("external_id"),
                   contact_id=_p("contact_id"), chat_id=_p("chat_id"), thread_id=_p("thread_id"),
                   body=_p("body"), created_at=_p("now"), attempts=0, ephemeral=False)
    return {
        # -- ingest
        "seen": select(m.c.id).where(m.c.platform == _p("platform"), m.c.external_id == _p("external_id"),
                                     m.c.direction == INBOUND),
        "contact_find": select(c.c.id, c.c.chat_id).where(c.c.platform == _p("platform"),
                                                         c.c.external_id == _p("external_id")),
        "contact_chat": update(c).where(c.c.id == _p("id")).values(chat_id=_p("chat_id")),
        "contact_insert": insert_of(c).values(platform=_p("platform"), external_id=_p("external_id"),
                                              chat_id=_p("chat_id"), created_at=_p("now"), last_seen_at=_p("now"),
                                              language_checks=0)
        .on_conflict_do_nothing(index_elements=["platform", "external_id"]),
        "inbound_insert": insert_of(m).values(**inbound)
        .on_conflict_do_nothing(index_elements=["platform", "external_id"], index_where=text("direction = 'in'"))
        .returning(m.c.id),
        # -- load
        "desk_inbound": select(m.c.id, m.c.platform, m.c.external_id, m.c.body)
        .where(desk_pending(m), m.c.platform == _p("platform"), m.c.chat_id == _p("chat_id"))
        .order_by(m.c.id),
        "contact_load": select(c.c.id, c.c.platform, c.c.external_id, c.c.chat_id, c.c.locale, c.c.locale_source,
                               c.c.blocked_at, c.c.language_checks, v.c.state, v.c.status, v.c.pending,
                               v.c.case_id, v.c.version, v.c.updated_at)
        .select_from(c.outerjoin(v, v.c.contact_id == c.c.id))
        .where(c.c.platform == _p("platform"), c.c.external_id == _p("external_id")),
        "contact_inbound": select(m.c.id, m.c.platform, m.c.external_id, m.c.body)
        .where(contact_pending(m), m.c.contact_id == _p("contact_id")).order_by(m.c.id),
        "contact_cases": select(case_t.c.id, case_t.c.reference, case_t.c.status, case_t.c.urgency,
                                case_t.c.claimed_by, case_t.c.resolved_at, case_t.c.feedback)
        .where(case_t.c.contact_id == _p("contact_id")).order_by(case_t.c.id),
        # -- commit
        "case_insert": insert(case_t).values(
            reference=_p("reference"), contact_id=_p("contact_id"), category=_p("category"), answers=_p("answers"),
            urgency=_p("urgency"), status=_p("status"), escalated_at=_p("escalated_at"), locale=_p("locale"),
            human_requested=_p("human_requested"), reasons=_p("reasons"), platform=_p("platform"),
            intake_complete=_p("intake_complete"), created_at=_p("now"), updated_at=_p("now")).returning(case_t.c.id),
        "case_update": update(case_t).where(case_t.c.id == _p("id")).values(**_case_set()),
        # what the person sent before their case existed belongs to it
        "evidence_adopt": update(evidence_t).where(evidence_t.c.contact_id == _p("contact_id"),
                                                   evidence_t.c.case_id.is_(None)).values(case_id=_p("case_id")),
        "processed": update(m).where(m.c.id == _p("id"), m.c.processed_at.is_(None)).values(processed_at=_p("now")),
        "conversation_insert": insert(v).values(
            contact_id=_p("contact_id"), version=1, started_at=_p("now"), flow=_p("flow"), step=_p("step"),
            state=_p("state"), status=_p("status"), pending=_p("pending"), case_id=_p("case_id"),
            updated_at=_p("now")),
        "conversation_update": update(v).where(v.c.contact_id == _p("contact_id"), v.c.version == _p("version"))
        .values(version=_p("next_version"), flow=_p("flow"), step=_p("step"), state=_p("state"),
                status=_p("status"), pending=_p("pending"), case_id=_p("case_id"), updated_at=_p("now")),
        "contact_update": update(c).where(c.c.id == _p("id")).values(
            locale=_p("locale"), locale_source=_p("locale_source"), language_checks=_p("language_checks"),
            blocked_at=_p("blocked_at"), last_seen_at=_p("now")),
        "evidence_insert": insert(evidence_t).values(
            contact_id=_p("contact_id"), case_id=_p("case_id"), message_id=_p("message_id"),
            filename=_p("filename"), content_type=_p("content_type"), size=_p("size"), sha256=_p("sha256"),
            received_at=_p("now")),
        "audit_insert": insert(audit_t).values(case_id=_p("case_id"), actor=_p("actor"), action=_p("action"),
                                               detail=_p("detail"), at=_p("now")),
        "indicator_insert": insert_of(indicator_t).values(
            case_id=_p("case_id"), kind=_p("kind"), value=_p("value"), valid=_p("valid"), first_seen=_p("now"))
        .on_conflict_do_nothing(index_elements=["case_id", "kind", "value"]),
        "case_message_insert": insert(case_message_t).values(
            case_id=_p("case_id"), author=_p("author"), volunteer_id=_p("volunteer_id"), text=_p("text"),
            files=_p("files"), at=_p("now")),
        "outbound_insert": insert(m).values(
            direction="out", scope=_p("scope"), platform=_p("platform"), external_id=None,
            contact_id=_p("contact_id"), chat_id=_p("chat_id"), thread_id=_p("thread_id"), case_id=_p("case_id"),
            place_case=_p("place_case"), body=_p("body"), created_at=_p("now"), attempts=0,
            ephemeral=_p("ephemeral"), lease_until=_p("lease_until")).returning(m.c.id),
        # a row of the lane still unsent (bot.domain.order_lane): of the chat, or of one case's place in it; asked
        # before the change set writes its first row there
        "lane_waiting": select(literal_column("1")).where(
            _unsent_in_lane(m, _p("platform"), _p("chat_id"), _p("place_case"))).limit(1),
        # -- case numbers: handed out once, ever (as `SqlStore.next_case_number`)
        "case_number": insert_of(counter_t).values(name="case", value=1)
        .on_conflict_do_update(index_elements=["name"], set_={"value": counter_t.c.value + 1})
        .returning(counter_t.c.value),
        # -- outbox
        "sent": update(m).where(m.c.id == _p("id")).values(sent_at=_p("now"), external_id=_p("external_id"),
                                                          lease_until=None).returning(m.c.ephemeral),
        "delete_row": delete(m).where(m.c.id == _p("id")),
    }


@dataclass(frozen=True)
class Prepared:
    """A statement compiled for one dialect: its SQL, its positional parameters and their bind processors."""

    sql: str
    names: tuple[str, ...]
    processors: tuple[Any, ...]
    defaults: dict[str, Any]

    @classmethod
    def of(cls, statement: Any, dialect: Any) -> Prepared:
        compiled = statement.compile(dialect=dialect)
        names = tuple(compiled.positiontup or ())
        processors = compiled._bind_processors
        types = {name: bind.type for bind, name in compiled.bind_names.items()}
        defaults = compiled.construct_params(_check=False)
        return cls(str(compiled), names, tuple(_quicker(processors.get(n), types[n]) for n in names), defaults)

    def args(self, values: dict[str, Any]) -> list[Any]:
        out = []
        for name, processor in zip(self.names, self.processors, strict=True):
            value = values[name] if name in values else self.defaults[name]
            out.append(processor(value) if processor is not None and value is not None else value)
        return out


SAMPLE_MOMENTS = (datetime(2026, 12, 3, 5, 10, 42, 123456, tzinfo=UTC), datetime(1999, 1, 2, 3, 4, 5),
                  datetime(2030, 6, 7, 8, 9, 10, 0, tzinfo=UTC))


def _quicker(processor: Callable[[Any], Any] | None, bind_type: Any) -> Callable[[Any], Any] | None:
    """SQLite's bind processor of a DateTime column (SQLAlchemy's text format, built with `%` and a dict, a few
    times a statement) as `datetime.isoformat` writes the same text; kept as it is if it is not that format."""
    if processor is None or not isinstance(bind_type, DateTime) \
            or not all(_iso_text(moment) == processor(moment) for moment in SAMPLE_MOMENTS):
        return processor

    def as_text(value: Any) -> Any:
        return _iso_text(value) if type(value) is datetime else processor(value)

    return as_text


def _iso_text(moment: datetime) -> str:
    return moment.isoformat(" ", "microseconds")[:26]  # the wall time, as SQLAlchemy writes it (offset left out)


def compile_all(dialect: Any, insert_of: Any) -> dict[str, Prepared]:
    statements = _statements(insert_of)
    if insert_of is pg_insert:
        statements.update(_postgres_statements())
    return {name: Prepared.of(statement, dialect) for name, statement in statements.items()}


# -- results: SQLite hands back text where PostgreSQL hands back values ----------------------------------------
def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str | bytes) else value


def _sealed_json(value: Any) -> Any:
    """A `SealedJSON` column read on the bare driver, where its type's result processing does not run: the
    column's JSON text, or (PostgreSQL's aggregated snapshot) an element of a JSON array already parsed."""
    if isinstance(value, str | bytes) and not is_sealed(value):
        value = json.loads(value)
    return sealing.current().open_json(value)


def _when(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


# -- the plans -----------------------------------------------------------------------------------------------
def ingest_one_plan(message: InboundMessage, files: Sequence[StoredFile], now: datetime) -> Plan:
    """`ingest_plan` as one statement (PostgreSQL): the same checks, in one round trip."""
    key = WorkKey.of(message)
    private_chat = message.chat.chat_id if message.chat.kind is ChatKind.PRIVATE else None
    row = yield Q("ingest_one", {
        "scope": key.scope, "platform": message.platform, "external_id": message.external_id,
        "user_id": message.user.external_id, "victim": key.scope == CONTACT, "private": private_chat is not None,
        "contact_chat": private_chat or "", "chat_id": message.chat.chat_id, "thread_id": message.chat.thread_id,
        "body": inbound_body(message, files), "now": now}, ONE)
    return row[0] if row is not None else None


def ingest_plan(message: InboundMessage, files: Sequence[StoredFile], now: datetime) -> Plan:
    """As `SqlStore.ingest`: a redelivery changes nothing; a desk event has no contact. (Whether the event was
    seen is asked only before making a contact: the insert, which does nothing on a redelivery, says it.)"""
    key = WorkKey.of(message)
    contact_id = None
    if key.scope == CONTACT:
        who = {"platform": message.platform, "external_id": message.user.external_id}
        private_chat = message.chat.chat_id if message.chat.kind is ChatKind.PRIVATE else None
        found = yield Q("contact_find", who, ONE)
        if found is None:
            seen = {"platform": message.platform, "external_id": message.external_id}
            if (yield Q("seen", seen, ONE)) is not None:  # the event of a person since forgotten: nobody to make
                return None
            yield Q("contact_insert", {**who, "chat_id": private_chat or "", "now": now})
            found = yield Q("contact_find", who, ONE)
        elif private_chat is not None and found[1] != private_chat:
            yield Q("contact_chat", {"id": found[0], "chat_id": private_chat})
        contact_id = found[0]
    row = yield Q("inbound_insert", {
        "scope": key.scope, "platform": message.platform, "external_id": message.external_id,
        "contact_id": contact_id, "chat_id": message.chat.chat_id, "thread_id": message.chat.thread_id,
        "body": inbound_body(message, files), "now": now}, ONE)
    return row[0] if row is not None else None


def ingest_many_plan(events: Sequence[tuple[InboundMessage, Sequence[StoredFile]]], now: datetime, *,
                     one_statement: bool = False) -> Plan:
    ids = []
    for message, files in events:
        ids.append((yield from (ingest_one_plan if one_statement else ingest_plan)(message, files, now)))
    return ids


def _stored(rows: Sequence[Any]) -> list[StoredInbound]:
    return [StoredInbound(r[0], r[1], r[2], _sealed_json(r[3]) or {}) for r in rows]


def load_plan(key: WorkKey, *, one_statement: bool = False) -> Plan:
    """As `SqlStore.load`; `one_statement` (PostgreSQL): the events and cases come as JSON arrays in the same row."""
    if key.scope == DESK:
        rows = yield Q("desk_inbound", {"platform": key.platform, "chat_id": key.id}, ALL)
        return Snapshot(key, _stored(rows))
    row = yield Q("snapshot_one" if one_statement else "contact_load",
                  {"platform": key.platform, "external_id": key.id}, ONE)
    if row is None:
        return None
    (contact_id, platform, external_id, chat_id, locale, locale_source, blocked_at, language_checks,
     state, status, pending, case_id, version, updated_at) = row[:14]
    contact = ContactRecord(id=contact_id, platform=platform, external_id=external_id, chat_id=chat_id,
                            locale=locale, locale_source=locale_source, blocked=blocked_at is not None,
                            language_checks=language_checks)
    if one_statement:
        inbound, cases = _stored(_json(row[14]) or []), _json(row[15]) or []
    else:
        inbound = _stored((yield Q("contact_inbound", {"contact_id": contact_id}, ALL)))
        cases = yield Q("contact_cases", {"contact_id": contact_id}, ALL)
    record = ConversationRecord(state=None) if version is None else ConversationRecord(
        state=_sealed_json(state) or None, status=status, pending=pending, case_id=case_id, version=version,
        updated_at=_when(updated_at))
    return Snapshot(key, inbound, contact, record,
                    [CaseRecord(c[0], CaseRef(c[1], CaseStatus(c[2]), Urgency(c[3])), c[4], _when(c[5]), c[6])
                     for c in cases])


def is_plain_turn(changes: ChangeSet) -> bool:
    """A change set `commit_plan` takes: a victim's turn, a case opened or updated with it included (once a case
    is open, each of the person's answers updates it); nothing conditional on cases, volunteers or escalations,
    nothing forgotten or erased (those take the SQLAlchemy path)."""
    return not (changes.forget or changes.erase or changes.case_changes or changes.volunteer_changes
                or changes.escalations)


def commit_plan(changes: ChangeSet, lease_seconds: float, now: datetime, *, fused: bool = False) -> Plan:
    """As `_Commit.run` in `bot.storage.repository`, for a plain turn (`is_plain_turn`). `fused` (PostgreSQL,
    where a round trip costs more than a statement): the events marked processed with the conversation's update,
    and each lane's check with its first reply's insert."""
    record = changes.conversation
    fused_processed = fused and len(changes.processed) == 1 and record is not None and record.version > 0
    contact_id = changes.contact.id if changes.contact is not None else None
    if contact_id is None and changes.key.scope == CONTACT:
        found = yield Q("contact_find", {"platform": changes.key.platform, "external_id": changes.key.id}, ONE)
        contact_id = found[0] if found is not None else None

    new_case: int | None = None

    def case(case_id: int | None) -> int | None:
        return new_case if case_id == NEW_CASE else case_id

    for inbound_id in () if fused_processed else changes.processed:
        if (yield Q("processed", {"id": inbound_id, "now": now})) != 1:
            raise ConcurrentUpdate(f"{changes.key}: events already processed by another worker")
    if (draft := changes.case) is not None:
        if draft.id is None:
            new_case = (yield Q("case_insert", dict(
                reference=draft.reference, contact_id=contact_id, category=draft.category, answers=draft.answers,
                urgency=draft.urgency, status=(CaseStatus.ESCALATED if draft.escalated else CaseStatus.NEW).value,
                escalated_at=now if draft.escalated else None, locale=draft.locale, human_requested=draft.human,
                reasons=draft.reasons, platform=draft.platform, intake_complete=draft.complete, now=now), ONE))[0]
        else:
            yield Q("case_update", dict(id=draft.id, **_case_set_values(draft, now)))
    if record is not None:
        if record.case_id == NEW_CASE:
            record.case_id = new_case
        state = record.state or {}
        values = dict(contact_id=contact_id, flow=state.get("flow", ""), step=state.get("step", ""), state=state,
                      status=record.status, pending=record.pending, case_id=record.case_id, now=now)
        if record.version == 0:
            yield Q("conversation_insert", values)
        elif fused_processed:
            # in one statement both updates run whatever the other found; raising undoes the transaction
            row = yield Q("conversation_update_processed", dict(
                values, version=record.version, next_version=record.version + 1, first_id=changes.processed[0]), ONE)
            if row is None:
                raise ConcurrentUpdate(f"conversation of contact {contact_id} changed underneath")
            if row[0] != len(changes.processed):
                raise ConcurrentUpdate(f"{changes.key}: events already processed by another worker")
        elif (yield Q("conversation_update", dict(values, version=record.version,
                                                  next_version=record.version + 1))) != 1:
            raise ConcurrentUpdate(f"conversation of contact {contact_id} changed underneath")
        record.version += 1
    if (contact := changes.contact) is not None and changes.contact_changed:
        yield Q("contact_update", dict(id=contact.id, **_contact_set_values(contact, now)))
    for evidence in changes.evidence:
        yield Q("evidence_insert", dict(
            contact_id=contact_id, case_id=case(evidence.case_id), message_id=evidence.message_id,
            filename=evidence.file.filename, content_type=evidence.file.content_type, size=evidence.file.size,
            sha256=evidence.file.sha256, now=now))
    if new_case is not None:
        yield Q("evidence_adopt", {"contact_id": contact_id, "case_id": new_case})
    for audit in changes.audit:
        yield Q("audit_insert", dict(case_id=case(audit.case_id), actor=audit.actor, action=audit.action,
                                     detail=audit.detail, now=now))
    for indicator in changes.indicators:
        yield Q("indicator_insert", dict(case_id=case(indicator.case_id), kind=indicator.kind,
                                         value=indicator.value[:512], valid=indicator.valid, now=now))
    for line in changes.case_messages:
        yield Q("case_message_insert", dict(case_id=case(line.case_id), author=line.author,
                                            volunteer_id=line.volunteer_id, text=line.text, files=list(line.files),
                                            now=now))
    return Committed(outbound=(yield from _outbox_plan(changes, contact_id, case, lease_seconds, now, fused=fused)),
                     case_id=new_case)


def _case_set_values(draft: Any, now: datetime) -> dict[str, Any]:
    """The values of `_case_set` for a case updated with a turn's draft."""
    return dict(category=draft.category, answers=draft.answers, now=now, at_least=draft.urgency,
                new_reasons=bool(draft.reasons), given_reasons=draft.reasons, escalates=draft.escalated,
                completes=draft.complete, asks_human=draft.human)


def _contact_set_values(contact: ContactRecord, now: datetime) -> dict[str, Any]:
    """The values of a contact's update with a turn (its id apart)."""
    return dict(locale=contact.locale, locale_source=contact.locale_source, language_checks=contact.language_checks,
                blocked_at=now if contact.blocked else None, now=now)


def one_statement_turn(changes: ChangeSet) -> bool:
    """A plain turn (`is_plain_turn`) that `commit_one_plan` writes as one statement (PostgreSQL): a conversation
    already stored or none, a case already open or none, and nothing but processed marks, the contact, the
    conversation, the case and replies, for at most one event (`_processed_mark`). Most turns are; the first one,
    the one that opens a case, those of a backlog and those with files, audit events, indicators or a case's
    messages take `commit_plan`."""
    draft, record = changes.case, changes.conversation
    return (is_plain_turn(changes) and not (changes.evidence or changes.audit or changes.indicators
                                            or changes.case_messages)
            and (draft is None or draft.id is not None) and (record is None or record.version > 0)
            and len(changes.processed) <= 1 and all(item.case_id != NEW_CASE for item in changes.outbox))


def commit_one_plan(changes: ChangeSet, lease_seconds: float, now: datetime) -> Plan:
    """As `commit_plan`, for a turn `one_statement_turn` takes, in one statement (`_commit_one_statement`): what
    the checks refuse raises `ConcurrentUpdate`, and nothing of the turn was written."""
    record, contact, draft = changes.conversation, changes.contact, changes.case
    state = (record.state or {}) if record is not None else {}
    desk = changes.key.scope == DESK
    # the rows' values as `commit_plan` writes them; 0 stands for the person, found by the statement itself: a row
    # whose contact stays set is theirs (not a desk's, not a goodbye that leaves nothing behind)
    items = [_outbound_values(changes, item, 0, lambda case_id: case_id, None, now) for item in changes.outbox]
    values = {**(_contact_set_values(contact, now) if contact is not None else {}),
              **(_case_set_values(draft, now) if draft is not None else {})}
    row = yield Q("commit_one", dict(
        values, contact_id=contact.id if contact is not None else None, key_platform=changes.key.platform,
        key_user=None if desk else changes.key.id, now=now, scope=changes.key.scope,
        first_id=changes.processed[0] if changes.processed else None, n_processed=len(changes.processed),
        has_conversation=record is not None, version=record.version if record else None,
        next_version=record.version + 1 if record else None, flow=state.get("flow", ""),
        step=state.get("step", ""), state=state, status=record.status if record else None,
        pending=record.pending if record else None, case_id=record.case_id if record else None,
        contact_changed=contact is not None and changes.contact_changed,
        case_changed=draft is not None, case_row=draft.id if draft else None,
        lease_until=now + timedelta(seconds=lease_seconds),
        o_platform=[i["platform"] for i in items], o_chat=[i["chat_id"] for i in items],
        o_thread=[i["thread_id"] for i in items], o_owned=[i["contact_id"] is not None for i in items],
        o_case=[i["case_id"] for i in items], o_place=[i["place_case"] for i in items],
        o_body=[i["body"] for i in items], o_ephemeral=[i["ephemeral"] for i in items]), ONE)
    if record is not None:
        record.version += 1
    ready = [OutboundMessage(row_id, item.chat, item.reply, 0, item.op, item.target, item.case_id, item.role)
             for item, row_id, leased in zip(changes.outbox, row[2] or (), row[3] or (), strict=True) if leased]
    return Committed(outbound=ready)


def _outbound_values(changes: ChangeSet, item: Any, contact_id: int | None, case: Any, lease: datetime | None,
                     now: datetime) -> dict[str, Any]:
    return dict(
        scope=changes.key.scope, platform=item.chat.platform,
        contact_id=None if item.ephemeral or changes.key.scope == DESK else contact_id, chat_id=item.chat.chat_id,
        thread_id=item.chat.thread_id, case_id=case(item.case_id), place_case=case(item.case_id) if item.role else None,
        body={**item.reply.to_json(), "op": item.op.value, "target": item.target, "kind": item.chat.kind.value,
              "case_id": case(item.case_id), "role": item.role.value if item.role else None},
        ephemeral=item.ephemeral, lease_until=lease, now=now)


def _outbox_plan(changes: ChangeSet, contact_id: int | None, case: Any, lease_seconds: float, now: datetime, *,
                 fused: bool = False) -> Generator[Q, Any, list[OutboundMessage]]:
    """As `_Commit._outbox`: the rows, leased to this worker, but for a lane (a chat, or a case's place in it) whose
    earlier row still waits for a retry: those are left to the sweep, which keeps the lane's order. The check is
    made once a lane, before its first row is written; `fused` (PostgreSQL), by that row's own insert."""
    lease = now + timedelta(seconds=lease_seconds)
    held: dict[tuple[str, str, int | None], bool] = {}
    ready = []
    for item in changes.outbox:
        row = OutboundMessage(0, item.chat, item.reply, 0, item.op, item.target, case(item.case_id), item.role)
        if row.lane in held:
            got = yield Q("outbound_insert", _outbound_values(changes, item, contact_id, case,
                                                              None if held[row.lane] else lease, now), ONE)
        elif fused:
            got = yield Q("outbound_insert_first", _outbound_values(changes, item, contact_id, case, lease, now), ONE)
            held[row.lane] = not got[1]
        else:
            platform, chat_id, place_case = row.lane
            held[row.lane] = (yield Q("lane_waiting", {"platform": platform, "chat_id": chat_id,
                                                       "place_case": place_case}, ONE)) is not None
            got = yield Q("outbound_insert", _outbound_values(changes, item, contact_id, case,
                                                              None if held[row.lane] else lease, now), ONE)
        if not held[row.lane]:
            ready.append(replace(row, id=got[0]))
    return ready


def case_number_plan() -> Plan:
    """The next case number: the counter moved on in the same statement that reads it."""
    row = yield Q("case_number", {}, ONE)
    return int(row[0])


def sent_plan(outbound_id: int, external_id: str | None, now: datetime) -> Plan:
    """As `SqlStore.mark_sent`: a row sent once is done; an ephemeral one (a goodbye) leaves nothing behind."""
    row = yield Q("sent", {"id": outbound_id, "external_id": external_id, "now": now}, ONE)
    if row is not None and row[0]:
        yield Q("delete_row", {"id": outbound_id})


# -- the runners -----------------------------------------------------------------------------------------------
BUSY_RETRY_SECONDS = 0.001  # another connection holds SQLite's write lock: the next try
BUSY_TIMEOUT_SECONDS = 30.0  # ... and after this long, the plans waiting fail (`busy_timeout` on a connection)


class SqliteWriter:
    """Owns one `sqlite3` connection, used on the event loop's thread: the plans queued while the loop was busy run
    as one transaction, one savepoint each, the next time the loop gets to them (group commit)."""

    # Why not a thread of its own: every statement lets go of the interpreter lock while SQLite works and takes it
    # back, about 20 times a message, and each time it waits for the loop's thread to hand the lock over. At 600
    # messages a second that cost 8 % more CPU a message and ten times the p99 of running the same plans here
    # (docs/benchmarks.md, "SQLite on the loop's thread").

    def __init__(self, path: str, *, synchronous: str = "NORMAL", batch: int = 128) -> None:
        self.path = path
        self.synchronous = synchronous
        self.batch = batch  # plans a transaction at most: the loop serves others between two batches
        self.prepared = compile_all(sqlite_dialect.dialect(json_serializer=dumps), sqlite_insert)
        self._conn: sqlite3.Connection | None = None
        self._pending: deque[tuple[Plan, asyncio.Future[Any]]] = deque()
        self._scheduled: asyncio.AbstractEventLoop | None = None  # the loop a flush is due on
        self._busy_since: float | None = None

    async def run(self, plan: Plan) -> Any:
        loop = asyncio.get_running_loop()
        done = loop.create_future()
        self._pending.append((plan, done))
        if self._scheduled is not loop:  # none due, or due on a loop that has since closed
            self._scheduled = loop
            loop.call_soon(self._flush, loop)
        return await done

    def close(self) -> None:
        """Writes the plans still queued (their callers were not answered yet), then closes the connection: a
        flush already scheduled then finds nothing to do, instead of opening a new connection after the close."""
        if self._pending:
            conn = self._conn if self._conn is not None else self._connect()
            conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")  # closing: waiting is fine
            self._conn = conn
            while self._pending:
                jobs = self._next_batch()
                try:
                    conn.execute("BEGIN IMMEDIATE")
                except sqlite3.Error as exc:
                    _fail(jobs, exc)
                    continue
                self._run_batch(conn, jobs)
        if self._conn is not None:
            conn, self._conn = self._conn, None
            conn.close()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        # the pragmas of bot.storage.db: WAL lets the SQLAlchemy path's readers run beside this writer
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA synchronous={self.synchronous}")
        conn.execute("PRAGMA busy_timeout=0")  # the loop never waits for a lock: _flush tries again later
        conn.execute("PRAGMA foreign_keys=ON")
        # checkpoints stay SQLite's own, at a commit that leaves 1,000 pages in the WAL: done from a thread while
        # this connection kept writing, they never caught up, and the WAL grew past 300 MB in a 10 s run
        return conn

    def _flush(self, loop: asyncio.AbstractEventLoop) -> None:
        self._scheduled = None
        if not self._pending:
            return
        if self._conn is None:
            self._conn = self._connect()
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY and not self._gave_up(loop.time()):
                self._scheduled = loop  # another connection writes (a cold transaction, the CLI): not for long
                loop.call_later(BUSY_RETRY_SECONDS, self._flush, loop)
                return
            self._busy_since = None  # as a busy timeout would: what waits fails, and may be asked again
            _fail(list(self._pending), exc)
            self._pending.clear()
            return
        self._busy_since = None
        self._run_batch(conn, self._next_batch())
        if self._pending and self._scheduled is not loop:
            self._scheduled = loop
            loop.call_soon(self._flush, loop)

    def _next_batch(self) -> list[tuple[Plan, asyncio.Future[Any]]]:
        return [self._pending.popleft() for _ in range(min(self.batch, len(self._pending)))]

    def _gave_up(self, now: float) -> bool:
        if self._busy_since is None:
            self._busy_since = now
        return now - self._busy_since >= BUSY_TIMEOUT_SECONDS

    def _run_batch(self, conn: sqlite3.Connection, jobs: list[tuple[Plan, asyncio.Future[Any]]]) -> None:
        """The jobs' plans in the transaction begun, then its commit; then each plan's caller gets its outcome."""
        outcomes: list[tuple[bool, Any]] = []
        try:
            for plan, _done in jobs:
                conn.execute("SAVEPOINT plan")
                try:
                    outcomes.append((True, self._drive(conn, plan)))
                    conn.execute("RELEASE plan")
                except BaseException as exc:  # undone alone; the batch's other plans go on
                    conn.execute("ROLLBACK TO plan")
                    conn.execute("RELEASE plan")
                    outcomes.append((False, exc))
            conn.execute("COMMIT")
        except BaseException as exc:  # the batch did not commit: nothing of it counts
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            outcomes = [(False, exc)] * len(jobs)
        _settle([(done, ok, value) for (_plan, done), (ok, value) in zip(jobs, outcomes, strict=True)])

    def _drive(self, conn: sqlite3.Connection, plan: Plan) -> Any:
        try:
            step = next(plan)
            while True:
                prepared = self.prepared[step.name]
                try:
                    cursor = conn.execute(prepared.sql, prepared.args(step.values))
                except sqlite3.IntegrityError as exc:
                    raise ConcurrentUpdate(str(exc)) from exc
                if step.want == ONE:
                    result: Any = cursor.fetchone()
                    cursor.fetchall()  # a RETURNING statement is only complete once read to its end
                elif step.want == ALL:
                    result = cursor.fetchall()
                else:
                    result = cursor.rowcount
                step = plan.send(result)
        except StopIteration as stop:
            return stop.value


def _fail(jobs: Sequence[tuple[Plan, asyncio.Future[Any]]], exc: BaseException) -> None:
    _settle([(done, False, exc) for _plan, done in jobs])


def _settle(settled: list[tuple[asyncio.Future[Any], bool, Any]]) -> None:
    for done, ok, value in settled:
        if done.cancelled():
            continue
        if ok:
            done.set_result(value)
        else:
            done.set_exception(value)


class Connections:
    """The hot path's own PostgreSQL connections: a plan takes one, runs, gives it back. asyncpg's pool costs about
    40 µs of CPU an acquire and release (a proxy object, a timer set and cancelled, a queue and a reset callback),
    and a message makes four round trips; here it is a list. At most `size` are open; a plan that finds them all
    busy waits for the next one given back. A connection a plan may have left unusable (cut off, cancelled in the
    middle of a statement, still in a transaction) is closed, and its place goes to the next plan that asks."""

    def __init__(self, dsn: str, size: int, server_settings: dict[str, str]) -> None:
        self.dsn, self.size, self.server_settings = dsn, size, server_settings
        self._idle: list[Any] = []
        self._open = 0  # connections open or being opened: `size` at most
        self._waiting: deque[asyncio.Future[Any]] = deque()  # each handed a connection, or None: open one
        self._closed = False

    async def take(self) -> Any:
        while self._idle:
            conn = self._idle.pop()  # the one given back last: its statements are the warmest
            if not conn.is_closed():
                return conn
            self._open -= 1
        if self._open < self.size:
            self._open += 1
        else:
            waiting = asyncio.get_running_loop().create_future()
            self._waiting.append(waiting)
            try:
                conn = await waiting
            except asyncio.CancelledError:
                if waiting.done() and not waiting.cancelled():  # handed over just as this was cancelled
                    self._pass_on(waiting.result())
                raise
            if conn is not None:
                return conn
        try:  # a place of its own: open a connection in it
            import asyncpg

            return await asyncpg.connect(self.dsn, server_settings=self.server_settings)
        except BaseException:
            self._pass_on(None)
            raise

    def give(self, conn: Any, failure: BaseException | None = None) -> None:
        """After a plan: `failure` is what it raised, if it did."""
        if self._closed or not _reusable(conn, failure):
            conn.terminate()
            conn = None
        self._pass_on(conn)

    def _pass_on(self, conn: Any) -> None:
        """A connection (or, None, a free place) to the first plan still waiting, else kept."""
        while self._waiting:
            waiting = self._waiting.popleft()
            if not waiting.done():
                waiting.set_result(conn)
                return
        if conn is None:
            self._open -= 1
        else:
            self._idle.append(conn)

    async def close(self) -> None:
        self._closed = True
        idle, self._idle = self._idle, []
        for conn in idle:
            self._open -= 1
            with contextlib.suppress(Exception):
                await conn.close(timeout=5)


def _reusable(conn: Any, failure: BaseException | None) -> bool:
    """Whether a connection is fit for the next plan. A plan's own error (a check that refused, a conflict,
    anything the server answered) leaves it as it was, its transaction rolled back; a cancellation in the middle
    of a statement, a timeout or a broken connection may not."""
    import asyncpg

    if conn.is_closed() or conn.is_in_transaction():
        return False
    if failure is None:
        return True
    return isinstance(failure, Exception) and not isinstance(failure, (
        OSError, TimeoutError, asyncpg.InterfaceError, asyncpg.InternalClientError, asyncpg.PostgresConnectionError,
        asyncpg.exceptions.OperatorInterventionError))


class PostgresRunner:
    """Runs plans on raw asyncpg connections of its own (`Connections`); asyncpg prepares each statement once a
    connection."""

    def __init__(self, url: str, *, pool_size: int = 10) -> None:
        self.dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        self.prepared = compile_all(asyncpg_dialect.dialect(json_serializer=dumps), pg_insert)
        # generic plans from the first run: PostgreSQL planned a one-statement commit anew at each run (0.2 ms of
        # the server's CPU each time; its generic plan's estimate, rows of `unnest` unknown, was the higher), and
        # every other statement here goes generic after five runs
        self.connections = Connections(self.dsn, pool_size, {"plan_cache_mode": "force_generic_plan"})

    async def run(self, plan: Plan, *, transaction: bool = True) -> Any:
        import asyncpg

        conn = await self.connections.take()
        failure: BaseException | None = None
        try:
            if not transaction:
                return await self._drive(conn, plan)
            async with conn.transaction():
                return await self._drive(conn, plan)
        except (asyncpg.UniqueViolationError, asyncpg.SerializationError) as exc:
            failure = exc
            # a serialization failure: raised by a one-statement commit's check (fd_refuse_unless)
            raise ConcurrentUpdate(str(exc)) from exc
        except asyncpg.DeadlockDetectedError as exc:
            failure = exc
            raise Deadlocked(str(exc)) from exc
        except BaseException as exc:
            failure = exc
            raise
        finally:
            self.connections.give(conn, failure)

    async def _drive(self, conn: Any, plan: Plan) -> Any:
        try:
            step = next(plan)
            while True:
                prepared = self.prepared[step.name]
                args = prepared.args(step.values)
                if step.want == ONE:
                    result: Any = await conn.fetchrow(prepared.sql, *args)
                elif step.want == ALL:
                    result = await conn.fetch(prepared.sql, *args)
                else:
                    status = await conn.execute(prepared.sql, *args)
                    result = int(status.rsplit(" ", 1)[-1]) if status and status[-1].isdigit() else 0
                step = plan.send(result)
        except StopIteration as stop:
            return stop.value

    async def close(self) -> None:
        await self.connections.close()


class Deadlocked(Exception):
    """PostgreSQL chose this transaction to undo when two waited for each other (say, the same event redelivered
    to two ingests at once); it rolled back whole, so it may simply run again."""


INGEST_ATTEMPTS = 3


class HotPath:
    """The hot path of one database: ingest, snapshot, plain commits, case numbers and sent marks."""

    def __init__(self, runner: SqliteWriter | PostgresRunner) -> None:
        self.runner = runner
        self.postgres = isinstance(runner, PostgresRunner)

    @classmethod
    def for_url(cls, url: str, *, sqlite_synchronous: str = "NORMAL") -> HotPath | None:
        """None where the hot path cannot serve: an in-memory SQLite database (one per connection)."""
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            if not parsed.database or parsed.database == ":memory:" or parsed.query.get("mode") == "memory":
                return None
            return cls(SqliteWriter(parsed.database, synchronous=sqlite_synchronous))
        if parsed.get_backend_name() == "postgresql":
            return cls(PostgresRunner(url))
        return None

    async def _run(self, plan: Plan, *, transaction: bool = True) -> Any:
        if isinstance(self.runner, PostgresRunner):
            return await self.runner.run(plan, transaction=transaction)
        return await self.runner.run(plan)

    async def ingest(self, message: InboundMessage, files: Sequence[StoredFile]) -> int | None:
        if self.postgres:  # one statement: atomic on its own
            return await self._again_if_deadlocked(lambda: ingest_one_plan(message, files, datetime.now(UTC)),
                                                   transaction=False)
        return await self._run(ingest_plan(message, files, datetime.now(UTC)))

    async def ingest_many(self, events: Sequence[tuple[InboundMessage, Sequence[StoredFile]]]) -> list[int | None]:
        if self.postgres and len(events) == 1:  # one event, one statement: no BEGIN and COMMIT round trips
            return [await self.ingest(*events[0])]
        return await self._again_if_deadlocked(
            lambda: ingest_many_plan(events, datetime.now(UTC), one_statement=self.postgres))

    async def _again_if_deadlocked(self, plan: Callable[[], Plan], *, transaction: bool = True) -> Any:
        """An ingest is idempotent (a redelivery inserts nothing), so one undone by a deadlock runs again."""
        for attempt in range(1, INGEST_ATTEMPTS):
            try:
                return await self._run(plan(), transaction=transaction)
            except Deadlocked:
                log.info("ingest undone by a deadlock with another ingest; running it again (%s)", attempt)
        return await self._run(plan(), transaction=transaction)

    async def load(self, key: WorkKey) -> Snapshot | None:
        # a snapshot needs no transaction: the commit's version check catches whatever changed since
        return await self._run(load_plan(key, one_statement=self.postgres), transaction=False)

    async def commit(self, changes: ChangeSet, lease_seconds: float) -> Committed:
        try:
            if self.postgres and one_statement_turn(changes):  # one statement: atomic on its own
                return await self._run(commit_one_plan(changes, lease_seconds, datetime.now(UTC)),
                                       transaction=False)
            return await self._run(commit_plan(changes, lease_seconds, datetime.now(UTC), fused=self.postgres))
        except Deadlocked as exc:
            # undone whole, as a lost race is: the turn is decided again on what the other transaction left
            raise ConcurrentUpdate(f"{changes.key}: undone by a deadlock") from exc

    async def next_case_number(self) -> int:
        # on SQLite in the hot path's own group commit: a cold transaction here took SQLite's write lock from it
        return await self._run(case_number_plan(), transaction=False)

    async def mark_sent(self, outbound_id: int, external_id: str | None, now: datetime) -> None:
        await self._run(sent_plan(outbound_id, external_id, now), transaction=False)

    async def close(self) -> None:
        if isinstance(self.runner, PostgresRunner):
            await self.runner.close()
        else:
            self.runner.close()

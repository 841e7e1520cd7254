"""The storage contract, checked the same way on the memory store and on SQL (SQLite or PostgreSQL)."""

from __future__ import annotations

import asyncio
import copy
import itertools
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from bot.domain import (
    CaseRef,
    CaseStatus,
    ChatKind,
    ChatRef,
    InboundMessage,
    Op,
    Outgoing,
    PlaceRole,
    Reply,
    Urgency,
    UserRef,
)
from bot.ports import (
    CONTACT,
    DESK,
    NEW_CASE,
    AuditRow,
    CaseChange,
    CaseDraft,
    CaseRecord,
    ChangeSet,
    Committed,
    ConcurrentUpdate,
    ConversationRecord,
    EvidenceRow,
    StoredFile,
    WorkKey,
    inbound_body,
)
from bot.storage.db import Database
from bot.storage.memory import MemoryStore
from bot.storage.tables import metadata
from tests.conftest import STORE_KINDS

PLATFORM = "test"
OTHER = "other"
FILE_A = StoredFile("a" * 64, 10, "a.png", "image/png")
FILE_B = StoredFile("b" * 64, 20, "b.pdf", "application/pdf")
FILE_SHARED = StoredFile("c" * 64, 30, "c.txt", "text/plain")
_event_ids = itertools.count(1)


# -- the two stores -----------------------------------------------------------------------------------

# "sql-cold": SQL with every statement through SQLAlchemy, the path a change set beyond a victim's turn takes;
# "sql" serves what it can on the hot path (bot/storage/hotpath.py). Both keep one contract.
@pytest.fixture(params=[*STORE_KINDS, "sql-cold"])
def store_url(request: pytest.FixtureRequest) -> tuple[str, bool] | None:
    """None for the memory store; the test database for SQL (only then is a database prepared), and whether
    the hot path serves."""
    if request.param == "memory":
        return None
    return request.getfixturevalue("database_url"), request.param == "sql"


@pytest.fixture
async def store(store_url: tuple[str, bool] | None) -> AsyncIterator[Any]:
    if store_url is None:
        yield MemoryStore()
        return
    from bot.storage.repository import SqlStore  # imported here: the memory half runs whatever state it is in

    url, hot = store_url
    db = Database(url)
    await db.upgrade()
    try:
        yield SqlStore(db, hot_path=hot)
    finally:
        await db.dispose()


async def rows(store: Any, table: str) -> list[dict[str, Any]]:
    """A table's rows by id, as dicts of columns: what a user of the ports cannot see but the contract says."""
    if isinstance(store, MemoryStore):
        return await store.rows(table)
    t = metadata.tables[table]
    async with store.db.engine.connect() as conn:
        return [dict(r._mapping) for r in await conn.execute(select(t).order_by(t.c.id))]


# -- building events and change sets --------------------------------------------------------------------

def victim(user: str, text: str | None = "hello", *, kind: ChatKind = ChatKind.PRIVATE, chat_id: str | None = None,
           external_id: str | None = None, platform: str = PLATFORM, **kwargs: Any) -> InboundMessage:
    chat = ChatRef(platform, chat_id or f"chat-{user}", kind=kind)
    return InboundMessage(platform=platform, external_id=external_id or f"in-{next(_event_ids)}",
                          user=UserRef(platform, user, display_name=user.title(), language_hint="en"),
                          chat=chat, text=text, **kwargs)


def at_desk(chat_id: str = "desk-1", text: str | None = "/claim", *, user: str = "volunteer",
            thread_id: str | None = None) -> InboundMessage:
    return InboundMessage(platform=PLATFORM, external_id=f"in-{next(_event_ids)}", user=UserRef(PLATFORM, user),
                          chat=ChatRef(PLATFORM, chat_id, thread_id, ChatKind.DESK), text=text)


def key(user: str, platform: str = PLATFORM) -> WorkKey:
    return WorkKey(platform, CONTACT, user)


def say(chat_id: str, text: str, **kwargs: Any) -> Outgoing:
    return Outgoing(ChatRef(PLATFORM, chat_id), Reply(text), **kwargs)


def state(step: str = "start") -> dict[str, Any]:
    return {"flow": "intake", "step": step, "slots": {"category": "scam"}}


def draft(number: int, **kwargs: Any) -> CaseDraft:
    values: dict[str, Any] = dict(reference=f"FD-2026-{number:06d}", category="scam", answers={"amount": 10},
                                  urgency=int(Urgency.MEDIUM), locale="en", complete=False, human=False)
    values.update(kwargs)
    return CaseDraft(**values)


async def turn(store: Any, work: WorkKey, *, step: str | None = "start", **fields: Any) -> Committed:
    """Load the key, mark its events processed, save its conversation (at `step`), commit with `fields`."""
    snapshot = await store.load(work)
    assert snapshot is not None
    if snapshot.contact is not None and step is not None and "conversation" not in fields:
        snapshot.conversation.state = state(step)
        fields["conversation"] = snapshot.conversation
    return await store.commit(ChangeSet(work, processed=[m.id for m in snapshot.inbound], **fields))


async def open_case(store: Any, user: str, **fields: Any) -> tuple[int, str]:
    await store.ingest(victim(user), [])
    number = await store.next_case_number()
    snapshot = await store.load(key(user))
    snapshot.conversation.state = state()
    snapshot.conversation.case_id = NEW_CASE
    committed = await turn(store, key(user), conversation=snapshot.conversation, case=draft(number, **fields))
    assert committed.case_id is not None
    return committed.case_id, f"FD-2026-{number:06d}"


def now() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """A moment as read back: SQLite keeps UTC's wall time without its offset."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


# -- the inbox --------------------------------------------------------------------------------------------

async def test_a_redelivered_event_is_stored_once_and_kept_as_inbound_body(store) -> None:
    message = victim("ann", "my account was hacked", external_id="42")
    first = await store.ingest(message, [FILE_A])
    assert isinstance(first, int)
    assert await store.ingest(message, [FILE_A]) is None
    assert await store.ingest(victim("ann", "again", external_id="42"), []) is None
    # the same platform id on another platform is another event; ids increase
    other = await store.ingest(victim("ann", external_id="42", platform=OTHER), [])
    assert other is not None and other > first
    snapshot = await store.load(key("ann"))
    assert [(m.id, m.platform, m.external_id) for m in snapshot.inbound] == [(first, PLATFORM, "42")]
    assert snapshot.inbound[0].body == inbound_body(message, [FILE_A])
    assert (await store.counts())["contacts"] == 2  # one per platform


async def test_a_batch_of_events_is_stored_in_order_and_redeliveries_in_it_are_recognised(store) -> None:
    """A Telegram getUpdates batch: several people, a desk message, one update twice and one stored before."""
    before = victim("bob", "first", external_id="b-1")
    assert await store.ingest(before, []) is not None
    batch = [victim("cat", "one", external_id="c-1"), before, victim("bob", "second", external_id="b-2"),
             at_desk("desk-1"), victim("cat", "two", external_id="c-2"), victim("cat", "one", external_id="c-1")]
    ids = await store.ingest_many([(message, [FILE_A] if n == 0 else []) for n, message in enumerate(batch)])
    assert [i is None for i in ids] == [False, True, False, False, False, True]
    new = [i for i in ids if i is not None]
    assert new == sorted(new)
    assert [m.body["text"] for m in (await store.load(key("cat"))).inbound] == ["one", "two"]
    assert (await store.load(key("cat"))).inbound[0].body == inbound_body(batch[0], [FILE_A])
    assert [m.body["text"] for m in (await store.load(key("bob"))).inbound] == ["first", "second"]
    assert len((await store.load(WorkKey(PLATFORM, DESK, "desk-1"))).inbound) == 1
    assert (await store.counts())["contacts"] == 2


async def test_a_desk_event_creates_no_contact_and_is_kept_under_its_chat(store) -> None:
    event = at_desk("desk-1", thread_id="77", user="vol-1")
    stored = await store.ingest(event, [])
    assert stored is not None
    assert (await store.counts())["contacts"] == 0
    assert await store.load(key("vol-1")) is None
    snapshot = await store.load(WorkKey(PLATFORM, DESK, "desk-1"))
    assert snapshot.contact is None
    assert [m.id for m in snapshot.inbound] == [stored]
    assert snapshot.inbound[0].body == inbound_body(event, [])
    assert await store.load(WorkKey(PLATFORM, DESK, "desk-2")) is not None  # a desk key always loads


async def test_the_contact_chat_comes_only_from_private_chats(store) -> None:
    await store.ingest(victim("bob", kind=ChatKind.PUBLIC, chat_id="server-channel"), [])
    assert (await store.load(key("bob"))).contact.chat_id == ""
    await store.ingest(victim("bob", kind=ChatKind.INTERACTION, chat_id="interaction-1"), [])
    assert (await store.load(key("bob"))).contact.chat_id == ""
    await store.ingest(victim("bob", chat_id="dm-bob"), [])
    assert (await store.load(key("bob"))).contact.chat_id == "dm-bob"
    await store.ingest(victim("bob", kind=ChatKind.PUBLIC, chat_id="server-channel"), [])
    snapshot = await store.load(key("bob"))
    assert snapshot.contact.chat_id == "dm-bob"
    assert len(snapshot.inbound) == 4  # every event of the person is theirs, wherever it was written
    await store.ingest(victim("bob", chat_id="dm-bob-2"), [])
    assert (await store.load(key("bob"))).contact.chat_id == "dm-bob-2"
    assert (await store.counts())["contacts"] == 1


async def test_pending_keys_come_in_the_order_of_their_oldest_unprocessed_event(store) -> None:
    await store.ingest(victim("u1"), [])
    await store.ingest(victim("u2"), [])
    await store.ingest(at_desk("desk-1"), [])
    await store.ingest(victim("u1"), [])
    desk = WorkKey(PLATFORM, DESK, "desk-1")
    assert await store.pending_keys(10) == [key("u1"), key("u2"), desk]
    assert await store.pending_keys(2) == [key("u1"), key("u2")]
    await turn(store, key("u1"))
    assert await store.pending_keys(10) == [key("u2"), desk]
    await turn(store, desk)
    await store.ingest(victim("u1"), [])
    assert await store.pending_keys(10) == [key("u2"), key("u1")]


async def test_load_gives_a_copy(store) -> None:
    await open_case(store, "cat")
    await store.ingest(victim("cat", "more"), [FILE_A])
    snapshot = await store.load(key("cat"))
    before = copy.deepcopy(snapshot)
    snapshot.inbound[0].body["text"] = "changed"
    snapshot.inbound[0].body["files"].clear()
    snapshot.inbound.clear()
    snapshot.contact.locale = "xx"
    snapshot.contact.blocked = True
    snapshot.conversation.state["slots"]["category"] = "changed"
    snapshot.conversation.version = 99
    snapshot.cases.clear()
    assert await store.load(key("cat")) == before


# -- a turn's commit --------------------------------------------------------------------------------------

async def test_a_commit_saves_contact_and_conversation_with_versions(store) -> None:
    await store.ingest(victim("dan"), [])
    snapshot = await store.load(key("dan"))
    assert snapshot.conversation == ConversationRecord(state=None)
    assert snapshot.cases == []
    record = snapshot.conversation
    record.state = state("start")
    contact = snapshot.contact
    contact.locale, contact.locale_source, contact.language_checks = "uk", "explicit", 2
    await store.commit(ChangeSet(key("dan"), processed=[snapshot.inbound[0].id], contact=contact,
                                 conversation=record))
    assert record.version == 1
    record.state, record.pending = state("second"), "forget"
    await store.commit(ChangeSet(key("dan"), conversation=record))
    assert record.version == 2
    loaded = await store.load(key("dan"))
    assert loaded.inbound == []
    assert loaded.conversation == ConversationRecord(state=state("second"), status="active", pending="forget",
                                                     case_id=None, version=2)
    assert (loaded.contact.locale, loaded.contact.locale_source, loaded.contact.language_checks) == \
        ("uk", "explicit", 2)
    assert loaded.contact.blocked is False


async def test_words_and_numbers_come_back_as_they_were_written(store) -> None:
    """A victim's words in any script, a number longer than 64 bits and a lone surrogate a platform let through
    come back from the state and the message bodies exactly as they went in."""
    words = "Мене шантажують, 我被勒索 — ابتزاز 🙏 \"quoted\" \\ back"
    await store.ingest(victim("eve", words), [])
    snapshot = await store.load(key("eve"))
    assert snapshot.inbound[0].body["text"] == words
    record = snapshot.conversation
    record.state = {**state("odd"), "slots": {"story": words, "amount": 10**30, "pasted": "a\ud800b", "n": -1}}
    await store.commit(ChangeSet(key("eve"), processed=[snapshot.inbound[0].id], conversation=record,
                                 outbox=[say(snapshot.contact.chat_id, words)]))
    loaded = await store.load(key("eve"))
    assert loaded.conversation.state == record.state
    assert type(loaded.conversation.state["slots"]["amount"]) is int
    # leased again once its first lease ran out: read back from the table
    [row] = await store.lease_outbound(None, now=now() + timedelta(minutes=5), lease_seconds=30,
                                       platforms=[PLATFORM])
    assert row.reply.text == words


async def _everything(store: Any, user: str) -> dict[str, Any]:
    """What a refused commit must have left alone."""
    snapshot = await store.load(key(user))
    return {"snapshot": snapshot, "counts": await store.counts(), "unsent": await store.count_unsent([PLATFORM]),
            "cases": await store.list_cases()}


async def refused_whole(store: Any, user: str, changes: ChangeSet) -> None:
    """The change set is refused as a concurrent update, and nothing of it was written."""
    before = await _everything(store, user)
    with pytest.raises(ConcurrentUpdate):
        await store.commit(changes)
    assert await _everything(store, user) == before


async def _refused_change_set(store: Any, user: str, **fields: Any) -> ChangeSet:
    snapshot = await store.load(key(user))
    contact = snapshot.contact
    contact.locale, contact.locale_source = "fr", "explicit"
    record = snapshot.conversation
    record.state = state("refused")
    record.case_id = NEW_CASE
    values: dict[str, Any] = dict(
        processed=[m.id for m in snapshot.inbound], contact=contact, conversation=record,
        case=draft(await store.next_case_number()), evidence=[EvidenceRow(FILE_B, snapshot.inbound[0].id, NEW_CASE)],
        audit=[AuditRow("case_opened", NEW_CASE, f"contact:{contact.id}", {})],
        outbox=[say(contact.chat_id, "refused")])
    values.update(fields)
    return ChangeSet(key(user), **values)


async def test_a_stale_conversation_version_refuses_the_whole_change_set(store) -> None:
    await store.ingest(victim("eve"), [])
    await turn(store, key("eve"), step="one")  # version 1
    await store.ingest(victim("eve"), [])
    stale = (await store.load(key("eve"))).conversation
    await turn(store, key("eve"), step="two")  # version 2, underneath
    await store.ingest(victim("eve", "pending"), [])
    before = await _everything(store, "eve")
    changes = await _refused_change_set(store, "eve", conversation=stale)
    with pytest.raises(ConcurrentUpdate):
        await store.commit(changes)
    after = await _everything(store, "eve")
    assert after == before
    assert [m.body["text"] for m in after["snapshot"].inbound] == ["pending"]  # still to be processed
    assert after["snapshot"].conversation.state == state("two")


async def test_a_stale_answer_to_an_open_case_refuses_the_whole_turn(store) -> None:
    """The commonest turn (an answer that updates the open case, the contact and replies) is refused whole."""
    case_id, reference = await open_case(store, "ema")
    stale = await store.load(key("ema"))
    await turn(store, key("ema"), step="two")  # the conversation moves on underneath
    await store.ingest(victim("ema", "pending"), [])
    case_before = await store.case_by_reference(reference)
    contact = stale.contact
    contact.locale, contact.locale_source = "fr", "explicit"
    stale.conversation.state = state("refused")
    await refused_whole(store, "ema", ChangeSet(
        key("ema"), contact=contact, conversation=stale.conversation,
        case=draft(0, reference=reference, id=case_id, urgency=int(Urgency.CRITICAL), category="phishing",
                   human=True),
        outbox=[say(contact.chat_id, "refused"), say("desk-1", "refused too")]))
    assert await store.case_by_reference(reference) == case_before
    assert (await store.load(key("ema"))).contact.locale != "fr"


async def test_a_turn_of_several_events_marks_them_all_and_a_second_turn_on_them_is_refused(store) -> None:
    await store.ingest(victim("pam"), [])
    await turn(store, key("pam"), step="one")
    await store.ingest(victim("pam", "two"), [])
    await store.ingest(victim("pam", "three"), [])
    mine, theirs = await store.load(key("pam")), await store.load(key("pam"))
    assert [m.body["text"] for m in mine.inbound] == ["two", "three"]
    mine.conversation.state = state("three")
    committed = await store.commit(ChangeSet(
        key("pam"), processed=[m.id for m in mine.inbound], contact=mine.contact, contact_changed=False,
        conversation=mine.conversation, outbox=[say("chat-pam", "both read")]))
    assert [m.reply.text for m in committed.outbound] == ["both read"]
    assert (await store.load(key("pam"))).inbound == []
    theirs.conversation.state = state("other")
    await refused_whole(store, "pam", ChangeSet(key("pam"), processed=[m.id for m in theirs.inbound],
                                                conversation=theirs.conversation, outbox=[say("chat-pam", "twice")]))


async def test_a_second_first_conversation_is_a_concurrent_update(store) -> None:
    await store.ingest(victim("fay"), [])
    fresh = (await store.load(key("fay"))).conversation
    await turn(store, key("fay"), step="one")
    fresh.state = state("other")
    with pytest.raises(ConcurrentUpdate):
        await store.commit(ChangeSet(key("fay"), conversation=fresh))
    assert (await store.load(key("fay"))).conversation.state == state("one")


async def test_events_processed_by_another_worker_refuse_the_change_set(store) -> None:
    await store.ingest(victim("fio"), [])
    await turn(store, key("fio"), step="one")
    await store.ingest(victim("fio", "pending"), [])
    mine, theirs = await store.load(key("fio")), await store.load(key("fio"))
    await store.commit(ChangeSet(key("fio"), processed=[m.id for m in theirs.inbound]))
    mine.conversation.state = state("two")
    await refused_whole(store, "fio", ChangeSet(key("fio"), processed=[m.id for m in mine.inbound],
                                                conversation=mine.conversation, outbox=[say("chat-fio", "twice")]))


async def test_a_failed_case_change_refuses_the_whole_change_set(store) -> None:
    _, reference = await open_case(store, "gus")
    _, other = await open_case(store, "hal")
    await store.ingest(victim("gus", "pending"), [])
    before = await _everything(store, "gus")
    changes = await _refused_change_set(store, "gus", case_changes=[
        CaseChange(other, {"status": CaseStatus.ESCALATED.value}, {"status": "new", "urgency": int(Urgency.MEDIUM)}),
        CaseChange(reference, {"status": CaseStatus.CLAIMED.value}, {"status": CaseStatus.ESCALATED.value}),
    ])
    with pytest.raises(ConcurrentUpdate):
        await store.commit(changes)
    assert await _everything(store, "gus") == before
    assert (await store.case_by_reference(other))["status"] == "new"  # the matching change is not applied either


async def test_a_case_change_applies_when_the_case_matches_and_none_means_null(store) -> None:
    _, reference = await open_case(store, "ida", category=None)
    await store.commit(ChangeSet(WorkKey(PLATFORM, DESK, "desk-1"), case_changes=[
        CaseChange(reference, {"status": CaseStatus.ESCALATED.value, "category": "phishing"},
                   {"status": "new", "category": None})]))
    case = await store.case_by_reference(reference)
    assert (case["status"], case["category"]) == ("escalated", "phishing")
    with pytest.raises(ConcurrentUpdate):  # the category is no longer null
        await store.commit(ChangeSet(WorkKey(PLATFORM, DESK, "desk-1"), case_changes=[
            CaseChange(reference, {"status": "claimed"}, {"category": None})]))
    with pytest.raises(ConcurrentUpdate):  # no such case
        await store.commit(ChangeSet(WorkKey(PLATFORM, DESK, "desk-1"), case_changes=[
            CaseChange("FD-1999-000001", {"status": "claimed"}, {})]))
    assert (await store.case_by_reference(reference))["status"] == "escalated"


async def test_a_new_case_gets_its_id_the_earlier_files_and_every_new_case_mark(store) -> None:
    first = await store.ingest(victim("jo", None), [FILE_A])
    await turn(store, key("jo"), evidence=[EvidenceRow(FILE_A, first, None)])
    second = await store.ingest(victim("jo", "it was a scam"), [FILE_B])
    number = await store.next_case_number()
    snapshot = await store.load(key("jo"))
    record = snapshot.conversation
    record.case_id = NEW_CASE
    committed = await turn(store, key("jo"), conversation=record, case=draft(number, complete=True),
                           evidence=[EvidenceRow(FILE_B, second, NEW_CASE)],
                           audit=[AuditRow("case_opened", NEW_CASE, f"contact:{snapshot.contact.id}", {"n": 1})])
    case_id = committed.case_id
    assert isinstance(case_id, int)
    reference = f"FD-2026-{number:06d}"
    loaded = await store.load(key("jo"))
    assert loaded.cases == [CaseRecord(case_id, CaseRef(reference, CaseStatus.NEW, Urgency.MEDIUM))]
    assert loaded.conversation.case_id == record.case_id == case_id  # NEW_CASE replaced, in the record too
    assert [(e["sha256"], e["case_id"], e["message_id"]) for e in await rows(store, "evidence")] == \
        [(FILE_A.sha256, case_id, first), (FILE_B.sha256, case_id, second)]
    assert [(a["case_id"], a["actor"], a["action"], a["detail"]) for a in await rows(store, "audit_event")] == \
        [(case_id, f"contact:{snapshot.contact.id}", "case_opened", {"n": 1})]
    case = await store.case_by_reference(reference)
    assert case["reference"] == reference and case["id"] == case_id
    assert (case["status"], case["urgency"], case["category"], case["answers"], case["locale"]) == \
        ("new", int(Urgency.MEDIUM), "scam", {"amount": 10}, "en")
    assert (case["intake_complete"], case["human_requested"]) == (True, False)
    assert case["created_at"] is not None
    assert await store.case_by_reference("FD-1999-000001") is None


async def test_files_of_the_change_set_that_opens_a_case_join_it(store) -> None:
    stored = await store.ingest(victim("kim", None), [FILE_A])
    number = await store.next_case_number()
    committed = await turn(store, key("kim"), case=draft(number), evidence=[EvidenceRow(FILE_A, stored, None)])
    assert [e["case_id"] for e in await rows(store, "evidence")] == [committed.case_id]


async def test_a_case_update_only_raises_urgency_and_only_turns_flags_on(store) -> None:
    case_id, reference = await open_case(store, "lee", urgency=int(Urgency.HIGH), complete=True, human=True)
    await store.ingest(victim("lee"), [])
    await turn(store, key("lee"), case=draft(0, reference=reference, id=case_id, urgency=int(Urgency.LOW),
                                             complete=False, human=False, category="phishing",
                                             answers={"amount": 20}))
    case = await store.case_by_reference(reference)
    assert (case["urgency"], case["intake_complete"], case["human_requested"]) == (int(Urgency.HIGH), True, True)
    assert (case["category"], case["answers"]) == ("phishing", {"amount": 20})
    await store.ingest(victim("lee"), [])
    await turn(store, key("lee"), case=draft(0, reference=reference, id=case_id, urgency=int(Urgency.CRITICAL)))
    assert (await store.load(key("lee"))).cases[0].ref.urgency is Urgency.CRITICAL
    assert (await store.counts())["cases"] == 1


async def test_an_answer_that_escalates_an_open_case_marks_it_once(store) -> None:
    case_id, reference = await open_case(store, "oda", reasons=["money_sent"])
    await store.ingest(victim("oda"), [])
    await turn(store, key("oda"), case=draft(0, reference=reference, id=case_id, urgency=int(Urgency.CRITICAL),
                                             escalated=True, reasons=["threat_to_life"]))
    first = await store.case_by_reference(reference)
    assert (first["status"], first["urgency"], first["reasons"]) == \
        (CaseStatus.ESCALATED.value, int(Urgency.CRITICAL), ["threat_to_life"])
    assert first["escalated_at"] is not None
    await store.ingest(victim("oda"), [])  # escalated again, with no new reason: nothing of the first is lost
    await turn(store, key("oda"), case=draft(0, reference=reference, id=case_id, escalated=True, reasons=[]))
    again = await store.case_by_reference(reference)
    assert (again["status"], again["escalated_at"], again["reasons"]) == \
        (CaseStatus.ESCALATED.value, first["escalated_at"], ["threat_to_life"])


async def test_next_case_number_never_repeats_even_after_forgetting(store) -> None:
    seen = [await store.next_case_number() for _ in range(3)]
    _, reference = await open_case(store, "max")
    seen.append(int(reference.rsplit("-", 1)[1]))
    await store.ingest(victim("max", command="forget"), [])
    await turn(store, key("max"), step=None, forget=True)
    assert (await store.counts())["cases"] == 0
    seen.append(await store.next_case_number())
    assert seen == sorted(set(seen))


# -- forgetting --------------------------------------------------------------------------------------------

async def test_forgetting_leaves_only_the_event_ids_and_returns_unreferenced_files(store) -> None:
    # another person sent one of the same files
    shared_by = await store.ingest(victim("ned", None), [FILE_SHARED])
    await turn(store, key("ned"), evidence=[EvidenceRow(FILE_SHARED, shared_by, None)])
    case_id, reference = await open_case(store, "oli")
    message = victim("oli", None)
    stored = await store.ingest(message, [FILE_A, FILE_SHARED])
    snapshot = await store.load(key("oli"))
    contact_id = snapshot.contact.id
    await turn(store, key("oli"),
               evidence=[EvidenceRow(FILE_A, stored, case_id), EvidenceRow(FILE_SHARED, stored, None)],
               audit=[AuditRow("files_added", case_id, f"contact:{contact_id}", {"files": 2})],
               outbox=[say("chat-oli", "thanks")])
    goodbye_message = victim("oli", command="forget")
    await store.ingest(goodbye_message, [])
    committed = await turn(store, key("oli"), step=None, forget=True,
                           outbox=[say("chat-oli", "all deleted", ephemeral=True)])
    assert committed.unreferenced_files == [FILE_A.sha256]
    assert [m.reply.text for m in committed.outbound] == ["all deleted"]
    assert await store.load(key("oli")) is None
    assert await store.case_by_reference(reference) is None
    # a redelivery of any of the person's events is still recognised, and brings nothing back
    assert await store.ingest(message, [FILE_A]) is None
    assert await store.ingest(goodbye_message, []) is None
    assert await store.load(key("oli")) is None
    assert await store.pending_keys(10) == []
    counts = await store.counts()
    assert (counts["contacts"], counts["conversations"], counts["cases"], counts["evidence"]) == (1, 1, 0, 1)
    audit = await rows(store, "audit_event")
    assert [(a["case_id"], a["actor"], a["action"], a["detail"]) for a in audit] == \
        [(None, "contact", "contact_forgotten", {"cases": 1, "files": 2})]
    messages = await rows(store, "message_log")
    inbound = [m for m in messages if m["direction"] == "in" and m["platform"] == PLATFORM
               and m["contact_id"] is None]
    assert {m["external_id"] for m in inbound} >= {message.external_id, goodbye_message.external_id}
    for row in inbound:
        assert (row["body"], row["chat_id"], row["contact_id"]) == (None, "", None)
        assert row["processed_at"] is not None
    outbound = [m for m in messages if m["direction"] == "out"]
    assert [(m["contact_id"], m["ephemeral"]) for m in outbound] == [(None, True)]  # only the goodbye
    assert counts["messages"] == len(messages) == 1 + 3 + 1  # ned's event, oli's three, the goodbye
    await store.mark_sent(committed.outbound[0].id, "p-9", now=now())
    assert (await store.counts())["messages"] == 4
    assert await store.count_unsent([PLATFORM]) == 0


# -- the outbox --------------------------------------------------------------------------------------------

async def test_outbox_rows_keep_chat_thread_operation_and_owner(store) -> None:
    await store.ingest(victim("pia"), [])
    contact_id = (await store.load(key("pia"))).contact.id
    desk_chat = ChatRef(PLATFORM, "desk-1", "thread-9", ChatKind.DESK)
    committed = await turn(store, key("pia"), outbox=[
        say("chat-pia", "hello"),
        Outgoing(desk_chat, Reply("new case", mention_role="role-1")),
        Outgoing(ChatRef(PLATFORM, "chat-pia"), Reply("edited"), Op.EDIT, target="m-1"),
        say("chat-pia", "bye", ephemeral=True)])
    sent = committed.outbound
    assert [(m.chat, m.reply, m.op, m.target, m.attempts) for m in sent] == [
        (ChatRef(PLATFORM, "chat-pia"), Reply("hello"), Op.SEND, None, 0),
        (desk_chat, Reply("new case", mention_role="role-1"), Op.SEND, None, 0),
        (ChatRef(PLATFORM, "chat-pia"), Reply("edited"), Op.EDIT, "m-1", 0),
        (ChatRef(PLATFORM, "chat-pia"), Reply("bye"), Op.SEND, None, 0)]
    assert sent == sorted(sent, key=lambda m: m.id)
    await store.ingest(at_desk("desk-1"), [])
    from_desk = await turn(store, WorkKey(PLATFORM, DESK, "desk-1"), outbox=[
        Outgoing(ChatRef(PLATFORM, "desk-2", kind=ChatKind.DESK), Reply("claimed"), Op.OPEN_THREAD)])
    owners = {m["id"]: m["contact_id"] for m in await rows(store, "message_log") if m["direction"] == "out"}
    assert [owners[m.id] for m in sent] == [contact_id, contact_id, contact_id, None]
    assert owners[from_desk.outbound[0].id] is None
    assert from_desk.outbound[0].op is Op.OPEN_THREAD
    # leased again later (its sender died mid-send), a row comes back the same: a lease is not a failed attempt
    leased = await store.lease_outbound(None, now=now() + timedelta(minutes=5), lease_seconds=30,
                                        platforms=[PLATFORM])
    assert [(m.id, m.chat, m.reply, m.op, m.target, m.attempts) for m in leased] == \
        [(m.id, m.chat, m.reply, m.op, m.target, 0) for m in [*sent, *from_desk.outbound]]


async def test_a_chat_waiting_for_a_retry_keeps_its_order_and_holds_no_other_chat(store) -> None:
    await store.ingest(victim("quin"), [])
    first = (await turn(store, key("quin"), outbox=[say("chat-quin", "first")])).outbound
    t0 = now()
    await store.mark_failed(first[0].id, now=t0, permanent=False, retry_at=t0 + timedelta(seconds=60))
    await store.ingest(victim("quin"), [])
    committed = await turn(store, key("quin"), outbox=[say("chat-quin", "second"), say("desk-1", "to the desk")])
    assert [m.reply.text for m in committed.outbound] == ["to the desk"]
    second = max(m["id"] for m in await rows(store, "message_log") if m["direction"] == "out"
                 and m["chat_id"] == "chat-quin")
    t1 = now()
    assert await store.lease_outbound(None, now=t1, lease_seconds=30, platforms=[PLATFORM]) == []
    assert await store.lease_outbound([second], now=t1, lease_seconds=30, platforms=[PLATFORM]) == []
    assert await store.count_unsent([PLATFORM]) == 3
    # once the retry is due, the chat goes out in order
    later = await store.lease_outbound(None, now=t1 + timedelta(seconds=61), lease_seconds=30, platforms=[PLATFORM])
    assert [m.reply.text for m in later] == ["first", "second", "to the desk"]
    assert [m.attempts for m in later] == [1, 0, 0]  # only the row that was tried and failed counts one


async def test_in_a_volunteer_chat_each_case_keeps_its_own_order(store) -> None:
    """One case's post waiting for its retry holds up that case's later posts in the chat, not another case's."""
    first, _ = await open_case(store, "una")
    second, _ = await open_case(store, "val")
    desk = ChatRef(PLATFORM, "desk-1", kind=ChatKind.DESK)

    def post(case_id: int, text: str) -> Outgoing:
        return Outgoing(desk, Reply(text), case_id=case_id, role=PlaceRole.RELAY)

    await store.ingest(victim("una"), [])
    stuck = (await turn(store, key("una"), outbox=[post(first, "una 1")])).outbound
    t0 = now()
    await store.mark_failed(stuck[0].id, now=t0, permanent=False, retry_at=t0 + timedelta(seconds=60))
    await store.ingest(victim("una"), [])
    assert (await turn(store, key("una"), outbox=[post(first, "una 2")])).outbound == []  # behind its own case
    await store.ingest(victim("val"), [])
    went = (await turn(store, key("val"), outbox=[post(second, "val 1"), say("desk-1", "a desk notice")]))
    assert [m.reply.text for m in went.outbound] == ["val 1", "a desk notice"]  # the other case, and the chat
    for m in went.outbound:
        await store.mark_sent(m.id, f"p-{m.id}", now=t0)
    later = await store.lease_outbound(None, now=t0 + timedelta(seconds=61), lease_seconds=30, platforms=[PLATFORM])
    assert [m.reply.text for m in later] == ["una 1", "una 2"]  # the stuck case, in order, once due
    # a person's chat stays one lane, whatever case a row is about
    await store.ingest(victim("una"), [])
    private = (await turn(store, key("una"), outbox=[say("chat-una", "about the case", case_id=first)])).outbound
    await store.mark_failed(private[0].id, now=t0, permanent=False, retry_at=t0 + timedelta(seconds=60))
    await store.ingest(victim("una"), [])
    assert (await turn(store, key("una"), outbox=[say("chat-una", "a plain reply")])).outbound == []


async def test_a_chat_with_an_unsent_row_holds_new_rows_for_the_sweep(store) -> None:
    await store.ingest(victim("rae"), [])
    first = (await turn(store, key("rae"), outbox=[say("chat-rae", "one"), say("chat-rae", "two")])).outbound
    assert [m.reply.text for m in first] == ["one", "two"]  # one change set's rows go out together
    await store.ingest(victim("rae"), [])
    assert (await turn(store, key("rae"), outbox=[say("chat-rae", "three")])).outbound == []
    t0 = now()
    held = [m for m in await rows(store, "message_log") if m["direction"] == "out" and m["lease_until"] is None]
    assert len(held) == 1  # held back: free for the sweep, which sends it after the earlier ones
    # asked for together with the earlier rows, all go; asked for alone, it waits
    assert await store.lease_outbound([held[0]["id"]], now=t0, lease_seconds=30, platforms=[PLATFORM]) == []
    ids = [first[0].id, first[1].id, held[0]["id"]]
    assert [m.id for m in await store.lease_outbound(ids, now=t0, lease_seconds=30, platforms=[PLATFORM])] == ids
    for row_id in ids:
        await store.mark_sent(row_id, f"p-{row_id}", now=t0)
    await store.ingest(victim("rae"), [])
    assert [m.reply.text for m in (await turn(store, key("rae"), outbox=[say("chat-rae", "four")])).outbound] \
        == ["four"]


async def test_a_leased_row_is_not_leased_again_until_its_lease_runs_out(store) -> None:
    await store.ingest(victim("sam"), [])
    committed = await turn(store, key("sam"), outbox=[say("chat-sam", "hi")])
    row_id = committed.outbound[0].id
    t0 = now()
    assert await store.lease_outbound(None, now=t0, lease_seconds=30, platforms=[PLATFORM]) == []
    taken = await store.lease_outbound(None, now=t0, lease_seconds=30, platforms=[PLATFORM], take_over=True)
    assert [(m.id, m.attempts) for m in taken] == [(row_id, 0)]
    assert await store.lease_outbound(None, now=t0 + timedelta(seconds=20), lease_seconds=30,
                                      platforms=[PLATFORM]) == []
    await store.renew_leases([row_id], until=t0 + timedelta(seconds=100))
    assert await store.lease_outbound(None, now=t0 + timedelta(seconds=60), lease_seconds=30,
                                      platforms=[PLATFORM]) == []
    assert await store.lease_outbound(None, now=t0 + timedelta(seconds=101), lease_seconds=30,
                                      platforms=[OTHER]) == []
    expired = await store.lease_outbound(None, now=t0 + timedelta(seconds=101), lease_seconds=30,
                                         platforms=[PLATFORM])
    assert [(m.id, m.attempts) for m in expired] == [(row_id, 0)]
    assert await store.lease_outbound(None, now=t0 + timedelta(seconds=102), lease_seconds=30,
                                      platforms=[PLATFORM]) == []


async def test_lease_limit_takes_the_oldest_rows(store) -> None:
    await store.ingest(victim("tia"), [])
    await turn(store, key("tia"), outbox=[say(f"chat-{n}", f"m{n}") for n in range(5)])
    later = now() + timedelta(minutes=1)
    assert [m.reply.text for m in await store.lease_outbound(None, now=later, lease_seconds=30, limit=2,
                                                             platforms=[PLATFORM])] == ["m0", "m1"]
    assert [m.reply.text for m in await store.lease_outbound(None, now=later, lease_seconds=30,
                                                             platforms=[PLATFORM])] == ["m2", "m3", "m4"]


async def test_sent_rows_keep_their_platform_id_and_ephemeral_ones_go(store) -> None:
    await store.ingest(victim("uma"), [])
    committed = await turn(store, key("uma"), outbox=[say("chat-uma", "kept"), say("chat-uma", "gone", ephemeral=True)])
    kept, gone = (m.id for m in committed.outbound)
    t0 = now()
    await store.mark_sent(kept, "p-1", now=t0)
    await store.mark_sent(gone, "p-2", now=t0)
    assert await store.count_unsent([PLATFORM]) == 0
    outbound = [m for m in await rows(store, "message_log") if m["direction"] == "out"]
    assert [(m["id"], m["external_id"], m["lease_until"]) for m in outbound] == [(kept, "p-1", None)]
    assert outbound[0]["sent_at"] is not None
    await store.renew_leases([kept], until=t0 + timedelta(minutes=1))  # sent rows keep no lease
    assert [m["lease_until"] for m in await rows(store, "message_log") if m["direction"] == "out"] == [None]
    assert await store.lease_outbound(None, now=t0, lease_seconds=30, platforms=[PLATFORM], take_over=True) == []


async def test_replies_sent_at_the_same_moment_are_all_marked_and_ephemeral_ones_go(store) -> None:
    """A turn's replies sent at one moment, their marks running at once (on SQLite's hot path, one group commit):
    each row ends as its own mark alone would leave it (its own platform id and time; a goodbye leaves nothing)."""
    await store.ingest(victim("una"), [])
    committed = await turn(store, key("una"), outbox=[say("chat-una", f"r{n}", ephemeral=n % 3 == 2)
                                                      for n in range(7)])
    t0 = now()
    await asyncio.gather(*(store.mark_sent(m.id, f"p-{m.id}", now=t0 + timedelta(seconds=m.id))
                           for m in committed.outbound))
    outbound = [m for m in await rows(store, "message_log") if m["direction"] == "out"]
    kept = [m.id for n, m in enumerate(committed.outbound) if n % 3 != 2]
    assert [(m["id"], m["external_id"], m["lease_until"]) for m in outbound] == [(i, f"p-{i}", None) for i in kept]
    assert [as_utc(m["sent_at"]) for m in outbound] == [t0 + timedelta(seconds=i) for i in kept]
    assert await store.count_unsent([PLATFORM]) == 0


async def test_count_unsent_counts_the_given_platforms(store) -> None:
    await store.ingest(victim("val"), [])
    committed = await turn(store, key("val"), outbox=[
        say("chat-val", "a"), say("chat-val", "b"), Outgoing(ChatRef(OTHER, "x"), Reply("c"))])
    assert await store.count_unsent([PLATFORM]) == 2
    assert await store.count_unsent([OTHER]) == 1
    assert await store.count_unsent([PLATFORM, OTHER]) == 3
    assert await store.count_unsent([]) == 0
    t0 = now()
    await store.mark_failed(committed.outbound[0].id, now=t0, permanent=True, retry_at=t0)
    assert await store.count_unsent([PLATFORM]) == 1


async def test_a_permanent_failure_releases_the_chat(store) -> None:
    await store.ingest(victim("wes"), [])
    first = (await turn(store, key("wes"), outbox=[say("chat-wes", "one")])).outbound
    t0 = now()
    await store.mark_failed(first[0].id, now=t0, permanent=True, retry_at=t0)
    await store.ingest(victim("wes"), [])
    assert [m.reply.text for m in (await turn(store, key("wes"), outbox=[say("chat-wes", "two")])).outbound] \
        == ["two"]
    assert (await store.load(key("wes"))).contact.blocked is False


async def test_a_blocked_chat_fails_its_queue_and_blocks_the_contact_until_unblocked(store) -> None:
    await store.ingest(victim("xia"), [])
    first = (await turn(store, key("xia"), outbox=[say("chat-xia", "one"), say("chat-xia", "two")])).outbound
    await store.ingest(victim("yan"), [])
    await turn(store, key("yan"), outbox=[say("chat-yan", "other person")])
    await store.ingest(victim("xia"), [])
    assert (await turn(store, key("xia"), outbox=[say("chat-xia", "three")])).outbound == []
    assert await store.count_unsent([PLATFORM]) == 4
    t0 = now()
    await store.mark_failed(first[0].id, now=t0, permanent=True, retry_at=t0, blocked=True)
    assert await store.count_unsent([PLATFORM]) == 1  # only the other person's
    assert await store.lease_outbound(None, now=t0 + timedelta(minutes=5), lease_seconds=30, platforms=[PLATFORM],
                                      take_over=True) != []
    snapshot = await store.load(key("xia"))
    assert snapshot.contact.blocked is True
    assert (await store.load(key("yan"))).contact.blocked is False
    # the person writes again: the turn unblocks them
    await store.ingest(victim("xia"), [])
    snapshot = await store.load(key("xia"))
    snapshot.contact.blocked = False
    await store.commit(ChangeSet(key("xia"), processed=[m.id for m in snapshot.inbound], contact=snapshot.contact))
    assert (await store.load(key("xia"))).contact.blocked is False


# -- reading --------------------------------------------------------------------------------------------------

async def test_cases_are_listed_newest_first(store) -> None:
    references = [(await open_case(store, user))[1] for user in ("ava", "ben", "cy")]
    assert [c["reference"] for c in await store.list_cases()] == references[::-1]
    assert [c["reference"] for c in await store.list_cases(limit=2)] == references[:0:-1]


async def test_resume_points_name_the_newest_plain_message_of_active_conversations(store) -> None:
    for external_id in ("100", "101", "i-7"):
        await store.ingest(victim("zed", external_id=external_id), [])
    await turn(store, key("zed"))
    await store.ingest(victim("zoe", external_id="200"), [])  # no conversation
    await store.ingest(victim("zia", external_id="300"), [])
    snapshot = await store.load(key("zia"))
    snapshot.conversation.state, snapshot.conversation.status = state(), "finished"
    await store.commit(ChangeSet(key("zia"), conversation=snapshot.conversation))
    assert await store.resume_points(PLATFORM) == [("zed", "chat-zed", "101")]
    assert await store.resume_points(OTHER) == []


async def test_a_case_is_found_however_people_quote_its_reference(store) -> None:
    _, reference = await open_case(store, "quoted", category="scam")
    number = reference.rsplit("-", 1)[1]
    for quoted in (reference, reference.lower(), f"  {reference} ", str(int(number)), number):
        found = await store.case_by_reference(quoted)
        assert found is not None and found["reference"] == reference, quoted
    assert await store.case_by_reference("FD-1999-999999") is None


async def test_resume_points_include_people_talking_with_a_volunteer_after_their_questions(store) -> None:
    from bot.ports import CaseChange

    _, reference = await open_case(store, "talker")
    await store.ingest(victim("talker", external_id="555"), [])
    snapshot = await store.load(key("talker"))
    snapshot.conversation.status = "finished"
    await turn(store, key("talker"), conversation=snapshot.conversation,
               case_changes=[CaseChange(reference, {"status": "claimed"}, {})])
    assert [(p[0], p[2]) for p in await store.resume_points(PLATFORM)] == [("talker", "555")]

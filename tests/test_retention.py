"""Retention and access requests on the real database: `purge` (and the daily job) leaves no trace of a person's
words in any column or file once their case is resolved and old, keeps an anonymous stub of the case, never
touches a case still open; `/forget` leaves no trace either; `cases export --contact` gives one person
everything stored about them and nothing about anyone else."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from bot.__main__ import main
from bot.app import RetentionJob, build_app
from bot.config import Settings
from bot.domain import Attachment
from bot.ports import Retention
from bot.storage.tables import metadata
from tests.conftest import PG_URL
from tests.fakes.channel import RecordingChannel
from tests.test_escalation import DESKS, PLATFORM, POLICY, Clock, Desk, Volunteer

# Words only Alice wrote or sent, each somewhere else: her story (with a link that becomes an indicator), a
# file's name and its contents, words pasted at the evidence step, what she wrote to her volunteer, her comment.
STORY = "Quillfeather emptied my savings through https://quillfeather-pay.example.net/login yesterday"
FILE_NAME = "zanzibar-receipt.txt"
FILE_WORDS = b"Transfer confirmation: Zanzibarmoth reference 77123"
PASTED = "From: Brambleworth <boss@brambleworth-mail.example.org>\nSubject: pay by tonight"
RELAYED = "Tinderwick called me again this morning"
COMMENT = "Marigoldbeacon was so kind"
ALICE = ("Quillfeather", "quillfeather-pay", "zanzibar-receipt", "Zanzibarmoth", "Brambleworth", "Tinderwick",
         "Marigoldbeacon")
BOB = "Oystercatchment took over my shop"  # Bob's case stays open: nothing of his may go
BOB_FILE = b"Oystercatchment screenshot"
ALL = Retention(messages_days=30, evidence_days=30, cases_days=30)
LATER = timedelta(days=400)


@pytest.fixture
async def desk(settings: Settings):
    channel = RecordingChannel(platform=PLATFORM)
    app = await build_app(settings, {channel.platform: channel}, desks=DESKS, policy=POLICY, clock=Clock())
    built = Desk(app.pipeline, app.store, channel, app.pipeline.tools.clock)
    built.app = app
    yield built
    await app.close()


async def settle(desk: Desk) -> None:
    await desk.pipeline.settle()


def reference_in(replies) -> str:
    said = " ".join(reply.text for reply in replies)
    return "FD-" + said.split("FD-")[1][:11]


async def alice_resolved(desk: Desk) -> str:
    """Alice's whole way: an intake with her story and files, a claim, words both ways, a resolution, a rating
    and a comment. The case's reference."""
    await desk.store.add_volunteer("Vera", telegram_id="v-1", languages=["en"])
    alice = desk.victim("alice")
    await alice.send("hello")
    await alice.press("agree")
    await alice.press("hacked_account")
    for words in ("insta", "I can still log in", "yes they are", "what is that", "no", "someone else", STORY,
                  "yesterday", "yes"):
        await alice.send(words)
    await alice.send(attachments=(Attachment(FILE_NAME, "text/plain", FILE_WORDS),))
    await alice.send(PASTED)
    await alice.press("_done")
    await alice.send("here")
    reference = reference_in(await alice.send("yes"))
    await desk.handle(Volunteer("v-1").message(choice=f"case:claim:{reference}"))
    await alice.send(RELAYED)
    await desk.handle(Volunteer("v-1").message(f"/reply {reference} Do not pay anything"))
    await desk.handle(Volunteer("v-1").message(f"/history {reference}"))
    await desk.handle(Volunteer("v-1").message(f"/resolve {reference}"))
    await alice.press("rate:4")
    await alice.send(COMMENT)
    await settle(desk)
    view = await desk.store.case_view(reference)
    assert (view.status, view.rating, view.comment) == ("resolved", 4, COMMENT)
    assert view.evidence and view.indicators and view.answers
    return reference


async def bob_waiting(desk: Desk) -> str:
    bob = desk.victim("bob")
    await bob.send("hello")
    await bob.press("agree")
    reference = reference_in(await bob.send("/human"))
    await bob.send(BOB)
    await bob.send(attachments=(Attachment("shop.txt", "text/plain", BOB_FILE),))
    await settle(desk)
    return reference


async def everything(desk: Desk) -> dict[str, list[dict]]:
    """Every row of every table, as the database holds it."""
    async with desk.app.db.engine.connect() as conn:
        return {table.name: [dict(row._mapping) for row in await conn.execute(select(table))]
                for table in metadata.sorted_tables}


def found_in_columns(tables: dict[str, list[dict]], words: tuple[str, ...]) -> list[str]:
    """Where any of `words` is in any text or JSON column: `table.column`."""
    hits = []
    for name, rows in tables.items():
        for row in rows:
            for column, value in row.items():
                shown = json.dumps(value, default=str, ensure_ascii=False) if isinstance(value, dict | list) \
                    else str(value)
                hits += [f"{name}.{column}: {word}" for word in words if word.lower() in shown.lower()]
    return sorted(set(hits))


def files_on_disk(settings: Settings, *, paths: bool = False) -> dict[str, bytes]:
    return {str(p) if paths else p.name: p.read_bytes() for p in settings.evidence_dir.rglob("*") if p.is_file()}


def found_in_files(settings: Settings, words: tuple[str, ...]) -> list[str]:
    return [name for name, data in files_on_disk(settings).items()
            if any(word.encode() in data for word in words)]


async def test_purge_leaves_no_trace_of_a_resolved_cases_words_and_keeps_an_anonymous_stub(desk, settings) -> None:
    reference = await alice_resolved(desk)
    bobs = await bob_waiting(desk)
    before = await everything(desk)
    assert found_in_columns(before, ALICE) and found_in_files(settings, ("Zanzibarmoth", "Brambleworth"))
    bob_before = await desk.store.case_by_reference(bobs)

    report = await desk.store.purge(ALL, now=datetime.now(UTC) + LATER, files=desk.pipeline.files)

    after = await everything(desk)
    assert found_in_columns(after, ALICE) == []
    assert found_in_files(settings, ALICE) == []
    assert report.cases == 1 and report.evidence >= 2 and report.files >= 2 and report.messages > 10
    assert report.case_lines == 2  # what Alice wrote to her volunteer and the answer
    stub = await desk.store.case_by_reference(reference)
    assert stub["category"] == "hacked_account" and stub["urgency"] == 2 and stub["rating"] == 4
    assert stub["status"] == "resolved" and all(stub[d] for d in ("created_at", "claimed_at", "first_reply_at",
                                                                  "resolved_at"))
    assert stub["answers"] == {} and stub["comment"] is None and stub["contact_id"] is None
    view = await desk.store.case_view(reference)
    assert view.indicators == [] and view.evidence == [] and view.places == []
    assert await desk.store.case_messages(view.id) == []
    # Bob's case is open: his words, his file, his case are as they were
    assert await desk.store.case_by_reference(bobs) == bob_before
    assert found_in_columns(after, ("Oystercatchment",)) == found_in_columns(before, ("Oystercatchment",))
    assert found_in_files(settings, ("Oystercatchment",))
    # message rows stay (a redelivery is still recognised), only their words go
    assert len(after["message_log"]) == len(before["message_log"])


async def test_a_dry_run_changes_nothing_and_counts_what_the_purge_then_does(desk, settings) -> None:
    await alice_resolved(desk)
    await bob_waiting(desk)
    before, files = await everything(desk), files_on_disk(settings)
    now = datetime.now(UTC) + LATER
    counted = await desk.store.purge(ALL, now=now, dry_run=True, files=desk.pipeline.files)
    assert counted.dry_run and counted.cases == 1 and counted.messages > 0 and counted.files > 0
    assert await everything(desk) == before and files_on_disk(settings) == files
    done = await desk.store.purge(ALL, now=now, files=desk.pipeline.files)
    assert done.counts() == counted.counts()
    again = await desk.store.purge(ALL, now=now, files=desk.pipeline.files)
    assert set(again.counts().values()) == {0}  # nothing left to purge


async def test_nothing_is_purged_before_its_time_or_while_kept_for_ever(desk, settings) -> None:
    reference = await alice_resolved(desk)
    before = await everything(desk)
    soon = datetime.now(UTC) + timedelta(days=10)
    report = await desk.store.purge(ALL, now=soon, files=desk.pipeline.files)
    assert set(report.counts().values()) == {0}
    forever = await desk.store.purge(Retention(), now=datetime.now(UTC) + LATER, files=desk.pipeline.files)
    assert set(forever.counts().values()) == {0}
    after = await everything(desk)
    assert {k: v for k, v in after.items() if k != "audit_event"} == \
        {k: v for k, v in before.items() if k != "audit_event"}
    assert (await desk.store.case_by_reference(reference))["comment"] == COMMENT


async def test_each_kind_of_data_has_its_own_retention(desk, settings) -> None:
    reference = await alice_resolved(desk)
    later = datetime.now(UTC) + LATER
    report = await desk.store.purge(Retention(messages_days=30), now=later, files=desk.pipeline.files)
    assert report.messages > 0 and report.cases == 0 and report.evidence == 0
    case = await desk.store.case_by_reference(reference)
    assert case["comment"] == COMMENT and case["answers"]  # the case record waits for its own retention
    assert found_in_files(settings, ("Zanzibarmoth",))  # and the evidence for its own
    rows = await everything(desk)
    assert all(row["body"] is None for row in rows["message_log"])
    assert not found_in_columns({"case_message": rows["case_message"]}, ALICE)
    report = await desk.store.purge(Retention(evidence_days=30), now=later, files=desk.pipeline.files)
    assert report.evidence >= 2 and found_in_files(settings, ALICE) == []
    assert (await desk.store.case_by_reference(reference))["comment"] == COMMENT


async def test_forget_leaves_no_trace_in_any_column_or_file(desk, settings) -> None:
    await alice_resolved(desk)
    await bob_waiting(desk)
    alice = desk.victim("alice")
    await alice.send("/forget")
    await alice.press("yes")
    await settle(desk)
    assert found_in_columns(await everything(desk), ALICE) == []
    assert found_in_files(settings, ALICE) == []
    assert found_in_files(settings, ("Oystercatchment",))  # someone else's files stay


async def test_the_daily_job_purges_once_a_day_whichever_worker_asks(desk) -> None:
    await alice_resolved(desk)
    clock = Clock()
    clock.advance(LATER.total_seconds())
    job = RetentionJob(desk.store, desk.pipeline.files, ALL, clock=clock)
    other_worker = RetentionJob(desk.store, desk.pipeline.files, ALL, clock=clock)
    first = await job.tick()
    assert first is not None and first.cases == 1
    assert await other_worker.tick() is None and await job.tick() is None  # not due again today
    clock.advance(25 * 3600)
    assert await other_worker.tick() is not None


async def test_two_purges_never_run_at_once_on_postgresql(desk) -> None:
    if not PG_URL:
        pytest.skip("SQLite has one worker, and its write transactions already run one at a time")
    from bot.storage.repository import PURGE_LOCK

    async with desk.app.db.engine.connect() as holder:  # another worker, in the middle of its purge
        await holder.execute(text("SELECT pg_advisory_lock(:key)"), {"key": PURGE_LOCK})
        assert await desk.store.purge(ALL, now=datetime.now(UTC) + LATER) is None
        await holder.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": PURGE_LOCK})
    assert await desk.store.purge(ALL, now=datetime.now(UTC) + LATER) is not None


async def test_an_access_request_exports_everything_about_one_person_and_nothing_else(desk, settings, monkeypatch,
                                                                                        capsys) -> None:
    reference = await alice_resolved(desk)
    await bob_waiting(desk)
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("DATA_DIR", str(settings.data_dir))
    assert await asyncio.to_thread(main, ["cases", "export", "--contact", f"{PLATFORM}:alice"]) == 0
    out = capsys.readouterr().out
    document = json.loads(out)
    assert "Oystercatchment" not in out
    for words in (STORY, PASTED, RELAYED, COMMENT, FILE_NAME):
        assert json.dumps(words, ensure_ascii=False)[1:-1] in out, words
    assert document["contact"]["external_id"] == "alice"
    [case] = document["cases"]
    assert case["reference"] == reference and case["comment"] == COMMENT and case["answers"]
    assert any(line["text"] == RELAYED and line["author"] == "victim" for line in case["conversation"])
    assert any(i["value"] == "https://quillfeather-pay.example.net/login" for i in case["indicators"])
    assert {m["direction"] for m in document["messages"]} == {"in", "out"}
    named = [e for e in document["evidence"] if e["filename"] == FILE_NAME]
    assert named and named[0]["case"] == reference
    assert files_on_disk(settings, paths=True)[named[0]["file"]] == FILE_WORDS  # where the operator finds the file
    assert any(a["action"] == "case_rated" for a in document["audit_events"])
    # nothing stored: said so; a malformed contact: how to write it
    assert await asyncio.to_thread(main, ["cases", "export", "--contact", f"{PLATFORM}:nobody"]) == 1
    assert await asyncio.to_thread(main, ["cases", "export", "--contact", "alice"]) == 2
    assert "PLATFORM:USER_ID" in capsys.readouterr().err

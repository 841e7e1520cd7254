"""Several workers on one PostgreSQL: every message is processed once and every reply is sent once, in order; the
escalation scheduler runs in every worker and fires each step once; long polling runs in one worker only."""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import func, select, text

from bot.app import build_app
from bot.config import Settings
from bot.domain import ChatRef, InboundMessage, UserRef
from bot.storage.db import Database, lock_key
from bot.storage.tables import AuditEvent, MessageLog
from tests.conftest import PG_URL
from tests.fakes.channel import RecordingChannel, Victim
from tests.fakes.telegram import FakeTelegram
from tests.telegram_harness import TOKEN, BotProcess

pytestmark = pytest.mark.skipif(not PG_URL, reason="several workers need PostgreSQL: set TEST_DATABASE_URL")

SCRIPT = [("text", "hello"), ("choice", "agree"), ("choice", "data_leak"), ("choice", "passwords"),
          ("choice", "breach"), ("choice", "me"), ("text", "A website I used was hacked and my password leaked"),
          ("text", "2 days ago"), ("choice", "no"), ("choice", "_skip"), ("choice", "here"), ("choice", "confirm")]


async def test_two_workers_share_the_work_without_doubles(settings) -> None:
    channel = RecordingChannel()
    settings.outbox_lease_seconds = 1.0
    workers = [await build_app(settings, {channel.platform: channel}) for _ in range(2)]
    try:
        victims = [Victim(f"w{i}") for i in range(6)]

        async def converse(victim: Victim) -> None:
            for kind, value in SCRIPT:
                message = victim.message(**{kind: value})
                # the platform delivers the same update to both workers at once
                await asyncio.gather(*(worker.handle(message) for worker in workers))

        await asyncio.gather(*(converse(v) for v in victims))
        for worker in workers:
            assert await worker.outbox.drain(10)

        async with workers[0].db.engine.connect() as conn:
            inbound = (await conn.execute(select(func.count()).select_from(MessageLog)
                                          .where(MessageLog.direction == "in"))).scalar_one()
        assert inbound == len(victims) * len(SCRIPT)
        expected = None
        for victim in victims:
            texts = [reply.text.split(" FD-")[0] for reply in channel.replies_to(victim.user.external_id)]
            expected = expected or texts
            assert texts == expected, f"{victim.user.external_id} saw a different conversation"
        assert expected[-1].startswith("Thank you. Your report is registered")
        # the greeting comes with the first question, and the first aid with the question after it
        assert len(expected) == len(SCRIPT) + 2
    finally:
        for worker in workers:
            await worker.close()


# the turn's commit locks one of these rows, then waits for the other that a second transaction holds, which then
# waits for the first: a plain answer's commit (one statement) takes the conversation first; one that escalates a
# case (the SQLAlchemy path) marks the event processed first
DEADLOCKS = {"a plain answer": (None, "message_log", "conversation"),
             "a request for a person": ("/human", "conversation", "message_log")}


@pytest.mark.parametrize("turn", DEADLOCKS)
async def test_a_turn_undone_by_a_deadlock_is_decided_again(settings, caplog, turn: str) -> None:
    """PostgreSQL undoes one of two transactions that wait for each other (two workers, a sweep, a volunteer's
    claim): the turn it undid is decided again, and the person gets the same answers as anyone else, once."""
    import asyncpg
    from sqlalchemy.engine import make_url

    from tests.test_escalation import DESKS, PLATFORM, POLICY

    command, held, then = DEADLOCKS[turn]
    rows = {"message_log": "UPDATE message_log SET attempts = attempts WHERE id = $1",
            "conversation": "UPDATE conversation SET version = version WHERE contact_id = $1"}
    channel = RecordingChannel(platform=PLATFORM)
    app = await build_app(settings, {PLATFORM: channel}, desks=DESKS, policy=POLICY)
    other = await asyncpg.connect(make_url(settings.database_url).set(drivername="postgresql")
                                  .render_as_string(hide_password=False),
                                  server_settings={"deadlock_timeout": "60s"})  # the turn's side sees the cycle
    try:
        calm, caught = Victim("calm", platform=PLATFORM), Victim("caught", platform=PLATFORM)
        for victim in (calm, caught):
            for kind, value in SCRIPT[:2]:
                await app.handle(victim.message(**{kind: value}))
        kind, value = ("text", command) if command else SCRIPT[2]
        before = len(channel.replies_to(calm.user.external_id))
        await app.handle(calm.message(**{kind: value}))
        expected = [re.sub(r"FD-[\d-]+", "FD-…", reply.text)
                    for reply in channel.replies_to(calm.user.external_id)[before:]]

        message = caught.message(**{kind: value})
        await app.ingest(message)
        async with app.db.engine.connect() as conn:
            event_id, contact_id = (await conn.execute(
                select(MessageLog.id, MessageLog.contact_id).where(MessageLog.external_id == message.external_id,
                                                                   MessageLog.direction == "in"))).one()
        key = {"message_log": event_id, "conversation": contact_id}
        before = len(channel.replies_to(caught.user.external_id))
        async with other.transaction():
            await other.execute(rows[held], key[held])
            turn_done = asyncio.ensure_future(app.process(message))
            async with asyncio.timeout(WAIT):  # the commit has taken its first row and waits for this one
                while True:
                    if await other.fetchval("SELECT count(*) FROM pg_stat_activity "
                                            "WHERE $1 = ANY(pg_blocking_pids(pid))", other.get_server_pid()):
                        break
                    await asyncio.sleep(0.05)
            await other.execute(rows[then], key[then])  # returns once PostgreSQL has undone the turn's commit
        await asyncio.wait_for(turn_done, WAIT)
        assert [re.sub(r"FD-[\d-]+", "FD-…", reply.text)
                for reply in channel.replies_to(caught.user.external_id)[before:]] == expected
        assert any("undone by a deadlock" in record.getMessage() and "deciding again" in record.getMessage()
                   for record in caplog.records)
    finally:
        await other.close()
        await app.close()

async def test_two_schedulers_on_one_database_fire_each_due_step_once(settings) -> None:
    """Every worker runs the escalation scheduler: two runners ticking at the same time over the same due steps (a
    backlog, as after an outage) take each one once; their pages go out once."""
    from tests.test_escalation import DESKS, PLATFORM, POLICY, Clock

    channel, clock = RecordingChannel(platform=PLATFORM), Clock()
    workers = [await build_app(settings, {PLATFORM: channel}, desks=DESKS, policy=POLICY, clock=clock)
               for _ in range(2)]
    try:
        store = workers[0].store
        await store.add_volunteer("Ann", telegram_id="11", languages=["en"])
        await store.update_volunteer("Ann", on_call=True)
        references = []
        for number in range(12):
            victim = Victim(f"urgent-{number}", platform=PLATFORM)
            for message in (victim.message("hello"), victim.message(choice="agree")):
                await workers[number % 2].handle(message)
            before = len(channel.replies_to(victim.user.external_id))
            await workers[number % 2].handle(victim.message("/human"))
            said = channel.replies_to(victim.user.external_id)[before].text
            references.append("FD-" + said.split("FD-")[1][:11])

        async def drain(worker) -> int:
            taken = 0
            while found := await worker.escalations.tick(limit=3):  # small leases: the two interleave
                taken += found
            return taken

        for _step in range(3):
            taken = await asyncio.gather(*(drain(worker) for worker in workers))
            for worker in workers:
                await worker.escalations.settle()
                # a page behind one the other worker is sending in the same chat waits for the sweep (order lanes)
                assert await worker.outbox.drain(10)
            assert sum(taken) == len(references)
            print("steps taken per worker:", taken)
            clock.advance(61)

        async with workers[0].db.engine.connect() as conn:
            rows = (await conn.execute(select(AuditEvent.case_id, AuditEvent.detail).where(
                AuditEvent.action == "escalation_step"))).all()
        fired = Counter((case_id, detail["step"]) for case_id, detail in rows)
        assert len(fired) == 3 * len(references) and set(fired.values()) == {1}
        pages = [reply.text for chat, reply in channel.sent if chat.chat_id == "11"]
        for reference in references:  # steps 1 (on call, English) and 2 (on call) paged Ann, once each
            assert sum(reference in text for text in pages) == 2, reference
    finally:
        for worker in workers:
            await worker.close()


async def test_workers_starting_together_migrate_once(settings) -> None:
    from sqlalchemy import text

    from bot.storage.db import Database
    from bot.storage.tables import metadata

    admin = Database(settings.database_url)
    head = await admin.revision()
    tables = ", ".join(["alembic_version", *(table.name for table in metadata.sorted_tables)])
    async with admin.transaction() as conn:
        await conn.execute(text(f"DROP TABLE IF EXISTS {tables} CASCADE"))
    await admin.dispose()
    databases = [Database(settings.database_url) for _ in range(3)]
    try:
        # without a lock the concurrent migrations deadlock or collide: bounded, so the test fails, not hangs
        await asyncio.wait_for(asyncio.gather(*(db.upgrade() for db in databases)), 60)
        assert {await db.revision() for db in databases} == {head}
    finally:
        for db in databases:
            await db.dispose()


# -- Telegram: long polling in one worker only ---------------------------------------------------------------------
REFUSED = "telegram channel not started: another worker already polls Telegram"
WAIT = 60.0  # bounds against a hang, never a measure: the machine is shared


async def readyz(bot: BotProcess) -> tuple[int, dict]:
    async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{bot.port}/readyz") as response:
        return response.status, await response.json()


async def poller_session_gone(database_url: str) -> None:
    """Until no session holds the polling lock: PostgreSQL ends a killed worker's session once it sees the socket
    closed."""
    key = lock_key(f"telegram polling of bot {TOKEN.partition(':')[0]}")
    db = Database(database_url)
    try:
        async with asyncio.timeout(WAIT):
            while True:
                async with db.engine.connect() as conn:
                    held = (await conn.execute(text(
                        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                        "AND classid = CAST(:high AS bigint)::oid AND objid = CAST(:low AS bigint)::oid"),
                        {"high": (key >> 32) & 0xFFFFFFFF, "low": key & 0xFFFFFFFF})).scalar_one()
                if not held:
                    return
                await asyncio.sleep(0.1)
    finally:
        await db.dispose()


async def test_a_second_poller_is_refused_and_the_first_keeps_answering(database_url, tmp_path: Path) -> None:
    async with FakeTelegram(token=TOKEN) as fake:
        first = BotProcess(fake, database_url, tmp_path / "data")
        await first.start()
        second = BotProcess(fake, database_url, tmp_path / "data")
        second.ready_line = REFUSED
        await second.start()  # it keeps running: it still sends what the other workers queue
        refusal = next(line for line in second.output if REFUSED in line)
        assert f"pid {first.process.pid} " in refusal  # the operator is told which worker polls
        assert "TELEGRAM_MODE=webhook" in refusal
        status, body = await readyz(second)
        assert status == 503 and any(f"pid {first.process.pid} " in reason and "TELEGRAM_MODE=webhook" in reason
                                     for reason in body["reasons"])  # the reason, where the operator looks
        assert (await readyz(first))[0] == 200

        fake.user_sends(701, "hello")
        await fake.wait_for(lambda: any("Is that all right?" in t for t in fake.sent_texts(701)), timeout=WAIT)
        welcomed = len(fake.sent_texts(701))
        fake.user_sends(701, "/help")
        await fake.wait_for(welcomed + 1, chat_id=701, timeout=WAIT)
        help_text = fake.sent_texts(701)[-1]
        assert ("getUpdates", 409) not in fake.errors  # only one worker ever polled

        # killed, the poller's database session ends, and with it the lock: a new poller takes over
        await first.stop(kill=True)
        await poller_session_gone(database_url)
        third = BotProcess(fake, database_url, tmp_path / "data")
        await third.start()
        before = len(fake.sent_texts(701))
        fake.user_sends(701, "/help")
        # a reply whose "sent" mark the kill cut off may come again first (the documented window): wait for the help
        await fake.wait_for(lambda: help_text in fake.sent_texts(701)[before:], timeout=WAIT)
        assert fake.sent_texts(701)[before:].count(help_text) == 1  # the same help, once
        assert await second.stop() == 0 and await third.stop() == 0
        second.assert_clean()
        third.assert_clean()


# -- Telegram: webhook mode in every worker --------------------------------------------------------------------------
SECRET = "several-workers-secret"
REFERENCE = re.compile(r"FD-\d{4}-\d{6}")


def turns(script: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """The steps a victim sends together: one at a time, but two typed answers in a row go at once, as a person
    who types fast sends them: the second must not be read as the answer to the first question."""
    grouped: list[list[tuple[str, str]]] = []
    for step in script:
        previous = grouped[-1] if grouped else []
        if len(previous) == 1 and previous[0][0] == step[0] == "text":
            previous.append(step)
        else:
            grouped.append([step])
    return grouped


async def expected_conversation(settings: Settings, tmp_path: Path) -> list[list[str]]:
    """What one worker answers to each group of steps: the script played in this process on a scratch SQLite."""
    channel = RecordingChannel(platform="telegram")
    scratch = settings.model_copy(update={"database_url": f"sqlite+aiosqlite:///{tmp_path / 'expected.db'}",
                                          "data_dir": tmp_path / "expected"})
    app = await build_app(scratch, {"telegram": channel})
    try:
        user, chat = UserRef("telegram", "1", language_hint="en"), ChatRef("telegram", "1")
        answers = []
        for number, group in enumerate(turns(SCRIPT)):
            before = len(channel.sent)
            for index, (kind, value) in enumerate(group):
                await app.handle(InboundMessage(platform="telegram", external_id=f"{number}-{index}", user=user,
                                                chat=chat, **{kind: value}))
            answers.append([REFERENCE.sub("FD-…", reply.text) for _, reply in channel.sent[before:]])
        return answers
    finally:
        await app.close()


async def test_two_webhook_workers_answer_each_update_once_and_in_order(database_url, settings, tmp_path) -> None:
    """Updates posted to both workers in turn (the load balancer), several at once, a chat's next one only after
    the one before it was acknowledged (as Telegram does): a person's consecutive messages are stored by different
    workers and answered by whichever takes their turn."""
    expected = await expected_conversation(settings, tmp_path)
    async with FakeTelegram(token=TOKEN) as fake:
        env = {"TELEGRAM_MODE": "webhook", "TELEGRAM_WEBHOOK_SECRET": SECRET, "TELEGRAM_PER_CHAT_PER_SECOND": "30",
               # the balancer's address, the same in every worker; the fake posts to the workers instead
               "TELEGRAM_WEBHOOK_URL": "http://127.0.0.1:9/telegram/webhook"}
        workers = [BotProcess(fake, database_url, tmp_path / "data", **env) for _ in range(2)]
        fake.webhook_targets = [f"http://127.0.0.1:{worker.port}/telegram/webhook" for worker in workers]
        fake.webhook_connections = 8
        await asyncio.gather(*(worker.start() for worker in workers))
        victims = list(range(801, 813))
        pushed: dict[int, list[int]] = {victim: [] for victim in victims}

        async def converse(victim: int) -> None:
            received = 0
            for group, answers in zip(turns(SCRIPT), expected, strict=True):
                for kind, value in group:
                    update = fake.user_sends(victim, value) if kind == "text" else fake.user_presses(victim, value)
                    pushed[victim].append(update["update_id"])
                received += len(answers)
                await fake.wait_for(received, chat_id=victim, timeout=WAIT)

        await asyncio.gather(*(converse(victim) for victim in victims))
        await asyncio.sleep(1.0)  # a reply sent twice would show now (this can only catch a failure, never cause one)

        for victim in victims:
            said = [REFERENCE.sub("FD-…", text) for text in fake.sent_texts(victim)]
            assert said == [answer for answers in expected for answer in answers], f"victim {victim}"
        delivered = Counter(update["update_id"] for update in fake.webhook_deliveries)
        updates = sorted(update_id for ids in pushed.values() for update_id in ids)
        assert sorted(delivered) == updates and set(delivered.values()) == {1}
        assert {url for _, url, _ in fake.webhook_attempts} == set(fake.webhook_targets)  # both took updates
        worker_of = {update_id: url for update_id, url, status in fake.webhook_attempts if status == 200}
        switches = sum(worker_of[a] != worker_of[b] for ids in pushed.values() for a, b in pairwise(ids))
        print(f"{len(updates)} updates; a person's next one stored by the other worker: {switches} times")
        db = Database(database_url)
        try:
            async with db.engine.connect() as conn:
                stored = (await conn.execute(select(func.count()).select_from(MessageLog).where(
                    MessageLog.direction == "in", MessageLog.platform == "telegram"))).scalar_one()
        finally:
            await db.dispose()
        assert stored == len(updates)  # each update stored once
        for worker in workers:
            assert await worker.stop() == 0
            worker.assert_clean()

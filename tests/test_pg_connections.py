"""The hot path's own PostgreSQL connections (`bot.storage.hotpath.Connections`), on a real server: never more open
than allowed, a plan that finds them all busy gets the next one given back, and a connection a plan may have left
unusable (cancelled mid-statement, cut off by the server) is replaced, not handed to the next plan. And what goes
over them: one event's ingest is its one statement, a batch's is one transaction."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy.engine import make_url

from bot.domain import ChatRef, InboundMessage, UserRef
from bot.storage.hotpath import Connections, HotPath, PostgresRunner
from tests.conftest import PG_URL

pytestmark = pytest.mark.skipif(not PG_URL, reason="the hot path's connections are PostgreSQL's: set TEST_DATABASE_URL")

WAIT = 30.0  # bounds against a hang, never a measure


def connections(database_url: str, size: int) -> Connections:
    dsn = make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)
    return Connections(dsn, size, {"application_name": "fd-connections-test"})


async def still_waiting(task: asyncio.Task) -> bool:
    for _ in range(20):  # whatever could hand it a connection has had its turn
        await asyncio.sleep(0)
    return not task.done()


async def test_a_plan_that_finds_every_connection_busy_gets_the_next_one_given_back(database_url) -> None:
    pool = connections(database_url, 2)
    try:
        first, second = await pool.take(), await pool.take()
        assert first is not second
        third = asyncio.ensure_future(pool.take())
        assert await still_waiting(third)
        pool.give(second)
        assert await asyncio.wait_for(third, WAIT) is second
        assert await second.fetchval("SELECT 1") == 1
        pool.give(first)
        pool.give(second)
        assert await pool.take() is second  # the warmest first
    finally:
        await pool.close()


async def test_a_plan_cancelled_while_waiting_leaves_its_place_to_the_next(database_url) -> None:
    pool = connections(database_url, 1)
    try:
        held = await pool.take()
        gave_up = asyncio.ensure_future(pool.take())
        assert await still_waiting(gave_up)
        gave_up.cancel()
        with pytest.raises(asyncio.CancelledError):
            await gave_up
        pool.give(held)
        assert await asyncio.wait_for(pool.take(), WAIT) is held
    finally:
        await pool.close()


async def test_a_connection_cancelled_mid_statement_is_replaced(database_url) -> None:
    pool = connections(database_url, 1)
    try:
        conn = await pool.take()
        sleeping = asyncio.ensure_future(conn.fetchval("SELECT pg_sleep(60)"))
        await asyncio.sleep(0.2)  # (whether the statement has begun or not, the connection is not reused)
        sleeping.cancel()
        with pytest.raises(asyncio.CancelledError) as cancelled:
            await sleeping
        pool.give(conn, cancelled.value)
        fresh = await asyncio.wait_for(pool.take(), WAIT)
        assert fresh is not conn and conn.is_closed()
        assert await fresh.fetchval("SELECT 1") == 1
        pool.give(fresh)
    finally:
        await pool.close()


async def test_after_the_server_cut_a_connection_the_next_plan_runs(database_url) -> None:
    """What a worker sees when PostgreSQL restarts or an operator ends its sessions: a plan on the cut connection
    fails as any call in an outage does (unless the cut was seen first), and the next one runs on a new one."""
    from bot.outage import is_connection_error

    runner = PostgresRunner(database_url, pool_size=1)
    hot = HotPath(runner)
    try:
        first = await hot.next_case_number()
        conn = await runner.connections.take()
        pid = conn.get_server_pid()
        runner.connections.give(conn)
        admin = connections(database_url, 1)
        try:
            other = await admin.take()
            assert await other.fetchval("SELECT pg_terminate_backend($1)", pid)
            admin.give(other)
        finally:
            await admin.close()
        numbers = []
        try:
            numbers.append(await hot.next_case_number())
        except Exception as exc:
            assert is_connection_error(exc), exc
        numbers.append(await hot.next_case_number())
        assert numbers == list(range(first + 1, first + 1 + len(numbers)))  # a failed plan changed nothing
    finally:
        await runner.close()


async def test_one_event_is_stored_in_one_statement_and_a_batch_in_one_transaction(database_url) -> None:
    """A round trip is most of what a message costs the bot on PostgreSQL: one event's ingest is a statement atomic
    on its own (no BEGIN and COMMIT around it); a Telegram batch is stored whole or not at all."""
    runner = PostgresRunner(database_url, pool_size=1)
    hot = HotPath(runner)
    user = UserRef("test", "rt-1")

    def event(n: int) -> tuple[InboundMessage, tuple]:
        return InboundMessage(platform="test", external_id=f"rt-{n}", user=user, chat=ChatRef("test", "rt-1"),
                              text="someone took my account"), ()

    try:
        await hot.next_case_number()  # the one connection opened
        conn = await runner.connections.take()
        sent: list[str] = []
        conn.add_query_logger(lambda logged: sent.append(logged.query.split(None, 1)[0].rstrip(";").upper()))
        runner.connections.give(conn)

        stored = await hot.ingest_many([event(1)])
        await asyncio.sleep(0)  # asyncpg calls its query loggers soon after, not at once
        assert stored[0] is not None and sent == ["WITH"]  # the event (and its contact) in one statement
        sent.clear()
        stored = await hot.ingest_many([event(2), event(3), event(1)])
        await asyncio.sleep(0)
        assert stored[0] is not None and stored[1] is not None and stored[2] is None  # the last one: a redelivery
        assert sent == ["BEGIN", "WITH", "WITH", "WITH", "COMMIT"]
    finally:
        await runner.close()

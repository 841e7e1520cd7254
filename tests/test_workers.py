"""Two workers on one PostgreSQL: every message is processed once and every reply is sent once, in order."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select

from bot.app import build_app
from bot.storage.tables import MessageLog
from tests.conftest import PG_URL
from tests.fakes.channel import RecordingChannel, Victim

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

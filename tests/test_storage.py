"""The database layer itself: migrations match the tables, and transactions are all-or-nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from bot.ports import CONTACT, NEW_CASE, CaseDraft, ChangeSet, ConcurrentUpdate, ConversationRecord, WorkKey
from bot.storage.jsontext import dumps
from bot.storage.tables import Case, metadata


async def test_migrations_build_exactly_the_declared_tables(app) -> None:
    async with app.db.engine.connect() as conn:
        diff = await conn.run_sync(lambda sync: compare_metadata(MigrationContext.configure(sync), metadata))
    assert diff == []


async def test_a_change_set_decided_on_a_stale_conversation_leaves_nothing(app, talk) -> None:
    await talk("sp").send("hello")
    snapshot = await app.store.load(WorkKey("test", CONTACT, "sp"))
    assert snapshot is not None and snapshot.contact is not None
    stale = ConversationRecord(state={"flow": "intake", "step": "consent"}, version=99, case_id=NEW_CASE)
    draft = CaseDraft(reference="FD-2026-999999", category="scam", answers={}, urgency=0, locale="en",
                      complete=True, human=False)
    with pytest.raises(ConcurrentUpdate):
        await app.store.commit(ChangeSet(WorkKey("test", CONTACT, "sp"), contact=snapshot.contact,
                                         conversation=stale, case=draft))
    async with app.db.engine.connect() as conn:
        assert (await conn.execute(select(func.count()).select_from(Case))).scalar_one() == 0


async def _hot_plans_that_read_everything(database_url: str) -> dict[str, list[str]]:
    """The steps of each hot statement's kept plan that read a whole table or a whole index (on SQLite, a SCAN)."""
    import re

    from sqlalchemy.engine import make_url

    from bot.storage import hotpath

    found: dict[str, list[str]] = {}
    if make_url(database_url).get_backend_name() == "sqlite":
        import sqlite3

        from sqlalchemy.dialects import sqlite
        from sqlalchemy.dialects.sqlite import insert

        conn = sqlite3.connect(make_url(database_url).database)
        try:
            for name, prepared in hotpath.compile_all(sqlite.dialect(), insert).items():
                plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + prepared.sql,
                                                       [None] * len(prepared.names))]
                found[name] = [step for step in plan if step.startswith("SCAN")]
        finally:
            conn.close()
        return found
    import asyncpg
    from sqlalchemy.dialects.postgresql import asyncpg as asyncpg_dialect
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    dsn = make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)
    conn = await asyncpg.connect(dsn, server_settings={"plan_cache_mode": "force_generic_plan"})
    try:
        for name, prepared in hotpath.compile_all(asyncpg_dialect.dialect(), pg_insert).items():
            count = len(set(re.findall(r"\$(\d+)", prepared.sql)))
            await conn.execute(f"PREPARE fd_{name} AS {prepared.sql}")
            plan = [row[0].strip() for row in await conn.fetch(
                f"EXPLAIN EXECUTE fd_{name}({', '.join(['NULL'] * count)})" if count else f"EXPLAIN EXECUTE fd_{name}")]
            # an index scan with no Index Cond reads the whole index, filtering each row
            found[name] = [step for at, step in enumerate(plan) if "Seq Scan" in step or (
                " Scan using " in step and not (at + 1 < len(plan) and plan[at + 1].startswith("Index Cond")))]
            await conn.execute(f"DEALLOCATE fd_{name}")
    finally:
        await conn.close()
    return found


async def test_every_statement_of_the_hot_path_finds_its_rows_through_an_index(database_url) -> None:
    """No statement of the hot path reads a whole table, or a whole index, to find its rows, in the plan the
    database keeps for it. PostgreSQL keeps a prepared statement's generic plan for as long as the connection lives,
    made the first time, while the tables may still be empty or small: a plan that reads all of the message table
    (or all of one of its indexes) then does it at every turn as the table grows. It did, for the processed marks
    written `id = ANY($1)`, and for a turn's load, which read all of uq_message_inbound on a database just made."""
    from bot.domain import ChatRef, InboundMessage, UserRef
    from bot.storage.db import Database
    from bot.storage.repository import SqlStore

    db = Database(database_url)
    await db.upgrade()
    await db.dispose()
    on_a_new_database = await _hot_plans_that_read_everything(database_url)
    db = Database(database_url)
    store = SqlStore(db)
    for n in range(100):  # a young database: a few people, a few messages
        user = UserRef("test", f"u{n % 20}")
        await store.ingest(InboundMessage(platform="test", external_id=f"m{n}", user=user,
                                          chat=ChatRef("test", f"c{n % 20}"), text="hello"), [])
    await db.dispose()
    on_a_young_database = await _hot_plans_that_read_everything(database_url)
    assert on_a_new_database and {name: steps for name, steps in on_a_new_database.items() if steps} == {}
    assert on_a_young_database and {name: steps for name, steps in on_a_young_database.items() if steps} == {}


@pytest.mark.parametrize("value", [datetime(2026, 12, 4, tzinfo=UTC), WorkKey("test", CONTACT, "x")])
def test_stored_json_refuses_what_would_not_come_back_the_same(value) -> None:
    """A datetime or a dataclass in a state is a mistake to see at once: written as text, it would be read back
    as a string or a dict. orjson would write both; the stored JSON refuses them, as `json.dumps` always did."""
    with pytest.raises(TypeError):
        dumps({"slots": {"when": value}})

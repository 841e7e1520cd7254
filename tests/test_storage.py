"""The database layer itself: migrations match the tables, and transactions are all-or-nothing."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from bot.storage.tables import Case, metadata


async def test_migrations_build_exactly_the_declared_tables(app) -> None:
    async with app.db.engine.connect() as conn:
        diff = await conn.run_sync(lambda sync: compare_metadata(MigrationContext.configure(sync), metadata))
    assert diff == []


async def test_a_savepoint_inside_a_rolled_back_transaction_leaves_nothing(app, talk) -> None:
    await talk("sp").send("hello")
    async with app.store.contact_transaction("test", "sp") as tx:
        async with tx.savepoint():
            await tx.open_case(category="scam", answers={}, urgency=0, locale="en", complete=True, human=False)
        await tx.conn.rollback()  # as if the process died before the commit
    async with app.db.engine.connect() as conn:
        assert (await conn.execute(select(func.count()).select_from(Case))).scalar_one() == 0

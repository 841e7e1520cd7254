"""The database layer itself: migrations match the tables, and transactions are all-or-nothing."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from bot.ports import CONTACT, NEW_CASE, CaseDraft, ChangeSet, ConcurrentUpdate, ConversationRecord, WorkKey
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

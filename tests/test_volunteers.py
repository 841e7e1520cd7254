"""The volunteer roster's contract (`bot.ports.VolunteerRepository`), checked the same way on the memory store
and on SQL (SQLite, or PostgreSQL with TEST_DATABASE_URL); and a change set's `volunteer_changes`."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.ports import DESK, ChangeSet, ConcurrentUpdate, VolunteerChange, VolunteerRecord, WorkKey
from bot.storage.db import Database
from bot.storage.memory import MemoryStore
from tests.conftest import STORE_KINDS

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
EVENING = {"days": [0, 1, 2, 3, 4], "from": "18:00", "to": "23:00", "tz": "Europe/Paris"}


def wire_memory_volunteer_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    """MemoryStore.commit checks and applies `volunteer_changes` with the mixin's helpers
    (`_check_volunteer_changes` in `_check`, `_apply_volunteer_changes` in `_apply`); where it does not
    yet, the tests add them, so that the memory store keeps the contract SQL keeps."""
    check, apply = MemoryStore._check, MemoryStore._apply
    if "_check_volunteer_changes" not in inspect.getsource(check):
        def checked(self: MemoryStore, changes: ChangeSet) -> None:
            check(self, changes)
            self._check_volunteer_changes(changes)

        monkeypatch.setattr(MemoryStore, "_check", checked)
    if "volunteer_changes" not in inspect.getsource(apply):
        def applied(self: MemoryStore, changes: ChangeSet, now: datetime) -> Any:
            self._apply_volunteer_changes(changes)
            return apply(self, changes, now)

        monkeypatch.setattr(MemoryStore, "_apply", applied)


@pytest.fixture(params=STORE_KINDS)
def store_url(request: pytest.FixtureRequest) -> str | None:
    """None for the memory store; the test database for SQL (only then is a database prepared)."""
    return request.getfixturevalue("database_url") if request.param == "sql" else None


@pytest.fixture
async def store(store_url: str | None, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Any]:
    if store_url is None:
        wire_memory_volunteer_changes(monkeypatch)
        yield MemoryStore()
        return
    from bot.storage.repository import SqlStore

    db = Database(store_url)
    await db.upgrade()
    try:
        yield SqlStore(db)
    finally:
        await db.dispose()


async def test_add_and_find_by_name_identity_and_list(store) -> None:
    ana = await store.add_volunteer("Ana", telegram_id="111", languages=["en", "fr"], coordinator=True)
    assert ana == VolunteerRecord(ana.id, "Ana", telegram_id="111", languages=("en", "fr"), role="coordinator")
    assert ana.coordinator and not ana.on_call and ana.shifts == ()
    bo = await store.add_volunteer("  Bo   Berg ", discord_id="222", languages=("de",))
    assert bo.name == "Bo Berg" and bo.role == "volunteer" and bo.discord_id == "222" and bo.telegram_id is None
    assert await store.volunteer_by_name("ANA") == ana
    assert await store.volunteer_by_name("bo berg") == bo
    assert await store.volunteer_by_name("Cy") is None
    assert await store.volunteer_by_identity("telegram", "111") == ana
    assert await store.volunteer_by_identity("discord", "222") == bo
    assert await store.volunteer_by_identity("discord", "111") is None  # ids are per platform
    assert await store.volunteer_by_identity("console", "111") is None
    assert await store.volunteer_by_identity("telegram", "") is None
    zoe = await store.add_volunteer("zoé", languages=["fr"])
    assert [v.name for v in await store.volunteers()] == ["Ana", "Bo Berg", "zoé"]
    assert await store.volunteer_by_name("ZOÉ") == zoe  # letter case in any script, not just ASCII


async def test_names_are_unique_whatever_their_letter_case(store) -> None:
    await store.add_volunteer("Élodie", languages=["fr"])
    with pytest.raises(ValueError, match="already a volunteer named Élodie"):
        await store.add_volunteer("élodie", languages=["fr"])
    for bad in ("", "   ", "x" * 65, "tab\tin\x00name"):
        with pytest.raises(ValueError):
            await store.add_volunteer(bad, languages=["en"])
    assert [v.name for v in await store.volunteers()] == ["Élodie"]


async def test_an_identity_belongs_to_one_volunteer_only(store) -> None:
    await store.add_volunteer("Ana", telegram_id="111", discord_id="999", languages=["en"])
    with pytest.raises(ValueError, match="Telegram id 111 already belongs to volunteer Ana"):
        await store.add_volunteer("Bo", telegram_id="111", languages=["en"])
    with pytest.raises(ValueError, match="Discord id 999 already belongs to volunteer Ana"):
        await store.add_volunteer("Bo", discord_id="999", languages=["en"])
    await store.add_volunteer("Bo", telegram_id="222", languages=["en"])
    with pytest.raises(ValueError, match="Telegram id 111 already belongs to volunteer Ana"):
        await store.update_volunteer("Bo", telegram_id="111")
    # giving someone the identity they already have is no conflict
    assert (await store.update_volunteer("Ana", telegram_id="111")).telegram_id == "111"
    assert (await store.volunteer_by_identity("telegram", "222")).name == "Bo"


async def test_update_by_name(store) -> None:
    await store.add_volunteer("Ana", languages=["en"])
    changed = await store.update_volunteer("ana", on_call=True, shifts=[EVENING], languages=["en", "uk"],
                                           role="coordinator")
    assert changed.on_call and changed.shifts == (EVENING,) and changed.languages == ("en", "uk")
    assert changed.coordinator
    assert await store.volunteer_by_name("Ana") == changed
    assert (await store.update_volunteer("Ana", on_call=False)).on_call is False
    assert await store.update_volunteer("Nobody", on_call=True) is None
    with pytest.raises(ValueError, match="cannot set created_at"):
        await store.update_volunteer("Ana", created_at=NOW)
    with pytest.raises(ValueError, match="unknown role"):
        await store.update_volunteer("Ana", role="admin")
    # what the caller keeps does not change the store
    shifts = [dict(EVENING)]
    await store.update_volunteer("Ana", shifts=shifts)
    shifts[0]["from"] = "00:00"
    assert (await store.volunteer_by_name("Ana")).shifts == (EVENING,)


async def test_an_invite_is_found_until_it_expires(store) -> None:
    await store.add_volunteer("Ana", languages=["en"])
    await store.update_volunteer("Ana", invite_hash="a" * 64, invite_expires_at=NOW + timedelta(days=7))
    found = await store.volunteer_by_invite("a" * 64, NOW)
    assert found is not None and found.name == "Ana"
    assert (await store.volunteer_by_invite("a" * 64, NOW + timedelta(days=7) - timedelta(seconds=1))).name == "Ana"
    assert await store.volunteer_by_invite("a" * 64, NOW + timedelta(days=7)) is None
    assert await store.volunteer_by_invite("b" * 64, NOW) is None
    assert await store.volunteer_by_invite("", NOW) is None
    # the same instant in another zone is the same instant
    paris = (NOW + timedelta(days=6)).astimezone(datetime.now().astimezone().tzinfo)
    assert (await store.volunteer_by_invite("a" * 64, paris)).name == "Ana"
    await store.update_volunteer("Ana", invite_hash=None, invite_expires_at=None)
    assert await store.volunteer_by_invite("a" * 64, NOW) is None


async def test_remove(store) -> None:
    await store.add_volunteer("Ana", telegram_id="111", languages=["en"])
    assert await store.remove_volunteer("ANA") is True
    assert await store.remove_volunteer("Ana") is False
    assert await store.volunteers() == []
    assert await store.volunteer_by_identity("telegram", "111") is None
    # the name and identity are free again
    assert (await store.add_volunteer("ana", telegram_id="111", languages=["en"])).name == "ana"


async def test_a_change_set_links_an_invited_identity_once(store) -> None:
    ana = await store.add_volunteer("Ana", languages=["en"])
    await store.update_volunteer("Ana", invite_hash="c" * 64, invite_expires_at=NOW + timedelta(days=7))
    key = WorkKey("telegram", DESK, "desk-1")
    link = VolunteerChange(ana.id, {"telegram_id": "555", "invite_hash": None, "invite_expires_at": None},
                           expect={"invite_hash": "c" * 64})
    await store.commit(ChangeSet(key, volunteer_changes=[link]))
    assert (await store.volunteer_by_identity("telegram", "555")).id == ana.id
    assert await store.volunteer_by_invite("c" * 64, NOW) is None
    # the same code a second time (another worker, another person): refused, nothing changes
    again = VolunteerChange(ana.id, {"telegram_id": "666", "invite_hash": None, "invite_expires_at": None},
                            expect={"invite_hash": "c" * 64})
    with pytest.raises(ConcurrentUpdate):
        await store.commit(ChangeSet(key, volunteer_changes=[again]))
    assert (await store.volunteer_by_name("Ana")).telegram_id == "555"
    await store.commit(ChangeSet(key, volunteer_changes=[VolunteerChange(ana.id, {"on_call": True})]))
    assert (await store.volunteer_by_name("Ana")).on_call is True


async def test_a_change_set_never_gives_one_identity_to_two_volunteers(store) -> None:
    await store.add_volunteer("Ana", telegram_id="555", languages=["en"])
    bo = await store.add_volunteer("Bo", languages=["en"])
    key = WorkKey("telegram", DESK, "desk-1")
    with pytest.raises(ConcurrentUpdate):
        await store.commit(ChangeSet(key, volunteer_changes=[VolunteerChange(bo.id, {"telegram_id": "555"})]))
    assert (await store.volunteer_by_name("Bo")).telegram_id is None
    with pytest.raises(ConcurrentUpdate):
        await store.commit(ChangeSet(key, volunteer_changes=[VolunteerChange(bo.id + 100, {"on_call": True})]))


async def claim_a_case(store, volunteer_id: int) -> None:
    """A case whose claimer is the volunteer (written directly: claiming is the desk's business)."""
    if isinstance(store, MemoryStore):
        store.cases[1] = {"id": 1, "reference": "FD-2026-000001", "claimed_by": volunteer_id}
        return
    from bot.storage.tables import Case

    async with store.db.transaction() as conn:
        await conn.execute(Case.__table__.insert().values(
            reference="FD-2026-000001", answers={}, reasons=[], urgency=2, status="claimed", human_requested=True,
            intake_complete=False, claimed_by=volunteer_id, claimed_at=NOW, created_at=NOW, updated_at=NOW))


async def test_a_volunteer_named_on_cases_is_not_removed(store) -> None:
    ana = await store.add_volunteer("Ana", telegram_id="111", languages=["en"])
    await claim_a_case(store, ana.id)
    with pytest.raises(ValueError, match="Ana is the claimer of 1 case"):
        await store.remove_volunteer("ana")
    assert await store.volunteer_by_name("Ana") == ana

"""SQLite's hot path on the event loop's thread: a write lock held elsewhere never stops the loop."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
from pathlib import Path

import pytest

from bot.domain import ChatRef, InboundMessage, UserRef
from bot.ports import CONTACT, WorkKey
from bot.storage import hotpath
from bot.storage.db import Database
from bot.storage.repository import SqlStore

STUCK = 60  # seconds: a bound, so that a writer that never tries again fails the test instead of hanging it


def said(user: str, text: str, n: int) -> InboundMessage:
    return InboundMessage(platform="test", external_id=f"{user}-{n}", user=UserRef("test", user),
                          chat=ChatRef("test", f"chat-{user}"), text=text)


@pytest.fixture
async def store(tmp_path: Path):
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'frontdoor.db'}")
    await db.upgrade()
    built = SqlStore(db)
    assert built.hot is not None, "a SQLite file is served on the hot path"
    yield built
    await db.dispose()  # closes the hot path's connection too


def hold_write_lock(path: str) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # as the CLI or a cold transaction writing
    return other


async def loop_turns(n: int) -> None:
    for _ in range(n):
        await asyncio.sleep(0.001)


async def test_a_message_waits_for_another_writer_without_holding_up_the_loop_and_is_then_stored(store, tmp_path):
    other = hold_write_lock(str(tmp_path / "frontdoor.db"))
    ingest = asyncio.create_task(store.ingest(said("ana", "they took my account", 1), []))
    ran = 0
    for _ in range(50):  # the loop keeps serving others while the message waits for the lock
        await asyncio.sleep(0)
        ran += 1
    await loop_turns(20)
    assert ran == 50 and not ingest.done()
    other.execute("COMMIT")
    other.close()
    assert await asyncio.wait_for(ingest, STUCK) is not None
    snapshot = await store.load(WorkKey("test", CONTACT, "ana"))
    assert snapshot is not None and [event.body.get("text") for event in snapshot.inbound] == ["they took my account"]


async def test_messages_that_wait_too_long_for_the_lock_fail_as_a_busy_database_would_and_later_ones_go_through(
        store, tmp_path, monkeypatch):
    monkeypatch.setattr(hotpath, "BUSY_TIMEOUT_SECONDS", 0.05)
    other = hold_write_lock(str(tmp_path / "frontdoor.db"))
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        await asyncio.wait_for(store.ingest(said("ben", "first", 1), []), STUCK)
    other.execute("ROLLBACK")
    other.close()
    assert await asyncio.wait_for(store.ingest(said("ben", "second", 2), []), STUCK) is not None
    snapshot = await store.load(WorkKey("test", CONTACT, "ben"))
    assert snapshot is not None and [event.body.get("text") for event in snapshot.inbound] == ["second"]


def open_handles(path: Path) -> int:
    """This process's open files on the database (the WAL and its index included)."""
    found = 0
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            if os.readlink(f"/proc/self/fd/{fd}").startswith(str(path)):
                found += 1
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to see the process's open files")
async def test_a_message_handed_over_as_the_store_closes_is_stored_and_nothing_opens_the_database_again(tmp_path):
    path = tmp_path / "frontdoor.db"
    db = Database(f"sqlite+aiosqlite:///{path}")
    await db.upgrade()
    store = SqlStore(db)
    await store.ingest(said("dee", "hello", 1), [])  # the hot path's connection is open
    late = asyncio.create_task(store.ingest(said("dee", "please help", 2), []))
    await asyncio.sleep(0)  # handed over: queued for the next batch, not written yet
    await db.dispose()
    assert await asyncio.wait_for(late, STUCK) is not None
    await loop_turns(5)  # a batch that was due by then finds nothing left to write
    assert open_handles(path) == 0
    with contextlib.closing(sqlite3.connect(path)) as check:
        texts = [row[0] for row in check.execute("SELECT external_id FROM message_log ORDER BY id")]
    assert texts == ["dee-1", "dee-2"]

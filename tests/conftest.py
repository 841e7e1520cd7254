"""Fixtures: a real database (SQLite per test, or the PostgreSQL of TEST_DATABASE_URL), a wired app."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from bot.app import App, build_app, build_pipeline, load_content
from bot.config import Settings
from bot.domain import Reply
from bot.services.pipeline import Pipeline
from bot.storage import sealing
from bot.storage.db import Database
from bot.storage.memory import MemoryFileStore, MemoryStore
from bot.storage.tables import metadata
from tests.fakes.channel import RecordingChannel, Victim
from tests.telegram_harness import bot_processes  # noqa: F401 - autouse: stops every bot a test started, shows its output

os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
PG_URL = os.environ.get("TEST_DATABASE_URL")


def pytest_report_header() -> str:
    return f"database: {'PostgreSQL ' + PG_URL.rsplit('/', 1)[-1] if PG_URL else 'SQLite (one file per test)'}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The PostgreSQL pass runs only what touches a database: a test that never asks for one (the engine,
    the translations, the in-memory services, the channels against the fakes on their own) would run the
    same code twice, so it runs once, in the SQLite pass."""
    if not PG_URL:
        return
    kept, once = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        touches = "database_url" in getattr(item, "fixturenames", ()) or any(
            value in ("database", "sql", "sql-cold") for value in params.values())  # APP_KINDS, STORE_KINDS
        (kept if touches else once).append(item)
    if once:
        config.hook.pytest_deselected(items=once)
        items[:] = kept


@pytest.fixture(autouse=True)
def _no_key_left_behind() -> Iterator[None]:
    """The encryption key is the process's (`bot.storage.sealing.use`, set by `build_app`): each test starts and
    ends without one."""
    sealing.use(sealing.Sealer())
    yield
    sealing.use(sealing.Sealer())


async def _reset_postgres(url: str) -> None:
    db = Database(url)
    try:
        await db.upgrade()
        tables = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
        async with db.transaction() as conn:
            await conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    finally:
        await db.dispose()


@pytest.fixture
async def database_url(tmp_path: Path) -> str:
    if PG_URL:
        await _reset_postgres(PG_URL)
        return PG_URL
    return f"sqlite+aiosqlite:///{tmp_path / 'frontdoor.db'}"


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(database_url=database_url, data_dir=tmp_path / "data", _env_file=None)


async def count(app, table, *where) -> int:
    """Rows of a table on the app's database (matching `where`), as a test reads the truth."""
    async with app.db.engine.connect() as conn:
        query = select(func.count()).select_from(table)
        for clause in where:
            query = query.where(clause)
        return (await conn.execute(query)).scalar_one()


@pytest.fixture
def channel() -> RecordingChannel:
    return RecordingChannel()


@pytest.fixture
async def app(settings: Settings, channel: RecordingChannel) -> AsyncIterator[App]:
    built = await build_app(settings, {channel.platform: channel})
    yield built
    await built.close()


class Conversation:
    """Talks to the app as one victim and returns what the bot answered to each message."""

    def __init__(self, app: App, channel: RecordingChannel, user_id: str, language_hint: str | None = "en",
                 platform: str = "test"):
        self.app = app
        self.channel = channel
        self.victim = Victim(user_id, language_hint, platform)

    async def send(self, text: str | None = None, **kwargs) -> list[Reply]:
        before = len(self.channel.sent)
        await self.app.handle(self.victim.message(text, **kwargs))
        return [reply for chat, reply in self.channel.sent[before:] if chat == self.victim.chat]

    async def press(self, choice: str) -> list[Reply]:
        return await self.send(choice=choice)


@pytest.fixture
def talk(app: App, channel: RecordingChannel):
    def make(user_id: str = "alice", language_hint: str | None = "en") -> Conversation:
        return Conversation(app, channel, user_id, language_hint)

    return make


@dataclass
class MemoryApp:
    """The real services on the in-memory store: what a service test needs, without a database."""

    pipeline: Pipeline
    store: MemoryStore

    async def handle(self, message) -> bool:
        return await self.pipeline.handle(message)

    async def close(self) -> None:
        await self.pipeline.settle()


@pytest.fixture(scope="session")
def content() -> tuple:
    return load_content(Settings(_env_file=None))


@pytest.fixture
def memory_app(content, channel: RecordingChannel, tmp_path: Path) -> MemoryApp:
    settings = Settings(data_dir=tmp_path / "data", _env_file=None)
    store = MemoryStore(lease_seconds=settings.outbox_lease_seconds)
    flows, translator = content
    return MemoryApp(build_pipeline(settings, store, MemoryFileStore(), flows, translator,
                                    {channel.platform: channel}), store)


# The memory half does not depend on the database, so the PostgreSQL run of the suite leaves it out.
APP_KINDS = ["database"] if PG_URL else ["memory", "database"]
STORE_KINDS = ["sql"] if PG_URL else ["memory", "sql"]


@pytest.fixture(params=APP_KINDS)
def any_app(request):
    """The same test on the in-memory store (fast) and on the real database."""
    return request.getfixturevalue("memory_app" if request.param == "memory" else "app")


@pytest.fixture
def any_talk(any_app, channel: RecordingChannel):
    def make(user_id: str = "alice", language_hint: str | None = "en") -> Conversation:
        return Conversation(any_app, channel, user_id, language_hint)

    return make

"""The async database engine: SQLite (WAL) by default, PostgreSQL by URL; migrations on demand."""

from __future__ import annotations

import ast
import asyncio
import contextlib
import functools
import hashlib
import logging
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from bot.storage.jsontext import dumps

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"  # alembic's default; migrations/env.py does not change it


def alembic_config(url: str) -> Any:
    from alembic.config import Config  # imported when migrating only: 11 MB a worker need not keep

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


class Database:
    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite:
            if parsed.database and parsed.database != ":memory:":
                _private_file(Path(parsed.database))
            self.engine: AsyncEngine = create_async_engine(url, echo=echo, json_serializer=dumps)
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
            event.listen(self.engine.sync_engine, "begin", _sqlite_begin)
        else:
            # no pool_pre_ping: a round trip per checkout costs ~15% of throughput; connections are recycled
            # instead, and a dropped one fails one transaction, whose message stays stored for a retry
            self.engine = create_async_engine(url, echo=echo, json_serializer=dumps, pool_size=10, max_overflow=20,
                                              pool_recycle=1800)
        # SQLite has one writer at a time: queueing writers here avoids "database is locked" inside
        # one process. Several workers need PostgreSQL, where row locks do this job.
        self._write_lock = asyncio.Lock() if self.is_sqlite else None
        self._on_dispose: list[Callable[[], Awaitable[None]]] = []  # e.g. the hot path's own connections

    def on_dispose(self, close: Callable[[], Awaitable[None]]) -> None:
        self._on_dispose.append(close)

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncConnection]:
        if self._write_lock is None:
            async with self.engine.begin() as conn:
                yield conn
            return
        # IMMEDIATE: the hot path writes from its own connection, and a deferred transaction that read before
        # that writer committed could not write afterwards (SQLITE_BUSY_SNAPSHOT, not retried)
        async with self._write_lock, self.engine.connect() as conn:
            conn = await conn.execution_options(sqlite_immediate=True)
            async with conn.begin():
                yield conn

    async def upgrade(self) -> None:
        """Bring the schema to the newest migration (idempotent; several workers may start at once).

        A schema already at the head revision (read from the migration files, `head_revision`) is left alone
        without importing alembic: loading it and its migrations only to find nothing to do took ~0.2 s."""
        head = head_revision()
        if head is not None:
            async with self.engine.connect() as conn:
                if await conn.run_sync(_stored_revisions) == [head]:
                    return
        async with self.transaction() as conn:
            if not self.is_sqlite:
                # workers starting together would run the same migration twice; one waits for the other
                await conn.execute(text("SELECT pg_advisory_xact_lock(4242424242)"))
            await conn.run_sync(_upgrade)

    async def revision(self) -> str | None:
        async with self.engine.connect() as conn:
            return await conn.run_sync(_current_revision)

    def session_lock(self, name: str, *, label: str) -> SessionLock:
        """An advisory lock named `name` that this worker holds on a connection of its own (PostgreSQL only)."""
        if self.is_sqlite:
            raise ValueError("advisory locks need PostgreSQL; a SQLite database has one worker")
        return SessionLock(self.url, name, label=label)

    async def dispose(self) -> None:
        while self._on_dispose:
            await self._on_dispose.pop()()
        await self.engine.dispose()


class SessionLock:
    """A PostgreSQL advisory lock (pg_try_advisory_lock) held on a connection of its own, outside the pools, for
    as long as this worker keeps it. It is the session's: when the worker stops, or dies and its socket closes,
    PostgreSQL ends the session and the lock is free again; nothing is left behind to clean up, unlike a lock file
    (which would not even be seen by a worker on another server).

    A lost connection (PostgreSQL restarted, a network cut) loses the lock too; `held` notices it (the connection
    is checked at most every CHECK_SECONDS) and takes the lock again if nobody else took it meanwhile."""

    CHECK_SECONDS = 30.0
    TIMEOUT_SECONDS = 10.0

    def __init__(self, url: str, name: str, *, label: str) -> None:
        self.dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        self.name = name
        self.key = lock_key(name)
        # the connection's application_name: what another worker that is refused the lock reads about the holder
        self.label = label[:63]  # PostgreSQL keeps 63 bytes of it
        self._conn: Any = None
        self._checked = 0.0

    async def acquire(self) -> str | None:
        """None if this worker holds the lock now; else who holds it, in words for an operator."""
        import asyncpg

        if self._conn is not None and not self._conn.is_closed():
            return None
        conn = await asyncpg.connect(self.dsn, timeout=self.TIMEOUT_SECONDS,
                                     server_settings={"application_name": self.label})
        try:
            if await conn.fetchval("SELECT pg_try_advisory_lock($1)", self.key, timeout=self.TIMEOUT_SECONDS):
                self._conn, conn = conn, None
                self._checked = time.monotonic()
                return None
            return await self._holder(conn)
        finally:
            if conn is not None:
                await _close(conn)

    async def _holder(self, conn: Any) -> str:
        """pg_locks names the session holding the lock; pg_stat_activity says who it is (the same database user
        sees its own sessions there)."""
        row = await conn.fetchrow(
            "SELECT a.application_name, host(a.client_addr) AS address, a.backend_start FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
            "AND l.classid = $1::bigint::oid AND l.objid = $2::bigint::oid AND l.objsubid = 1 "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            (self.key >> 32) & 0xFFFFFFFF, self.key & 0xFFFFFFFF, timeout=self.TIMEOUT_SECONDS)
        if row is None:  # released in between, or a session we may not see
            return "another session on this database"
        who = row["application_name"] or "a session without a name"
        where = f" from {row['address']}" if row["address"] else ""
        since = f" since {row['backend_start']:%Y-%m-%d %H:%M:%S %Z}" if row["backend_start"] else ""
        return f"{who}{where}{since}"

    async def held(self) -> bool:
        """Whether this worker still holds the lock; a lost one is taken again if it is free. False also while
        the database cannot be reached: then nobody can be sure who holds it."""
        conn = self._conn
        if conn is not None and not conn.is_closed():
            if time.monotonic() - self._checked < self.CHECK_SECONDS:
                return True
            try:
                await conn.fetchval("SELECT 1", timeout=self.TIMEOUT_SECONDS)
            except Exception:
                log.warning("the connection holding the lock %r was lost", self.name)
                conn.terminate()
            else:
                self._checked = time.monotonic()
                return True
        self._conn = None
        try:
            return await self.acquire() is None
        except Exception as exc:
            log.debug("the lock %r could not be taken again: %s", self.name, type(exc).__name__)
            return False

    async def release(self) -> None:
        """Ends the session, and with it the lock."""
        conn, self._conn = self._conn, None
        if conn is not None:
            await _close(conn)


def lock_key(name: str) -> int:
    """A stable 64-bit advisory lock key for a name (signed, as PostgreSQL's bigint)."""
    return int.from_bytes(hashlib.sha256(f"frontdoor:{name}".encode()).digest()[:8], "big", signed=True)


async def _close(conn: Any) -> None:
    try:
        await conn.close(timeout=SessionLock.TIMEOUT_SECONDS)
    except Exception:  # the server is gone or does not answer: dropping the socket ends the session all the same
        conn.terminate()


def _upgrade(sync_conn) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    config = alembic_config(str(sync_conn.engine.url))
    config.attributes["connection"] = sync_conn
    command.upgrade(config, "head")


def _stored_revisions(sync_conn) -> list[str]:  # type: ignore[no-untyped-def]
    """The revisions in alembic's version table, read with plain SQL (none: no table yet, a new database)."""
    if not inspect(sync_conn).has_table(VERSION_TABLE):
        return []
    return sorted(row[0] for row in sync_conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")))


def _current_revision(sync_conn) -> str | None:  # type: ignore[no-untyped-def]
    stored = _stored_revisions(sync_conn)
    if len(stored) > 1:  # several heads stored: alembic's own error says what is wrong
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(sync_conn).get_current_revision()
    return stored[0] if stored else None


@functools.cache
def head_revision(versions: Path = MIGRATIONS / "versions") -> str | None:
    """The newest migration's id, from the `revision = "..."` and `down_revision = ...` lines of the migration
    files, read as text (neither alembic nor the migrations are imported); None unless that is exactly one head,
    and then alembic decides. Read once per process: the files do not change under a running worker."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions.glob("*.py"):
        found = _module_constants(path, ("revision", "down_revision"))
        if not isinstance(found.get("revision"), str):
            if path.name.startswith("_"):
                continue  # an __init__.py is not a migration
            return None
        revisions.add(found["revision"])
        down = found.get("down_revision")
        parents.update([down] if isinstance(down, str) else down or ())
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _module_constants(path: Path, names: tuple[str, ...]) -> dict[str, Any]:
    """The literal values assigned to `names` at the top of a Python file (`x = ...` or `x: str = ...`)."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    except (OSError, SyntaxError, ValueError):
        return {}
    found: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id in names:
            with contextlib.suppress(ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
                found[target.id] = ast.literal_eval(value)
    return found


def _private_file(path: Path) -> None:
    """Victims' words live in this file: readable by the bot's user only (0600, its folder 0700). SQLite
    gives the -wal and -shm files the database file's permissions."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
        path.parent.chmod(0o700)  # mkdir's mode is filtered by the umask
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
    path.chmod(0o600)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # The sqlite3 driver begins transactions lazily and on its own terms, so a SAVEPOINT issued first
    # would open (and its RELEASE commit) a transaction of its own: half a unit of work committed.
    # We switch that off and emit BEGIN ourselves (SQLAlchemy's documented recipe for pysqlite/aiosqlite).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL lets readers run beside the writer; NORMAL sync is durable across a process crash
    # (only an OS crash may lose the last transactions), which is the failure we design for.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("sqlite_immediate") else "BEGIN")

"""A database outage, told once: one line when it starts, a reminder each minute, one when it ends.

Every loop of a worker (the outbox sweep, the escalation scheduler, the answering of stored events, the readiness
probe) meets the same outage at once; without this each would print its traceback every few seconds. A failure is
an outage when it is a connection error, recognised by name so that no SQL library is imported here (the services
and channels use this module too): a plain OSError (refused, reset, timed out), SQLAlchemy's errors that say the
connection was lost, asyncpg's connection errors, sqlite3's "locked" / "unable to open" / "disk I/O" errors. The
lines say where and which error (its type and first line, never SQL parameters: they may hold a victim's words).
"""

from __future__ import annotations

import errno
import logging
import socket
import time
from collections.abc import Awaitable, Callable
from typing import Any

from bot import metrics

log = logging.getLogger("bot.outage")

REMIND_SECONDS = 60.0
DB_MODULES = ("sqlalchemy", "asyncpg", "sqlite3", "aiosqlite", "_sqlite3")
# class names (anywhere in an exception's MRO) that mean the database could not be reached or the connection died
CONNECTION_CLASSES = frozenset({
    "PostgresConnectionError", "ConnectionDoesNotExistError", "ConnectionFailureError", "ClientCannotConnectError",
    "ConnectionRejectionError", "CannotConnectNowError", "OperatorInterventionError", "AdminShutdownError",
    "CrashShutdownError", "ConnectionResetError", "ConnectionRefusedError",
    "ConnectionAbortedError", "BrokenPipeError",
    # asyncpg's, when the server's word that it ends the session (a restart, pg_terminate_backend) arrives in the
    # middle of a statement: "cannot switch to state …; another operation … is in progress"
    "InternalClientError",
})
# the generic DB-API classes are an outage only with one of these words (a syntax error is an OperationalError too
# on SQLite: "no such table" is a bug to see with its traceback, not an outage)
GENERIC_CLASSES = frozenset({"OperationalError", "InterfaceError", "DBAPIError", "TimeoutError", "Error"})
OUTAGE_WORDS = ("connect", "closed", "terminat", "shut", "locked", "unable to open", "disk i/o", "timeout",
                "timed out", "refused", "reset", "broken pipe", "no route", "unreachable", "the database system is")


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception, what a DB-API wrapper holds (`orig`), and their causes: at most a few, never a cycle."""
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in found and len(found) < 8:
        found.append(current)
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__ or current.__context__
    return found


def _names(exc: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(exc).__mro__}


def _from_db_library(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] in DB_MODULES


NETWORK_ERRNOS = frozenset({errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.ETIMEDOUT, errno.EPIPE,
                            errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ENETDOWN, errno.EHOSTDOWN})


def _network_error(exc: BaseException) -> bool:
    """A builtin OSError of a connection (refused, reset, timed out, no route, a name that does not resolve), as
    asyncpg and SQLAlchemy let it through; not a file's (FileNotFoundError, PermissionError…)."""
    if not isinstance(exc, OSError) or type(exc).__module__ not in ("builtins", "socket"):
        return False
    return (isinstance(exc, ConnectionError | TimeoutError | socket.gaierror) or exc.errno in NETWORK_ERRNOS
            or "connect call failed" in str(exc).lower())  # asyncio's "Multiple exceptions: … Connect call failed"


def is_connection_error(exc: BaseException) -> bool:
    """Whether `exc` says the database is unreachable (rather than that a statement or our code is wrong).

    The outermost exception decides who raised it: a builtin OSError of a connection (asyncpg and SQLAlchemy let a
    refused connection through as one), or an error of a database library, whose chain is then read. An error of
    any other library (an HTTP client's, whose cause may be an OSError too) is never a database outage, nor is a
    file's OSError."""
    if _network_error(exc):
        return True
    if not _from_db_library(exc):
        return False
    if getattr(exc, "connection_invalidated", False):  # SQLAlchemy saw the connection die
        return True
    for link in _chain(exc):
        if _network_error(link):
            return True
        names = _names(link)
        if names & CONNECTION_CLASSES:
            return True
        if _from_db_library(link) and names & GENERIC_CLASSES:
            text = str(link).split("\n", 1)[0].lower()
            if any(word in text for word in OUTAGE_WORDS):
                return True
    return False


def describe(exc: BaseException) -> str:
    """Type and first line of the innermost useful error: no SQL, no parameters, at most 160 characters."""
    chain = _chain(exc)
    inner = next((link for link in reversed(chain) if str(link).strip()), chain[-1])
    text = str(inner).split("\n", 1)[0].split("[SQL:", 1)[0].strip()
    if text.startswith("(") and ") " in text:  # SQLAlchemy's "(module.Class) message"
        text = text.split(") ", 1)[1]
    return f"{type(inner).__name__}: {text[:160]}" if text else type(inner).__name__


class Outage:
    """One resource's outage as the logs tell it. `failed` from any failing call (it says whether the error was an
    outage, which it then counts instead of the caller logging it), `ok` from any call that reached it."""

    def __init__(self, what: str = "database", *, remind_seconds: float = REMIND_SECONDS,
                 clock: Callable[[], float] = time.monotonic, logger: logging.Logger = log) -> None:
        self.what = what
        self.remind_seconds = remind_seconds
        self.clock = clock
        self.log = logger
        self.since: float | None = None  # when the current outage started; None: no outage
        self.failures = 0  # failed calls in the current outage
        self.last_error = ""
        self._reminded_at = 0.0
        self._on_end: list[Callable[[], Any]] = []

    @property
    def down(self) -> bool:
        return self.since is not None

    def failed(self, exc: BaseException, where: str) -> bool:
        """A call failed: True if it was an outage (then told here, rate-limited); False: the caller logs it."""
        if not is_connection_error(exc):
            return False
        now = self.clock()
        self.last_error = describe(exc)
        metrics.DATABASE_ERRORS.inc()
        if self.since is None:
            self.since, self.failures, self._reminded_at = now, 1, now
            metrics.DATABASE_OUTAGES.inc()
            self.log.error("%s outage started: %s (first seen: %s); stored messages and replies wait for it, and "
                           "this is said again each minute until it ends", self.what, self.last_error, where)
            return True
        self.failures += 1
        if now - self._reminded_at >= self.remind_seconds:
            self._reminded_at = now
            self.log.error("%s outage goes on for %.0fs: %d failed calls, the last: %s (%s)", self.what,
                           now - self.since, self.failures, where, self.last_error)
        return True

    def ok(self) -> None:
        """A call reached the resource: an outage, if there was one, has ended."""
        if self.since is None:
            return
        lasted, failures = self.clock() - self.since, self.failures
        self.since, self.failures = None, 0
        self.log.warning("%s outage ended after %.0fs (%d failed calls); catching up", self.what, lasted, failures)
        callbacks, self._on_end = self._on_end, []
        for callback in callbacks:
            try:
                callback()
            except Exception:  # a catch-up that cannot start is the caller's bug: said, and the rest still run
                self.log.exception("%s outage: a catch-up could not start", self.what)

    def when_ended(self, callback: Callable[[], Any]) -> None:
        """Call `callback` once, when the current outage ends (at once if there is none). Registered twice, once."""
        if self.since is None:
            callback()
        elif callback not in self._on_end:
            self._on_end.append(callback)

    def forget(self, callback: Callable[[], Any]) -> None:
        """Drop a callback that must no longer run (its owner closed)."""
        if callback in self._on_end:
            self._on_end.remove(callback)

    def reset(self) -> None:
        """Back to no outage, silently (tests)."""
        self.since, self.failures, self.last_error, self._on_end = None, 0, "", []


DATABASE = Outage("database")


def log_failure(logger: logging.Logger, exc: BaseException, message: str, *args: Any) -> None:
    """`logger.exception(message, *args)` unless `exc` is a database outage, which DATABASE tells instead."""
    if not DATABASE.failed(exc, message % args if args else message):
        logger.error(message, *args, exc_info=exc)


async def quietly(work: Awaitable[Any], logger: logging.Logger, message: str, *args: Any) -> None:
    """Await background work whose failure nobody waits for (a task): logged, or told as an outage, never lost
    as "Task exception was never retrieved"."""
    try:
        await work
    except Exception as exc:
        log_failure(logger, exc, message, *args)

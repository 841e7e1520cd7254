"""Configuration mistakes as one line each: the variable, its value, and what is allowed.

The person reading them is whoever deploys the bot, often not its author: a traceback from pydantic or
asyncpg tells them neither which variable is wrong nor what to write instead. Secrets are never shown:
passwords in URLs are masked and secret settings are hidden whole.
"""

from __future__ import annotations

import re
import socket
import sqlite3
from collections.abc import Iterator
from typing import Any

from pydantic import ValidationError

from bot.config import SETTING_ERROR

EXIT_CONFIG = 2  # the exit code for a configuration mistake (1 is "the check found problems")

# What may be written, for the settings whose mistakes pydantic itself reports (wrong type, out of range).
ALLOWED = {
    "max_file_mb": "a whole number of megabytes from 1 to 2000",
    "http_port": "a TCP port from 1 to 65535",
    "outbox_lease_seconds": "a number of seconds above 0, for example 30",
    "telegram_mode": "polling, webhook",
    "telegram_per_chat_per_second": "a number above 0 and at most 30, for example 1",
    "discord_guild_ready_timeout": "a number of seconds, 0 or more",
}
PROBLEMS = {
    "int_parsing": "is not a whole number",
    "int_from_float": "is not a whole number",
    "float_parsing": "is not a number",
    "greater_than": "is too small",
    "greater_than_equal": "is too small",
    "less_than": "is too large",
    "less_than_equal": "is too large",
    "literal_error": "is not allowed",
    "bool_parsing": "is not true or false",
    "path_type": "is not a path",
}
SECRET_SETTINGS = frozenset({"telegram_bot_token", "telegram_webhook_secret", "discord_bot_token",
                             "data_encryption_key"})
URL_SETTINGS = frozenset({"database_url"})


def mask_url(url: str) -> str:
    """The URL with its password replaced by ***, even when it is not a valid URL. Everything up to the
    last @ of the address part goes: a password with an @ left unescaped is still hidden whole."""
    return re.sub(r"(://[^:/@]*:)[^/]*@", r"\1***@", url, count=1)


def _variable(field: str) -> str:
    return field.upper()  # pydantic-settings reads each field from the variable of the same name


def _shown(field: str | None, value: Any) -> str:
    if field in SECRET_SETTINGS:
        return "<hidden>"
    if isinstance(value, str) and field in URL_SETTINGS:
        value = mask_url(value)
    return repr(value)


def describe_settings_error(exc: ValidationError) -> str:
    """One line per mistake in `Settings()`, in the order of the settings."""
    lines = []
    for error in exc.errors():
        field = str(error["loc"][0]) if error["loc"] else None
        if field is None:
            lines.append(error["msg"])
            continue
        context = error.get("ctx") or {}
        if error["type"] == SETTING_ERROR:
            problem, allowed = context["problem"], context["allowed"]
        else:
            problem = PROBLEMS.get(error["type"], f"is not allowed ({error['msg']})")
            allowed = ALLOWED.get(field, "")
        line = f"{_variable(field)}={_shown(field, error['input'])} {problem}."
        lines.append(f"{line} Allowed: {allowed}." if allowed else line)
    return "\n".join(lines)


# -- the database at start-up -------------------------------------------------------------------------------
def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        # not __context__: an error raised while handling another one is not caused by it
        todo += [getattr(current, "orig", None), current.__cause__]


def _refused_by_server(exc: BaseException) -> str | None:
    try:
        import asyncpg
    except ImportError:
        return None
    refusals = (asyncpg.InvalidAuthorizationSpecificationError, asyncpg.InvalidCatalogNameError,
                asyncpg.InsufficientPrivilegeError, asyncpg.TooManyConnectionsError, asyncpg.CannotConnectNowError)
    return str(exc).splitlines()[0] if isinstance(exc, refusals) else None


def _connection_problem(exc: BaseException) -> str | None:
    if isinstance(exc, socket.gaierror):
        return "unknown host"
    if isinstance(exc, ConnectionRefusedError) or (isinstance(exc, OSError) and "refused" in str(exc).lower()):
        return "connection refused"
    if isinstance(exc, TimeoutError):
        return "no answer in time"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "no such folder"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc) or type(exc).__name__
    return None


def describe_database_error(exc: BaseException, url: str) -> str | None:
    """One line for a database that cannot be reached or opened at start-up; None for any other error
    (a bug must keep its traceback)."""
    shown = f"DATABASE_URL={mask_url(url)!r}"
    sqlite = url.startswith("sqlite")
    for cause in _causes(exc):
        refused = _refused_by_server(cause)
        if refused:
            return f"{shown}: the server refused: {refused}. Check the user, password and database name."
        if isinstance(cause, sqlite3.OperationalError):
            return (f"{shown}: cannot open the database ({cause}). Check that the folder exists and this user "
                    "may write in it.")
        problem = _connection_problem(cause)
        if problem:
            if sqlite:
                return (f"{shown}: cannot open the database ({problem}). Check that the folder exists and this "
                        "user may write in it.")
            return (f"{shown}: cannot connect ({problem}). Check that the database server is running and "
                    "reachable, and the URL.")
    return None


async def probe_database(url: str, wait_seconds: float = 10.0) -> str | None:
    """Connect once, as start-up would: the one-line problem, or None when the database answers.

    An unreachable host may swallow packets: asyncpg would wait a minute before saying anything.
    """
    import asyncio

    from sqlalchemy import text

    from bot.storage.db import Database

    db = None
    try:
        db = Database(url)
        async with asyncio.timeout(wait_seconds), db.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except Exception as exc:
        line = describe_database_error(exc, url)
        if line is None:
            raise
        return line
    finally:
        if db is not None:
            await db.dispose()
    return None

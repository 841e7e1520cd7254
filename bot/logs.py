"""Logging set-up: ids only. Libraries that would print SQL parameters or URLs with tokens are kept quiet.

`LOG_FORMAT=json` writes one JSON object per line: time (UTC, ISO 8601), level, logger, message, the fields a
call passed as `extra=` (case references, ids) and, for an error, its traceback as `exc`; secrets are redacted
from all of them first (RedactSecrets)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from bot import outage

# aiosqlite and SQLAlchemy log statements *with their parameters* (a victim's words) at DEBUG/INFO;
# httpx logs request URLs, and Telegram puts the bot token in every URL; PTB logs request bodies.
QUIET = ("aiosqlite", "sqlalchemy", "asyncpg", "httpx", "httpcore", "alembic", "telegram",
         "discord.http", "discord.gateway", "iocsearcher")  # iocsearcher logs matches: victims' words
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# what every LogRecord has; anything else on a record came from `extra=` and goes into the JSON object
STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "taskName"}
# database libraries that print their own traceback for a lost connection (asyncpg's pool retrying its minimum
# size, SQLAlchemy's pool resetting a dead connection); only theirs: a platform SDK's OSError is no database outage
OUTAGE_LOGGERS = ("asyncpg", "sqlalchemy", "aiosqlite")


class RedactSecrets(logging.Filter):
    """Replaces secrets (bot tokens) anywhere in a record, tracebacks and extra fields included: a last line of
    defence."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s and len(s) >= 8]

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        for secret in self.secrets:
            message = message.replace(secret, "<redacted>")
            if record.exc_text:
                record.exc_text = record.exc_text.replace(secret, "<redacted>")
        record.msg, record.args = message, None
        for key, value in extra_fields(record).items():
            if isinstance(value, str):
                for secret in self.secrets:
                    value = value.replace(secret, "<redacted>")
                setattr(record, key, value)
        return True


class QuietOutages(logging.Filter):
    """Drops a library's record whose exception is a lost database connection: bot.outage.DATABASE tells the
    outage once (and counts the failure) instead of a traceback per retry."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if exc is None or not record.name.startswith(OUTAGE_LOGGERS):
            return True
        return not outage.DATABASE.failed(exc, f"{record.name}: {record.getMessage()[:120]}")


def extra_fields(record: logging.LogRecord) -> dict[str, Any]:
    return {key: value for key, value in vars(record).items() if key not in STANDARD and not key.startswith("_")}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, the record's extra fields, and `exc` (a traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in extra_fields(record).items():
            entry.setdefault(key, value)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exc"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def setup_logging(level: str, secrets: Iterable[str] = (), log_format: str = "text") -> None:
    logging.basicConfig(level=level.upper(), format=TEXT_FORMAT)
    root = logging.getLogger()
    root.setLevel(level.upper())
    redact = RedactSecrets(secrets)
    for handler in root.handlers:
        handler.addFilter(QuietOutages())
        handler.addFilter(redact)
        if log_format == "json":
            handler.setFormatter(JsonFormatter())
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)

"""Logging set-up: ids only. Libraries that would print SQL parameters or URLs with tokens are kept quiet."""

from __future__ import annotations

import logging
from collections.abc import Iterable

# aiosqlite and SQLAlchemy log statements *with their parameters* (a victim's words) at DEBUG/INFO;
# httpx logs request URLs, and Telegram puts the bot token in every URL; PTB logs request bodies.
QUIET = ("aiosqlite", "sqlalchemy", "asyncpg", "httpx", "httpcore", "alembic", "telegram",
         "discord.http", "discord.gateway", "iocsearcher")  # iocsearcher logs matches: victims' words


class RedactSecrets(logging.Filter):
    """Replaces secrets (bot tokens) anywhere in a record, tracebacks included: a last line of defence."""

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
        return True


def setup_logging(level: str, secrets: Iterable[str] = ()) -> None:
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    root = logging.getLogger()
    root.setLevel(level.upper())
    redact = RedactSecrets(secrets)
    for handler in root.handlers:
        handler.addFilter(redact)
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)

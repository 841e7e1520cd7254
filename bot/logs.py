"""Logging set-up: ids only. Libraries that would print SQL parameters or URLs with tokens are kept quiet."""

from __future__ import annotations

import logging

# aiosqlite and SQLAlchemy log statements *with their parameters* (a victim's words) at DEBUG/INFO;
# httpx logs request URLs, and Telegram puts the bot token in every URL.
QUIET = ("aiosqlite", "sqlalchemy", "asyncpg", "httpx", "httpcore", "alembic.runtime.migration")


def setup_logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger().setLevel(level.upper())
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)

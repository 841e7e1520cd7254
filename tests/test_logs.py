"""Logs: LOG_FORMAT=json gives one JSON object per line with ids and never a token; a database outage is told once
when it starts, reminded each minute, and once when it ends, never as a traceback per failed call."""

from __future__ import annotations

import json
import logging
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy.exc import DBAPIError, OperationalError

from bot import outage
from bot.config import PROJECT_ROOT, Settings
from bot.logs import JsonFormatter, QuietOutages, RedactSecrets

TOKEN = "123456789:AAHfakeTOKENfakeTOKENfakeTOKEN_abcde"


class Lines(logging.Handler):
    """What a handler wrote, formatted, one entry per record."""

    def __init__(self, formatter: logging.Formatter | None = None) -> None:
        super().__init__()
        self.lines: list[str] = []
        self.setFormatter(formatter or logging.Formatter("%(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def logger() -> logging.Logger:
    found = logging.getLogger("tests.logs")
    found.propagate, found.level = False, logging.DEBUG
    yield found
    found.handlers.clear()
    found.propagate = True


@pytest.fixture(autouse=True)
def no_outage() -> None:
    outage.DATABASE.reset()
    yield
    outage.DATABASE.reset()


def test_a_record_through_the_json_formatter_is_one_object_with_its_ids(logger: logging.Logger) -> None:
    lines = Lines(JsonFormatter())
    logger.addHandler(lines)
    logger.info("case %s claimed by volunteer %s", "FD-2026-000123", 7,
                extra={"case": "FD-2026-000123", "volunteer_id": 7, "platform": "telegram"})
    (line,) = lines.lines
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "INFO" and entry["logger"] == "tests.logs"
    assert entry["message"] == "case FD-2026-000123 claimed by volunteer 7"
    assert entry["time"].endswith("+00:00") and entry["time"][:4].isdigit()
    assert (entry["case"], entry["volunteer_id"], entry["platform"]) == ("FD-2026-000123", 7, "telegram")
    assert set(entry) == {"time", "level", "logger", "message", "case", "volunteer_id", "platform"}


def test_an_error_in_json_carries_its_traceback_in_one_line(logger: logging.Logger) -> None:
    lines = Lines(JsonFormatter())
    logger.addHandler(lines)
    try:
        raise ValueError("bad state 42")
    except ValueError:
        logger.exception("event %s set aside", 12)
    entry = json.loads(lines.lines[0])
    assert entry["level"] == "ERROR" and entry["message"] == "event 12 set aside"
    assert entry["exc"].startswith("Traceback") and "ValueError: bad state 42" in entry["exc"]


def test_a_bot_token_in_an_httpx_url_is_redacted_from_message_traceback_and_extra_fields(
        logger: logging.Logger) -> None:
    lines = Lines(JsonFormatter())
    lines.addFilter(RedactSecrets([TOKEN]))
    logger.addHandler(lines)
    logger.warning('HTTP Request: %s %s "%s"', "POST", f"https://api.telegram.org/bot{TOKEN}/getUpdates",
                   "HTTP/1.1 502 Bad Gateway", extra={"url": f"https://api.telegram.org/bot{TOKEN}/getMe"})
    try:
        raise ConnectionError(f"cannot reach https://api.telegram.org/bot{TOKEN}/sendMessage")
    except ConnectionError:
        logger.exception("telegram send failed")
    assert len(lines.lines) == 2
    for line in lines.lines:
        assert TOKEN not in line and TOKEN.split(":")[1] not in line
        assert "<redacted>" in line
    first, second = (json.loads(line) for line in lines.lines)
    assert first["message"] == 'HTTP Request: POST https://api.telegram.org/bot<redacted>/getUpdates "HTTP/1.1 502 ' \
                               'Bad Gateway"'
    assert first["url"] == "https://api.telegram.org/bot<redacted>/getMe"
    assert "bot<redacted>/sendMessage" in second["exc"]


def test_log_format_json_is_what_the_worker_writes_to_stderr(tmp_path) -> None:
    """The set-up `python -m bot` does (bot.logs.setup_logging with the settings), in a process of its own."""
    program = (
        "import logging\n"
        "from bot.config import Settings\n"
        "from bot.logs import setup_logging\n"
        "settings = Settings()\n"
        f"setup_logging('INFO', secrets=[{TOKEN!r}], log_format=settings.log_format)\n"
        f"logging.getLogger('httpx').warning('HTTP Request: POST https://api.telegram.org/bot{TOKEN}/getMe')\n"
        "logging.getLogger('bot.desk').info('case %s escalated', 'FD-2026-000001', extra={'case': 'FD-2026-000001'})\n"
    )
    done = subprocess.run([sys.executable, "-c", program], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=60, env={"PATH": "", "LOG_FORMAT": "JSON", "DATA_DIR": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    entries = [json.loads(line) for line in done.stderr.splitlines()]
    assert [(e["logger"], e["level"]) for e in entries] == [("httpx", "WARNING"), ("bot.desk", "INFO")]
    assert TOKEN not in done.stderr and "bot<redacted>/getMe" in entries[0]["message"]
    assert entries[1]["case"] == "FD-2026-000001"


def test_log_format_is_text_unless_set_and_a_wrong_value_is_refused() -> None:
    assert Settings(_env_file=None).log_format == "text"
    assert Settings(_env_file=None, log_format=" Json ").log_format == "json"
    with pytest.raises(ValueError, match="log format"):
        Settings(_env_file=None, log_format="xml")


# -- a database outage, told once ------------------------------------------------------------------------------
class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_an_outage_is_one_line_when_it_starts_a_reminder_each_minute_and_one_when_it_ends(
        logger: logging.Logger) -> None:
    lines = Lines()
    logger.addHandler(lines)
    clock = Clock()
    told = outage.Outage("database", clock=clock, logger=logger)
    ended: list[str] = []
    refused = ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 5432)")
    assert told.failed(refused, "outbox sweep")
    told.when_ended(lambda: ended.append("caught up"))
    for _ in range(1, 60):  # a failure every second of the first minute: nothing more is said
        clock.now += 1
        assert told.failed(refused, "escalation tick")
    assert len(lines.lines) == 1
    clock.now += 1
    assert told.failed(refused, "escalation tick")
    clock.now += 30
    assert told.failed(refused, "outbox sweep")
    told.ok()
    told.ok()  # the second success says nothing
    assert lines.lines == [
        "ERROR database outage started: ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 5432) "
        "(first seen: outbox sweep); stored messages and replies wait for it, and this is said again each minute "
        "until it ends",
        "ERROR database outage goes on for 60s: 61 failed calls, the last: escalation tick (ConnectionRefusedError: "
        "[Errno 111] Connect call failed ('127.0.0.1', 5432))",
        "WARNING database outage ended after 90s (62 failed calls); catching up",
    ]
    assert ended == ["caught up"]
    assert not told.failed(ValueError("a bug, not an outage"), "a turn")  # the caller logs that one, traceback and all


def test_what_counts_as_an_outage_and_how_it_is_described_without_sql_or_a_victims_words() -> None:
    words = "my password is hunter2"
    locked = OperationalError("INSERT INTO message_log (body) VALUES (?)", {"body": words},
                              sqlite3.OperationalError("database is locked"))
    assert outage.is_connection_error(locked)
    assert outage.describe(locked) == "OperationalError: database is locked"
    assert words not in outage.describe(locked) and "INSERT" not in outage.describe(locked)
    dropped = DBAPIError("SELECT 1", {}, Exception("connection was closed in the middle of operation"),
                         connection_invalidated=True)
    assert outage.is_connection_error(dropped)
    assert outage.is_connection_error(OSError("Multiple exceptions: [Errno 111] Connect call failed ('::1', 5432)"))
    assert outage.is_connection_error(TimeoutError())
    missing = OperationalError("SELECT x", {}, sqlite3.OperationalError("no such table: x"))
    assert not outage.is_connection_error(missing)  # a bug or a missing migration: its traceback is wanted
    assert not outage.is_connection_error(FileNotFoundError(2, "No such file", "fonts/NotoSans.ttf"))
    assert not outage.is_connection_error(ValueError("bad"))


def test_a_librarys_traceback_for_a_lost_connection_becomes_part_of_the_outage() -> None:
    quiet = QuietOutages()
    refused = ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 5432)")

    def record(name: str, exc: BaseException) -> logging.LogRecord:
        return logging.LogRecord(name, logging.WARNING, __file__, 1, "Failed to restore the pool connection floor; "
                                 "retrying", None, (type(exc), exc, None))

    assert not quiet.filter(record("asyncpg.pool", refused))  # asyncpg's pool retrying: dropped, counted
    assert outage.DATABASE.down and outage.DATABASE.failures == 1
    assert quiet.filter(record("asyncpg.pool", ValueError("a bug")))  # anything else is shown
    assert quiet.filter(record("bot.services.outbox", refused))  # our own code says it itself

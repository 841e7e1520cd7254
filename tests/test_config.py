"""Configuration mistakes: one line naming the variable, the value and what is allowed; never a traceback."""

from __future__ import annotations

import asyncio
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.config import PROJECT_ROOT, Settings
from bot.language import DETECTORS
from bot.settings_errors import (
    EXIT_CONFIG,
    describe_database_error,
    describe_settings_error,
    mask_url,
    probe_database,
)

SETTING_VARIABLES = ("DATABASE_URL", "LANGUAGE_DETECTOR", "DEFAULT_LOCALE", "ROOT_FLOW", "MAX_FILE_MB", "LOG_LEVEL",
                     "HTTP_PORT", "FLOWS_DIR", "LOCALES_DIR", "TELEGRAM_MODE", "TELEGRAM_BOT_TOKEN")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SETTING_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def mistake(monkeypatch: pytest.MonkeyPatch, **variables: str) -> str:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError) as error:
        Settings(_env_file=None)
    return describe_settings_error(error.value)


def test_the_defaults_are_valid() -> None:
    settings = Settings(_env_file=None)
    assert settings.database_url.startswith("sqlite+aiosqlite:///")


@pytest.mark.parametrize(("variable", "value", "expected"), [
    ("DATABASE_URL", "garbage",
     "DATABASE_URL='garbage' is not a database URL. Allowed: sqlite+aiosqlite:///path/to/frontdoor.db, "
     "postgresql+asyncpg://user:password@host:5432/database, or empty for SQLite in DATA_DIR."),
    ("DATABASE_URL", "mysql://root@localhost/frontdoor",
     "DATABASE_URL='mysql://root@localhost/frontdoor' uses the driver mysql, which frontdoor does not support. "
     "Allowed: sqlite+aiosqlite:///path/to/frontdoor.db, postgresql+asyncpg://user:password@host:5432/database, "
     "or empty for SQLite in DATA_DIR."),
    ("LANGUAGE_DETECTOR", "bogus",
     "LANGUAGE_DETECTOR='bogus' is not a language detector. Allowed: fasttext, lingua, langdetect, none."),
    ("MAX_FILE_MB", "abc",
     "MAX_FILE_MB='abc' is not a whole number. Allowed: a whole number of megabytes from 1 to 2000."),
    ("MAX_FILE_MB", "0",
     "MAX_FILE_MB='0' is too small. Allowed: a whole number of megabytes from 1 to 2000."),
    ("MAX_FILE_MB", "50000",
     "MAX_FILE_MB='50000' is too large. Allowed: a whole number of megabytes from 1 to 2000."),
    ("LOG_LEVEL", "loud",
     "LOG_LEVEL='loud' is not a log level. Allowed: DEBUG, INFO, WARNING, ERROR, CRITICAL."),
    ("HTTP_PORT", "http",
     "HTTP_PORT='http' is not a whole number. Allowed: a TCP port from 1 to 65535."),
    ("TELEGRAM_MODE", "push",
     "TELEGRAM_MODE='push' is not allowed. Allowed: polling, webhook."),
])
def test_a_wrong_value_is_named_with_what_is_allowed(monkeypatch: pytest.MonkeyPatch, variable: str, value: str,
                                                     expected: str) -> None:
    assert mistake(monkeypatch, **{variable: value}) == expected


def test_a_locale_that_does_not_exist(monkeypatch: pytest.MonkeyPatch) -> None:
    line = mistake(monkeypatch, DEFAULT_LOCALE="xx")
    assert line == (f"DEFAULT_LOCALE='xx' has no folder in LOCALES_DIR ({PROJECT_ROOT / 'locales'}). "
                    "Allowed: ar, de, en, es, fr, it, pt, ru, uk.")


def test_a_root_flow_that_does_not_exist(monkeypatch: pytest.MonkeyPatch) -> None:
    line = mistake(monkeypatch, ROOT_FLOW="nope")
    assert line == (f"ROOT_FLOW='nope' has no file nope.yaml in FLOWS_DIR ({PROJECT_ROOT / 'flows'}). "
                    "Allowed: account, data_leak, device, extortion, harassment, intake, malware, other, phishing, "
                    "scam, website.")


def test_the_locale_and_flow_are_looked_for_where_the_settings_say(monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    (tmp_path / "flows").mkdir()
    (tmp_path / "flows" / "other.yaml").write_text("id: other\n")
    (tmp_path / "flows" / "triage.yaml").write_text("not a flow: the triage rules\n")
    (tmp_path / "locales" / "fr").mkdir(parents=True)
    monkeypatch.setenv("FLOWS_DIR", str(tmp_path / "flows"))
    monkeypatch.setenv("LOCALES_DIR", str(tmp_path / "locales"))
    lines = mistake(monkeypatch).splitlines()
    assert lines == [
        f"ROOT_FLOW='intake' has no file intake.yaml in FLOWS_DIR ({tmp_path / 'flows'}). Allowed: other.",
        f"DEFAULT_LOCALE='en' has no folder in LOCALES_DIR ({tmp_path / 'locales'}). Allowed: fr.",
    ]
    monkeypatch.setenv("DEFAULT_LOCALE", "fr")
    monkeypatch.setenv("ROOT_FLOW", "other")
    assert Settings(_env_file=None).default_locale == "fr"


def test_a_missing_folder_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    line = mistake(monkeypatch, FLOWS_DIR=str(tmp_path / "nowhere"))
    assert line == f"FLOWS_DIR='{tmp_path / 'nowhere'}' is not a folder. Allowed: a folder of flow files (*.yaml)."


def test_each_mistake_gets_its_own_line(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = mistake(monkeypatch, LANGUAGE_DETECTOR="bogus", MAX_FILE_MB="abc", DATABASE_URL="garbage").splitlines()
    assert [line.split("=", 1)[0] for line in lines] == ["DATABASE_URL", "LANGUAGE_DETECTOR", "MAX_FILE_MB"]


def test_a_password_is_never_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    line = mistake(monkeypatch, DATABASE_URL="postgres://frontdoor:s3cret-pw@db.example/frontdoor")
    assert "s3cret-pw" not in line
    assert line.startswith("DATABASE_URL='postgres://frontdoor:***@db.example/frontdoor' uses the driver postgres,")


def test_a_secret_setting_is_never_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:very-secret-token")
    line = mistake(monkeypatch, MAX_FILE_MB="abc")
    assert "very-secret-token" not in line


def test_the_detectors_allowed_are_the_detectors_there_are(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [*DETECTORS, "none", "FastText"]:
        monkeypatch.setenv("LANGUAGE_DETECTOR", name)
        assert Settings(_env_file=None).language_detector == name.lower()


@pytest.mark.parametrize("url", [
    "sqlite+aiosqlite:///data/frontdoor.db", "postgresql+asyncpg://frontdoor:pw@localhost:5432/frontdoor",
    "postgresql+asyncpg://frontdoor@/frontdoor?host=/var/run/postgresql",
])
def test_good_database_urls_are_accepted(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv("DATABASE_URL", url)
    assert Settings(_env_file=None).database_url == url


def test_mask_url() -> None:
    assert mask_url("postgresql+asyncpg://u:pa%40ss@h:5432/db") == "postgresql+asyncpg://u:***@h:5432/db"
    assert mask_url("postgresql+asyncpg://u@h/db") == "postgresql+asyncpg://u@h/db"
    assert mask_url("not a url://a:b@c") == "not a url://a:***@c"


# -- the database cannot be reached at start-up ------------------------------------------------------------
PG = "postgresql+asyncpg://frontdoor:s3cret@127.0.0.1:1/frontdoor"


def _raised(make: type[BaseException] | BaseException) -> BaseException:
    try:
        raise make
    except BaseException as exc:  # kept with its traceback, as a caller would catch it
        return exc


@pytest.mark.parametrize(("error", "reason"), [
    (ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 1)"), "connection refused"),
    (socket.gaierror(-2, "Name or service not known"), "unknown host"),
    (TimeoutError(), "no answer in time"),
    (PermissionError(13, "Permission denied"), "permission denied"),
])
def test_an_unreachable_database_is_one_line(error: BaseException, reason: str) -> None:
    line = describe_database_error(_raised(error), PG)
    assert line == (f"DATABASE_URL='postgresql+asyncpg://frontdoor:***@127.0.0.1:1/frontdoor': cannot connect "
                    f"({reason}). Check that the database server is running and reachable, and the URL.")


def test_a_refused_login_is_one_line() -> None:
    import asyncpg

    line = describe_database_error(asyncpg.InvalidPasswordError("password authentication failed"), PG)
    assert line is not None and "s3cret" not in line
    assert line.startswith("DATABASE_URL='postgresql+asyncpg://frontdoor:***@127.0.0.1:1/frontdoor': "
                           "the server refused: password authentication failed")


def test_an_sqlite_file_that_cannot_be_opened_is_one_line() -> None:
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError("connect", {}, sqlite3.OperationalError("unable to open database file"))
    line = describe_database_error(wrapped, "sqlite+aiosqlite:////root/nope/frontdoor.db")
    assert line == ("DATABASE_URL='sqlite+aiosqlite:////root/nope/frontdoor.db': cannot open the database "
                    "(unable to open database file). Check that the folder exists and this user may write in it.")


def test_other_errors_are_not_disguised() -> None:
    assert describe_database_error(ValueError("a bug"), PG) is None
    assert describe_database_error(KeyError("x"), PG) is None


def test_the_probe_names_a_refused_connection() -> None:
    line = asyncio.run(probe_database(PG))
    assert line is not None and line.startswith("DATABASE_URL='postgresql+asyncpg://frontdoor:***@127.0.0.1:1")


def test_the_probe_names_an_sqlite_file_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    url = f"sqlite+aiosqlite:///{blocker / 'data' / 'frontdoor.db'}"  # a folder inside a file
    line = asyncio.run(probe_database(url))
    assert line is not None and line.startswith(f"DATABASE_URL='{url}': cannot open the database (")


def test_the_probe_is_quiet_when_the_database_answers(tmp_path: Path) -> None:
    assert asyncio.run(probe_database(f"sqlite+aiosqlite:///{tmp_path / 'frontdoor.db'}")) is None


def test_the_probe_does_not_wait_for_ever(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.storage.db import Database

    class Silent:
        async def __aenter__(self) -> None:
            await asyncio.sleep(60)  # a host that swallows packets

        async def __aexit__(self, *exc: object) -> None:
            return None

    monkeypatch.setattr(Database, "__init__", lambda self, url: setattr(self, "engine", self))
    monkeypatch.setattr(Database, "connect", lambda self: Silent(), raising=False)
    monkeypatch.setattr(Database, "dispose", lambda self: asyncio.sleep(0))
    line = asyncio.run(probe_database(PG, wait_seconds=0.1))
    assert line is not None and "(no answer in time)" in line


# -- the command line --------------------------------------------------------------------------------------
def run_bot(*args: str, **variables: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in SETTING_VARIABLES} | variables
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, env=env,
                          cwd=PROJECT_ROOT, timeout=120)


@pytest.mark.parametrize("variables", [
    {"DATABASE_URL": "garbage"}, {"LANGUAGE_DETECTOR": "bogus"}, {"DEFAULT_LOCALE": "xx"}, {"ROOT_FLOW": "nope"},
    {"MAX_FILE_MB": "abc"},
])
def test_the_command_line_prints_one_line_and_exits_2(variables: dict[str, str]) -> None:
    result = run_bot("check", **variables)
    assert result.returncode == EXIT_CONFIG
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    (name, value), = variables.items()
    assert result.stderr.startswith(f"{name}='{value}'")


def test_an_unreachable_database_is_one_line_naming_database_url() -> None:
    result = run_bot("db", "current", DATABASE_URL="postgresql+asyncpg://postgres:secret@127.0.0.1:1/nowhere")
    assert result.returncode == EXIT_CONFIG and "Traceback" not in result.stderr
    assert result.stderr.startswith("DATABASE_URL=") and "secret" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("url", [
    "garbage", "sqlite+aiosqlite:///data/frontdoor.db", "sqlite+aiosqlite://", "postgresql+asyncpg://u:p@h:5432/d",
    "postgresql+asyncpg://u@h:port/d", "postgresql+asyncpg://u:p@[::1]:5432/d", "mysql://root@localhost/x",
    "postgresql+asyncpg:/missing-slash", "://nothing", "postgresql+asyncpg://h/d?ssl=require",
])
def test_the_url_check_reads_urls_as_sqlalchemy_does(url: str) -> None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from bot.config import DATABASE_URL

    try:
        driver: str | None = make_url(url).drivername
        make_url(url).port  # noqa: B018 - SQLAlchemy checks the port only when it is read
    except (ArgumentError, ValueError):
        driver = None
    ours = DATABASE_URL.fullmatch(url)
    ours_driver = ours["driver"] if ours and (ours["port"] or "0").isdigit() else None
    assert ours_driver == driver

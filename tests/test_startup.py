"""Start-up does only what serving needs: a current schema is checked without alembic, translations other than the
default one are read after the worker answers. No timing here: bench/startup.py measures."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.i18n import Translator
from bot.storage.db import Database, alembic_config, head_revision

# `python -m bot run` in this process, stopped by a thread once /readyz answers; it prints the modules loaded by then
RUN_AND_REPORT = textwrap.dedent("""
    import json, os, signal, sys, threading, time, urllib.request

    def report() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{os.environ['HTTP_PORT']}/readyz", timeout=2) as answer:
                    ready = json.load(answer)
                break
            except OSError:
                time.sleep(0.05)
        else:
            ready = None
        print("REPORT " + json.dumps({"ready": ready, "modules": sorted(sys.modules)}), flush=True)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=report, daemon=True).start()
    from bot.__main__ import main

    sys.exit(main(["run", "--no-console"]))
""")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bot_env(database_url: str, tmp_path: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "DATABASE_URL": database_url, "DATA_DIR": str(tmp_path), "NO_PROXY": "127.0.0.1",
            "HTTP_PORT": str(free_port()), "TELEGRAM_BOT_TOKEN": "", "DISCORD_BOT_TOKEN": "", **extra}


def upgrade(env: dict[str, str]) -> None:
    done = subprocess.run([sys.executable, "-m", "bot", "db", "upgrade"], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_run_on_a_current_schema_never_imports_alembic(database_url: str, tmp_path: Path) -> None:
    env = bot_env(database_url, tmp_path)
    upgrade(env)
    done = subprocess.run([sys.executable, "-c", RUN_AND_REPORT], cwd=PROJECT_ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(next(line for line in done.stdout.splitlines() if line.startswith("REPORT "))[7:])
    assert report["ready"] == {"status": "ready"}  # /readyz reads the revision without alembic too
    assert [m for m in report["modules"] if m.split(".")[0] == "alembic"] == []
    assert "Traceback" not in done.stderr


async def test_the_head_read_from_the_files_is_alembics(database_url: str) -> None:
    from alembic.script import ScriptDirectory

    assert head_revision() == ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()
    db = Database(database_url)
    try:
        await db.upgrade()
        assert await db.revision() == head_revision()
        await db.upgrade()  # the schema is current: nothing to do
        assert await db.revision() == head_revision()
    finally:
        await db.dispose()


def write_migration(folder: Path, revision: str, down: object, *, annotated: bool = False) -> None:
    kind = ": str" if annotated else ""
    (folder / f"{revision}_step.py").write_text(
        f'"""{revision}"""\nfrom alembic import op\n\nrevision{kind} = {revision!r}\ndown_revision = {down!r}\n'
        "branch_labels = None\n\n\ndef upgrade() -> None:\n    op.execute('SELECT 1')\n", encoding="utf-8")


def test_the_head_of_a_chain_of_migrations(tmp_path: Path) -> None:
    def versions(name: str, *extra: tuple[str, object]) -> Path:  # a folder each: head_revision reads one once
        folder = tmp_path / name
        folder.mkdir()
        (folder / "__init__.py").write_text("", encoding="utf-8")
        write_migration(folder, "a1", None)
        write_migration(folder, "b2", "a1", annotated=True)
        write_migration(folder, "c3", "a1")
        for revision, down in extra:
            write_migration(folder, revision, down)
        return folder

    assert head_revision(versions("two-heads")) is None  # alembic decides (and says what is wrong)
    merged = versions("merged", ("d4", ("b2", "c3")))
    assert head_revision(merged) == "d4"
    broken = versions("broken", ("d4", ("b2", "c3")))
    (broken / "e5_step.py").write_text("revision = make_one()\ndown_revision = 'd4'\n", encoding="utf-8")
    assert head_revision(broken) is None  # not a literal: alembic decides


def broken_locales(tmp_path: Path, locale: str = "fr") -> Path:
    locales = tmp_path / "locales"
    shutil.copytree(PROJECT_ROOT / "locales", locales)
    with (locales / locale / "common.ftl").open("a", encoding="utf-8") as ftl:
        ftl.write("\nbroken-message = { $unclosed\n")
    return locales


def test_the_translator_reads_other_locales_when_asked(tmp_path: Path) -> None:
    translator = Translator(broken_locales(tmp_path), "en")  # the broken French file is not read yet
    assert translator.locales == sorted(p.name for p in (PROJECT_ROOT / "locales").iterdir() if p.is_dir())
    assert translator.supports("uk-UA") and translator.negotiate("de-AT") == "de"
    assert translator.render("de", "command-help") == Translator(PROJECT_ROOT / "locales").render("de", "command-help")
    with pytest.raises(ValueError, match="cannot parse"):
        translator.load_all()


def test_check_reports_a_broken_locale_other_than_the_default(tmp_path: Path) -> None:
    env = {**os.environ, "LOCALES_DIR": str(broken_locales(tmp_path)), "DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "bot", "check"], cwd=PROJECT_ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1 and "cannot parse" in done.stdout


def test_run_stops_on_a_broken_locale_other_than_the_default(database_url: str, tmp_path: Path) -> None:
    env = bot_env(database_url, tmp_path, LOCALES_DIR=str(broken_locales(tmp_path, "uk")))
    done = subprocess.run([sys.executable, "-m", "bot", "run", "--no-console"], cwd=PROJECT_ROOT, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "cannot read the translations" in done.stderr and "cannot parse" in done.stderr

"""The command line as an operator uses it: run without channels, db upgrade, cases; logs without victim text."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import time
import urllib.request

from bot.config import PROJECT_ROOT
from bot.logs import setup_logging


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env_for(database_url: str, tmp_path, **extra: str) -> dict[str, str]:
    return {**os.environ, "DATABASE_URL": database_url, "DATA_DIR": str(tmp_path), "NO_PROXY": "127.0.0.1",
            **extra}


def test_run_without_channels_explains_and_serves_health(database_url: str, tmp_path) -> None:
    port = free_port()
    env = env_for(database_url, tmp_path, HTTP_PORT=str(port), TELEGRAM_BOT_TOKEN="", DISCORD_BOT_TOKEN="")
    bot = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=PROJECT_ROOT, env=env, text=True,
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as response:
                    assert json.load(response) == {"status": "ready"}
                    break
            except OSError:
                assert bot.poll() is None, bot.communicate()
                assert time.monotonic() < deadline, "the bot did not become ready"
                time.sleep(0.2)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2) as response:
            assert b"frontdoor_messages_total" in response.read()
    finally:
        bot.terminate()
        out, err = bot.communicate(timeout=30)
    assert "Set TELEGRAM_BOT_TOKEN and/or DISCORD_BOT_TOKEN" in out
    assert "Traceback" not in err


def test_db_upgrade_and_cases_list(database_url: str, tmp_path) -> None:
    env = env_for(database_url, tmp_path)
    upgraded = subprocess.run([sys.executable, "-m", "bot", "db", "upgrade"], cwd=PROJECT_ROOT, env=env,
                              capture_output=True, text=True, timeout=60)
    head = sorted(p.name[:4] for p in (PROJECT_ROOT / "bot/storage/migrations/versions").glob("0*.py"))[-1]
    assert upgraded.returncode == 0 and f"schema revision: {head}" in upgraded.stdout
    chat = subprocess.run([sys.executable, "-m", "bot", "chat", "--user", "cli"], cwd=PROJECT_ROOT, env=env,
                          input="hi\n1\n/human\n", capture_output=True, text=True, timeout=60)
    assert "FD-" in chat.stdout
    listed = subprocess.run([sys.executable, "-m", "bot", "cases"], cwd=PROJECT_ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    reference = listed.stdout.split()[0]
    assert reference.startswith("FD-") and "urgency=high" in listed.stdout
    shown = subprocess.run([sys.executable, "-m", "bot", "cases", reference], cwd=PROJECT_ROOT, env=env,
                           capture_output=True, text=True, timeout=60)
    assert json.loads(shown.stdout)["human_requested"] is True


async def test_logs_never_carry_what_a_victim_wrote(app, talk, caplog) -> None:
    secret = "my password is Hunter2-secret"
    setup_logging("DEBUG")  # the bot's own configuration, at its most talkative
    caplog.set_level(logging.DEBUG)
    victim = talk("private")
    await victim.send("hello")
    await victim.press("agree")
    await victim.press("hacked_account")
    await victim.send(secret)
    await victim.send(secret)  # a duplicate-looking message and a date the validator refuses
    await victim.send("Hunter2-secret@@")
    assert caplog.records, "nothing was logged at all, so this test would prove nothing"
    assert not [r for r in caplog.records if "Hunter2" in r.getMessage()]


def test_ctrl_c_quits_the_console_chat_without_waiting_for_enter(database_url: str, tmp_path) -> None:
    env = env_for(database_url, tmp_path)
    chat = subprocess.Popen([sys.executable, "-m", "bot", "chat", "--user", "ctrl-c"], cwd=PROJECT_ROOT, env=env,
                            text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert chat.stdout is not None and "Ctrl-D quits" in chat.stdout.readline()
        chat.send_signal(2)  # SIGINT, as Ctrl-C sends it; stdin stays open and empty
        code = chat.wait(timeout=30)  # bounded so a hang fails the test; a quit takes well under a second
    finally:
        if chat.poll() is None:
            chat.kill()
    assert code in (0, 130) and "Traceback" not in chat.stderr.read()


def test_file_mistakes_get_one_clear_line_and_send_nothing(database_url: str, tmp_path) -> None:
    env = env_for(database_url, tmp_path)
    folder = tmp_path / "photos"
    folder.mkdir()
    real = folder / "threat.png"
    real.write_bytes(b"\x89PNG")
    lines = [f"/file {tmp_path / 'missing.png'}", f"/file {folder}", "/file", f'/file "{real}"']
    chat = subprocess.run([sys.executable, "-m", "bot", "chat", "--user", "files"], cwd=PROJECT_ROOT, env=env,
                          input="hello\n" + "\n".join(lines) + "\n", capture_output=True, text=True, timeout=60)
    out = chat.stdout
    assert "no such file" in out and "that is a folder" in out and "type /file followed by its path" in out
    assert "I do not know this command" not in out and "Traceback" not in chat.stderr
    assert "I received your file" in out or "kept" in out  # the quoted path was read and the file sent


def test_a_case_shows_each_file_sent_in_full(database_url: str, tmp_path) -> None:
    import hashlib

    env = env_for(database_url, tmp_path)
    subprocess.run([sys.executable, "-m", "bot", "db", "upgrade"], cwd=PROJECT_ROOT, env=env, check=True,
                   capture_output=True, timeout=60)
    photo = tmp_path / "threat.png"
    photo.write_bytes(b"\x89PNG a screenshot of the threat")
    chat = subprocess.run([sys.executable, "-m", "bot", "chat", "--user", "files-case"], cwd=PROJECT_ROOT, env=env,
                          input=f"hi\n1\n/file {photo}\n/human\n", capture_output=True, text=True, timeout=60)
    reference = "FD-" + chat.stdout.split("FD-")[1][:11]
    for command in ([reference], ["show", reference]):
        shown = subprocess.run([sys.executable, "-m", "bot", "cases", *command], cwd=PROJECT_ROOT, env=env,
                               capture_output=True, text=True, timeout=60)
        case = json.loads(shown.stdout.split("\nconversation of ")[0])
        [item] = case["evidence"]
        assert item["filename"] == "threat.png" and item["content_type"] == "image/png"
        assert item["size"] == photo.stat().st_size and item["received_at"].startswith("20")
        assert item["sha256"] == hashlib.sha256(photo.read_bytes()).hexdigest()  # the whole hash, not its start


def _age_everything(database_url: str, days: int) -> None:
    """Every date in the database moved `days` into the past, as if the conversation had happened then."""
    import asyncio
    from datetime import timedelta

    from sqlalchemy import DateTime, select, update

    from bot.storage.db import Database
    from bot.storage.tables import metadata

    async def age() -> None:
        db = Database(database_url)
        try:
            async with db.transaction() as conn:
                for table in metadata.sorted_tables:
                    dates = [column for column in table.c if isinstance(column.type, DateTime)]
                    if not dates:
                        continue
                    # row by row in Python: SQLite keeps dates as text, so SQL date arithmetic is not portable
                    for row in (await conn.execute(select(table.c.id, *dates))).all():
                        moved = {c.name: getattr(row, c.name) - timedelta(days=days) for c in dates
                                 if getattr(row, c.name) is not None}
                        if moved:
                            await conn.execute(update(table).where(table.c.id == row.id).values(moved))
        finally:
            await db.dispose()

    asyncio.run(age())


def _bodies(database_url: str) -> list[object]:
    import asyncio

    from sqlalchemy import select

    from bot.storage.db import Database
    from bot.storage.tables import MessageLog

    async def read() -> list[object]:
        db = Database(database_url)
        try:
            async with db.engine.connect() as conn:
                return [row.body for row in await conn.execute(select(MessageLog.body).order_by(MessageLog.id))]
        finally:
            await db.dispose()

    return asyncio.run(read())


def test_purge_blanks_old_words_prints_only_counts_and_a_dry_run_changes_nothing(database_url: str,
                                                                                   tmp_path) -> None:
    env = env_for(database_url, tmp_path)
    words = "Zephyrquartz keeps writing to me"
    subprocess.run([sys.executable, "-m", "bot", "chat", "--user", "old-chat"], cwd=PROJECT_ROOT, env=env,
                   input=f"hi\n{words}\n", capture_output=True, text=True, timeout=60, check=True)
    _age_everything(database_url, 100)
    kept = subprocess.run([sys.executable, "-m", "bot", "purge"], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert kept.returncode == 0 and "everything is kept" in kept.stdout  # no RETENTION_DAYS_*: nothing goes
    env["RETENTION_DAYS_MESSAGES"] = "90"
    before = _bodies(database_url)
    dry = subprocess.run([sys.executable, "-m", "bot", "purge", "--dry-run"], cwd=PROJECT_ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert dry.returncode == 0 and "dry run: nothing was changed" in dry.stdout
    blanked = int(dry.stdout.split("message bodies blanked: ")[1].split()[0])
    assert blanked == len(before) and _bodies(database_url) == before
    done = subprocess.run([sys.executable, "-m", "bot", "purge"], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and f"message bodies blanked: {blanked}" in done.stdout
    assert "Zephyrquartz" not in dry.stdout + dry.stderr + done.stdout + done.stderr
    assert any(words in str(body) for body in before) and set(_bodies(database_url)) == {None}

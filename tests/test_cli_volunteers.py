"""`python -m bot volunteer ...` as an operator types it: the roster on the test database, one clear line and
exit code 2 for every mistake."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from bot.config import PROJECT_ROOT
from bot.services.roster import INVITE_ALPHABET, invite_hash
from bot.storage.db import Database
from bot.storage.repository import SqlStore
from tests.test_cli import env_for


@pytest.fixture
def volunteer(database_url: str, tmp_path):
    env = env_for(database_url, tmp_path)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "bot", "volunteer", *args], cwd=PROJECT_ROOT, env=env,
                              capture_output=True, text=True, timeout=60)

    return run


async def roster(database_url: str) -> SqlStore:
    return SqlStore(Database(database_url))


def refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit code 2, one line on stderr that says what is wrong, nothing on stdout, no traceback."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    assert result.stdout == ""


def table(output: str) -> dict[str, str]:
    """The roster table's lines by name."""
    return {line.split("  ")[0]: line for line in output.splitlines()[1:]}


async def test_add_list_oncall_shift_remove(volunteer, database_url: str) -> None:
    added = volunteer("add", "--name", "Ana Lopez", "--telegram-id", "111", "--languages", "en,FR",
                      "--coordinator")
    assert added.returncode == 0, added.stderr
    assert "added Ana Lopez (coordinator; en, fr; telegram 111)" in added.stdout
    bo = volunteer("add", "--name", "Bo", "--discord-id", "222", "--languages", "de")
    assert bo.returncode == 0 and "added Bo" in bo.stdout
    listed = volunteer("list")
    assert listed.returncode == 0
    header = listed.stdout.splitlines()[0].split()
    assert header[:4] == ["NAME", "IDENTITIES", "LANGUAGES", "ROLE"] and "CALL" in header
    rows = table(listed.stdout)
    assert re.search(r"telegram 111\s+en,fr\s+coordinator\s+no", rows["Ana Lopez"])
    assert re.search(r"discord 222\s+de\s+volunteer\s+no", rows["Bo"])

    assert volunteer("oncall", "ana lopez", "on").stdout.strip() == "Ana Lopez is now on call"
    assert re.search(r"coordinator\s+yes", table(volunteer("list").stdout)["Ana Lopez"])
    assert volunteer("oncall", "Ana Lopez", "off").returncode == 0

    shift = volunteer("shift", "Bo", "--days", "daily", "--from", "00:00", "--to", "24:00", "--tz", "Europe/Berlin")
    assert shift.returncode == 0 and "daily 00:00-24:00 Europe/Berlin" in shift.stdout
    second = volunteer("shift", "Bo", "--days", "sat,sun", "--from", "22:00", "--to", "02:00", "--tz", "UTC")
    assert "daily 00:00-24:00 Europe/Berlin; sat,sun 22:00-02:00 UTC" in second.stdout
    row = table(volunteer("list").stdout)["Bo"]
    assert "yes (shift)" in row and "sat,sun 22:00-02:00 UTC" in row
    cleared = volunteer("shift", "Bo", "--clear")
    assert cleared.returncode == 0 and "Bo's shifts: none" in cleared.stdout
    assert re.search(r"volunteer\s+no\s+-$", table(volunteer("list").stdout)["Bo"])

    store = await roster(database_url)
    try:
        ana = await store.volunteer_by_identity("telegram", "111")
        assert ana is not None and ana.languages == ("en", "fr") and ana.coordinator and not ana.on_call
        assert volunteer("remove", "BO").stdout.strip() == "removed Bo"
        assert await store.volunteer_by_name("Bo") is None
    finally:
        await store.db.dispose()
    assert "Bo" not in table(volunteer("list").stdout)


async def test_invite_prints_a_one_time_code_and_stores_only_its_hash(volunteer, database_url: str) -> None:
    invited = volunteer("invite", "--name", "Dee", "--languages", "uk,ru")
    assert invited.returncode == 0, invited.stderr
    code = re.search(r"^/link (\S+)$", invited.stdout, re.MULTILINE)[1]
    assert len(code) == 8 and set(code) <= set(INVITE_ALPHABET)
    assert "added Dee" in invited.stdout and "7 days" in invited.stdout
    store = await roster(database_url)
    try:
        now = datetime.now(UTC)
        dee = await store.volunteer_by_invite(invite_hash(code), now)
        assert dee is not None and dee.name == "Dee" and dee.languages == ("uk", "ru")
        assert await store.volunteer_by_invite(invite_hash(code), now + timedelta(days=7, minutes=1)) is None
        async with store.db.engine.connect() as conn:
            from sqlalchemy import text

            stored = [tuple(r) for r in await conn.execute(text("SELECT * FROM volunteer"))]
        assert not any(code in str(value) for row in stored for value in row)
        # a second invite for someone on the roster replaces the first code, and may make them a coordinator
        again = volunteer("invite", "--name", "dee", "--coordinator")
        assert again.returncode == 0 and "added" not in again.stdout
        second = re.search(r"^/link (\S+)$", again.stdout, re.MULTILINE)[1]
        assert await store.volunteer_by_invite(invite_hash(code), now) is None
        assert (await store.volunteer_by_invite(invite_hash(second), now)).coordinator
    finally:
        await store.db.dispose()


def test_every_mistake_is_one_clear_line_and_exit_code_2(volunteer) -> None:
    assert volunteer("add", "--name", "Ana", "--telegram-id", "111", "--languages", "en").returncode == 0
    assert volunteer("add", "--name", "Bo", "--languages", "de").returncode == 0
    refused(volunteer("add", "--name", "ANA", "--languages", "en"), "already a volunteer named Ana")
    refused(volunteer("add", "--name", "Cy", "--telegram-id", "111", "--languages", "en"),
            "Telegram id 111 already belongs to volunteer Ana")
    refused(volunteer("add", "--name", "Cy", "--languages", "en,xx"), "unknown language xx",
            "ar, de, en, es, fr, it, pt, ru, uk")
    refused(volunteer("add", "--name", "Cy", "--languages", " , "), "no language given")
    refused(volunteer("add", "--name", "Cy", "--telegram-id", "@cy", "--languages", "en"),
            "not a numeric user id", "volunteer invite")
    refused(volunteer("add", "--name", "Cy"), "required: --languages")
    refused(volunteer("add", "--languages", "en"), "required: --name")
    refused(volunteer(), "required: action")
    refused(volunteer("promote", "Ana"), "invalid choice: 'promote'")
    refused(volunteer("remove", "Zed"), "no volunteer named 'Zed'")
    refused(volunteer("oncall", "Zed", "on"), "no volunteer named 'Zed'")
    refused(volunteer("oncall", "Ana", "maybe"), "invalid choice: 'maybe'")
    refused(volunteer("shift", "Ana", "--days", "mo-fr", "--from", "18:00", "--to", "23:00", "--tz", "UTC"),
            "unknown day 'mo'")
    refused(volunteer("shift", "Ana", "--days", "mon", "--from", "6pm", "--to", "23:00", "--tz", "UTC"),
            "not HH:MM")
    refused(volunteer("shift", "Ana", "--days", "mon", "--from", "18:00", "--to", "23:00", "--tz", "Paris"),
            "unknown time zone 'Paris'")
    refused(volunteer("shift", "Ana", "--days", "mon", "--from", "18:00", "--to", "23:00"), "--tz")
    refused(volunteer("shift", "Ana", "--clear", "--days", "mon"), "--clear")
    refused(volunteer("shift", "Zed", "--clear"), "no volunteer named 'Zed'")
    refused(volunteer("invite", "--name", "Zed"), "not on the roster yet", "--languages")
    refused(volunteer("invite", "--name", "Zed", "--languages", "klingon"), "unknown language klingon")
    # nothing of that changed the roster
    rows = table(volunteer("list").stdout)
    assert sorted(rows) == ["Ana", "Bo"] and "-" in rows["Ana"].split()[-1]


def test_an_empty_roster_says_how_to_start(volunteer) -> None:
    listed = volunteer("list")
    assert listed.returncode == 0 and "no volunteers yet" in listed.stdout and "volunteer add" in listed.stdout


async def test_remove_keeps_a_claimer_on_the_list_but_takes_their_access_away(volunteer, database_url: str) -> None:
    from tests.test_volunteers import claim_a_case

    assert volunteer("add", "--name", "Ana", "--telegram-id", "111", "--languages", "en").returncode == 0
    assert volunteer("oncall", "Ana", "on").returncode == 0
    store = await roster(database_url)
    try:
        ana = await store.volunteer_by_name("Ana")
        await claim_a_case(store, ana.id)
        removed = volunteer("remove", "Ana")
        assert removed.returncode == 0, removed.stderr
        assert "claimer of 1 case(s)" in removed.stdout and "can no longer act" in removed.stdout
        kept = await store.volunteer_by_name("Ana")
        assert kept.id == ana.id and kept.telegram_id is None and not kept.on_call and kept.shifts == ()
        assert await store.volunteer_by_identity("telegram", "111") is None
    finally:
        await store.db.dispose()

"""Kill the bot (os._exit, like kill -9) at each crash point of the pipeline; after a restart the victim
continues at the right step and sees every reply exactly once. Runs the real `python -m bot chat`."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from bot.config import PROJECT_ROOT

# agree, a scam (its kind and where: "something else"; nothing paid), me, the story, when, not going on, no
# files, here, confirm
SCRIPT = ["hello", "1", "5", "6", "7", "2", "1", "Someone stole 200 euros from my bank account", "yesterday", "2",
          "2", "1", "1", "/status"]
CRASH_POINTS = ["after-ingest", "before-commit", "after-commit"]


def chat(database_url: str, data_dir: str, user: str, lines: list[str], crash_at: str | None = None):
    env = {**os.environ, "DATABASE_URL": database_url, "DATA_DIR": data_dir, "OUTBOX_LEASE_SECONDS": "1",
           "FRONTDOOR_CRASH_AT": crash_at or "", "LOG_LEVEL": "WARNING"}
    return subprocess.run([sys.executable, "-m", "bot", "chat", "--user", user], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, env=env, cwd=PROJECT_ROOT, timeout=120)


def bot_lines(output: str) -> list[str]:
    lines = [line for line in output.splitlines() if line.startswith(("bot>", "  ["))]
    return [re.sub(r"FD-\d{4}-\d{6}", "FD-<ref>", line) for line in lines]


def assert_clean(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr


_reference: list[list[str]] = []


@pytest.fixture
def reference(database_url: str, tmp_path) -> list[str]:
    if _reference:  # the uncrashed run's replies are the same for every test: compute them once
        return _reference[0]
    result = chat(database_url, str(tmp_path), "reference", SCRIPT)
    assert result.returncode == 0 and (assert_clean(result) is None)
    lines = bot_lines(result.stdout)
    assert any("registered under the reference FD-<ref>" in line for line in lines)
    _reference.append(lines)
    return lines


@pytest.mark.parametrize("crash_at", CRASH_POINTS)
@pytest.mark.parametrize("nth", [1, 4, 9])
def test_killed_bot_loses_and_repeats_nothing(database_url: str, tmp_path, reference, crash_at: str,
                                              nth: int) -> None:
    user = f"victim-{crash_at}-{nth}"
    first = chat(database_url, str(tmp_path), user, SCRIPT, crash_at=f"{crash_at}:{nth}")
    assert first.returncode == 86, f"the crash point was not reached: {first.stdout}\n{first.stderr}"
    assert_clean(first)
    second = chat(database_url, str(tmp_path), user, SCRIPT[nth:])
    assert second.returncode == 0, second.stderr
    assert_clean(second)
    assert bot_lines(first.stdout) + bot_lines(second.stdout) == reference

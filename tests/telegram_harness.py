"""Runs `python -m bot run` as a subprocess against a fake platform, configured only by environment."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import ClassVar

import pytest

from bot.config import PROJECT_ROOT
from tests.fakes.telegram import FakeTelegram

TOKEN = "123456:FAKE-token-never-in-logs"
READY = "telegram channel started"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class BotProcess:
    """One bot worker on Telegram; `output` keeps everything it printed, across restarts."""

    ready_line = READY
    secrets: tuple[str, ...] = (TOKEN, TOKEN.split(":")[1])
    started: ClassVar[list[BotProcess]] = []  # in the current test, for bot_processes()

    def __init__(self, fake: FakeTelegram, database_url: str, data_dir: Path, **env: str) -> None:
        self.fake = fake
        self.port = free_port()
        self.env = {**os.environ, **self.platform_env(), "DATABASE_URL": database_url, "DATA_DIR": str(data_dir),
                    "HTTP_PORT": str(self.port), "LOG_LEVEL": "INFO", "NO_PROXY": "127.0.0.1,localhost",
                    "OUTBOX_LEASE_SECONDS": "2", **env}
        self.process: asyncio.subprocess.Process | None = None
        self.output: list[str] = []
        self._reader: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()

    def platform_env(self) -> dict[str, str]:
        return {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": self.fake.api_base,
                "TELEGRAM_FILE_BASE_URL": self.fake.file_base}

    async def start(self) -> None:
        if self not in BotProcess.started:
            BotProcess.started.append(self)
        self._ready = asyncio.Event()
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--no-console", cwd=PROJECT_ROOT, env=self.env,
            stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
        self._reader = asyncio.create_task(self._read(self.process))
        await asyncio.wait_for(self._ready.wait(), 60)  # set when the ready line is printed, or on exit
        assert not self._exited(), "the bot exited at start-up:\n" + self.text

    def _exited(self) -> bool:
        return self.process is not None and self.process.returncode is not None

    async def _read(self, process: asyncio.subprocess.Process) -> None:
        assert process.stdout is not None
        async for line in process.stdout:
            self.output.append(line.decode(errors="replace"))
            if self.ready_line in self.output[-1]:
                self._ready.set()
        self._ready.set()

    async def stop(self, kill: bool = False) -> int:
        if self.process is None:
            return 0
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
        try:
            code = await asyncio.wait_for(self.process.wait(), 30)
        except TimeoutError:
            self.process.kill()
            code = await self.process.wait()
        if self._reader is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._reader, 5)
        self.process = None
        return code

    @property
    def text(self) -> str:
        return "".join(self.output)

    def assert_clean(self) -> None:
        """No traceback and no token in anything the bot printed."""
        assert "Traceback" not in self.text, self.text[-5000:]
        assert not any(secret in self.text for secret in self.secrets), "the token leaked into the logs"


@pytest.fixture(autouse=True)
async def bot_processes() -> AsyncIterator[None]:
    """Import it into a test module: after each test it stops any bot the test left running (a failed test stops
    half-way) and prints what each bot printed, which pytest shows for a failed test only."""
    BotProcess.started.clear()
    yield
    for process in BotProcess.started:
        if process.process is not None:
            await process.stop()
        print(f"--- output of {type(process).__name__} (its end) ---\n{process.text[-6000:]}")
    BotProcess.started.clear()

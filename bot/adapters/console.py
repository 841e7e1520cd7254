"""The terminal channel: talk to the bot with no tokens; choices are numbered, `/file PATH` sends a file."""

from __future__ import annotations

import asyncio
import mimetypes
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TextIO

from bot.domain import Attachment, ChatRef, InboundMessage, Reply, UserRef

PLATFORM = "console"


class ConsoleChannel:
    platform = PLATFORM

    def __init__(self, on_message: Callable[[InboundMessage], Awaitable[object]], *, user: str,
                 language_hint: str | None = None, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
        self.on_message = on_message
        self.user = UserRef(PLATFORM, user, language_hint=language_hint)
        self.chat = ChatRef(PLATFORM, user)
        self.stdin = stdin
        self.stdout = stdout
        self._last_choices: list[str] = []
        self._sent = 0

    async def send(self, chat: ChatRef, reply: Reply) -> str:
        lines = [f"bot> {reply.text}"]
        lines.extend(f"  [{number}] {choice.label}" for number, choice in enumerate(reply.choices, start=1))
        self.stdout.write("\n".join(lines) + "\n")
        self.stdout.flush()
        if reply.choices:
            self._last_choices = [choice.id for choice in reply.choices]
        self._sent += 1
        return f"{time.time_ns()}-{self._sent}"

    def parse(self, line: str) -> InboundMessage:
        text = line.strip()
        # a time-based id stays unique across restarts of the terminal session
        common = dict(platform=PLATFORM, external_id=str(time.time_ns()), user=self.user, chat=self.chat)
        if text.isdigit() and 1 <= int(text) <= len(self._last_choices):
            return InboundMessage(**common, choice=self._last_choices[int(text) - 1])
        if text.startswith("/file "):
            path = Path(text.removeprefix("/file ").strip()).expanduser()
            if path.is_file():
                kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                return InboundMessage(**common, attachments=(Attachment(path.name, kind, path.read_bytes()),))
            self.stdout.write(f"(no such file: {path})\n")
        return InboundMessage(**common, text=text)

    async def listen(self) -> None:
        """Read lines until end of input; each line is stored and answered before the next is read."""
        loop = asyncio.get_running_loop()
        while True:
            line = await loop.run_in_executor(None, self.stdin.readline)
            if not line:
                return
            if not line.strip():
                continue
            await self.on_message(self.parse(line))

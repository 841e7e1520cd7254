"""The terminal channel: talk to the bot with no tokens; choices are numbered, `/file PATH` sends a file."""

from __future__ import annotations

import asyncio
import itertools
import mimetypes
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from bot.domain import Attachment, ChatRef, InboundMessage, Reply, UserRef
from bot.ports import Inbox

PLATFORM = "console"


class ConsoleChannel:
    """One person at a terminal. Each line is stored and answered before the next is read, so the
    conversation reads like a chat; the bot's messages are printed as `bot> …`."""

    platform = PLATFORM

    def __init__(self, inbox: Inbox, *, user: str, language_hint: str | None = None,
                 stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
        self.inbox = inbox
        self.user = UserRef(PLATFORM, user, language_hint=language_hint)
        self.chat = ChatRef(PLATFORM, user)
        self.stdin = stdin
        self.stdout = stdout
        self._last_choices: list[str] = []
        self._sent = itertools.count(1)

    # -- the channel contract --------------------------------------------------------------------
    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    def routes(self) -> Sequence[Any]:
        return ()

    async def send(self, chat: ChatRef, reply: Reply) -> str:
        lines = [f"bot> {reply.text}"]
        lines.extend(f"  [{number}] {choice.label}" for number, choice in enumerate(reply.choices, start=1))
        self._write("\n".join(lines) + "\n")
        if reply.choices:
            self._last_choices = [choice.id for choice in reply.choices]
        return f"{time.time_ns()}-{next(self._sent)}"

    async def edit(self, chat: ChatRef, message_id: str, reply: Reply) -> str:
        self._write(f"bot (edited {message_id})> {reply.text}\n")
        return message_id

    async def open_thread(self, chat: ChatRef, title: str) -> str:
        return f"thread-{time.time_ns()}"  # a terminal has no threads; one conversation is all there is

    # -- reading the terminal --------------------------------------------------------------------
    def parse(self, line: str) -> InboundMessage | None:
        """A typed line as an event; None (after saying why) for a `/file` that cannot be sent."""
        text = line.strip()
        # a time-based id stays unique across restarts of the terminal session
        common = dict(platform=PLATFORM, external_id=str(time.time_ns()), user=self.user, chat=self.chat)
        if text.isdigit() and 1 <= int(text) <= len(self._last_choices):
            return InboundMessage(**common, choice=self._last_choices[int(text) - 1])
        if text == "/file" or text.startswith("/file "):
            return self._file(text.removeprefix("/file").strip().strip("\"'"), common)
        return InboundMessage(**common, text=text)

    def _file(self, given: str, common: dict[str, Any]) -> InboundMessage | None:
        if not given:
            self._write("(to send a file, type /file followed by its path, e.g. /file ~/Pictures/screenshot.png)\n")
            return None
        path = Path(given).expanduser()
        if path.is_dir():
            self._write(f"(that is a folder, not a file: {path}; send the files in it one by one)\n")
            return None
        if not path.is_file():
            self._write(f"(no such file: {path}; nothing was sent)\n")
            return None
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return InboundMessage(**common, attachments=(Attachment(path.name, kind, path.read_bytes()),))

    async def listen(self) -> None:
        """Read lines until end of input (Ctrl-D); each is stored and answered before the next is read.

        The terminal is read by a daemon thread, so Ctrl-C ends the program at once instead of waiting
        for a line that may never come."""
        loop = asyncio.get_running_loop()
        lines: asyncio.Queue[str] = asyncio.Queue()

        def read() -> None:
            while True:
                line = self.stdin.readline()
                try:
                    loop.call_soon_threadsafe(lines.put_nowait, line)
                except RuntimeError:  # the program ended while this thread waited for a line
                    return
                if not line:
                    return

        threading.Thread(target=read, name="console-stdin", daemon=True).start()
        while line := await lines.get():
            if not line.strip():
                continue
            message = self.parse(line)
            if message is not None and await self.inbox.ingest(message):
                await self.inbox.process(message)

    def _write(self, text: str) -> None:
        self.stdout.write(text)
        self.stdout.flush()

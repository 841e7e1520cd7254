"""A channel for tests (errbot's TestBackend idea): records every reply, can be told to fail."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from bot.domain import ChatKind, ChatRef, DeliveryError, InboundMessage, Reply, UserRef

PLATFORM = "test"


@dataclass
class RecordingChannel:
    """Implements the channel contract in memory: what was sent, edited and opened, in order."""

    platform: str = PLATFORM
    sent: list[tuple[ChatRef, Reply]] = field(default_factory=list)
    edits: list[tuple[ChatRef, str, Reply]] = field(default_factory=list)
    threads: list[tuple[ChatRef, str, str]] = field(default_factory=list)  # (chat, title, thread id)
    failures: list[DeliveryError] = field(default_factory=list)  # raised, one per send, before succeeding
    sent_ids: list[str] = field(default_factory=list)  # the platform id of each message in `sent`
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    def routes(self) -> list:
        return []

    async def send(self, chat: ChatRef, reply: Reply) -> str:
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((chat, reply))
        self.sent_ids.append(f"out-{next(self._ids)}")
        return self.sent_ids[-1]

    async def edit(self, chat: ChatRef, message_id: str, reply: Reply) -> str:
        if self.failures:
            raise self.failures.pop(0)
        self.edits.append((chat, message_id, reply))
        return message_id

    async def open_thread(self, chat: ChatRef, title: str) -> str:
        if self.failures:
            raise self.failures.pop(0)
        thread_id = f"thread-{next(self._ids)}"
        self.threads.append((chat, title, thread_id))
        return thread_id

    def replies_to(self, user_id: str) -> list[Reply]:
        return [reply for chat, reply in self.sent if chat.chat_id == f"chat-{user_id}"]


class Volunteer:
    """One volunteer writing in a desk chat (optionally in a thread) through the test channel."""

    _counter = itertools.count(1)

    def __init__(self, user_id: str, desk: str = "desk-1", thread: str | None = None, name: str = "Vera",
                 platform: str = PLATFORM) -> None:
        self.platform = platform
        self.user = UserRef(platform, user_id, display_name=name)
        self.chat = ChatRef(platform, desk, thread, ChatKind.DESK)

    def message(self, text: str | None = None, *, choice: str | None = None, command: str | None = None,
                reply_to: str | None = None) -> InboundMessage:
        return InboundMessage(platform=self.platform, external_id=f"desk-{next(self._counter)}", user=self.user,
                              chat=self.chat, text=text, choice=choice, command=command, reply_to=reply_to)


class Victim:
    """One person writing to the bot through the test channel; message ids are unique per victim."""

    _counter = itertools.count(1)

    def __init__(self, user_id: str, language_hint: str | None = "en", platform: str = PLATFORM) -> None:
        self.platform = platform
        self.user = UserRef(platform, user_id, language_hint=language_hint)
        self.chat = ChatRef(platform, f"chat-{user_id}")

    def message(self, text: str | None = None, *, choice: str | None = None, command: str | None = None,
                attachments: tuple = (), external_id: str | None = None) -> InboundMessage:
        return InboundMessage(platform=self.platform, external_id=external_id or f"in-{next(self._counter)}",
                              user=self.user, chat=self.chat, text=text, choice=choice, command=command,
                              attachments=attachments)

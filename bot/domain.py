"""Platform-neutral values that cross every layer: messages in, replies out, urgency."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol


class Urgency(enum.IntEnum):
    """How fast a human should look at a case; ordered so that max() picks the most urgent."""

    LOW = 0
    MEDIUM = 1
    HIGH = 2
    CRITICAL = 3

    @classmethod
    def parse(cls, name: str) -> Urgency:
        return cls[name.upper()]

    @property
    def label(self) -> str:
        return self.name.lower()


class CaseStatus(enum.StrEnum):
    NEW = "new"
    ESCALATED = "escalated"
    CLAIMED = "claimed"
    RESOLVED = "resolved"
    CLOSED = "closed"


@dataclass(frozen=True)
class UserRef:
    """Who wrote, as the platform knows them. `language_hint` is the client's language, if it says."""

    platform: str
    external_id: str
    display_name: str | None = None
    language_hint: str | None = None


@dataclass(frozen=True)
class ChatRef:
    """Where to answer: the platform and its chat (DM channel, private chat, terminal)."""

    platform: str
    chat_id: str


@dataclass(frozen=True)
class Attachment:
    """A file the victim sent, downloaded by the adapter. A file the platform says is too large is not
    downloaded at all: `data` is empty and `size` carries the size the platform announced."""

    filename: str
    content_type: str
    data: bytes
    size: int | None = None

    @property
    def byte_size(self) -> int:
        return self.size if self.size is not None else len(self.data)


@dataclass(frozen=True)
class InboundMessage:
    """One thing a person did: typed text, pressed a button (`choice`), sent a command or files.

    `external_id` is the platform's own id for this event; with `platform` it makes the message
    idempotent, so a redelivery is recognised and processed once.
    """

    platform: str
    external_id: str
    user: UserRef
    chat: ChatRef
    text: str | None = None
    choice: str | None = None
    command: str | None = None
    attachments: tuple[Attachment, ...] = ()
    received_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True)
class Choice:
    """A button: `id` comes back in InboundMessage.choice, `label` is what the person reads."""

    id: str
    label: str


@dataclass(frozen=True)
class Reply:
    """One message to send: text (already translated) and optional buttons."""

    text: str
    choices: tuple[Choice, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "choices": [[c.id, c.label] for c in self.choices]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Reply:
        return cls(text=data["text"], choices=tuple(Choice(i, label) for i, label in data.get("choices", [])))


@dataclass(frozen=True)
class OutboundMessage:
    """A stored reply waiting to be (re)sent: `id` is its outbox row."""

    id: int
    chat: ChatRef
    reply: Reply
    attempts: int = 1


@dataclass(frozen=True)
class CaseRef:
    reference: str
    status: CaseStatus
    urgency: Urgency


class DeliveryError(Exception):
    """An adapter could not deliver a reply. Permanent: sending it again cannot work. Blocked: the person
    blocked the bot (or left), so nothing more can reach them until they write again."""

    def __init__(self, reason: str, *, permanent: bool = False, blocked: bool = False,
                 retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.permanent = permanent or blocked
        self.blocked = blocked
        self.retry_after = retry_after


class Inbox(Protocol):
    """What a channel hands messages to. `ingest` returns once the message is stored (False: it was a
    redelivery); only then may the channel confirm it to its platform. `process` answers it."""

    async def ingest(self, message: InboundMessage) -> bool: ...

    async def process(self, message: InboundMessage) -> None: ...

"""Platform-neutral values that cross every layer: messages in, replies out, urgency."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any


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


class ChatKind(enum.StrEnum):
    """Who is on the other side of a chat: one victim in private, or the volunteers' desk."""

    PRIVATE = "private"  # a victim's private chat, DM channel or terminal
    DESK = "desk"  # a volunteer chat: a Telegram group (topics per case) or a Discord channel (threads)
    PUBLIC = "public"  # a server channel where someone asked for help in public (answered briefly, then DM)
    INTERACTION = "interaction"  # Discord: the private answer to one slash command, `chat_id` = interaction id
    DIRECT = "direct"  # a private message to a volunteer: `chat_id` is their user id (the channel opens the DM)


@dataclass(frozen=True)
class ChatRef:
    """Where to answer: the platform, its chat, and the thread (forum topic, Discord thread) if any."""

    platform: str
    chat_id: str
    thread_id: str | None = None
    kind: ChatKind = ChatKind.PRIVATE

    def to_json(self) -> dict[str, Any]:
        return {"platform": self.platform, "chat_id": self.chat_id, "thread_id": self.thread_id,
                "kind": self.kind.value}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ChatRef:
        return cls(data["platform"], data["chat_id"], data.get("thread_id"),
                   ChatKind(data.get("kind") or ChatKind.PRIVATE))


@dataclass(frozen=True)
class MessageRef:
    """A translatable message: a Fluent id and its variables (which may be MessageRefs themselves)."""

    key: str
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Formatted:
    """A value the translator writes out for the reader's locale: a date, a time, an amount, a number."""

    kind: str  # one of LOCALIZED_FORMATS
    value: Any


LOCALIZED_FORMATS = frozenset({"date", "datetime", "money", "number"})


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

    def refused(self, max_bytes: int) -> bool:
        """The one size rule: larger than the limit, as downloaded or as announced (then never downloaded)."""
        return self.byte_size > max_bytes or bool(self.size and not self.data)


@dataclass(frozen=True)
class FileRef:
    """A stored file a reply carries (relayed between a victim and a volunteer), by its SHA-256."""

    sha256: str
    filename: str
    content_type: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "filename": self.filename, "content_type": self.content_type,
                "size": self.size}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FileRef:
        return cls(data["sha256"], data["filename"], data["content_type"], int(data["size"]))


@dataclass(frozen=True)
class Forward:
    """Where a forwarded message came from, as the platform shows it: the original sender (a name, a username,
    an id; a channel; "hidden" when they hide their account) and when it was first sent, if the platform says."""

    origin: str
    sent_at: datetime | None = None


FORWARDED_FILENAME = "forwarded-message.txt"


@dataclass(frozen=True)
class InboundMessage:
    """One platform-neutral event: a message (text, files) or an action (a pressed button: `choice`; a
    slash command: `command` with `argument`), with who did it (`user`) and where (`chat`, whose kind
    says whether it is a victim's private chat or the desk, and whose thread says which topic).

    `external_id` is the platform's own id for this event; with `platform` it makes the message
    idempotent, so a redelivery is recognised and processed once. `reply_to` is the platform id of the
    message this one answers (Telegram's reply, in a desk without topics). `origin` is where a person
    asked for help before the conversation moved to `chat` (a server channel, a slash command).
    """

    platform: str
    external_id: str
    user: UserRef
    chat: ChatRef
    text: str | None = None
    choice: str | None = None
    command: str | None = None
    argument: str | None = None
    attachments: tuple[Attachment, ...] = ()
    reply_to: str | None = None
    origin: ChatRef | None = None
    received_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    forward: Forward | None = None  # set by `forwarded`: the text is then in a file among the attachments

    @property
    def is_action(self) -> bool:
        return self.choice is not None or self.command is not None

    @property
    def at_desk(self) -> bool:
        return self.chat.kind is ChatKind.DESK


def forwarded(message: InboundMessage, forward: Forward) -> InboundMessage:
    """A victim's forwarded message is evidence, not their answer: its words and where they came from become a
    text file in front of its other files, so that it is hashed, kept, swept and deleted like any file sent, its
    indicators are found, and the question the conversation is waiting on stays open (the message has no text)."""
    lines = [f"Forwarded from: {forward.origin}"]
    if forward.sent_at is not None:
        lines.append(f"Originally sent: {_utc(forward.sent_at)}")
    lines.append(f"Forwarded on: {_utc(message.received_at)} ({message.platform})")
    data = "\n".join([*lines, "", message.text or ""]).encode("utf-8")
    record = Attachment(FORWARDED_FILENAME, "text/plain", data)
    return replace(message, text=None, attachments=(record, *message.attachments), forward=forward)


def _utc(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


@dataclass(frozen=True)
class Choice:
    """A button: `id` comes back in InboundMessage.choice, `label` is what the person reads."""

    id: str
    label: str


@dataclass(frozen=True)
class Reply:
    """One message to send: text (already translated), optional buttons, an optional role to notify
    (`mention_role`: a Discord role id; the only way a message from us may ping anyone), the
    platform id of a message it answers (`reply_to`), and files (`files`, stored by their hash; the
    outbox reads them into `attachments` just before the channel sends, so bytes are never stored twice).
    A channel sends the files with the text (as a caption where the platform allows), text may be empty."""

    text: str
    choices: tuple[Choice, ...] = ()
    mention_role: str | None = None
    reply_to: str | None = None
    files: tuple[FileRef, ...] = ()
    attachments: tuple[Attachment, ...] = field(default=(), compare=False, repr=False)
    # the rest of an answer whose first message to this chat just went out (set by the outbox, never stored): a
    # channel whose platform limits all chats together lets it through first, so a person gets the whole answer
    continues: bool = field(default=False, compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"text": self.text, "choices": [[c.id, c.label] for c in self.choices]}
        if self.mention_role:
            data["mention_role"] = self.mention_role
        if self.reply_to:
            data["reply_to"] = self.reply_to
        if self.files:
            data["files"] = [f.to_json() for f in self.files]
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Reply:
        return cls(text=data["text"], choices=tuple(Choice(i, label) for i, label in data.get("choices", [])),
                   mention_role=data.get("mention_role"), reply_to=data.get("reply_to"),
                   files=tuple(FileRef.from_json(f) for f in data.get("files", [])))


class Op(enum.StrEnum):
    """What an outbox row asks a channel to do."""

    SEND = "send"  # a new message in the chat (or its thread)
    EDIT = "edit"  # replace the text and buttons of message `target`
    OPEN_THREAD = "open_thread"  # a forum topic / thread named by the reply's text; its id is the row's result


class PlaceRole(enum.StrEnum):
    """How an outbox row relates to a case's place in a volunteer chat; the outbox resolves the thread
    and card ids when it sends (they exist only once earlier rows of the same chat were sent)."""

    THREAD = "thread"  # OPEN_THREAD for the case; its result is the case's thread in that chat
    CARD = "card"  # SEND the case card into the case's thread; its result is the card to edit later
    CARD_EDIT = "card_edit"  # EDIT the case's card
    IN_THREAD = "in_thread"  # SEND into the case's thread
    RELAY = "relay"  # SEND a victim's words into the case's thread; rows of one case waiting for the same
    # chat are sent as one message (a busy desk chat is paced by the platform)


@dataclass(frozen=True)
class Outgoing:
    """Something a handler wants said or done on a channel; it becomes an outbox row at commit.

    `ephemeral`: deleted once sent and not tied to the contact (the goodbye after /forget).
    `case_id` + `role`: the row belongs to a case's place in a volunteer chat (see PlaceRole)."""

    chat: ChatRef
    reply: Reply
    op: Op = Op.SEND
    target: str | None = None
    ephemeral: bool = False
    case_id: int | None = None
    role: PlaceRole | None = None


@dataclass(frozen=True)
class OutboundMessage:
    """A stored outbox row waiting to be (re)sent: `id` is its row; `attempts` the sends that failed so far (a
    send cut short by a crash is not one: after a restart the row goes out at once, without a back-off)."""

    id: int
    chat: ChatRef
    reply: Reply
    attempts: int = 0
    op: Op = Op.SEND
    target: str | None = None
    case_id: int | None = None
    role: PlaceRole | None = None

    @property
    def lane(self) -> tuple[str, str, int | None]:
        return order_lane(self.chat.platform, self.chat.chat_id, self.role, self.case_id)


def order_lane(platform: str, chat_id: str, role: PlaceRole | str | None, case_id: int | None
               ) -> tuple[str, str, int | None]:
    """The outbox rows that go out in the order they were written: a chat's, except that rows for a case's place
    in a volunteer chat (they have a place role) keep their order per case. One case's thread, paced by its
    platform or waiting for a retry, never holds up another case's in the same chat; a person's chat is one lane."""
    return (platform, chat_id, case_id if role else None)


@dataclass(frozen=True)
class CaseRef:
    reference: str
    status: CaseStatus
    urgency: Urgency


def case_reference(number: int, year: int) -> str:
    """What people read and quote: FD-2026-000123. `number` comes from a counter that never repeats."""
    return f"FD-{year}-{number:06d}"


class DeliveryError(Exception):
    """An adapter could not deliver a reply. Permanent: sending it again cannot work. Blocked: the person
    blocked the bot (or left), so nothing more can reach them until they write again."""

    def __init__(self, reason: str, *, permanent: bool = False, blocked: bool = False,
                 retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.permanent = permanent or blocked
        self.blocked = blocked
        self.retry_after = retry_after

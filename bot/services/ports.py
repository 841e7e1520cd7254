"""The interfaces the services need from the outside world; storage and adapters implement them."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from bot.domain import CaseRef, ChatRef, InboundMessage, OutboundMessage, Reply


@dataclass
class ContactRecord:
    id: int
    platform: str
    external_id: str
    chat_id: str
    locale: str | None
    locale_source: str | None
    blocked: bool
    language_checks: int = 0


@dataclass
class StoredInbound:
    id: int
    platform: str
    external_id: str
    body: dict[str, Any]


@dataclass
class ConversationRecord:
    state: dict[str, Any] | None  # None: this contact has no conversation yet
    status: str = "active"
    pending: str | None = None
    case_id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    filename: str
    content_type: str


class ConcurrentUpdate(Exception):
    """Another worker changed the conversation first; the caller retries."""


class ContactTransaction(Protocol):
    """One database transaction with one contact locked (a row lock on PostgreSQL)."""

    contact: ContactRecord

    def savepoint(self) -> AbstractAsyncContextManager[object]:
        """A nested transaction: what happens inside is undone if it raises."""
        ...
    async def unprocessed(self) -> list[StoredInbound]: ...
    async def mark_processed(self, inbound_ids: Sequence[int]) -> None: ...
    async def conversation(self) -> ConversationRecord: ...
    async def save_conversation(self, record: ConversationRecord) -> None: ...
    async def set_locale(self, locale: str, source: str) -> None: ...
    async def count_language_check(self) -> None: ...
    async def set_blocked(self, blocked: bool) -> None: ...
    async def open_case(self, *, category: str | None, answers: dict[str, Any], urgency: int,
                        locale: str, complete: bool, human: bool) -> tuple[int, CaseRef]: ...
    async def update_case(self, case_id: int, *, category: str | None, answers: dict[str, Any],
                          urgency: int, complete: bool, human: bool) -> CaseRef: ...
    async def cases(self) -> list[CaseRef]: ...
    async def add_evidence(self, files: Sequence[StoredFile], *, message_id: int,
                           case_id: int | None) -> None: ...
    async def audit(self, action: str, *, case_id: int | None, detail: dict[str, Any]) -> None: ...
    async def queue_replies(self, chat: ChatRef, replies: Sequence[tuple[Reply, bool]]) -> list[OutboundMessage]:
        """(reply, ephemeral) pairs into the outbox; returns those this worker may send right away."""
        ...
    async def forget_contact(self) -> list[str]:
        """Delete everything about the contact; returns the SHA-256 of files no longer referenced."""
        ...


class Store(Protocol):
    async def ingest(self, message: InboundMessage, files: Sequence[StoredFile]) -> int | None:
        """Store one inbound message and its contact; None if (platform, id) was stored before."""
        ...

    def contact_transaction(self, platform: str, user_id: str) -> AbstractAsyncContextManager[
        ContactTransaction | None]: ...
    async def contacts_with_unprocessed(self, limit: int) -> list[tuple[str, str]]: ...
    async def lease_outbound(self, ids: Sequence[int] | None, *, now: datetime, lease_seconds: float,
                             limit: int = 100, platforms: Sequence[str] = (),
                             take_over: bool = False) -> list[OutboundMessage]: ...
    async def count_unsent(self, platforms: Sequence[str]) -> int: ...
    async def renew_leases(self, ids: Sequence[int], *, until: datetime) -> None: ...
    async def mark_sent(self, outbound_id: int, external_id: str | None, *, now: datetime) -> None: ...
    async def mark_failed(self, outbound_id: int, *, now: datetime, permanent: bool,
                          retry_at: datetime, blocked: bool = False) -> None: ...


class FileStore(Protocol):
    def put(self, data: bytes) -> str: ...
    def delete(self, sha256: str) -> None: ...


class Sender(Protocol):
    """What an adapter offers the outbox: send one reply, return the platform's message id."""

    async def send(self, chat: ChatRef, reply: Reply) -> str | None: ...

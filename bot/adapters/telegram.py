"""The Telegram channel on python-telegram-bot: updates in (polling or webhook), replies out, rate limits."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import html
import logging
import time
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from aiolimiter import AsyncLimiter
from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import AIORateLimiter, ExtBot
from telegram.request import HTTPXRequest
from telegram.warnings import PTBUserWarning

from bot.adapters.common import split_text as split_chunks
from bot.domain import Attachment, ChatRef, DeliveryError, InboundMessage, Inbox, Reply, UserRef

log = logging.getLogger(__name__)
# We call getUpdates through do_api_request on purpose: to get the raw updates, so that one malformed
# update is skipped instead of failing the whole batch (and blocking the offset forever).
warnings.filterwarnings("ignore", message=".*do_api_request.*", category=PTBUserWarning)

PLATFORM = "telegram"
MAX_TEXT = 4096  # characters per message, counted after entities are parsed
MAX_CALLBACK_BYTES = 64
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
WEBHOOK_PATH = "/telegram/webhook"


@dataclass(frozen=True)
class TelegramConfig:
    token: str
    api_base_url: str = "https://api.telegram.org/bot"
    file_base_url: str = "https://api.telegram.org/file/bot"
    mode: str = "polling"  # or "webhook"
    webhook_url: str | None = None
    webhook_secret: str | None = None
    max_file_bytes: int = 20 * 1024 * 1024
    poll_timeout: int = 25
    concurrency: int = 64  # contacts answered at once; the rest wait their turn, nothing is dropped
    per_chat_per_second: float = 1.0  # Telegram's limit for one private chat


@dataclass(frozen=True)
class CommandMenu:
    """The /commands shown in Telegram's menu: (command, description) pairs per language."""

    by_language: dict[str, list[tuple[str, str]]]
    default_language: str


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Telegram counts the limit on the text it receives: here, the HTML-escaped text."""
    return split_chunks(text, limit, lambda chunk: len(html.escape(chunk, quote=False)))


class TelegramChannel:
    platform = PLATFORM

    def __init__(self, config: TelegramConfig, inbox: Inbox, menu: CommandMenu | None = None) -> None:
        self.config = config
        self.inbox = inbox
        self.menu = menu
        self.bot = ExtBot(
            config.token,
            base_url=config.api_base_url,
            base_file_url=config.file_base_url,
            request=HTTPXRequest(connection_pool_size=64, read_timeout=30, write_timeout=30),
            # getUpdates goes through its own connection (PTB picks this one by endpoint name), so busy
            # senders never starve the long poll; its read timeout must outlast the poll
            get_updates_request=HTTPXRequest(read_timeout=config.poll_timeout + 10, connection_pool_size=1),
            # Leaky buckets allow their capacity as a burst on top of the rate, so capacity + rate stays within
            # Telegram's window, with a margin for network jitter: 5 + 22.7/s < 30 messages in any second,
            # 1 + 1 per 3.3 s < 20 per minute per group. On a 429 it waits as told and resends.
            rate_limiter=AIORateLimiter(overall_max_rate=5, overall_time_period=0.22, group_max_rate=1,
                                        group_time_period=3.3, max_retries=5),
        )
        self._chat_limits: dict[str, tuple[AsyncLimiter, float]] = {}
        self._workers = asyncio.Semaphore(config.concurrency)
        self._answering: dict[str, bool] = {}  # person -> more arrived while being answered
        self._tasks: set[asyncio.Task[Any]] = set()
        self._poller: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()

    # -- life cycle ------------------------------------------------------------------------------
    async def start(self, web_app: web.Application | None = None) -> None:
        await self.bot.initialize()  # getMe: fails fast on a wrong token
        if self.menu is not None:
            await self._publish_commands(self.menu)
        if self.config.mode == "webhook":
            if not (self.config.webhook_url and self.config.webhook_secret):
                raise ValueError("webhook mode needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET")
            await self.bot.set_webhook(self.config.webhook_url, secret_token=self.config.webhook_secret,
                                       allowed_updates=ALLOWED_UPDATES)
        else:
            await self.bot.delete_webhook(drop_pending_updates=False)
            self._poller = asyncio.create_task(self._poll(), name="telegram-poll")
        log.info("telegram channel started (%s) as bot %s", self.config.mode, self.bot.id)

    def routes(self) -> list[web.RouteDef]:
        return [web.post(WEBHOOK_PATH, self._webhook)]

    async def stop(self) -> None:
        self._stopping.set()
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=10)
        with contextlib.suppress(TelegramError):
            await self.bot.shutdown()

    async def _publish_commands(self, menu: CommandMenu) -> None:
        for language, commands in sorted(menu.by_language.items()):
            bot_commands = [BotCommand(name, description[:256]) for name, description in commands]
            await self.bot.set_my_commands(bot_commands, language_code=language)
            if language == menu.default_language:
                await self.bot.set_my_commands(bot_commands)  # for clients in any other language

    # -- receiving -------------------------------------------------------------------------------
    async def _poll(self) -> None:
        """getUpdates ourselves, so that an update is confirmed (offset) only after it is stored."""
        offset: int | None = None
        backoff = 1.0
        while not self._stopping.is_set():
            try:
                raw = await self.bot.do_api_request(
                    "getUpdates", api_kwargs={"offset": offset, "timeout": self.config.poll_timeout,
                                              "allowed_updates": ALLOWED_UPDATES})
                backoff = 1.0
            except InvalidToken:
                log.error("telegram refused the bot token; polling stops")
                return
            except (NetworkError, RetryAfter) as exc:
                delay = exc.retry_after if isinstance(exc, RetryAfter) else backoff
                seconds = _seconds(delay)
                log.warning("telegram getUpdates failed (%s); retrying in %.0fs", type(exc).__name__, seconds)
                await asyncio.sleep(seconds)
                backoff = min(backoff * 2, 30.0)
                continue
            if not isinstance(raw, list) or not raw:
                continue
            try:
                stored = await self._store_batch(raw)
            except Exception:
                # nothing confirmed: the same updates come again with the unchanged offset
                log.exception("storing telegram updates failed; fetching them again in %.0fs", backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 60.0)
                continue
            offset = max(int(item.get("update_id", 0)) for item in raw if isinstance(item, dict)) + 1
            self._answer_later(stored)

    async def _store_batch(self, raw: Sequence[Any]) -> list[InboundMessage]:
        messages = await asyncio.gather(*(self._convert(item) for item in raw))
        stored = []
        for message in messages:
            if message is not None and await self.inbox.ingest(message):
                stored.append(message)
        return stored

    async def _webhook(self, request: web.Request) -> web.Response:
        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(given.encode(), (self.config.webhook_secret or "").encode()) \
                or not self.config.webhook_secret:
            log.warning("telegram webhook call refused: wrong or missing secret token")
            return web.Response(status=403, text="forbidden")
        try:
            raw = await request.json()
        except ValueError:
            return web.Response(status=400, text="not json")
        stored = await self._store_batch([raw])
        self._answer_later(stored)
        return web.Response(text="ok")  # only now: Telegram never sends an acknowledged update again

    def _answer_later(self, messages: Iterable[InboundMessage]) -> None:
        for message in messages:
            if message.choice is not None:
                self._spawn(self._acknowledge_button(message))
            key = message.user.external_id
            if key in self._answering:
                self._answering[key] = True  # the running task goes round once more
            else:
                self._answering[key] = False
                self._spawn(self._answer(message))

    def _spawn(self, coroutine: Any) -> None:
        task = asyncio.create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _answer(self, message: InboundMessage) -> None:
        """One task per person: processing answers everything they sent so far, oldest first, so a
        person who sends many messages at once takes one worker, not many."""
        key = message.user.external_id
        try:
            while True:
                self._answering[key] = False
                async with self._workers:
                    try:
                        await self.inbox.process(message)
                    except Exception:
                        # stored, so the next start-up (or the person's next message) answers it
                        log.exception("telegram update %s stored but not answered yet", message.external_id)
                if not self._answering[key]:
                    return
        finally:
            del self._answering[key]

    async def _acknowledge_button(self, message: InboundMessage) -> None:
        query_id = message.external_id.partition(":")[2]
        if query_id:
            with contextlib.suppress(TelegramError):
                await self.bot.answer_callback_query(query_id)  # stops the spinner on the button

    async def _convert(self, raw: Any) -> InboundMessage | None:
        """Update -> InboundMessage; None for what is not a victim's private message (logged, skipped)."""
        try:
            update = Update.de_json(raw, self.bot)
        except Exception:
            log.warning("malformed telegram update skipped (id %s)",
                        raw.get("update_id") if isinstance(raw, dict) else "?")
            return None
        if update is None:
            return None
        try:
            return await self._to_inbound(update)
        except Exception:
            log.exception("telegram update %s could not be read; skipped", update.update_id)
            return None

    async def _to_inbound(self, update: Update) -> InboundMessage | None:
        if update.callback_query is not None:
            query = update.callback_query
            chat = query.message.chat if query.message is not None else None
            if chat is None or chat.type != "private" or not query.data:
                return None
            return InboundMessage(
                platform=PLATFORM, external_id=f"{update.update_id}:{query.id}",
                user=self._user(query.from_user), chat=ChatRef(PLATFORM, str(chat.id)), choice=query.data)
        if update.message is None:
            # edited messages, channel posts, membership changes: not part of a conversation
            log.info("telegram update %s of kind %s skipped", update.update_id, _kind(update))
            return None
        message = update.message
        if message.chat.type != "private" or message.from_user is None or message.from_user.is_bot:
            log.info("telegram update %s from a %s chat skipped", update.update_id, message.chat.type)
            return None
        return InboundMessage(
            platform=PLATFORM, external_id=str(update.update_id), user=self._user(message.from_user),
            chat=ChatRef(PLATFORM, str(message.chat.id)), text=message.text or message.caption,
            attachments=tuple(await self._files(message)),
            received_at=message.date)

    @staticmethod
    def _user(user: Any) -> UserRef:
        return UserRef(PLATFORM, str(user.id), language_hint=user.language_code)

    async def _files(self, message: Message) -> list[Attachment]:
        found: list[tuple[Any, str, str]] = []
        if message.photo:
            found.append((message.photo[-1], f"photo_{message.message_id}.jpg", "image/jpeg"))
        for kind in ("document", "video", "audio", "voice", "video_note", "animation"):
            item = getattr(message, kind, None)
            if item is not None:
                name = getattr(item, "file_name", None) or f"{kind}_{message.message_id}"
                found.append((item, name, getattr(item, "mime_type", None) or "application/octet-stream"))
        return [await self._download(item, name, mime) for item, name, mime in found]

    async def _download(self, item: Any, filename: str, content_type: str) -> Attachment:
        announced = item.file_size
        if announced is not None and announced > self.config.max_file_bytes:
            return Attachment(filename, content_type, b"", size=announced)  # refused without downloading
        file = await item.get_file()
        data = bytes(await file.download_as_bytearray())
        return Attachment(filename, content_type, data)

    # -- sending ---------------------------------------------------------------------------------
    async def send(self, chat: ChatRef, reply: Reply) -> str | None:
        chunks = split_text(reply.text)
        markup = self._keyboard(reply)
        sent_id = None
        for number, chunk in enumerate(chunks, start=1):
            await self._pace(chat.chat_id)
            sent_id = await self._send_one(chat.chat_id, chunk, markup if number == len(chunks) else None)
        return sent_id

    def _keyboard(self, reply: Reply) -> InlineKeyboardMarkup | None:
        if not reply.choices:
            return None
        rows = []
        for choice in reply.choices:
            if len(choice.id.encode()) > MAX_CALLBACK_BYTES:
                raise DeliveryError(f"choice id longer than {MAX_CALLBACK_BYTES} bytes", permanent=True)
            rows.append([InlineKeyboardButton(choice.label, callback_data=choice.id)])
        return InlineKeyboardMarkup(rows)

    async def _send_one(self, chat_id: str, text: str, markup: InlineKeyboardMarkup | None) -> str:
        try:
            message = await self.bot.send_message(int(chat_id), html.escape(text, quote=False),
                                                  parse_mode=ParseMode.HTML, reply_markup=markup)
        except Forbidden as exc:
            raise DeliveryError("the person blocked the bot", blocked=True) from exc
        except RetryAfter as exc:
            raise DeliveryError("telegram flood control", retry_after=_seconds(exc.retry_after)) from exc
        except BadRequest as exc:
            # the same request would be refused again: chat gone, text too long, bad markup
            raise DeliveryError(f"telegram refused the message: {exc}", permanent=True) from exc
        except NetworkError as exc:
            raise DeliveryError(f"telegram unreachable: {type(exc).__name__}") from exc
        return str(message.message_id)

    async def _pace(self, chat_id: str) -> None:
        """At most `per_chat_per_second` messages to one chat (a bucket of one: no bursts at all)."""
        now = time.monotonic()
        limiter, _ = self._chat_limits.get(chat_id, (None, 0.0))
        if limiter is None:
            rate = self.config.per_chat_per_second
            limiter = AsyncLimiter(1, 1.1 / rate)  # 10% margin: requests arrive with jitter
        self._chat_limits[chat_id] = (limiter, now)
        if len(self._chat_limits) > 10_000:  # forget chats idle for a minute
            self._chat_limits = {k: v for k, v in self._chat_limits.items() if now - v[1] < 60}
        await limiter.acquire()


def _kind(update: Update) -> str:
    for kind in ("edited_message", "channel_post", "edited_channel_post", "my_chat_member", "chat_member",
                 "inline_query", "poll", "poll_answer"):
        if getattr(update, kind, None) is not None:
            return kind
    return "unknown"



def _seconds(value: Any) -> float:
    """PTB gives retry_after as int seconds or as a timedelta, depending on its version and settings."""
    return value.total_seconds() if hasattr(value, "total_seconds") else float(value)

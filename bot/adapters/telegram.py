"""The Telegram channel: victims' private chats and the volunteers' desk groups, in and out, within rate limits."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import heapq
import hmac
import html
import itertools
import logging
import time
import warnings
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from aiohttp import web
from aiolimiter import AsyncLimiter
from telegram import (
    BotCommand,
    Chat,
    ChatMember,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageOrigin,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    ReplyParameters,
    Update,
    User,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import AIORateLimiter, ExtBot
from telegram.request import HTTPXRequest
from telegram.warnings import PTBUserWarning

from bot.adapters.common import InboxFeeder, send_in_parts, too_large_to_download
from bot.adapters.common import split_text as split_chunks
from bot.domain import (
    Attachment,
    ChatKind,
    ChatRef,
    DeliveryError,
    Forward,
    InboundMessage,
    Reply,
    UserRef,
    forwarded,
)
from bot.ports import Inbox

log = logging.getLogger(__name__)
# We call getUpdates through do_api_request on purpose: to get the raw updates, so that one malformed
# update is skipped instead of failing the whole batch (and blocking the offset forever).
warnings.filterwarnings("ignore", message=".*do_api_request.*", category=PTBUserWarning)

PLATFORM = "telegram"
MAX_TEXT = 4096  # characters per message, counted after entities are parsed
MAX_CAPTION = 1024  # characters of a file's caption, counted like a text's
MAX_PHOTO_BYTES = 10 * 1024 * 1024  # sendPhoto takes at most 10 MB; a larger picture goes as a document
DOCUMENT_IMAGES = frozenset({"image/svg+xml"})  # images sendPhoto cannot show: sent as documents
VOICE_TYPES = frozenset({"audio/ogg"})  # a recording Telegram plays as a voice message (OGG with OPUS)
MAX_TOPIC_NAME = 128
MAX_CALLBACK_BYTES = 64
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
WEBHOOK_PATH = "/telegram/webhook"
REPLY_CHAIN = "r"  # a thread id "r<message_id>": in a group without topics, the replies to that message
NOT_A_FORUM_RETRY_SECONDS = 600.0  # an admin may turn topics on; then try creating topics again
DESK_SETTING = "TELEGRAM_VOLUNTEER_CHAT_ID"
DESK_CHECK_SECONDS = 20.0  # the start-up check of the volunteer chats never holds the start longer than this
TOPICS, REPLY_CHAINS = "forum topics", "reply chains"  # how cases get their place in a volunteer chat
T = TypeVar("T")

# The rest of an answer whose first message just went out (a turn's second reply, a long text's next part): the
# overall pacer lets it through before the first message of other chats' answers, so a person gets a whole answer
# at once instead of waiting for everyone else's queue once per message. Set around the sends it applies to.
_CONTINUES: contextvars.ContextVar[bool] = contextvars.ContextVar("telegram_continues", default=False)


class OverallPacer:
    """Telegram's 30 messages a second for a whole bot, kept strictly: one request per 1/`per_second` s, no burst,
    so at most `per_second` + 1 in any second; waiting requests go continuations first, then in arrival order."""

    def __init__(self, per_second: float) -> None:
        self.per_second = per_second
        self.interval = 1.0 / per_second
        self._next = 0.0  # when the next request may go (loop time)
        self._waiting: list[tuple[int, int, asyncio.Future[None]]] = []
        self._arrivals = itertools.count()
        self._pump: asyncio.Task[None] | None = None

    async def acquire(self, *, first: bool = False) -> None:
        loop = asyncio.get_running_loop()
        if not self._waiting and loop.time() >= self._next:
            self._next = loop.time() + self.interval
            return
        turn: asyncio.Future[None] = loop.create_future()
        heapq.heappush(self._waiting, (0 if first else 1, next(self._arrivals), turn))
        if self._pump is None or self._pump.done():
            self._pump = asyncio.create_task(self._let_through())
        await turn

    async def _let_through(self) -> None:
        loop = asyncio.get_running_loop()
        while self._waiting:
            delay = self._next - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            while self._waiting:
                _, _, turn = heapq.heappop(self._waiting)
                if not turn.done():  # a cancelled send gives its place to the next
                    turn.set_result(None)
                    self._next = loop.time() + self.interval
                    break


class RateLimiter(AIORateLimiter):
    """PTB's limiter for a group's 20 messages a minute and for waiting as told on a 429, with the overall limit
    kept by an `OverallPacer` instead of its leaky bucket (which lets a burst of its whole capacity through on top of
    the rate): every request to a chat passes the pacer first."""

    def __init__(self, per_second: float, per_group_per_minute: float) -> None:
        # a group: a bucket of 2 plus 2 per 7 s = 19.1 < 20 a minute; a case's topic and card go out together
        super().__init__(overall_max_rate=0, group_max_rate=2,
                         group_time_period=1.05 * 2 * 60 / max(per_group_per_minute - 2, 1), max_retries=5)
        self.overall = OverallPacer(per_second)

    async def process_request(self, callback: Any, args: Any, kwargs: dict[str, Any], endpoint: str,
                              data: dict[str, Any], rate_limit_args: int | None) -> Any:
        if data.get("chat_id") is None:
            return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
        first = _CONTINUES.get()

        async def paced(*a: Any, **kw: Any) -> Any:  # every attempt, a resend after a 429 too, waits its turn
            await self.overall.acquire(first=first)
            return await callback(*a, **kw)

        return await super().process_request(paced, args, kwargs, endpoint, data, rate_limit_args)


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
    concurrency: int = 64  # people and desks answered at once; the rest wait their turn, nothing is dropped
    per_chat_per_second: float = 1.0  # Telegram's limit for one private chat
    per_group_per_minute: float = 20.0  # Telegram's limit for one group
    overall_per_second: float = 27.0  # Telegram's limit for a bot is 30 a second
    desk_chats: frozenset[str] = frozenset()  # ids of the groups where volunteers work


class PollingLock(Protocol):
    """What lets one worker only call getUpdates for the bot (on PostgreSQL, an advisory lock of its session):
    Telegram ends one of two concurrent long polls with 409 Conflict, so two pollers take turns failing."""

    async def acquire(self) -> str | None:
        """None: this worker holds it now; else who holds it, in words for an operator."""
        ...

    async def held(self) -> bool:
        """Still held (a lost one is taken again if it is free)."""
        ...

    async def release(self) -> None: ...


POLLING_REFUSED = ("telegram channel not started: another worker already polls Telegram for this bot on this database "
                   "({holder}). Long polling works in one worker only: set TELEGRAM_MODE=webhook in every worker "
                   "(docs/deploy.md, \"Several workers\"), or stop the other worker. This worker receives nothing from "
                   "Telegram (its /readyz says not ready); it still sends the replies other workers queue")


@dataclass(frozen=True)
class CommandMenu:
    """The /commands shown in Telegram's menu: (command, description) pairs per language."""

    by_language: dict[str, list[tuple[str, str]]]
    default_language: str


def _escaped_len(text: str) -> int:
    return len(html.escape(text, quote=False))


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Telegram counts the limit on the text it receives: here, the HTML-escaped text."""
    return split_chunks(text, limit, _escaped_len)


def fit_text(text: str, limit: int = MAX_TEXT) -> str:
    """The text, or as much of it as fits once escaped with "…" after it (an edit is one message)."""
    if _escaped_len(text) <= limit:
        return text
    cut = text[: limit - 1]
    while _escaped_len(cut) > limit - 1:  # escaping only lengthens, so shortening always converges
        cut = cut[: -max(1, (_escaped_len(cut) - limit + 1) // 5)]
    return cut.rstrip() + "…"


class TelegramChannel:
    """The `bot.ports.Channel` for Telegram.

    Inbound: a private chat is a victim (ChatKind.PRIVATE); a group whose id is in `config.desk_chats` is the
    desk (ChatKind.DESK), its forum topics are threads. Everything else (other groups, channels, bots) is
    skipped and logged with ids only; no message text is ever logged.

    Thread ids are opaque strings: a forum topic is its message_thread_id; in a group without topics a thread is
    a reply chain, "r<message_id>" of its first message, and sending into it replies to that message.
    `Reply.mention_role` is ignored: Telegram has no roles to notify, everyone in the group sees the message.
    """

    platform = PLATFORM

    def __init__(self, config: TelegramConfig, inbox: Inbox, menu: CommandMenu | None = None, *,
                 polling_lock: PollingLock | None = None) -> None:
        self.config = config
        self.menu = menu
        self.polling_lock = polling_lock  # None: nothing to share (one process on SQLite, or webhook mode)
        self.feeder = InboxFeeder(inbox, concurrency=config.concurrency, name="telegram")
        self.bot = ExtBot(
            config.token,
            base_url=config.api_base_url,
            base_file_url=config.file_base_url,
            request=HTTPXRequest(connection_pool_size=64, read_timeout=30, write_timeout=30),
            # getUpdates goes through its own connection (PTB picks this one by endpoint name), so busy
            # senders never starve the long poll; its read timeout must outlast the poll
            get_updates_request=HTTPXRequest(read_timeout=config.poll_timeout + 10, connection_pool_size=1),
            # 27 a second, strictly paced: at most 28 in any second, a margin under Telegram's 30 for requests
            # that the network (or a busy machine) delays and delivers together. On a 429 it waits as told and
            # resends, the resend paced like any request.
            rate_limiter=RateLimiter(config.overall_per_second, config.per_group_per_minute),
        )
        self._chat_limits: dict[str, tuple[AsyncLimiter, float]] = {}
        self._not_a_forum: dict[str, float] = {}  # desk chat -> when Telegram said it has no topics
        self._poller: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()
        self._reachable = False  # started, and (polling) the last getUpdates reached Telegram: see `connected`
        self._paused = False  # polling waits to hold the polling lock again
        # What the start-up check found in the volunteer chats (see check_desks): one line per problem that
        # an operator must fix, and how each usable chat gives cases their place (forum topics or reply chains).
        self.desk_problems: list[str] = []
        self.not_ready_because: str | None = None  # for /readyz, when not connected for a reason worth naming
        self.desk_ready: dict[str, str] = {}

    # -- life cycle ------------------------------------------------------------------------------
    async def start(self) -> None:
        webhook = self.config.mode == "webhook"
        if webhook and not (self.config.webhook_url and self.config.webhook_secret):
            raise ValueError("webhook mode needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET")
        await self.bot.initialize()  # getMe: fails fast on a wrong token
        if self.menu is not None:
            await self._publish_commands(self.menu)
        if webhook:
            await self.bot.set_webhook(self.config.webhook_url, secret_token=self.config.webhook_secret,
                                       allowed_updates=ALLOWED_UPDATES)
        else:
            # before deleteWebhook: a worker refused here must not change how Telegram delivers to the others
            refused = await self._claim_polling()
            if refused is not None:
                log.error(POLLING_REFUSED.format(holder=refused))
                self.not_ready_because = (f"telegram: another worker polls this bot ({refused}); "
                                          "set TELEGRAM_MODE=webhook")
                return
            await self.bot.delete_webhook(drop_pending_updates=False)
            self._poller = asyncio.create_task(self._poll(), name="telegram-poll")
        self._reachable = True
        await self.check_desks()
        log.info("telegram channel started (%s) as bot %s, %d desk chat(s)", self.config.mode, self.bot.id,
                 len(self.config.desk_chats))

    async def _claim_polling(self) -> str | None:
        """None if this worker may poll; else who polls instead."""
        if self.polling_lock is None:
            return None
        try:
            return await self.polling_lock.acquire()
        except Exception as exc:  # the database is out: the poll loop takes the lock once it is back
            log.warning("telegram: the lock that lets one worker poll could not be taken yet (%s); polling starts "
                        "once it is", type(exc).__name__)
            return None

    @property
    def connected(self) -> bool:
        """For /readyz: started, polling (or on a webhook), and Telegram answered the last getUpdates."""
        return self._reachable and (self._poller is None or not self._poller.done())

    def routes(self) -> list[web.RouteDef]:
        return [web.post(WEBHOOK_PATH, self._webhook)] if self.config.mode == "webhook" else []

    async def stop(self) -> None:
        self._stopping.set()
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
            if self.polling_lock is not None:  # after the last getUpdates: the next poller may start at once
                await self.polling_lock.release()
        await self.feeder.settle(10)
        with contextlib.suppress(TelegramError):
            await self.bot.shutdown()

    async def _publish_commands(self, menu: CommandMenu) -> None:
        for language, commands in sorted(menu.by_language.items()):
            bot_commands = [BotCommand(name, description[:256]) for name, description in commands]
            await self.bot.set_my_commands(bot_commands, language_code=language)
            if language == menu.default_language:
                await self.bot.set_my_commands(bot_commands)  # for clients in any other language

    # -- the volunteer chats: set up so that cases reach the volunteers? -----------------------------
    async def check_desks(self) -> list[str]:
        """Look at every volunteer chat as the bot sees it now (getMe, getChat, getChatMember) and say what is
        missing, one log line per problem: ERROR when the chat cannot be used at all, WARNING when it works
        less well than it should; an INFO notice says how cases are placed where that is worth knowing, and a
        chat without problems gets one INFO "ready" line. The problems stay in `desk_problems` (for /readyz),
        the chats without any in `desk_ready`. Bounded in time; never raises."""
        self.desk_problems, self.desk_ready = [], {}
        deadline = asyncio.get_running_loop().time() + DESK_CHECK_SECONDS
        for chat_id in sorted(self.config.desk_chats):
            try:
                async with asyncio.timeout_at(deadline):
                    await self._check_desk(chat_id)
            except TimeoutError:
                self._desk_problem(logging.WARNING, chat_id, f"could not be checked within {DESK_CHECK_SECONDS:.0f}s "
                                   "(Telegram is slow or unreachable); it is checked again at the next start")
            except Exception as exc:  # a check must never stop the bot from starting
                log.debug("telegram volunteer chat %s: check failed", chat_id, exc_info=True)
                self._desk_problem(logging.WARNING, chat_id, f"could not be checked ({type(exc).__name__}); it is "
                                   "checked again at the next start")
        return list(self.desk_problems)

    async def _check_desk(self, chat_id: str) -> None:
        problems = len(self.desk_problems)
        try:
            number = int(chat_id)
        except ValueError:
            number = 0
        if number >= 0:
            what = "a person's private chat, not a group" if number > 0 else "not a numeric chat id"
            self._desk_problem(logging.ERROR, chat_id, f"this is {what}: put the volunteers' group's numeric id "
                               "here (a negative number, -100… for a supergroup), not a name or a link; the bot logs "
                               "the id of every group it is added to")
            return
        try:
            chat = await self.bot.get_chat(number)
            member = await self.bot.get_chat_member(number, self.bot.id)
        except ChatMigrated as exc:
            self._desk_problem(logging.ERROR, chat_id, f"this group became a supergroup with the id "
                               f"{exc.new_chat_id}: put {exc.new_chat_id} in {DESK_SETTING} instead")
            return
        except Forbidden:
            self._desk_problem(logging.ERROR, chat_id, "the bot was removed from this group: add it again (and "
                               "make it an admin)")
            return
        except BadRequest as exc:  # "chat not found": a wrong id, or a group the bot is not in
            self._desk_problem(logging.ERROR, chat_id, f"Telegram does not show this group to the bot "
                               f"({exc.message}): add the bot to the group and check the id (the bot logs the id "
                               "of every group it is added to)")
            return
        except (NetworkError, RetryAfter) as exc:
            self._desk_problem(logging.WARNING, chat_id, f"could not be checked ({type(exc).__name__}); it is "
                               "checked again at the next start")
            return
        if chat.type not in (Chat.GROUP, Chat.SUPERGROUP):
            what = "a channel" if chat.type == Chat.CHANNEL else "a private chat"
            self._desk_problem(logging.ERROR, chat_id, f"this is {what}, not a group: volunteers work in a group; "
                               "put that group's id here")
            return
        status = member.status
        if status in (ChatMember.LEFT, ChatMember.BANNED) or getattr(member, "is_member", True) is False:
            what = "was removed from" if status == ChatMember.BANNED else "is not a member of"
            self._desk_problem(logging.ERROR, chat_id, f"the bot {what} this group: add it to the group (and make "
                               "it an admin)")
            return
        admin = status in (ChatMember.ADMINISTRATOR, ChatMember.OWNER)
        if status == ChatMember.RESTRICTED:
            may_send = bool(getattr(member, "can_send_messages", False))
        else:
            may_send = admin or chat.permissions is None or chat.permissions.can_send_messages is not False
        if not may_send:
            self._desk_problem(logging.ERROR, chat_id, "the bot may not send messages in this group, so no case "
                               "card can reach it: make the bot an admin of the group (or let members send messages)")
            return
        if not admin and not self.bot.can_read_all_group_messages:
            self._desk_problem(logging.WARNING, chat_id, "the bot cannot read what volunteers write here (it is no "
                               "admin and its privacy mode is on), only commands and replies to its own messages: "
                               "make the bot an admin of the group, or turn privacy mode off in @BotFather "
                               "(/setprivacy, Disable) and then remove the bot from the group and add it again")
        if chat.type == Chat.GROUP:
            mode = REPLY_CHAINS
            log.info("telegram volunteer chat %s (%s): a basic group has no topics, so each case is a reply chain "
                     "(its card and the replies to it); turning on Topics makes it a supergroup with a new id "
                     "(-100…), which the bot logs: then put that id in %s", chat_id, DESK_SETTING, DESK_SETTING)
        elif chat.is_forum:
            if status == ChatMember.OWNER or (admin and getattr(member, "can_manage_topics", False)):
                mode = TOPICS
            else:
                mode = REPLY_CHAINS
                self._desk_problem(logging.WARNING, chat_id, "the group has topics but the bot may not create them, "
                                   "so cases go into reply chains in the General topic: make the bot an admin with "
                                   "the right \"Manage topics\"")
        else:
            mode = REPLY_CHAINS
            log.info("telegram volunteer chat %s (%s): topics are off, so each case is a reply chain (its card and "
                     "the replies to it); for a topic per case, turn on Topics in the group's settings and make the "
                     "bot an admin with the right \"Manage topics\"", chat_id, DESK_SETTING)
        if len(self.desk_problems) == problems:
            self.desk_ready[chat_id] = mode
            log.info("telegram volunteer chat %s (\"%s\") ready (%s)", chat_id, chat.title or "", mode)

    def _desk_problem(self, level: int, chat_id: str, what: str) -> None:
        line = f"telegram volunteer chat {chat_id} ({DESK_SETTING}): {what}"
        self.desk_problems.append(line)
        log.log(level, "%s", line)

    # -- receiving -------------------------------------------------------------------------------
    async def _poll(self) -> None:
        """getUpdates ourselves, so that an update is confirmed (offset) only after it is stored."""
        offset: int | None = None
        backoff = 1.0
        while not self._stopping.is_set():
            if not await self._may_poll():
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 30.0)
                continue
            try:
                raw = await self.bot.do_api_request(
                    "getUpdates", api_kwargs={"offset": offset, "timeout": self.config.poll_timeout,
                                              "allowed_updates": ALLOWED_UPDATES})
                backoff, self._reachable = 1.0, True
            except InvalidToken:
                log.error("telegram refused the bot token; polling stops")
                return
            except (NetworkError, RetryAfter) as exc:
                delay = exc.retry_after if isinstance(exc, RetryAfter) else backoff
                seconds = _seconds(delay)
                self._reachable = isinstance(exc, RetryAfter)  # a 429 came from Telegram: it is reachable
                log.warning("telegram getUpdates failed (%s); retrying in %.0fs", type(exc).__name__, seconds)
                await asyncio.sleep(seconds)
                backoff = min(backoff * 2, 30.0)
                continue
            if not isinstance(raw, list) or not raw:
                continue
            try:
                stored = await self._store(raw)
            except Exception:
                # nothing confirmed: the same updates come again with the unchanged offset
                log.exception("storing telegram updates failed; fetching them again in %.0fs", backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 60.0)
                continue
            offset = max(int(item.get("update_id", 0)) for item in raw if isinstance(item, dict)) + 1
            self._answer_later(stored)

    async def _may_poll(self) -> bool:
        """Whether this worker still holds the polling lock; said once when it is lost and once when it is back."""
        if self.polling_lock is None:
            return True
        held = await self.polling_lock.held()
        if held and self._paused:
            log.info("telegram: polling again, this worker holds the polling lock again")
        elif not held and not self._paused:
            log.warning("telegram: polling paused: this worker lost the lock that lets one worker poll (its database "
                        "connection was lost); it polls again once it holds the lock, unless another worker took it")
        self._paused = not held
        self._reachable = self._reachable and held
        return held

    async def _store(self, raw: Sequence[Any]) -> list[InboundMessage]:
        """A whole `getUpdates` batch in one transaction: all stored (and then confirmed), or none."""
        return await self.feeder.store(await asyncio.gather(*(self._convert(item) for item in raw)))

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
        stored = await self._store([raw])  # raises (500) if it could not be stored: Telegram sends it again
        self._answer_later(stored)
        return web.Response(text="ok")  # only now: Telegram never sends an acknowledged update again

    def _answer_later(self, messages: list[InboundMessage]) -> None:
        for message in messages:
            if message.choice is not None:
                self.feeder.spawn(self._acknowledge_button(message))
        self.feeder.answer_later(messages)

    async def _acknowledge_button(self, message: InboundMessage) -> None:
        query_id = message.external_id.partition(":")[2]
        if query_id:
            with contextlib.suppress(TelegramError):
                await self.bot.answer_callback_query(query_id)  # stops the spinner on the button

    async def _convert(self, raw: Any) -> InboundMessage | None:
        """Update -> InboundMessage; None for what is neither a victim's nor the desk's (logged, skipped)."""
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
            return self._button(update)
        if update.message is None:
            if update.my_chat_member is not None:
                self._log_membership(update)
            else:  # edited messages, channel posts: not part of a conversation
                log.info("telegram update %s of kind %s skipped", update.update_id, _kind(update))
            return None
        message = update.message
        sender = message.from_user
        where = self._where(message.chat, message)
        if where is None or sender is None or sender.is_bot:
            # anonymous admins and linked channels post through bot accounts: they are not people either
            log.info("telegram update %s from a %s chat %s skipped", update.update_id, message.chat.type,
                     message.chat.id)
            return None
        if message.migrate_to_chat_id and where.kind is ChatKind.DESK:
            log.warning("telegram desk chat %s became supergroup %s: put the new id in TELEGRAM_VOLUNTEER_CHAT_ID",
                        message.chat.id, message.migrate_to_chat_id)
            return None
        text = message.text or message.caption
        attachments = tuple(await self._files(message))
        if where.kind is ChatKind.PRIVATE:  # a reply says which message it answers, e.g. a relayed one
            inbound = InboundMessage(platform=PLATFORM, external_id=str(update.update_id), user=self._user(sender),
                                     chat=where, text=text, attachments=attachments, reply_to=_replied(message),
                                     received_at=message.date)
            origin = message.forward_origin
            return inbound if origin is None else forwarded(inbound, Forward(_origin(origin), origin.date))
        if not (text or attachments) or self._for_another_bot(message):
            # service messages (topic created, member joined, pinned) and other bots' commands
            log.info("telegram update %s in desk chat %s skipped: nothing for us", update.update_id, where.chat_id)
            return None
        return InboundMessage(platform=PLATFORM, external_id=str(update.update_id), user=self._user(sender, True),
                              chat=where, text=text, attachments=attachments, reply_to=_replied(message),
                              received_at=message.date)

    def _button(self, update: Update) -> InboundMessage | None:
        query = update.callback_query
        assert query is not None
        message = query.message  # may be "inaccessible" (older than 48 hours): then it has ids only
        where = self._where(message.chat, message) if message is not None else None
        if where is None or not query.data or query.from_user is None or query.from_user.is_bot:
            log.info("telegram button press %s skipped", update.update_id)
            return None
        assert message is not None
        return InboundMessage(
            platform=PLATFORM, external_id=f"{update.update_id}:{query.id}",
            user=self._user(query.from_user, where.kind is ChatKind.DESK), chat=where, choice=query.data,
            reply_to=str(message.message_id))  # the message whose button it is, e.g. to edit it

    def _where(self, chat: Chat | None, message: Any) -> ChatRef | None:
        """The victim's private chat, or the desk chat and topic the message is in; None for any other chat."""
        if chat is None:  # PTB reads malformed updates leniently
            return None
        if chat.type == Chat.PRIVATE:
            return ChatRef(PLATFORM, str(chat.id))
        if str(chat.id) not in self.config.desk_chats:
            return None
        # message_thread_id alone is no topic: in a supergroup without topics it names a reply thread
        topic = message.message_thread_id if getattr(message, "is_topic_message", False) else None
        return ChatRef(PLATFORM, str(chat.id), thread_id=None if topic is None else str(topic), kind=ChatKind.DESK)

    def _for_another_bot(self, message: Message) -> bool:
        """A "/command@other_bot" in a group with several bots."""
        command = (message.text or "").split(maxsplit=1)[0] if (message.text or "").startswith("/") else ""
        addressee = command.partition("@")[2]
        return bool(addressee) and addressee.lower() != (self.bot.username or "").lower()

    @staticmethod
    def _user(user: User, volunteer: bool = False) -> UserRef:
        # a victim's name is not needed to help them, so it is not kept; a volunteer's is shown to the desk
        return UserRef(PLATFORM, str(user.id), display_name=user.first_name if volunteer else None,
                       language_hint=user.language_code)

    def _log_membership(self, update: Update) -> None:
        change = update.my_chat_member
        chat = getattr(change, "chat", None)
        if chat is not None and chat.type != Chat.PRIVATE:
            desk = "a desk chat" if str(chat.id) in self.config.desk_chats else "not in TELEGRAM_VOLUNTEER_CHAT_ID"
            status = getattr(getattr(change, "new_chat_member", None), "status", "?")
            log.info("telegram bot is now %s in %s chat %s (%s)", status, chat.type, chat.id, desk)

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
        if too_large_to_download(item.file_size, self.config.max_file_bytes):
            return Attachment(filename, content_type, b"", size=item.file_size)  # refused without downloading
        file = await item.get_file()
        data = bytes(await file.download_as_bytearray())
        return Attachment(filename, content_type, data)

    # -- sending ---------------------------------------------------------------------------------
    async def send(self, chat: ChatRef, reply: Reply) -> str | None:
        """Into the chat's thread if any (a topic, or replying to a reply chain's first message), as a reply to
        `reply.reply_to` if set; split if long, buttons on the last message. Files go after the text: the text
        is the first file's caption when it fits one, else it goes first as messages of its own. Returns the
        id of the last message sent. `reply.mention_role` is ignored: Telegram has no roles."""
        markup = self._keyboard(reply)
        topic, replied = _thread(chat.thread_id)
        if reply.reply_to:
            replied = _message_id(reply.reply_to)
        # allow_sending_without_reply: a deleted message must not make the reply undeliverable
        reply_parameters = ReplyParameters(replied, allow_sending_without_reply=True) if replied else None
        place: dict[str, Any] = {"message_thread_id": topic, "reply_parameters": reply_parameters}
        files = self._sendable(reply.attachments)
        has_text = bool(reply.text.strip()) or not files  # an empty reply stays refused, as it always was
        caption = reply.text if files and has_text and _escaped_len(reply.text) <= MAX_CAPTION else None
        parts: list[str | tuple[Attachment, str | None]] = [] if caption is not None or not has_text \
            else list(split_text(reply.text))
        parts += [(file, caption if number == 0 else None) for number, file in enumerate(files)]

        continues = reply.continues

        async def one(part: str | tuple[Attachment, str | None], last: bool) -> str:
            nonlocal continues
            if chat.kind is not ChatKind.DESK:  # a group's own limiter paces the desk
                await self._pace(chat.chat_id)
            keyboard = markup if last else None
            going_on = _CONTINUES.set(continues)
            try:
                if isinstance(part, str):
                    message = await self._call(self.bot.send_message(
                        int(chat.chat_id), html.escape(part, quote=False), parse_mode=ParseMode.HTML,
                        reply_markup=keyboard, **place))
                else:
                    message = await self._call(self._send_file(int(chat.chat_id), *part, keyboard, place))
            finally:
                _CONTINUES.reset(going_on)
            continues = True  # the next part is the rest of this answer
            return str(message.message_id)

        return await send_in_parts(parts, one)

    @staticmethod
    def _sendable(attachments: Sequence[Attachment]) -> list[Attachment]:
        """The files that can be sent: Telegram refuses an empty one (a file that was never downloaded)."""
        empty = [a for a in attachments if not a.data]
        if empty:
            log.warning("telegram: %d empty file(s) left out of a reply", len(empty))
        return [a for a in attachments if a.data]

    async def _send_file(self, chat_id: int, file: Attachment, caption: str | None,
                         markup: InlineKeyboardMarkup | None, place: dict[str, Any]) -> Message:
        """A photo (shown in the chat), a voice message, or any other file as a document (kept as it is)."""
        options: dict[str, Any] = {"reply_markup": markup, "filename": file.filename or "file", **place}
        if caption is not None:
            options.update(caption=html.escape(caption, quote=False), parse_mode=ParseMode.HTML)
        kind = file.content_type.split(";")[0].strip().lower()
        if kind.startswith("image/") and kind not in DOCUMENT_IMAGES and len(file.data) <= MAX_PHOTO_BYTES:
            return await self.bot.send_photo(chat_id, file.data, **options)
        if kind in VOICE_TYPES:
            try:
                return await self.bot.send_voice(chat_id, file.data, **options)
            except BadRequest as exc:
                if "voice_messages_forbidden" not in exc.message.lower():
                    raise
                # the person lets nobody send them voice messages: the recording still reaches them as a file
        return await self.bot.send_document(chat_id, file.data, **options)

    async def edit(self, chat: ChatRef, message_id: str, reply: Reply) -> str | None:
        """Replace the text (cut to fit, with "…") and the buttons; an edit that changes nothing is fine."""
        target = _message_id(message_id)

        async def edit() -> None:
            try:
                await self.bot.edit_message_text(html.escape(fit_text(reply.text), quote=False), int(chat.chat_id),
                                                 target, parse_mode=ParseMode.HTML, reply_markup=self._keyboard(reply))
            except BadRequest as exc:
                if "not modified" not in exc.message.lower():  # the same edit, done twice: done
                    raise

        await self._call(edit())
        return str(target)

    async def open_thread(self, chat: ChatRef, title: str) -> str:
        """A forum topic named `title`; in a group without topics (or where the bot may not create them), the
        title as a message, whose replies are the thread: "r<message_id>"."""
        name = " ".join(title.split())[:MAX_TOPIC_NAME] or "…"
        refused_at = self._not_a_forum.get(chat.chat_id)
        if refused_at is None or time.monotonic() - refused_at > NOT_A_FORUM_RETRY_SECONDS:
            try:
                topic = await self._call(self._create_topic(chat.chat_id, name))
            except _NoTopics as exc:
                log.warning("telegram desk chat %s has no topics we may create (%s); cases become reply chains",
                            chat.chat_id, exc)
                self._not_a_forum[chat.chat_id] = time.monotonic()
            else:
                self._not_a_forum.pop(chat.chat_id, None)
                return str(topic.message_thread_id)
        first = await self.send(ChatRef(chat.platform, chat.chat_id, kind=chat.kind), Reply(fit_text(title)))
        assert first is not None
        return f"{REPLY_CHAIN}{first}"

    async def _create_topic(self, chat_id: str, name: str) -> Any:
        try:
            return await self.bot.create_forum_topic(int(chat_id), name)
        except BadRequest as exc:
            reason = exc.message.lower()
            if "not a forum" in reason or "not enough rights" in reason or "supergroup" in reason:
                raise _NoTopics(exc.message) from exc
            raise

    def _keyboard(self, reply: Reply) -> InlineKeyboardMarkup | None:
        if not reply.choices:
            return None
        rows = []
        for choice in reply.choices:
            if len(choice.id.encode()) > MAX_CALLBACK_BYTES:
                raise DeliveryError(f"choice id longer than {MAX_CALLBACK_BYTES} bytes", permanent=True)
            rows.append([InlineKeyboardButton(choice.label, callback_data=choice.id)])
        return InlineKeyboardMarkup(rows)

    async def _call(self, request: Awaitable[T]) -> T:
        """One Bot API request, its refusals as DeliveryError (permanent when the same request cannot work)."""
        try:
            return await request
        except Forbidden as exc:
            raise DeliveryError("the person blocked the bot, or the bot left the group", blocked=True) from exc
        except RetryAfter as exc:
            raise DeliveryError("telegram flood control", retry_after=_seconds(exc.retry_after)) from exc
        except ChatMigrated as exc:
            log.warning("telegram chat became supergroup %s: put the new id in TELEGRAM_VOLUNTEER_CHAT_ID",
                        exc.new_chat_id)
            raise DeliveryError(f"the group moved to chat {exc.new_chat_id}", permanent=True) from exc
        except BadRequest as exc:
            # the same request would be refused again: chat or topic gone, text too long, bad markup
            raise DeliveryError(f"telegram refused the request: {exc.message}", permanent=True) from exc
        except NetworkError as exc:
            raise DeliveryError(f"telegram unreachable: {type(exc).__name__}") from exc
        except TelegramError as exc:
            raise DeliveryError(f"telegram error: {type(exc).__name__}") from exc

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


class _NoTopics(Exception):
    """The desk chat has no forum topics, or the bot may not create them."""


def _thread(thread_id: str | None) -> tuple[int | None, int | None]:
    """A thread id -> (forum topic, message to reply to)."""
    if not thread_id:
        return None, None
    if thread_id.startswith(REPLY_CHAIN):
        return None, _message_id(thread_id[len(REPLY_CHAIN):])
    return _message_id(thread_id), None


def _message_id(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise DeliveryError(f"not a telegram message or thread id: {value!r}", permanent=True) from None


def _replied(message: Message) -> str | None:
    """The message this one replies to; not the topic's first message, which every message in a topic
    "replies" to."""
    original = message.reply_to_message
    if original is None or original.forum_topic_created is not None:
        return None
    if message.is_topic_message and original.message_id == message.message_thread_id:
        return None
    return str(original.message_id)


def _origin(origin: MessageOrigin) -> str:
    """Who a forwarded message came from, as Telegram shows it, with the ids and link that identify them to
    Telegram's abuse team (a scammer's account, a fake channel's post)."""
    if isinstance(origin, MessageOriginUser):
        user = origin.sender_user
        handle = f"@{user.username}, " if user.username else ""
        return f"{user.full_name} ({handle}Telegram user {user.id})"
    if isinstance(origin, MessageOriginHiddenUser):
        return f"{origin.sender_user_name} (the sender hides their account)"
    if isinstance(origin, MessageOriginChannel):
        chat = origin.chat
        link = f", https://t.me/{chat.username}/{origin.message_id}" if chat.username else ""
        signed = f", signed {origin.author_signature}" if origin.author_signature else ""
        name = chat.title or chat.username or "?"
        return f"{name} (Telegram channel {chat.id}, message {origin.message_id}{link}{signed})"
    if isinstance(origin, MessageOriginChat):
        chat = origin.sender_chat
        handle = f"@{chat.username}, " if chat.username else ""
        signed = f", signed {origin.author_signature}" if origin.author_signature else ""
        return f"{chat.title or '?'} ({handle}Telegram chat {chat.id}{signed})"
    return f"unknown ({origin.type})"  # a kind of origin newer than this code


def _kind(update: Update) -> str:
    for kind in ("edited_message", "channel_post", "edited_channel_post", "my_chat_member", "chat_member",
                 "inline_query", "poll", "poll_answer"):
        if getattr(update, kind, None) is not None:
            return kind
    return "unknown"


def _seconds(value: Any) -> float:
    """PTB gives retry_after as int seconds or as a timedelta, depending on its version and settings."""
    return value.total_seconds() if hasattr(value, "total_seconds") else float(value)

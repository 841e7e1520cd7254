"""A fake Telegram Bot API server on 127.0.0.1 that the real python-telegram-bot can talk to in tests."""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import copy
import hashlib
import inspect
import itertools
import json
import math
import re
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from aiohttp import web

from tests.fakes.common import FakeServer

DEFAULT_TOKEN = "123456:TEST-TOKEN"
WEBHOOK_RETRY_SECONDS = 0.2
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024  # getFile refuses bigger files, like the real Bot API
# Telegram only sends these when they are asked for explicitly in allowed_updates.
OPT_IN_UPDATES = {"chat_member", "message_reaction", "message_reaction_count"}
# Parameters that are plain strings on the wire; every other form value is JSON (PTB json.dumps non-strings),
# so "123" in a text stays a string while chat_id="123" becomes 123 and reply_markup a dict.
STRING_PARAMS = {
    "text", "caption", "parse_mode", "url", "secret_token", "callback_query_id", "file_id", "language_code",
    "action", "description", "short_description", "name", "ip_address", "inline_message_id", "emoji",
    "document", "photo", "sticker", "video", "audio", "voice", "animation", "thumbnail", "business_connection_id",
    "message_effect_id",
}  # fmt: skip
# The six colours a topic icon may have; Telegram picks the first when the bot names none.
TOPIC_ICON_COLORS = (7322096, 16766590, 13338331, 9367192, 16749490, 16478047)
CHAT_ACTIONS = {
    "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document",
    "choose_sticker", "find_location", "record_video_note", "upload_video_note",
}  # fmt: skip


class ApiError(Exception):
    """A Bot API error answer: HTTP status = error_code, like Telegram."""

    def __init__(self, status: int, description: str, parameters: dict | None = None):
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters

    def body(self) -> dict:
        body: dict[str, Any] = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(what: str) -> ApiError:
    return ApiError(400, f"Bad Request: {what}")


@dataclass
class Upload:
    """A file part of a multipart request."""

    filename: str | None
    mime_type: str | None
    data: bytes


@dataclass
class Group:
    """What the fake knows of a group beyond its Chat object."""

    forum: bool
    can_manage_topics: bool
    topics: dict[int, dict] = field(default_factory=dict)  # thread id -> {"name", "icon_color"}
    # The bot's membership (getChatMember): administrator, member, restricted, left or kicked; None: an
    # administrator if it may manage topics, else a member (what add_group's can_manage_topics meant so far).
    bot_status: str | None = None
    bot_can_send_messages: bool = True  # as a restricted member
    members_can_send_messages: bool = True  # the group's default permission (getChat's permissions)


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes


def utf16_len(text: str) -> int:
    """Telegram counts entity offsets and lengths in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


# --- HTML parse mode, validated the way Telegram (tdlib) does -------------------------------------------------
HTML_ENTITY_TYPES = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline", "ins": "underline",
    "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough", "span": "spoiler",
    "tg-spoiler": "spoiler", "a": "text_link", "code": "code", "pre": "pre", "blockquote": "blockquote",
}  # fmt: skip
START_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*/?>")
END_TAG = re.compile(r"</([a-zA-Z][a-zA-Z0-9-]*)\s*>")
ATTR = re.compile(r"([^\s=>/]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+))?")
HTML_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


def _unescape(value: str) -> str:
    def one(m: re.Match) -> str:
        if m[1]:
            return NAMED_ENTITIES[m[1]]
        return chr(int(m[2]) if m[2] else int(m[3], 16))

    return HTML_ENTITY.sub(one, value)


def parse_html(text: str) -> tuple[str, list[dict]]:
    """Plain text and entities of an HTML-formatted text; ApiError 400 where Telegram would refuse it."""

    def fail(why: str) -> ApiError:
        return bad_request(f"can't parse entities: {why}")

    def at(i: int) -> int:
        return len(text[:i].encode())

    out: list[str] = []
    pos16 = 0  # UTF-16 length of the plain text so far
    stack: list[tuple[str, int, dict[str, str]]] = []
    entities: list[dict] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "&":
            m = HTML_ENTITY.match(text, i)
            # tdlib would keep a stray "&" as is, but the Bot API documents that it must be escaped: refusing it
            # here catches a missing html.escape() before a user's "Tom & Jerry" breaks a real message.
            if not m:
                raise fail(f'unescaped "&" at byte offset {at(i)}')
            piece, i = _unescape(m[0]), m.end()
        elif c == "<" and text.startswith("</", i):
            m = END_TAG.match(text, i)
            if not m or not stack:
                raise fail(f"Unexpected end tag at byte offset {at(i)}")
            name, (open_name, start, attrs) = m[1].lower(), stack[-1]
            if name != open_name:
                raise fail(f'Unmatched end tag at byte offset {at(i)}, expected "</{open_name}>", found "</{name}>"')
            stack.pop()
            i = m.end()
            inside_pre = bool(stack) and stack[-1][0] == "pre"
            if name == "code" and inside_pre and attrs.get("class", "").startswith("language-"):
                stack[-1][2]["language"] = attrs["class"].removeprefix("language-")  # <pre><code class=…>
            elif pos16 > start and not (name == "a" and "href" not in attrs):
                entity: dict[str, Any] = {"type": HTML_ENTITY_TYPES[name], "offset": start, "length": pos16 - start}
                if name == "a":
                    entity["url"] = attrs["href"]
                if name == "pre" and "language" in attrs:
                    entity["language"] = attrs["language"]
                if name == "blockquote" and "expandable" in attrs:
                    entity["type"] = "expandable_blockquote"
                entities.append(entity)
            continue
        elif c == "<":
            m = START_TAG.match(text, i)
            name = m[1].lower() if m else re.match(r"<([a-zA-Z0-9-]*)", text[i:])[1]  # type: ignore[index]
            if not m or name not in HTML_ENTITY_TYPES:
                raise fail(f'Unsupported start tag "{name}" at byte offset {at(i)}')
            attrs = {a.lower(): _unescape(v.strip("\"'")) if v else "" for a, v in ATTR.findall(m[2])}
            if name == "span" and attrs.get("class") != "tg-spoiler":
                raise fail(f'Tag "span" must have class "tg-spoiler" at byte offset {at(i)}')
            stack.append((name, pos16, attrs))
            i = m.end()
            continue
        else:
            piece, i = c, i + 1
        out.append(piece)
        pos16 += utf16_len(piece)
    if stack:
        raise fail(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return "".join(out), sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def command_entities(text: str) -> list[dict]:
    """The bot_command entities Telegram adds to any /command in a text (not only at its start)."""
    found = []
    for m in re.finditer(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![^\s])", text):
        found.append({"type": "bot_command", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m[0])})
    return found


# --- the server --------------------------------------------------------------------------------------------------
class FakeTelegram(FakeServer):
    """The Bot API for one bot token, plus the user side: what people send and what the bot answered."""

    def __init__(self, token: str = DEFAULT_TOKEN, *, port: int = 0, first_update_id: int = 1):
        self.token = token
        self.port = port
        bot_id = int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 123456
        self.bot_user = {"id": bot_id, "is_bot": True, "first_name": "Frontdoor Test", "username": "frontdoor_test_bot"}
        # Fault knobs.
        self.latency = 0.0
        self.enforce_rate_limits = False
        self.strict_chats = False  # True: only chats that wrote to the bot exist (else any int chat id does)
        # BotFather's /setprivacy: on, a bot that is no admin only gets commands and replies to it in groups;
        # getMe shows it as can_read_all_group_messages (the fake does not filter group messages by it).
        self.privacy_mode = True
        # Several workers behind a load balancer: each delivery goes to the next of these URLs in turn instead of the
        # URL setWebhook named (which is then the balancer's, the same in every worker).
        self.webhook_targets: list[str] = []
        # Deliveries at once (setWebhook's max_connections, 40 by default on Telegram). Never two of one chat at once:
        # a chat's next update goes only once the one before it was acknowledged, so its updates arrive in order.
        self.webhook_connections = 1
        self._failures: dict[str, deque[ApiError]] = defaultdict(deque)
        self._blocked: set[int] = set()
        self._sends: dict[Any, deque[float]] = defaultdict(deque)
        # What the test can inspect.
        self.requests: list[tuple[str, dict]] = []
        self.errors: list[tuple[str, int]] = []  # (method, status) of every error answer, 429s included
        self.callback_answers: list[dict] = []
        self.deleted: list[tuple[int, int]] = []
        self.menu_buttons: dict[int | None, dict] = {}
        self.webhook_deliveries: list[dict] = []
        self.webhook_attempts: list[tuple[int, str, int]] = []  # (update id, URL, HTTP status or 0) of every try
        # Bot API state.
        self._update_ids = itertools.count(first_update_id)
        self._updates: list[dict] = []  # unconfirmed, oldest first
        self._allowed_updates: set[str] | None = None
        self._webhook: dict | None = None
        self._webhook_error: tuple[int, str] | None = None
        self._users: dict[int, dict] = {}
        self._chats: dict[int, dict] = {}
        self._groups: dict[int, Group] = {}  # what a group's Chat object does not show: topics, rights
        self._migrated: dict[int, int] = {}  # basic group -> the supergroup it became
        self._messages: dict[int, dict[int, dict]] = defaultdict(dict)  # chat id -> message id -> message
        self._message_ids: dict[int, itertools.count] = defaultdict(lambda: itertools.count(1))
        self._callbacks: dict[str, bool] = {}  # callback query id -> answered
        self._callback_ids = itertools.count(4_000_000_000_000_000_001)
        self._files: dict[str, StoredFile] = {}
        self._file_paths: dict[str, StoredFile] = {}
        self._file_numbers = itertools.count(1)
        self._commands: dict[tuple[str, str], list[dict]] = {}
        self._poll_generation = 0
        self._update_event = asyncio.Event()
        self._changed = asyncio.Event()
        self._webhook_wake = asyncio.Event()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._webhook_task: asyncio.Task | None = None
        self._in_flight: dict[int, asyncio.Task] = {}  # update id -> its delivery (several connections)
        self._target_turn = 0
        self.url = ""
        self._handlers: dict[str, Callable[[dict], Any]] = {
            name.lower(): getattr(self, f"_api_{name}")
            for name in (
                "getMe", "getUpdates", "sendMessage", "editMessageText", "editMessageReplyMarkup", "deleteMessage",
                "answerCallbackQuery", "getFile", "sendDocument", "sendPhoto", "sendVoice", "setMyCommands",
                "getMyCommands", "deleteMyCommands", "setWebhook", "deleteWebhook", "getWebhookInfo",
                "setChatMenuButton", "getChatMenuButton", "sendChatAction", "createForumTopic", "close", "logOut",
                "getChat", "getChatMember",
            )
        }  # fmt: skip

    # --- life cycle ---
    @property
    def api_base(self) -> str:
        return f"{self.url}/bot"

    @property
    def file_base(self) -> str:
        return f"{self.url}/file/bot"

    async def start(self) -> FakeTelegram:
        app = web.Application(client_max_size=60 * 1024 * 1024)  # bots may upload 50 MB
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        app.router.add_post("/_fake/{action}", self._handle_control)
        self._closing = False
        await self._serve(app, shutdown_timeout=1.0)
        self._webhook_task = asyncio.create_task(self._webhook_loop(), name="fake-telegram-webhook")
        return self

    async def stop(self) -> None:
        # Wake pending long polls first: they answer [] at once instead of holding shutdown for their timeout.
        self._closing = True
        self._wake_pollers()
        if self._webhook_task:
            self._webhook_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._webhook_task
            self._webhook_task = None
        await self._stop_serving()

    # --- the user side: updates ---
    def user_sends(
        self,
        user_id: int,
        text: str,
        *,
        language_code: str = "en",
        first_name: str = "Alice",
        username: str | None = None,
        reply_to: int | None = None,
    ) -> dict:
        """A private text message, replying to message `reply_to` of the chat if given (it then carries that
        message as reply_to_message, as in real Telegram); /commands get their bot_command entity."""
        self._remember_user(user_id, language_code, first_name, username)
        original = self._messages[user_id].get(reply_to) if reply_to is not None else None
        if reply_to is not None and original is None:
            raise LookupError(f"no message {reply_to} in chat {user_id}")
        message = self._user_message(user_id, user_id, text=text, **self._placement(user_id, None, original))
        if entities := command_entities(text):
            message["entities"] = entities
        return self._push({"message": message})

    def user_presses(
        self, user_id: int, callback_data: str, *, message_id: int | None = None, chat_id: int | None = None
    ) -> dict:
        """A button press on the bot's message `message_id`, by default the latest one that has that button, in
        the user's private chat or in the group `chat_id`.

        With message_id, any data is accepted: modified clients can send forged callback data."""
        chat_id = user_id if chat_id is None else chat_id
        messages = self._messages[chat_id]
        if message_id is None:
            message_id = next((mid for mid, m in reversed(messages.items()) if _has_button(m, callback_data)), None)
            if message_id is None:
                raise LookupError(f"no bot message in chat {chat_id} has a button with data {callback_data!r}")
        elif message_id not in messages:
            raise LookupError(f"no message {message_id} in chat {chat_id}")
        query_id = str(next(self._callback_ids))
        self._callbacks[query_id] = False
        query = {
            "id": query_id,
            "from": self._user(user_id),
            "message": copy.deepcopy(messages[message_id]),
            "chat_instance": str(int(hashlib.sha256(str(chat_id).encode()).hexdigest()[:15], 16)),
            "data": callback_data,
        }
        return self._push({"callback_query": query})

    def user_sends_document(
        self, user_id: int, filename: str, data: bytes, mime_type: str = "application/octet-stream", *, caption=None
    ) -> dict:
        stored = self._store_file("documents", filename, data)
        document = {"file_name": filename, "mime_type": mime_type, **self._file_fields(stored)}
        return self._push({"message": self._user_message(user_id, user_id, document=document, caption=caption)})

    def user_sends_photo(
        self, user_id: int, data: bytes, *, caption: str | None = None, width: int = 1280, height: int = 960
    ) -> dict:
        """Telegram sends several sizes, smallest first; the fake keeps the same bytes for each (no resizing)."""
        sizes = []
        for side in (90, 320, max(width, height)):
            scale = min(1.0, side / max(width, height))
            stored = self._store_file("photos", "photo.jpg", data)
            sizes.append({**self._file_fields(stored), "width": round(width * scale), "height": round(height * scale)})
        return self._push({"message": self._user_message(user_id, user_id, photo=sizes, caption=caption)})

    def user_forwards(self, user_id: int, text: str | None, origin: dict, *, photo: bytes | None = None) -> dict:
        """A message the user forwards into their private chat with the bot. `origin` is its forward_origin as
        the Bot API writes it, without the date (an hour ago): {"type": "user", "sender_user": {...}},
        {"type": "hidden_user", "sender_user_name": ...}, {"type": "chat", "sender_chat": {...}} or
        {"type": "channel", "chat": {...}, "message_id": ...}. A forwarded photo carries the text as its caption."""
        origin = {**origin, "date": int(time.time()) - 3600}
        if photo is None:
            message = self._user_message(user_id, user_id, text=text, forward_origin=origin)
        else:
            stored = self._store_file("photos", "photo.jpg", photo)
            sizes = [{**self._file_fields(stored), "width": 1280, "height": 960}]
            message = self._user_message(user_id, user_id, photo=sizes, caption=text, forward_origin=origin)
        return self._push({"message": message})

    def user_sends_sticker(self, user_id: int, emoji: str = "👍", data: bytes = b"RIFF\0\0\0\0WEBP") -> dict:
        stored = self._store_file("stickers", "sticker.webp", data)
        sticker = {
            **self._file_fields(stored), "type": "regular", "width": 512, "height": 512, "is_animated": False,
            "is_video": False, "emoji": emoji, "set_name": "TestStickers",
        }  # fmt: skip
        return self._push({"message": self._user_message(user_id, user_id, sticker=sticker)})

    def user_sends_location(self, user_id: int, latitude: float, longitude: float) -> dict:
        location = {"latitude": latitude, "longitude": longitude}
        return self._push({"message": self._user_message(user_id, user_id, location=location)})

    def user_edits(self, user_id: int, message_id: int, text: str) -> dict:
        message = self._messages[user_id].get(message_id)
        if message is None or message.get("from", {}).get("id") != user_id:
            raise LookupError(f"user {user_id} sent no message {message_id}")
        message.update(text=text, edit_date=int(time.time()))
        message.pop("entities", None)
        if entities := command_entities(text):
            message["entities"] = entities
        return self._push({"edited_message": copy.deepcopy(message)})

    def channel_post(self, chat_id: int, text: str) -> dict:
        chat = self._chats.setdefault(chat_id, {"id": chat_id, "type": "channel", "title": f"Channel {chat_id}"})
        message = {**self._new_message(chat_id, chat), "sender_chat": chat, "text": text}
        self._messages[chat_id][message["message_id"]] = message
        return self._push({"channel_post": copy.deepcopy(message)})

    def add_group(
        self, chat_id: int, *, forum: bool = False, title: str | None = None, can_manage_topics: bool = True
    ) -> dict:
        """A group the bot is a member of: basic ("group") or, if its id starts with -100, a supergroup; a forum
        (topics on) is always a supergroup. `can_manage_topics`: the bot is an admin allowed to create topics."""
        supergroup = str(chat_id).startswith("-100")
        if chat_id >= 0 or (forum and not supergroup):
            raise ValueError("group ids are negative, and a forum is a supergroup (its id starts with -100)")
        chat = {"id": chat_id, "type": "supergroup" if supergroup else "group", "title": title or f"Group {chat_id}"}
        if forum:
            chat["is_forum"] = True
            next(self._message_ids[chat_id])  # message 1 opened the General topic, which is no thread to send to
        self._chats[chat_id] = chat
        self._groups[chat_id] = Group(forum=forum, can_manage_topics=can_manage_topics)
        return dict(chat)

    def group_message(
        self,
        chat_id: int,
        user_id: int,
        text: str,
        *,
        thread_id: int | None = None,
        reply_to: int | None = None,
        language_code: str = "en",
        first_name: str = "Alice",
        is_bot: bool = False,
    ) -> dict:
        """A message in a group, in forum topic `thread_id` and/or replying to message `reply_to`, placed as
        Telegram does: in a topic it carries message_thread_id, is_topic_message and, when it replies to nothing
        else, the topic's creation message as reply_to_message; a reply in a supergroup without topics carries
        the reply thread's first message id as message_thread_id (but no is_topic_message)."""
        self._remember_user(user_id, language_code, first_name, None, is_bot=is_bot)
        if chat_id not in self._chats:
            self.add_group(chat_id)
        original = self._messages[chat_id].get(reply_to) if reply_to is not None else None
        if reply_to is not None and original is None:
            raise LookupError(f"no message {reply_to} in chat {chat_id}")
        try:
            placement = self._placement(chat_id, thread_id, original)
        except ApiError as error:
            raise LookupError(f"chat {chat_id}: {error.description}") from None
        message = self._user_message(chat_id, user_id, text=text, **placement)
        if entities := command_entities(text):
            message["entities"] = entities
            self._messages[chat_id][message["message_id"]]["entities"] = entities
        return self._push({"message": message})

    def user_creates_topic(self, chat_id: int, user_id: int, name: str) -> dict:
        """A member opens a forum topic: Telegram sends the service message that starts it (its id is the
        topic's message_thread_id)."""
        group = self._groups.get(chat_id)
        if group is None or not group.forum:
            raise LookupError(f"chat {chat_id} is not a forum")
        message = self._topic_created(chat_id, self._user(user_id), name, TOPIC_ICON_COLORS[0])
        return self._push({"message": copy.deepcopy(message)})

    def delete_topic(self, chat_id: int, thread_id: int) -> None:
        """An admin deletes a forum topic and everything in it."""
        group = self._groups.get(chat_id)
        if group is None or group.topics.pop(thread_id, None) is None:
            raise LookupError(f"no topic {thread_id} in chat {chat_id}")
        for message_id, message in list(self._messages[chat_id].items()):
            if message.get("is_topic_message") and message.get("message_thread_id") == thread_id:
                del self._messages[chat_id][message_id]

    def upgrade_group(self, chat_id: int, new_chat_id: int, *, forum: bool = False) -> None:
        """A basic group becomes a supergroup with a new id (turning topics on does that): both chats get a
        service message, and the Bot API refuses the old id from now on, naming the new one."""
        old = self._chats.get(chat_id)
        if old is None or old.get("type") != "group":
            raise LookupError(f"chat {chat_id} is not a basic group")
        self.add_group(new_chat_id, forum=forum, title=old.get("title"))
        admin = self._user(next(iter(self._users), 1))
        self._push({"message": {**self._new_message(chat_id), "from": admin, "migrate_to_chat_id": new_chat_id}})
        self._migrated[chat_id] = new_chat_id
        self._push({"message": {**self._new_message(new_chat_id), "from": admin, "migrate_from_chat_id": chat_id}})

    def set_bot_member(
        self,
        chat_id: int,
        status: str = "administrator",
        *,
        can_manage_topics: bool | None = None,
        can_send_messages: bool = True,
        members_can_send_messages: bool | None = None,
    ) -> None:
        """What the bot is in a group, as getChatMember shows it: "administrator" (with the right "Manage topics"
        unless can_manage_topics=False), "member", "restricted" (can_send_messages), "left" (never added, or left)
        or "kicked" (removed). Only an administrator with that right may create topics, as in Telegram."""
        group = self._groups.get(chat_id)
        if group is None:
            raise LookupError(f"chat {chat_id} is not a group (add_group first)")
        if status not in ("administrator", "member", "restricted", "left", "kicked"):
            raise LookupError(f"no chat member status {status!r}")
        group.bot_status = status
        group.can_manage_topics = status == "administrator" and can_manage_topics is not False
        group.bot_can_send_messages = can_send_messages
        if members_can_send_messages is not None:
            group.members_can_send_messages = members_can_send_messages

    def topics(self, chat_id: int) -> dict[int, dict]:
        """The forum topics of a group: thread id -> {"name", "icon_color"}."""
        group = self._groups.get(chat_id)
        return copy.deepcopy(group.topics) if group else {}

    def raw_update(self, update: dict) -> dict:
        """Any update, as is (for fuzzing): gets the next update_id unless it has one; not filtered."""
        update = copy.deepcopy(update)
        if "update_id" not in update:
            update["update_id"] = next(self._update_ids)
        return self._enqueue(update)

    # --- the user side: what the bot did ---
    def sent(self, chat_id: int, thread_id: int | None = None) -> list[dict]:
        """Every message the bot sent to the chat (to one forum topic, if given) and did not delete, as it is now
        (edits applied); not the service messages that topics it opened start with."""
        bot_id = self.bot_user["id"]
        return [
            copy.deepcopy(m) for m in self._messages[chat_id].values()
            if m.get("from", {}).get("id") == bot_id and "forum_topic_created" not in m
            and (thread_id is None or (m.get("is_topic_message") and m.get("message_thread_id") == thread_id))
        ]  # fmt: skip

    def sent_texts(self, chat_id: int, thread_id: int | None = None) -> list[str]:
        return [m.get("text", m.get("caption", "")) for m in self.sent(chat_id, thread_id)]

    def calls(self, method: str) -> list[dict]:
        """The parameters of every call of one Bot API method, oldest first."""
        return [params for name, params in self.requests if name.lower() == method.lower()]

    def file_bytes(self, file_id: str) -> bytes:
        return self._files[file_id].data

    @property
    def commands(self) -> dict[str, list[dict]]:
        """The default-scope command lists by language_code ("" = for every language)."""
        return {lang: cmds for (scope, lang), cmds in self._commands.items() if scope == '{"type": "default"}'}

    def commands_for(self, language_code: str = "", scope: dict | None = None) -> list[dict]:
        return self._commands.get((_scope_key(scope), language_code), [])

    @property
    def pending_updates(self) -> list[dict]:
        return copy.deepcopy(self._updates)

    async def wait_for(
        self,
        what: Callable[[], Any] | int,
        chat_id: int | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109 - reads best in tests, and the error says what was sent
    ) -> Any:
        """Until what() is truthy, or the bot sent `what` messages (to chat_id, or in all); returns that."""
        return await self._wait_for(what, chat_id, timeout, self.sent_texts)

    # --- fault knobs ---
    def fail_next(
        self, method: str, status: int = 500, count: int = 1, retry_after: int | None = None, description: str = ""
    ) -> None:
        """The next `count` calls of `method` ("*" = any method) fail with this status."""
        parameters = None
        if status == 429:
            retry_after = retry_after or 1
            parameters = {"retry_after": retry_after}
            description = description or f"Too Many Requests: retry after {retry_after}"
        phrases = {400: "Bad Request", 403: "Forbidden", 409: "Conflict", 500: "Internal Server Error"}
        description = description or phrases.get(status, "Bad Gateway" if status == 502 else f"Error {status}")
        for _ in range(count):
            self._failures[method.lower()].append(ApiError(status, description, parameters))

    def block(self, user_id: int) -> None:
        """The user blocks the bot; for a group id: the bot is removed from the group."""
        self._blocked.add(user_id)

    def unblock(self, user_id: int) -> None:
        self._blocked.discard(user_id)

    def deliver_to_webhook_now(self) -> None:
        """Skip the retry back-off of the webhook delivery."""
        self._webhook_wake.set()

    # --- HTTP ---
    async def _handle_api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        try:
            if self.latency:
                await asyncio.sleep(self.latency)
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            handler = self._handlers.get(method.lower())  # Telegram's method names are case-insensitive
            if handler is None:
                raise ApiError(404, "Not Found")
            params = await _read_params(request)
            self.requests.append((method, {k: _loggable(v) for k, v in params.items()}))
            for key in (method.lower(), "*"):
                if self._failures[key]:
                    raise self._failures[key].popleft()
            result = handler(params)
            if inspect.isawaitable(result):
                result = await result
        except ApiError as error:
            self.errors.append((method, error.status))
            return web.json_response(error.body(), status=error.status)
        finally:
            self._notify()
        return web.json_response({"ok": True, "result": result})

    async def _handle_file(self, request: web.Request) -> web.Response:
        stored = self._file_paths.get(request.match_info["path"])
        if request.match_info["token"] != self.token or stored is None:
            return web.json_response(ApiError(404, "Not Found").body(), status=404)
        return web.Response(body=stored.data, content_type="application/octet-stream")

    async def _handle_control(self, request: web.Request) -> web.Response:
        """For a fake in another process (see __main__): POST /_fake/<test-side method> with JSON keyword args."""
        action = request.match_info["action"]
        allowed = {
            "user_sends", "user_presses", "user_sends_document", "user_sends_photo", "user_sends_sticker",
            "user_sends_location", "user_edits", "channel_post", "group_message", "raw_update", "sent", "sent_texts",
            "calls", "fail_next", "block", "unblock", "deliver_to_webhook_now", "add_group", "user_creates_topic",
            "delete_topic", "upgrade_group", "set_bot_member",
        }  # fmt: skip
        kwargs = await request.json() if request.can_read_body else {}
        if "data_b64" in kwargs:
            kwargs["data"] = base64.b64decode(kwargs.pop("data_b64"))
        if action == "set":  # {"latency": 0.1, "enforce_rate_limits": true, "strict_chats": false}
            knobs = {"latency", "enforce_rate_limits", "strict_chats", "privacy_mode", "webhook_targets",
                     "webhook_connections"}
            for key in knobs & kwargs.keys():
                setattr(self, key, kwargs[key])
            return web.json_response({"ok": True, "result": True})
        if action not in allowed:
            return web.json_response({"ok": False, "description": f"unknown action {action}"}, status=404)
        try:
            result = getattr(self, action)(**kwargs)
        except (TypeError, LookupError) as error:
            return web.json_response({"ok": False, "description": str(error)}, status=400)
        return web.json_response({"ok": True, "result": result})

    # --- Bot API methods ---
    def _api_getMe(self, p: dict) -> dict:
        return {
            **self.bot_user, "can_join_groups": True, "can_read_all_group_messages": not self.privacy_mode,
            "supports_inline_queries": False, "can_connect_to_business": False, "has_main_web_app": False,
        }  # fmt: skip

    async def _api_getUpdates(self, p: dict) -> list[dict]:
        if self._webhook:
            raise ApiError(
                409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the "
                "webhook first"
            )  # fmt: skip
        offset, limit = _int(p, "offset", 0), min(max(_int(p, "limit", 100), 1), 100)
        if "allowed_updates" in p:
            self._allowed_updates = set(p["allowed_updates"] or []) or None
        # Calling with an offset confirms (forgets forever) every update below it; -N keeps only the last N.
        if offset < 0:
            del self._updates[:offset]
        elif offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        self._notify()  # waiting for confirmed updates must not wait for this long poll to end
        # A newer getUpdates ends an older pending one with 409, as Telegram does for two bot instances.
        self._poll_generation += 1
        generation = self._poll_generation
        self._wake_pollers()
        deadline = asyncio.get_running_loop().time() + float(p.get("timeout") or 0)
        while not self._updates and not self._closing:
            event = self._update_event
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout_at(deadline):
                    await event.wait()
            if generation != self._poll_generation:
                raise ApiError(
                    409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance "
                    "is running"
                )  # fmt: skip
            if asyncio.get_running_loop().time() >= deadline:
                break
        return copy.deepcopy([u for u in self._updates if u["update_id"] >= offset][:limit])

    def _api_sendMessage(self, p: dict) -> dict:
        chat_id = self._target_chat(p)
        text, entities = self._formatted(p, "text", 4096)
        markup = _check_markup(p.get("reply_markup"))
        message = self._bot_message(chat_id, p, text=text, entities=entities, reply_markup=markup)
        return _public(message)

    def _api_editMessageText(self, p: dict) -> dict:
        message = self._editable(p)
        if "text" not in message:
            raise bad_request("there is no text in the message to edit")
        text, entities = self._formatted(p, "text", 4096)
        # Like Telegram, an edit without reply_markup removes the inline keyboard.
        return self._edit(message, text=text, entities=entities, reply_markup=_check_markup(p.get("reply_markup")))

    def _api_editMessageReplyMarkup(self, p: dict) -> dict:
        message = self._editable(p)
        return self._edit(message, reply_markup=_check_markup(p.get("reply_markup")))

    def _api_deleteMessage(self, p: dict) -> bool:
        chat_id = self._target_chat(p)
        if self._messages[chat_id].pop(_int(p, "message_id", 0), None) is None:
            raise bad_request("message to delete not found")
        self.deleted.append((chat_id, _int(p, "message_id", 0)))
        return True

    def _api_answerCallbackQuery(self, p: dict) -> bool:
        query_id = str(p.get("callback_query_id", ""))
        if self._callbacks.get(query_id) is not False:  # unknown, or answered already
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        if len(str(p.get("text", ""))) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        self._callbacks[query_id] = True
        self.callback_answers.append(dict(p))
        return True

    def _api_getFile(self, p: dict) -> dict:
        stored = self._files.get(str(p.get("file_id", "")))
        if stored is None:
            raise bad_request("invalid file_id")
        if len(stored.data) > MAX_DOWNLOAD_BYTES:
            raise bad_request("file is too big")
        return {**self._file_fields(stored), "file_path": stored.file_path}

    def _api_sendDocument(self, p: dict) -> dict:
        chat_id = self._target_chat(p)
        doc = p.get("document")
        if isinstance(doc, Upload):
            _check_upload(doc)
            stored = self._store_file("documents", doc.filename or "document", doc.data)
            fields = {"file_name": doc.filename, "mime_type": doc.mime_type or "application/octet-stream"}
            document = {k: v for k, v in fields.items() if v} | self._file_fields(stored)
        else:
            document = self._resend(doc, "document")
        return self._send_captioned(chat_id, p, document=document)

    def _api_sendPhoto(self, p: dict) -> dict:
        chat_id = self._target_chat(p)
        photo = p.get("photo")
        if isinstance(photo, Upload):
            _check_upload(photo)
            fields = self._file_fields(self._store_file("photos", "photo.jpg", photo.data))
        else:
            fields = self._resend(photo, "photo")
        sizes = [{**fields, "width": 1280, "height": 960}]  # one size: the fake does not decode images
        return self._send_captioned(chat_id, p, photo=sizes)

    def _api_sendVoice(self, p: dict) -> dict:
        """A voice message: Telegram plays it in the chat (it does not check the encoding here; the real one
        wants OGG with OPUS, MP3 or M4A). Its duration is what the bot says, else 0 (the fake decodes nothing)."""
        chat_id = self._target_chat(p)
        voice = p.get("voice")
        if isinstance(voice, Upload):
            _check_upload(voice)
            stored = self._store_file("voice", voice.filename or "voice.ogg", voice.data)
            fields = self._file_fields(stored) | {"mime_type": voice.mime_type or "audio/ogg"}
        else:
            fields = self._resend(voice, "voice")
        return self._send_captioned(chat_id, p, voice={**fields, "duration": _int(p, "duration", 0)})

    def _send_captioned(self, chat_id: int, p: dict, **media: Any) -> dict:
        """sendDocument / sendPhoto / sendVoice once the file is known: the optional caption and keyboard, then
        the message."""
        caption, entities = self._formatted(p, "caption", 1024, optional=True)
        markup = _check_markup(p.get("reply_markup"))
        message = self._bot_message(
            chat_id, p, **media, caption=caption, caption_entities=entities, reply_markup=markup
        )
        return _public(message)

    def _api_setMyCommands(self, p: dict) -> bool:
        commands = p.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("can't parse commands JSON object")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        key = (_scope_key(p.get("scope")), str(p.get("language_code", "")))
        self._commands[key] = [{"command": c["command"], "description": c["description"]} for c in commands]
        return True

    def _api_getMyCommands(self, p: dict) -> list[dict]:
        return copy.deepcopy(self._commands.get((_scope_key(p.get("scope")), str(p.get("language_code", ""))), []))

    def _api_deleteMyCommands(self, p: dict) -> bool:
        self._commands.pop((_scope_key(p.get("scope")), str(p.get("language_code", ""))), None)
        return True

    def _api_setWebhook(self, p: dict) -> bool:
        url = str(p.get("url", ""))
        if not url:
            return self._api_deleteWebhook(p)
        # The fake never talks to anything but this machine.
        if urlsplit(url).scheme not in ("http", "https") or urlsplit(url).hostname not in ("127.0.0.1", "localhost"):
            raise bad_request("bad webhook: the fake Telegram only delivers to http(s)://127.0.0.1")
        secret = p.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise bad_request("secret token contains unallowed characters")
        if p.get("drop_pending_updates"):
            self._updates.clear()
        if "allowed_updates" in p:
            self._allowed_updates = set(p["allowed_updates"] or []) or None
        self._webhook = {"url": url, "secret_token": secret, "max_connections": _int(p, "max_connections", 40)}
        self._webhook_error = None
        self._webhook_wake.set()
        return True

    def _api_deleteWebhook(self, p: dict) -> bool:
        self._webhook = None
        if p.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _api_getWebhookInfo(self, p: dict) -> dict:
        info: dict[str, Any] = {"url": "", "has_custom_certificate": False, "pending_update_count": len(self._updates)}
        if self._webhook:
            info.update(url=self._webhook["url"], max_connections=self._webhook["max_connections"])
            if self._allowed_updates:
                info["allowed_updates"] = sorted(self._allowed_updates)
            if self._webhook_error:
                info.update(last_error_date=self._webhook_error[0], last_error_message=self._webhook_error[1])
        return info

    def _api_setChatMenuButton(self, p: dict) -> bool:
        self.menu_buttons[p.get("chat_id")] = p.get("menu_button") or {"type": "default"}
        return True

    def _api_getChatMenuButton(self, p: dict) -> dict:
        return self.menu_buttons.get(p.get("chat_id"), self.menu_buttons.get(None, {"type": "commands"}))

    def _api_sendChatAction(self, p: dict) -> bool:
        self._target_chat(p)
        if p.get("action") not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    def _api_createForumTopic(self, p: dict) -> dict:
        chat_id = self._target_chat(p)
        group = self._groups.get(chat_id)
        if group is None or not group.forum:
            raise bad_request("the chat is not a forum")
        if not group.can_manage_topics:
            raise bad_request("not enough rights to create a topic")
        name = str(p.get("name") or "")
        if not name.strip():
            raise bad_request("TOPIC_TITLE_EMPTY")
        if len(name) > 128:  # the documented range is 1-128 characters
            raise bad_request("TOPIC_TITLE_TOO_LONG")
        color = _int(p, "icon_color", TOPIC_ICON_COLORS[0])
        if color not in TOPIC_ICON_COLORS:
            raise bad_request("TOPIC_ICON_COLOR_INVALID")
        message = self._topic_created(chat_id, dict(self.bot_user), name, color)
        return {"message_thread_id": message["message_thread_id"], "name": name, "icon_color": color}

    def _api_getChat(self, p: dict) -> dict:
        """A ChatFullInfo; like Telegram: "chat not found" for a chat the bot is not in (never added, or left),
        403 for a group it was removed from, a migrate_to_chat_id for a basic group that became a supergroup."""
        chat_id = self._target_chat(p)
        chat, group = self._chats.get(chat_id), self._groups.get(chat_id)
        if chat is None or (group is not None and self._bot_status(group) == "left"):
            raise bad_request("chat not found")
        if group is not None and self._bot_status(group) == "kicked":
            raise ApiError(403, f"Forbidden: bot was kicked from the {chat['type']} chat")
        full = {
            **copy.deepcopy(chat), "accent_color_id": 0, "max_reaction_count": 11,
            "accepted_gift_types": {"unlimited_gifts": False, "limited_gifts": False, "unique_gifts": False,
                                    "premium_subscription": False, "gifts_from_channels": False},
        }  # fmt: skip
        if group is not None:
            allowed = group.members_can_send_messages
            full["permissions"] = {
                "can_send_messages": allowed, "can_send_audios": allowed, "can_send_documents": allowed,
                "can_send_photos": allowed, "can_send_videos": allowed, "can_send_video_notes": allowed,
                "can_send_voice_notes": allowed, "can_send_polls": allowed, "can_send_other_messages": allowed,
                "can_add_web_page_previews": allowed, "can_change_info": False, "can_invite_users": True,
                "can_pin_messages": False, "can_manage_topics": False,
            }  # fmt: skip
        return full

    def _api_getChatMember(self, p: dict) -> dict:
        """The bot's membership in a group as set by set_bot_member; a person who wrote in the group is a member,
        anybody else known has "left"."""
        chat_id = self._target_chat(p)
        user_id = _int(p, "user_id", 0)
        chat, group = self._chats.get(chat_id), self._groups.get(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        if user_id == self.bot_user["id"]:
            user = dict(self.bot_user)
            status = self._bot_status(group) if group is not None else "member"
        elif user_id in self._users:
            user = self._user(user_id)
            wrote = any(m.get("from", {}).get("id") == user_id for m in self._messages[chat_id].values())
            status = "member" if wrote or chat_id == user_id else "left"
        else:
            raise bad_request("user not found")
        if status == "administrator":
            rights = dict.fromkeys((
                "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
                "can_change_info", "can_invite_users", "can_pin_messages",
            ), True) | dict.fromkeys(("can_promote_members", "can_post_stories", "can_edit_stories",
                                      "can_delete_stories"), False)  # fmt: skip
            if chat.get("type") == "supergroup":
                rights["can_manage_topics"] = bool(group and group.can_manage_topics)
            return {"status": status, "user": user, "can_be_edited": False, "is_anonymous": False, **rights}
        if status == "restricted":
            allowed = bool(group and group.bot_can_send_messages)
            sending = dict.fromkeys((
                "can_send_messages", "can_send_audios", "can_send_documents", "can_send_photos", "can_send_videos",
                "can_send_video_notes", "can_send_voice_notes", "can_send_polls", "can_send_other_messages",
                "can_add_web_page_previews", "can_react_to_messages",
            ), allowed)  # fmt: skip
            return {"status": status, "user": user, "is_member": True, "can_change_info": False,
                    "can_invite_users": False, "can_pin_messages": False, "can_manage_topics": False,
                    "can_edit_tag": False, "until_date": 0, **sending}  # fmt: skip
        if status == "kicked":
            return {"status": status, "user": user, "until_date": 0}
        return {"status": status, "user": user}

    @staticmethod
    def _bot_status(group: Group) -> str:
        if group.bot_status is not None:
            return group.bot_status
        return "administrator" if group.can_manage_topics else "member"

    def _api_close(self, p: dict) -> bool:
        return True

    def _api_logOut(self, p: dict) -> bool:
        return True

    # --- helpers ---
    def _wake_pollers(self) -> None:
        self._update_event.set()
        self._update_event = asyncio.Event()

    def _push(self, update: dict) -> dict:
        kind = next(iter(update))
        update = {"update_id": next(self._update_ids), **update}
        allowed = self._allowed_updates
        if (kind not in allowed) if allowed else (kind in OPT_IN_UPDATES):
            return update  # Telegram does not even create updates the bot did not ask for
        return self._enqueue(update)

    def _enqueue(self, update: dict) -> dict:
        self._updates.append(update)
        self._wake_pollers()
        self._webhook_wake.set()
        return copy.deepcopy(update)

    def _remember_user(
        self, user_id: int, language_code: str, first_name: str, username: str | None, *, is_bot: bool = False
    ) -> None:
        user = {"id": user_id, "is_bot": is_bot, "first_name": first_name, "language_code": language_code}
        if username:
            user["username"] = username
        self._users[user_id] = user
        self._chats[user_id] = {"id": user_id, "type": "private", "first_name": first_name} | (
            {"username": username} if username else {}
        )

    def _user(self, user_id: int) -> dict:
        if user_id not in self._users:
            self._remember_user(user_id, "en", "Alice", None)
        return dict(self._users[user_id])

    def _chat(self, chat_id: int) -> dict:
        if chat_id in self._chats:
            return dict(self._chats[chat_id])
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": "User"}
        return {"id": chat_id, "type": "supergroup" if str(chat_id).startswith("-100") else "group", "title": "Chat"}

    def _new_message(self, chat_id: int, chat: dict | None = None) -> dict:
        return {
            "message_id": next(self._message_ids[chat_id]),
            "date": int(time.time()),
            "chat": chat or self._chat(chat_id),
        }

    def _user_message(self, chat_id: int, user_id: int, **content: Any) -> dict:
        sender = self._user(user_id)
        message = {**self._new_message(chat_id), "from": sender, **{k: v for k, v in content.items() if v is not None}}
        self._messages[chat_id][message["message_id"]] = message
        return copy.deepcopy(message)

    def _bot_message(self, chat_id: int, p: dict, **content: Any) -> dict:
        reply = p.get("reply_parameters") or {}
        reply_to = _int(p, "reply_to_message_id", 0) or _int(reply, "message_id", 0)
        original = self._messages[chat_id].get(reply_to) if reply_to else None
        if reply_to and original is None and not (reply.get("allow_sending_without_reply")
                                                  or p.get("allow_sending_without_reply")):
            raise bad_request("message to be replied not found")
        thread_id = _int(p, "message_thread_id", 0) if p.get("message_thread_id") is not None else None
        placement = self._placement(chat_id, thread_id, original)
        self._check_rate(chat_id)
        message = {**self._new_message(chat_id), "from": dict(self.bot_user), **placement}
        message.update({k: v for k, v in content.items() if v})
        self._messages[chat_id][message["message_id"]] = message
        return message

    def _placement(self, chat_id: int, thread_id: int | None, original: dict | None) -> dict:
        """Where a new message goes and what it carries for that, as Telegram places it: a topic (given, or the
        replied message's), a supergroup's reply thread, or just a reply."""
        group = self._groups.get(chat_id)
        if thread_id is not None and (group is None or thread_id not in group.topics):
            raise bad_request("message thread not found")
        if thread_id is None and original is not None and original.get("is_topic_message"):
            thread_id = original["message_thread_id"]  # a reply goes into the topic of the message it answers
        placed: dict[str, Any] = {}
        if thread_id is not None:
            placed.update(message_thread_id=thread_id, is_topic_message=True)
            original = original or self._messages[chat_id].get(thread_id)  # the topic's creation message
        elif original is not None and self._chat(chat_id).get("type") == "supergroup":
            placed["message_thread_id"] = original.get("message_thread_id", original["message_id"])
        if original is not None:
            # one level only: the replied message never carries its own reply_to_message
            placed["reply_to_message"] = {k: v for k, v in original.items() if k != "reply_to_message"}
        return placed

    def _topic_created(self, chat_id: int, sender: dict, name: str, color: int) -> dict:
        """The service message that opens a forum topic: its message id is the topic's thread id."""
        message = {**self._new_message(chat_id), "from": sender}
        message.update(message_thread_id=message["message_id"], is_topic_message=True,
                       forum_topic_created={"name": name, "icon_color": color})
        self._messages[chat_id][message["message_id"]] = message
        self._groups[chat_id].topics[message["message_id"]] = {"name": name, "icon_color": color}
        return message

    def _target_chat(self, p: dict) -> int:
        chat_id = p.get("chat_id")
        if chat_id in (None, ""):
            raise bad_request("chat_id is empty")
        if not isinstance(chat_id, int) or (self.strict_chats and chat_id not in self._chats):
            raise bad_request("chat not found")
        if chat_id in self._migrated:
            raise ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat",
                           {"migrate_to_chat_id": self._migrated[chat_id]})
        if chat_id in self._blocked:
            if chat_id < 0:
                raise ApiError(403, f"Forbidden: bot was kicked from the {self._chat(chat_id)['type']} chat")
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat_id

    def _check_rate(self, chat_id: int) -> None:
        """Telegram's flood limits: 1 message/s to a private chat, 20/min to a group, 30/s in all."""
        if not self.enforce_rate_limits:
            return
        now = time.monotonic()
        limits = [(chat_id, 1.0 if chat_id > 0 else 60.0, 1 if chat_id > 0 else 20), ("all", 1.0, 30)]
        for key, window, most in limits:
            sends = self._sends[key]
            while sends and sends[0] <= now - window:
                sends.popleft()
            if len(sends) >= most:
                retry_after = max(1, math.ceil(sends[0] + window - now))
                raise ApiError(429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after})
        for key, _, _ in limits:
            self._sends[key].append(now)

    def _formatted(self, p: dict, field: str, limit: int, optional: bool = False) -> tuple[str | None, list | None]:
        raw = p.get(field)
        if raw is None and optional:
            return None, None
        text, entities = str(raw or ""), p.get("entities" if field == "text" else "caption_entities")
        if str(p.get("parse_mode", "")).lower() == "html":
            text, entities = parse_html(text)
        if not text.strip() and not optional:
            raise bad_request("message text is empty")
        if len(text) > limit:  # counted after entity parsing, in characters
            raise bad_request("message is too long" if field == "text" else "message caption is too long")
        return text, entities or None

    def _editable(self, p: dict) -> dict:
        if p.get("inline_message_id"):
            raise bad_request("the fake Telegram has no inline messages")
        message = self._messages[self._target_chat(p)].get(_int(p, "message_id", 0))
        if message is None:
            raise bad_request("message to edit not found")
        if message.get("from", {}).get("id") != self.bot_user["id"]:
            raise bad_request("message can't be edited")
        return message

    def _edit(self, message: dict, **changes: Any) -> dict:
        if all(message.get(k) == v for k, v in changes.items()):
            raise bad_request(
                "message is not modified: specified new message content and reply markup are exactly the same as a "
                "current content and reply markup of the message"
            )
        for key, value in changes.items():
            if value:
                message[key] = value
            else:
                message.pop(key, None)
        message["edit_date"] = int(time.time())
        return _public(message)

    def _store_file(self, folder: str, filename: str, data: bytes) -> StoredFile:
        n = next(self._file_numbers)
        # Real file ids are ~70 characters: long enough to break a short column or a 64-byte callback_data.
        digest = hashlib.sha256(f"{self.token}/{n}".encode()).hexdigest()
        suffix = filename.rsplit(".", 1)[-1] if "." in filename else "bin"
        stored = StoredFile(f"BQACAgIAAxkB{n:06d}{digest[:52]}", f"AgAD{n:06d}", f"{folder}/file_{n}.{suffix}", data)
        self._files[stored.file_id] = self._file_paths[stored.file_path] = stored
        return stored

    @staticmethod
    def _file_fields(stored: StoredFile) -> dict:
        return {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id, "file_size": len(stored.data)}

    def _resend(self, file_id: Any, kind: str) -> dict:
        """Sending by file_id; URLs cannot be fetched (no network) and are refused like an unreachable URL."""
        if isinstance(file_id, str) and file_id.startswith(("http://", "https://")):
            raise bad_request("failed to get HTTP URL content")
        stored = self._files.get(str(file_id))
        if stored is None:
            raise bad_request("wrong file identifier/HTTP URL specified")
        fields = self._file_fields(stored)
        return fields | ({"file_name": stored.file_path.rsplit("/", 1)[-1]} if kind == "document" else {})

    async def _webhook_loop(self) -> None:
        """Delivers pending updates in order; one is forgotten only after a 2xx, else retried after a back-off."""
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
            try:
                await self._webhook_deliveries(session)
            finally:
                for task in self._in_flight.values():
                    task.cancel()
                await asyncio.gather(*self._in_flight.values(), return_exceptions=True)
                self._in_flight.clear()

    async def _webhook_deliveries(self, session: aiohttp.ClientSession) -> None:
        while True:
            self._webhook_wake.clear()
            if self.webhook_targets or self.webhook_connections > 1:
                self._start_deliveries(session)
                await self._webhook_wake.wait()  # a new update, or a delivery done
                continue
            if not (self._webhook and self._updates):
                await self._webhook_wake.wait()
                continue
            hook, update = self._webhook, self._updates[0]
            if await self._post(session, hook, update, hook["url"]):
                continue
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(WEBHOOK_RETRY_SECONDS):
                    await self._webhook_wake.wait()

    async def _post(self, session: aiohttp.ClientSession, hook: dict, update: dict, url: str) -> bool:
        """One delivery; a 2xx forgets the update. False: it stays, and the error shows in getWebhookInfo."""
        headers = {"X-Telegram-Bot-Api-Secret-Token": hook["secret_token"]} if hook["secret_token"] else {}
        status = 0
        try:
            async with session.post(url, json=update, headers=headers) as response:
                status = response.status
                ok = 200 <= response.status < 300
                error = f"Wrong response from the webhook: {response.status} {response.reason}"
        except (aiohttp.ClientError, TimeoutError) as exc:
            ok, error = False, f"Connection failed: {exc.__class__.__name__}"
        self.webhook_attempts.append((update["update_id"], url, status))
        if not ok:
            self._webhook_error = (int(time.time()), error)
            return False
        with contextlib.suppress(ValueError):
            self._updates.remove(update)
        self.webhook_deliveries.append(copy.deepcopy(update))
        self._notify()
        return True

    def _start_deliveries(self, session: aiohttp.ClientSession) -> None:
        """Several connections: the oldest pending update of each chat that has none on its way, oldest first, up to
        `webhook_connections` at once; each to the next of `webhook_targets` (or the webhook's URL)."""
        if not self._webhook:
            return
        busy = {_chat_key(update) for update in self._updates if update["update_id"] in self._in_flight}
        seen: set[Any] = set()
        for update in list(self._updates):
            if len(self._in_flight) >= self.webhook_connections:
                return
            chat = _chat_key(update)
            if chat in seen or chat in busy:
                continue  # a chat's later update waits for the one before it
            seen.add(chat)
            url = self._webhook["url"]
            if self.webhook_targets:
                url = self.webhook_targets[self._target_turn % len(self.webhook_targets)]
                self._target_turn += 1
            task = asyncio.create_task(self._deliver_one(session, self._webhook, update, url))
            self._in_flight[update["update_id"]] = task

    async def _deliver_one(self, session: aiohttp.ClientSession, hook: dict, update: dict, url: str) -> None:
        try:
            if not await self._post(session, hook, update, url):
                await asyncio.sleep(WEBHOOK_RETRY_SECONDS)  # the chat waits; the others go on
        finally:
            self._in_flight.pop(update["update_id"], None)
            self._webhook_wake.set()


def _chat_key(update: dict) -> Any:
    """The chat an update belongs to (its order is kept per chat), or the update itself when it has none."""
    for kind in ("message", "edited_message", "channel_post", "edited_channel_post", "my_chat_member", "chat_member"):
        if chat := (update.get(kind) or {}).get("chat"):
            return chat.get("id")
    query = update.get("callback_query") or {}
    if chat := (query.get("message") or {}).get("chat"):
        return chat.get("id")
    if sender := query.get("from"):
        return sender.get("id")
    return ("update", update["update_id"])


def _has_button(message: dict, data: str) -> bool:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
    return any(button.get("callback_data") == data for row in rows for button in row)


def _check_upload(upload: Upload) -> None:
    if not upload.data:
        raise bad_request("file must be non-empty")


def _check_markup(markup: Any) -> dict | None:
    """Inline keyboards are validated like Telegram; other keyboards are kept as sent."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard")
    if rows is None:
        return markup
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
    for button in itertools.chain.from_iterable(rows):
        if not isinstance(button, dict) or not button.get("text"):
            raise bad_request("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
        if "callback_data" in button and not 1 <= len(str(button["callback_data"]).encode()) <= 64:
            raise bad_request("BUTTON_DATA_INVALID")
        if set(button) == {"text"}:
            raise bad_request("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
    return markup


def _public(message: dict) -> dict:
    """The Message as the Bot API returns it: only an inline keyboard appears as reply_markup."""
    message = copy.deepcopy(message)
    if "inline_keyboard" not in (message.get("reply_markup") or {}):
        message.pop("reply_markup", None)
    return message


def _scope_key(scope: Any) -> str:
    return json.dumps(scope or {"type": "default"}, sort_keys=True)


def _int(p: dict, key: str, default: int) -> int:
    try:
        return int(p.get(key) or default)
    except (TypeError, ValueError):
        raise bad_request(f"invalid {key} specified") from None


def _decode(key: str, value: Any) -> Any:
    if isinstance(value, str) and key not in STRING_PARAMS:
        with contextlib.suppress(ValueError):
            return json.loads(value)
    return value


def _loggable(value: Any) -> Any:
    if isinstance(value, Upload):  # never keep file bytes in the request log
        return {"filename": value.filename, "mime_type": value.mime_type, "size": len(value.data)}
    return value


async def _read_params(request: web.Request) -> dict:
    """Query string plus a JSON, urlencoded or multipart body, decoded like the Bot API does."""
    params: dict[str, Any] = dict(request.query)
    if request.can_read_body:
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise bad_request("can't parse JSON object") from None
            if not isinstance(body, dict):
                raise bad_request("can't parse JSON object")
            params.update(body)
        else:
            for key, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    params[key] = Upload(value.filename, value.content_type, value.file.read())
                else:
                    params[key] = value
    return {key: _decode(key, value) for key, value in params.items()}


async def _serve(port: int, token: str) -> None:
    async with FakeTelegram(token, port=port) as fake:
        print(fake.url, flush=True)
        await asyncio.Event().wait()  # until the process is interrupted


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="A fake Telegram Bot API on 127.0.0.1 (control API: /_fake/…).")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.port, args.token))

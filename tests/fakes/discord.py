"""A fake Discord (REST API v10 + gateway) on 127.0.0.1 that the real discord.py can talk to in tests.

Point discord.py at it before the client logs in:

    discord.http.Route.BASE = fake.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)

discord.Client never asks GET /gateway/bot: it connects to DEFAULT_GATEWAY, and RESUMEs at READY's
resume_gateway_url (here fake.gateway_url + "/resume"); only AutoShardedClient uses the url from /gateway/bot.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import copy
import http
import json
import re
import time
import uuid
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import aiohttp
from aiohttp import web

from tests.fakes.common import FakeServer

DEFAULT_BOT_ID = 1_100_000_000_000_000_001
# A bot token starts with the base64 of the bot's user id, as real tokens do.
DEFAULT_TOKEN = base64.b64encode(str(DEFAULT_BOT_ID).encode()).decode().rstrip("=") + ".GfAkE1.fake-discord-token"
DISCORD_EPOCH_MS = 1_420_070_400_000
# Gateway intents the fake looks at.
GUILDS, GUILD_MEMBERS, GUILD_PRESENCES, GUILD_MESSAGES = 1 << 0, 1 << 1, 1 << 8, 1 << 9
DIRECT_MESSAGES, MESSAGE_CONTENT = 1 << 12, 1 << 15
PRIVILEGED_INTENTS = GUILD_MEMBERS | GUILD_PRESENCES | MESSAGE_CONTENT
EPHEMERAL, LOADING, HAS_THREAD = 1 << 6, 1 << 7, 1 << 5
# VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, ATTACH_FILES, READ_MESSAGE_HISTORY, USE_APPLICATION_COMMANDS,
# CREATE_PUBLIC_THREADS, SEND_MESSAGES_IN_THREADS: what @everyone and the bot may do.
PERMISSIONS = str(sum(1 << bit for bit in (10, 11, 14, 15, 16, 31, 35, 38)))
# Permission bits by name, for roles and channel permission overwrites (see set_role, set_overwrite).
ADMINISTRATOR, MANAGE_CHANNELS, VIEW_CHANNEL, SEND_MESSAGES = 1 << 3, 1 << 4, 1 << 10, 1 << 11
SEND_TTS_MESSAGES, EMBED_LINKS, ATTACH_FILES, READ_MESSAGE_HISTORY = 1 << 12, 1 << 14, 1 << 15, 1 << 16
MENTION_EVERYONE, USE_APPLICATION_COMMANDS, MANAGE_THREADS = 1 << 17, 1 << 31, 1 << 34
CREATE_PUBLIC_THREADS, CREATE_PRIVATE_THREADS, SEND_MESSAGES_IN_THREADS = 1 << 35, 1 << 36, 1 << 38
ALL_PERMISSIONS = (1 << 51) - 1
# Channel types the fake can create (add_guild_channel), with what discord.py reads of each.
CHANNEL_KINDS: dict[int, dict[str, Any]] = {
    0: {"topic": None, "rate_limit_per_user": 0, "nsfw": False, "last_message_id": None},  # text
    2: {"bitrate": 64000, "user_limit": 0, "rtc_region": None, "nsfw": False, "rate_limit_per_user": 0,
        "last_message_id": None},  # voice
    4: {"nsfw": False},  # category
    5: {"topic": None, "rate_limit_per_user": 0, "nsfw": False, "last_message_id": None},  # announcement
    13: {"bitrate": 64000, "user_limit": 0, "rtc_region": None, "nsfw": False, "rate_limit_per_user": 0,
         "topic": None},  # stage
    15: {"topic": None, "rate_limit_per_user": 0, "nsfw": False, "available_tags": [], "default_reaction_emoji": None,
         "default_sort_order": None, "default_forum_layout": 0, "last_message_id": None},  # forum
}
# The locales Discord accepts (user locales, and keys of name_localizations / description_localizations).
LOCALES = {
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl", "pt-BR",
    "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko",
}  # fmt: skip
LOCALE_ALIASES = {"en": "en-US", "es": "es-ES", "pt": "pt-BR", "sv": "sv-SE", "zh": "zh-CN", "nb": "no"}
COMMAND_NAME = re.compile(r"[-_'\w]{1,32}")


class ApiError(Exception):
    """A Discord error answer: HTTP status plus Discord's JSON error code."""

    def __init__(self, status: int, code: int, message: str, errors: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.errors = status, code, message, errors

    def body(self) -> dict:
        body: dict[str, Any] = {"message": self.message, "code": self.code}
        if self.errors:
            body["errors"] = self.errors
        return body


def invalid_form(where: str, code: str, message: str) -> ApiError:
    """400 / 50035 with Discord's nested "errors" object, e.g. {"content": {"_errors": [...]}}."""
    errors: dict = {"_errors": [{"code": code, "message": message}]}
    for part in reversed(where.split(".")):
        errors = {part: errors}
    return ApiError(400, 50035, "Invalid Form Body", errors)


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _json(data: Any, status: int = 200, headers: dict | None = None) -> web.Response:
    # discord.py parses a body as JSON only if Content-Type is exactly "application/json" (no "; charset=").
    return web.Response(
        status=status, body=json.dumps(data).encode(), headers={"Content-Type": "application/json", **(headers or {})}
    )


@dataclass(eq=False)
class _Socket:
    """One gateway websocket; everything it sends goes through outbox, in order (an int there = close code)."""

    ws: web.WebSocketResponse
    zlib: Any  # a compressobj when the client asked for compress=zlib-stream
    outbox: asyncio.Queue = field(default_factory=asyncio.Queue)
    session: _Session | None = None
    closing: bool = False  # the fake closed it (then the session stays resumable)

    def send(self, item: dict | int) -> None:
        self.outbox.put_nowait(item)

    def close(self, code: int) -> None:
        self.closing = True
        self.send(code)


@dataclass(eq=False)
class _Session:
    id: str
    intents: int
    shard: list | None
    seq: int = 0
    log: list[dict] = field(default_factory=list)  # every dispatch, for RESUME
    socket: _Socket | None = None  # None while disconnected: dispatches are only logged
    valid: bool = True


@dataclass
class _Call:
    method: str
    payload: Any
    files: dict[int, tuple[str, bytes, str]]
    query: Any


class FakeDiscord(FakeServer):
    """Discord for one bot token, plus the user side: what people do and what the bot answered."""

    def __init__(self, token: str = DEFAULT_TOKEN, *, port: int = 0, heartbeat_interval: float = 1.0):
        self.token = token
        self.port = port
        self.heartbeat_interval = heartbeat_interval  # seconds; real Discord says ~41.25
        head = token.split(".", 1)[0]
        with contextlib.suppress(ValueError):
            head = base64.b64decode(head + "=" * (-len(head) % 4)).decode()
        self.bot_id = int(head) if head.isdigit() else DEFAULT_BOT_ID
        self.application_id = self.bot_id  # as for every bot created since 2020
        self.bot_user = {
            "id": str(self.bot_id), "username": "frontdoor-test", "discriminator": "0", "global_name": "Frontdoor",
            "avatar": None, "bot": True, "public_flags": 0,
        }  # fmt: skip
        # Fault knobs.
        self.latency = 0.0
        self.require_message_content = True  # guild messages lose their content without the MESSAGE_CONTENT intent
        self.privileged_intents = PRIVILEGED_INTENTS  # those switched on in the developer portal
        self.interaction_timeout = 3.0  # an interaction not answered in time is gone (10062 Unknown interaction)
        self.interaction_token_lifetime = 15 * 60.0  # then followups and edits of its answers fail (50027)
        # The bot's role may mention @everyone and every role (MENTION_EVERYONE), as on many servers: then only
        # allowed_mentions stands between a text and a ping, which is what the tests want to see.
        self.bot_may_mention_everyone = True
        self.recommended_shards = 1  # what GET /gateway/bot tells a bot that asks how many shards to run
        self._failures: list[list] = []  # [match, status, count left, retry_after]
        self._dms_closed: set[int] = set()
        # What the test can inspect.
        self.requests: list[tuple[str, str, Any]] = []  # (method, path?query under api_base, body)
        self.identify_payloads: list[dict] = []
        self.gateway_connects: list[str] = []  # path?query of every websocket connection
        self.resume_count = 0
        self.interaction_responses: dict[int, dict] = {}  # interaction id -> {"type": …, "data": …}
        # Who each bot message notified when it was posted: message id -> {"users": [ids], "roles": [ids],
        # "everyone": bool}, after allowed_mentions, permissions and mentionable roles (edits notify nobody).
        self.pings: dict[int, dict] = {}
        self.errors: list[str] = []  # requests the fake itself could not handle (a bug here, or a very odd call)
        # Discord state; public objects keep Discord's string ids.
        self._last_id = 0
        self._users: dict[int, dict] = {self.bot_id: self.bot_user}
        self._locales: dict[int, str] = {}
        self.owner_id = self.add_user("owner")
        self._guilds: dict[int, dict] = {}
        self._channels: dict[int, dict] = {}
        self._dm_of: dict[int, int] = {}
        self._messages: dict[int, dict[int, dict]] = defaultdict(dict)  # channel id -> message id -> message
        self._message_channel: dict[int, int] = {}
        self._allowed_mentions: dict[int, Any] = {}
        self._files: dict[int, tuple[str, bytes, str]] = {}
        self._commands: dict[int | None, list[dict]] = {}
        self._command_ids: dict[tuple, int] = {}
        self._interactions: dict[int, dict] = {}
        self._thread_members: dict[int, set[int]] = defaultdict(set)
        # Gateway state.
        self._sessions: dict[str, _Session] = {}
        self._sockets: set[_Socket] = set()
        self._identified = False
        self._early: list[tuple[str, dict]] = []  # user events from before the first IDENTIFY (see _dispatch)
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""
        p = r"(\d+)"
        self._routes: list[tuple[re.Pattern, dict[str, Callable], bool]] = [
            (re.compile(path), handlers, auth)
            for path, handlers, auth in [
                ("/users/@me", {"GET": self._api_me}, True),
                (f"/users/{p}", {"GET": self._api_user}, True),
                ("/users/@me/channels", {"POST": self._api_create_dm}, True),
                ("/oauth2/applications/@me", {"GET": self._api_application}, True),
                ("/gateway", {"GET": self._api_gateway}, False),
                ("/gateway/bot", {"GET": self._api_gateway_bot}, True),
                (f"/channels/{p}", {"GET": self._api_channel}, True),
                (f"/channels/{p}/messages", {"GET": self._api_history, "POST": self._api_send}, True),
                (f"/channels/{p}/messages/{p}", {"GET": self._api_message, "PATCH": self._api_edit,
                                                 "DELETE": self._api_delete}, True),
                (f"/channels/{p}/typing", {"POST": lambda call, cid: self._channel(int(cid)) and None}, True),
                (f"/channels/{p}/threads", {"POST": self._api_thread}, True),
                (f"/channels/{p}/messages/{p}/threads", {"POST": self._api_thread}, True),
                (f"/channels/{p}/thread-members/{p}", {"PUT": self._api_thread_member,
                                                       "DELETE": self._api_thread_member}, True),
                (f"/guilds/{p}/roles", {"GET": self._api_guild_roles}, True),
                (f"/guilds/{p}/channels", {"GET": self._api_guild_channels}, True),
                (f"/guilds/{p}/members/{p}", {"GET": self._api_guild_member}, True),
                (f"/applications/{p}/commands", {"GET": self._api_commands, "PUT": self._api_commands}, True),
                (f"/applications/{p}/guilds/{p}/commands", {"GET": self._api_commands, "PUT": self._api_commands},
                 True),
                # Interaction callbacks and followups carry no Authorization header: the token in the URL is the key.
                (rf"/interactions/{p}/([^/]+)/callback", {"POST": self._api_callback}, False),
                (rf"/webhooks/{p}/([^/]+)", {"POST": self._api_followup}, False),
                (rf"/webhooks/{p}/([^/]+)/messages/(@original|\d+)", dict.fromkeys(("GET", "PATCH", "DELETE"),
                                                                                  self._api_webhook_message), False),
            ]
        ]

    # --- life cycle ---
    @property
    def api_base(self) -> str:
        return f"{self.url}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    @property
    def connected(self) -> bool:
        """A session has a live websocket (READY or RESUMED sent)."""
        return any(s.socket for s in self._sessions.values())

    async def start(self) -> FakeDiscord:
        app = web.Application(client_max_size=30 * 1024 * 1024)  # bots may upload 25 MB
        app.router.add_route("*", "/api/v10/{path:.*}", self._handle_api)
        app.router.add_get("/gateway", self._handle_gateway)
        app.router.add_get("/gateway/resume", self._handle_gateway)
        app.router.add_get("/attachments/{channel}/{id}/{name}", self._handle_attachment)
        await self._serve(app, shutdown_timeout=2.0)
        return self

    async def stop(self) -> None:
        for sock in list(self._sockets):
            sock.close(1001)  # going away; the handlers end once the close handshake is done
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(3):
                while self._sockets:
                    await self._changed.wait()
        await self._stop_serving()

    # --- the world ---
    def add_user(self, name: str, locale: str = "en") -> int:
        user_id = self._snowflake()
        username = re.sub(r"[^a-z0-9_.]", "", name.lower()) or "user"
        self._users[user_id] = {
            "id": str(user_id), "username": username, "discriminator": "0", "global_name": name, "avatar": None,
            "bot": False, "public_flags": 0,
        }  # fmt: skip
        self._locales[user_id] = _locale(locale)
        return user_id

    def add_guild(self, name: str) -> int:
        guild_id = self._snowflake()
        everyone = {
            "id": str(guild_id), "name": "@everyone", "permissions": PERMISSIONS, "position": 0, "color": 0,
            "hoist": False, "managed": False, "mentionable": False, "flags": 0,
        }  # fmt: skip
        self._guilds[guild_id] = {"name": name, "roles": [everyone], "joined_at": _now(), "members": {}}
        self._join(guild_id, self.bot_id)
        self._dispatch("GUILD_CREATE", self._guild_payload(guild_id), early=False)  # the bot was added to it
        return guild_id

    def add_text_channel(self, guild_id: int, name: str) -> int:
        if guild_id not in self._guilds:
            raise LookupError(f"no guild {guild_id}")
        channel_id = self._snowflake()
        position = sum(c.get("guild_id") == str(guild_id) for c in self._channels.values())
        self._channels[channel_id] = {
            "id": str(channel_id), "type": 0, "guild_id": str(guild_id), "name": name, "position": position,
            "permission_overwrites": [], "nsfw": False, "topic": None, "rate_limit_per_user": 0, "parent_id": None,
            "last_message_id": None, "flags": 0,
        }  # fmt: skip
        self._dispatch("CHANNEL_CREATE", copy.deepcopy(self._channels[channel_id]), early=False)
        return channel_id

    def add_role(self, guild_id: int, name: str, *, mentionable: bool = True) -> int:
        """A role in a guild (e.g. the volunteers'); a role that is not mentionable is only pinged by someone with
        MENTION_EVERYONE (see bot_may_mention_everyone)."""
        if guild_id not in self._guilds:
            raise LookupError(f"no guild {guild_id}")
        role_id = self._snowflake()
        roles = self._guilds[guild_id]["roles"]
        role = {
            "id": str(role_id), "name": name, "permissions": "0", "position": len(roles), "color": 0, "hoist": False,
            "managed": False, "mentionable": mentionable, "flags": 0,
        }  # fmt: skip
        roles.append(role)
        self._dispatch("GUILD_ROLE_CREATE", {"guild_id": str(guild_id), "role": copy.deepcopy(role)}, early=False)
        return role_id

    def add_guild_channel(self, guild_id: int, name: str, kind: int, *, parent_id: int | None = None) -> int:
        """A guild channel of another type than text: 2 voice, 4 category, 5 announcement, 13 stage, 15 forum
        (0, text, too; add_text_channel is the usual way); `parent_id`: the category it sits in."""
        if guild_id not in self._guilds:
            raise LookupError(f"no guild {guild_id}")
        if kind not in CHANNEL_KINDS:
            raise LookupError(f"the fake has no channel type {kind} (it knows {sorted(CHANNEL_KINDS)})")
        channel_id = self._snowflake()
        position = sum(c.get("guild_id") == str(guild_id) for c in self._channels.values())
        self._channels[channel_id] = {
            "id": str(channel_id), "type": kind, "guild_id": str(guild_id), "name": name, "position": position,
            "permission_overwrites": [], "parent_id": str(parent_id) if parent_id else None, "flags": 0,
            **copy.deepcopy(CHANNEL_KINDS[kind]),
        }  # fmt: skip
        self._dispatch("CHANNEL_CREATE", copy.deepcopy(self._channels[channel_id]), early=False)
        return channel_id

    def add_bot_role(self, guild_id: int, permissions: int, *, name: str = "Frontdoor") -> int:
        """The managed role Discord gives a bot invited with permissions (OAuth2 "bot" scope), held by the bot."""
        role_id = self.add_role(guild_id, name, mentionable=False)
        role = self._role(guild_id, role_id)
        role.update(permissions=str(permissions), managed=True, tags={"bot_id": str(self.bot_id)})
        self._dispatch("GUILD_ROLE_UPDATE", {"guild_id": str(guild_id), "role": copy.deepcopy(role)}, early=False)
        self.give_role(guild_id, self.bot_id, role_id)
        return role_id

    def give_role(self, guild_id: int, user_id: int, role_id: int) -> None:
        """A member gets a role (GUILD_MEMBER_UPDATE)."""
        self._role(guild_id, role_id)
        self._join(guild_id, user_id)
        member = self._guilds[guild_id]["members"][user_id]
        if str(role_id) not in member["roles"]:
            member["roles"].append(str(role_id))
        self._dispatch("GUILD_MEMBER_UPDATE", {"guild_id": str(guild_id), **copy.deepcopy(member)}, early=False)

    def set_role(
        self, guild_id: int, role_id: int, *, permissions: int | None = None, mentionable: bool | None = None
    ) -> None:
        """Change a role's permissions or whether anyone may mention it; @everyone's id is the guild's id."""
        role = self._role(guild_id, role_id)
        if permissions is not None:
            role["permissions"] = str(permissions)
        if mentionable is not None:
            role["mentionable"] = mentionable
        self._dispatch("GUILD_ROLE_UPDATE", {"guild_id": str(guild_id), "role": copy.deepcopy(role)}, early=False)

    def set_overwrite(
        self, channel_id: int, target_id: int, *, allow: int = 0, deny: int = 0, member: bool = False
    ) -> None:
        """A channel permission overwrite for a role (or, with member=True, a member; @everyone: the guild's id),
        replacing any it had; allow=deny=0 removes it."""
        channel = self._channel(channel_id)
        if "guild_id" not in channel:
            raise LookupError(f"channel {channel_id} is not a guild channel")
        kept = [o for o in channel.get("permission_overwrites", []) if o["id"] != str(target_id)]
        if allow or deny:
            kept.append({"id": str(target_id), "type": 1 if member else 0, "allow": str(allow), "deny": str(deny)})
        channel["permission_overwrites"] = kept
        self._dispatch("CHANNEL_UPDATE", copy.deepcopy(channel), early=False)

    def permissions_in(self, channel_id: int, user_id: int | None = None) -> int:
        """What a member (by default the bot) may do in a guild channel, computed as Discord does: @everyone and
        the member's roles, administrator and owner, then the channel's overwrites for @everyone, for the roles and
        for the member; without View Channel nothing, without Send Messages none of what comes with sending. A
        thread has its parent's permissions."""
        user_id = self.bot_id if user_id is None else user_id
        channel = self._channel(channel_id)
        if channel["type"] in (10, 11, 12):
            channel = self._channel(int(channel["parent_id"]))
        if "guild_id" not in channel:
            raise LookupError(f"channel {channel_id} is not a guild channel")
        guild_id = int(channel["guild_id"])
        guild = self._guilds[guild_id]
        if user_id == self.owner_id:
            return ALL_PERMISSIONS
        member = guild["members"].get(user_id)
        if member is None:
            return 0
        roles = {r["id"]: int(r["permissions"]) for r in guild["roles"]}
        base = roles[str(guild_id)]
        for role_id in member["roles"]:
            base |= roles.get(role_id, 0)
        if base & ADMINISTRATOR:
            return ALL_PERMISSIONS
        overwrites = {o["id"]: o for o in channel.get("permission_overwrites", [])}
        if everyone := overwrites.get(str(guild_id)):
            base = (base & ~int(everyone["deny"])) | int(everyone["allow"])
        allow = deny = 0
        for role_id in member["roles"]:
            if (overwrite := overwrites.get(role_id)) and overwrite["type"] == 0:
                allow, deny = allow | int(overwrite["allow"]), deny | int(overwrite["deny"])
        base = (base & ~deny) | allow
        if (own := overwrites.get(str(user_id))) and own["type"] == 1:
            base = (base & ~int(own["deny"])) | int(own["allow"])
        if not base & VIEW_CHANNEL:
            return 0
        if not base & SEND_MESSAGES:
            base &= ~(SEND_TTS_MESSAGES | MENTION_EVERYONE | EMBED_LINKS | ATTACH_FILES)
        return base

    def roles(self, guild_id: int) -> list[dict]:
        """A guild's roles as Discord lists them (@everyone first; its id is the guild's)."""
        if guild_id not in self._guilds:
            raise LookupError(f"no guild {guild_id}")
        return copy.deepcopy(self._guilds[guild_id]["roles"])

    def close_dms(self, user_id: int) -> None:
        """The user does not accept DMs from the bot: sending to their DM channel fails with 50007."""
        self._dms_closed.add(user_id)

    def open_dms(self, user_id: int) -> None:
        self._dms_closed.discard(user_id)

    def dm_channel_of(self, user_id: int) -> int:
        """The user's DM channel with the bot (one per user, created on first use, like Discord)."""
        self._user(user_id)
        if user_id not in self._dm_of:
            channel_id = self._snowflake()
            self._channels[channel_id] = {
                "id": str(channel_id), "type": 1, "recipients": [self._user(user_id)], "last_message_id": None,
                "flags": 0,
            }  # fmt: skip
            self._dm_of[user_id] = channel_id
        return self._dm_of[user_id]

    # --- the user side: what people do ---
    def user_dms(
        self,
        user_id: int,
        content: str,
        attachments: Iterable[tuple[str, bytes, str]] = (),
        reply_to: int | None = None,
    ) -> dict:
        """A DM to the bot: MESSAGE_CREATE in the user's DM channel (`reply_to`: a Discord reply to that message
        of the DM channel, e.g. one of the bot's)."""
        channel_id = self.dm_channel_of(user_id)
        original = None
        if reply_to is not None:
            original = self._messages[channel_id].get(reply_to)
            if original is None:
                raise LookupError(f"no message {reply_to} in the DM channel {channel_id}")
        message = self._new_message(channel_id, self._user(user_id), content, self._uploads(channel_id, attachments))
        if original is not None:
            message.update(type=19, referenced_message=copy.deepcopy(original), message_reference={
                "type": 0, "message_id": original["id"], "channel_id": str(channel_id),
            })  # fmt: skip
        self._dispatch("MESSAGE_CREATE", self._message_event(message))
        return copy.deepcopy(message)

    def user_posts(
        self,
        channel_id: int,
        user_id: int,
        content: str,
        mentions_bot: bool = False,
        attachments: Iterable[tuple[str, bytes, str]] = (),
        reply_to: int | None = None,
    ) -> dict:
        """A message in a guild channel or thread (`reply_to`: a Discord reply to that message of the same
        channel); the user becomes a member of the guild, and of a public thread, if needed."""
        channel = self._channel(channel_id)
        if "guild_id" not in channel:
            raise LookupError(f"channel {channel_id} is not a guild channel (use user_dms)")
        self._join(int(channel["guild_id"]), user_id)
        if channel["type"] == 12 and user_id not in self._thread_members[channel_id]:
            raise LookupError(f"user {user_id} cannot see private thread {channel_id} (add them first)")
        if channel["type"] in (10, 11, 12):
            self._thread_members[channel_id].add(user_id)
            channel["member_count"] = len(self._thread_members[channel_id])
        original = None
        if reply_to is not None:
            original = self._messages[channel_id].get(reply_to)
            if original is None:
                raise LookupError(f"no message {reply_to} in channel {channel_id}")
        mention = f"<@{self.bot_id}>"
        if mentions_bot and mention not in content:
            content = f"{mention} {content}"
        message = self._new_message(channel_id, self._user(user_id), content, self._uploads(channel_id, attachments))
        users, roles = self._mentioned(channel_id, content)
        message.update(mentions=[self._user(u) for u in users], mention_roles=[str(r) for r in roles])
        if original is not None:
            message.update(type=19, referenced_message=copy.deepcopy(original), message_reference={
                "type": 0, "message_id": original["id"], "channel_id": str(channel_id), "guild_id": channel["guild_id"],
            })  # fmt: skip
        self._dispatch("MESSAGE_CREATE", self._message_event(message))
        return copy.deepcopy(message)

    def user_opens_thread(self, channel_id: int, user_id: int, name: str) -> int:
        """A person starts a public thread in a text channel (no starter message): THREAD_CREATE; its id."""
        channel = self._channel(channel_id)
        if channel["type"] != 0:
            raise LookupError(f"channel {channel_id} is not a text channel")
        self._join(int(channel["guild_id"]), user_id)
        return int(self._new_thread(channel, user_id, name, 11, 4320)["id"])

    def user_clicks(self, user_id: int, message_id: int, custom_id: str, *, locale: str | None = None) -> int:
        """A button press on a message: INTERACTION_CREATE type 3; returns the interaction id."""
        return self._component_interaction(user_id, message_id, custom_id, {2}, {}, locale)

    def user_selects(
        self, user_id: int, message_id: int, custom_id: str, values: list[str], *, locale: str | None = None
    ) -> int:
        """A choice in a string select menu (component type 3); returns the interaction id."""
        return self._component_interaction(user_id, message_id, custom_id, {3}, {"values": list(values)}, locale)

    def user_slash(
        self,
        user_id: int,
        name: str,
        guild_id: int | None = None,
        channel_id: int | None = None,
        options: dict[str, Any] | None = None,
        locale: str | None = None,
    ) -> int:
        """A slash command (INTERACTION_CREATE type 2), in a DM unless guild_id/channel_id say otherwise.

        The command must have been registered (guild commands first, then global ones), as in a real client;
        options are {name: value} for top-level options. Returns the interaction id."""
        if channel_id is not None and "guild_id" in self._channel(channel_id):
            guild_id = int(self._channel(channel_id)["guild_id"])
        if guild_id is not None and channel_id is None:
            channel_id = next(int(c["id"]) for c in self._channels.values() if c.get("guild_id") == str(guild_id))
        if channel_id is None:
            channel_id = self.dm_channel_of(user_id)
        scopes = ([guild_id] if guild_id else []) + [None]
        found = [(s, c) for s in scopes for c in self._commands.get(s, []) if c["name"] == name and c["type"] == 1]
        if not found:
            raise LookupError(f"no slash command {name!r} is registered here")
        scope, command = found[0]
        contexts = command.get("contexts") or ([0] if command.get("dm_permission") is False else [0, 1, 2])
        if (0 if guild_id else 1) not in contexts:
            raise LookupError(f"/{name} is not available {'in guilds' if guild_id else 'in DMs'}")
        data: dict[str, Any] = {"id": command["id"], "name": name, "type": 1}
        if scope:
            data["guild_id"] = str(scope)
        declared = {o["name"]: o for o in command.get("options") or []}
        given = options or {}
        if unknown := set(given) - set(declared):
            raise LookupError(f"/{name} has no option {sorted(unknown)}")
        if missing := [o for o, d in declared.items() if d.get("required") and o not in given]:
            raise LookupError(f"/{name} needs option(s) {missing}")
        if given:
            data["options"] = []
            for option, value in given.items():
                kind = declared[option]["type"]
                if kind == 6:  # USER: the id, with the user in "resolved"
                    data.setdefault("resolved", {}).setdefault("users", {})[str(value)] = self._user(int(value))
                    value = str(value)
                data["options"].append({"name": option, "type": kind, "value": value})
        return self._interaction(user_id, channel_id, 2, data, locale)

    # --- the user side: what the bot did ---
    def sent(self, channel_id: int) -> list[dict]:
        """The bot's messages in a channel (incl. interaction responses, ephemeral ones too), edits applied."""
        bot = str(self.bot_id)
        return [self._with_extras(m) for m in self._messages[channel_id].values() if m["author"]["id"] == bot]

    def sent_to_user(self, user_id: int) -> list[dict]:
        return self.sent(self._dm_of[user_id]) if user_id in self._dm_of else []

    def message(self, message_id: int) -> dict:
        channel_id = self._message_channel[message_id]
        return self._with_extras(self._messages[channel_id][message_id])

    def attachment_data(self, attachment: dict) -> bytes:
        """The bytes of an attachment of a message (as its url on the CDN serves them)."""
        return self._files[int(attachment["id"])][1]

    def pinged(self, message_id: int) -> dict:
        """Whom a bot message notified: {"users": [ids], "roles": [ids], "everyone": bool}."""
        return copy.deepcopy(self.pings.get(message_id, {"users": [], "roles": [], "everyone": False}))

    def original_response(self, interaction_id: int) -> dict | None:
        """An interaction's first answer as it stands now (a deferred "thinking…" replaced by the first followup
        or edit), or None if there is none (not answered with a message, or deleted)."""
        original = self._interactions[interaction_id]["original_id"]
        if original is None or original not in self._messages[self._interactions[interaction_id]["channel_id"]]:
            return None
        return self.message(original)

    def thread(self, thread_id: int) -> dict:
        """A thread as Discord stores it (parent_id, type 11 public / 12 private, thread_metadata)."""
        channel = self._channel(thread_id)
        if channel["type"] not in (10, 11, 12):
            raise LookupError(f"channel {thread_id} is not a thread")
        return copy.deepcopy(channel)

    def events_of_shard(self, shard_id: int) -> list[tuple[str, dict]]:
        """(event, data) of every dispatch sent to the sessions that identified as this shard, oldest first."""
        return [(p["t"], copy.deepcopy(p["d"])) for session in self._sessions.values()
                if session.shard and session.shard[0] == shard_id for p in session.log]

    @property
    def commands(self) -> dict[int | None, list[dict]]:
        """Registered application commands: None = global, else by guild id."""
        return copy.deepcopy(self._commands)

    async def wait_for(
        self,
        what: Callable[[], Any] | int,
        channel_id: int | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109 - reads best in tests, and the error says what was sent
    ) -> Any:
        """Until what() is truthy, or the bot sent `what` messages (to channel_id, or in all); returns that."""
        return await self._wait_for(what, channel_id, timeout, lambda c: [m["content"] for m in self.sent(c)])

    # --- fault knobs ---
    def fail_next(self, match: str, status: int = 500, count: int = 1, retry_after: float = 0.5) -> None:
        """The next `count` API calls whose "METHOD /path?query" contains `match` ("*" = any) fail with `status`.

        A 429 looks like Discord's own (with "Via"; discord.py takes a 429 without it for a Cloudflare ban)."""
        self._failures.append([match, status, count, retry_after])

    def disconnect(self, code: int = 4000) -> None:
        """Drops the bot's websocket with a resumable close code (4000 Unknown error): discord.py reconnects to
        resume_gateway_url and RESUMEs; whatever is dispatched meanwhile is replayed then."""
        for session in self._sessions.values():
            if session.socket:
                session.socket.close(code)
                session.socket = None  # from now on dispatches are only logged, until the RESUME

    # --- REST ---
    async def _handle_api(self, request: web.Request) -> web.Response:
        method, path = request.method, "/" + request.match_info["path"]
        where = f"{path}?{request.query_string}" if request.query_string else path
        try:
            if self.latency:
                await asyncio.sleep(self.latency)
            handler, args, auth = self._route(method, path)
            if auth and request.headers.get("Authorization") != f"Bot {self.token}":
                raise ApiError(401, 0, "401: Unauthorized")
            payload, files = await _read_body(request)
            logged = {"files": [{"filename": f[0], "size": len(f[1])} for f in files.values()]} if files else {}
            self.requests.append((method, where, {**payload, **logged} if isinstance(payload, dict) else payload))
            if failure := self._take_failure(f"{method} {where}"):
                return failure
            result = handler(_Call(method, payload, files, request.query), *args)
        except ApiError as error:
            return _json(error.body(), error.status)
        except Exception as error:  # a 500 would make discord.py retry for ~25 s: fail at once instead
            self.errors.append(f"{method} {where}: {error!r}")
            return _json({"message": f"fake Discord cannot handle this: {error!r}", "code": 0}, 400)
        finally:
            self._notify()
        return web.Response(status=204) if result is None else _json(result)

    def _route(self, method: str, path: str) -> tuple[Callable, tuple, bool]:
        for pattern, handlers, auth in self._routes:
            if m := pattern.fullmatch(path):
                if method not in handlers:
                    raise ApiError(405, 0, "405: Method Not Allowed")
                return handlers[method], m.groups(), auth
        raise ApiError(404, 0, "404: Not Found")

    def _take_failure(self, call: str) -> web.Response | None:
        for failure in self._failures:
            match, status, _, retry_after = failure
            if match == "*" or match in call:
                failure[2] -= 1
                if failure[2] <= 0:
                    self._failures.remove(failure)
                if status == 429:
                    body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": False}
                    return _json(body, 429, {"Via": "1.1 google", "Retry-After": str(max(1, round(retry_after)))})
                return _json({"message": f"{status}: {http.HTTPStatus(status).phrase}", "code": 0}, status)
        return None

    async def _handle_attachment(self, request: web.Request) -> web.Response:
        """The CDN: attachment urls need no token."""
        stored = self._files.get(int(request.match_info["id"])) if request.match_info["id"].isdigit() else None
        if stored is None:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=stored[1], content_type=stored[2])

    def _api_me(self, call: _Call) -> dict:
        return {**self.bot_user, "verified": True, "mfa_enabled": False, "flags": 0, "locale": "en-US", "email": None}

    def _api_user(self, call: _Call, user_id: str) -> dict:
        if int(user_id) not in self._users:
            raise ApiError(404, 10013, "Unknown User")
        return copy.deepcopy(self._users[int(user_id)])

    def _application_flags(self) -> int:
        # GATEWAY_PRESENCE, GATEWAY_GUILD_MEMBERS, GATEWAY_MESSAGE_CONTENT: the portal switches of privileged intents
        pairs = ((GUILD_PRESENCES, 1 << 12), (GUILD_MEMBERS, 1 << 14), (MESSAGE_CONTENT, 1 << 18))
        return sum(flag for intent, flag in pairs if self.privileged_intents & intent)

    def _api_application(self, call: _Call) -> dict:
        flags = self._application_flags()
        return {
            "id": str(self.application_id), "name": "Frontdoor", "icon": None, "description": "", "bot_public": False,
            "bot_require_code_grant": False, "verify_key": "0" * 64, "owner": self._user(self.owner_id), "team": None,
            "flags": flags, "bot": self.bot_user, "interactions_endpoint_url": None, "tags": [], "redirect_uris": [],
        }  # fmt: skip

    def _api_gateway(self, call: _Call) -> dict:
        return {"url": self.gateway_url}

    def _api_gateway_bot(self, call: _Call) -> dict:
        limit = {"total": 1000, "remaining": 999, "reset_after": 14_400_000, "max_concurrency": 1}
        return {"url": self.gateway_url, "shards": self.recommended_shards, "session_start_limit": limit}

    def _api_create_dm(self, call: _Call) -> dict:
        recipient = int((call.payload or {}).get("recipient_id") or 0)
        if recipient not in self._users or recipient == self.bot_id:
            raise ApiError(400, 50033, "Invalid Recipient(s)")
        return copy.deepcopy(self._channels[self.dm_channel_of(recipient)])

    def _api_guild_roles(self, call: _Call, guild_id: str) -> list[dict]:
        if int(guild_id) not in self._guilds:
            raise ApiError(404, 10004, "Unknown Guild")
        return copy.deepcopy(self._guilds[int(guild_id)]["roles"])

    def _api_guild_channels(self, call: _Call, guild_id: str) -> list[dict]:
        if int(guild_id) not in self._guilds:
            raise ApiError(404, 10004, "Unknown Guild")
        channels = self._channels.values()
        return copy.deepcopy([c for c in channels if c.get("guild_id") == guild_id and c["type"] not in (10, 11, 12)])

    def _api_guild_member(self, call: _Call, guild_id: str, user_id: str) -> dict:
        if int(guild_id) not in self._guilds:
            raise ApiError(404, 10004, "Unknown Guild")
        member = self._guilds[int(guild_id)]["members"].get(int(user_id))
        if member is None:
            raise ApiError(404, 10007, "Unknown Member")
        return copy.deepcopy(member)

    def _api_channel(self, call: _Call, channel_id: str) -> dict:
        return copy.deepcopy(self._channel(int(channel_id)))

    def _api_history(self, call: _Call, channel_id: str) -> list[dict]:
        self._channel(int(channel_id))
        messages = [m for m in self._messages[int(channel_id)].values() if not m["flags"] & EPHEMERAL]  # oldest first
        limit = min(max(int(call.query.get("limit", 50)), 1), 100)
        if after := call.query.get("after"):
            messages = [m for m in messages if int(m["id"]) > int(after)][:limit]  # the ones right after `after`
        else:
            if before := call.query.get("before"):
                messages = [m for m in messages if int(m["id"]) < int(before)]
            messages = messages[-limit:]
        return copy.deepcopy(messages[::-1])  # Discord answers newest first, whatever the parameters

    def _api_message(self, call: _Call, channel_id: str, message_id: str) -> dict:
        return copy.deepcopy(self._stored(int(channel_id), int(message_id)))

    def _api_send(self, call: _Call, channel_id: str) -> dict:
        channel = self._channel(int(channel_id))
        if channel["type"] == 1 and int(channel["recipients"][0]["id"]) in self._dms_closed:
            raise ApiError(403, 50007, "Cannot send messages to this user")
        payload = call.payload or {}
        fields = self._message_fields(int(channel_id), payload, call.files)
        if not any(fields.get(k) for k in ("content", "embeds", "attachments", "components", "poll")):
            raise ApiError(400, 50006, "Cannot send an empty message")
        if reference := payload.get("message_reference"):
            original = self._messages[int(channel_id)].get(int(reference.get("message_id") or 0))
            if original is not None:
                fields.update(type=19, referenced_message=copy.deepcopy(original), message_reference={
                    "type": 0, "message_id": original["id"], "channel_id": channel_id,
                    **({"guild_id": channel["guild_id"]} if "guild_id" in channel else {}),
                })  # fmt: skip
            elif reference.get("fail_if_not_exists", True):
                raise invalid_form("message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message")
        message = self._bot_message(int(channel_id), fields, payload)
        return copy.deepcopy(message)

    def _api_edit(self, call: _Call, channel_id: str, message_id: str) -> dict:
        message = self._stored(int(channel_id), int(message_id))
        if message["author"]["id"] != str(self.bot_id):
            raise ApiError(403, 50005, "Cannot edit a message authored by another user")
        return self._edit(message, call)

    def _api_delete(self, call: _Call, channel_id: str, message_id: str) -> None:
        message = self._stored(int(channel_id), int(message_id))
        del self._messages[int(channel_id)][int(message_id)]
        if not message["flags"] & EPHEMERAL:
            event = {"id": message_id, "channel_id": channel_id}
            if guild_id := self._channels[int(channel_id)].get("guild_id"):
                event["guild_id"] = guild_id
            self._dispatch("MESSAGE_DELETE", event, early=False)

    def _api_thread(self, call: _Call, channel_id: str, message_id: str | None = None) -> dict:
        parent = self._channel(int(channel_id))
        payload = call.payload or {}
        if parent["type"] not in (0, 5):
            raise ApiError(400, 50024, "Cannot execute action on this channel type")
        if not 1 <= len(str(payload.get("name") or "")) <= 100:
            raise invalid_form("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
        archive = payload.get("auto_archive_duration") or 4320
        if archive not in (60, 1440, 4320, 10080):
            raise invalid_form("auto_archive_duration", "BASE_TYPE_CHOICES", "Value must be one of {60, 1440, 4320, "
                               "10080}.")  # fmt: skip
        if message_id is not None:
            message = self._stored(int(channel_id), int(message_id))
            if "thread" in message:
                raise ApiError(400, 160004, "A thread has already been created for this message")
            kind = 10 if parent["type"] == 5 else 11
        else:
            # API v10: without a starter message the type is required (v9 defaulted to a private thread)
            kind = payload.get("type")
            if kind not in ((10,) if parent["type"] == 5 else (11, 12)):
                raise invalid_form("type", "BASE_TYPE_CHOICES", f"Value must be one of {{10, 11, 12}} and fit the "
                                   f"channel: {kind!r}")  # fmt: skip
        thread = self._new_thread(parent, self.bot_id, payload["name"], kind, archive, message_id=message_id,
                                  rate_limit=payload.get("rate_limit_per_user") or 0)
        if message_id is not None:
            message.update(thread=copy.deepcopy(thread), flags=message["flags"] | HAS_THREAD)
        return thread

    def _new_thread(self, parent: dict, owner_id: int, name: str, kind: int, archive: int, *,
                    message_id: str | None = None, rate_limit: int = 0) -> dict:
        # A thread started from a message has the message's id.
        thread_id = int(message_id) if message_id else self._snowflake()
        now = _now()
        thread = {
            "id": str(thread_id), "type": kind, "guild_id": parent["guild_id"], "parent_id": parent["id"],
            "owner_id": str(owner_id), "name": name, "last_message_id": None, "message_count": 0, "member_count": 1,
            "total_message_sent": 0, "flags": 0, "rate_limit_per_user": rate_limit,
            "thread_metadata": {
                "archived": False, "auto_archive_duration": archive, "archive_timestamp": now, "locked": False,
                "create_timestamp": now, **({"invitable": True} if kind == 12 else {}),
            },
        }  # fmt: skip
        self._channels[thread_id] = thread
        self._thread_members[thread_id].add(owner_id)
        event = {**copy.deepcopy(thread), "newly_created": True}
        if owner_id == self.bot_id:  # the thread member object of the current user, in its own threads
            event["member"] = {"id": str(thread_id), "user_id": str(self.bot_id), "join_timestamp": now, "flags": 0}
        self._dispatch("THREAD_CREATE", event, early=False)
        return copy.deepcopy(thread)

    def _api_thread_member(self, call: _Call, thread_id: str, user_id: str) -> None:
        thread = self._channel(int(thread_id))
        if thread["type"] not in (10, 11, 12):
            raise ApiError(400, 50024, "Cannot execute action on this channel type")
        if int(user_id) not in self._users:
            raise ApiError(404, 10013, "Unknown User")
        if call.method == "PUT":
            self._join(int(thread["guild_id"]), int(user_id))
            self._thread_members[int(thread_id)].add(int(user_id))
        else:
            self._thread_members[int(thread_id)].discard(int(user_id))
        thread["member_count"] = len(self._thread_members[int(thread_id)])

    def _api_commands(self, call: _Call, application_id: str, guild_id: str | None = None) -> list[dict]:
        if int(application_id) != self.application_id:
            raise ApiError(403, 50001, "Missing Access")
        scope = int(guild_id) if guild_id else None
        if scope is not None and scope not in self._guilds:
            raise ApiError(403, 50001, "Missing Access")  # the bot is not in that guild
        if call.method == "GET":
            return copy.deepcopy(self._commands.get(scope, []))
        if not isinstance(call.payload, list) or len(call.payload) > 100:
            raise invalid_form("_", "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.")
        seen: set[tuple] = set()
        stored = []
        for i, command in enumerate(call.payload):
            kind = command.get("type", 1)
            _check_command(command, str(i), chat_input=kind == 1)
            if (kind, command["name"]) in seen:
                raise invalid_form(f"{i}.name", "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names "
                                   "must be unique")  # fmt: skip
            seen.add((kind, command["name"]))
            # Overwriting keeps the id of a command with the same name and type, as Discord does.
            command_id = self._command_ids.setdefault((scope, kind, command["name"]), self._snowflake())
            permissions = command.get("default_member_permissions")
            stored.append({
                "name_localizations": None, "description_localizations": None, "description": "", "options": [],
                "nsfw": False, **command, "id": str(command_id), "application_id": str(self.application_id),
                "version": str(self._snowflake()), "type": kind,
                "default_member_permissions": None if permissions is None else str(permissions),
                **({"guild_id": str(scope)} if scope else {}),
            })  # fmt: skip
        self._commands[scope] = stored
        return copy.deepcopy(stored)

    def _api_callback(self, call: _Call, interaction_id: str, token: str) -> dict | None:
        interaction = self._interactions.get(int(interaction_id))
        if interaction is None or interaction["token"] != token:
            raise ApiError(404, 10062, "Unknown interaction")
        if interaction["response_type"] is not None:
            raise ApiError(400, 40060, "Interaction has already been acknowledged.")
        if time.monotonic() - interaction["created"] > self.interaction_timeout:
            raise ApiError(404, 10062, "Unknown interaction")
        payload = call.payload or {}
        kind, data = payload.get("type"), payload.get("data") or {}
        on_component = interaction["type"] in (3, 5)
        if kind not in (4, 5, 6, 7, 8, 9) or (kind in (6, 7) and not on_component):
            raise invalid_form("type", "INTERACTION_RESPONSE_TYPE_INVALID", "Interaction response type is invalid")
        message = None
        if kind == 4:  # CHANNEL_MESSAGE_WITH_SOURCE
            message = self._response_message(interaction, data, call.files)
        elif kind == 5:  # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: "Bot is thinking…" until @original is edited
            message = self._response_message(interaction, {"flags": LOADING | (data.get("flags", 0) & EPHEMERAL)}, {})
        elif kind == 7:  # UPDATE_MESSAGE: edits the message the component is on
            target = self._stored(interaction["channel_id"], interaction["message_id"])
            message = self._edit(target, _Call("PATCH", data, call.files, {}))
        interaction["response_type"] = kind
        if kind in (4, 5):
            interaction["original_id"] = int(message["id"])  # type: ignore[index]
        self.interaction_responses[int(interaction_id)] = {"type": kind, "data": copy.deepcopy(data)}
        if call.query.get("with_response") not in ("1", "true", "True"):
            return None
        # discord.py always asks ?with_response=1 and parses this InteractionCallbackResponse.
        about: dict[str, Any] = {"id": interaction_id, "type": interaction["type"]}
        answer: dict[str, Any] = {"interaction": about}
        if message is not None:
            about.update(response_message_id=message["id"], response_message_loading=kind == 5,
                         response_message_ephemeral=bool(message["flags"] & EPHEMERAL))  # fmt: skip
            answer["resource"] = {"type": kind, "message": copy.deepcopy(message)}
        return answer

    def _api_followup(self, call: _Call, application_id: str, token: str) -> dict | None:
        interaction = self._interaction_of(application_id, token)
        payload = call.payload or {}
        original = self._messages[interaction["channel_id"]].get(interaction["original_id"] or 0)
        if original is not None and original["flags"] & LOADING:
            # After a deferred answer (5) the first followup replaces the "thinking" message, which stays as
            # ephemeral as the defer made it, whatever flags the followup asks for.
            message = self._edit(original, call)
            return message if call.query.get("wait") in ("1", "true", "True") else None
        fields = self._message_fields(interaction["channel_id"], payload, call.files)
        if not any(fields.get(k) for k in ("content", "embeds", "attachments", "components", "poll")):
            raise ApiError(400, 50006, "Cannot send an empty message")
        fields.update(self._interaction_fields(interaction))
        fields["flags"] = (payload.get("flags") or 0) & (EPHEMERAL | 4 | 4096)
        message = self._bot_message(interaction["channel_id"], fields, payload)
        return copy.deepcopy(message) if call.query.get("wait") in ("1", "true", "True") else None

    def _api_webhook_message(self, call: _Call, application_id: str, token: str, which: str) -> dict | None:
        interaction = self._interaction_of(application_id, token)
        message_id = int(which) if which != "@original" else interaction["original_id"]
        if message_id is None and interaction["response_type"] in (6, 7):
            message_id = interaction["message_id"]  # after a (deferred) update, @original is the component's message
        message = self._messages[interaction["channel_id"]].get(message_id or 0)
        if message is None:
            raise ApiError(404, 10008, "Unknown Message")
        if call.method == "PATCH":
            return self._edit(message, call)
        if call.method == "DELETE":
            return self._api_delete(call, str(interaction["channel_id"]), str(message_id))
        return copy.deepcopy(message)

    # --- gateway ---
    async def _handle_gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(timeout=2.0)
        await ws.prepare(request)
        self.gateway_connects.append(str(request.rel_url))
        # discord.py asks compress=zlib-stream (zstd-stream if zstandard is installed). It only decompresses
        # binary frames, so for anything but zlib-stream the fake sends plain text frames.
        compress = request.query.get("compress") == "zlib-stream"
        sock = _Socket(ws, zlib.compressobj() if compress else None)
        self._sockets.add(sock)
        writer = asyncio.create_task(self._write(sock), name="fake-discord-gateway-writer")
        sock.send({"op": 10, "d": {"heartbeat_interval": int(self.heartbeat_interval * 1000)}, "s": None, "t": None})
        if request.query.get("v") != "10" or request.query.get("encoding", "json") != "json":
            sock.close(4012 if request.query.get("v") != "10" else 4002)  # Invalid API version / Decode error
        try:
            async for msg in ws:
                if sock.closing:
                    continue
                try:
                    payload = json.loads(msg.data) if msg.type is aiohttp.WSMsgType.TEXT else None
                except ValueError:
                    payload = None
                if not isinstance(payload, dict):
                    sock.close(4002)
                    continue
                self._gateway_op(sock, payload.get("op"), payload.get("d"))
        finally:
            if not sock.closing:
                writer.cancel()  # the client went away: nothing more to send
            with contextlib.suppress(asyncio.CancelledError, ConnectionError, RuntimeError):
                await writer
            self._sockets.discard(sock)
            session = sock.session
            if session is not None and session.socket is sock:
                session.socket = None
                # A client closing with 1000/1001 ends its session; any other close leaves it resumable.
                if not sock.closing and ws.close_code in (1000, 1001):
                    session.valid = False
            self._notify()
        return ws

    async def _write(self, sock: _Socket) -> None:
        while True:
            item = await sock.outbox.get()
            if isinstance(item, int):
                await sock.ws.close(code=item)
                return
            text = json.dumps(item)
            if sock.zlib:  # zlib-stream: one zlib context per connection, each payload ends with a sync flush
                await sock.ws.send_bytes(sock.zlib.compress(text.encode()) + sock.zlib.flush(zlib.Z_SYNC_FLUSH))
            else:
                await sock.ws.send_str(text)

    def _gateway_op(self, sock: _Socket, op: Any, d: Any) -> None:
        if op == 1:  # HEARTBEAT
            sock.send({"op": 11, "d": None, "s": None, "t": None})
        elif op in (2, 6) and sock.session is not None:
            sock.close(4005)  # Already authenticated
        elif op == 2:
            self._identify(sock, d or {})
        elif op == 6:
            self._resume(sock, d or {})
        elif sock.session is None:
            sock.close(4003)  # Not authenticated
        elif op == 8:  # REQUEST_GUILD_MEMBERS (discord.py chunks guilds when it has the GUILD_MEMBERS intent)
            members = list(self._guilds.get(int(d.get("guild_id") or 0), {}).get("members", {}).values())
            if user_ids := d.get("user_ids"):
                members = [m for m in members if m["user"]["id"] in {str(u) for u in user_ids}]
            else:
                members = [m for m in members if m["user"]["username"].startswith(d.get("query") or "")]
            chunk = {"guild_id": str(d.get("guild_id")), "members": members[: d.get("limit") or None],
                     "chunk_index": 0, "chunk_count": 1, "not_found": [], "nonce": d.get("nonce")}  # fmt: skip
            self._emit(sock.session, "GUILD_MEMBERS_CHUNK", chunk)
        elif op not in (3, 4):  # presence and voice state updates are accepted and ignored
            sock.close(4001)  # Unknown opcode
        self._notify()

    def _identify(self, sock: _Socket, d: dict) -> None:
        intents = d.get("intents")
        if d.get("token") != self.token:
            return sock.close(4004)  # Authentication failed
        if not isinstance(intents, int) or not 0 <= intents < 1 << 26:
            return sock.close(4013)  # Invalid intent(s)
        if intents & PRIVILEGED_INTENTS & ~self.privileged_intents:
            return sock.close(4014)  # Disallowed intent(s): discord.py raises PrivilegedIntentsRequired
        shard = d.get("shard")
        if shard is not None and not (
            isinstance(shard, list) and len(shard) == 2 and all(isinstance(n, int) for n in shard)
            and 0 <= shard[0] < shard[1]
        ):  # fmt: skip
            return sock.close(4010)  # Invalid shard
        self.identify_payloads.append(copy.deepcopy(d))
        session = _Session(uuid.uuid4().hex, intents, shard)
        self._sessions[session.id] = session
        session.socket, sock.session = sock, session
        ready = {
            "v": 10, "user": {**self.bot_user, "verified": True, "mfa_enabled": False, "flags": 0},
            "guilds": [{"id": str(g), "unavailable": True} for g in self._guilds if _on_shard(session.shard, g)],
            "session_id": session.id,
            "resume_gateway_url": f"{self.gateway_url}/resume", "session_type": "normal", "private_channels": [],
            "relationships": [], "presences": [], "user_settings": {}, "geo_ordered_rtc_regions": [],
            "application": {"id": str(self.application_id), "flags": self._application_flags()},
        }  # fmt: skip
        if session.shard is not None:
            ready["shard"] = session.shard
        self._emit(session, "READY", ready)
        for guild_id in self._guilds:
            self._emit(session, "GUILD_CREATE", self._guild_payload(guild_id))
        if not self._identified:
            self._identified = True
            for event, data in self._early:
                if event == "INTERACTION_CREATE":  # the 3 seconds to answer start when the bot gets it
                    self._interactions[int(data["id"])]["created"] = time.monotonic()
                self._emit(session, event, data)
            self._early.clear()

    def _resume(self, sock: _Socket, d: dict) -> None:
        session = self._sessions.get(str(d.get("session_id")))
        if d.get("token") != self.token:
            return sock.close(4004)
        seq = d.get("seq") or 0
        if session is None or not session.valid or seq > session.seq:
            return sock.send({"op": 9, "d": False, "s": None, "t": None})  # INVALID_SESSION, not resumable
        if session.socket is not None and session.socket is not sock:
            session.socket.close(4000)
        for payload in session.log:
            if payload["s"] > seq:
                sock.send(payload)
        session.socket, sock.session = sock, session
        self.resume_count += 1
        self._emit(session, "RESUMED", {})

    def _dispatch(self, event: str, data: dict, *, early: bool = True) -> None:
        """Sends an event to every live or resumable session.

        Real Discord drops events nobody is connected for. The fake keeps user events from before the very first
        IDENTIFY (early=True), so a test does not race the bot's start-up; later ones are dropped, as on Discord."""
        sessions = [s for s in self._sessions.values() if s.valid]
        if not sessions and early and not self._identified:
            self._early.append((event, copy.deepcopy(data)))
        for session in sessions:
            self._emit(session, event, data)
        self._notify()

    def _emit(self, session: _Session, event: str, data: dict) -> None:
        if not _wanted(session.intents, event, data):
            return  # Discord does not even send what the intents leave out
        if event not in ("READY", "RESUMED") and not _on_shard(session.shard, _guild_of(event, data)):
            return  # another shard's server (or, for a DM, a shard other than 0)
        data = copy.deepcopy(data)
        if (
            event in ("MESSAGE_CREATE", "MESSAGE_UPDATE") and "guild_id" in data and self.require_message_content
            and not session.intents & MESSAGE_CONTENT and data["author"]["id"] != str(self.bot_id)
            and str(self.bot_id) not in [u["id"] for u in data.get("mentions", [])]
        ):  # fmt: skip
            data.update(content="", embeds=[], attachments=[], components=[])
        session.seq += 1
        payload = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.log.append(payload)
        if session.socket:
            session.socket.send(payload)

    # --- helpers ---
    def _snowflake(self) -> int:
        """Increasing ids built like Discord's (milliseconds since 2015 << 22), unique across kinds."""
        self._last_id = max((int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22, self._last_id + 1)
        return self._last_id

    def _user(self, user_id: int) -> dict:
        if user_id not in self._users:
            raise LookupError(f"no user {user_id} (add_user first)")
        return copy.deepcopy(self._users[user_id])

    def _role(self, guild_id: int, role_id: int) -> dict:
        if guild_id not in self._guilds:
            raise LookupError(f"no guild {guild_id}")
        for role in self._guilds[guild_id]["roles"]:
            if role["id"] == str(role_id):
                return role
        raise LookupError(f"no role {role_id} in guild {guild_id}")

    def _channel(self, channel_id: int) -> dict:
        if channel_id not in self._channels:
            raise ApiError(404, 10003, "Unknown Channel")
        return self._channels[channel_id]

    def _stored(self, channel_id: int, message_id: int) -> dict:
        self._channel(channel_id)
        if message_id not in self._messages[channel_id]:
            raise ApiError(404, 10008, "Unknown Message")
        return self._messages[channel_id][message_id]

    def _with_extras(self, message: dict) -> dict:
        message = copy.deepcopy(message)
        if (allowed := self._allowed_mentions.get(int(message["id"]))) is not None:
            message["allowed_mentions"] = copy.deepcopy(allowed)
        return message

    def _mentioned(self, channel_id: int, content: str) -> tuple[list[int], list[int]]:
        """The users and (in a guild) roles a text mentions, in order, once each; unknown ids are plain text."""
        users = [int(u) for u in dict.fromkeys(re.findall(r"<@!?(\d+)>", content)) if int(u) in self._users]
        roles: list[int] = []
        if guild_id := self._channels[channel_id].get("guild_id"):
            known = {r["id"] for r in self._guilds[int(guild_id)]["roles"] if r["id"] != guild_id}
            roles = [int(r) for r in dict.fromkeys(re.findall(r"<@&(\d+)>", content)) if r in known]
        return users, roles

    def _pings(self, channel_id: int, content: str, allowed: dict | None, replied: dict | None) -> dict:
        """Whom a bot message notifies, as Discord decides: what the text mentions, narrowed by allowed_mentions
        (absent: everything mentioned, and the author of the message replied to), by mentionable roles and by
        the bot's permission to mention everyone. Invalid allowed_mentions are refused as Discord does."""
        if allowed is None:
            allowed = {"parse": ["users", "roles", "everyone"], "replied_user": True}
        if not isinstance(allowed, dict):
            raise invalid_form("allowed_mentions", "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType")
        parse = allowed.get("parse") or []
        if not set(parse) <= {"users", "roles", "everyone"}:
            raise invalid_form("allowed_mentions.parse", "BASE_TYPE_CHOICES", f"Value must be one of ('roles', "
                               f"'users', 'everyone'): {parse!r}")  # fmt: skip
        for kind in ("users", "roles"):
            listed = allowed.get(kind) or []
            if kind in parse and listed:
                raise invalid_form(f"allowed_mentions.{kind}", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                                   f'parse:["{kind}"] and {kind}: [ids...] are mutually exclusive.')  # fmt: skip
            if len(listed) > 100:
                raise invalid_form(f"allowed_mentions.{kind}", "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in "
                                   "length.")  # fmt: skip
        users, roles = self._mentioned(channel_id, content)
        if "users" not in parse:
            users = [u for u in users if str(u) in {str(x) for x in allowed.get("users") or []}]
        if replied and allowed.get("replied_user") and int(replied["author"]["id"]) not in (self.bot_id, *users):
            users.append(int(replied["author"]["id"]))
        if "roles" not in parse:
            roles = [r for r in roles if str(r) in {str(x) for x in allowed.get("roles") or []}]
        everyone = False
        if guild_id := self._channels[channel_id].get("guild_id"):
            mentionable = {int(r["id"]) for r in self._guilds[int(guild_id)]["roles"] if r["mentionable"]}
            roles = [r for r in roles if r in mentionable or self.bot_may_mention_everyone]
            everyone = ("everyone" in parse and self.bot_may_mention_everyone
                        and re.search(r"@(everyone|here)\b", content) is not None)  # fmt: skip
        else:
            roles = []  # no roles, and nobody to notify with @everyone, in a DM
        return {"users": users, "roles": roles, "everyone": everyone}

    def _set_mentions(self, message: dict, pings: dict) -> None:
        """A message's mention fields list only who was allowed to be mentioned (what clients highlight)."""
        message.update(mentions=[self._user(u) for u in pings["users"]], mention_everyone=pings["everyone"],
                       mention_roles=[str(r) for r in pings["roles"]])  # fmt: skip

    def _join(self, guild_id: int, user_id: int) -> None:
        self._guilds[guild_id]["members"].setdefault(user_id, {
            "user": self._user(user_id), "roles": [], "joined_at": _now(), "deaf": False, "mute": False, "flags": 0,
            "pending": False, "nick": None, "avatar": None, "premium_since": None,
            "communication_disabled_until": None,
        })  # fmt: skip

    def _guild_payload(self, guild_id: int) -> dict:
        guild = self._guilds[guild_id]
        channels = [c for c in self._channels.values() if c.get("guild_id") == str(guild_id)]
        return copy.deepcopy({
            "id": str(guild_id), "name": guild["name"], "icon": None, "owner_id": str(self.owner_id),
            "roles": guild["roles"], "joined_at": guild["joined_at"], "unavailable": False, "large": False,
            "channels": [c for c in channels if c["type"] not in (10, 11, 12)],
            "threads": [c for c in channels if c["type"] in (10, 11, 12)],
            # Without the GUILD_PRESENCES intent Discord only lists the bot itself; discord.py compares
            # member_count with that and chunks (op 8) when it has the GUILD_MEMBERS intent.
            "members": [guild["members"][self.bot_id]], "member_count": len(guild["members"]),
            "features": [], "emojis": [], "stickers": [], "voice_states": [], "presences": [], "stage_instances": [],
            "guild_scheduled_events": [], "soundboard_sounds": [], "preferred_locale": "en-US",
            "system_channel_id": None, "rules_channel_id": None, "verification_level": 0,
            "default_message_notifications": 0, "explicit_content_filter": 0, "mfa_level": 0, "nsfw_level": 0,
            "premium_tier": 0, "afk_timeout": 300, "description": None,
        })  # fmt: skip

    def _uploads(self, channel_id: int, files: Iterable[tuple[str, bytes, str]]) -> list[dict]:
        attachments = []
        for filename, data, content_type in files:
            attachment_id = self._snowflake()
            self._files[attachment_id] = (filename, data, content_type)
            url = f"{self.url}/attachments/{channel_id}/{attachment_id}/{quote(filename)}"
            attachments.append({"id": str(attachment_id), "filename": filename, "size": len(data), "url": url,
                                "proxy_url": url, "content_type": content_type})  # fmt: skip
        return attachments

    def _new_message(self, channel_id: int, author: dict, content: str, attachments: list | None = None) -> dict:
        channel = self._channel(channel_id)
        message_id = self._snowflake()
        message = {
            "id": str(message_id), "channel_id": str(channel_id), "author": author, "content": content,
            "timestamp": _now(), "edited_timestamp": None, "tts": False, "mention_everyone": False, "mentions": [],
            "mention_roles": [], "attachments": attachments or [], "embeds": [], "components": [], "pinned": False,
            "type": 0, "flags": 0,
        }  # fmt: skip
        self._messages[channel_id][message_id] = message
        self._message_channel[message_id] = channel_id
        channel["last_message_id"] = str(message_id)
        if "thread_metadata" in channel:
            channel["message_count"] += 1
            channel["total_message_sent"] += 1
        return message

    def _message_event(self, message: dict) -> dict:
        """A message as the gateway sends it: with guild_id and the author's member in guilds."""
        event = copy.deepcopy(message)
        if guild_id := self._channels[int(message["channel_id"])].get("guild_id"):
            event["guild_id"] = guild_id
            member = self._guilds[int(guild_id)]["members"].get(int(message["author"]["id"]))
            if member and "webhook_id" not in message:
                event["member"] = {k: v for k, v in member.items() if k != "user"}
        return event

    def _message_fields(self, channel_id: int, payload: dict, files: dict, old: dict | None = None) -> dict:
        """The message fields a create or edit body sets, validated like Discord."""
        fields: dict[str, Any] = {}
        if "content" in payload:
            fields["content"] = payload["content"] or ""
            if len(fields["content"]) > 2000:
                raise invalid_form("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.")
        if "embeds" in payload:
            fields["embeds"] = payload["embeds"] or []
            if len(fields["embeds"]) > 10:
                raise invalid_form("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
        if "components" in payload:
            fields["components"] = _check_components(payload["components"] or [])
        if "flags" in payload and payload["flags"] is not None:
            fields["flags"] = payload["flags"] & (4 | 4096 | 1 << 15)  # suppress embeds/notifications, components v2
        for key in ("tts", "nonce", "poll"):
            if payload.get(key):
                fields[key] = payload[key]
        if "attachments" in payload or files:
            kept = {a["id"]: a for a in (old or {}).get("attachments", [])}
            attachments = []
            for index, meta in enumerate(payload.get("attachments") or [{"id": i} for i in files]):
                upload = files.get(int(meta["id"])) if str(meta.get("id")).isdigit() else None
                if str(meta.get("id")) in kept:
                    attachments.append(kept[str(meta["id"])])
                elif upload is not None:
                    attachments += self._uploads(channel_id, [(meta.get("filename") or upload[0], *upload[1:])])
                else:
                    raise invalid_form(f"attachments.{index}", "ATTACHMENT_NOT_FOUND", "Unknown attachment")
            if len(attachments) > 10:
                raise invalid_form("attachments", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
            fields["attachments"] = attachments
        return fields

    def _bot_message(self, channel_id: int, fields: dict, payload: dict) -> dict:
        pings = self._pings(channel_id, fields.get("content") or "", payload.get("allowed_mentions"),
                            fields.get("referenced_message"))
        message = self._new_message(channel_id, copy.deepcopy(self.bot_user), "")
        message.update(copy.deepcopy(fields))
        self._set_mentions(message, pings)
        if not message["flags"] & LOADING:  # the "thinking…" placeholder notifies when a followup fills it
            self.pings[int(message["id"])] = pings
        if "allowed_mentions" in payload:
            self._allowed_mentions[int(message["id"])] = copy.deepcopy(payload["allowed_mentions"])
        if not message["flags"] & EPHEMERAL:  # the bot gets its own messages too (ephemeral ones nobody else sees)
            self._dispatch("MESSAGE_CREATE", self._message_event(message), early=False)
        return message

    def _edit(self, message: dict, call: _Call) -> dict:
        payload = call.payload or {}
        fields = self._message_fields(int(message["channel_id"]), payload, call.files, old=message)
        allowed = payload["allowed_mentions"] if "allowed_mentions" in payload else self._allowed_mentions.get(
            int(message["id"]))
        pings = self._pings(int(message["channel_id"]), fields.get("content", message["content"]) or "", allowed,
                            message.get("referenced_message"))
        loading = message["flags"] & LOADING
        # An edit cannot make a message ephemeral or not, and it ends the loading state.
        kept = message["flags"] & ~LOADING
        fields["flags"] = fields["flags"] | kept & EPHEMERAL if "flags" in fields else kept
        message.update(copy.deepcopy(fields), edited_timestamp=_now())
        self._set_mentions(message, pings)
        if loading:  # the answer replacing "thinking…" is the message people get; later edits notify nobody
            self.pings[int(message["id"])] = pings
        if "allowed_mentions" in payload:
            self._allowed_mentions[int(message["id"])] = copy.deepcopy(payload["allowed_mentions"])
        if not message["flags"] & EPHEMERAL:
            self._dispatch("MESSAGE_UPDATE", self._message_event(message), early=False)
        return copy.deepcopy(message)

    def _locale_of(self, user_id: int, locale: str | None) -> str:
        return _locale(locale) if locale else self._locales.get(user_id, "en-US")

    def _component_interaction(
        self, user_id: int, message_id: int, custom_id: str, types: set[int], extra: dict, locale: str | None
    ) -> int:
        if message_id not in self._message_channel:
            raise LookupError(f"no message {message_id}")
        channel_id = self._message_channel[message_id]
        message = self._messages[channel_id].get(message_id)
        component = _find_component(message or {}, custom_id)
        if component is None or component["type"] not in types:
            raise LookupError(f"message {message_id} has no {'button' if 2 in types else 'select'} {custom_id!r}")
        if component.get("disabled"):
            raise LookupError(f"{custom_id!r} is disabled")
        if "values" in extra:
            options = {o["value"] for o in component.get("options", [])}
            lowest, highest = component.get("min_values", 1), component.get("max_values", 1)
            if not set(extra["values"]) <= options or not lowest <= len(extra["values"]) <= highest:
                raise LookupError(f"{extra['values']} cannot be chosen in {custom_id!r}")
        data = {"custom_id": custom_id, "component_type": component["type"], **extra}
        return self._interaction(user_id, channel_id, 3, data, locale, message=copy.deepcopy(message))

    def _interaction(
        self, user_id: int, channel_id: int, kind: int, data: dict, locale: str | None, message: dict | None = None
    ) -> int:
        channel = self._channel(channel_id)
        interaction_id = self._snowflake()
        token = base64.urlsafe_b64encode(uuid.uuid4().bytes * 3).decode().rstrip("=")
        guild_id = channel.get("guild_id")
        payload: dict[str, Any] = {
            "id": str(interaction_id), "application_id": str(self.application_id), "type": kind, "data": data,
            "token": token, "version": 1, "channel": copy.deepcopy(channel), "channel_id": str(channel_id),
            "locale": self._locale_of(user_id, locale), "app_permissions": PERMISSIONS, "entitlements": [],
            "authorizing_integration_owners": {"0": guild_id or "0"}, "context": 0 if guild_id else 1,
            "attachment_size_limit": 10 * 1024 * 1024,
        }  # fmt: skip
        if guild_id:
            self._join(int(guild_id), user_id)
            member = self._guilds[int(guild_id)]["members"][user_id]
            payload.update(guild_id=guild_id, guild_locale="en-US", member={**member, "permissions": PERMISSIONS},
                           guild={"id": guild_id, "locale": "en-US", "features": []})  # fmt: skip
        else:
            payload["user"] = self._user(user_id)
        if message is not None:
            payload["message"] = message
        self._interactions[interaction_id] = {
            "id": interaction_id, "token": token, "type": kind, "channel_id": channel_id, "user_id": user_id,
            "created": time.monotonic(), "message_id": int(message["id"]) if message else None,
            "response_type": None, "original_id": None,
        }  # fmt: skip
        self._dispatch("INTERACTION_CREATE", payload)
        return interaction_id

    def _interaction_of(self, application_id: str, token: str) -> dict:
        found = [i for i in self._interactions.values() if i["token"] == token]
        if int(application_id) != self.application_id or not found or found[0]["response_type"] is None:
            raise ApiError(404, 10015, "Unknown Webhook")  # followups exist only after the first response
        if time.monotonic() - found[0]["created"] > self.interaction_token_lifetime:
            raise ApiError(401, 50027, "Invalid Webhook Token")
        return found[0]

    def _interaction_fields(self, interaction: dict) -> dict:
        user = self._user(interaction["user_id"])
        metadata = {"id": str(interaction["id"]), "type": interaction["type"], "user": user,
                    "authorizing_integration_owners": {}}  # fmt: skip
        return {"webhook_id": str(self.application_id), "application_id": str(self.application_id),
                "interaction_metadata": metadata}  # fmt: skip

    def _response_message(self, interaction: dict, data: dict, files: dict) -> dict:
        fields = self._message_fields(interaction["channel_id"], data, files)
        if not data.get("flags", 0) & LOADING and not any(
            fields.get(k) for k in ("content", "embeds", "attachments", "components", "poll")
        ):
            raise ApiError(400, 50006, "Cannot send an empty message")
        fields.update(self._interaction_fields(interaction))
        fields["flags"] = (data.get("flags") or 0) & (EPHEMERAL | LOADING | 4 | 4096 | 1 << 15)
        fields["type"] = 20 if interaction["type"] == 2 else 0  # CHAT_INPUT_COMMAND for slash command answers
        return self._bot_message(interaction["channel_id"], fields, data)


def _locale(value: str) -> str:
    value = LOCALE_ALIASES.get(value, value)
    if value not in LOCALES:
        raise ValueError(f"{value!r} is not a Discord locale ({sorted(LOCALES)})")
    return value


def _wanted(intents: int, event: str, data: dict) -> bool:
    """Whether a session with these intents gets this event."""
    if event.startswith("MESSAGE_"):
        return bool(intents & (GUILD_MESSAGES if "guild_id" in data else DIRECT_MESSAGES))
    if event.startswith(("GUILD_", "CHANNEL_", "THREAD_")) and event != "GUILD_MEMBERS_CHUNK":
        return bool(intents & GUILDS)
    return True


def _guild_of(event: str, data: dict) -> int | None:
    """The server an event belongs to; None for a DM (or anything outside a server)."""
    guild_id = data.get("id") if event.startswith("GUILD_") and "guild_id" not in data else data.get("guild_id")
    return int(guild_id) if guild_id else None


def _on_shard(shard: list | None, guild_id: int | None) -> bool:
    """Whether a session identified with shard [id, count] gets a server's events: those of the servers with
    (server id >> 22) % count == id, and DMs on shard 0 only, as Discord does. A session without a shard gets all."""
    if not shard:
        return True
    shard_id, count = shard
    return shard_id == 0 if guild_id is None else (guild_id >> 22) % count == shard_id


def _find_component(message: dict, custom_id: str) -> dict | None:
    stack = list(message.get("components") or [])
    while stack:
        component = stack.pop()
        if component.get("custom_id") == custom_id:
            return component
        stack += component.get("components") or []
        if component.get("accessory"):
            stack.append(component["accessory"])
    return None


def _check_components(components: list) -> list:
    """The limits a bot most easily breaks: ids of 1-100 characters, unique; labels of 80; 5 rows of 5."""
    seen: set[str] = set()

    def walk(items: list, where: str, row: bool) -> None:
        if row and len(items) > 5:
            raise invalid_form(where, "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.")
        for i, component in enumerate(items):
            at = f"{where}.{i}"
            if "custom_id" in component:
                custom_id = str(component["custom_id"])
                if not 1 <= len(custom_id) <= 100:
                    raise invalid_form(f"{at}.custom_id", "BASE_TYPE_BAD_LENGTH", "Must be 1 to 100 in length.")
                if custom_id in seen:
                    raise invalid_form(f"{at}.custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id "
                                       "cannot be duplicated")  # fmt: skip
                seen.add(custom_id)
            if len(component.get("label") or "") > 80:
                raise invalid_form(f"{at}.label", "BASE_TYPE_MAX_LENGTH", "Must be 80 or fewer in length.")
            if len(component.get("options") or []) > 25:
                raise invalid_form(f"{at}.options", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
            for j, option in enumerate(component.get("options") or []):
                if not all(1 <= len(str(option.get(k) or "")) <= 100 for k in ("label", "value")):
                    raise invalid_form(f"{at}.options.{j}", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 "
                                       "in length.")  # fmt: skip
            walk(component.get("components") or [], f"{at}.components", component.get("type") == 1)

    walk(components, "components", True)
    return components


def _check_command(command: dict, where: str, *, chat_input: bool) -> None:
    """Names, descriptions and localizations as Discord validates them (also for options and choices)."""
    name = command.get("name")
    if not isinstance(name, str) or not (
        COMMAND_NAME.fullmatch(name) and name == name.lower() if chat_input else 1 <= len(name) <= 32
    ):
        raise invalid_form(f"{where}.name", "APPLICATION_COMMAND_INVALID_NAME", f"Command name is invalid: {name!r}")
    if chat_input and not 1 <= len(command.get("description") or "") <= 100:
        raise invalid_form(f"{where}.description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
    for key, longest in (("name_localizations", 32), ("description_localizations", 100)):
        for locale, text in (command.get(key) or {}).items():
            if locale not in LOCALES:
                raise invalid_form(f"{where}.{key}", "ENUM_TYPE_COERCE", f'Value "{locale}" is not a valid enum value.')
            valid = COMMAND_NAME.fullmatch(text) and text == text.lower() if chat_input and key[0] == "n" else True
            if not (1 <= len(text) <= longest and valid):
                raise invalid_form(f"{where}.{key}.{locale}", "APPLICATION_COMMAND_INVALID_NAME", f"Invalid: {text!r}")
    optional_seen = False
    for i, option in enumerate(command.get("options") or []):
        _check_command(option, f"{where}.options.{i}", chat_input=True)
        if option.get("required") and optional_seen:
            raise invalid_form(f"{where}.options.{i}.required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                               "Required options must be placed before non-required options")  # fmt: skip
        optional_seen |= not option.get("required") and option.get("type") not in (1, 2)
        for j, choice in enumerate(option.get("choices") or []):
            if not 1 <= len(str(choice.get("name") or "")) <= 100:
                raise invalid_form(f"{where}.options.{i}.choices.{j}.name", "BASE_TYPE_BAD_LENGTH",
                                   "Must be between 1 and 100 in length.")  # fmt: skip


async def _read_body(request: web.Request) -> tuple[Any, dict[int, tuple[str, bytes, str]]]:
    """A JSON body, or multipart with payload_json and files[n] (how discord.py uploads)."""
    if not request.can_read_body:
        return None, {}
    if request.content_type == "multipart/form-data":
        form = await request.post()
        files = {}
        for key, value in form.items():
            if (m := re.fullmatch(r"files\[(\d+)\]", key)) and isinstance(value, web.FileField):
                files[int(m[1])] = (value.filename, value.file.read(), value.content_type)
        raw = form.get("payload_json")
        return (json.loads(raw) if isinstance(raw, str) else {}), files
    try:
        return json.loads(await request.text()), {}
    except ValueError:
        raise ApiError(400, 50109, "The request body contains invalid JSON.") from None

"""The Discord channel on discord.py: victims in DMs (reached from servers), volunteers at desk channels and threads."""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import re
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

import aiohttp
import discord
import yarl
from discord import app_commands
from discord.http import Route

from bot.adapters.common import InboxFeeder, send_in_parts, split_text, too_large_to_download
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

PLATFORM = "discord"
MAX_TEXT = 2000
MAX_FILES = 10  # attachments per message
MAX_THREAD_NAME = 100
MAX_BUTTONS = 5  # more choices than this become a select menu
THREAD_ARCHIVE_MINUTES = 10080  # the longest Discord allows: a quiet case stays in the thread list for a week
NO_PINGS = discord.AllowedMentions.none()
# Only what the conversations need: DMs, server messages (desk, mentions), and their text.
INTENTS = discord.Intents(guilds=True, dm_messages=True, guild_messages=True, message_content=True)
# Interaction tokens die after 15 minutes; a person who asked that long ago is not waiting for that answer any more.
REMEMBER_SECONDS = 15 * 60.0
REMEMBER_AT_MOST = 10_000
# Replies and plain messages are what people write; the rest (pins, joins, "started a thread") is Discord talking.
WRITTEN = frozenset({discord.MessageType.default, discord.MessageType.reply})
REFERENCE = "The case, e.g. FD-2026-000001"
ELSEWHERE = "Use this command in the volunteer channel or in a direct message with me."
DM_CLOSED = "_dm_closed"  # the command of the event that says a person's DMs are closed (see _dm_closed)
DESK_SETTING, ROLE_SETTING = "DISCORD_VOLUNTEER_CHANNEL_ID", "DISCORD_VOLUNTEER_ROLE_ID"
DESK_CHECK_SECONDS = 20.0  # the start-up check of the volunteer channels never holds the start longer than this
THREADS = "threads"  # how cases get their place in a volunteer channel
INTENT_OFF = ("discord refused the Message Content intent: switch it on for this bot in the Discord developer "
              "portal (Bot > Privileged Gateway Intents > Message Content Intent); the Discord channel is off "
              "until then")
COPY_ID = "Developer Mode on (User Settings > Advanced), right-click it, Copy ID"
# What a channel that is not a text channel is, in the words of Discord's client.
CHANNEL_KINDS = {
    discord.ChannelType.voice: "a voice channel", discord.ChannelType.stage_voice: "a stage channel",
    discord.ChannelType.category: "a category", discord.ChannelType.forum: "a forum channel",
    discord.ChannelType.media: "a media channel", discord.ChannelType.private: "a direct message channel",
    discord.ChannelType.group: "a group DM",
}


@dataclass(frozen=True)
class DiscordConfig:
    token: str
    api_base_url: str | None = None  # e.g. http://127.0.0.1:8000/api/v10; default: Discord's
    gateway_url: str | None = None  # e.g. ws://127.0.0.1:8000/gateway; default: Discord's
    guild_ready_timeout: float = 2.0
    max_file_bytes: int = 20 * 1024 * 1024
    catch_up_days: int = 7
    desk_channels: frozenset[str] = frozenset()  # text channels where volunteers work (and their threads)
    volunteer_role: str | None = None  # the role mentioned when a case needs the whole volunteer channel
    concurrency: int = 64  # people and desks answered at once; the rest wait their turn, nothing is dropped
    # Sharding (several workers): this worker's shards of shard_count; empty ids: all of them; no count: no sharding.
    shard_ids: tuple[int, ...] = ()
    shard_count: int | None = None

    @property
    def shards(self) -> tuple[int, ...]:
        """The shards this worker runs; empty without sharding."""
        if self.shard_count is None:
            return ()
        return self.shard_ids or tuple(range(self.shard_count))

    @property
    def gets_dms(self) -> bool:
        """Discord sends DMs (and what is done in them) to shard 0 only."""
        return not self.shards or 0 in self.shards

    def runs_guild(self, guild_id: int) -> bool:
        """Whether a server's events come to this worker: its shard is (server id >> 22) % shard_count."""
        return self.shard_count is None or (guild_id >> 22) % self.shard_count in self.shards


Translate = Callable[[str, str], str]  # (locale, message id) -> text
ResumePoints = Callable[[], Awaitable[list[tuple[str, str, str]]]]  # (user id, DM channel id, last message id)

K = TypeVar("K")
V = TypeVar("V")


class _Recent(Generic[K, V]):
    """A bounded memory: each entry is forgotten `seconds` after it was put, the oldest first when full."""

    def __init__(self, seconds: float, size: int) -> None:
        self.seconds = seconds
        self.size = size
        self._items: dict[K, tuple[float, V]] = {}

    def put(self, key: K, value: V) -> None:
        now = time.monotonic()
        self._items.pop(key, None)
        self._items[key] = (now + self.seconds, value)
        # every entry lives equally long, so insertion order is also expiry order
        while self._items:
            oldest = next(iter(self._items))
            if self._items[oldest][0] > now and len(self._items) <= self.size:
                break
            del self._items[oldest]

    def get(self, key: K) -> V | None:
        item = self._items.get(key)
        return item[1] if item is not None and item[0] > time.monotonic() else None

    def pop(self, key: K) -> V | None:
        item = self._items.pop(key, None)
        return item[1] if item is not None and item[0] > time.monotonic() else None


@dataclass(frozen=True)
class _Origin:
    """Where a person asked before the conversation moved to their DMs: told there if DMs turn out closed."""

    chat: ChatRef
    user: UserRef
    reply_to: str | None
    event_id: str


# Our components' custom ids. A click is matched by its custom_id in on_interaction, so it works on any message,
# after any restart, without a View kept in memory per message (nor discord.py's View rebuilt from the message).
BUTTON_ID = re.compile(r"fd:(?P<choice>[^\s]{1,90})")  # a choice button: fd:<choice id>
SELECT_ID = re.compile(r"fd-select:(?P<n>\d+)")  # more than five choices: one select; the option's value is the id
VIEWS_AT_MOST = 1024  # distinct sets of choices whose View is kept ready (a flow has a few dozen per language)


def _choice_of(data: Any) -> str | None:
    """The choice of a click on one of our buttons or selects; None for anything else."""
    custom_id = str(data.get("custom_id", ""))
    if (button := BUTTON_ID.fullmatch(custom_id)) is not None:
        return button["choice"]
    if SELECT_ID.fullmatch(custom_id) is not None:
        values = data.get("values") or []
        return str(values[0]) if values else None
    return None


def _build_view(choices: Sequence[tuple[str, str]]) -> discord.ui.View:
    """The buttons (or, past five, the select menu) of a set of choices. Stopped at once: it only renders
    components, it never listens (clicks are matched by custom_id), so discord.py never stores it."""
    view = discord.ui.View(timeout=None)
    if len(choices) > MAX_BUTTONS:
        view.add_item(discord.ui.Select(
            custom_id=f"fd-select:{len(choices)}", placeholder="…", min_values=1, max_values=1,
            options=[discord.SelectOption(label=label[:100], value=value) for value, label in choices[:25]]))
    else:
        for choice_id, label in choices:
            view.add_item(discord.ui.Button(label=label[:80] or "·", custom_id=f"fd:{choice_id}",
                                            style=discord.ButtonStyle.secondary))
    view.stop()
    return view


class _Client(discord.Client):
    def __init__(self, frontdoor: DiscordChannel, **shards: Any) -> None:
        # max_messages=None: no cache of recent messages, which nothing here reads (events carry what they need)
        super().__init__(intents=INTENTS, allowed_mentions=NO_PINGS, max_messages=None,
                         guild_ready_timeout=frontdoor.config.guild_ready_timeout, **shards)
        self.frontdoor = frontdoor
        _drop_bots_messages(self._connection)
        self.tree = app_commands.CommandTree(self)

    async def setup_hook(self) -> None:
        await self.frontdoor.register_commands(self.tree)

    async def on_ready(self) -> None:
        await self.frontdoor.on_ready()

    async def on_message(self, message: discord.Message) -> None:
        await self.frontdoor.on_message(message)

    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        if interaction.type is not discord.InteractionType.component:
            return  # slash commands: the command tree
        data = interaction.data or {}
        if (choice := _choice_of(data)) is not None:
            await self.frontdoor.on_choice(interaction, choice)
        elif not str(data.get("custom_id", "")).startswith("fd"):
            # not one of ours (another bot's, or an old format): say so instead of letting it spin
            log.info("discord interaction %s with unknown component skipped", interaction.id)
            with contextlib.suppress(discord.HTTPException):
                await interaction.response.defer()


def _drop_bots_messages(state: Any) -> None:
    """Discord sends the bot each of its own messages back (MESSAGE_CREATE), and discord.py builds a Message and
    starts a task for every one, only for on_message to drop it: messages written by bots (this one included)
    or by Discord itself are dropped before that, as on_message would."""
    parse = getattr(state, "parsers", {}).get("MESSAGE_CREATE")
    if parse is None:  # a discord.py whose internals changed: on_message drops them, as before
        return

    def parse_message_create(data: dict[str, Any]) -> None:
        author = data.get("author") or {}
        if not (author.get("bot") or author.get("system")):
            parse(data)

    state.parsers["MESSAGE_CREATE"] = parse_message_create


class _ShardedClient(_Client, discord.AutoShardedClient):
    """Several shards in this worker, each its own gateway connection."""


def _client(frontdoor: DiscordChannel) -> _Client:
    """One shard is a plain client that says which shard it is; several are discord.py's AutoShardedClient."""
    config = frontdoor.config
    shards = config.shards
    if not shards:
        return _Client(frontdoor)
    if len(shards) == 1:
        return _Client(frontdoor, shard_id=shards[0], shard_count=config.shard_count)
    return _ShardedClient(frontdoor, shard_ids=list(shards), shard_count=config.shard_count)


class _CommandTranslator(app_commands.Translator):
    """Names and descriptions of slash commands in every language Discord and we both have."""

    def __init__(self, translate: Translate, locales: Sequence[str]) -> None:
        self.translate_text = translate
        self.locales = set(locales)

    async def translate(self, string: app_commands.locale_str, locale: discord.Locale,
                        context: app_commands.TranslationContextTypes) -> str | None:
        language = locale.value.split("-")[0]
        if language not in self.locales or language == "en":
            return None
        key = string.extras.get("key")
        if key is None:
            return None
        text = self.translate_text(language, key)
        if context.location is app_commands.TranslationContextLocation.command_name:
            # a command name is one lower-case word without spaces, as Discord requires
            name = re.sub(r"[^\w-]", "", text.split(",")[0].strip().lower().replace(" ", "-"))[:32]
            return name or None
        return text[:100]


class DiscordChannel:
    """Inbound: DMs, desk messages and presses, /help, mentions; outbound: only what the outbox asks for.

    A person who asks in a server (a mention, or /help there) is moved to their DMs: the core gets a
    `start` event in the DM chat with `origin` = where they asked, and answers there through the outbox.
    If the DM cannot be opened, or the first send to it is refused (50007), the core gets a `_dm_closed`
    event in the origin chat instead."""

    platform = PLATFORM
    # A turn's messages to a person go out as one post (a paragraph each, the buttons under the last): Discord
    # shows a bot's messages one after the other as one block anyway, and each post is a request and an echo.
    joins_answers = True

    def __init__(self, config: DiscordConfig, inbox: Inbox, translate: Translate, locales: Sequence[str],
                 resume_points: ResumePoints | None = None) -> None:
        self.config = config
        self.feeder = InboxFeeder(inbox, concurrency=config.concurrency, name=PLATFORM)
        self.translate = translate
        self.locales = list(locales)
        self.resume_points = resume_points
        if config.api_base_url:
            Route.BASE = config.api_base_url.rstrip("/")
        if config.gateway_url:
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(config.gateway_url)
        self.client = _client(self)
        self._runner: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        self._caught_up = False
        # Slash commands asked in servers, by interaction id: their private answer is a followup.
        self._interactions: _Recent[str, discord.Interaction[Any]] = _Recent(REMEMBER_SECONDS, REMEMBER_AT_MOST)
        # DM channel id -> where that person asked, until a send to the DM shows whether DMs are open.
        self._origins: _Recent[str, _Origin] = _Recent(REMEMBER_SECONDS, REMEMBER_AT_MOST)
        # thread id -> parent channel id, for threads discord.py has not cached (0: not a thread)
        self._parents: _Recent[int, int] = _Recent(24 * 3600.0, REMEMBER_AT_MOST)
        # (choice id, label)s -> their View, built once: a View costs more to build than the rest of a send
        self._views: dict[tuple[tuple[str, str], ...], discord.ui.View] = {}
        # What the start-up check found (see check_desks): one line per problem an operator must fix, and the
        # volunteer channels without any.
        self.desk_problems: list[str] = []
        self.desk_ready: dict[str, str] = {}
        self._intent_refused = False

    # -- life cycle ------------------------------------------------------------------------------
    async def start(self) -> None:
        await self.client.login(self.config.token)
        self._runner = asyncio.create_task(self._connect(), name="discord-gateway")
        await asyncio.wait_for(self._ready.wait(), timeout=60)
        if self._runner.done():
            log.error("discord channel not started")
            if self._intent_refused:  # said once already, by _connect
                self.desk_problems = [INTENT_OFF]
            return
        await self.check_desks()
        shards = self.config.shards
        log.info("discord channel started as %s%s", self.client.user.id if self.client.user else "?",
                 f", shard(s) {','.join(map(str, shards))} of {self.config.shard_count}" if shards else "")

    async def _connect(self) -> None:
        try:
            await self.client.connect(reconnect=True)
        except discord.PrivilegedIntentsRequired:
            self._intent_refused = True
            log.error("%s", INTENT_OFF)
        except Exception:
            log.exception("discord gateway stopped")
        finally:
            self._ready.set()  # start() must not wait for a gateway that is gone

    async def stop(self) -> None:
        with contextlib.suppress(Exception):
            await self.client.close()
        if self._runner is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self._runner, 10)
        await self.feeder.settle()

    @property
    def connected(self) -> bool:
        """For /readyz: the gateway runs and its websocket is open (False while discord.py reconnects)."""
        if self._runner is None or self._runner.done():
            return False
        if isinstance(self.client, discord.AutoShardedClient):  # no single websocket: one per shard
            shards = self.client.shards
            return len(shards) == len(self.config.shards) and not any(s.is_closed() for s in shards.values())
        ws = self.client.ws
        return ws is not None and ws.open

    def routes(self) -> list[Any]:
        return []

    async def register_commands(self, tree: app_commands.CommandTree[Any]) -> None:
        await tree.set_translator(_CommandTranslator(self.translate, self.locales))

        @tree.command(name=app_commands.locale_str("help", key="command-words-help"),
                      description=app_commands.locale_str(self.translate("en", "command-help"), key="command-help"))
        async def help_command(interaction: discord.Interaction[Any]) -> None:
            await self.on_help(interaction)

        # Volunteers' commands, at the desk or in a DM with the bot; their names stay English everywhere.
        @tree.command(name="reply", description="Answer the person of a case")
        @app_commands.describe(reference=REFERENCE, text="What they will read")
        async def reply_command(interaction: discord.Interaction[Any], reference: str, text: str) -> None:
            await self.on_volunteer_command(interaction, "reply", reference, text)

        @tree.command(name="transfer", description="Hand a case over to another volunteer")
        @app_commands.describe(name="The volunteer who takes it over", reference=REFERENCE)
        async def transfer_command(interaction: discord.Interaction[Any], name: str,
                                   reference: str | None = None) -> None:
            await self.on_volunteer_command(interaction, "transfer", name, reference)

        @tree.command(name="history", description="What was said in a case")
        @app_commands.describe(reference=REFERENCE)
        async def history_command(interaction: discord.Interaction[Any], reference: str | None = None) -> None:
            await self.on_volunteer_command(interaction, "history", reference)

        @tree.command(name="resolve", description="Mark a case as resolved")
        @app_commands.describe(reference=REFERENCE)
        async def resolve_command(interaction: discord.Interaction[Any], reference: str | None = None) -> None:
            await self.on_volunteer_command(interaction, "resolve", reference)

        @tree.command(name="claim", description="Take a case")
        @app_commands.describe(reference=REFERENCE)
        async def claim_command(interaction: discord.Interaction[Any], reference: str) -> None:
            await self.on_volunteer_command(interaction, "claim", reference)

        if self.config.gets_dms:  # the commands are the bot's, not a shard's: one worker publishes them
            await tree.sync()

    # -- the volunteer channels: set up so that cases reach the volunteers? --------------------------
    async def check_desks(self) -> list[str]:
        """Look at every volunteer channel as Discord computes the bot's rights there now, and at the volunteer
        role, and say what is missing, one log line per problem: ERROR when the channel cannot be used at all,
        WARNING when it works less well than it should; a channel without problems gets one INFO "ready" line.
        The problems stay in `desk_problems` (for /readyz), the channels without any in `desk_ready`. Bounded
        in time; never raises."""
        self.desk_problems, self.desk_ready = [], {}
        role = self.config.volunteer_role
        if role and not self.config.desk_channels:
            self._desk_problem(logging.WARNING, f"discord volunteer role {role} ({ROLE_SETTING})",
                               f"is set but {DESK_SETTING} is not, so no channel would mention it: put the "
                               "volunteers' text channel in " + DESK_SETTING)
        elif self.config.desk_channels and not role:
            log.info("discord: %s is not set, so a case that needs the whole volunteer channel is posted there "
                     "without notifying anyone; set it to the volunteers' role (%s)", ROLE_SETTING, COPY_ID)
        deadline = asyncio.get_running_loop().time() + DESK_CHECK_SECONDS
        for channel_id in sorted(self.config.desk_channels):
            try:
                async with asyncio.timeout_at(deadline):
                    await self._check_desk(channel_id)
            except TimeoutError:
                self._desk_problem(logging.WARNING, _desk(channel_id), f"could not be checked within "
                                   f"{DESK_CHECK_SECONDS:.0f}s (Discord is slow or unreachable); it is checked again "
                                   "at the next start")
            except Exception as exc:  # a check must never stop the bot from starting
                log.debug("discord volunteer channel %s: check failed", channel_id, exc_info=True)
                self._desk_problem(logging.WARNING, _desk(channel_id), f"could not be checked "
                                   f"({type(exc).__name__}); it is checked again at the next start")
        return list(self.desk_problems)

    async def _check_desk(self, channel_id: str) -> None:
        problems, desk = len(self.desk_problems), _desk(channel_id)
        if not channel_id.isdigit():
            self._desk_problem(logging.ERROR, desk, f"this is not a channel id: put the numeric id of the "
                               f"volunteers' text channel here ({COPY_ID})")
            return
        channel: Any = self.client.get_channel(int(channel_id))
        if channel is None:
            try:
                channel = await self.client.fetch_channel(int(channel_id))
            except discord.NotFound:
                self._desk_problem(logging.ERROR, desk, f"there is no channel with this id: put the id of the "
                                   f"volunteers' text channel here ({COPY_ID})")
                return
            except discord.Forbidden:
                self._desk_problem(logging.ERROR, desk, "the bot cannot see this channel: invite the bot to that "
                                   "server (OAuth2 scopes \"bot applications.commands\") and let it view the channel")
                return
            except discord.HTTPException as exc:
                self._desk_problem(logging.WARNING, desk, f"could not be checked (Discord answered {exc.status}); "
                                   "it is checked again at the next start")
                return
        if isinstance(channel, discord.Thread):
            self._desk_problem(logging.ERROR, desk, f"this is a thread, not a channel: put the id of its text "
                               f"channel ({channel.parent_id}) here")
            return
        if not isinstance(channel, discord.TextChannel):
            kind = CHANNEL_KINDS.get(getattr(channel, "type", None), "not a text channel")
            self._desk_problem(logging.ERROR, desk, f"this is {kind}, not a text channel: cases get a thread each "
                               "in a text channel; put the id of the volunteers' text channel here")
            return
        guild = channel.guild
        if not self.config.runs_guild(guild.id):  # this worker has no view of that server's members and roles
            log.info("discord volunteer channel %s: its server is on shard %d, checked by the worker that runs it",
                     channel_id, (guild.id >> 22) % (self.config.shard_count or 1))
            return
        me = guild.me if isinstance(guild, discord.Guild) else None
        if me is None and self.client.user is not None and isinstance(guild, discord.Guild):
            with contextlib.suppress(discord.NotFound, discord.Forbidden):
                me = await guild.fetch_member(self.client.user.id)
        if me is None:
            self._desk_problem(logging.ERROR, desk, "the bot is not in the server of this channel: invite it "
                               "(OAuth2 scopes \"bot applications.commands\")")
            return
        rights = channel.permissions_for(me)
        if not rights.view_channel:
            self._desk_problem(logging.ERROR, desk, "the bot may not see this channel: give its role \"View "
                               "Channel\" here (Edit Channel > Permissions)")
            return
        if not rights.send_messages:
            self._desk_problem(logging.ERROR, desk, "the bot may not post here, so no case card reaches the "
                               "channel: give its role \"Send Messages\" in this channel")
        if channel.is_news():
            self._desk_problem(logging.WARNING, desk, "this is an announcement channel, where the bot cannot open "
                               "the public thread each case gets: use an ordinary text channel")
        if not rights.create_public_threads:
            self._desk_problem(logging.WARNING, desk, "the bot may not create threads, so each case's card is "
                               "posted in the channel itself, without a thread of its own: give its role \"Create "
                               "Public Threads\" in this channel")
        if not rights.send_messages_in_threads:
            lost = rights.create_public_threads
            self._desk_problem(logging.ERROR if lost else logging.WARNING, desk, "the bot may not post in threads"
                               + (", so each case gets an empty thread and its card is lost" if lost else "")
                               + ": give its role \"Send Messages in Threads\" in this channel")
        if not rights.read_message_history:
            self._desk_problem(logging.WARNING, desk, "the bot may not read the message history, so its answers "
                               "to volunteers' messages (sent as replies) fail: give its role \"Read Message "
                               "History\" in this channel")
        await self._check_role(channel, guild, rights)
        if len(self.desk_problems) == problems:
            self.desk_ready[channel_id] = THREADS
            log.info("discord volunteer channel %s (#%s in \"%s\") ready (%s)", channel_id, channel.name, guild.name,
                     THREADS)

    async def _check_role(self, channel: discord.TextChannel, guild: discord.Guild,
                          rights: discord.Permissions) -> None:
        role_id = self.config.volunteer_role
        if not role_id:
            return
        subject = f"discord volunteer role {role_id} ({ROLE_SETTING}), for channel {channel.id}"
        if not role_id.isdigit():
            self._desk_problem(logging.WARNING, subject, f"this is not a role id: put the numeric id of the "
                               f"volunteers' role here (Server Settings > Roles, {COPY_ID})")
            return
        try:
            roles = await guild.fetch_roles()
        except discord.HTTPException:
            roles = list(guild.roles)
        role = next((r for r in roles if r.id == int(role_id)), None)
        if role is None:
            self._desk_problem(logging.WARNING, subject, f"the server \"{guild.name}\" has no role with this id, "
                               "so nobody is notified when a case needs the whole channel: put the id of the "
                               f"volunteers' role here (Server Settings > Roles, {COPY_ID})")
        elif role.is_default():
            self._desk_problem(logging.WARNING, subject, "this is @everyone, which the bot never pings: create a "
                               "role for the volunteers and put its id here")
        elif not role.mentionable and not rights.mention_everyone:
            self._desk_problem(logging.WARNING, subject, f"the bot may not mention the role \"{role.name}\", so "
                               "nobody is notified when a case needs the whole channel: turn on \"Allow anyone to "
                               "@mention this role\" (Server Settings > Roles), or give the bot's role \"Mention "
                               "@everyone, @here and All Roles\" in this channel")
        elif not channel.permissions_for(role).view_channel:
            self._desk_problem(logging.WARNING, subject, f"members of the role \"{role.name}\" cannot see this "
                               "channel by that role: give the role \"View Channel\" here")

    def _desk_problem(self, level: int, subject: str, what: str) -> None:
        line = f"{subject}: {what}"
        self.desk_problems.append(line)
        log.log(level, "%s", line)

    async def on_ready(self) -> None:
        self._ready.set()
        if not self._caught_up and self.config.gets_dms:  # the worker DMs come to reads what they missed
            self._caught_up = True
            self.feeder.spawn(self._catch_up())

    # -- receiving -------------------------------------------------------------------------------
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.author.system or message.type not in WRITTEN:
            return
        try:
            async with self.feeder.in_arrival_order(message.channel.id):
                inbound = await self._inbound(message)
                answering = self.feeder.answer_here(await self.feeder.store([inbound]))
            await answering  # in discord.py's task for this event: no second task for it
            if inbound is not None:
                return
            if self.client.user is not None and self.client.user in message.mentions:
                origin = ChatRef(PLATFORM, str(message.channel.id), kind=ChatKind.PUBLIC)
                await self._move_to_dm(message.author, f"m{message.id}", origin, reply_to=str(message.id))
            else:
                log.debug("discord server message %s without a mention skipped", message.id)
        except Exception:
            log.exception("discord message %s could not be handled", message.id)

    async def _inbound(self, message: discord.Message) -> InboundMessage | None:
        """The event of a DM or of a message at the desk; None for a message elsewhere in a server."""
        if message.guild is None:
            return await self._from_dm(message)
        if (desk := await self._desk_chat(message.channel)) is not None:
            return await self._from_desk(message, desk)
        return None

    async def _from_dm(self, message: discord.Message) -> InboundMessage:
        inbound = InboundMessage(
            platform=PLATFORM, external_id=str(message.id), user=UserRef(PLATFORM, str(message.author.id)),
            chat=ChatRef(PLATFORM, str(message.channel.id)), text=message.content or None,
            attachments=tuple([await self._download(a) for a in message.attachments]),
            reply_to=_replied(message), received_at=message.created_at)
        reference = message.reference
        if reference is None or reference.type is not discord.MessageReferenceType.forward:
            return inbound
        # a forward carries the message itself as a snapshot (its words and files), and where it was, not who wrote it
        snapshots = message.message_snapshots
        text = "\n\n".join(s.content for s in snapshots if s.content) or inbound.text
        files = [await self._download(a) for s in snapshots for a in s.attachments]
        sent_at = snapshots[0].created_at if snapshots else None
        return forwarded(replace(inbound, text=text, attachments=(*inbound.attachments, *files)),
                         Forward(self._forward_origin(reference), sent_at))

    def _forward_origin(self, reference: discord.MessageReference) -> str:
        """Where a forwarded message was, as Discord shows it ("#channel, server"; Discord does not say who wrote
        it), and the link to the original that Discord's Trust & Safety team can open."""
        place = f"{reference.guild_id or '@me'}/{reference.channel_id}/{reference.message_id}"
        unsigned = f"author not shown by Discord; https://discord.com/channels/{place}"
        if not reference.guild_id:
            return f"a Discord direct message ({unsigned})"
        channel = self.client.get_channel(reference.channel_id)
        guild = self.client.get_guild(reference.guild_id)
        name = getattr(channel, "name", None)
        where = f"#{name}" if name else f"Discord channel {reference.channel_id}"
        return f"{where}, server {guild.name if guild is not None else reference.guild_id} ({unsigned})"

    async def _from_desk(self, message: discord.Message, chat: ChatRef) -> InboundMessage:
        text = message.content
        if self.client.user is not None:  # "@Frontdoor claim" is addressed to us: the command is "claim"
            text = re.sub(rf"<@!?{self.client.user.id}>", "", text).strip()
        return InboundMessage(
            platform=PLATFORM, external_id=str(message.id), chat=chat,
            user=UserRef(PLATFORM, str(message.author.id), display_name=message.author.display_name),
            text=text or None, attachments=tuple([await self._download(a) for a in message.attachments]),
            reply_to=_replied(message), received_at=message.created_at)

    async def _download(self, attachment: discord.Attachment) -> Attachment:
        kind = attachment.content_type or "application/octet-stream"
        if too_large_to_download(attachment.size, self.config.max_file_bytes):
            return Attachment(attachment.filename, kind, b"", size=attachment.size)
        return Attachment(attachment.filename, kind, await attachment.read())

    async def _desk_chat(self, channel: Any) -> ChatRef | None:
        """The desk chat of a channel: a desk channel itself, or a thread in one; None elsewhere."""
        desks = self.config.desk_channels
        if not desks:
            return None
        if str(channel.id) in desks:
            return ChatRef(PLATFORM, str(channel.id), kind=ChatKind.DESK)
        if isinstance(channel, discord.Thread):
            parent: int | None = channel.parent_id
        elif isinstance(channel, discord.PartialMessageable) and channel.guild_id is not None:
            parent = await self._parent_of(channel.id)
        else:
            return None
        if parent is not None and str(parent) in desks:
            return ChatRef(PLATFORM, str(parent), thread_id=str(channel.id), kind=ChatKind.DESK)
        return None

    async def _parent_of(self, channel_id: int) -> int | None:
        # A thread discord.py has not cached (unarchived just now, say) arrives as a bare id: ask Discord once.
        if (known := self._parents.get(channel_id)) is None:
            try:
                channel = await self.client.fetch_channel(channel_id)
            except discord.HTTPException as exc:
                log.warning("discord channel %s could not be looked up (%s)", channel_id, exc.status)
                return None
            known = channel.parent_id if isinstance(channel, discord.Thread) else 0
            self._parents.put(channel_id, known)
        return known or None

    async def _chat_of(self, interaction: discord.Interaction[Any]) -> ChatRef | None:
        """Where an interaction happened, if it is a chat we converse in: a DM, or the desk."""
        if interaction.channel_id is None:
            return None
        if interaction.guild_id is None:
            return ChatRef(PLATFORM, str(interaction.channel_id))
        return await self._desk_chat(interaction.channel) if interaction.channel is not None else None

    @staticmethod
    def _user(interaction: discord.Interaction[Any], chat: ChatRef | None = None) -> UserRef:
        # volunteers are named at the desk; victims' names are never stored
        name = interaction.user.display_name if chat is not None and chat.kind is ChatKind.DESK else None
        return UserRef(PLATFORM, str(interaction.user.id), display_name=name, language_hint=interaction.locale.value)

    async def on_choice(self, interaction: discord.Interaction[Any], choice_id: str) -> None:
        """A button or a select: acknowledged first, so that Discord's 3 seconds hold under any load, then stored
        and answered. (A crash in the few milliseconds between the two loses the tap: the person sees nothing
        happen and taps again. Storing first would instead show "This interaction failed" whenever the
        database is slow.)"""
        with contextlib.suppress(discord.HTTPException):
            await interaction.response.defer()  # an update of the message, without a visible answer
        chat = await self._chat_of(interaction)
        if chat is None:
            log.info("discord interaction %s outside DMs and the desk skipped", interaction.id)
            return
        on = interaction.message
        inbound = InboundMessage(platform=PLATFORM, external_id=f"i{interaction.id}",
                                 user=self._user(interaction, chat), chat=chat, choice=choice_id,
                                 reply_to=str(on.id) if on is not None else None)
        async with self.feeder.in_arrival_order(interaction.channel_id):
            answering = self.feeder.answer_here(await self.feeder.store([inbound]))
        await answering

    async def on_help(self, interaction: discord.Interaction[Any]) -> None:
        try:
            chat = await self._chat_of(interaction)
            if chat is None:
                await self._help_in_server(interaction)
                return
            await self._store_command(interaction, chat, "help", None)
        except Exception:
            log.exception("discord /help %s could not be handled", interaction.id)

    async def on_volunteer_command(self, interaction: discord.Interaction[Any], command: str,
                                   *options: str | None) -> None:
        """/reply, /transfer, /history, /resolve, /claim: at the desk or in a DM, stored like any command, with
        the options given as the argument, in their order; anywhere else, one private line saying where."""
        try:
            chat = await self._chat_of(interaction)
            if chat is None:
                log.info("discord /%s %s outside the desk and DMs refused", command, interaction.id)
                with contextlib.suppress(discord.HTTPException):
                    await interaction.response.send_message(ELSEWHERE, ephemeral=True)
                return
            argument = " ".join(value.strip() for value in options if value and value.strip())
            await self._store_command(interaction, chat, command, argument)
        except Exception:
            log.exception("discord /%s %s could not be handled", command, interaction.id)

    async def _store_command(self, interaction: discord.Interaction[Any], chat: ChatRef, command: str,
                             argument: str | None) -> None:
        # In a DM or at the desk the answer is an ordinary message there, through the outbox; the
        # "thinking…" answer Discord insists on is removed as soon as the command is stored.
        with contextlib.suppress(discord.HTTPException):  # first: Discord's 3 seconds, whatever the load
            await interaction.response.defer(ephemeral=True, thinking=True)
        async with self.feeder.in_arrival_order(interaction.channel_id):
            self.feeder.answer_later(await self.feeder.store([InboundMessage(
                platform=PLATFORM, external_id=f"i{interaction.id}", user=self._user(interaction, chat),
                chat=chat, command=command, argument=argument)]))
        with contextlib.suppress(discord.HTTPException):
            await interaction.delete_original_response()

    async def _help_in_server(self, interaction: discord.Interaction[Any]) -> None:
        # Acknowledged first: opening the DM and storing must not eat Discord's 3 seconds. The private
        # answer (the core's "moved to DM", or "DMs closed") comes later as a followup, see send().
        with contextlib.suppress(discord.HTTPException):
            await interaction.response.defer(ephemeral=True, thinking=True)
        self._interactions.put(str(interaction.id), interaction)
        origin = ChatRef(PLATFORM, str(interaction.id), kind=ChatKind.INTERACTION)
        await self._move_to_dm(interaction.user, f"i{interaction.id}", origin,
                               language_hint=interaction.locale.value)

    async def _move_to_dm(self, user: discord.abc.User, event_id: str, origin: ChatRef, *,
                          reply_to: str | None = None, language_hint: str | None = None) -> None:
        person = UserRef(PLATFORM, str(user.id), language_hint=language_hint)
        asked = _Origin(origin, person, reply_to, event_id)
        try:
            dm = await user.create_dm()
        except discord.HTTPException as exc:
            log.info("discord DM channel for event %s could not be opened (%s)", event_id, exc.code)
            await self._dm_closed(asked)
            return
        self._origins.put(str(dm.id), asked)
        await self.feeder.store_and_answer(InboundMessage(
            platform=PLATFORM, external_id=event_id, user=person, chat=ChatRef(PLATFORM, str(dm.id)),
            command="start", reply_to=reply_to, origin=origin))

    async def _dm_closed(self, asked: _Origin) -> None:
        """Tell the core that this person cannot be reached in DMs, in the chat where they asked."""
        await self.feeder.store_and_answer(InboundMessage(
            platform=PLATFORM, external_id=f"{asked.event_id}:dm-closed", user=asked.user, chat=asked.chat,
            command=DM_CLOSED, reply_to=asked.reply_to))

    async def _catch_up(self) -> None:
        """Messages sent while no worker ran are never pushed again: read them from each open
        conversation's DM history, after the newest one stored."""
        if self.resume_points is None:
            return
        try:
            points = await self.resume_points()
        except Exception:
            log.exception("discord catch-up: could not read where conversations stopped")
            return
        found = 0
        for user_id, chat_id, last_id in points:
            if not (chat_id.isdigit() and last_id.isdigit()):  # an interaction ("i…") is no place in a DM history
                continue
            channel = self.client.get_partial_messageable(int(chat_id), type=discord.ChannelType.private)
            try:
                missed = [await self._from_dm(message) async for message in channel.history(
                    after=discord.Object(int(last_id)), oldest_first=True, limit=100)
                    if str(message.author.id) == user_id and message.type in WRITTEN]
                stored = await self.feeder.store(missed)
            except discord.HTTPException as exc:
                log.warning("discord catch-up of channel %s failed: %s", chat_id, exc.status)
                continue
            except Exception:
                log.exception("discord catch-up of channel %s failed", chat_id)
                continue
            found += len(stored)
            self.feeder.answer_later(stored)
        if found:
            log.info("discord catch-up: %s message(s) written while the bot was down", found)

    # -- sending ---------------------------------------------------------------------------------
    def _delivery_error(self, exc: Exception, chat: ChatRef) -> DeliveryError | None:
        if self.client.is_closed():  # stopping: what was still on its way goes out after the restart
            return DeliveryError("discord: the bot is stopping")
        return _delivery_error(exc, chat)

    async def send(self, chat: ChatRef, reply: Reply) -> str | None:
        """The text (escaped, cut under 2,000 characters) and the files: up to ten with the last part of the text,
        the rest ten to a message after it; the first message answers `reply.reply_to` and is the only one that
        may ping (the reply's role, at the desk), buttons go on the last. Returns the id of the last message."""
        text, pings = self._text(chat, reply)
        files = [file for file in reply.attachments if file.data]
        parts: list[tuple[str | None, Sequence[Attachment]]] = [
            (part, ()) for part in (split_text(text, MAX_TEXT) if text.strip() or not files else [])]
        batches = [files[at:at + MAX_FILES] for at in range(0, len(files), MAX_FILES)]
        if parts and batches:
            parts[-1] = (parts[-1][0], batches.pop(0))
        parts += [(None, batch) for batch in batches]
        view = self._view(reply)
        first = True
        target: discord.abc.Messageable | None = None

        async def send_one(part: tuple[str | None, Sequence[Attachment]], last: bool) -> str:
            nonlocal first, target
            content, attached = part
            options: dict[str, Any] = {"allowed_mentions": pings if first else NO_PINGS}
            if attached:
                options["files"] = [discord.File(io.BytesIO(f.data), filename=f.filename or "file") for f in attached]
            if view is not None and last:
                options["view"] = view
            if chat.kind is ChatKind.INTERACTION:
                message: Any = await self._interaction(chat).followup.send(
                    discord.utils.MISSING if content is None else content, ephemeral=True, wait=True, **options)
            else:
                if first and (reference := self._reference(chat, reply)) is not None:
                    options.update(reference=reference, mention_author=False)
                target = target or await self._target(chat)
                message = await target.send(content, **options)
            first = False
            return str(message.id)

        try:
            return await send_in_parts(parts, send_one)
        except DeliveryError:
            raise
        except Exception as exc:
            error = self._delivery_error(exc, chat)
            if error is None:
                raise
            if _dms_refused(exc) and (asked := self._origins.pop(chat.chat_id)) is not None:
                try:
                    await self._dm_closed(asked)
                except Exception:
                    log.exception("discord: closed DMs of event %s could not be reported", asked.event_id)
            raise error from exc

    async def edit(self, chat: ChatRef, message_id: str, reply: Reply) -> str | None:
        text, pings = self._text(chat, reply)
        if len(text) > MAX_TEXT:
            text = text[:MAX_TEXT - 1] + "…"
        view = self._view(reply)  # None removes the buttons
        try:
            if chat.kind is ChatKind.INTERACTION:
                await self._interaction(chat).followup.edit_message(int(message_id), content=text, view=view,
                                                                    allowed_mentions=pings)
            else:
                message = self._messageable(chat).get_partial_message(int(message_id))
                await message.edit(content=text, view=view, allowed_mentions=pings)
        except DeliveryError:
            raise
        except Exception as exc:
            error = self._delivery_error(exc, chat)
            if error is None:
                raise
            raise error from exc
        return message_id

    async def open_thread(self, chat: ChatRef, title: str) -> str:
        name = " ".join(title.split()) or "…"
        if len(name) > MAX_THREAD_NAME:
            name = name[:MAX_THREAD_NAME - 1] + "…"
        try:
            channel = self.client.get_channel(int(chat.chat_id)) or await self.client.fetch_channel(int(chat.chat_id))
            if not isinstance(channel, discord.TextChannel):
                raise DeliveryError(f"desk channel {chat.chat_id} is not a text channel", permanent=True)
            # discord.py opens a private thread unless told otherwise; volunteers must all see the case
            thread = await channel.create_thread(name=name, type=discord.ChannelType.public_thread,
                                                 auto_archive_duration=THREAD_ARCHIVE_MINUTES)
        except DeliveryError:
            raise
        except Exception as exc:
            error = self._delivery_error(exc, chat)
            if error is None:
                raise
            raise error from exc
        return str(thread.id)

    def _text(self, chat: ChatRef, reply: Reply) -> tuple[str, discord.AllowedMentions]:
        """The text as Discord should show it (markdown escaped) and who it may ping: nobody, or at the
        desk the one role the reply asks for."""
        text = discord.utils.escape_markdown(reply.text)
        role = reply.mention_role
        if role and chat.kind is ChatKind.DESK:
            if role.isdigit():
                return f"<@&{role}> {text}", discord.AllowedMentions(
                    everyone=False, users=False, roles=[discord.Object(int(role))], replied_user=False)
            log.warning("discord role to mention %r is not a role id; sent without it", role)
        return text, NO_PINGS

    async def _target(self, chat: ChatRef) -> discord.abc.Messageable:
        if chat.kind is ChatKind.DIRECT:
            # a page to a volunteer: `chat_id` is their user id; Discord wants the DM channel opened first
            return await self.client.create_dm(discord.Object(int(chat.chat_id)))
        return self._messageable(chat)

    def _messageable(self, chat: ChatRef) -> discord.PartialMessageable:
        if chat.kind is ChatKind.PRIVATE:
            return self.client.get_partial_messageable(int(chat.chat_id), type=discord.ChannelType.private)
        return self.client.get_partial_messageable(int(chat.thread_id or chat.chat_id))

    def _reference(self, chat: ChatRef, reply: Reply) -> discord.MessageReference | None:
        if not (reply.reply_to and reply.reply_to.isdigit()):
            return None
        # a reply to a message deleted meanwhile is sent as a plain message rather than refused
        return discord.MessageReference(message_id=int(reply.reply_to), channel_id=int(chat.thread_id or chat.chat_id),
                                        fail_if_not_exists=False)

    def _interaction(self, chat: ChatRef) -> discord.Interaction[Any]:
        interaction = self._interactions.get(chat.chat_id)
        if interaction is None or interaction.is_expired():
            raise DeliveryError("the slash command to answer is gone (expired, or asked before a restart)",
                                permanent=True)
        return interaction

    def _view(self, reply: Reply) -> discord.ui.View | None:
        if not reply.choices:
            return None
        key = tuple((c.id, c.label) for c in reply.choices)
        if (view := self._views.get(key)) is None:
            if len(self._views) >= VIEWS_AT_MOST:
                self._views.clear()
            view = self._views[key] = _build_view(key)
        return view


def _replied(message: discord.Message) -> str | None:
    """The message this one answers, if it is a Discord reply (a relayed message, a card)."""
    reference = message.reference
    replied = reference.message_id if message.type is discord.MessageType.reply and reference else None
    return str(replied) if replied else None


def _dms_refused(exc: Exception) -> bool:
    return isinstance(exc, discord.Forbidden) and exc.code == 50007


def _delivery_error(exc: Exception, chat: ChatRef) -> DeliveryError | None:
    """What a failed call means for the outbox; None for an exception that is no delivery failure."""
    private = chat.kind is ChatKind.PRIVATE
    if _dms_refused(exc):
        return DeliveryError("the person does not accept direct messages", blocked=True)
    if isinstance(exc, discord.Forbidden):
        return DeliveryError(f"discord refused the message ({exc.code})", permanent=True)
    if isinstance(exc, discord.NotFound):
        # a DM channel that is gone is a person out of reach; elsewhere, a deleted message or thread
        return DeliveryError(f"discord: not found ({exc.code})", permanent=True, blocked=private)
    if isinstance(exc, discord.HTTPException):
        permanent = 400 <= exc.status < 500 and exc.status != 429
        return DeliveryError(f"discord error {exc.status} ({exc.code})", permanent=permanent)
    if isinstance(exc, (TimeoutError, discord.GatewayNotFound, OSError, aiohttp.ClientError)):
        return DeliveryError(f"discord unreachable: {type(exc).__name__}")
    if isinstance(exc, ValueError):  # an id that is no Discord id
        return DeliveryError(f"not a Discord chat or message: {exc}", permanent=True)
    return None


def _desk(channel_id: str) -> str:
    """How a volunteer channel is named in what the operator reads: with the setting it comes from."""
    return f"discord volunteer channel {channel_id} ({DESK_SETTING})"

"""The Discord channel on discord.py: conversations in DMs, /help and mentions in servers, buttons that
survive restarts (dynamic items), replies that can never ping anyone."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import discord
import yarl
from discord import app_commands
from discord.http import Route

from bot.adapters.common import split_text
from bot.domain import Attachment, ChatRef, DeliveryError, InboundMessage, Inbox, Reply, UserRef

log = logging.getLogger(__name__)

PLATFORM = "discord"
MAX_TEXT = 2000
MAX_BUTTONS = 5  # more choices than this become a select menu
NO_PINGS = discord.AllowedMentions.none()
# Only what the conversations need: DMs, server messages (for mentions), and their text.
INTENTS = discord.Intents(guilds=True, dm_messages=True, guild_messages=True, message_content=True)


@dataclass(frozen=True)
class DiscordConfig:
    token: str
    api_base_url: str | None = None  # e.g. http://127.0.0.1:8000/api/v10; default: Discord's
    gateway_url: str | None = None  # e.g. ws://127.0.0.1:8000/gateway; default: Discord's
    guild_ready_timeout: float = 2.0
    max_file_bytes: int = 20 * 1024 * 1024
    catch_up_days: int = 7


Translate = Callable[[str, str], str]  # (locale, message id) -> text
ResumePoints = Callable[[], Awaitable[list[tuple[str, str, str]]]]  # (user id, DM channel id, last message id)


class ChoiceButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"fd:(?P<choice>[^\s]{1,90})"):
    """A choice button. Matched by its custom_id pattern, so it works on any message, after any restart,
    without keeping a View in memory per message."""

    def __init__(self, choice_id: str, label: str = "") -> None:
        super().__init__(discord.ui.Button(label=label[:80] or "·", custom_id=f"fd:{choice_id}",
                                           style=discord.ButtonStyle.secondary))
        self.choice_id = choice_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> ChoiceButton:
        return cls(match["choice"], getattr(item, "label", "") or "")

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.client.frontdoor.on_choice(interaction, self.choice_id)


class ChoiceSelect(discord.ui.DynamicItem[discord.ui.Select[Any]], template=r"fd-select:(?P<n>\d+)"):
    """More than five choices: one select menu; the chosen option's value is the choice id."""

    def __init__(self, options: Sequence[tuple[str, str]] = (), n: int = 0, placeholder: str = "…") -> None:
        select: discord.ui.Select[Any] = discord.ui.Select(
            custom_id=f"fd-select:{n}", placeholder=placeholder[:150], min_values=1, max_values=1,
            options=[discord.SelectOption(label=label[:100], value=value) for value, label in options[:25]]
            or [discord.SelectOption(label="·", value="_")])
        super().__init__(select)

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> ChoiceSelect:
        return cls(n=int(match["n"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        values = (interaction.data or {}).get("values") or []
        if values:
            await interaction.client.frontdoor.on_choice(interaction, str(values[0]))


class _Client(discord.Client):
    def __init__(self, frontdoor: DiscordChannel) -> None:
        super().__init__(intents=INTENTS, allowed_mentions=NO_PINGS,
                         guild_ready_timeout=frontdoor.config.guild_ready_timeout)
        self.frontdoor = frontdoor
        self.tree = app_commands.CommandTree(self)

    async def setup_hook(self) -> None:
        self.add_dynamic_items(ChoiceButton, ChoiceSelect)
        await self.frontdoor.register_commands(self.tree)

    async def on_ready(self) -> None:
        await self.frontdoor.on_ready()

    async def on_message(self, message: discord.Message) -> None:
        await self.frontdoor.on_message(message)

    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        custom_id = str((interaction.data or {}).get("custom_id", ""))
        if interaction.type is discord.InteractionType.component and not custom_id.startswith("fd"):
            # not one of ours (another bot's, or an old format): say so instead of letting it spin
            log.info("discord interaction %s with unknown component skipped", interaction.id)
            with contextlib.suppress(discord.HTTPException):
                await interaction.response.defer()


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
    platform = PLATFORM

    def __init__(self, config: DiscordConfig, inbox: Inbox, translate: Translate, locales: Sequence[str],
                 resume_points: ResumePoints | None = None) -> None:
        self.config = config
        self.inbox = inbox
        self.translate = translate
        self.locales = list(locales)
        self.resume_points = resume_points
        if config.api_base_url:
            Route.BASE = config.api_base_url.rstrip("/")
        if config.gateway_url:
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(config.gateway_url)
        self.client = _Client(self)
        self._runner: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        self._caught_up = False
        self._dm_closed: set[str] = set()  # chats where a DM was refused (50007) in this process
        self._tasks: set[asyncio.Task[Any]] = set()

    # -- life cycle ------------------------------------------------------------------------------
    async def start(self) -> None:
        await self.client.login(self.config.token)
        self._runner = asyncio.create_task(self._connect(), name="discord-gateway")
        await asyncio.wait_for(self._ready.wait(), timeout=60)
        if self._runner.done():
            log.error("discord channel not started")
            return
        log.info("discord channel started as %s", self.client.user.id if self.client.user else "?")

    async def _connect(self) -> None:
        try:
            await self.client.connect(reconnect=True)
        except discord.PrivilegedIntentsRequired:
            log.error("discord refused the Message Content intent: switch it on for this bot in the Discord "
                      "developer portal (Bot > Privileged Gateway Intents); the Discord channel is off until then")
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
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=10)

    def routes(self) -> list[Any]:
        return []

    async def register_commands(self, tree: app_commands.CommandTree[Any]) -> None:
        await tree.set_translator(_CommandTranslator(self.translate, self.locales))

        @tree.command(name=app_commands.locale_str("help", key="command-words-help"),
                      description=app_commands.locale_str(self.translate("en", "command-help"), key="command-help"))
        async def help_command(interaction: discord.Interaction[Any]) -> None:
            await self.on_help(interaction)

        await tree.sync()

    async def on_ready(self) -> None:
        self._ready.set()
        if not self._caught_up:
            self._caught_up = True
            self._spawn(self._catch_up())

    def _spawn(self, coroutine: Any) -> None:
        task = asyncio.create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- receiving -------------------------------------------------------------------------------
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.author.system:
            return
        try:
            if message.guild is None:
                inbound = await self._from_dm(message)
                if await self.inbox.ingest(inbound):
                    await self.inbox.process(inbound)
            elif self.client.user is not None and self.client.user in message.mentions:
                await self._move_to_dm(message.author, f"m{message.id}", None, reply_to=message)
            else:
                log.debug("discord server message %s without a mention skipped", message.id)
        except Exception:
            log.exception("discord message %s could not be handled", message.id)

    async def _from_dm(self, message: discord.Message) -> InboundMessage:
        return InboundMessage(
            platform=PLATFORM, external_id=str(message.id), user=UserRef(PLATFORM, str(message.author.id)),
            chat=ChatRef(PLATFORM, str(message.channel.id)), text=message.content or None,
            attachments=tuple([await self._download(a) for a in message.attachments]),
            received_at=message.created_at)

    async def _download(self, attachment: discord.Attachment) -> Attachment:
        kind = attachment.content_type or "application/octet-stream"
        if attachment.size > self.config.max_file_bytes:
            return Attachment(attachment.filename, kind, b"", size=attachment.size)  # refused unread
        return Attachment(attachment.filename, kind, await attachment.read())

    async def on_choice(self, interaction: discord.Interaction[Any], choice_id: str) -> None:
        """A button or a select: stored first, then acknowledged (within Discord's 3 seconds), then answered."""
        if interaction.channel_id is None:
            return
        inbound = InboundMessage(
            platform=PLATFORM, external_id=f"i{interaction.id}", user=self._user(interaction),
            chat=ChatRef(PLATFORM, str(interaction.channel_id)), choice=choice_id)
        stored = await self.inbox.ingest(inbound)
        with contextlib.suppress(discord.HTTPException):
            await interaction.response.defer()  # an update of the message, without a visible answer
        if stored:
            await self.inbox.process(inbound)

    async def on_help(self, interaction: discord.Interaction[Any]) -> None:
        if interaction.guild_id is not None:
            await self._move_to_dm(interaction.user, f"i{interaction.id}", interaction)
            return
        inbound = InboundMessage(
            platform=PLATFORM, external_id=f"i{interaction.id}", user=self._user(interaction),
            chat=ChatRef(PLATFORM, str(interaction.channel_id)), command="help")
        stored = await self.inbox.ingest(inbound)
        with contextlib.suppress(discord.HTTPException):
            await interaction.response.defer(thinking=True)
        if stored:
            await self.inbox.process(inbound)
        with contextlib.suppress(discord.HTTPException):
            await interaction.delete_original_response()

    async def _move_to_dm(self, user: discord.abc.User, event_id: str,
                          interaction: discord.Interaction[Any] | None,
                          reply_to: discord.Message | None = None) -> None:
        """Asked for help in a server: continue privately, in DMs. If DMs are closed, say how to open them
        (privately when the platform allows it: an ephemeral answer to a slash command)."""
        locale = interaction.locale.value if interaction is not None else None
        language = (locale or "en").split("-")[0]
        try:
            dm = await user.create_dm()
        except discord.HTTPException:
            dm = None
        inbound = None
        if dm is not None:
            inbound = InboundMessage(platform=PLATFORM, external_id=event_id,
                                     user=UserRef(PLATFORM, str(user.id), language_hint=locale),
                                     chat=ChatRef(PLATFORM, str(dm.id)), command="start")
            await self.inbox.ingest(inbound)
        if interaction is not None:
            with contextlib.suppress(discord.HTTPException):
                await interaction.response.send_message(self.translate(language, "discord-moved-to-dm"),
                                                        ephemeral=True)
        if inbound is not None:
            await self.inbox.process(inbound)
        if dm is None or str(dm.id) in self._dm_closed:
            text = self.translate(language, "discord-dm-closed")
            if interaction is not None:
                with contextlib.suppress(discord.HTTPException):
                    await interaction.followup.send(text, ephemeral=True)
            elif reply_to is not None:
                with contextlib.suppress(discord.HTTPException):
                    await reply_to.reply(text, allowed_mentions=discord.AllowedMentions(users=[user],
                                                                                          everyone=False,
                                                                                          roles=False))

    @staticmethod
    def _user(interaction: discord.Interaction[Any]) -> UserRef:
        return UserRef(PLATFORM, str(interaction.user.id), language_hint=interaction.locale.value)

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
            channel = self.client.get_partial_messageable(int(chat_id), type=discord.ChannelType.private)
            try:
                async for message in channel.history(after=discord.Object(int(last_id)), oldest_first=True,
                                                     limit=100):
                    if str(message.author.id) == user_id:
                        inbound = await self._from_dm(message)
                        if await self.inbox.ingest(inbound):
                            found += 1
                            await self.inbox.process(inbound)
            except discord.HTTPException as exc:
                log.warning("discord catch-up of channel %s failed: %s", chat_id, exc.status)
        if found:
            log.info("discord catch-up: %s message(s) written while the bot was down", found)

    # -- sending ---------------------------------------------------------------------------------
    async def send(self, chat: ChatRef, reply: Reply) -> str | None:
        channel = self.client.get_partial_messageable(int(chat.chat_id))
        chunks = split_text(discord.utils.escape_markdown(reply.text), MAX_TEXT)
        sent_id = None
        for number, chunk in enumerate(chunks, start=1):
            view = self._view(reply) if number == len(chunks) else None
            try:
                if view is None:
                    message = await channel.send(chunk, allowed_mentions=NO_PINGS)
                else:
                    message = await channel.send(chunk, view=view, allowed_mentions=NO_PINGS)
                    view.stop()  # the dynamic items answer clicks; no view needs to stay in memory
            except discord.Forbidden as exc:
                if exc.code == 50007:
                    self._dm_closed.add(chat.chat_id)
                    raise DeliveryError("the person does not accept direct messages", blocked=True) from exc
                raise DeliveryError(f"discord refused the message ({exc.code})", permanent=True) from exc
            except discord.NotFound as exc:
                raise DeliveryError("the channel is gone", blocked=True) from exc
            except discord.HTTPException as exc:
                permanent = 400 <= exc.status < 500 and exc.status != 429
                raise DeliveryError(f"discord error {exc.status}", permanent=permanent) from exc
            except (TimeoutError, discord.GatewayNotFound, OSError) as exc:
                raise DeliveryError(f"discord unreachable: {type(exc).__name__}") from exc
            sent_id = str(message.id)
        return sent_id

    def _view(self, reply: Reply) -> discord.ui.View | None:
        if not reply.choices:
            return None
        view = discord.ui.View(timeout=None)
        if len(reply.choices) > MAX_BUTTONS:
            view.add_item(ChoiceSelect([(c.id, c.label) for c in reply.choices], n=len(reply.choices)))
        else:
            for choice in reply.choices:
                view.add_item(ChoiceButton(choice.id, choice.label))
        return view

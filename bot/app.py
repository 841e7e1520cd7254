"""Composition root: settings -> database -> translations -> flows -> services -> channels. Nothing imports it."""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml
from aiohttp import web

from bot import faults, outage
from bot.config import Settings
from bot.domain import ChatKind, ChatRef, InboundMessage
from bot.engine.loader import FlowSet, load_flows
from bot.engine.machine import Engine
from bot.i18n import Translator
from bot.language import make_policy
from bot.ports import Channel, FileStore, PurgeReport, Retention, Store, WorkKey
from bot.services import escalation, relay
from bot.services.handlers import Router
from bot.services.handlers.cases import CaseActions
from bot.services.handlers.commands import UniversalCommands
from bot.services.handlers.confirmations import PendingConfirmation
from bot.services.handlers.desk import DeskHelp
from bot.services.handlers.intake import Intake
from bot.services.handlers.language import LanguageButtons, LanguageDetection
from bot.services.handlers.outreach import Outreach
from bot.services.handlers.relay import ClaimerDirect, DeskRelay, VictimRelay, WithVolunteer
from bot.services.handlers.safety import Safety
from bot.services.handlers.upkeep import Upkeep
from bot.services.handlers.volunteers import VolunteerCommands
from bot.services.outbox import Outbox
from bot.services.pipeline import Pipeline
from bot.services.texts import COMMANDS
from bot.services.turn import Tools
from bot.storage import sealing
from bot.storage.db import Database, SessionLock
from bot.storage.files import DiskFileStore
from bot.storage.repository import SqlStore
from bot.triage import Triage, load_triage

log = logging.getLogger(__name__)


@dataclass
class App:
    settings: Settings
    db: Database
    store: SqlStore
    flows: FlowSet
    translator: Translator
    engine: Engine
    outbox: Outbox
    pipeline: Pipeline
    escalations: escalation.EscalationRunner = field(init=False)
    retention: RetentionJob = field(init=False)
    _catching_up: set[asyncio.Task[None]] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        self.escalations = build_escalations(self.pipeline, self.settings)
        self.retention = RetentionJob(self.store, self.pipeline.files, self.settings.retention)

    # -- the Inbox every channel hands its events to ------------------------------------------------
    async def handle(self, message: InboundMessage) -> bool:
        """Store and answer one event at once (the console, the tests)."""
        stored = await self.ingest(message)
        await self.process(message)
        return stored

    async def ingest(self, message: InboundMessage) -> bool:
        return await self.pipeline.ingest(message) is not None

    async def ingest_many(self, messages: Sequence[InboundMessage]) -> list[bool]:
        return [inbound_id is not None for inbound_id in await self.pipeline.ingest_many(messages)]

    async def process(self, message: InboundMessage, *, decided: Callable[[], None] | None = None) -> None:
        try:
            await self.pipeline.process(WorkKey.of(message), decided=decided)
        except Exception as exc:  # the database is out: the event stays stored and is answered once it is back
            if not outage.DATABASE.failed(exc, f"answering {message.platform} event {message.external_id}"):
                raise
            outage.DATABASE.when_ended(self._catch_up)

    def _catch_up(self) -> None:
        """After an outage: answer what was stored and not answered, send what waits (in the background)."""
        task = asyncio.ensure_future(self._answer_stored())
        self._catching_up.add(task)
        task.add_done_callback(self._catching_up.discard)

    async def _answer_stored(self) -> None:
        try:
            for key in await self.store.pending_keys(10_000):
                await self.pipeline.process(key)
            while await self.outbox.sweep():
                pass
        except Exception as exc:
            if not outage.DATABASE.failed(exc, "catching up after the database outage"):
                log.exception("catching up after the database outage failed; the next start-up finishes it")
                return
            outage.DATABASE.when_ended(self._catch_up)  # out again: once more when it is back

    def add_channel(self, channel: Channel) -> None:
        self.outbox.senders[channel.platform] = channel

    async def ready(self) -> bool:
        try:
            return await self.db.revision() is not None
        except Exception as exc:
            outage.log_failure(log, exc, "readiness check: database unreachable")
            return False

    async def recover(self) -> None:
        await self.pipeline.recover(sole_worker=self.db.is_sqlite)
        files = self.pipeline.files
        if isinstance(files, DiskFileStore):
            try:
                files.sweep(await self.store.referenced_files())
            except Exception:  # a sweep that fails leaves files on disk, never loses one in use
                log.exception("evidence files: the sweep of unreferenced files failed")

    async def close(self) -> None:
        outage.DATABASE.forget(self._catch_up)
        if self._catching_up:
            await asyncio.wait(set(self._catching_up), timeout=10)
        await self.escalations.settle()
        await self.pipeline.settle()
        await self.db.dispose()


class RetentionJob:
    """RETENTION_DAYS_* applied once a day in the running bot. Every worker looks each hour; the store lets the one
    that finds the last purge (the CLI's too) a day old do it, under a lock, so workers never purge at once."""

    def __init__(self, store: SqlStore, files: FileStore, retention: Retention, *, every: timedelta = timedelta(days=1),
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.store, self.files, self.retention, self.every, self.clock = store, files, retention, every, clock

    async def run(self, *, first: float = 60.0, interval: float = 3600.0) -> None:
        if self.retention.keeps_everything:
            return
        await asyncio.sleep(first)  # the start-up's own work (recovery, the catch-up) comes first
        while True:
            try:
                await self.tick()
                outage.DATABASE.ok()
            except Exception as exc:
                outage.log_failure(log, exc, "retention: the daily purge failed; trying again in %.0f min",
                                   interval / 60)
            await asyncio.sleep(interval)

    async def tick(self) -> PurgeReport | None:
        """Purge if no purge ran in the last day; None if it was not due or another worker is at it."""
        now = self.clock()
        report = await self.store.purge(self.retention, now=now, files=self.files, unless_since=now - self.every)
        if report is not None:
            log.info("retention (%s): purged %s", self.retention.describe(),
                     ", ".join(f"{name} {count}" for name, count in report.counts().items()))
        return report


def load_content(settings: Settings) -> tuple[FlowSet, Translator]:
    return (load_flows(settings.flows_dir, settings.root_flow),
            Translator(settings.locales_dir, settings.default_locale))


def victim_handlers() -> list[Any]:
    """In order: the first that handles an event ends its way (see bot/services/handlers)."""
    return [VolunteerCommands(), ClaimerDirect(), Upkeep(), Safety(), Outreach(), WithVolunteer(), LanguageButtons(),
            LanguageDetection(), UniversalCommands(), PendingConfirmation(), VictimRelay(), Intake()]


def desk_handlers() -> list[Any]:
    return [VolunteerCommands(), CaseActions(), DeskRelay(), DeskHelp()]


def desk_chats(settings: Settings) -> tuple[ChatRef, ...]:
    """The volunteer chats of the configured channels, where cases get their topic or thread and card."""
    chats = []
    if settings.telegram_bot_token:
        chats += [ChatRef("telegram", chat_id, kind=ChatKind.DESK) for chat_id in sorted(settings.telegram_desk_chats)]
    if settings.discord_bot_token:
        chats += [ChatRef("discord", chat_id, kind=ChatKind.DESK) for chat_id in sorted(settings.discord_desk_channels)]
    return tuple(chats)


@functools.lru_cache(maxsize=4)
def _triage(flows_dir: Path) -> Triage:
    return load_triage(flows_dir)  # read once per process: the rules and word lists do not change


def load_policy(path: Path) -> dict[str, Any]:
    return escalation.parse_policy(yaml.safe_load(path.read_text(encoding="utf-8")))


async def build_app(settings: Settings, channels: dict[str, Channel] | None = None, *, upgrade: bool = True,
                    **tool_options: Any) -> App:
    """Wire everything; with `upgrade`, bring the database schema up to date first."""
    flows, translator = load_content(settings)
    sealing.use(sealing.Sealer(settings.encryption_keys))
    db = Database(settings.database_url)
    if upgrade:
        await db.upgrade()
    store = SqlStore(db, lease_seconds=settings.outbox_lease_seconds)
    pipeline = build_pipeline(settings, store, DiskFileStore(settings.evidence_dir), flows, translator,
                              channels, **tool_options)
    return App(settings, db, store, flows, translator, pipeline.tools.engine, pipeline.outbox, pipeline)


def build_pipeline(settings: Settings, store: Store, files: FileStore, flows: FlowSet, translator: Translator,
                   channels: dict[str, Channel] | None = None, **tool_options: Any) -> Pipeline:
    """The services on any store: SQL in production, memory in the fast service tests."""
    outbox = Outbox(store, channels or {}, lease_seconds=settings.outbox_lease_seconds, files=files)
    language = None if settings.language_detector == "none" else make_policy(
        settings.language_detector, translator.locales)
    options: dict[str, Any] = dict(
        triage=_triage(settings.flows_dir), store=store, desks=desk_chats(settings),
        policy=load_policy(settings.escalation_policy),
        volunteer_locale=translator.negotiate(settings.volunteer_locale),
        roles={"discord": settings.discord_volunteer_role_id} if settings.discord_volunteer_role_id else {},
        claim_reminder=settings.claim_reminder_minutes * 60, reopen_days=settings.reopen_days,
        anonymous=settings.volunteer_anonymous, files=files)
    tools = Tools(Engine(flows), translator, store, language=language,
                  max_file_bytes=settings.max_file_mb * 1024 * 1024, **{**options, **tool_options})
    outbox.on_blocked = functools.partial(relay.report_blocked, tools, outbox)
    return Pipeline(store, files, tools, Router(victim_handlers(), desk_handlers()), outbox,
                    checkpoint=faults.crash_point)


def build_escalations(pipeline: Pipeline, settings: Settings) -> escalation.EscalationRunner:
    return escalation.EscalationRunner(pipeline.store, pipeline.tools, pipeline.outbox,
                                       lease_seconds=settings.outbox_lease_seconds, checkpoint=faults.crash_point)


def command_menu(translator: Translator) -> dict[str, list[tuple[str, str]]]:
    """The universal commands with their description in every language, for a platform's menu."""
    return {locale: [(name, translator.render(locale, f"command-{name}")) for name in COMMANDS]
            for locale in translator.locales}


def polling_lock(app: App, settings: Settings) -> SessionLock | None:
    """Long polling in one worker only: on PostgreSQL the poller holds an advisory lock for its lifetime; a SQLite
    database has one worker by construction, and webhook mode may run in every worker."""
    if settings.telegram_mode != "polling" or app.db.is_sqlite or not settings.telegram_bot_token:
        return None
    bot_id = settings.telegram_bot_token.get_secret_value().partition(":")[0]  # the token starts with the bot's id
    return app.db.session_lock(f"telegram polling of bot {bot_id}", label=f"frontdoor telegram poller, pid "
                               f"{os.getpid()} on {socket.gethostname()}")


def start_channels(app: App, settings: Settings, web_app: web.Application) -> list[Channel]:
    """Create the channels that have credentials, register them for sending and mount their routes.

    SDKs are imported here, lazily: a deployment without Discord never loads discord.py."""
    if settings.telegram_desk_chats and not settings.telegram_bot_token:
        log.error("TELEGRAM_VOLUNTEER_CHAT_ID is set (%s) but TELEGRAM_BOT_TOKEN is not: no case reaches that "
                  "chat; set the token, or remove the setting", ", ".join(sorted(settings.telegram_desk_chats)))
    if settings.discord_desk_channels and not settings.discord_bot_token:
        log.error("DISCORD_VOLUNTEER_CHANNEL_ID is set (%s) but DISCORD_BOT_TOKEN is not: no case reaches that "
                  "channel; set the token, or remove the setting", ", ".join(sorted(settings.discord_desk_channels)))
    channels: list[Channel] = []
    if settings.telegram_bot_token:
        from bot.adapters.telegram import CommandMenu, TelegramChannel, TelegramConfig

        secret = settings.telegram_webhook_secret
        telegram = TelegramChannel(
            TelegramConfig(token=settings.telegram_bot_token.get_secret_value(),
                           api_base_url=settings.telegram_api_base_url,
                           file_base_url=settings.telegram_file_base_url, mode=settings.telegram_mode,
                           webhook_url=settings.telegram_webhook_url,
                           webhook_secret=secret.get_secret_value() if secret else None,
                           max_file_bytes=settings.max_file_mb * 1024 * 1024,
                           per_chat_per_second=settings.telegram_per_chat_per_second,
                           desk_chats=settings.telegram_desk_chats),
            app, CommandMenu(command_menu(app.translator), settings.default_locale),
            polling_lock=polling_lock(app, settings))
        channels.append(telegram)
    if settings.discord_bot_token:
        from bot.adapters.discord import DiscordChannel, DiscordConfig

        channels.append(DiscordChannel(
            DiscordConfig(token=settings.discord_bot_token.get_secret_value(),
                          api_base_url=settings.discord_api_base_url, gateway_url=settings.discord_gateway_url,
                          guild_ready_timeout=settings.discord_guild_ready_timeout,
                          max_file_bytes=settings.max_file_mb * 1024 * 1024,
                          desk_channels=settings.discord_desk_channels,
                          shard_ids=settings.discord_shards, shard_count=settings.discord_shard_count,
                          volunteer_role=settings.discord_volunteer_role_id or None),
            app, app.translator.render, app.translator.locales,
            resume_points=lambda: app.store.resume_points("discord")))
    for channel in channels:
        app.add_channel(channel)
        web_app.add_routes(channel.routes())
    return channels

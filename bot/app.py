"""Composition root: settings -> database -> translations -> flows -> services -> channels. Nothing imports it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from bot.config import Settings
from bot.domain import InboundMessage
from bot.engine.loader import FlowSet, load_flows
from bot.engine.machine import Engine
from bot.i18n import Translator
from bot.language import make_policy
from bot.services.conversation import Dispatcher
from bot.services.outbox import Outbox
from bot.services.ports import Sender
from bot.services.texts import COMMANDS
from bot.storage.db import Database
from bot.storage.files import DiskFileStore
from bot.storage.repository import SqlStore
from bot.web import MESSAGES

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
    dispatcher: Dispatcher

    async def handle(self, message: InboundMessage) -> bool:
        """The callback every channel hands its messages to."""
        MESSAGES.labels(message.platform).inc()
        return await self.dispatcher.handle(message)

    async def ingest(self, message: InboundMessage) -> bool:
        MESSAGES.labels(message.platform).inc()
        return await self.dispatcher.ingest(message) is not None

    async def process(self, message: InboundMessage) -> None:
        await self.dispatcher.process(message.platform, message.user.external_id)

    def add_channel(self, platform: str, sender: Sender) -> None:
        self.outbox.senders[platform] = sender

    async def ready(self) -> bool:
        try:
            return await self.db.revision() is not None
        except Exception:
            log.exception("readiness check: database unreachable")
            return False

    async def recover(self) -> None:
        await self.dispatcher.recover(sole_worker=self.db.is_sqlite)

    async def close(self) -> None:
        await self.dispatcher.settle()
        await self.db.dispose()


def load_content(settings: Settings) -> tuple[FlowSet, Translator]:
    return (load_flows(settings.flows_dir, settings.root_flow),
            Translator(settings.locales_dir, settings.default_locale))


async def build_app(settings: Settings, senders: dict[str, Sender] | None = None, *, upgrade: bool = True,
                    **dispatcher_options: Any) -> App:
    """Wire everything; with `upgrade`, bring the database schema up to date first."""
    flows, translator = load_content(settings)
    db = Database(settings.database_url)
    if upgrade:
        await db.upgrade()
    store = SqlStore(db, lease_seconds=settings.outbox_lease_seconds)
    engine = Engine(flows)
    outbox = Outbox(store, senders or {}, lease_seconds=settings.outbox_lease_seconds)
    language = None if settings.language_detector == "none" else make_policy(
        settings.language_detector, translator.locales)
    dispatcher = Dispatcher(store, DiskFileStore(settings.evidence_dir), engine, translator, outbox,
                            language=language, max_file_bytes=settings.max_file_mb * 1024 * 1024,
                            **dispatcher_options)
    return App(settings, db, store, flows, translator, engine, outbox, dispatcher)


def command_menu(translator: Translator) -> dict[str, list[tuple[str, str]]]:
    """The universal commands with their description in every language, for a platform's menu."""
    return {locale: [(name, translator.render(locale, f"command-{name}")) for name in COMMANDS]
            for locale in translator.locales}


def start_channels(app: App, settings: Settings, web_app: web.Application) -> list[Any]:
    """Create the channels that have credentials, register them for sending and mount their routes.

    SDKs are imported here, lazily: a deployment without Discord never loads discord.py."""
    channels: list[Any] = []
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
                           per_chat_per_second=settings.telegram_per_chat_per_second),
            app, CommandMenu(command_menu(app.translator), settings.default_locale))
        web_app.add_routes(telegram.routes())
        channels.append(telegram)
    if settings.discord_bot_token:
        from bot.adapters.discord import DiscordChannel, DiscordConfig

        channels.append(DiscordChannel(
            DiscordConfig(token=settings.discord_bot_token.get_secret_value(),
                          api_base_url=settings.discord_api_base_url, gateway_url=settings.discord_gateway_url,
                          guild_ready_timeout=settings.discord_guild_ready_timeout,
                          max_file_bytes=settings.max_file_mb * 1024 * 1024),
            app, app.translator.render, app.translator.locales,
            resume_points=lambda: app.store.resume_points("discord")))
    for channel in channels:
        app.add_channel(channel.platform, channel)
    return channels

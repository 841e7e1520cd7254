"""The start-up check of the volunteer chats: what an operator reads when a Telegram group or a Discord channel is
not set up so that cases reach the volunteers. Real python-telegram-bot and discord.py against the fakes; the
assertions are on the log lines people read."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import discord
import pytest
import yarl

from bot.adapters.discord import INTENT_OFF, DiscordChannel, DiscordConfig
from bot.adapters.telegram import TelegramChannel, TelegramConfig
from bot.domain import ChatKind, ChatRef, InboundMessage
from tests.fakes.discord import (
    CREATE_PUBLIC_THREADS,
    DEFAULT_TOKEN,
    MENTION_EVERYONE,
    PERMISSIONS,
    READ_MESSAGE_HISTORY,
    SEND_MESSAGES,
    SEND_MESSAGES_IN_THREADS,
    VIEW_CHANNEL,
    FakeDiscord,
)
from tests.fakes.telegram import FakeTelegram

pytestmark = pytest.mark.filterwarnings("ignore:.*do_api_request.*")
TOKEN = "123456:FAKE-token-never-in-logs"
FORUM, PLAIN, BASIC = -1001000000001, -1001000000002, -4000000003
STARTS_WITHIN = 10.0  # seconds: the check must never hold up the start for long
TELEGRAM_LOG, DISCORD_LOG = "bot.adapters.telegram", "bot.adapters.discord"


class Inbox:
    """Records what a channel stores; nothing is expected here, the check only reads."""

    def __init__(self) -> None:
        self.events: list[InboundMessage] = []

    async def ingest(self, message: InboundMessage) -> bool:
        self.events.append(message)
        return True

    async def ingest_many(self, messages: list[InboundMessage]) -> list[bool]:
        return [await self.ingest(message) for message in messages]

    async def process(self, message: InboundMessage, *, decided: Any = None) -> None:
        pass


def said(caplog: pytest.LogCaptureFixture, logger: str, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == logger and r.levelno == level]


def problems(caplog: pytest.LogCaptureFixture, logger: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == logger and r.levelno >= logging.WARNING]


# -- Telegram ---------------------------------------------------------------------------------------------------
@pytest.fixture
async def telegram(caplog: pytest.LogCaptureFixture) -> AsyncIterator[FakeTelegram]:
    caplog.set_level(logging.INFO, logger=TELEGRAM_LOG)
    async with FakeTelegram(token=TOKEN) as server:
        server.add_group(FORUM, forum=True, title="Desk")
        server.add_group(PLAIN, title="Desk without topics")
        server.add_group(BASIC, title="Old basic group")
        yield server


@contextlib.asynccontextmanager
async def telegram_channel(fake: FakeTelegram, *desks: int | str) -> AsyncIterator[TelegramChannel]:
    channel = TelegramChannel(TelegramConfig(
        token=TOKEN, api_base_url=fake.api_base, file_base_url=fake.file_base, poll_timeout=1,
        per_chat_per_second=30.0, per_group_per_minute=1200.0, desk_chats=frozenset(str(d) for d in desks)), Inbox())
    started = time.monotonic()
    await asyncio.wait_for(channel.start(), STARTS_WITHIN)
    assert time.monotonic() - started < STARTS_WITHIN
    try:
        yield channel
    finally:
        await asyncio.wait_for(channel.stop(), 15)


async def test_a_well_set_up_forum_is_ready_with_topics_and_nothing_to_fix(telegram, caplog) -> None:
    async with telegram_channel(telegram, FORUM) as channel:
        assert channel.desk_problems == [] and channel.desk_ready == {str(FORUM): "forum topics"}
        assert said(caplog, TELEGRAM_LOG, logging.INFO).count(
            f'telegram volunteer chat {FORUM} ("Desk") ready (forum topics)') == 1
        assert problems(caplog, TELEGRAM_LOG) == []
        topic = await channel.open_thread(ChatRef("telegram", str(FORUM), kind=ChatKind.DESK), "FD-1")
        assert not topic.startswith("r")  # what the line promised: a topic per case
    assert [m for m, _ in telegram.requests if m.startswith("getChat")] == ["getChat", "getChatMember"]
    assert TOKEN not in caplog.text and TOKEN.split(":")[1] not in caplog.text


async def test_a_bot_that_is_no_admin_with_privacy_on_cannot_read_the_volunteers(telegram, caplog) -> None:
    telegram.set_bot_member(PLAIN, "member")
    async with telegram_channel(telegram, PLAIN) as channel:
        [line] = problems(caplog, TELEGRAM_LOG)
        assert line == channel.desk_problems[0] and line in said(caplog, TELEGRAM_LOG, logging.WARNING)
        assert line.startswith(f"telegram volunteer chat {PLAIN} (TELEGRAM_VOLUNTEER_CHAT_ID): ")
        assert "cannot read what volunteers write" in line
        assert "make the bot an admin" in line and "/setprivacy" in line and "add it again" in line
        assert channel.desk_ready == {}
        assert not [m for m in said(caplog, TELEGRAM_LOG, logging.INFO) if "ready" in m and str(PLAIN) in m]


async def test_privacy_mode_off_is_enough_for_a_member(telegram, caplog) -> None:
    telegram.set_bot_member(PLAIN, "member")
    telegram.privacy_mode = False  # BotFather /setprivacy -> Disable
    async with telegram_channel(telegram, PLAIN) as channel:
        assert problems(caplog, TELEGRAM_LOG) == [] and channel.desk_ready == {str(PLAIN): "reply chains"}


async def test_a_group_without_topics_is_a_notice_and_ready_with_reply_chains(telegram, caplog) -> None:
    async with telegram_channel(telegram, PLAIN) as channel:
        assert problems(caplog, TELEGRAM_LOG) == [] and channel.desk_problems == []
        [notice] = [m for m in said(caplog, TELEGRAM_LOG, logging.INFO) if "topics are off" in m]
        assert f"{PLAIN} (TELEGRAM_VOLUNTEER_CHAT_ID)" in notice and "reply chain" in notice
        assert "turn on Topics" in notice and "Manage topics" in notice
        assert f'telegram volunteer chat {PLAIN} ("Desk without topics") ready (reply chains)' in caplog.text


async def test_a_forum_where_the_bot_may_not_manage_topics_says_cases_become_reply_chains(telegram, caplog) -> None:
    telegram.set_bot_member(FORUM, "administrator", can_manage_topics=False)
    async with telegram_channel(telegram, FORUM) as channel:
        [line] = problems(caplog, TELEGRAM_LOG)
        assert line in said(caplog, TELEGRAM_LOG, logging.WARNING) and line == channel.desk_problems[0]
        assert f"chat {FORUM} (TELEGRAM_VOLUNTEER_CHAT_ID)" in line
        assert "reply chains" in line and '"Manage topics"' in line
        thread = await channel.open_thread(ChatRef("telegram", str(FORUM), kind=ChatKind.DESK), "FD-2")
        assert thread.startswith("r")  # as the line said


@pytest.mark.parametrize("how", ["never added", "left", "removed"])
async def test_a_group_the_bot_is_not_in_cannot_be_used(telegram, caplog, how: str) -> None:
    group = -1001000000099
    if how != "never added":
        telegram.add_group(group, title="Elsewhere")
        if how == "left":
            telegram.set_bot_member(group, "left")
        else:
            telegram.block(group)  # kicked
    async with telegram_channel(telegram, group, FORUM) as channel:
        [line] = said(caplog, TELEGRAM_LOG, logging.ERROR)
        assert problems(caplog, TELEGRAM_LOG) == [line] == channel.desk_problems
        assert line.startswith(f"telegram volunteer chat {group} (TELEGRAM_VOLUNTEER_CHAT_ID): ")
        assert ("removed from this group: add it again" if how == "removed" else "add the bot to the group") in line
        assert channel.desk_ready == {str(FORUM): "forum topics"}  # the other chat is checked all the same


async def test_a_bot_that_may_not_send_cannot_use_the_group(telegram, caplog) -> None:
    telegram.set_bot_member(PLAIN, "restricted", can_send_messages=False)
    async with telegram_channel(telegram, PLAIN) as channel:
        [line] = said(caplog, TELEGRAM_LOG, logging.ERROR)
        assert problems(caplog, TELEGRAM_LOG) == [line] == channel.desk_problems
        assert "may not send messages" in line and "admin" in line


async def test_a_basic_group_gets_a_note_about_its_id_changing(telegram, caplog) -> None:
    async with telegram_channel(telegram, BASIC) as channel:
        assert problems(caplog, TELEGRAM_LOG) == [] and channel.desk_ready == {str(BASIC): "reply chains"}
        [note] = [m for m in said(caplog, TELEGRAM_LOG, logging.INFO) if "a basic group has no topics" in m]
        assert "new id (-100…)" in note and "TELEGRAM_VOLUNTEER_CHAT_ID" in note


async def test_a_basic_group_that_became_a_supergroup_names_the_new_id(telegram, caplog) -> None:
    new = -1001000000003
    telegram.upgrade_group(BASIC, new, forum=True)
    async with telegram_channel(telegram, BASIC) as channel:
        [line] = said(caplog, TELEGRAM_LOG, logging.ERROR)
        assert problems(caplog, TELEGRAM_LOG) == [line] == channel.desk_problems
        assert f"put {new} in TELEGRAM_VOLUNTEER_CHAT_ID" in line


@pytest.mark.parametrize("wrong", ["@volunteers", "4242"])
async def test_an_id_that_is_no_group_id_says_what_to_put_there(telegram, caplog, wrong: str) -> None:
    async with telegram_channel(telegram, wrong) as channel:
        [line] = said(caplog, TELEGRAM_LOG, logging.ERROR)
        assert problems(caplog, TELEGRAM_LOG) == [line] == channel.desk_problems
        assert f"chat {wrong} (TELEGRAM_VOLUNTEER_CHAT_ID)" in line and "numeric id" in line


async def test_a_check_that_telegram_fails_is_a_warning_and_the_bot_starts(telegram, caplog) -> None:
    telegram.fail_next("getChat", 500)
    async with telegram_channel(telegram, FORUM) as channel:
        [line] = said(caplog, TELEGRAM_LOG, logging.WARNING)
        assert problems(caplog, TELEGRAM_LOG) == [line] == channel.desk_problems
        assert "could not be checked (NetworkError)" in line
        assert "telegram channel started" in caplog.text


# -- Discord ----------------------------------------------------------------------------------------------------
class World:
    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.guild = fake.add_guild("Help desk")
        self.desk = fake.add_text_channel(self.guild, "desk")
        self.role = fake.add_role(self.guild, "Volunteers", mentionable=True)

    def bot_may(self, permissions: int, *, without: int = 0) -> None:
        """As on a server for volunteers: @everyone may only read, the bot's own role holds what it was invited
        with."""
        self.fake.set_role(self.guild, self.guild, permissions=VIEW_CHANNEL | READ_MESSAGE_HISTORY)
        self.fake.add_bot_role(self.guild, permissions & ~without)


@pytest.fixture
async def world(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> AsyncIterator[World]:
    caplog.set_level(logging.INFO, logger=DISCORD_LOG)
    async with FakeDiscord(heartbeat_interval=0.5) as server:
        # the channel points discord.py at the fake itself; these put the defaults back after the test
        monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
        monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
        yield World(server)
        assert server.errors == []


@contextlib.asynccontextmanager
async def discord_channel(world: World, *desks: int | str, role: int | str | None = None,
                          **config: Any) -> AsyncIterator[DiscordChannel]:
    fake = world.fake
    config.setdefault("desk_channels", frozenset(str(d) for d in desks or (world.desk,)))
    channel = DiscordChannel(
        DiscordConfig(token=DEFAULT_TOKEN, api_base_url=fake.api_base, gateway_url=fake.gateway_url,
                      guild_ready_timeout=0.05, volunteer_role=None if role is None else str(role), **config),
        Inbox(), lambda locale, key: key, ["en"])
    started = time.monotonic()
    await asyncio.wait_for(channel.start(), STARTS_WITHIN)
    assert time.monotonic() - started < STARTS_WITHIN
    try:
        yield channel
    finally:
        await asyncio.wait_for(channel.stop(), 20)


async def test_a_well_set_up_channel_and_role_are_ready_with_threads(world, caplog) -> None:
    world.bot_may(int(PERMISSIONS))
    async with discord_channel(world, role=world.role) as channel:
        assert channel.desk_problems == [] and channel.desk_ready == {str(world.desk): "threads"}
        assert problems(caplog, DISCORD_LOG) == []
        assert said(caplog, DISCORD_LOG, logging.INFO).count(
            f'discord volunteer channel {world.desk} (#desk in "Help desk") ready (threads)') == 1
    assert DEFAULT_TOKEN not in caplog.text


async def test_without_create_public_threads_cards_go_into_the_channel(world, caplog) -> None:
    world.bot_may(int(PERMISSIONS), without=CREATE_PUBLIC_THREADS)
    async with discord_channel(world, role=world.role) as channel:
        [line] = problems(caplog, DISCORD_LOG)
        assert line in said(caplog, DISCORD_LOG, logging.WARNING) and channel.desk_problems == [line]
        assert line.startswith(f"discord volunteer channel {world.desk} (DISCORD_VOLUNTEER_CHANNEL_ID): ")
        assert '"Create Public Threads"' in line and "posted in the channel itself" in line
        assert channel.desk_ready == {}


async def test_without_send_messages_in_threads_the_cards_would_be_lost(world, caplog) -> None:
    world.bot_may(int(PERMISSIONS), without=SEND_MESSAGES_IN_THREADS)
    async with discord_channel(world, role=world.role) as channel:
        [line] = problems(caplog, DISCORD_LOG)
        assert line in said(caplog, DISCORD_LOG, logging.ERROR) and channel.desk_problems == [line]
        assert f"channel {world.desk} (DISCORD_VOLUNTEER_CHANNEL_ID)" in line
        assert '"Send Messages in Threads"' in line and "lost" in line


async def test_a_channel_overwrite_counts_as_discord_computes_it(world, caplog) -> None:
    # the bot's role may send, but this channel denies it to the bot's role: Discord says no
    world.bot_may(int(PERMISSIONS))
    bot_role = int(world.fake.roles(world.guild)[-1]["id"])
    world.fake.set_overwrite(world.desk, bot_role, deny=SEND_MESSAGES)
    assert not world.fake.permissions_in(world.desk) & SEND_MESSAGES
    async with discord_channel(world, role=world.role) as channel:
        [line] = problems(caplog, DISCORD_LOG)
        assert line in said(caplog, DISCORD_LOG, logging.ERROR) and channel.desk_problems == [line]
        assert '"Send Messages"' in line and "no case card" in line


async def test_a_channel_the_bot_may_not_see_is_one_line_not_a_list(world, caplog) -> None:
    world.fake.set_overwrite(world.desk, world.guild, deny=VIEW_CHANNEL)  # @everyone, the bot included
    async with discord_channel(world, role=world.role) as channel:
        [line] = problems(caplog, DISCORD_LOG)
        assert line in said(caplog, DISCORD_LOG, logging.ERROR) and channel.desk_problems == [line]
        assert '"View Channel"' in line


async def test_a_role_nobody_may_mention_is_named_with_both_fixes(world, caplog) -> None:
    hidden = world.fake.add_role(world.guild, "Helpers", mentionable=False)
    async with discord_channel(world, role=hidden) as channel:
        [line] = problems(caplog, DISCORD_LOG)
        assert line in said(caplog, DISCORD_LOG, logging.WARNING) and channel.desk_problems == [line]
        assert line.startswith(f"discord volunteer role {hidden} (DISCORD_VOLUNTEER_ROLE_ID), for channel "
                               f"{world.desk}: ")
        assert 'the role "Helpers"' in line and "Allow anyone to @mention this role" in line
        assert "Mention @everyone, @here and All Roles" in line


async def test_a_bot_with_mention_everyone_may_ping_a_role_that_is_not_mentionable(world, caplog) -> None:
    hidden = world.fake.add_role(world.guild, "Helpers", mentionable=False)
    world.bot_may(int(PERMISSIONS) | MENTION_EVERYONE)
    async with discord_channel(world, role=hidden) as channel:
        assert problems(caplog, DISCORD_LOG) == [] and channel.desk_ready == {str(world.desk): "threads"}


async def test_a_role_that_is_not_in_the_server(world, caplog) -> None:
    other = world.fake.add_guild("Another server")
    elsewhere = world.fake.add_role(other, "Volunteers")
    async with discord_channel(world, role=elsewhere) as channel:
        [line] = problems(caplog, DISCORD_LOG)
        assert line in said(caplog, DISCORD_LOG, logging.WARNING) and channel.desk_problems == [line]
        assert f"role {elsewhere} (DISCORD_VOLUNTEER_ROLE_ID)" in line and 'server "Help desk" has no role' in line


async def test_a_channel_that_does_not_exist(world, caplog) -> None:
    missing = 1_100_000_000_000_000_777
    async with discord_channel(world, missing, world.desk, role=world.role) as channel:
        [line] = problems(caplog, DISCORD_LOG)
        assert line in said(caplog, DISCORD_LOG, logging.ERROR) and channel.desk_problems == [line]
        assert line.startswith(f"discord volunteer channel {missing} (DISCORD_VOLUNTEER_CHANNEL_ID): ")
        assert "no channel with this id" in line and "Copy ID" in line
        assert channel.desk_ready == {str(world.desk): "threads"}


@pytest.mark.parametrize(("kind", "called"), [(2, "a voice channel"), (4, "a category"), (15, "a forum channel")])
async def test_a_channel_that_is_no_text_channel(world, caplog, kind: int, called: str) -> None:
    wrong = world.fake.add_guild_channel(world.guild, "not-text", kind)
    async with discord_channel(world, wrong, role=world.role) as channel:
        [line] = problems(caplog, DISCORD_LOG)
        assert line in said(caplog, DISCORD_LOG, logging.ERROR) and channel.desk_problems == [line]
        assert f"channel {wrong} (DISCORD_VOLUNTEER_CHANNEL_ID): this is {called}, not a text channel" in line


async def test_a_thread_id_in_place_of_its_channel(world, caplog) -> None:
    thread = world.fake.user_opens_thread(world.desk, world.fake.add_user("Vera"), "a thread")
    async with discord_channel(world, thread, role=world.role) as channel:
        [line] = problems(caplog, DISCORD_LOG)
        assert channel.desk_problems == [line] and f"put the id of its text channel ({world.desk})" in line


async def test_without_the_message_content_intent_one_line_says_where_to_switch_it_on(world, caplog) -> None:
    world.fake.privileged_intents = 0  # the developer portal switch is off
    async with discord_channel(world, role=world.role) as channel:
        assert channel.desk_problems == [INTENT_OFF]
        assert said(caplog, DISCORD_LOG, logging.ERROR).count(INTENT_OFF) == 1
        assert "Message Content Intent" in INTENT_OFF and "developer portal" in INTENT_OFF


async def test_a_role_without_a_channel_is_said_once(world, caplog) -> None:
    async with discord_channel(world, role=world.role, desk_channels=frozenset()) as channel:
        pass
    assert channel.desk_problems == [line for line in problems(caplog, DISCORD_LOG)]
    [line] = channel.desk_problems
    assert "DISCORD_VOLUNTEER_ROLE_ID" in line and "DISCORD_VOLUNTEER_CHANNEL_ID is not" in line


async def test_a_private_channel_the_volunteer_role_cannot_see(world, caplog) -> None:
    world.fake.set_overwrite(world.desk, world.guild, deny=VIEW_CHANNEL)  # private: hidden from @everyone...
    bot_role = world.fake.add_bot_role(world.guild, int(PERMISSIONS))
    world.fake.set_overwrite(world.desk, bot_role, allow=VIEW_CHANNEL)  # ...but not from the bot
    async with discord_channel(world, role=world.role) as channel:
        [line] = problems(caplog, DISCORD_LOG)
        assert line in said(caplog, DISCORD_LOG, logging.WARNING) and channel.desk_problems == [line]
        assert 'members of the role "Volunteers" cannot see this channel' in line
    world.fake.set_overwrite(world.desk, world.role, allow=VIEW_CHANNEL)
    caplog.clear()
    async with discord_channel(world, role=world.role) as channel:
        assert problems(caplog, DISCORD_LOG) == [] and channel.desk_ready == {str(world.desk): "threads"}


async def test_the_fake_computes_the_bots_permissions_as_discord_py_does(world) -> None:
    bot_role = world.fake.add_bot_role(world.guild, SEND_MESSAGES_IN_THREADS | MENTION_EVERYONE)
    world.fake.set_role(world.guild, world.guild, permissions=int(PERMISSIONS) & ~SEND_MESSAGES_IN_THREADS)
    world.fake.set_overwrite(world.desk, world.guild, deny=CREATE_PUBLIC_THREADS)
    world.fake.set_overwrite(world.desk, bot_role, deny=SEND_MESSAGES)  # and with it, Mention Everyone
    other = world.fake.add_text_channel(world.guild, "other")
    world.fake.set_overwrite(other, world.fake.bot_id, deny=VIEW_CHANNEL, member=True)
    async with discord_channel(world, world.desk, other, role=world.role) as channel:
        guild = channel.client.get_guild(world.guild)
        assert guild is not None and guild.me is not None
        for channel_id in (world.desk, other):
            seen = guild.get_channel(channel_id)
            assert seen is not None
            assert seen.permissions_for(guild.me).value == world.fake.permissions_in(channel_id)
        assert world.fake.permissions_in(other) == 0
        assert not world.fake.permissions_in(world.desk) & (CREATE_PUBLIC_THREADS | SEND_MESSAGES | MENTION_EVERYONE)
        assert world.fake.permissions_in(world.desk) & SEND_MESSAGES_IN_THREADS


async def test_checking_again_sees_what_changed_while_running(world, caplog) -> None:
    async with discord_channel(world, role=world.role) as channel:
        assert channel.desk_problems == []
        # the gateway events arrive in order: once discord.py has the channel update, it has the others too
        updated = asyncio.ensure_future(channel.client.wait_for("guild_channel_update", timeout=5))
        bot_role = world.fake.add_bot_role(world.guild, int(PERMISSIONS))  # role and member updates...
        world.fake.set_overwrite(world.desk, bot_role, deny=CREATE_PUBLIC_THREADS)  # ...a channel update
        world.fake.set_role(world.guild, world.role, mentionable=False)  # ...a role update
        await updated
        assert len(await channel.check_desks()) == 2
        assert ['"Create Public Threads"' in line for line in channel.desk_problems] == [True, False]
        assert "Allow anyone to @mention this role" in channel.desk_problems[1]

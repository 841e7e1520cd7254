"""Discord across several workers: each worker runs some of the bot's shards and gets the events of its servers only
(Discord picks a server's shard as (server id >> 22) % shard count; DMs always go to shard 0), on the real discord.py
against the fake Discord; and the settings that choose the shards reach the client and its IDENTIFY."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import discord
import pytest
from aiohttp import web

from bot.adapters.discord import DiscordChannel, DiscordConfig
from bot.app import build_app, start_channels
from bot.config import Settings
from tests.fakes.discord import DEFAULT_TOKEN, FakeDiscord
from tests.test_discord_channel import RecordingInbox, fake, translate  # noqa: F401 - fake: the fixture

WAIT = 30.0  # a bound against a hang, never a measure


async def servers_on_both_shards(fake: FakeDiscord) -> dict[int, int]:  # noqa: F811
    """shard (of 2) -> a server on it, with a volunteer channel each. A server's id is a timestamp in its high
    bits, so the next millisecond's server may land on the other shard."""
    found: dict[int, int] = {}
    while len(found) < 2:
        guild = fake.add_guild(f"server {len(found)}")
        found.setdefault((guild >> 22) % 2, guild)
        await asyncio.sleep(0.002)
    return found


@contextlib.asynccontextmanager
async def worker(fake: FakeDiscord, inbox: RecordingInbox, desks: list[int], shards: tuple[int, ...],  # noqa: F811
                 count: int) -> AsyncIterator[DiscordChannel]:
    channel = DiscordChannel(
        DiscordConfig(token=DEFAULT_TOKEN, api_base_url=fake.api_base, gateway_url=fake.gateway_url,
                      guild_ready_timeout=0.05, desk_channels=frozenset(map(str, desks)), shard_ids=shards,
                      shard_count=count),
        inbox, translate, ["en"])
    await asyncio.wait_for(channel.start(), WAIT)
    try:
        yield channel
    finally:
        await asyncio.wait_for(channel.stop(), WAIT)


def messages(fake: FakeDiscord, shard: int) -> list[str]:  # noqa: F811
    return [data["content"] for event, data in fake.events_of_shard(shard) if event == "MESSAGE_CREATE"]


async def test_two_workers_on_shards_0_and_1_of_2_each_get_only_their_servers_events(fake) -> None:  # noqa: F811
    servers = await servers_on_both_shards(fake)
    desks = [fake.add_text_channel(servers[shard], "desk") for shard in (0, 1)]
    volunteer, victim = fake.add_user("Vera"), fake.add_user("Alice")
    inboxes = [RecordingInbox(fake), RecordingInbox(fake)]
    async with worker(fake, inboxes[0], desks, (0,), 2) as first, worker(fake, inboxes[1], desks, (1,), 2) as second:
        assert sorted(payload["shard"] for payload in fake.identify_payloads) == [[0, 2], [1, 2]]
        assert first.connected and second.connected
        fake.user_posts(desks[0], volunteer, "at the desk of server 0")
        fake.user_posts(desks[1], volunteer, "at the desk of server 1")
        fake.user_dms(victim, "a direct message")
        await inboxes[0].event(lambda m: m.text == "at the desk of server 0")
        await inboxes[0].event(lambda m: m.text == "a direct message")
        await inboxes[1].event(lambda m: m.text == "at the desk of server 1")
        for shard, guild in servers.items():  # each knows the servers of its shard, and no other
            known = {g.id for g in (first, second)[shard].client.guilds}
            assert guild in known and {(g >> 22) % 2 for g in known} == {shard}
    assert sorted(m.text for m in inboxes[0].stored) == ["a direct message", "at the desk of server 0"]
    assert [m.text for m in inboxes[1].stored] == ["at the desk of server 1"]
    # what each gateway connection was sent at all: nothing of the other shard's server, DMs to shard 0 only
    assert sorted(messages(fake, 0)) == ["a direct message", "at the desk of server 0"]
    assert messages(fake, 1) == ["at the desk of server 1"]
    # the worker of shard 0 publishes the slash commands and reads the DMs missed while down; the other does not
    syncs = [path for method, path, _ in fake.requests if method == "PUT" and path.endswith("/commands")]
    assert len(syncs) == 1


async def test_a_worker_may_run_every_shard(fake) -> None:  # noqa: F811
    """DISCORD_SHARD_COUNT without DISCORD_SHARD_IDS: one worker, every shard, each its own connection (Discord
    wants 5 s between two IDENTIFYs, so this start takes that long)."""
    servers = await servers_on_both_shards(fake)
    desks = [fake.add_text_channel(servers[shard], "desk") for shard in (0, 1)]
    volunteer = fake.add_user("Vera")
    inbox = RecordingInbox(fake)
    async with worker(fake, inbox, desks, (), 2) as both:
        assert isinstance(both.client, discord.AutoShardedClient)
        assert sorted(payload["shard"] for payload in fake.identify_payloads) == [[0, 2], [1, 2]]
        assert both.connected
        for shard in (0, 1):
            fake.user_posts(desks[shard], volunteer, f"at the desk of server {shard}")
            await inbox.event(lambda m, shard=shard: m.text == f"at the desk of server {shard}")
        assert set(both.desk_ready) == set(map(str, desks))  # it sees both servers: both desks checked


async def test_the_shard_settings_reach_the_client_and_its_identify(fake, settings: Settings) -> None:  # noqa: F811
    servers = await servers_on_both_shards(fake)
    desks = [fake.add_text_channel(servers[shard], "desk") for shard in (0, 1)]
    settings = settings.model_copy(update={
        "discord_bot_token": DEFAULT_TOKEN, "discord_api_base_url": fake.api_base,
        "discord_gateway_url": fake.gateway_url, "discord_guild_ready_timeout": 0.05,
        "discord_volunteer_channel_id": ",".join(map(str, desks)), "discord_shard_count": 2,
        "discord_shard_ids": "1"})
    settings = Settings.model_validate(settings.model_dump())  # the settings' own checks, as from the environment
    app = await build_app(settings)
    try:
        [channel] = start_channels(app, settings, web.Application())
        assert isinstance(channel, DiscordChannel)
        assert (channel.client.shard_id, channel.client.shard_count) == (1, 2)
        await asyncio.wait_for(channel.start(), WAIT)
        try:
            assert [payload["shard"] for payload in fake.identify_payloads] == [[1, 2]]
            # the desk of the other shard's server is checked by the worker that runs that shard
            assert set(channel.desk_ready) == {str(desks[1])} and channel.desk_problems == []
        finally:
            await asyncio.wait_for(channel.stop(), WAIT)
    finally:
        await app.close()


@pytest.mark.parametrize(("env", "shards"), [({}, ()), ({"discord_shard_count": "3"}, (0, 1, 2)),
                                             ({"discord_shard_count": "4", "discord_shard_ids": "3, 1"}, (1, 3))])
def test_the_shards_a_worker_runs(env: dict[str, str], shards: tuple[int, ...]) -> None:
    assert Settings(_env_file=None, **env).discord_shards == shards


@pytest.mark.parametrize(("env", "said"), [
    ({"discord_shard_ids": "0"}, "DISCORD_SHARD_IDS='0' is set but DISCORD_SHARD_COUNT is not"),
    ({"discord_shard_count": "2", "discord_shard_ids": "2"}, "names a shard the bot does not have"),
    ({"discord_shard_count": "2", "discord_shard_ids": "one"}, "is not a list of shard numbers"),
    ({"discord_shard_count": "0"}, "DISCORD_SHARD_COUNT='0' is not a number of shards"),
])
def test_shard_settings_that_cannot_work_are_one_line_each(env: dict[str, str], said: str) -> None:
    from pydantic import ValidationError

    from bot.settings_errors import describe_settings_error

    with pytest.raises(ValidationError) as caught:
        Settings(_env_file=None, **env)
    assert said in describe_settings_error(caught.value)

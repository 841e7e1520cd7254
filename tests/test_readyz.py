"""/readyz and a database outage, on the in-process app with its real background loops.

/readyz answers 503 naming the reason when the database does not answer or a channel is not connected, and 200
otherwise. An outage (a TCP proxy in front of PostgreSQL, cut for a few seconds under a conversation) is told in one
line when it starts and one when it ends, without a traceback; the conversation goes on afterwards as if nothing had
happened: what was stored is answered, what the platform sends again is stored."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import socket
from collections.abc import AsyncIterator, Awaitable, Callable

import discord
import pytest
import yarl
from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.engine import make_url

from bot import outage
from bot.adapters.discord import DiscordChannel, DiscordConfig
from bot.adapters.telegram import TelegramChannel, TelegramConfig
from bot.app import build_app
from bot.config import Settings
from bot.logs import QuietOutages
from bot.storage.db import Database
from bot.storage.repository import SqlStore
from bot.web import create_web_app
from tests.conftest import PG_URL, Conversation
from tests.fakes.channel import RecordingChannel
from tests.fakes.discord import FakeDiscord
from tests.fakes.telegram import FakeTelegram

WAIT = 60.0  # a bound for what must happen, never a measure of how fast


@pytest.fixture(autouse=True)
def no_outage_before_or_after() -> object:
    outage.DATABASE.reset()
    yield
    outage.DATABASE.reset()


async def eventually(condition: Callable[[], Awaitable[bool]], what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT
    while not await condition():
        assert loop.time() < deadline, f"{what}: not within {WAIT:.0f}s"
        await asyncio.sleep(0.05)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def scrape(text: str) -> dict[str, float]:
    return {sample.name + "".join(f"|{k}={v}" for k, v in sorted(sample.labels.items())): sample.value
            for family in text_string_to_metric_families(text) for sample in family.samples}


class Disconnected(RecordingChannel):
    """A channel that says it lost its platform (as Telegram's does after a failed getUpdates)."""

    connected = False


class Proxy:
    """A TCP proxy on 127.0.0.1 in front of the database. `cut` drops every connection and refuses new ones, as a
    stopped PostgreSQL does; `restore` accepts again on the same port."""

    def __init__(self, host: str, port: int) -> None:
        self.upstream = (host, port)
        self.port = 0
        self._server: asyncio.Server | None = None
        self._links: set[asyncio.StreamWriter] = set()
        self._pumps: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port, reuse_address=True)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            writer.transport.abort()
            return
        self._links |= {writer, up_writer}
        for source, sink in ((reader, up_writer), (up_reader, writer)):
            task = asyncio.ensure_future(self._pump(source, sink))
            self._pumps.add(task)
            task.add_done_callback(self._pumps.discard)

    async def _pump(self, source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError, asyncio.CancelledError):
            while data := await source.read(65536):
                sink.write(data)
                await sink.drain()
        sink.transport.abort()
        self._links.discard(sink)

    async def cut(self) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()
        for writer in list(self._links):
            writer.transport.abort()
        self._links.clear()

    async def restore(self) -> None:
        await self.start()

    async def close(self) -> None:
        await self.cut()
        for task in list(self._pumps):
            task.cancel()


# -- /readyz on its own -------------------------------------------------------------------------------------
async def test_readyz_names_an_unreachable_database_and_a_disconnected_channel_and_metrics_still_answer() -> None:
    db = Database(f"postgresql+asyncpg://postgres@127.0.0.1:{free_port()}/nothing_listens_here")
    try:
        web_app = create_web_app(db.revision, observe=SqlStore(db).observe,
                                 channels={"test": RecordingChannel(), "discord": Disconnected(platform="discord")})
        async with TestClient(TestServer(web_app)) as http:
            answer = await http.get("/readyz")
            body = await answer.json()
            assert answer.status == 503 and body["status"] == "not ready"
            assert [reason.split(":")[0] for reason in body["reasons"]] == ["database unreachable",
                                                                            "discord channel not connected"]
            metrics = await http.get("/metrics")  # a scrape never fails: it says what it knows
            assert metrics.status == 200
            found = scrape(await metrics.text())
            assert found["frontdoor_database_up"] == 0
            assert found["frontdoor_channel_connected|platform=discord"] == 0
            assert found["frontdoor_channel_connected|platform=test"] == 1
            assert not [name for name in found if name.startswith(("frontdoor_outbox_pending", "frontdoor_cases|"))]
    finally:
        await db.dispose()


async def test_readyz_is_200_when_the_database_answers_and_channels_without_a_connected_flag_count_as_connected(
        app) -> None:
    web_app = create_web_app(app.db.revision, observe=app.store.observe, channels=app.outbox.senders)
    async with TestClient(TestServer(web_app)) as http:
        answer = await http.get("/readyz")
        assert answer.status == 200 and await answer.json() == {"status": "ready"}
        app.add_channel(Disconnected(platform="telegram"))  # a channel added after the web app (as `run` does)
        answer = await http.get("/readyz")
        assert answer.status == 503 and (await answer.json())["reasons"] == ["telegram channel not connected"]


@pytest.mark.filterwarnings("ignore:.*do_api_request.*")  # the channel reads raw getUpdates on purpose
async def test_telegram_is_not_connected_while_getupdates_fails_and_connected_again_after(app) -> None:
    async with FakeTelegram() as fake:
        telegram = TelegramChannel(TelegramConfig(token=fake.token, api_base_url=fake.api_base,
                                                  file_base_url=fake.file_base, poll_timeout=1), app)
        app.add_channel(telegram)
        web_app = create_web_app(app.db.revision, observe=app.store.observe, channels=app.outbox.senders)
        await telegram.start()
        try:
            async with TestClient(TestServer(web_app)) as http:
                assert (await http.get("/readyz")).status == 200
                fake.fail_next("getUpdates", status=502, count=2)  # Telegram's gateway fails twice (then backoff)

                said: list[dict] = []

                async def answers(status: int) -> bool:
                    response = await http.get("/readyz")
                    said.append(await response.json())
                    return response.status == status

                await eventually(lambda: answers(503), "/readyz while getUpdates fails")
                assert said[-1] == {"status": "not ready", "reasons": ["telegram channel not connected"]}
                await eventually(lambda: answers(200), "/readyz once getUpdates works again")
        finally:
            await telegram.stop()


async def test_discord_is_connected_while_its_gateway_runs(app, monkeypatch: pytest.MonkeyPatch) -> None:
    async with FakeDiscord(heartbeat_interval=0.5) as fake:
        # the channel points discord.py at the fake itself; these put the defaults back after the test
        monkeypatch.setattr(discord.http.Route, "BASE", fake.api_base)
        monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(fake.gateway_url))
        channel = DiscordChannel(DiscordConfig(token=fake.token, api_base_url=fake.api_base,
                                               gateway_url=fake.gateway_url, guild_ready_timeout=0.05),
                                 app, lambda _locale, key: key, ["en"])
        assert not channel.connected  # not started yet
        app.add_channel(channel)
        web_app = create_web_app(app.db.revision, observe=app.store.observe, channels=app.outbox.senders)
        async with TestClient(TestServer(web_app)) as http:
            await asyncio.wait_for(channel.start(), 10)
            try:
                assert channel.connected
                assert (await http.get("/readyz")).status == 200
            finally:
                await asyncio.wait_for(channel.stop(), 20)
            assert not channel.connected
            answer = await http.get("/readyz")
            assert answer.status == 503 and (await answer.json())["reasons"] == ["discord channel not connected"]


# -- a database outage under a conversation -----------------------------------------------------------------
SCRIPT = ("hello", "agree", "/help", "/status", "/language", "English", "/status")


def texts(channel: RecordingChannel, user: str) -> list[str]:
    """What the person read, with numbers (references, times) blanked out."""
    return [re.sub(r"\d+", "#", reply.text) for reply in channel.replies_to(user)]


@pytest.fixture
async def proxy(database_url: str) -> AsyncIterator[Proxy]:
    if not PG_URL:
        pytest.skip("needs PostgreSQL (TEST_DATABASE_URL): the outage is a TCP proxy in front of PostgreSQL that is "
                    "cut for a few seconds; SQLite has no connection to lose")
    url = make_url(database_url)
    found = Proxy(url.host or "127.0.0.1", url.port or 5432)
    await found.start()
    yield found
    await found.close()


async def test_a_database_outage_is_told_once_survived_quietly_and_loses_nothing(
        proxy: Proxy, database_url: str, tmp_path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    caplog.handler.addFilter(QuietOutages())  # as bot.logs.setup_logging puts it on every handler
    proxied = make_url(database_url).set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    settings = Settings(database_url=proxied, data_dir=tmp_path / "data", _env_file=None)
    channel = RecordingChannel()
    app = await build_app(settings, {channel.platform: channel})
    loops = [asyncio.create_task(app.outbox.run()), asyncio.create_task(app.escalations.run())]  # as `run` does
    web_app = create_web_app(app.db.revision, observe=app.store.observe, channels=app.outbox.senders)
    try:
        async with TestClient(TestServer(web_app)) as http:
            # the same conversation without an outage, for comparison
            calm = Conversation(app, channel, "calm")
            answered = []  # how many replies the calm conversation had after each message
            for text in SCRIPT:
                await calm.send(text)
                answered.append(len(channel.replies_to("calm")))
            assert (await http.get("/readyz")).status == 200

            alice = Conversation(app, channel, "alice")
            for text in SCRIPT[:2]:
                await alice.send(text)
            stored = alice.victim.message(SCRIPT[2])
            assert await app.ingest(stored)  # stored, and the platform told so ...
            await proxy.cut()  # ... and the database goes away before it is answered
            await app.process(stored)  # quietly: it stays stored
            assert outage.DATABASE.down

            answer = await http.get("/readyz")
            assert answer.status == 503
            assert (await answer.json())["reasons"][0].startswith("database unreachable")
            metrics = await http.get("/metrics")
            assert metrics.status == 200 and scrape(await metrics.text())["frontdoor_database_up"] == 0
            unstored = alice.victim.message(SCRIPT[3])
            with pytest.raises(Exception) as refused:  # not stored: the platform is not told, and sends it again
                await app.ingest(unstored)
            assert outage.is_connection_error(refused.value)

            async def failing_for_a_while() -> bool:  # the sweeps and the scheduler keep trying, quietly
                return outage.DATABASE.failures >= 20

            await eventually(failing_for_a_while, "the background loops failing")
            await proxy.restore()

            async def ready() -> bool:
                return (await http.get("/readyz")).status == 200

            await eventually(ready, "/readyz after the outage")

            async def caught_up() -> bool:  # what was stored before the outage is answered after it
                return len(channel.replies_to("alice")) >= answered[2]

            await eventually(caught_up, "the stored message answered")
            assert await app.ingest(unstored)  # the platform's second try
            await app.process(unstored)
            for text in SCRIPT[4:]:
                await alice.send(text)
            await app.pipeline.settle()
    finally:
        for task in loops:
            task.cancel()
        await asyncio.gather(*loops, return_exceptions=True)
        await app.close()

    assert texts(channel, "alice") == texts(channel, "calm")  # every reply, once, in order
    said = [record.getMessage() for record in caplog.records]
    assert len([line for line in said if line.startswith("database outage started")]) == 1
    assert len([line for line in said if line.startswith("database outage ended")]) == 1
    assert not [record for record in caplog.records if record.exc_info], "a traceback was logged"
    assert "Traceback" not in caplog.text

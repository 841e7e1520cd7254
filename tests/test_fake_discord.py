"""The fake Discord, driven by the real discord.py client: it must answer as Discord does."""

from __future__ import annotations

import asyncio
import contextlib
import io
import re
import time
from collections.abc import AsyncIterator, Awaitable
from typing import Any

import aiohttp
import discord
import pytest
import yarl
from discord import app_commands

from tests.fakes.discord import DEFAULT_TOKEN, FakeDiscord

INTENTS = discord.Intents.none()
INTENTS.guilds = INTENTS.dm_messages = INTENTS.guild_messages = INTENTS.message_content = True


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(heartbeat_interval=0.5) as server:
        # Everything discord.py reaches comes from these two: REST routes, webhooks (interaction callbacks and
        # followups) and the first gateway connection; RESUMEs go to READY's resume_gateway_url.
        monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
        monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
        yield server
        assert server.errors == []  # requests the fake could not handle


class Bot(discord.Client):
    def __init__(self, intents: discord.Intents = INTENTS, views: tuple[discord.ui.View, ...] = ()):
        # guild_ready_timeout: on_ready waits that long after the last GUILD_CREATE (2 s by default).
        super().__init__(intents=intents, guild_ready_timeout=0.05)
        self.tree = app_commands.CommandTree(self)
        self.inbox: asyncio.Queue[discord.Message] = asyncio.Queue()
        self.events: asyncio.Queue[Any] = asyncio.Queue()  # whatever a callback wants the test to see
        self.ready = asyncio.Event()
        self.views = views

    async def setup_hook(self) -> None:
        for view in self.views:  # persistent views: matched by (component type, custom_id), not by message
            self.add_view(view)

    async def on_ready(self) -> None:
        self.ready.set()

    async def on_message(self, message: discord.Message) -> None:
        if message.author != self.user:  # the bot gets its own messages too
            self.inbox.put_nowait(message)


@contextlib.asynccontextmanager
async def running(bot: Bot) -> AsyncIterator[Bot]:
    task = asyncio.create_task(bot.start(DEFAULT_TOKEN))
    ready = asyncio.create_task(bot.ready.wait())
    try:
        done, _ = await asyncio.wait([task, ready], timeout=5, return_when=asyncio.FIRST_COMPLETED)
        assert ready in done, task.exception() if task.done() else "no on_ready in 5 s"
        yield bot
    finally:
        ready.cancel()
        await bot.close()
        await task


async def soon(awaitable: Awaitable[Any]) -> Any:
    return await asyncio.wait_for(awaitable, 5)


async def test_login_ready_guild_create_and_rest_basics(fake: FakeDiscord) -> None:
    guild_id = fake.add_guild("Help desk")
    channel_id = fake.add_text_channel(guild_id, "intake")
    async with running(Bot()) as bot:
        assert bot.user is not None and (bot.user.id, bot.user.bot) == (fake.bot_id, True)
        assert bot.application_id == fake.application_id
        assert bot.get_guild(guild_id).get_channel(channel_id).name == "intake"  # type: ignore[union-attr]
    calls = [(method, path) for method, path, _ in fake.requests]
    assert calls[:2] == [("GET", "/users/@me"), ("GET", "/oauth2/applications/@me")]
    assert not [path for _, path in calls if path.startswith("/gateway")]  # Client goes straight to DEFAULT_GATEWAY
    assert fake.identify_payloads[0]["intents"] == INTENTS.value
    assert fake.gateway_connects[0] == "/gateway?v=10&encoding=json&compress=zlib-stream"

    wrong = Bot()
    with pytest.raises(discord.LoginFailure):
        await wrong.login("not-the-token")
    await wrong.close()

    async with aiohttp.ClientSession(headers={"Authorization": f"Bot {fake.token}"}) as http:
        async with http.get(f"{fake.api_base}/users/@me") as response:
            assert response.headers["Content-Type"] == "application/json"  # exactly, or discord.py reads text
        async with http.get(f"{fake.api_base}/no/such/route") as response:
            assert (response.status, await response.json()) == (404, {"message": "404: Not Found", "code": 0})


async def test_a_dm_with_an_attachment_reaches_on_message(fake: FakeDiscord) -> None:
    alice = fake.add_user("Alice", locale="de")
    async with running(Bot()) as bot:
        sent = fake.user_dms(alice, "my account was hacked", attachments=[("proof.png", b"\x89PNG-ish", "image/png")])
        message = await soon(bot.inbox.get())
        assert (message.id, message.content, message.author.id) == (int(sent["id"]), "my account was hacked", alice)
        assert isinstance(message.channel, discord.DMChannel)
        assert message.channel.id == fake.dm_channel_of(alice)
        attachment = message.attachments[0]
        assert (attachment.filename, attachment.content_type) == ("proof.png", "image/png")
        assert await attachment.read() == b"\x89PNG-ish"


class Choice(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=30)
        self.clicked: asyncio.Queue[str] = asyncio.Queue()

    @discord.ui.button(label="Yes", custom_id="yes")
    async def yes(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.send_message("Thanks!", ephemeral=True)
        self.clicked.put_nowait("yes")

    @discord.ui.button(label="No", custom_id="no")
    async def no(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.edit_message(content="Cancelled.", view=None)
        self.clicked.put_nowait("no")


async def test_a_view_is_sent_and_its_buttons_answer(fake: FakeDiscord) -> None:
    alice = fake.add_user("Alice")
    async with running(Bot()) as bot:
        view = Choice()
        user = await bot.fetch_user(alice)
        message = await user.send("Go on?", view=view, allowed_mentions=discord.AllowedMentions.none())
        [stored] = fake.sent_to_user(alice)
        assert stored["allowed_mentions"] == {"parse": []}
        assert [b["custom_id"] for b in stored["components"][0]["components"]] == ["yes", "no"]

        yes = fake.user_clicks(alice, message.id, "yes")
        assert await soon(view.clicked.get()) == "yes"
        assert fake.interaction_responses[yes]["type"] == 4
        thanks = fake.sent_to_user(alice)[-1]
        assert (thanks["content"], thanks["flags"] & 64) == ("Thanks!", 64)  # ephemeral

        no = fake.user_clicks(alice, message.id, "no")
        assert await soon(view.clicked.get()) == "no"
        assert fake.interaction_responses[no]["type"] == 7
        assert (fake.message(message.id)["content"], fake.message(message.id)["components"]) == ("Cancelled.", [])
        with pytest.raises(LookupError):
            fake.user_clicks(alice, message.id, "yes")  # the buttons are gone


async def test_a_dm_to_a_user_with_closed_dms_is_forbidden(fake: FakeDiscord) -> None:
    bob = fake.add_user("Bob")
    fake.close_dms(bob)
    async with running(Bot()) as bot:
        user = await bot.fetch_user(bob)
        with pytest.raises(discord.Forbidden) as raised:
            await user.send("Your case was updated")
        assert raised.value.code == 50007
        assert fake.sent_to_user(bob) == []


class CaseButtons(discord.ui.View):
    def __init__(self, clicks: asyncio.Queue[int]) -> None:
        super().__init__(timeout=None)
        self.clicks = clicks

    @discord.ui.button(label="Open case", custom_id="case:open")
    async def open_case(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.defer()  # 6: deferred update, no message
        self.clicks.put_nowait(interaction.message.id)  # type: ignore[union-attr]


async def test_a_persistent_view_gets_clicks_on_an_old_message_after_restart_and_resume(fake: FakeDiscord) -> None:
    alice = fake.add_user("Alice")
    async with running(Bot()) as first:
        user = await first.fetch_user(alice)
        old = await user.send("Start here", view=CaseButtons(asyncio.Queue()))
    clicks: asyncio.Queue[int] = asyncio.Queue()
    async with running(Bot(views=(CaseButtons(clicks),))):
        fake.disconnect()
        await fake.wait_for(lambda: fake.resume_count == 1 and fake.connected)
        interaction_id = fake.user_clicks(alice, old.id, "case:open")
        assert await soon(clicks.get()) == old.id
        assert fake.interaction_responses[interaction_id]["type"] == 6
    assert len(fake.identify_payloads) == 2  # the restart identified anew; the drop was resumed


class Translations(app_commands.Translator):
    async def translate(self, string: app_commands.locale_str, locale: discord.Locale, context: Any) -> str | None:
        german = {"report": "melden", "Report an incident": "Einen Vorfall melden", "what": "was"}
        return german.get(string.message) if locale is discord.Locale.german else None


async def test_slash_commands_sync_with_localizations_and_run(fake: FakeDiscord) -> None:
    alice = fake.add_user("Alice", locale="de")
    guild_id = fake.add_guild("Help desk")
    fake.add_text_channel(guild_id, "intake")
    bot = Bot()
    done: asyncio.Queue[discord.Interaction] = asyncio.Queue()

    @bot.tree.command(name=app_commands.locale_str("report"), description=app_commands.locale_str("Report an incident"))
    @app_commands.rename(what=app_commands.locale_str("what"))
    async def report(interaction: discord.Interaction, what: str) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        await interaction.followup.send(f"Noted: {what}")  # replaces the "thinking…" message
        await interaction.edit_original_response(content=f"Case opened: {what}")
        done.put_nowait(interaction)

    async with running(bot):
        await bot.tree.set_translator(Translations())
        await bot.tree.sync()
        [command] = fake.commands[None]
        assert (command["name"], command["name_localizations"]) == ("report", {"de": "melden"})
        assert command["description_localizations"] == {"de": "Einen Vorfall melden"}
        assert command["options"][0]["name_localizations"] == {"de": "was"}
        bot.tree.copy_global_to(guild=discord.Object(guild_id))
        await bot.tree.sync(guild=discord.Object(guild_id))
        assert [c["name"] for c in fake.commands[guild_id]] == ["report"]
        with pytest.raises(discord.HTTPException) as raised:  # "en" is no Discord locale ("en-US" is)
            await bot.http.bulk_upsert_global_commands(
                fake.application_id, [{"name": "x", "description": "x", "name_localizations": {"en": "x"}}]
            )
        assert raised.value.code == 50035

        in_dm = fake.user_slash(alice, "report", options={"what": "phishing"})
        interaction = await soon(done.get())
        assert (interaction.id, interaction.locale, interaction.guild_id) == (in_dm, discord.Locale.german, None)
        assert fake.interaction_responses[in_dm] == {"type": 5, "data": {"flags": 64}}
        [answer] = fake.sent_to_user(alice)
        assert (answer["content"], answer["flags"]) == ("Case opened: phishing", 64)

        in_guild = fake.user_slash(alice, "report", guild_id=guild_id, options={"what": "fraud"})
        assert (await soon(done.get())).guild_id == guild_id
        assert fake.interaction_responses[in_guild]["type"] == 5
        with pytest.raises(LookupError):
            fake.user_slash(alice, "report")  # the required option is missing


async def test_a_429_is_waited_out_and_the_send_succeeds(fake: FakeDiscord) -> None:
    alice = fake.add_user("Alice")
    async with running(Bot()) as bot:
        user = await bot.fetch_user(alice)
        await user.create_dm()
        fake.fail_next("/messages", status=429, retry_after=0.3)
        started = time.monotonic()
        await user.send("hello")
        assert time.monotonic() - started >= 0.3
    assert len([p for m, p, _ in fake.requests if m == "POST" and p.endswith("/messages")]) == 2
    assert [m["content"] for m in fake.sent_to_user(alice)] == ["hello"]


async def test_a_dropped_connection_is_resumed_and_missed_events_replayed(fake: FakeDiscord) -> None:
    alice = fake.add_user("Alice")
    async with running(Bot()) as bot:
        fake.disconnect()
        fake.user_dms(alice, "while you were away")  # dispatched before the bot is back
        assert not fake.connected
        message = await soon(bot.inbox.get())
        assert message.content == "while you were away"
        assert fake.resume_count == 1 and len(fake.identify_payloads) == 1
        assert fake.gateway_connects[-1].startswith("/gateway/resume?")  # READY's resume_gateway_url


async def test_guild_messages_threads_history_and_the_message_content_intent(fake: FakeDiscord) -> None:
    guild_id = fake.add_guild("Help desk")
    channel_id = fake.add_text_channel(guild_id, "intake")
    bob = fake.add_user("Bob")
    no_content = discord.Intents(guilds=True, guild_messages=True, dm_messages=True)
    async with running(Bot(intents=no_content)) as bot:
        fake.user_posts(channel_id, bob, "plain words")
        assert (await soon(bot.inbox.get())).content == ""  # no MESSAGE_CONTENT intent
        fake.user_posts(channel_id, bob, "help", mentions_bot=True)
        mention = await soon(bot.inbox.get())
        assert (mention.content, mention.guild.id) == (f"<@{fake.bot_id}> help", guild_id)  # type: ignore[union-attr]
        fake.user_dms(bob, "in private")
        assert (await soon(bot.inbox.get())).content == "in private"  # DMs keep their content

        channel = bot.get_channel(channel_id)
        assert isinstance(channel, discord.TextChannel)
        with pytest.raises(discord.HTTPException) as raised:
            await channel.send("x" * 2001)
        assert raised.value.code == 50035
        first = await channel.send("Case 1")
        thread = await first.create_thread(name="Case 1")
        assert thread.id == first.id  # a thread started from a message has the message's id
        await thread.send("In the thread")
        assert [m["content"] for m in fake.sent(thread.id)] == ["In the thread"]
        await fake.wait_for(lambda: bot.get_channel(thread.id))  # THREAD_CREATE reached the bot
        fake.user_posts(thread.id, bob, "thanks", mentions_bot=True)
        assert isinstance((await soon(bot.inbox.get())).channel, discord.Thread)

        newest_first = [m.content async for m in channel.history(limit=10)]
        assert newest_first == ["Case 1", f"<@{fake.bot_id}> help", "plain words"]
        oldest_first = [m.content async for m in channel.history(limit=2, oldest_first=True)]
        assert oldest_first == ["plain words", f"<@{fake.bot_id}> help"]
    assert not [t for t in asyncio.all_tasks() if t.get_name() == "fake-discord-gateway-writer"]


class Pick(discord.ui.DynamicItem[discord.ui.Select[Any]], template=r"pick:(?P<n>\d+)"):
    """Like the adapter's choices: matched by a custom_id pattern, on any message, after any restart."""

    def __init__(self, n: int = 0) -> None:
        options = [discord.SelectOption(label="A", value="a"), discord.SelectOption(label="B", value="b")]
        super().__init__(discord.ui.Select(custom_id=f"pick:{n}", options=options))

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: Any, match: re.Match[str], /) -> Pick:
        return cls(int(match["n"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        interaction.client.events.put_nowait((interaction.data or {}).get("values"))  # type: ignore[attr-defined]
        await interaction.delete_original_response()


async def test_uploads_dynamic_selects_deleted_answers_edits_and_replies(fake: FakeDiscord) -> None:
    alice = fake.add_user("Alice")
    bot = Bot()
    bot.add_dynamic_items(Pick)
    async with running(bot):
        view = discord.ui.View(timeout=None)
        view.add_item(Pick(7))
        user = await bot.fetch_user(alice)
        message = await user.send("Pick one", view=view, file=discord.File(io.BytesIO(b"report"), "case.txt"))
        view.stop()
        [attachment] = fake.sent_to_user(alice)[0]["attachments"]
        async with aiohttp.ClientSession() as http, http.get(attachment["url"]) as response:
            assert (attachment["filename"], await response.read()) == ("case.txt", b"report")

        with pytest.raises(LookupError):
            fake.user_selects(alice, message.id, "pick:7", ["c"])  # not an option
        answered = fake.user_selects(alice, message.id, "pick:7", ["b"])
        assert await soon(bot.events.get()) == ["b"]
        await fake.wait_for(lambda: [m["id"] for m in fake.sent_to_user(alice)] == [str(message.id)])
        assert fake.interaction_responses[answered]["type"] == 5  # the "thinking…" answer, deleted since

        await message.edit(content="Picked B", view=None)
        edited = fake.message(message.id)
        assert (edited["content"], edited["components"], len(edited["attachments"])) == ("Picked B", [], 1)
        assert edited["edited_timestamp"]

        fake.user_dms(alice, "thanks")
        thanks = await soon(bot.inbox.get())
        await thanks.reply("You are welcome")
        reply = fake.sent_to_user(alice)[-1]
        assert (reply["type"], reply["message_reference"]["message_id"]) == (19, str(thanks.id))


class Slow(discord.ui.View):
    def __init__(self, errors: asyncio.Queue[Exception]) -> None:
        super().__init__(timeout=30)
        self.errors = errors

    @discord.ui.button(label="Go", custom_id="go")
    async def go(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.send_message("too late")

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: Any) -> None:
        self.errors.put_nowait(error)


async def test_late_answers_refused_intents_and_member_chunks(fake: FakeDiscord) -> None:
    alice = fake.add_user("Alice")
    guild_id = fake.add_guild("Help desk")
    fake.user_posts(fake.add_text_channel(guild_id, "intake"), alice, "hello")  # alice joins the guild
    members = INTENTS | discord.Intents(members=True)
    async with running(Bot(intents=members)) as bot:  # chunks the guild (op 8) before on_ready
        guild = bot.get_guild(guild_id)
        assert guild is not None and guild.chunked and guild.get_member(alice) is not None
        errors: asyncio.Queue[Exception] = asyncio.Queue()
        message = await (await bot.fetch_user(alice)).send("Go?", view=Slow(errors))
        fake.interaction_timeout = 0.0  # Discord forgets an interaction not answered within 3 s
        fake.user_clicks(alice, message.id, "go")
        error = await soon(errors.get())
        assert isinstance(error, discord.NotFound) and error.code == 10062

    fake.privileged_intents = 0  # message content switched off in the developer portal
    refused = Bot()
    with pytest.raises(discord.PrivilegedIntentsRequired):
        await soon(refused.start(DEFAULT_TOKEN))
    await refused.close()


async def test_allowed_mentions_roles_and_replies_decide_who_is_pinged(fake: FakeDiscord) -> None:
    guild_id = fake.add_guild("Help desk")
    channel_id = fake.add_text_channel(guild_id, "desk")
    alice = fake.add_user("Alice")
    volunteers = fake.add_role(guild_id, "volunteers", mentionable=False)
    admins = fake.add_role(guild_id, "admins")
    text = f"@everyone <@&{volunteers}> <@&{admins}> <@{alice}> <@&123>"  # 123: no role of this guild
    async with running(Bot()) as bot:
        await fake.wait_for(lambda: bot.get_guild(guild_id) and bot.get_guild(guild_id).get_role(admins))
        channel = bot.get_channel(channel_id)
        assert isinstance(channel, discord.TextChannel)
        everything = await channel.send(text)  # no allowed_mentions at all: Discord parses everything
        assert fake.pinged(everything.id) == {"users": [alice], "roles": [volunteers, admins], "everyone": True}
        nothing = await channel.send(text, allowed_mentions=discord.AllowedMentions.none())
        assert fake.pinged(nothing.id) == {"users": [], "roles": [], "everyone": False}
        assert (nothing.mentions, nothing.role_mentions, nothing.mention_everyone) == ([], [], False)
        one_role = discord.AllowedMentions(everyone=False, users=False, roles=[discord.Object(admins)])
        only = await channel.send(text, allowed_mentions=one_role)
        assert fake.pinged(only.id) == {"users": [], "roles": [admins], "everyone": False}
        assert [r.id for r in only.role_mentions] == [admins]

        fake.bot_may_mention_everyone = False  # then a role that is not mentionable is not pinged
        limited = await channel.send(text, allowed_mentions=discord.AllowedMentions(roles=True, everyone=True))
        assert fake.pinged(limited.id) == {"users": [alice], "roles": [admins], "everyone": False}

        asked = fake.user_posts(channel_id, alice, "help?")
        original = await channel.fetch_message(int(asked["id"]))
        loud = await original.reply("yes", allowed_mentions=discord.AllowedMentions.none(), mention_author=True)
        quiet = await original.reply("yes", allowed_mentions=discord.AllowedMentions.none(), mention_author=False)
        assert (fake.pinged(loud.id)["users"], fake.pinged(quiet.id)["users"]) == ([alice], [])

        await nothing.edit(content=f"<@{alice}>", allowed_mentions=discord.AllowedMentions.all())
        assert fake.pinged(nothing.id)["users"] == []  # an edit notifies nobody

    invalid = {"content": "x", "allowed_mentions": {"parse": ["users"], "users": [str(alice)]}}
    async with aiohttp.ClientSession(headers={"Authorization": f"Bot {fake.token}"}) as http, \
            http.post(f"{fake.api_base}/channels/{channel_id}/messages", json=invalid) as response:
        assert (response.status, (await response.json())["code"]) == (400, 50035)  # parse and a list exclude


async def test_threads_need_a_type_private_ones_members_and_users_reply_in_them(fake: FakeDiscord) -> None:
    guild_id = fake.add_guild("Help desk")
    channel_id = fake.add_text_channel(guild_id, "desk")
    vera = fake.add_user("Vera")
    async with running(Bot()) as bot:
        channel = bot.get_channel(channel_id)
        assert isinstance(channel, discord.TextChannel)
        async with aiohttp.ClientSession(headers={"Authorization": f"Bot {fake.token}"}) as http, \
                http.post(f"{fake.api_base}/channels/{channel_id}/threads", json={"name": "x"}) as response:
            assert (response.status, (await response.json())["code"]) == (400, 50035)  # v10: type required

        public = await channel.create_thread(name="Case 1", type=discord.ChannelType.public_thread)
        assert (public.parent_id, public.type) == (channel_id, discord.ChannelType.public_thread)
        assert fake.thread(public.id)["parent_id"] == str(channel_id)
        await fake.wait_for(lambda: bot.get_channel(public.id))  # THREAD_CREATE reached the bot
        first = await public.send("Case 1 opened")
        fake.user_posts(public.id, vera, "mine", reply_to=first.id)
        answer = await soon(bot.inbox.get())
        assert isinstance(answer.channel, discord.Thread) and answer.channel.parent_id == channel_id
        assert answer.type is discord.MessageType.reply and answer.reference.message_id == first.id

        private = await channel.create_thread(name="Case 2")  # discord.py's default: a private thread
        assert fake.thread(private.id)["type"] == 12
        with pytest.raises(LookupError):
            fake.user_posts(private.id, vera, "can I see this?")
        await private.add_user(discord.Object(vera))
        fake.user_posts(private.id, vera, "now I can")
        assert (await soon(bot.inbox.get())).content == "now I can"

        theirs = fake.user_opens_thread(channel_id, vera, "a question")
        await fake.wait_for(lambda: bot.get_channel(theirs))
        assert bot.get_channel(theirs).owner_id == vera  # type: ignore[union-attr]
        with pytest.raises(discord.HTTPException) as raised:
            await channel.create_thread(name="x", type=discord.ChannelType.public_thread, auto_archive_duration=30)
        assert raised.value.code == 50035


async def test_followups_fill_the_deferred_answer_and_die_with_the_token(fake: FakeDiscord) -> None:
    alice = fake.add_user("Alice")
    guild_id = fake.add_guild("Help desk")
    channel_id = fake.add_text_channel(guild_id, "general")
    bot = Bot()
    asked: asyncio.Queue[discord.Interaction] = asyncio.Queue()

    @bot.tree.command(name="help", description="Get help")
    async def help_command(interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        asked.put_nowait(interaction)

    async with running(bot):
        await bot.tree.sync()
        interaction_id = fake.user_slash(alice, "help", channel_id=channel_id)
        interaction = await soon(asked.get())
        assert fake.original_response(interaction_id)["flags"] & (64 | 128) == 64 | 128  # type: ignore[index]
        first = await interaction.followup.send("Moved to DMs @everyone", ephemeral=True, wait=True,
                                                allowed_mentions=discord.AllowedMentions.none())
        answer = fake.original_response(interaction_id)
        assert answer is not None and (answer["id"], answer["content"]) == (str(first.id), "Moved to DMs @everyone")
        assert answer["flags"] & (64 | 128) == 64 and fake.pinged(first.id)["everyone"] is False
        second = await interaction.followup.send("More", ephemeral=True, wait=True)
        assert second.id != first.id and fake.message(second.id)["flags"] & 64
        assert [m for m in fake.sent(channel_id) if not m["flags"] & 64] == []

        fake.interaction_token_lifetime = 0.0  # 15 minutes later
        with pytest.raises(discord.HTTPException) as raised:
            await interaction.followup.send("too late", ephemeral=True)
        assert (raised.value.status, raised.value.code) == (401, 50027)

"""DiscordChannel on the real discord.py against the fake Discord, with a recording inbox in place of the core."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from types import SimpleNamespace
from typing import Any

import discord
import pytest
import yarl

from bot.adapters.discord import DM_CLOSED, DiscordChannel, DiscordConfig, _drop_bots_messages, _Recent
from bot.domain import ChatKind, ChatRef, Choice, DeliveryError, InboundMessage, Reply
from tests.fakes.discord import DEFAULT_TOKEN, EPHEMERAL, FakeDiscord

D = "discord"
NOBODY = {"users": [], "roles": [], "everyone": False}


class RecordingInbox:
    """The inbox as the channel sees it: `ingest` stores once per event id, `process` is recorded. It also notes,
    for an interaction, whether Discord had already been answered when the event was stored."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.stored: list[InboundMessage] = []
        self.answered: list[InboundMessage] = []
        self.acked_when_stored: dict[str, bool] = {}
        self._ids: set[str] = set()
        self._changed = asyncio.Event()

    async def ingest(self, message: InboundMessage) -> bool:
        if message.external_id in self._ids:
            return False
        self._ids.add(message.external_id)
        self.stored.append(message)
        if (event_id := message.external_id).startswith("i") and event_id[1:].isdigit():
            self.acked_when_stored[event_id] = int(event_id[1:]) in self.fake.interaction_responses
        self._notify()
        return True

    async def ingest_many(self, messages: list[InboundMessage]) -> list[bool]:
        return [await self.ingest(message) for message in messages]

    async def process(self, message: InboundMessage, *, decided: Any = None) -> None:
        self.answered.append(message)
        self._notify()

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_for(self, what: Callable[[], Any], timeout: float = 5.0) -> Any:  # noqa: ASYNC109
        try:
            async with asyncio.timeout(timeout):
                while not (found := what()):
                    await self._changed.wait()
        except TimeoutError:
            raise TimeoutError(f"stored {[(m.external_id, m.command, m.chat) for m in self.stored]}") from None
        return found

    async def event(self, check: Callable[[InboundMessage], bool]) -> InboundMessage:
        """The first stored event that passes `check`, once it has been answered too."""
        found = await self.wait_for(lambda: [m for m in self.stored if check(m)])
        await self.wait_for(lambda: found[0] in self.answered)
        return found[0]


def translate(locale: str, key: str) -> str:
    return {"command-help": "Get help", "command-words-help": "help"}.get(key, key)


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(heartbeat_interval=0.5) as server:
        # the channel points discord.py at the fake itself; these put the defaults back after the test
        monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
        monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
        yield server
        assert server.errors == []


class World:
    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.guild = fake.add_guild("Help desk")
        self.desk = fake.add_text_channel(self.guild, "desk")
        self.general = fake.add_text_channel(self.guild, "general")
        self.volunteer = fake.add_user("Vera")
        self.victim = fake.add_user("Alice", locale="fr")
        self.inbox = RecordingInbox(fake)

    @property
    def desk_chat(self) -> ChatRef:
        return ChatRef(D, str(self.desk), kind=ChatKind.DESK)

    def public(self, channel_id: int) -> list[dict]:
        return [m for m in self.fake.sent(channel_id) if not m["flags"] & EPHEMERAL]


@pytest.fixture
def world(fake: FakeDiscord) -> World:
    return World(fake)


@contextlib.asynccontextmanager
async def running(world: World, **config: Any) -> AsyncIterator[DiscordChannel]:
    resume_points = config.pop("resume_points", None)
    channel = DiscordChannel(
        DiscordConfig(token=DEFAULT_TOKEN, api_base_url=world.fake.api_base, gateway_url=world.fake.gateway_url,
                      guild_ready_timeout=0.05, desk_channels=frozenset({str(world.desk)}), **config),
        world.inbox, translate, ["en", "fr"], resume_points=resume_points)
    await asyncio.wait_for(channel.start(), 10)
    try:
        yield channel
    finally:
        await asyncio.wait_for(channel.stop(), 20)


def custom_ids(message: dict) -> list[str]:
    return [c["custom_id"] for row in message.get("components", []) for c in row.get("components", [])]


async def test_desk_messages_arrive_as_desk_events_with_their_thread(world: World) -> None:
    fake, inbox = world.fake, world.inbox
    async with running(world) as channel:
        fake.user_posts(world.desk, world.volunteer, "morning all")
        plain = await inbox.event(lambda m: m.text == "morning all")
        assert plain.chat == world.desk_chat and plain.at_desk
        assert (plain.user.external_id, plain.user.display_name) == (str(world.volunteer), "Vera")

        thread_id = await channel.open_thread(world.desk_chat, "Case FD-2025-000001")
        in_thread = ChatRef(D, str(world.desk), thread_id=thread_id, kind=ChatKind.DESK)
        card = await channel.send(in_thread, Reply("New case"))
        fake.user_posts(int(thread_id), world.volunteer, "I take it", mentions_bot=True, reply_to=int(card))
        taken = await inbox.event(lambda m: m.text == "I take it")  # the mention of the bot is no part of it
        assert taken.chat == in_thread and taken.reply_to == card and not taken.is_action

        theirs = fake.user_opens_thread(world.desk, world.volunteer, "questions")
        fake.user_posts(theirs, world.volunteer, "who is on call?")
        asked = await inbox.event(lambda m: m.text == "who is on call?")
        assert asked.chat == ChatRef(D, str(world.desk), thread_id=str(theirs), kind=ChatKind.DESK)
        assert asked.reply_to is None

        press = await channel.send(in_thread, Reply("Claim?", choices=(Choice("claim", "Claim"),)))
        assert press is not None
        clicked = fake.user_clicks(world.volunteer, int(press), "fd:claim")
        claim = await inbox.event(lambda m: m.choice == "claim")
        assert claim.chat == in_thread and claim.user.display_name == "Vera" and claim.reply_to == press
        # acknowledged before it is stored: a slow database must not make Discord say "This interaction failed"
        assert inbox.acked_when_stored[f"i{clicked}"] is True
        assert fake.interaction_responses[clicked]["type"] == 6
    assert [m.external_id for m in inbox.stored] == [m.external_id for m in inbox.answered]


async def test_a_desk_thread_discord_py_has_not_cached_is_looked_up_once(world: World) -> None:
    fake, inbox = world.fake, world.inbox
    async with running(world) as channel:
        thread_id = fake.user_opens_thread(world.desk, world.volunteer, "old case")
        guild = channel.client.get_guild(world.guild)
        thread = await fake.wait_for(lambda: guild.get_thread(thread_id))  # type: ignore[union-attr]
        guild._remove_thread(thread)  # type: ignore[union-attr]  # as after an unarchive discord.py missed
        for text in ("back to this case", "and more"):
            fake.user_posts(thread_id, world.volunteer, text)
            event = await inbox.event(lambda m, text=text: m.text == text)
            assert event.chat == ChatRef(D, str(world.desk), thread_id=str(thread_id), kind=ChatKind.DESK)
    lookups = [path for method, path, _ in fake.requests if method == "GET" and path == f"/channels/{thread_id}"]
    assert len(lookups) == 1


async def test_other_server_messages_are_skipped_and_no_text_is_logged(world: World,
                                                                        caplog: pytest.LogCaptureFixture) -> None:
    fake, inbox = world.fake, world.inbox
    caplog.set_level(logging.DEBUG, logger="bot.adapters.discord")
    async with running(world):
        fake.user_posts(world.general, world.victim, "my secret password is hunter2")
        fake.user_dms(world.victim, "a secret of mine")  # after it: once this is stored, the other was handled
        await inbox.event(lambda m: m.text == "a secret of mine")
    assert [m.text for m in inbox.stored] == ["a secret of mine"]
    assert inbox.stored[0].chat == ChatRef(D, str(fake.dm_channel_of(world.victim)))
    assert "secret" not in caplog.text


async def test_a_mention_starts_in_dms_and_the_adapter_says_nothing(world: World) -> None:
    fake, inbox = world.fake, world.inbox
    async with running(world):
        mention = fake.user_posts(world.general, world.victim, "someone hacked me", mentions_bot=True)
        start = await inbox.event(lambda m: m.command == "start")
    assert start.external_id == f"m{mention['id']}"
    assert start.chat == ChatRef(D, str(fake.dm_channel_of(world.victim)), kind=ChatKind.PRIVATE)
    assert start.origin == ChatRef(D, str(world.general), kind=ChatKind.PUBLIC)
    assert start.reply_to == mention["id"] and start.user.external_id == str(world.victim)
    assert start.text is None  # what they wrote in public stays there
    assert fake.sent(world.general) == [] and fake.sent_to_user(world.victim) == []
    assert not [path for method, path, _ in fake.requests if method == "POST" and path.endswith("/messages")]


async def test_help_in_a_server_is_deferred_privately_and_answered_by_followups(world: World) -> None:
    fake, inbox = world.fake, world.inbox
    async with running(world) as channel:
        assert [c["name"] for c in fake.commands[None]] == ["help", "reply", "transfer", "history", "resolve", "claim"]
        interaction = fake.user_slash(world.victim, "help", channel_id=world.general)
        start = await inbox.event(lambda m: m.command == "start")
        assert fake.interaction_responses[interaction] == {"type": 5, "data": {"flags": EPHEMERAL}}
        origin = ChatRef(D, str(interaction), kind=ChatKind.INTERACTION)
        assert (start.origin, start.external_id) == (origin, f"i{interaction}")
        assert start.chat == ChatRef(D, str(fake.dm_channel_of(world.victim)))
        assert start.user.language_hint == "fr"

        first = await channel.send(origin, Reply("On continue en message privé. @everyone"))
        answer = fake.original_response(interaction)
        assert answer is not None and answer["id"] == first  # the "thinking…" answer, replaced
        assert (answer["content"], answer["flags"] & EPHEMERAL) == ("On continue en message privé. @everyone",
                                                                    EPHEMERAL)
        second = await channel.send(origin, Reply("Second **note**", choices=(Choice("ok", "OK"),)))
        again = fake.message(int(second))
        assert (again["content"], again["flags"] & EPHEMERAL) == (r"Second \*\*note\*\*", EPHEMERAL)
        assert custom_ids(again) == ["fd:ok"]
        assert fake.pinged(int(first)) == NOBODY and world.public(world.general) == []

        with pytest.raises(DeliveryError) as gone:
            await channel.send(ChatRef(D, "123", kind=ChatKind.INTERACTION), Reply("lost"))
        assert gone.value.permanent and not gone.value.blocked


async def test_closed_dms_after_a_mention_are_reported_where_they_asked(world: World) -> None:
    fake, inbox = world.fake, world.inbox
    fake.close_dms(world.victim)
    async with running(world) as channel:
        mention = fake.user_posts(world.general, world.victim, "help me", mentions_bot=True)
        start = await inbox.event(lambda m: m.command == "start")
        with pytest.raises(DeliveryError) as refused:
            await channel.send(start.chat, Reply("Hello"))
        assert refused.value.blocked
        closed = await inbox.event(lambda m: m.command == DM_CLOSED)
        assert closed.chat == ChatRef(D, str(world.general), kind=ChatKind.PUBLIC)
        assert (closed.reply_to, closed.external_id) == (mention["id"], f"m{mention['id']}:dm-closed")
        assert closed.user.external_id == str(world.victim) and closed.origin is None

        with pytest.raises(DeliveryError):
            await channel.send(start.chat, Reply("Hello again"))  # reported once, not on every retry
        said = await channel.send(closed.chat, Reply("Please allow DMs <@&1> @here", reply_to=closed.reply_to))
        public = fake.message(int(said))
        assert public["message_reference"]["message_id"] == mention["id"]
        assert public["allowed_mentions"] == {"parse": [], "replied_user": False}  # not even the person asking
        assert fake.pinged(int(said)) == NOBODY
    assert [m.command for m in inbox.stored] == ["start", DM_CLOSED]


async def test_a_dm_channel_that_cannot_be_opened_is_reported_to_the_slash_command(world: World) -> None:
    fake, inbox = world.fake, world.inbox
    async with running(world) as channel:
        fake.fail_next("POST /users/@me/channels", status=403)
        interaction = fake.user_slash(world.victim, "help", channel_id=world.general)
        closed = await inbox.event(lambda m: m.command == DM_CLOSED)
        assert closed.chat == ChatRef(D, str(interaction), kind=ChatKind.INTERACTION)
        assert closed.external_id == f"i{interaction}:dm-closed" and closed.reply_to is None
        await channel.send(closed.chat, Reply("Please allow direct messages"))
        answer = fake.original_response(interaction)
        assert answer is not None and answer["flags"] & EPHEMERAL
    assert [m.command for m in inbox.stored] == [DM_CLOSED]
    assert world.public(world.general) == []


async def test_open_thread_then_send_into_it(world: World) -> None:
    fake = world.fake
    async with running(world) as channel:
        thread_id = await channel.open_thread(world.desk_chat, "Case FD-2025-000002 " + "x" * 200)
        thread = fake.thread(int(thread_id))
        assert (thread["parent_id"], thread["type"], len(thread["name"])) == (str(world.desk), 11, 100)
        assert thread["name"].endswith("…")
        in_thread = ChatRef(D, str(world.desk), thread_id=thread_id, kind=ChatKind.DESK)
        long = ("Summary of the case. " * 150).strip()
        last = await channel.send(in_thread, Reply(long, choices=(Choice("claim", "Claim"),)))
        sent = fake.sent(int(thread_id))
        assert len(sent) == 2 and all(len(m["content"]) <= 2000 for m in sent)
        assert sent[-1]["id"] == last and custom_ids(sent[0]) == [] and custom_ids(sent[1]) == ["fd:claim"]
        assert world.public(world.desk) == []  # all of it in the thread

        with pytest.raises(DeliveryError) as refused:
            await channel.open_thread(ChatRef(D, thread_id, kind=ChatKind.DESK), "no threads in threads")
        assert refused.value.permanent


async def test_a_role_mention_pings_that_role_only_and_user_text_pings_nobody(world: World) -> None:
    fake = world.fake
    volunteers = fake.add_role(world.guild, "volunteers", mentionable=False)
    admins = fake.add_role(world.guild, "admins")
    story = f"They wrote @everyone @here <@&{admins}> <@{world.volunteer}> **here**"
    async with running(world) as channel:
        called = await channel.send(world.desk_chat, Reply(story, mention_role=str(volunteers)))
        message = fake.message(int(called))
        assert message["content"].startswith(f"<@&{volunteers}> They wrote @everyone")
        assert fake.pinged(int(called)) == {"users": [], "roles": [volunteers], "everyone": False}
        assert message["allowed_mentions"]["parse"] == [] and message["allowed_mentions"]["roles"] == [volunteers]

        quiet = await channel.send(world.desk_chat, Reply(story))
        assert fake.pinged(int(quiet)) == NOBODY and fake.message(int(quiet))["allowed_mentions"] == {"parse": []}

        long = await channel.send(world.desk_chat, Reply(("Long story @everyone. " * 120).strip(),
                                                         mention_role=str(volunteers)))
        *earlier, last = fake.sent(world.desk)[-2:]
        assert last["id"] == long and fake.pinged(int(earlier[0]["id"]))["roles"] == [volunteers]
        assert fake.pinged(int(long)) == NOBODY  # the role is called once, in the first part

        dm = await channel.send(ChatRef(D, str(fake.dm_channel_of(world.victim))),
                                Reply(story, mention_role=str(volunteers)))
        assert fake.pinged(int(dm)) == NOBODY and not fake.message(int(dm))["content"].startswith("<@&")


async def test_edit_replaces_text_and_buttons(world: World) -> None:
    fake = world.fake
    async with running(world) as channel:
        card = await channel.send(world.desk_chat, Reply("Case 3: new", choices=(Choice("claim", "Claim"),)))
        assert card is not None
        assert await channel.edit(world.desk_chat, card, Reply("Case 3: claimed by Vera",
                                                               choices=(Choice("release", "Release"),))) == card
        edited = fake.message(int(card))
        assert (edited["content"], custom_ids(edited)) == ("Case 3: claimed by Vera", ["fd:release"])
        await channel.edit(world.desk_chat, card, Reply("x" * 2500))
        edited = fake.message(int(card))
        assert (len(edited["content"]), edited["content"][-1], edited["components"]) == (2000, "…", [])

        with pytest.raises(DeliveryError) as missing:
            await channel.edit(world.desk_chat, "1234", Reply("gone"))
        assert missing.value.permanent and not missing.value.blocked


async def test_dms_files_buttons_selects_and_help_are_stored_then_answered(world: World) -> None:
    fake, inbox = world.fake, world.inbox
    dm = ChatRef(D, str(fake.dm_channel_of(world.victim)))
    async with running(world, max_file_bytes=10) as channel:
        fake.user_dms(world.victim, "here are my files", [("small.txt", b"tiny", "text/plain"),
                                                          ("big.png", b"x" * 50, "image/png")])
        files = await inbox.event(lambda m: m.text == "here are my files")
        assert files.chat == dm and files.user.display_name is None  # a victim's name is not kept
        small, big = files.attachments
        assert (small.data, small.size) == (b"tiny", None)
        assert (big.data, big.size, big.content_type) == (b"", 50, "image/png")  # too large: never downloaded

        menu = await channel.send(dm, Reply("Pick", choices=tuple(Choice(f"c{n}", f"Choice {n}") for n in range(6))))
        [select] = custom_ids(fake.message(int(menu)))
        picked = fake.user_selects(world.victim, int(menu), select, ["c4"])
        choice = await inbox.event(lambda m: m.choice == "c4")
        assert choice.chat == dm and choice.user.language_hint == "fr" and choice.user.display_name is None
        assert inbox.acked_when_stored[f"i{picked}"] is True and fake.interaction_responses[picked]["type"] == 6

        asked = fake.user_slash(world.victim, "help")
        help_event = await inbox.event(lambda m: m.command == "help")
        assert help_event.chat == dm and help_event.origin is None
        await fake.wait_for(lambda: asked in fake.interaction_responses and fake.original_response(asked) is None)

        at_desk = fake.user_slash(world.volunteer, "help", channel_id=world.desk)
        desk_help = await inbox.event(lambda m: m.command == "help" and m.at_desk)
        assert desk_help.chat == world.desk_chat and desk_help.user.display_name == "Vera"
        await fake.wait_for(lambda: at_desk in fake.interaction_responses and fake.original_response(at_desk) is None)
    assert [m.command for m in inbox.stored if m.command] == ["help", "help"]  # nobody was moved to DMs


async def test_a_forwarded_dm_becomes_a_text_file_saying_where_it_came_from(world: World) -> None:
    fake, inbox = world.fake, world.inbox
    dm = fake.dm_channel_of(world.victim)
    async with running(world):
        # the fake has no forwarding of its own: the event as Discord sends it, a reference of type 1 (forward) and
        # the message itself as a snapshot, with its words and files but not its author
        original = fake.user_posts(world.general, world.volunteer, "Pay the release fee at https://fee.example.com/pay")
        snapshot = {"type": 0, "content": original["content"], "embeds": [], "flags": 0,
                    "attachments": fake._uploads(dm, [("qr.png", b"a QR code", "image/png")]),
                    "timestamp": original["timestamp"], "edited_timestamp": None}
        message = fake._new_message(dm, fake._user(world.victim), "")
        message.update(message_reference={"type": 1, "message_id": original["id"], "channel_id": str(world.general),
                                          "guild_id": str(world.guild)}, message_snapshots=[{"message": snapshot}])
        fake._dispatch("MESSAGE_CREATE", fake._message_event(message))
        event = await inbox.event(lambda m: m.external_id == message["id"])
    assert event.text is None and event.forward is not None and event.forward.sent_at is not None
    record, picture = event.attachments
    assert (record.filename, record.content_type, picture.data) == ("forwarded-message.txt", "text/plain", b"a QR code")
    words = record.data.decode()
    link = f"https://discord.com/channels/{world.guild}/{world.general}/{original['id']}"
    assert words.startswith(f"Forwarded from: #general, server Help desk (author not shown by Discord; {link})\n")
    assert words.endswith("\n\nPay the release fee at https://fee.example.com/pay")


async def test_dms_written_while_down_are_caught_up_once(world: World) -> None:
    fake, inbox = world.fake, world.inbox
    async with running(world):
        fake.user_dms(world.victim, "first")
        first = await inbox.event(lambda m: m.text == "first")
    fake.user_dms(world.victim, "while you were away")  # nobody connected: Discord never pushes it again
    dm = str(fake.dm_channel_of(world.victim))

    async def resume_points() -> list[tuple[str, str, str]]:
        before_first = str(int(first.external_id) - 1)  # the stored one is read again, and recognised
        return [(str(world.victim), dm, before_first)]

    async with running(world, resume_points=resume_points):
        missed = await inbox.event(lambda m: m.text == "while you were away")
    assert missed.chat == ChatRef(D, dm)
    assert [m.text for m in inbox.answered] == ["first", "while you were away"]


async def test_clicks_are_matched_by_custom_id_and_no_view_is_kept_per_message(world: World) -> None:
    fake, inbox = world.fake, world.inbox
    dm = ChatRef(D, str(fake.dm_channel_of(world.victim)))
    async with running(world) as channel:
        sure = Reply("Sure?", choices=(Choice("yes", "Yes"), Choice("no", "No")))
        first, second = await channel.send(dm, sure), await channel.send(dm, sure)
        assert first and second
        assert custom_ids(fake.message(int(first))) == custom_ids(fake.message(int(second))) == ["fd:yes", "fd:no"]
        clicked = fake.user_clicks(world.victim, int(first), "fd:no")
        assert (await inbox.event(lambda m: m.choice == "no")).reply_to == first
        assert inbox.acked_when_stored[f"i{clicked}"] is True
        fake.user_clicks(world.victim, int(second), "fd:yes")
        assert (await inbox.event(lambda m: m.choice == "yes")).reply_to == second
        views = channel.client._connection._view_store
        assert not views._views and not views._synced_message_views  # nothing kept per message sent


def test_messages_written_by_bots_or_discord_are_dropped_before_discord_py_builds_them() -> None:
    built: list[dict[str, Any]] = []
    state = SimpleNamespace(parsers={"MESSAGE_CREATE": built.append})
    _drop_bots_messages(state)
    for author in ({"id": "1", "bot": True}, {"id": "2", "system": True}, {"id": "3"}, {"id": "4", "bot": False}):
        state.parsers["MESSAGE_CREATE"]({"author": author, "content": "hi"})
    assert [message["author"]["id"] for message in built] == ["3", "4"]


def test_what_the_channel_remembers_is_bounded_in_number_and_in_time() -> None:
    recent: _Recent[str, int] = _Recent(60.0, 2)
    for n, key in enumerate("abc"):
        recent.put(key, n)
    assert (recent.get("a"), recent.get("b"), recent.pop("c"), recent.get("c")) == (None, 1, 2, None)
    gone: _Recent[str, int] = _Recent(0.0, 10)  # a 15-minute-old interaction is as good as this one
    gone.put("x", 1)
    assert gone.get("x") is None and gone.pop("x") is None


async def test_a_message_still_on_its_way_when_the_bot_stops_is_left_for_after_the_restart(world: World) -> None:
    async with running(world) as channel:
        pass
    with pytest.raises(DeliveryError) as later:
        await channel.send(world.desk_chat, Reply("a relayed post that was still queued"))
    assert not later.value.permanent and not later.value.blocked  # the outbox keeps the row for the next start
    assert world.fake.sent(world.desk) == []

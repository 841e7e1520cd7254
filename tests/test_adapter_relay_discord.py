"""Relaying on Discord: files going out with a reply's text, a DM reply saying which message it answers, and the
volunteers' slash commands, on the real discord.py against the fake Discord."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import discord
import pytest
import yarl

from bot.adapters.discord import ELSEWHERE
from bot.domain import Attachment, ChatKind, ChatRef, Choice, InboundMessage, Reply
from tests.fakes.discord import EPHEMERAL, FakeDiscord
from tests.test_discord_channel import NOBODY, World, custom_ids, running

D = "discord"
REF = "FD-2026-000001"
PHOTO = Attachment("screenshot.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
PDF = Attachment("bank letter.pdf", "application/pdf", b"%PDF-1.7\n" + b"\x00\xff" * 300)
MARKUP = "@everyone <b>x</b> **y**"
ESCAPED = r"@everyone <b>x</b> \*\*y\*\*"


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(heartbeat_interval=0.5) as server:
        # the channel points discord.py at the fake itself; these put the defaults back after the test
        monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
        monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
        yield server
        assert server.errors == []


@pytest.fixture
def world(fake: FakeDiscord) -> World:
    return World(fake)


def files_of(fake: FakeDiscord, message: dict) -> list[tuple[str, bytes]]:
    return [(a["filename"], fake.attachment_data(a)) for a in message["attachments"]]


def numbered(count: int) -> tuple[Attachment, ...]:
    return tuple(Attachment(f"page-{n}.txt", "text/plain", f"page {n}".encode()) for n in range(count))


async def test_a_photo_with_its_text_reaches_a_dm_a_desk_thread_a_volunteer_and_a_slash_command(world) -> None:
    fake = world.fake
    dm = ChatRef(D, str(fake.dm_channel_of(world.victim)))
    async with running(world) as channel:
        sent = await channel.send(dm, Reply("Here it is", (Choice("ok", "OK"),), attachments=(PHOTO,)))
        [message] = fake.sent_to_user(world.victim)
        assert sent == message["id"] and message["content"] == "Here it is"
        assert files_of(fake, message) == [("screenshot.png", PHOTO.data)] and custom_ids(message) == ["fd:ok"]

        thread_id = await channel.open_thread(world.desk_chat, f"Case {REF}")
        in_thread = ChatRef(D, str(world.desk), thread_id=thread_id, kind=ChatKind.DESK)
        card = await channel.send(in_thread, Reply("New case"))
        last = await channel.send(in_thread, Reply("The victim sent two files", reply_to=card,
                                                   attachments=(PHOTO, PDF)))
        _, relayed = fake.sent(int(thread_id))
        assert last == relayed["id"] and relayed["content"] == "The victim sent two files"
        assert files_of(fake, relayed) == [("screenshot.png", PHOTO.data), ("bank letter.pdf", PDF.data)]
        assert relayed["message_reference"]["message_id"] == card and fake.pinged(int(last)) == NOBODY
        assert world.public(world.desk) == []  # all of it in the thread

        volunteer = ChatRef(D, str(world.volunteer), kind=ChatKind.DIRECT)  # a page: the channel opens the DM
        await channel.send(volunteer, Reply("", attachments=(PDF,)))  # no text: just the file
        [paged] = fake.sent_to_user(world.volunteer)
        assert paged["content"] == "" and files_of(fake, paged) == [("bank letter.pdf", PDF.data)]

        interaction = fake.user_slash(world.victim, "help", channel_id=world.general)
        start = await world.inbox.event(lambda m: m.command == "start")
        assert start.origin is not None
        answered = await channel.send(start.origin, Reply("With a file", attachments=(PDF,)))
        answer = fake.original_response(interaction)
        assert answer is not None and answer["id"] == answered and answer["flags"] & EPHEMERAL
        assert answer["content"] == "With a file" and files_of(fake, answer) == [("bank letter.pdf", PDF.data)]


async def test_a_long_text_and_many_files_go_ten_to_a_message_with_the_buttons_on_the_last(world) -> None:
    fake = world.fake
    volunteers = fake.add_role(world.guild, "volunteers")
    files = numbered(12)
    async with running(world) as channel:
        text = ("A long story. " * 200).strip()  # 2,799 characters: two messages
        last = await channel.send(world.desk_chat, Reply(text, (Choice("claim", "Claim"),),
                                                         mention_role=str(volunteers), attachments=files))
        first, second, third = fake.sent(world.desk)
        assert last == third["id"]
        assert first["content"].startswith(f"<@&{volunteers}> A long story.") and first["attachments"] == []
        assert second["content"] and len(files_of(fake, second)) == 10
        assert third["content"] == "" and files_of(fake, third) == [(f.filename, f.data) for f in files[10:]]
        assert [custom_ids(m) for m in (first, second, third)] == [[], [], ["fd:claim"]]
        assert fake.pinged(int(first["id"]))["roles"] == [volunteers]  # the role is called once, first
        assert fake.pinged(int(second["id"])) == NOBODY and fake.pinged(int(third["id"])) == NOBODY

        dm = ChatRef(D, str(fake.dm_channel_of(world.victim)))
        await channel.send(dm, Reply("", attachments=numbered(10)))
        [only] = fake.sent_to_user(world.victim)
        assert len(only["attachments"]) == 10


async def test_a_dm_reply_says_which_message_it_answers(world) -> None:
    fake, inbox = world.fake, world.inbox
    async with running(world) as channel:
        dm = ChatRef(D, str(fake.dm_channel_of(world.volunteer)))
        relayed = await channel.send(dm, Reply(f"{REF}: the victim asks when you call"))
        assert relayed is not None
        fake.user_dms(world.volunteer, "tell them tonight", reply_to=int(relayed))
        answer = await inbox.event(lambda m: m.text == "tell them tonight")
        assert (answer.chat, answer.reply_to, answer.user.external_id) == (dm, relayed, str(world.volunteer))
        fake.user_dms(world.volunteer, "and a plain message")
        assert (await inbox.event(lambda m: m.text == "and a plain message")).reply_to is None


async def test_volunteer_commands_at_the_desk_in_its_threads_and_in_dms_are_stored_then_answered(world) -> None:
    fake, inbox = world.fake, world.inbox
    commands: list[tuple[str, dict[str, Any], str]] = [
        ("reply", {"text": "hello there", "reference": REF}, f"{REF} hello there"),  # in the order declared
        ("transfer", {"name": "alice", "reference": REF}, f"alice {REF}"),
        ("transfer", {"name": "alice"}, "alice"),
        ("history", {"reference": REF}, REF),
        ("history", {}, ""),
        ("resolve", {"reference": REF}, REF),
        ("resolve", {}, ""),
        ("claim", {"reference": REF}, REF),
    ]
    async with running(world) as channel:
        registered = {c["name"]: c for c in fake.commands[None]}
        assert {"help", "reply", "transfer", "history", "resolve", "claim"} <= set(registered)
        assert [(o["name"], o["required"]) for o in registered["reply"]["options"]] == [("reference", True),
                                                                                       ("text", True)]
        assert [(o["name"], o.get("required", False)) for o in registered["transfer"]["options"]] == [
            ("name", True), ("reference", False)]
        thread_id = await channel.open_thread(world.desk_chat, f"Case {REF}")
        dm = ChatRef(D, str(fake.dm_channel_of(world.volunteer)))
        places = [
            (world.desk, world.desk_chat, "Vera"),
            (int(thread_id), ChatRef(D, str(world.desk), thread_id=thread_id, kind=ChatKind.DESK), "Vera"),
            (None, dm, None),  # a DM: the volunteer's name is not needed there
        ]
        for channel_id, chat, name in places:
            for command, options, argument in commands:
                used = fake.user_slash(world.volunteer, command, channel_id=channel_id, options=options)
                event: InboundMessage = await inbox.event(lambda m, used=used: m.external_id == f"i{used}")
                assert (event.command, event.argument, event.chat) == (command, argument, chat)
                assert (event.user.external_id, event.user.display_name) == (str(world.volunteer), name)
                assert event.text is None and event.origin is None
                assert inbox.acked_when_stored[f"i{used}"] is True  # acknowledged first: Discord allows 3 s
                await fake.wait_for(lambda used=used: used in fake.interaction_responses
                                    and fake.original_response(used) is None)  # "thinking…", then removed
                assert fake.interaction_responses[used] == {"type": 5, "data": {"flags": EPHEMERAL}}
    assert len(inbox.stored) == len(places) * len(commands) and world.public(world.desk) == []


async def test_a_volunteer_command_anywhere_else_gets_one_private_line_and_stores_nothing(world) -> None:
    fake, inbox = world.fake, world.inbox
    async with running(world):
        used = fake.user_slash(world.volunteer, "claim", channel_id=world.general, options={"reference": REF})
        await fake.wait_for(lambda: used in fake.interaction_responses)
        answer = fake.original_response(used)
        assert answer is not None and answer["content"] == ELSEWHERE and answer["flags"] & EPHEMERAL
        assert fake.interaction_responses[used]["type"] == 4
        assert fake.pinged(int(answer["id"])) == NOBODY
    assert inbox.stored == [] and world.public(world.general) == []


async def test_markup_and_everyone_in_a_reply_ping_nobody_and_show_escaped(world) -> None:
    fake = world.fake
    async with running(world) as channel:
        asked = fake.user_posts(world.desk, world.volunteer, "what did they send?")
        said = await channel.send(world.desk_chat, Reply(MARKUP, reply_to=asked["id"], attachments=(PHOTO,)))
        message = fake.message(int(said))
        assert message["content"] == ESCAPED and files_of(fake, message) == [("screenshot.png", PHOTO.data)]
        assert fake.pinged(int(said)) == NOBODY and not message["mention_everyone"]
        assert message["allowed_mentions"] == {"parse": [], "replied_user": False}

        dm = await channel.send(ChatRef(D, str(fake.dm_channel_of(world.victim))), Reply(MARKUP))
        assert fake.message(int(dm))["content"] == ESCAPED and fake.pinged(int(dm)) == NOBODY

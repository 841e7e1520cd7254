"""Black-box: the bot as a subprocess, pointed at the fake Discord only through environment variables, and
people talking to it in DMs and servers. Every test fails on a traceback or the token in the bot's output."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable

import pytest

from tests.fakes.discord import DEFAULT_TOKEN, FakeDiscord
from tests.telegram_harness import BotProcess


class DiscordBot(BotProcess):
    ready_line = "discord channel started"
    secrets = (DEFAULT_TOKEN, DEFAULT_TOKEN.split(".")[-1])

    def platform_env(self) -> dict[str, str]:
        return {"DISCORD_BOT_TOKEN": DEFAULT_TOKEN, "DISCORD_API_BASE_URL": self.fake.api_base,
                "DISCORD_GATEWAY_URL": self.fake.gateway_url, "DISCORD_GUILD_READY_TIMEOUT": "0.05"}


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(heartbeat_interval=0.5) as server:
        yield server
        assert server.errors == []


@pytest.fixture
async def bot(fake: FakeDiscord, database_url: str, tmp_path) -> AsyncIterator[DiscordBot]:
    process = DiscordBot(fake, database_url, tmp_path)  # type: ignore[arg-type]
    await process.start()
    yield process
    await process.stop()
    process.assert_clean()


async def answered(fake: FakeDiscord, user_id: int, action: Callable[[], object], count: int = 1,
                   seconds: float = 20) -> list[dict]:
    """Do something as the person and return the bot's `count` new DMs to them."""
    before = len(fake.sent_to_user(user_id))
    action()
    await fake.wait_for(lambda: len(fake.sent_to_user(user_id)) >= before + count, timeout=seconds)
    await asyncio.sleep(0.05)
    return fake.sent_to_user(user_id)[before:]


def custom_ids(message: dict) -> list[str]:
    return [c["custom_id"] for row in message.get("components", []) for c in row.get("components", [])]


def public(fake: FakeDiscord, channel_id: int) -> list[dict]:
    """What everyone in a server channel can read (ephemeral answers are for one person only)."""
    return [m for m in fake.sent(channel_id) if not (m.get("flags", 0) & 64)]


def options(message: dict) -> list[str]:
    return [o["value"] for row in message.get("components", []) for c in row.get("components", [])
            for o in c.get("options", [])]


async def test_a_whole_conversation_in_dms(fake, bot) -> None:
    uid = fake.add_user("alice")
    first = await answered(fake, uid, lambda: fake.user_dms(uid, "Hello, I need help"))
    assert first[0]["content"].startswith("Hello. You have reached a free help desk")
    assert custom_ids(first[0]) == ["fd:agree", "fd:decline"]
    assert all(m["allowed_mentions"] == {"parse": []} for m in first)
    category = await answered(fake, uid, lambda: fake.user_clicks(uid, int(first[0]["id"]), "fd:agree"))
    assert options(category[0])[:2] == ["hacked_account", "phishing"]  # ten choices: a select menu
    select_id = custom_ids(category[0])[0]
    await answered(fake, uid, lambda: fake.user_selects(uid, int(category[0]["id"]), select_id, ["scam"]))
    await answered(fake, uid, lambda: fake.user_dms(uid, "fake shop"))  # the scam's own questions, typed
    await answered(fake, uid, lambda: fake.user_dms(uid, "a website"))
    affected = await answered(fake, uid, lambda: fake.user_dms(uid, "no"))  # first aid, then who is affected: one post
    await answered(fake, uid, lambda: fake.user_clicks(uid, int(affected[0]["id"]), "fd:me"))
    await answered(fake, uid, lambda: fake.user_dms(uid, "A fake shop took 300 euros from my card"))
    ongoing = await answered(fake, uid, lambda: fake.user_dms(uid, "yesterday"))
    evidence = await answered(fake, uid, lambda: fake.user_clicks(uid, int(ongoing[0]["id"]), "fd:no"))
    received = await answered(fake, uid, lambda: fake.user_dms(uid, "", [("shot.png", b"\x89PNG shot", "image/png")]))
    assert "received your file" in received[0]["content"]
    helped = await answered(fake, uid, lambda: fake.user_dms(uid, "/help"))
    assert "/forget" in helped[0]["content"]
    contact = await answered(fake, uid, lambda: fake.user_clicks(uid, int(evidence[0]["id"]), "fd:_done"))
    summary = await answered(fake, uid, lambda: fake.user_clicks(uid, int(contact[0]["id"]), "fd:here"))
    assert "1 file" in summary[0]["content"]
    done = await answered(fake, uid, lambda: fake.user_clicks(uid, int(summary[0]["id"]), "fd:confirm"))
    reference = re.search(r"FD-\d{4}-\d{6}", done[0]["content"]).group(0)
    status = await answered(fake, uid, lambda: fake.user_dms(uid, "/status"))
    assert reference in status[0]["content"]


async def test_user_text_can_never_ping_anyone(fake, bot) -> None:
    uid = fake.add_user("mallory")
    first = await answered(fake, uid, lambda: fake.user_dms(uid, "hi"))
    await answered(fake, uid, lambda: fake.user_clicks(uid, int(first[0]["id"]), "fd:agree"))
    category = fake.sent_to_user(uid)[-1]
    await answered(fake, uid, lambda: fake.user_selects(uid, int(category["id"]), custom_ids(category)[0], ["other"]))
    story = "@everyone @here <@&123> they posted **my** address <@999>"
    await answered(fake, uid, lambda: fake.user_dms(uid, story))  # "something else" asks the story first
    await answered(fake, uid, lambda: fake.user_dms(uid, "I don't know"))
    await answered(fake, uid, lambda: fake.user_dms(uid, "no"))
    await answered(fake, uid, lambda: fake.user_dms(uid, "me"))
    await answered(fake, uid, lambda: fake.user_dms(uid, "I don't know"))
    ongoing = fake.sent_to_user(uid)[-1]
    evidence = await answered(fake, uid, lambda: fake.user_clicks(uid, int(ongoing["id"]), "fd:unsure"))
    contact = await answered(fake, uid, lambda: fake.user_clicks(uid, int(evidence[0]["id"]), "fd:_skip"))
    summary = await answered(fake, uid, lambda: fake.user_clicks(uid, int(contact[0]["id"]), "fd:here"))
    assert "@everyone" in summary[0]["content"]
    assert all(m.get("allowed_mentions") == {"parse": []} for m in fake.sent_to_user(uid))


async def test_a_5000_character_message_and_long_replies(fake, bot) -> None:
    uid = fake.add_user("long")
    first = await answered(fake, uid, lambda: fake.user_dms(uid, "hello"))
    category = await answered(fake, uid, lambda: fake.user_clicks(uid, int(first[0]["id"]), "fd:agree"))
    await answered(fake, uid, lambda: fake.user_selects(uid, int(category[0]["id"]), custom_ids(category[0])[0],
                                                        ["harassment"]))
    for typed in ("messages", "a stranger", "several", "3 days ago"):  # the harassment's own questions
        await answered(fake, uid, lambda typed=typed: fake.user_dms(uid, typed))
    await answered(fake, uid, lambda: fake.user_dms(uid, "no"))  # first aid, then who is affected: one post
    await answered(fake, uid, lambda: fake.user_dms(uid, "me"))
    too_long = await answered(fake, uid, lambda: fake.user_dms(uid, "x" * 5000))
    assert "too long" in too_long[0]["content"]
    story = ("They keep writing to my friends about me. " * 60)[:2400]
    await answered(fake, uid, lambda: fake.user_dms(uid, story))
    ongoing = fake.sent_to_user(uid)[-1]
    evidence = await answered(fake, uid, lambda: fake.user_clicks(uid, int(ongoing["id"]), "fd:yes"))
    contact = await answered(fake, uid, lambda: fake.user_clicks(uid, int(evidence[0]["id"]), "fd:_skip"))
    summary = await answered(fake, uid, lambda: fake.user_clicks(uid, int(contact[0]["id"]), "fd:here"), 2)
    assert all(len(m["content"]) <= 2000 for m in summary)
    assert custom_ids(summary[0]) == [] and custom_ids(summary[1]) == ["fd:confirm", "fd:edit"]


async def test_help_in_a_server_moves_to_dms_privately(fake, bot) -> None:
    guild = fake.add_guild("Gamers")
    channel = fake.add_text_channel(guild, "general")
    uid = fake.add_user("gamer", locale="fr")
    interaction = fake.user_slash(uid, "help", guild_id=guild, channel_id=channel)
    await fake.wait_for(lambda: "message privé" in (fake.original_response(interaction) or {}).get("content", "")
                        and len(fake.sent_to_user(uid)) >= 1, timeout=20)
    assert fake.interaction_responses[interaction] == {"type": 5, "data": {"flags": 64}}  # deferred, ephemeral
    assert fake.original_response(interaction)["flags"] & 64  # type: ignore[index]  # only this person sees it
    assert fake.sent_to_user(uid)[0]["content"].startswith("Bonjour")  # the person's Discord language
    assert public(fake, channel) == []
    commands = fake.commands[None]
    assert [c["name"] for c in commands] == ["help", "reply", "transfer", "history", "resolve", "claim"]
    assert commands[0]["name_localizations"].get("fr") == "aide"


async def test_a_mention_in_a_server_answers_privately(fake, bot) -> None:
    guild = fake.add_guild("Club")
    channel = fake.add_text_channel(guild, "chat")
    uid = fake.add_user("kid")
    fake.user_posts(channel, uid, "hey bot someone is blackmailing me", mentions_bot=True)
    await fake.wait_for(lambda: len(fake.sent_to_user(uid)) >= 1, timeout=20)
    assert public(fake, channel) == []  # nothing about the person is said in public


async def test_closed_dms_are_explained_privately(fake, bot) -> None:
    guild = fake.add_guild("School")
    channel = fake.add_text_channel(guild, "general")
    uid = fake.add_user("shy")
    fake.close_dms(uid)
    interaction = fake.user_slash(uid, "help", guild_id=guild, channel_id=channel)
    await fake.wait_for(lambda: any("allow direct messages" in str(m.get("content", ""))
                                    for m in fake.sent(channel)), timeout=20)
    assert interaction in fake.interaction_responses
    assert public(fake, channel) == []  # the explanation is ephemeral too
    assert fake.sent_to_user(uid) == []


async def test_closed_dms_after_a_mention_are_explained_in_a_reply_that_pings_nobody(fake, bot) -> None:
    guild = fake.add_guild("School")
    channel = fake.add_text_channel(guild, "general")
    uid = fake.add_user("shy")
    fake.close_dms(uid)
    mention = fake.user_posts(channel, uid, "help me @everyone", mentions_bot=True)
    [said] = await fake.wait_for(lambda: [m for m in public(fake, channel) if "allow direct messages" in m["content"]],
                                 timeout=20)
    assert said["message_reference"]["message_id"] == mention["id"]
    assert fake.pinged(int(said["id"])) == {"users": [], "roles": [], "everyone": False}
    assert len(public(fake, channel)) == 1  # the only thing said in public


async def test_buttons_sent_before_a_restart_still_work(fake, database_url, tmp_path) -> None:
    bot = DiscordBot(fake, database_url, tmp_path)  # type: ignore[arg-type]
    await bot.start()
    uid = fake.add_user("bob")
    first = await answered(fake, uid, lambda: fake.user_dms(uid, "hello"))
    await bot.stop()
    await bot.start()
    category = await answered(fake, uid, lambda: fake.user_clicks(uid, int(first[0]["id"]), "fd:agree"))
    assert category[0]["content"].startswith("What happened")
    await bot.stop()
    bot.assert_clean()


async def test_messages_written_while_the_bot_was_down_are_caught_up(fake, database_url, tmp_path) -> None:
    bot = DiscordBot(fake, database_url, tmp_path)  # type: ignore[arg-type]
    await bot.start()
    uid = fake.add_user("carol")
    first = await answered(fake, uid, lambda: fake.user_dms(uid, "hello"))
    await answered(fake, uid, lambda: fake.user_clicks(uid, int(first[0]["id"]), "fd:agree"))
    await bot.stop(kill=True)
    fake.user_dms(uid, "they took everything yesterday")  # no bot connected: never pushed again
    await bot.start()
    await fake.wait_for(lambda: len(fake.sent_to_user(uid)) >= 3, timeout=20)
    assert fake.sent_to_user(uid)[2]["content"].startswith("Please choose one of")
    await bot.stop()
    bot.assert_clean()


async def test_a_429_and_a_gateway_disconnect_lose_nothing(fake, bot) -> None:
    uid = fake.add_user("dave")
    fake.fail_next("POST /channels", status=429, count=2, retry_after=0.3)
    first = await answered(fake, uid, lambda: fake.user_dms(uid, "hello"))
    assert custom_ids(first[0]) == ["fd:agree", "fd:decline"]
    resumes = fake.resume_count
    fake.disconnect()
    fake.user_dms(uid, "/status")  # while the gateway reconnects: replayed on RESUME
    await fake.wait_for(lambda: len(fake.sent_to_user(uid)) >= 2, timeout=30)
    assert fake.resume_count > resumes
    assert "no report" in fake.sent_to_user(uid)[1]["content"]


async def test_without_the_message_content_intent_the_bot_says_what_to_switch_on(fake, database_url,
                                                                                  tmp_path) -> None:
    fake.privileged_intents = 0  # the operator did not switch it on in the developer portal
    bot = DiscordBot(fake, database_url, tmp_path)  # type: ignore[arg-type]
    bot.ready_line = "discord channel not started"
    await bot.start()
    assert "switch it on for this bot in the Discord developer portal" in bot.text
    assert bot.process is not None and bot.process.returncode is None  # the rest of the bot keeps running
    await bot.stop()
    bot.assert_clean()


async def test_an_unknown_button_is_acknowledged_and_skipped(fake, bot) -> None:
    uid = fake.add_user("erin")
    first = await answered(fake, uid, lambda: fake.user_dms(uid, "hello"))
    # a button of a format this bot does not know (another app's, or an old version's)
    stored = fake._messages[int(first[0]["channel_id"])][int(first[0]["id"])]
    stored["components"][0]["components"][0]["custom_id"] = "someone-else:1"
    interaction = fake.user_clicks(uid, int(first[0]["id"]), "someone-else:1")
    await fake.wait_for(lambda: interaction in fake.interaction_responses, timeout=10)
    assert fake.interaction_responses[interaction]["type"] == 6
    assert len(fake.sent_to_user(uid)) == 1

"""Property-based: 1,000 random and malformed Telegram updates, from victims and from the volunteers' desk,
against the running bot. Every one is handled or refused; the bot never crashes, prints no traceback, and still
answers people afterwards."""

from __future__ import annotations

import asyncio
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fakes.telegram import FakeTelegram
from tests.telegram_harness import BotProcess

USERS = st.integers(min_value=5000, max_value=5099)
DESK = -1001888000001  # a forum group configured as the desk
JSON_LEAF = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50)
JSON = st.recursive(JSON_LEAF, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10),
                                                                                          inner, max_size=4),
                    max_leaves=12)
TEXT = st.text(max_size=300) | st.sampled_from(["/start", "/help", "/back", "/forget", "/language", "/status",
                                                 "/human", "/cancel", "/restart", "/nope", "yes", "1", "",
                                                 "<b>x</b> & <i", "@everyone", "\u202e\u2066", "x" * 5000])


def user(uid: int, language: str | None) -> dict:
    found = {"id": uid, "is_bot": False, "first_name": "Fuzz"}
    if language is not None:
        found["language_code"] = language
    return found


@st.composite
def private_message(draw) -> dict:
    uid = draw(USERS)
    message = {"message_id": draw(st.integers(1, 10**6)), "date": draw(st.integers(0, 2**31)),
               "chat": {"id": uid, "type": "private"},
               "from": user(uid, draw(st.none() | st.sampled_from(["en", "uk", "ar", "pt-br", "xx", ""])))}
    message[draw(st.sampled_from(["text", "text", "text", "caption"]))] = draw(TEXT)
    return {"message": message}


@st.composite
def button_press(draw) -> dict:
    uid = draw(USERS)
    query = {"id": str(draw(st.integers(1, 10**9))), "from": user(uid, "en"), "chat_instance": "1",
             "data": draw(st.text(max_size=80) | st.sampled_from(["agree", "_skip", "_human", "_lang:uk",
                                                                  "_lang:zz", "_language", "yes", "confirm"]))}
    if draw(st.booleans()):
        query["message"] = {"message_id": 1, "date": 0, "chat": {"id": uid, "type": "private"}}
    return {"callback_query": query}


@st.composite
def desk_update(draw) -> dict:
    """A message or a button press at the desk: in a topic or not, replying or not, with ids that may not exist
    and the flags Telegram sets combined in ways it never would."""
    chat = {"id": DESK, "type": "supergroup", "title": "Desk", "is_forum": True}
    message = {"message_id": draw(st.integers(1, 10**6)), "date": draw(st.integers(0, 2**31)), "chat": chat,
               "from": user(draw(USERS), "en") | {"is_bot": draw(st.booleans())}}
    if draw(st.booleans()):
        message["message_thread_id"] = draw(st.integers(-5, 10**6))
        message["is_topic_message"] = draw(st.booleans())
    if draw(st.booleans()):
        message["reply_to_message"] = {"message_id": draw(st.integers(1, 10**6)), "date": 0, "chat": chat}
    if draw(st.booleans()):
        return {"callback_query": {"id": str(draw(st.integers(1, 10**9))), "from": message["from"],
                                   "chat_instance": "2", "message": message,
                                   "data": draw(st.text(max_size=80) | st.sampled_from(["claim", "_skip"]))}}
    message[draw(st.sampled_from(["text", "text", "caption"]))] = draw(TEXT)
    return {"message": message}


@st.composite
def odd_update(draw) -> dict:
    kind = draw(st.sampled_from(["edited_message", "channel_post", "message", "my_chat_member", "poll",
                                 "callback_query", "inline_query", "message"]))
    return {kind: draw(JSON)}


@st.composite
def other_chat(draw) -> dict:
    chat_type = draw(st.sampled_from(["group", "supergroup", "channel"]))
    return {"message": {"message_id": 1, "date": 0, "chat": {"id": -draw(st.integers(1, 10**12)), "type": chat_type},
                        "from": user(draw(USERS), "en"), "text": draw(TEXT)}}


UPDATES = st.one_of(private_message(), private_message(), button_press(), desk_update(), odd_update(), other_chat(),
                    JSON)


def generate(count: int) -> list[object]:
    found: list[object] = []

    @settings(max_examples=count, database=None, derandomize=True, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(UPDATES)
    def collect(update: object) -> None:
        found.append(update)

    collect()
    return found[:count]


async def test_a_thousand_random_and_malformed_updates(database_url: str, tmp_path) -> None:
    updates = generate(1000)
    assert len(updates) == 1000
    async with FakeTelegram(token="123456:FAKE-token-never-in-logs") as fake:
        fake.add_group(DESK, forum=True, title="Desk")
        # hypothesis piles many updates on a few people; pacing them at Telegram's 1/s would only slow the test
        bot = BotProcess(fake, database_url, tmp_path, TELEGRAM_PER_CHAT_PER_SECOND="30",
                         TELEGRAM_VOLUNTEER_CHAT_ID=str(DESK))
        await bot.start()
        for update in updates:
            fake.raw_update(update if isinstance(update, dict) else {"junk": update})
        await fake.wait_for(lambda: not fake.pending_updates, timeout=120)
        # quiet for two seconds: everything fetched has been stored and answered (bounded: 150 s)
        deadline = time.monotonic() + 150
        last, quiet_since = -1, time.monotonic()
        while time.monotonic() < deadline and time.monotonic() - quiet_since < 2:
            calls = len(fake.calls("sendMessage"))
            if calls != last:
                last, quiet_since = calls, time.monotonic()
            await asyncio.sleep(0.2)
        assert bot.process is not None and bot.process.returncode is None, "the bot died:\n" + bot.text[-3000:]

        survivor = 4242
        fake.user_sends(survivor, "hello after the storm")
        await fake.wait_for(lambda: len(fake.sent(survivor)) >= 2, timeout=60)
        texted = {u["message"]["chat"]["id"] for u in updates if isinstance(u, dict)
                  and isinstance(u.get("message"), dict) and u["message"].get("chat", {}).get("type") == "private"
                  and str(u["message"].get("text", "")).strip()}
        assert all(fake.sent(uid) for uid in texted), "someone who wrote text got no answer"
        await bot.stop()
    bot.assert_clean()

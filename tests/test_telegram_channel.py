"""TelegramChannel itself on the real python-telegram-bot and the fake Bot API: victims and the desk, in and out."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from aiohttp import web

from bot.adapters.telegram import PLATFORM, TelegramChannel, TelegramConfig, split_text
from bot.domain import ChatKind, ChatRef, Choice, DeliveryError, InboundMessage, Reply
from tests.fakes.telegram import FakeTelegram
from tests.telegram_harness import free_port

TOKEN = "123456:FAKE-token-never-in-logs"
FORUM, PLAIN, BASIC, OTHER = -1001000000001, -1001000000002, -4000000003, -1001000000004
VICTIM, VERA, OLEG = 1001, 2001, 2002
SECRET = "my bank PIN is 4242"  # a text that must never reach the logs
# the channel reads raw getUpdates on purpose (see bot/adapters/telegram.py); pytest resets its warning filter
pytestmark = pytest.mark.filterwarnings("ignore:.*do_api_request.*")


class RecordingInbox:
    """The inbox the channel feeds: it keeps what was ingested (once per external id, like the real one) and
    what was processed; `failures` makes the next ingests fail, as a database that is down would."""

    def __init__(self, failures: int = 0) -> None:
        self.failures = failures
        self.ingested: list[InboundMessage] = []
        self.processed: list[InboundMessage] = []
        self._changed = asyncio.Event()

    async def ingest(self, message: InboundMessage) -> bool:
        if self.failures:
            self.failures -= 1
            raise RuntimeError("database unavailable")
        if any(seen.external_id == message.external_id for seen in self.ingested):
            return False
        self.ingested.append(message)
        self._notify()
        return True

    async def ingest_many(self, messages: list[InboundMessage]) -> list[bool]:
        return [await self.ingest(message) for message in messages]

    async def process(self, message: InboundMessage, *, decided: Any = None) -> None:
        self.processed.append(message)
        self._notify()

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def until(self, condition: Callable[[], Any], timeout: float = 10.0) -> Any:  # noqa: ASYNC109
        async with asyncio.timeout(timeout):
            while not (result := condition()):
                await self._changed.wait()
        return result

    async def next_event(self, timeout: float = 10.0) -> InboundMessage:  # noqa: ASYNC109
        count = len(self.ingested)
        await self.until(lambda: len(self.ingested) > count, timeout)
        return self.ingested[count]


def desk(chat_id: int, thread_id: str | None = None) -> ChatRef:
    return ChatRef(PLATFORM, str(chat_id), thread_id=thread_id, kind=ChatKind.DESK)


def buttons(message: dict) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [button["callback_data"] for row in rows for button in row]


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN) as server:
        server.add_group(FORUM, forum=True, title="Desk with topics")
        server.add_group(PLAIN, title="Desk without topics")
        server.add_group(BASIC, title="Old basic group desk")
        server.add_group(OTHER, title="Somebody else's group")
        yield server


@pytest.fixture
async def start(fake: FakeTelegram) -> AsyncIterator[Callable[..., Awaitable[tuple[TelegramChannel,
                                                                                    RecordingInbox]]]]:
    async with contextlib.AsyncExitStack() as stack:

        async def make(inbox: RecordingInbox | None = None, **config: Any) -> tuple[TelegramChannel, RecordingInbox]:
            inbox = inbox or RecordingInbox()
            settings = {"token": TOKEN, "api_base_url": fake.api_base, "file_base_url": fake.file_base,
                        "poll_timeout": 2, "per_chat_per_second": 30.0, "per_group_per_minute": 1200.0,
                        "desk_chats": frozenset({str(FORUM), str(PLAIN), str(BASIC)}), **config}
            channel = TelegramChannel(TelegramConfig(**settings), inbox)
            await channel.start()
            stack.push_async_callback(channel.stop)
            return channel, inbox

        yield make


# -- in -----------------------------------------------------------------------------------------------------
async def test_a_message_in_a_forum_topic_is_a_desk_event_of_that_topic(fake, start) -> None:
    channel, inbox = await start()
    thread = await channel.open_thread(desk(FORUM), "FD-2025-000001 · scam · high")
    fake.group_message(FORUM, VERA, "I take this one", thread_id=int(thread), first_name="Vera",
                       language_code="uk")
    event = await inbox.next_event()
    assert event.chat == ChatRef(PLATFORM, str(FORUM), thread_id=thread, kind=ChatKind.DESK)
    assert event.at_desk and event.chat.kind is not ChatKind.PRIVATE
    assert (event.user.external_id, event.user.display_name, event.user.language_hint) == (str(VERA), "Vera", "uk")
    assert (event.text, event.reply_to, event.choice) == ("I take this one", None, None)  # the topic is no reply
    await inbox.until(lambda: event in inbox.processed)

    card = await channel.send(desk(FORUM, thread), Reply("Victim wrote again"))
    fake.group_message(FORUM, OLEG, "answering that", thread_id=int(thread), reply_to=int(card), first_name="Oleg")
    answer = await inbox.next_event()
    assert (answer.chat.thread_id, answer.reply_to, answer.user.display_name) == (thread, card, "Oleg")

    fake.group_message(FORUM, VERA, "hello everyone")  # the General topic: the desk, in no thread
    general = await inbox.next_event()
    assert general.chat == desk(FORUM) and general.reply_to is None


@pytest.mark.parametrize("chat_id", [PLAIN, BASIC])
async def test_a_reply_in_a_group_without_topics_carries_reply_to(fake, start, chat_id: int) -> None:
    channel, inbox = await start()
    thread = await channel.open_thread(desk(chat_id), "FD-2025-000002 · ransomware")
    assert thread.startswith("r")
    note = await channel.send(desk(chat_id, thread), Reply("The victim's files end with .locked"))
    fake.group_message(chat_id, VERA, "I know this one", reply_to=int(note), first_name="Vera")
    event = await inbox.next_event()
    # a supergroup names the reply thread in message_thread_id, but that is no topic: no thread id
    assert event.chat == desk(chat_id) and event.reply_to == note and event.text == "I know this one"
    fake.group_message(chat_id, VERA, "and a word to all")
    assert (await inbox.next_event()).reply_to is None


async def test_victims_stay_private_and_everything_else_is_skipped(fake, start, caplog) -> None:
    caplog.set_level(logging.INFO, logger="bot.adapters.telegram")
    _, inbox = await start()
    fake.group_message(OTHER, VERA, SECRET)  # a group that is not the desk
    fake.channel_post(-1001000000077, SECRET)
    fake.group_message(FORUM, 4242, SECRET, is_bot=True)  # another bot at the desk
    fake.group_message(FORUM, VERA, f"/start@some_other_bot {SECRET}")
    fake.user_creates_topic(FORUM, VERA, SECRET)  # a service message: nothing to answer
    fake.user_edits(VICTIM, fake.user_sends(VICTIM, SECRET)["message"]["message_id"], "edited " + SECRET)
    victim = await inbox.next_event()
    assert victim.chat == ChatRef(PLATFORM, str(VICTIM)) and victim.chat.kind is ChatKind.PRIVATE
    assert victim.user.display_name is None and victim.reply_to is None and victim.text == SECRET
    fake.group_message(FORUM, VERA, "/claim@frontdoor_test_bot FD-1")  # addressed to us: kept
    marker = await inbox.next_event()
    assert marker.text == "/claim@frontdoor_test_bot FD-1"
    assert inbox.ingested == [victim, marker]
    assert SECRET not in caplog.text


async def test_a_forwarded_message_becomes_a_text_file_saying_where_it_came_from(fake, start) -> None:
    _, inbox = await start()
    scammer = {"id": 5550001, "is_bot": False, "first_name": "Crypto", "last_name": "Support",
               "username": "crypto_support_official"}
    fake.user_forwards(VICTIM, "Send 0.1 BTC to unlock your account", {"type": "user", "sender_user": scammer})
    event = await inbox.next_event()
    assert event.text is None and event.forward is not None and event.forward.sent_at is not None
    [kept] = event.attachments
    assert (kept.filename, kept.content_type) == ("forwarded-message.txt", "text/plain")
    words = kept.data.decode()
    assert words.startswith("Forwarded from: Crypto Support (@crypto_support_official, Telegram user 5550001)\n")
    assert words.endswith("\n\nSend 0.1 BTC to unlock your account")

    channel = {"id": -1001234567890, "type": "channel", "title": "Bank News", "username": "banknews_real"}
    fake.user_forwards(VICTIM, "Claim your refund", {"type": "channel", "chat": channel, "message_id": 42},
                       photo=b"\xff\xd8 a screenshot")
    event = await inbox.next_event()
    record, photo = event.attachments  # the words and where they came from first, then the forwarded photo
    assert record.filename == "forwarded-message.txt" and photo.data == b"\xff\xd8 a screenshot"
    assert "Bank News (Telegram channel -1001234567890, message 42, https://t.me/banknews_real/42)" in \
        record.data.decode()

    fake.user_forwards(VICTIM, "I know where you live", {"type": "hidden_user", "sender_user_name": "Max"})
    event = await inbox.next_event()
    assert event.attachments[0].data.decode().startswith("Forwarded from: Max (the sender hides their account)")


async def test_button_presses_at_the_desk_and_in_private(fake, start) -> None:
    channel, inbox = await start()
    thread = await channel.open_thread(desk(FORUM), "FD-2025-000003")
    card = await channel.send(desk(FORUM, thread), Reply("New case", (Choice("claim:FD-2025-000003", "Claim"),)))
    fake.user_presses(VERA, "claim:FD-2025-000003", chat_id=FORUM)
    press = await inbox.next_event()
    assert press.choice == "claim:FD-2025-000003" and press.is_action
    assert (press.chat, press.reply_to, press.user.display_name) == (desk(FORUM, thread), card, "Alice")
    await fake.wait_for(lambda: fake.callback_answers, timeout=5)  # the spinner stopped

    question = await channel.send(ChatRef(PLATFORM, str(VICTIM)), Reply("Agree?", (Choice("agree", "Yes"),)))
    fake.user_presses(VICTIM, "agree")
    private = await inbox.next_event()
    assert (private.chat, private.choice, private.reply_to) == (ChatRef(PLATFORM, str(VICTIM)), "agree", question)
    await fake.wait_for(lambda: len(fake.callback_answers) == 2, timeout=5)

    other = await channel.send(ChatRef(PLATFORM, str(OTHER)), Reply("hi", (Choice("x", "X"),)))
    fake.user_presses(VERA, "x", chat_id=OTHER, message_id=int(other))
    fake.user_sends(VICTIM, "marker")
    assert (await inbox.next_event()).text == "marker"  # the press in the other group was skipped


# -- out ----------------------------------------------------------------------------------------------------
async def test_open_thread_creates_a_topic_or_falls_back_to_a_reply_chain(fake, start) -> None:
    channel, _ = await start()
    long_title = "FD-2025-000004 · " + "very long category name " * 10
    topic = await channel.open_thread(desk(FORUM), long_title)
    assert fake.topics(FORUM)[int(topic)]["name"] == long_title[:128]

    chain = await channel.open_thread(desk(PLAIN), "FD-2025-000005 · <scam> & more")
    [root] = fake.sent(PLAIN)
    assert chain == f"r{root['message_id']}" and root["text"] == "FD-2025-000005 · <scam> & more"
    again = await channel.open_thread(desk(PLAIN), "FD-2025-000006")
    assert again == f"r{fake.sent(PLAIN)[1]['message_id']}"
    # Telegram said it once: the next case does not ask again
    assert [c["chat_id"] for c in fake.calls("createForumTopic")] == [FORUM, PLAIN]

    fake.add_group(-1001000000010, forum=True, can_manage_topics=False)  # topics, but the bot may not open them
    assert (await channel.open_thread(desk(-1001000000010), "FD-2025-000007")).startswith("r")


async def test_send_lands_in_the_topic_or_replies_in_the_chain(fake, start) -> None:
    channel, _ = await start()
    topic = await channel.open_thread(desk(FORUM), "FD-2025-000008")
    first = await channel.send(desk(FORUM, topic), Reply("in the topic", mention_role="123"))  # no roles here
    second = await channel.send(desk(FORUM, topic), Reply("answering it", reply_to=first))
    assert fake.sent_texts(FORUM, int(topic)) == ["in the topic", "answering it"]
    assert fake.sent(FORUM)[1]["reply_to_message"]["message_id"] == int(first)
    assert second == str(fake.sent(FORUM)[1]["message_id"])

    chain = await channel.open_thread(desk(PLAIN), "FD-2025-000009")
    note = await channel.send(desk(PLAIN, chain), Reply("in the chain"))
    root, sent = fake.sent(PLAIN)
    assert chain == f"r{root['message_id']}" and note == str(sent["message_id"])
    assert sent["reply_to_message"]["message_id"] == root["message_id"]

    # a deleted topic is gone for good; a reply chain whose first message was deleted still takes messages
    fake.delete_topic(FORUM, int(topic))
    with pytest.raises(DeliveryError) as caught:
        await channel.send(desk(FORUM, topic), Reply("lost"))
    assert caught.value.permanent and "thread not found" in str(caught.value)
    assert await channel.bot.delete_message(PLAIN, root["message_id"])
    assert await channel.send(desk(PLAIN, chain), Reply("still delivered"))


async def test_long_replies_are_split_with_buttons_on_the_last_part(fake, start) -> None:
    channel, _ = await start()
    topic = await channel.open_thread(desk(FORUM), "FD-2025-000010")
    text = "A <b> & C. " * 900  # about 10,000 characters, 15,000 once escaped
    last = await channel.send(desk(FORUM, topic), Reply(text, (Choice("claim", "Claim"), Choice("skip", "Skip"))))
    parts = fake.sent(FORUM, int(topic))
    assert len(parts) == len(split_text(text)) > 3 and last == str(parts[-1]["message_id"])
    assert [buttons(p) for p in parts] == [[]] * (len(parts) - 1) + [["claim", "skip"]]
    assert "".join(p["text"] for p in parts).replace(" ", "") == text.replace(" ", "")  # literally, unescaped

    chain = await channel.open_thread(desk(BASIC), "FD-2025-000011")
    await channel.send(desk(BASIC, chain), Reply(text))
    root, *chunks = fake.sent(BASIC)
    assert len(chunks) == len(parts) and all(c["reply_to_message"]["message_id"] == root["message_id"] for c in chunks)


async def test_edit_changes_text_and_buttons_and_an_unchanged_edit_is_fine(fake, start) -> None:
    channel, _ = await start()
    topic = await channel.open_thread(desk(FORUM), "FD-2025-000012")
    card = await channel.send(desk(FORUM, topic), Reply("New case", (Choice("claim", "Claim"),)))
    claimed = Reply("Claimed by <Vera> & Oleg", (Choice("release", "Release"), Choice("close", "Close")))
    assert await channel.edit(desk(FORUM, topic), card, claimed) == card
    [message] = fake.sent(FORUM, int(topic))
    assert message["text"] == "Claimed by <Vera> & Oleg" and buttons(message) == ["release", "close"]
    assert await channel.edit(desk(FORUM, topic), card, claimed) == card  # "message is not modified": done
    await channel.edit(desk(FORUM, topic), card, Reply("Closed"))
    [message] = fake.sent(FORUM, int(topic))
    assert message["text"] == "Closed" and buttons(message) == []

    await channel.edit(desk(FORUM), card, Reply("&" * 5000))  # an edit is one message: cut to fit
    text = fake.sent(FORUM)[0]["text"]
    assert text.endswith("…") and len(text.replace("&", "&amp;")) <= 4096
    with pytest.raises(DeliveryError) as caught:
        await channel.edit(desk(FORUM), "9999", Reply("nothing there"))
    assert caught.value.permanent


async def test_delivery_errors_say_whether_to_try_again(fake, start) -> None:
    channel, _ = await start()
    fake.fail_next("sendMessage", 502)
    with pytest.raises(DeliveryError) as caught:
        await channel.send(desk(FORUM), Reply("hello"))
    assert not caught.value.permanent
    fake.upgrade_group(BASIC, -1001000000011, forum=True)
    with pytest.raises(DeliveryError) as caught:
        await channel.send(desk(BASIC), Reply("hello"))
    assert caught.value.permanent and "-1001000000011" in str(caught.value)
    fake.block(PLAIN)
    with pytest.raises(DeliveryError) as caught:
        await channel.open_thread(desk(PLAIN), "FD-2025-000013")
    assert caught.value.blocked
    with pytest.raises(DeliveryError) as caught:
        await channel.send(desk(FORUM, "not-a-thread"), Reply("hello"))
    assert caught.value.permanent


# -- storing before confirming ------------------------------------------------------------------------------
async def test_polling_confirms_an_update_only_once_it_is_stored(fake, start) -> None:
    _, inbox = await start(RecordingInbox(failures=1))
    fake.group_message(FORUM, VERA, "while the database is down")
    event = await inbox.next_event(timeout=15)  # fetched again after a back-off of a second
    await fake.wait_for(lambda: not fake.pending_updates, timeout=10)
    await inbox.until(lambda: inbox.processed == [event])
    assert len(inbox.ingested) == 1


async def test_the_webhook_answers_200_only_after_storing(fake, start) -> None:
    port = free_port()
    web_app = web.Application()
    channel, inbox = await start(RecordingInbox(failures=1), mode="webhook", webhook_secret="s3cret",
                                 webhook_url=f"http://127.0.0.1:{port}/telegram/webhook")
    web_app.add_routes(channel.routes())
    runner = web.AppRunner(web_app)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", port).start()
        fake.group_message(FORUM, VERA, "via the webhook")
        event = await inbox.next_event(timeout=15)
        await fake.wait_for(lambda: fake.webhook_deliveries, timeout=10)
        await inbox.until(lambda: inbox.processed == [event])
        assert event.chat == desk(FORUM) and len(inbox.ingested) == 1
        info = await channel.bot.get_webhook_info()
        assert "500" in (info.last_error_message or "")  # the first delivery failed: stored nothing, said so
    finally:
        await runner.cleanup()

"""Relaying on Telegram: files going out with a reply's text, and a private reply saying which message it answers,
on the real python-telegram-bot against the fake Bot API."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from bot.adapters.telegram import PLATFORM, TelegramChannel, TelegramConfig, split_text
from bot.domain import Attachment, ChatRef, Choice, Reply
from tests.fakes.telegram import FakeTelegram
from tests.test_telegram_channel import RecordingInbox, buttons, desk

TOKEN = "123456:FAKE-token-never-in-logs"
FORUM, PLAIN = -1001000000001, -1001000000002
VICTIM, VERA = 1001, 2001
PHOTO = Attachment("screenshot.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
PDF = Attachment("bank letter.pdf", "application/pdf", b"%PDF-1.7\n" + b"\x00\xff" * 300)
VOICE = Attachment("voice.ogg", "audio/ogg", b"OggS\x00\x02" + b"\x01" * 500)
MARKUP = "@everyone <b>x</b> **y**"
pytestmark = pytest.mark.filterwarnings("ignore:.*do_api_request.*")


def private(user_id: int = VICTIM) -> ChatRef:
    return ChatRef(PLATFORM, str(user_id))


def file_id(message: dict) -> str:
    for kind in ("document", "voice"):
        if kind in message:
            return message[kind]["file_id"]
    return message["photo"][-1]["file_id"]


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN) as server:
        server.add_group(FORUM, forum=True, title="Desk with topics")
        server.add_group(PLAIN, title="Desk without topics")
        yield server


@pytest.fixture
async def start(fake: FakeTelegram) -> AsyncIterator[Callable[..., Awaitable[tuple[TelegramChannel,
                                                                                    RecordingInbox]]]]:
    async with contextlib.AsyncExitStack() as stack:

        async def make(**config: Any) -> tuple[TelegramChannel, RecordingInbox]:
            inbox = RecordingInbox()
            settings = {"token": TOKEN, "api_base_url": fake.api_base, "file_base_url": fake.file_base,
                        "poll_timeout": 2, "per_chat_per_second": 30.0, "per_group_per_minute": 1200.0,
                        "desk_chats": frozenset({str(FORUM), str(PLAIN)}), **config}
            channel = TelegramChannel(TelegramConfig(**settings), inbox)
            await channel.start()
            stack.push_async_callback(channel.stop)
            return channel, inbox

        yield make


async def test_a_photo_with_its_text_as_caption_reaches_a_private_chat_a_topic_and_a_reply_chain(fake, start) -> None:
    channel, _ = await start()
    sent = await channel.send(private(), Reply("Here is <what> & why", (Choice("ok", "OK"),), attachments=(PHOTO,)))
    [message] = fake.sent(VICTIM)
    assert sent == str(message["message_id"]) and "text" not in message  # one message: the photo, captioned
    assert message["caption"] == "Here is <what> & why" and "caption_entities" not in message
    assert fake.file_bytes(file_id(message)) == PHOTO.data and buttons(message) == ["ok"]
    [call] = fake.calls("sendPhoto")
    assert call["parse_mode"] == "HTML" and call["caption"] == "Here is &lt;what&gt; &amp; why"

    topic = await channel.open_thread(desk(FORUM), "FD-2026-000001")
    note = await channel.send(desk(FORUM, topic), Reply("Sent by the victim"))
    last = await channel.send(desk(FORUM, topic), Reply("The victim sent two files", reply_to=note,
                                                        attachments=(PHOTO, PDF)))
    _, photo, document = fake.sent(FORUM, int(topic))
    assert last == str(document["message_id"])
    assert photo["caption"] == "The victim sent two files" and "caption" not in document  # on the first only
    assert fake.file_bytes(file_id(photo)) == PHOTO.data and fake.file_bytes(file_id(document)) == PDF.data
    assert (document["document"]["file_name"], document["document"]["mime_type"]) == ("bank letter.pdf",
                                                                                      "application/pdf")
    assert [m["reply_to_message"]["message_id"] for m in (photo, document)] == [int(note)] * 2

    chain = await channel.open_thread(desk(PLAIN), "FD-2026-000002")
    await channel.send(desk(PLAIN, chain), Reply("", attachments=(PDF,)))  # no text: just the file
    root, only = fake.sent(PLAIN)
    assert chain == f"r{root['message_id']}" and only["reply_to_message"]["message_id"] == root["message_id"]
    assert "caption" not in only and fake.file_bytes(file_id(only)) == PDF.data


async def test_a_text_too_long_for_a_caption_goes_first_then_the_files_with_the_buttons_on_the_last(fake,
                                                                                                    start) -> None:
    channel, _ = await start()
    topic = await channel.open_thread(desk(FORUM), "FD-2026-000003")
    text = "A <b> & C. " * 900  # several messages once escaped
    last = await channel.send(desk(FORUM, topic), Reply(text, (Choice("claim", "Claim"),), attachments=(PDF, PHOTO)))
    *texts, document, photo = fake.sent(FORUM, int(topic))
    assert len(texts) == len(split_text(text)) > 1 and last == str(photo["message_id"])
    assert "".join(m["text"] for m in texts).replace(" ", "") == text.replace(" ", "")
    assert "caption" not in document and "caption" not in photo
    assert [buttons(m) for m in (*texts, document)] == [[]] * (len(texts) + 1) and buttons(photo) == ["claim"]

    # 300 characters, 1,500 once escaped: too long for a caption as Telegram counts what it is sent
    await channel.send(private(), Reply("&" * 300, attachments=(PDF,)))
    said, document = fake.sent(VICTIM)
    assert said["text"] == "&" * 300 and "caption" not in document


async def test_files_to_a_private_chat_are_paced_one_message_at_a_time(fake, start) -> None:
    fake.enforce_rate_limits = True  # the fake answers 429 as Telegram would to a second message within a second
    channel, _ = await start(per_chat_per_second=1.0)
    await channel.send(private(), Reply("x" * 1100, attachments=(PHOTO, PDF)))
    assert [("text" in m, "photo" in m, "document" in m) for m in fake.sent(VICTIM)] == [
        (True, False, False), (False, True, False), (False, False, True)]
    assert fake.errors == []  # never refused: each message waited for its turn


async def test_a_voice_recording_is_a_voice_message_or_a_file_where_voice_messages_are_refused(fake, start) -> None:
    channel, _ = await start()
    await channel.send(private(), Reply("Listen", attachments=(VOICE,)))
    [voice] = fake.sent(VICTIM)
    assert voice["caption"] == "Listen" and voice["voice"]["mime_type"] == "audio/ogg"
    assert fake.file_bytes(file_id(voice)) == VOICE.data

    fake.fail_next("sendVoice", 400, description="Bad Request: VOICE_MESSAGES_FORBIDDEN")
    await channel.send(private(), Reply("Listen again", attachments=(VOICE,)))
    _, document = fake.sent(VICTIM)
    assert document["caption"] == "Listen again" and document["document"]["file_name"] == "voice.ogg"
    assert fake.file_bytes(file_id(document)) == VOICE.data

    drawing = Attachment("logo.svg", "image/svg+xml", b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    await channel.send(private(), Reply("", attachments=(drawing,)))  # no photo Telegram could show
    assert fake.sent(VICTIM)[-1]["document"]["file_name"] == "logo.svg"


async def test_a_reply_in_a_private_chat_says_which_message_it_answers(fake, start) -> None:
    channel, inbox = await start()
    relayed = await channel.send(private(VERA), Reply("FD-2026-000004: the victim asks when you call"))
    fake.user_sends(VERA, "tell them tonight", reply_to=int(relayed), first_name="Vera")
    answer = await inbox.next_event()
    assert (answer.chat, answer.text, answer.reply_to) == (private(VERA), "tell them tonight", relayed)
    assert answer.user.external_id == str(VERA) and not answer.at_desk
    fake.user_sends(VERA, "and a plain message")
    assert (await inbox.next_event()).reply_to is None


async def test_markup_in_a_reply_arrives_as_literal_text(fake, start) -> None:
    channel, _ = await start()
    await channel.send(private(), Reply(MARKUP))
    topic = await channel.open_thread(desk(FORUM), "FD-2026-000005")
    await channel.send(desk(FORUM, topic), Reply(MARKUP, attachments=(PHOTO,)))
    [text] = fake.sent(VICTIM)
    [captioned] = fake.sent(FORUM, int(topic))
    assert text["text"] == MARKUP and "entities" not in text
    assert captioned["caption"] == MARKUP and "caption_entities" not in captioned

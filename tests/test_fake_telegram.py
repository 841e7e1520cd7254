"""The fake Telegram Bot API, driven by the real python-telegram-bot: it must answer as Telegram does."""

from __future__ import annotations

import asyncio
import datetime as dtm
import os
import time
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, ReplyParameters, Update
from telegram.error import BadRequest, ChatMigrated, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from tests.fakes.telegram import FakeTelegram, parse_html

TOKEN = "424242:fake-token"
ALICE = 1001


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN) as server:
        yield server


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=fake.api_base, base_file_url=fake.file_base) as real_bot:
        yield real_bot


def seconds(error: RetryAfter) -> float:
    value = error.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else value


# PTB 22 warns on every RetryAfter (even inside its own __init__) that retry_after becomes a timedelta one day.
ignore_retry_after_warning = pytest.mark.filterwarnings("ignore:Deprecated since version v22.2")


def keyboard(*data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(d.title(), callback_data=d)] for d in data])


async def test_get_me_and_a_wrong_token(fake: FakeTelegram, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (424242, True, "frontdoor_test_bot")
    with pytest.raises(InvalidToken, match=r"(?i)rejected"):
        async with Bot("999:wrong", base_url=fake.api_base):
            pass  # initialize() calls getMe
    assert os.environ["NO_PROXY"]  # PTB's httpx must not go through a proxy to reach 127.0.0.1


async def test_send_message_with_html_and_an_inline_keyboard(fake: FakeTelegram, bot: Bot) -> None:
    fake.user_sends(ALICE, "hello")
    sent = await bot.send_message(
        ALICE, "<b>Hi</b> Tom &amp; Jerry, <a href='https://x.org/?a=1&amp;b=2'>read</a>",
        parse_mode="HTML", reply_markup=keyboard("yes", "no"),
    )  # fmt: skip
    assert sent.text == "Hi Tom & Jerry, read"
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [("bold", 0, 2), ("text_link", 16, 4)]
    assert sent.entities[1].url == "https://x.org/?a=1&b=2"
    assert sent.from_user.id == 424242 and sent.chat.type == "private"
    [stored] = fake.sent(ALICE)
    assert stored["message_id"] == sent.message_id == 2  # ids count per chat, Alice's "hello" was 1
    assert [b["callback_data"] for row in stored["reply_markup"]["inline_keyboard"] for b in row] == ["yes", "no"]
    assert fake.calls("sendMessage")[0]["reply_markup"]["inline_keyboard"][0][0]["text"] == "Yes"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("<b>bold", 'start tag "b"'),
        ("<br>line", 'Unsupported start tag "br"'),
        ("1 < 2", "Unsupported start tag"),
        ("Tom & Jerry", '"&"'),
        ("<b><i>x</b></i>", "Unmatched end tag"),
        ("<span>x</span>", "tg-spoiler"),
    ],
)
async def test_bad_html_is_a_bad_request(bot: Bot, text: str, why: str) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities") as caught:
        await bot.send_message(ALICE, text, parse_mode="HTML")
    assert why.lower() in caught.value.message.lower()  # PTB capitalize()s Telegram's descriptions


async def test_text_limits_and_button_data_limits(fake: FakeTelegram, bot: Bot) -> None:
    await bot.send_message(ALICE, "<i>" + "x" * 4096 + "</i>", parse_mode="HTML")  # tags do not count
    with pytest.raises(BadRequest, match=r"(?i)too long"):
        await bot.send_message(ALICE, "&amp;" * 4097, parse_mode="HTML")  # each &amp; counts once
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(ALICE, "pick", reply_markup=keyboard("é" * 33))  # 66 bytes
    await bot.send_message(ALICE, "pick", reply_markup=keyboard("é" * 32))
    with pytest.raises(BadRequest, match=r"(?i)empty"):
        await bot.send_message(ALICE, "<b> </b>", parse_mode="HTML")
    assert len(fake.sent(ALICE)) == 2


def test_html_parser_counts_utf16_and_pre_languages() -> None:
    text, entities = parse_html('😀 <pre><code class="language-py">x = 1</code></pre><tg-spoiler>s</tg-spoiler>')
    assert text == "😀 x = 1s"
    assert entities == [
        {"type": "pre", "offset": 3, "length": 5, "language": "py"},
        {"type": "spoiler", "offset": 8, "length": 1},
    ]


async def test_get_updates_offset_confirms_forever(fake: FakeTelegram, bot: Bot) -> None:
    first = [fake.user_sends(ALICE, f"m{i}")["update_id"] for i in range(3)]
    assert [u.update_id for u in await bot.get_updates()] == first
    assert [u.update_id for u in await bot.get_updates(limit=1)] == first[:1]
    assert [u.message.text for u in await bot.get_updates(offset=first[1])] == ["m1", "m2"]  # confirms m0
    assert [u.message.text for u in await bot.get_updates()] == ["m1", "m2"]  # m0 never comes back
    assert await bot.get_updates(offset=first[-1] + 1) == ()
    fake.user_sends(ALICE, "/start now", language_code="de")
    [update] = await bot.get_updates()
    assert update.message.text == "/start now" and update.message.from_user.language_code == "de"
    assert [(e.type, e.offset, e.length) for e in update.message.entities] == [("bot_command", 0, 6)]


async def test_long_poll_wakes_on_a_new_update(fake: FakeTelegram, bot: Bot) -> None:
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    fake.user_sends(ALICE, "wake up")
    [update] = await poll
    assert update.message.text == "wake up"
    assert time.monotonic() - started < 1
    # An empty long poll ends after its timeout with no updates.
    started = time.monotonic()
    assert await bot.get_updates(offset=update.update_id + 1, timeout=0.3) == ()
    assert 0.25 < time.monotonic() - started < 1.5


async def test_stop_wakes_a_pending_long_poll() -> None:
    fake = await FakeTelegram(token=TOKEN).start()
    async with Bot(TOKEN, base_url=fake.api_base) as bot:
        poll = asyncio.create_task(bot.get_updates(timeout=30))
        await asyncio.sleep(0.1)
        started = time.monotonic()
        await fake.stop()
        assert await poll == ()
        assert time.monotonic() - started < 2
    assert asyncio.all_tasks() == {asyncio.current_task()}  # no webhook task or handler left behind


async def test_files_download_with_the_exact_bytes(fake: FakeTelegram, bot: Bot) -> None:
    data = os.urandom(300_000)
    fake.user_sends_document(ALICE, "evidence.pdf", data, "application/pdf", caption="my proof")
    fake.user_sends_photo(ALICE, b"\xff\xd8jpeg")
    document, photo = [u.message for u in await bot.get_updates()]
    assert (document.document.file_name, document.caption, document.document.file_size) == (
        "evidence.pdf", "my proof", len(data),
    )  # fmt: skip
    file = await document.document.get_file()
    assert file.file_path.startswith(f"{fake.file_base}{TOKEN}/documents/") and file.file_path.endswith(".pdf")
    assert bytes(await file.download_as_bytearray()) == data
    assert len(photo.photo) == 3 and photo.photo[-1].width == 1280
    assert bytes(await (await photo.photo[-1].get_file()).download_as_bytearray()) == b"\xff\xd8jpeg"
    with pytest.raises(BadRequest, match=r"(?i)invalid file_id"):
        await bot.get_file("nope")

    # The bot sends a document back: by upload, then by file_id; the request log never holds the bytes.
    uploaded = await bot.send_document(ALICE, data, filename="receipt.txt", caption="your receipt")
    assert fake.file_bytes(uploaded.document.file_id) == data
    again = await bot.send_document(ALICE, uploaded.document.file_id)
    assert again.document.file_id == uploaded.document.file_id
    assert await bot.send_photo(ALICE, b"png-bytes")
    assert fake.calls("sendDocument")[0]["document"] == {
        "filename": "receipt.txt",
        "mime_type": "text/plain",
        "size": 300_000,
    }
    assert [m.get("caption") for m in fake.sent(ALICE)] == ["your receipt", None, None]


@ignore_retry_after_warning
async def test_fail_next_429_raises_retry_after(fake: FakeTelegram, bot: Bot) -> None:
    fake.fail_next("sendMessage", 429, retry_after=7)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(ALICE, "hi")
    assert seconds(caught.value) == 7
    fake.fail_next("sendMessage", 502, count=2)
    for _ in range(2):
        with pytest.raises(NetworkError, match=r"(?i)Bad Gateway"):
            await bot.send_message(ALICE, "hi")
    assert (await bot.send_message(ALICE, "hi")).text == "hi"
    assert fake.sent_texts(ALICE) == ["hi"]


@ignore_retry_after_warning
async def test_rate_limits_like_telegram(fake: FakeTelegram, bot: Bot) -> None:
    fake.enforce_rate_limits = True
    await bot.send_message(ALICE, "one")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(ALICE, "two")
    assert seconds(caught.value) == 1
    await bot.send_message(ALICE + 1, "another chat is fine")
    for i in range(20):
        await bot.send_message(-100123, f"group {i}")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(-100123, "one too many")
    assert 50 <= seconds(caught.value) <= 60


async def test_blocked_user_is_forbidden(fake: FakeTelegram, bot: Bot) -> None:
    fake.block(ALICE)
    with pytest.raises(Forbidden, match=r"(?i)blocked by the user"):
        await bot.send_message(ALICE, "hi")
    fake.unblock(ALICE)
    await bot.send_message(ALICE, "hi")


async def test_edits_and_callback_queries(fake: FakeTelegram, bot: Bot) -> None:
    question = await bot.send_message(ALICE, "Continue?", reply_markup=keyboard("yes", "no"))
    fake.user_presses(ALICE, "no")
    [update] = await bot.get_updates()
    query = update.callback_query
    assert (query.data, query.message.message_id, query.from_user.id) == ("no", question.message_id, ALICE)
    assert await query.answer("Noted")
    with pytest.raises(BadRequest, match=r"(?i)query ID is invalid"):
        await query.answer()  # a query is answered once
    assert fake.callback_answers[0]["text"] == "Noted"

    edited = await bot.edit_message_text("Stopped.", ALICE, question.message_id)
    assert edited.reply_markup is None  # an edit without reply_markup drops the keyboard, as in Telegram
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("Stopped.", ALICE, question.message_id)
    await bot.edit_message_reply_markup(ALICE, question.message_id, reply_markup=keyboard("again"))
    assert fake.sent(ALICE) == [
        {**fake.sent(ALICE)[0], "text": "Stopped.", "reply_markup": keyboard("again").to_dict()}
    ]
    with pytest.raises(LookupError):
        fake.user_presses(ALICE, "yes")  # that button is gone
    forged = fake.user_presses(ALICE, "x" * 64, message_id=question.message_id)
    assert forged["callback_query"]["message"]["text"] == "Stopped."


async def test_commands_per_language(fake: FakeTelegram, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
    await bot.set_my_commands([BotCommand("start", "Anfangen")], language_code="de")
    assert fake.commands == {
        "": [{"command": "start", "description": "Start"}, {"command": "help", "description": "Help"}],
        "de": [{"command": "start", "description": "Anfangen"}],
    }
    assert [c.description for c in await bot.get_my_commands(language_code="de")] == ["Anfangen"]
    assert await bot.get_my_commands(language_code="fr") == ()
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Start", "capitals are not allowed")])
    await bot.delete_my_commands(language_code="de")
    assert list(fake.commands) == [""]


async def test_webhook_delivery_retries_until_200(fake: FakeTelegram, bot: Bot) -> None:
    received: list[tuple[str | None, dict]] = []

    async def receive(request: web.Request) -> web.Response:
        received.append((request.headers.get("X-Telegram-Bot-Api-Secret-Token"), await request.json()))
        return web.Response(status=200 if len(received) > 2 else 500)  # the first two attempts fail

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    try:
        assert await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cret_-")
        with pytest.raises(Conflict):
            await bot.get_updates()
        first, second = fake.user_sends(ALICE, "one"), fake.user_sends(ALICE, "two")
        await fake.wait_for(lambda: len(fake.webhook_deliveries) == 2, timeout=3)
        assert [body["update_id"] for _, body in received] == [first["update_id"]] * 3 + [second["update_id"]]
        assert {secret for secret, _ in received} == {"s3cret_-"}
        info = await bot.get_webhook_info()
        assert (info.pending_update_count, info.last_error_message) == (
            0,
            "Wrong response from the webhook: 500 Internal Server Error",
        )
        with pytest.raises(BadRequest, match=r"(?i)127\.0\.0\.1"):
            await bot.set_webhook("https://example.org/hook")  # never leaves this machine
        assert await bot.delete_webhook()
        fake.user_sends(ALICE, "three")
        assert [u.message.text for u in await bot.get_updates()] == ["three"]
    finally:
        await runner.cleanup()


async def test_raw_requests_json_form_and_unknown_methods(fake: FakeTelegram) -> None:
    async with aiohttp.ClientSession() as http:
        base = f"{fake.api_base}{TOKEN}"
        async with http.post(f"{base}/sendMessage", json={"chat_id": "5", "text": "123"}) as response:
            body = await response.json()
            assert response.content_type == "application/json"
        assert body["result"]["chat"]["id"] == 5 and body["result"]["text"] == "123"  # text is never JSON-decoded
        async with http.get(f"{base}/SENDMESSAGE", params={"chat_id": "5", "text": "null"}) as response:
            assert (await response.json())["result"]["text"] == "null"
        async with http.post(f"{base}/sendSticker", data={"chat_id": "5"}) as response:
            assert (response.status, await response.json()) == (
                404, {"ok": False, "error_code": 404, "description": "Not Found"},
            )  # fmt: skip
        async with http.post(f"{fake.api_base}1:bad/getMe") as response:
            assert (response.status, (await response.json())["description"]) == (401, "Unauthorized")
    fake.raw_update({"message": {"weird": True}})
    assert fake.pending_updates[-1]["message"] == {"weird": True}


async def test_control_api_for_a_fake_in_another_process(fake: FakeTelegram, bot: Bot) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{fake.url}/_fake/user_sends", json={"user_id": ALICE, "text": "hi"}) as response:
            assert (await response.json())["result"]["message"]["text"] == "hi"
        await bot.send_message(ALICE, "hello")
        async with http.post(f"{fake.url}/_fake/sent_texts", json={"chat_id": ALICE}) as response:
            assert (await response.json())["result"] == ["hello"]
        async with http.post(f"{fake.url}/_fake/set", json={"latency": 0.2}) as response:
            assert response.status == 200
    started = time.monotonic()
    await bot.get_me()
    assert time.monotonic() - started >= 0.2


async def test_a_real_application_polls_answers_and_stops_quickly(fake: FakeTelegram) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text("Welcome", reply_markup=keyboard("begin"))

    async def press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.callback_query.answer()
        await update.callback_query.edit_message_text(f"pressed {update.callback_query.data}")

    app = Application.builder().token(TOKEN).base_url(fake.api_base).base_file_url(fake.file_base).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(press))
    fake.user_sends(ALICE, "/start")
    async with app:
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=10)
        await fake.wait_for(1, chat_id=ALICE, timeout=5)
        fake.user_presses(ALICE, "begin")
        await fake.wait_for(lambda: fake.sent_texts(ALICE) == ["pressed begin"], timeout=5)
        started = time.monotonic()
        await app.updater.stop()
        await app.stop()
    assert time.monotonic() - started < 2
    assert [name for name, _ in fake.requests][:3] == ["getMe", "deleteWebhook", "getUpdates"]
    assert fake.pending_updates == []  # the stop confirmed everything it had fetched


FORUM, PLAIN, BASIC = -1001000000001, -1001000000002, -4000000003


async def test_forum_topics_like_telegram(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_group(FORUM, forum=True, title="Desk")
    topic = await bot.create_forum_topic(FORUM, "Case FD-1")
    assert topic.message_thread_id > 1 and topic.icon_color == 7322096  # 1 is the General topic's
    assert fake.topics(FORUM) == {topic.message_thread_id: {"name": "Case FD-1", "icon_color": 7322096}}
    assert fake.sent(FORUM) == []  # the topic's creation message is a service message, not something the bot said
    sent = await bot.send_message(FORUM, "new case", message_thread_id=topic.message_thread_id)
    assert (sent.is_topic_message, sent.message_thread_id) == (True, topic.message_thread_id)
    assert sent.reply_to_message.forum_topic_created.name == "Case FD-1"  # every topic message "replies" to it
    for wrong in (1, 999):
        with pytest.raises(BadRequest, match=r"(?i)message thread not found"):
            await bot.send_message(FORUM, "lost", message_thread_id=wrong)

    # A volunteer writes in the topic, then replies to the bot there; a reply without a thread id goes to the
    # topic of the message it answers.
    update = fake.group_message(FORUM, ALICE, "I take it", thread_id=topic.message_thread_id)["message"]
    assert (update["is_topic_message"], update["message_thread_id"]) == (True, topic.message_thread_id)
    assert update["reply_to_message"]["message_id"] == topic.message_thread_id
    reply = fake.group_message(FORUM, ALICE, "done", thread_id=topic.message_thread_id,
                               reply_to=sent.message_id)["message"]
    assert reply["reply_to_message"]["message_id"] == sent.message_id
    assert "reply_to_message" not in reply["reply_to_message"]  # one level only, as in Telegram
    answer = await bot.send_message(FORUM, "thanks", reply_parameters=ReplyParameters(reply["message_id"]))
    assert (answer.message_thread_id, answer.reply_to_message.message_id) == (topic.message_thread_id,
                                                                              reply["message_id"])
    edited = await bot.edit_message_text("new case (claimed)", FORUM, sent.message_id)
    assert edited.message_thread_id == topic.message_thread_id
    assert fake.sent_texts(FORUM, topic.message_thread_id) == ["new case (claimed)", "thanks"]

    general = fake.group_message(FORUM, ALICE, "hello all")["message"]
    assert "message_thread_id" not in general and "is_topic_message" not in general
    with pytest.raises(LookupError):
        fake.group_message(FORUM, ALICE, "x", thread_id=999)
    mine = fake.user_creates_topic(FORUM, ALICE, "Coffee")["message"]
    assert mine["forum_topic_created"]["name"] == "Coffee" and mine["message_thread_id"] == mine["message_id"]

    fake.delete_topic(FORUM, topic.message_thread_id)
    assert fake.sent(FORUM, topic.message_thread_id) == []
    with pytest.raises(BadRequest, match=r"(?i)message thread not found"):
        await bot.send_message(FORUM, "gone", message_thread_id=topic.message_thread_id)


async def test_topics_are_refused_where_telegram_refuses_them(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_group(PLAIN)
    fake.add_group(BASIC)
    fake.add_group(-1001000000009, forum=True, can_manage_topics=False)
    for chat_id in (PLAIN, BASIC, ALICE):
        with pytest.raises(BadRequest, match=r"(?i)the chat is not a forum"):
            await bot.create_forum_topic(chat_id, "Case")
    with pytest.raises(BadRequest, match=r"(?i)not enough rights to create a topic"):
        await bot.create_forum_topic(-1001000000009, "Case")
    fake.add_group(FORUM, forum=True)
    with pytest.raises(BadRequest, match=r"(?i)TOPIC_TITLE_TOO_LONG"):
        await bot.create_forum_topic(FORUM, "x" * 129)
    with pytest.raises(BadRequest, match=r"(?i)message thread not found"):
        await bot.send_message(PLAIN, "no topics here", message_thread_id=2)
    with pytest.raises(ValueError, match="supergroup"):
        fake.add_group(-4000000005, forum=True)


async def test_reply_chains_in_groups_without_topics(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_group(PLAIN)
    fake.add_group(BASIC)
    for chat_id in (PLAIN, BASIC):
        root = await bot.send_message(chat_id, "Case FD-2")
        note = await bot.send_message(chat_id, "a note", reply_parameters=ReplyParameters(root.message_id))
        assert note.reply_to_message.message_id == root.message_id and not note.is_topic_message
        reply = fake.group_message(chat_id, ALICE, "on it", reply_to=note.message_id)["message"]
        assert reply["reply_to_message"]["message_id"] == note.message_id and "is_topic_message" not in reply
        # a supergroup names the reply thread by its first message; a basic group has no such thing
        assert reply.get("message_thread_id") == (root.message_id if chat_id == PLAIN else None)
        with pytest.raises(BadRequest, match=r"(?i)message to be replied not found"):
            await bot.send_message(chat_id, "to nothing", reply_parameters=ReplyParameters(999))
        alone = await bot.send_message(chat_id, "anyway", reply_parameters=ReplyParameters(
            999, allow_sending_without_reply=True))
        assert alone.reply_to_message is None


async def test_button_presses_in_a_group(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_group(FORUM, forum=True)
    topic = await bot.create_forum_topic(FORUM, "Case FD-3")
    card = await bot.send_message(FORUM, "Claim?", message_thread_id=topic.message_thread_id,
                                  reply_markup=keyboard("claim"))
    with pytest.raises(LookupError):
        fake.user_presses(ALICE, "claim")  # not in Alice's private chat
    fake.user_presses(ALICE, "claim", chat_id=FORUM)
    [update] = await bot.get_updates()
    query = update.callback_query
    assert (query.from_user.id, query.message.chat.id, query.message.message_id) == (ALICE, FORUM, card.message_id)
    assert query.message.is_topic_message and query.message.message_thread_id == topic.message_thread_id
    assert await query.answer()


async def test_a_group_upgraded_to_a_supergroup_and_a_bot_removed(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_group(BASIC)
    fake.upgrade_group(BASIC, FORUM, forum=True)
    with pytest.raises(ChatMigrated) as caught:
        await bot.send_message(BASIC, "hello")
    assert caught.value.new_chat_id == FORUM
    moved, arrived = [u.message for u in await bot.get_updates()]
    assert (moved.chat.id, moved.migrate_to_chat_id, arrived.chat.id, arrived.migrate_from_chat_id) == (
        BASIC, FORUM, FORUM, BASIC)
    assert (await bot.create_forum_topic(FORUM, "works now")).message_thread_id
    fake.block(FORUM)
    with pytest.raises(Forbidden, match=r"(?i)kicked from the supergroup"):
        await bot.send_message(FORUM, "hello")

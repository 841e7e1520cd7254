"""The second audience on the real pipeline and database: desk events, outbox operations, public asks."""

from __future__ import annotations

from sqlalchemy import select

from bot.domain import ChatKind, ChatRef, InboundMessage, Op, Outgoing, Reply, UserRef
from bot.ports import DESK, ChangeSet, WorkKey
from bot.storage.tables import Contact, MessageLog
from tests.conftest import count
from tests.fakes.channel import PLATFORM, Victim, Volunteer


async def test_a_volunteer_at_the_desk_is_answered_in_their_thread_and_never_stored_as_a_victim(app, channel):
    vera = Volunteer("v-1", desk="desk-1", thread="topic-7")
    assert await app.handle(vera.message("/help")) is True
    chat, reply = channel.sent[-1]
    assert chat == ChatRef(PLATFORM, "desk-1", "topic-7", ChatKind.DESK)
    assert "volunteers' desk" in reply.text
    assert await count(app, Contact) == 0
    assert await count(app, MessageLog, MessageLog.direction == "in", MessageLog.processed_at.is_(None)) == 0


async def test_desk_chatter_is_stored_and_processed_without_an_answer(app, channel):
    vera = Volunteer("v-2", desk="desk-1")
    assert await app.handle(vera.message("I'll take the next one")) is True
    assert channel.sent == []
    assert await count(app, MessageLog, MessageLog.scope == "desk", MessageLog.processed_at.is_not(None)) == 1
    assert await count(app, Contact) == 0


async def test_the_same_person_as_victim_and_volunteer_keeps_both_apart(app, channel, talk):
    # one platform account can write to the bot privately and sit at the desk
    await talk("same").send("hello")
    desk = Volunteer("same", desk="desk-1")
    await app.handle(desk.message("/help"))
    assert await count(app, Contact) == 1
    assert channel.sent[-1][0].kind is ChatKind.DESK


async def test_outbox_opens_threads_edits_and_sends_in_order(app, channel):
    desk = ChatRef(PLATFORM, "desk-1", kind=ChatKind.DESK)
    committed = await app.store.commit(ChangeSet(WorkKey(PLATFORM, DESK, "desk-1"), outbox=[
        Outgoing(desk, Reply("FD-2026-000001 · urgent"), op=Op.OPEN_THREAD),
        Outgoing(desk, Reply("case card", mention_role="123")),
        Outgoing(desk, Reply("case card, claimed"), op=Op.EDIT, target="out-2"),
    ]))
    await app.outbox.deliver(committed.outbound)
    assert channel.threads == [(desk, "FD-2026-000001 · urgent", "thread-1")]
    assert channel.sent == [(desk, Reply("case card", mention_role="123"))]
    assert channel.edits == [(desk, "out-2", Reply("case card, claimed"))]
    async with app.db.engine.connect() as conn:
        results = [r.external_id for r in await conn.execute(
            select(MessageLog.external_id).where(MessageLog.direction == "out").order_by(MessageLog.id))]
    assert results == ["thread-1", "out-2", "out-2"]  # each row keeps what the platform answered


async def test_help_asked_with_a_slash_command_in_public_is_answered_privately_and_the_chat_starts_in_dm(
        app, channel):
    user = UserRef(PLATFORM, "pub", language_hint="fr")
    interaction = ChatRef(PLATFORM, "interaction-9", kind=ChatKind.INTERACTION)
    dm = ChatRef(PLATFORM, "dm-pub")
    await app.handle(InboundMessage(PLATFORM, "i9", user, dm, command="start", origin=interaction))
    targets = [chat for chat, _ in channel.sent]
    assert targets[0] == interaction and all(chat == dm for chat in targets[1:]) and len(targets) >= 2
    assert "message privé" in channel.sent[0][1].text  # in the person's language


async def test_closed_dms_are_explained_where_the_person_asked(app, channel):
    user = UserRef(PLATFORM, "closed")
    public = ChatRef(PLATFORM, "general", kind=ChatKind.PUBLIC)
    await app.handle(InboundMessage(PLATFORM, "m1:dm-closed", user, public, command="_dm_closed", reply_to="m1"))
    chat, reply = channel.sent[-1]
    assert chat == public and reply.reply_to == "m1" and "private messages" in reply.text
    async with app.db.engine.connect() as conn:
        contact = (await conn.execute(select(Contact))).one()
    assert contact.chat_id == ""  # a public channel is never where the person's conversation is answered


async def test_a_victims_messages_wait_behind_a_failed_reply_but_the_desk_does_not(app, channel):
    from bot.domain import DeliveryError

    channel.failures.append(DeliveryError("network down"))
    await app.handle(Victim("slow").message("hello"))
    await app.handle(Volunteer("v-3", desk="desk-2").message("/help"))
    assert [chat.chat_id for chat, _ in channel.sent] == ["desk-2"]


async def test_an_answer_that_means_physical_danger_takes_the_case_to_the_desk_at_once(settings, channel):
    from bot.app import build_app
    from tests.conftest import Conversation

    desk = ChatRef(PLATFORM, "desk-1", kind=ChatKind.DESK)
    app = await build_app(settings, {channel.platform: channel}, desks=(desk,))
    try:
        victim = Conversation(app, channel, "afraid")
        for step in ("hi", "agree", "other", "Someone sends me messages about where I go every single day"):
            await (victim.press(step) if step in ("agree", "other") else victim.send(step))
        assert not [chat for chat, _ in channel.sent if chat.kind is ChatKind.DESK]
        said = await victim.press("safety")
        # the safety message promises that volunteers are told now, and they are
        assert "112" in said[0].text and "letting our volunteers know right away" in said[0].text
        cards = [reply.text for chat, reply in channel.sent if chat.kind is ChatKind.DESK]
        assert cards and "Threats to physical safety" in cards[0] and "My safety or someone's safety" in cards[0]
        assert len(await app.store.list_cases()) == 1
    finally:
        await app.close()


def _case_with_files(files: int, *, name: str = "threat-screenshot.png", content_type: str = "image/png"):
    from datetime import UTC, datetime

    from bot.ports import CaseView

    when = datetime(2026, 5, 14, 10, 32, 5, tzinfo=UTC)
    view = CaseView(id=7, reference="FD-2026-000007", status="escalated", urgency=2, category="extortion",
                    locale="en", answers={"category": "extortion", "story": "He sends me my own photos",
                                          "evidence": 2, "contact_pref": "here"},
                    reasons=["extortion"], human_requested=False, created_at=when, victim_platform="telegram")
    evidence = [{"filename": name if i == 0 else f"file-{i}.jpg", "content_type": content_type, "size": 12_345 + i,
                 "sha256": f"{i:02x}" + "ab" * 31, "received_at": when} for i in range(files)]
    return view, evidence, when


def test_a_card_lists_each_file_with_its_type_size_time_and_short_hash(content):
    from bot.services import cards

    _, translator = content
    view, evidence, when = _case_with_files(2)
    text = cards.card(view, translator, "en", when, evidence).text
    assert "• Files sent: 2 files\n" in text and "• Files sent: 2\n" not in text  # the list, not only a count
    assert "   ◦ threat-screenshot.png · image/png · 12.3 kB · 2026-05-14 10:32 UTC · sha256:00ababababab\n" in text
    assert "   ◦ file-1.jpg · image/png · 12.3 kB · 2026-05-14 10:32 UTC · sha256:01ababababab\n" in text
    assert "12,3\u202fko" in cards.card(view, translator, "fr", when, evidence).text  # the desk's own units
    # without the files (an older caller), the card says how many as before
    assert "• Files sent: 2" in cards.card(view, translator, "en", when).text


def test_a_card_with_many_files_shows_the_first_five_and_stays_within_every_platforms_limit(content):
    from bot.services import cards

    _, translator = content
    long_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    view, evidence, when = _case_with_files(50, name="x" * 240 + ".pdf", content_type=long_type)
    text = cards.card(view, translator, "en", when, evidence).text
    assert text.count("   ◦ ") == 5 and "   … (+45 files)" in text
    assert "x…xxxx.pdf · " in text  # a long name is cut, its extension kept
    assert len(text) < 2000  # a Discord message; Telegram and embeds allow 4096


def test_a_file_name_on_a_card_is_unclickable_and_hides_contact_details_not_offered(content):
    from bot.services import cards

    _, translator = content
    view, evidence, when = _case_with_files(1, name="www.evil.example mail bob@example.org.txt")
    text = cards.card(view, translator, "en", when, evidence).text
    assert "www[.]evil[.]example" in text and "bob@example.org" not in text

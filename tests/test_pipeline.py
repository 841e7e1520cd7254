"""The dispatch pipeline on a real database: dedup, resume after restart, outbox resend, commands."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from sqlalchemy import select

from bot.app import build_app, build_pipeline
from bot.config import Settings
from bot.domain import Attachment, DeliveryError
from bot.ports import WorkKey
from bot.storage.memory import MemoryFileStore, MemoryStore
from bot.storage.tables import AuditEvent, Case, Contact, Conversation, Evidence, MessageLog
from tests.conftest import Conversation as Talk
from tests.conftest import MemoryApp, count
from tests.fakes.channel import RecordingChannel, Victim


async def test_redelivered_message_is_processed_once(app, channel) -> None:
    victim = Victim("dup")
    first = victim.message("hello", external_id="tg-update-1")
    assert await app.handle(first) is True
    replies = len(channel.sent)
    assert replies == 2  # greeting + consent question
    assert await app.handle(victim.message("hello", external_id="tg-update-1")) is False
    assert len(channel.sent) == replies
    assert await count(app, MessageLog, MessageLog.direction == "in") == 1


async def test_concurrent_redeliveries_are_processed_once(app, channel) -> None:
    victim = Victim("race")
    copies = [victim.message("hello", external_id="same-id") for _ in range(5)]
    results = await asyncio.gather(*(app.handle(m) for m in copies))
    assert sorted(results) == [False] * 4 + [True]
    assert len(channel.replies_to("race")) == 2


async def test_messages_of_one_contact_are_answered_in_order(app, channel, talk) -> None:
    alice = talk("alice")
    await alice.send("hi")
    await asyncio.gather(*(app.handle(alice.victim.message(choice=c)) for c in ("agree", "scam")))
    texts = [r.text for r in channel.replies_to("alice")]
    assert texts[-2].startswith("What happened?") and "What kind of scam was it?" in texts[-1]


class LaggingStore(MemoryStore):
    """The in-memory store whose first ingest takes a while, as a first event's transaction on one PostgreSQL
    connection may commit after a second event's on another."""

    lagging = 1

    async def ingest(self, message, files):  # type: ignore[no-untyped-def]
        if self.lagging:
            self.lagging -= 1
            for _ in range(20):
                await asyncio.sleep(0)
        return await super().ingest(message, files)


async def test_events_handed_over_together_are_answered_in_the_order_given_even_if_storing_one_lags(
        content, channel, tmp_path) -> None:
    settings = Settings(data_dir=tmp_path / "data", _env_file=None)
    flows, translator = content
    store = LaggingStore(lease_seconds=settings.outbox_lease_seconds)
    memory = MemoryApp(build_pipeline(settings, store, MemoryFileStore(), flows, translator,
                                      {channel.platform: channel}), store)
    alice = Talk(memory, channel, "alice", "en")
    await alice.send("hi")
    store.lagging = 1
    await asyncio.gather(*(memory.handle(alice.victim.message(choice=c)) for c in ("agree", "scam")))
    texts = [r.text for r in channel.replies_to("alice")]
    assert texts[-2].startswith("What happened?") and "What kind of scam was it?" in texts[-1]


async def test_conversation_resumes_after_restart(settings, talk, app, channel) -> None:
    bob = talk("bob")
    await bob.send("hello")
    await bob.press("agree")
    for choice in ("hacked_account", "email", "yes", "no", "no", "unsure", "me"):  # the account's questions
        await bob.press(choice)
    await app.close()

    again = RecordingChannel()
    restarted = await build_app(settings, {again.platform: again})
    try:
        await restarted.handle(bob.victim.message("Someone took over my email account"))
        assert again.sent[-1][1].text.startswith("When did it happen")
        await restarted.handle(bob.victim.message("/status"))
        assert "no report" in again.sent[-2][1].text
    finally:
        await restarted.close()


async def test_unsent_replies_are_sent_after_a_crash(settings, app, channel) -> None:
    channel.failures.extend([DeliveryError("network down")] * 1)
    victim = Victim("carol")
    await app.handle(victim.message("hello"))
    assert channel.sent == []  # the first reply failed, so the second waited to keep the order
    assert await count(app, MessageLog, MessageLog.direction == "out", MessageLog.sent_at.is_(None)) == 2
    await app.close()

    again = RecordingChannel()
    restarted = await build_app(settings, {again.platform: again})
    try:
        await restarted.recover()
        if not restarted.db.is_sqlite:  # several workers may share PostgreSQL: wait for the lease
            assert await restarted.outbox.drain(settings.outbox_lease_seconds + 5)
        texts = [reply.text for _, reply in again.sent]
        assert texts[0].startswith("Hello.") and texts[1].startswith("Before we start")
        assert len(texts) == 2
    finally:
        await restarted.close()


async def test_blocked_victim_is_not_retried_forever(app, channel) -> None:
    channel.failures.append(DeliveryError("bot was blocked by the user", blocked=True))
    await app.handle(Victim("dave").message("hello"))
    assert channel.sent == []  # one attempt; the question queued behind the greeting is given up too
    assert await count(app, MessageLog, MessageLog.failed_at.is_not(None)) == 2
    assert await count(app, Contact, Contact.blocked_at.is_not(None)) == 1
    await app.handle(Victim("dave").message("hello again"))  # writing again unblocks
    assert await count(app, Contact, Contact.blocked_at.is_not(None)) == 0


async def test_completed_intake_is_a_case_with_reference(app, talk) -> None:
    eve = talk("eve")
    for step in ("hello", "agree", "extortion", "intimate_images", "real", "no"):
        await (eve.send(step) if step == "hello" else eve.press(step))
    await eve.send("1000 грн")
    await eve.press("yes")
    await eve.press("later")  # the deadline
    await eve.press("me")
    await eve.send("He says he will send my photos to my family")
    await eve.send("вчора")
    await eve.press("yes")
    await eve.send(attachments=(Attachment("chat.png", "image/png", b"\x89PNG fake screenshot"),))
    await eve.press("_done")
    await eve.press("phone")
    await eve.send("+41 79 123 45 67")
    summary = (await eve.press("confirm"))[-1].text
    assert summary.startswith("Thank you. Your report is registered under the reference FD-")
    async with app.db.engine.connect() as conn:
        case = (await conn.execute(select(Case))).one()
        evidence = (await conn.execute(select(Evidence))).one()
    assert case.reference in summary and case.reference.startswith("FD-20")
    assert case.category == "extortion" and case.urgency == 3 and case.intake_complete
    assert case.answers["demand"] == {"amount": "1000.00", "currency": "UAH"}
    assert case.answers["phone"] == "+41791234567"
    assert evidence.case_id == case.id and evidence.size == len(b"\x89PNG fake screenshot")
    assert (app.settings.evidence_dir / evidence.sha256[:2] / evidence.sha256).read_bytes().startswith(b"\x89PNG")
    assert await count(app, AuditEvent, AuditEvent.action == "case_opened") == 1


async def test_every_message_is_logged_with_platform_ids(app, talk) -> None:
    frank = talk("frank")
    await frank.send("hello")
    async with app.db.engine.connect() as conn:
        rows = (await conn.execute(select(MessageLog).order_by(MessageLog.id))).all()
    assert [r.direction for r in rows] == ["in", "out", "out"]
    assert all(r.external_id for r in rows) and all(r.processed_at or r.sent_at for r in rows)


async def test_forget_deletes_everything_after_confirmation(app, channel, talk) -> None:
    gina = talk("gina")
    await gina.send("hello")
    await gina.press("agree")
    await gina.send("/human")
    await gina.send(attachments=(Attachment("proof.txt", "text/plain", b"threat"),))
    assert await count(app, Case) == 1
    asked = await gina.send("/forget")
    assert [c.id for c in asked[-1].choices] == ["yes", "no"]
    kept = await gina.press("no")
    assert kept[0].text == "All right, nothing was deleted." and await count(app, Case) == 1
    await gina.send("/forget")
    done = await gina.press("yes")
    assert done[-1].text.startswith("Everything you told me has been deleted")
    for table in (Case, Contact, Conversation, Evidence):
        assert await count(app, table) == 0, table
    assert await count(app, MessageLog, MessageLog.body.is_not(None)) == 0
    assert not any(app.settings.evidence_dir.rglob("*")) or not any(
        p.is_file() for p in app.settings.evidence_dir.rglob("*"))
    assert await count(app, AuditEvent, AuditEvent.action == "contact_forgotten") == 1


async def test_human_request_opens_an_urgent_case_and_the_flow_goes_on(app, talk) -> None:
    hugo = talk("hugo")
    await hugo.send("hello")
    await hugo.press("agree")
    replies = await hugo.send("I need to talk to a person")
    assert "asked for a volunteer" in replies[0].text and replies[-1].text.startswith("What happened?")
    async with app.db.engine.connect() as conn:
        case = (await conn.execute(select(Case))).one()
    assert case.human_requested and case.urgency >= 2 and not case.intake_complete


async def test_oversized_file_is_refused_clearly_and_not_stored(app, talk) -> None:
    app.pipeline.tools.max_file_bytes = 10
    ivan = talk("ivan")
    await ivan.send("hello")
    replies = await ivan.send(attachments=(Attachment("big.bin", "application/octet-stream", b"x" * 11),))
    assert "too large" in replies[0].text
    assert await count(app, Evidence) == 0


async def test_a_message_that_cannot_be_handled_is_set_aside_not_blocking(app, channel, talk) -> None:
    jo = talk("jo")
    await jo.send("hello")
    # a stored message the code cannot read (as an older version might have left it)
    async with app.db.transaction() as conn:
        contact_id = (await conn.execute(select(Contact.id))).scalar_one()
        await conn.execute(MessageLog.__table__.insert().values(
            direction="in", platform="test", external_id="corrupt-1", contact_id=contact_id, chat_id="chat-jo",
            body={"files": [{"no": "such fields"}]}, created_at=datetime.now(UTC), attempts=0, ephemeral=False))
    await app.pipeline.process(WorkKey("test", "contact", "jo"))
    texts = [reply.text for reply in channel.replies_to("jo")]
    assert texts[-2].startswith("Sorry, something went wrong") and texts[-1].startswith("Before we start")
    assert await count(app, MessageLog, MessageLog.direction == "in", MessageLog.processed_at.is_(None)) == 0
    replies = await jo.press("agree")  # the conversation goes on where it was
    assert replies[0].text.startswith("What happened?")

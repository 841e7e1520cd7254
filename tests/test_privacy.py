"""What privacy promises to a victim holds in the data: declining keeps nothing, references are never
reused, files are private to the bot's user."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.domain import Attachment
from bot.storage.tables import Evidence, MessageLog
from tests.conftest import PG_URL


async def test_declining_consent_keeps_nothing_the_person_wrote_or_sent(app, talk, settings) -> None:
    victim = talk("declines")
    await victim.send("Someone is threatening to publish my photos tonight unless I pay")
    await victim.send(attachments=(Attachment("threat.png", "image/png", b"\x89PNG threat"),))
    replies = await victim.press("decline")
    assert "Nothing has been saved" in replies[-1].text
    async with app.db.engine.connect() as conn:
        bodies = [r.body for r in await conn.execute(select(MessageLog.body).where(MessageLog.direction == "in"))]
        evidence = (await conn.execute(select(Evidence))).all()
    assert bodies and all(body is None for body in bodies)
    assert evidence == []
    assert not [p for p in (settings.evidence_dir).rglob("*") if p.is_file()]


async def test_case_references_are_never_handed_out_twice_even_after_forgetting(app, talk) -> None:
    first = talk("first")
    await first.send("hello")
    await first.press("agree")
    said = await first.send("/human")
    reference = said[0].text.split("FD-")[1][:11]
    await first.send("/forget")
    await first.press("yes")
    second = talk("second")
    await second.send("hello")
    await second.press("agree")
    again = await second.send("/human")
    assert reference not in again[0].text and "FD-" in again[0].text


def test_the_database_and_its_folder_are_private_to_the_bots_user(tmp_path: Path) -> None:
    if PG_URL:
        pytest.skip("PostgreSQL keeps its own files; this is about the embedded SQLite file")
    from bot.storage.db import Database

    path = tmp_path / "private" / "frontdoor.db"
    Database(f"sqlite+aiosqlite:///{path}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


async def test_the_first_message_says_how_to_hide_the_chat_on_the_persons_platform(memory_app, channel) -> None:
    from tests.conftest import Conversation

    for platform, words in (("telegram", "Auto-delete"), ("discord", "Close DM"), ("test", None)):
        memory_app.pipeline.outbox.senders[platform] = channel
        first = await Conversation(memory_app, channel, f"hider-{platform}", "en", platform).send("hello")
        assert first[0].text.startswith("Hello.")
        if words:
            assert words in first[0].text and "/forget" in first[0].text
        else:  # a platform without its own hint (the console) gets none
            assert "🔒" not in first[0].text

"""Encryption at rest (DATA_ENCRYPTION_KEY) on the real database and files: with a key nothing a victim wrote or sent
is readable in any column or file, yet the bot and the desk read it all; without the key (or with a wrong one) the
bot refuses to start with one clear line; `keys rotate` seals what was stored in clear or under an older key so
that the older key can go."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import Text, cast, select

from bot.__main__ import main
from bot.app import build_app
from bot.config import Settings
from bot.domain import Attachment
from bot.settings_errors import EXIT_CONFIG
from bot.storage import sealing
from bot.storage.keys import check_keys, sealed_columns
from bot.storage.sealing import SealedWithoutKey, Sealer, is_sealed, new_key
from bot.storage.tables import metadata
from tests.fakes.channel import RecordingChannel
from tests.test_escalation import DESKS, PLATFORM, POLICY, Clock, Desk, Volunteer
from tests.test_retention import (
    ALICE,
    ALL,
    COMMENT,
    FILE_WORDS,
    LATER,
    RELAYED,
    alice_resolved,
    bob_waiting,
    everything,
    found_in_columns,
    found_in_files,
    reference_in,
)

KEY, NEXT = new_key(), new_key()
# An indicator (the scam's link) is kept in clear on purpose: it is the attacker's, not the victim's, and is
# compared across cases and exported to CERTs. Nothing else may show.
CLEAR_ON_PURPOSE = {"indicator.value"}


def keyed(settings: Settings, key: str | None) -> Settings:
    return settings.model_copy(update={"data_encryption_key": SecretStr(key) if key else None})


async def open_desk(settings: Settings) -> Desk:
    channel = RecordingChannel(platform=PLATFORM)
    app = await build_app(settings, {channel.platform: channel}, desks=DESKS, policy=POLICY, clock=Clock())
    desk = Desk(app.pipeline, app.store, channel, app.pipeline.tools.clock)
    desk.app = app
    return desk


async def as_stored(desk: Desk) -> dict[str, list[dict]]:
    """Every row of every table as the database holds it: each column's text, not read through the column types."""
    async with desk.app.db.engine.connect() as conn:
        return {table.name: [dict(row._mapping) for row in await conn.execute(
                    select(*(cast(column, Text).label(column.name) for column in table.columns)))]
                for table in metadata.sorted_tables}


def files_on_disk_at(folder: Path) -> dict[str, bytes]:
    return {str(path): path.read_bytes() for path in folder.iterdir()}


def where(hits: list[str]) -> set[str]:
    return {hit.split(":")[0] for hit in hits}


def stored_sealed(rows: dict[str, list[dict]]) -> list[str]:
    """The sealed values in the stored text of every sealed column."""
    found = []
    for column in sealed_columns():
        for row in rows[column.table.name]:
            raw = row[column.name] or ""
            found += [raw.strip('"')] if is_sealed(raw.strip('"')) else []
    return found


def test_a_sealed_text_opens_with_its_key_only_and_empty_stays_empty() -> None:
    sealer = Sealer([KEY])
    sealed = sealer.seal("мене шантажують")
    assert is_sealed(sealed) and "шантаж" not in sealed and sealer.open(sealed) == "мене шантажують"
    assert sealer.seal("") == "" and sealer.seal_json({}) == {} and sealer.seal_json([]) == []
    assert sealer.open("fd1: typed by someone") == "fd1: typed by someone"  # not a token: left as it is
    with pytest.raises(SealedWithoutKey):
        Sealer([NEXT]).open(sealed)
    with pytest.raises(SealedWithoutKey):
        Sealer().open(sealed)
    both = Sealer([NEXT, KEY])
    assert both.open(sealed) == "мене шантажують" and not both.under_first_key(sealed)
    assert both.under_first_key(both.reseal(sealed)) and Sealer([NEXT]).open(both.reseal(sealed))
    data = sealer.seal_bytes(FILE_WORDS)
    assert FILE_WORDS not in data and sealer.open_bytes(data) == FILE_WORDS and Sealer().open_bytes(b"x") == b"x"


def test_a_sealed_json_value_opens_as_it_was_written() -> None:
    """Words in any script, a number beyond 64 bits and a lone surrogate a platform let through, sealed and
    opened again, as the stored state is when DATA_ENCRYPTION_KEY is set."""
    sealer = Sealer([KEY])
    value = {"story": "мене шантажують — ابتزاز 🙏", "amount": 10**30, "pasted": "a\ud800b", "n": [1, None, True]}
    sealed = sealer.seal_json(value)
    assert is_sealed(sealed) and "шантаж" not in sealed
    assert sealer.open_json(sealed) == value


async def test_with_a_key_a_victims_words_and_files_are_unreadable_where_stored_and_the_desk_reads_them(
        settings) -> None:
    desk = await open_desk(keyed(settings, KEY))
    try:
        reference = await alice_resolved(desk)  # the whole way, intake to rating: it checks what the desk sees
        view = await desk.store.case_view(reference)
        assert RELAYED in [line.text for line in await desk.store.case_messages(view.id)]
        stored = await as_stored(desk)
        assert where(found_in_columns(stored, ALICE)) <= CLEAR_ON_PURPOSE
        assert found_in_columns(stored, ("Tinderwick", "Marigoldbeacon", "Zanzibarmoth", "zanzibar-receipt")) == []
        assert found_in_files(settings, ALICE) == []
        [sha] = [item["sha256"] for item in view.evidence if item["filename"] == "zanzibar-receipt.txt"]
        assert desk.pipeline.files.read(sha) == FILE_WORDS
        assert len(stored_sealed(stored)) > 20
        assert await check_keys(desk.app.db) is None
        # the same database without the key: nothing of it can be read
        sealing.use(Sealer())
        assert "DATA_ENCRYPTION_KEY is not set" in (await check_keys(desk.app.db) or "")
        with pytest.raises(SealedWithoutKey):
            await desk.store.case_view(reference)
        with pytest.raises(SealedWithoutKey):
            desk.pipeline.files.read(sha)
        sealing.use(Sealer([NEXT]))
        assert "does not open" in (await check_keys(desk.app.db) or "")
    finally:
        await desk.app.close()


async def test_start_up_without_the_key_or_with_a_wrong_one_says_so_in_one_line(settings, monkeypatch,
                                                                                capsys) -> None:
    desk = await open_desk(keyed(settings, KEY))
    try:
        await bob_waiting(desk)
    finally:
        await desk.app.close()
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("DATA_DIR", str(settings.data_dir))
    monkeypatch.delenv("DATA_ENCRYPTION_KEY", raising=False)
    assert await asyncio.to_thread(main, ["cases"]) == EXIT_CONFIG
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "DATA_ENCRYPTION_KEY is not set" in err and "Traceback" not in err
    monkeypatch.setenv("DATA_ENCRYPTION_KEY", NEXT)
    assert await asyncio.to_thread(main, ["cases"]) == EXIT_CONFIG
    err = capsys.readouterr().err
    assert "does not open" in err and NEXT not in err
    monkeypatch.setenv("DATA_ENCRYPTION_KEY", "not-a-key")
    assert await asyncio.to_thread(main, ["cases"]) == EXIT_CONFIG
    err = capsys.readouterr().err
    assert "DATA_ENCRYPTION_KEY" in err and "not-a-key" not in err
    monkeypatch.setenv("DATA_ENCRYPTION_KEY", KEY)
    assert await asyncio.to_thread(main, ["cases"]) == 0


async def test_keys_rotate_seals_clear_and_old_rows_and_files_under_the_new_key(settings, monkeypatch, capsys,
                                                                             tmp_path) -> None:
    # Bob wrote before there was a key; Alice under the first key
    desk = await open_desk(keyed(settings, None))
    try:
        bobs = await bob_waiting(desk)
    finally:
        await desk.app.close()
    desk = await open_desk(keyed(settings, KEY))
    try:
        reference = await alice_resolved(desk)
        assert found_in_columns(await as_stored(desk), ("Oystercatchment",))  # Bob's words: still in clear
    finally:
        await desk.app.close()

    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("DATA_ENCRYPTION_KEY", f"{NEXT},{KEY}")
    assert await asyncio.to_thread(main, ["keys", "rotate"]) == 0
    out = capsys.readouterr().out
    assert "message_log.body:" in out and "evidence files:" in out

    desk = await open_desk(keyed(settings, NEXT))  # the old key is gone
    try:
        stored = await as_stored(desk)
        assert where(found_in_columns(stored, (*ALICE, "Oystercatchment"))) <= CLEAR_ON_PURPOSE
        assert found_in_files(settings, (*ALICE, "Oystercatchment")) == []
        only_next = Sealer([NEXT])
        assert all(only_next.under_first_key(value) for value in stored_sealed(stored))
        assert await check_keys(desk.app.db) is None
        view = await desk.store.case_view(reference)
        assert view.comment == COMMENT and view.answers
        assert (await desk.store.case_by_reference(bobs))["answers"] is not None
        for item in view.evidence:
            assert desk.pipeline.files.read(item["sha256"]) is not None
        # and the bot goes on: Bob writes again, under the new key
        bob = desk.victim("bob")
        await bob.send("Oystercatchment wrote again")
        await desk.pipeline.settle()
        assert where(found_in_columns(await as_stored(desk), ("Oystercatchment",))) == set()
    finally:
        await desk.app.close()
    assert await asyncio.to_thread(main, ["keys", "rotate"]) == 0  # again: nothing left to do
    assert "0 encrypted with the first key" in capsys.readouterr().out
    # an access request hands over readable copies of the person's files, the stored ones being sealed
    copies = tmp_path / "for-alice"
    assert await asyncio.to_thread(main, ["cases", "export", "--contact", f"{PLATFORM}:alice",
                                          "--files", str(copies)]) == 0
    document = json.loads(capsys.readouterr().out)
    [receipt] = [item for item in document["evidence"] if item["filename"] == "zanzibar-receipt.txt"]
    assert Path(receipt["file"]).parent == copies and files_on_disk_at(copies)[receipt["file"]] == FILE_WORDS


def test_keys_new_prints_a_key_the_settings_accept(capsys, tmp_path) -> None:
    assert main(["keys", "new"]) == 0
    key = capsys.readouterr().out.strip()
    assert Settings(data_encryption_key=key, data_dir=tmp_path, _env_file=None).data_encryption_key is not None
    assert Sealer([key]).open(Sealer([key]).seal("ok")) == "ok"


async def test_with_a_key_purge_and_forget_still_leave_no_trace(settings) -> None:
    """SQL cannot look inside a sealed value: purge and forget find the files a sealed body names all the same."""
    desk = await open_desk(keyed(settings, KEY))
    try:
        await alice_resolved(desk)
        await bob_waiting(desk)
        await desk.store.purge(ALL, now=datetime.now(UTC) + LATER, files=desk.pipeline.files)
        readable = await everything(desk)  # through the key: what anyone holding it could still read
        assert found_in_columns(readable, ALICE) == [] and found_in_files_opened(desk, ALICE) == []
        assert found_in_columns(readable, ("Oystercatchment",)) and found_in_files_opened(desk, ("Oystercatchment",))
        bob = desk.victim("bob")
        await bob.send("/forget")
        await bob.press("yes")
        await desk.pipeline.settle()
        assert found_in_columns(await everything(desk), ("Oystercatchment",)) == []
        assert found_in_files_opened(desk, ("Oystercatchment",)) == []
    finally:
        await desk.app.close()


def found_in_files_opened(desk: Desk, words: tuple[str, ...]) -> list[str]:
    root = desk.pipeline.files.root
    opened = {path.name: desk.pipeline.files.read(path.name) or b"" for path in root.rglob("*") if path.is_file()}
    return [name for name, data in opened.items() if any(word.encode() in data for word in words)]


async def test_with_a_key_a_purge_deletes_a_volunteers_file_that_only_sealed_rows_name(settings) -> None:
    """A file a volunteer sent the person has no evidence row: only the (sealed) message and conversation rows
    name it. The purge still finds it and deletes it."""
    desk = await open_desk(keyed(settings, KEY))
    try:
        await desk.store.add_volunteer("Vera", telegram_id="v-1", languages=["en"])
        alice = desk.victim("alice")
        await alice.send("hello")
        await alice.press("agree")
        reference = reference_in(await alice.send("/human"))
        await desk.handle(Volunteer("v-1").message(choice=f"case:claim:{reference}"))
        guide = Attachment("guide.png", "image/png", b"\x89PNG Pumpernickel recovery guide")
        await desk.handle(replace(Volunteer("v-1").message(f"/reply {reference} follow these steps"),
                                  attachments=(guide,)))
        await desk.handle(Volunteer("v-1").message(f"/resolve {reference}"))
        await desk.pipeline.settle()
        assert found_in_files_opened(desk, ("Pumpernickel",)) and found_in_files(settings, ("Pumpernickel",)) == []
        await desk.store.purge(ALL, now=datetime.now(UTC) + LATER, files=desk.pipeline.files)
        assert found_in_files_opened(desk, ("Pumpernickel",)) == []
        assert found_in_columns(await everything(desk), ("Pumpernickel", "follow these steps")) == []
    finally:
        await desk.app.close()

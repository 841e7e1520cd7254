"""Indicators of compromise on a case: found in what the person wrote (never their own contact details),
kept once, shown defanged on the card, exported for a CERT, deleted with the person's data."""

from __future__ import annotations

import asyncio
import csv
import io
import json

import pytest

from bot.__main__ import main
from bot.storage.memory import MemoryStore
from tests.test_escalation import Desk, Volunteer, desk, urgent_case

__all__ = ["desk"]  # a fixture, used by name

WALLET = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
ETH = "0x52908400098527886E0F7030069857D2E4169EE7"


async def claimed(desk: Desk) -> str:
    await desk.store.add_volunteer("Vera", telegram_id="v-1")
    reference = await urgent_case(desk)
    await desk.handle(Volunteer("v-1").message(choice=f"case:claim:{reference}"))
    return reference


async def test_what_the_person_writes_becomes_indicators_once_and_shows_defanged(desk) -> None:
    reference = await claimed(desk)
    victim = desk.victim("victim")
    await victim.send(f"He said pay 0.1 BTC to {WALLET} or visit https://pay-now.example.com/claim, version 1.2.3")
    await victim.send(f"again: {WALLET}! and the ETH one {ETH}, it costs 1.299,00 €")
    view = await desk.store.case_view(reference)
    kinds = [(i.kind, i.value) for i in view.indicators]
    assert ("btc_address", WALLET) in kinds and ("eth_address", ETH) in kinds
    assert ("url", "https://pay-now.example.com/claim") in kinds
    assert len(kinds) == len(set(kinds))  # once each, however often written
    assert not any("1.2.3" in value or "1.299" in value for _, value in kinds)
    await desk.handle(Volunteer("v-1").message(f"/release {reference}"))  # any change edits the cards
    card = desk.channel.edits[-1][2].text
    assert "hxxps://pay-now[.]example[.]com/claim" in card and "https://pay-now" not in card


async def test_cases_export_gives_json_csv_and_a_misp_event(desk, settings, monkeypatch, capsys) -> None:
    if isinstance(desk.store, MemoryStore):
        pytest.skip("the command line reads a database; the in-memory store has none")
    reference = await claimed(desk)
    await desk.victim("victim").send(f"the site was https://bank-login.example.net/ and the wallet {WALLET}")
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("DATA_DIR", str(settings.data_dir))
    outputs = {}
    for form in ("json", "csv", "misp"):
        assert await asyncio.to_thread(main, ["cases", "export", reference, "--format", form]) == 0
        outputs[form] = capsys.readouterr().out
    document = json.loads(outputs["json"])
    assert document["case"]["reference"] == reference
    assert {i["kind"] for i in document["indicators"]} >= {"url", "btc_address"}
    rows = list(csv.DictReader(io.StringIO(outputs["csv"])))
    assert any(row["defanged"] == "hxxps://bank-login[.]example[.]net/" for row in rows)
    event = json.loads(outputs["misp"])["Event"]
    assert event["info"].endswith(reference) and {a["type"] for a in event["Attribute"]} >= {"url", "btc"}


async def test_deleting_ones_data_deletes_the_indicators_too(desk) -> None:
    reference = await claimed(desk)
    victim = desk.victim("victim")
    await victim.send(f"wallet {WALLET}")
    case_id = (await desk.store.case_view(reference)).id
    await victim.send("/forget")
    await victim.press("yes")
    assert await desk.store.case_indicators(case_id) == []


async def test_report_sends_the_summary_as_a_message_and_a_pdf(desk) -> None:
    reference = await claimed(desk)
    victim = desk.victim("victim")
    await victim.send(f"they asked me to pay to {WALLET}")
    sent = await victim.send("/report")
    assert reference in sent[0].text and "hxxps" not in sent[0].text
    assert any("bc1qar0srrr7" in reply.text for reply in sent)  # the wallet they reported, for their bank
    pdf = sent[-1].files[0]
    assert pdf.content_type == "application/pdf" and pdf.filename.startswith(reference)
    data = desk.pipeline.files.read(pdf.sha256)
    assert data is not None and data.startswith(b"%PDF")

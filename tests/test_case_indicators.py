"""Indicators of compromise on a case: found in what the person wrote (never their own contact details),
kept once, shown defanged on the card, exported for a CERT, deleted with the person's data."""

from __future__ import annotations

import asyncio
import csv
import hashlib
import io
import json
from datetime import datetime, timedelta

import pytest
import stix2

from bot.__main__ import main
from bot.domain import Forward, forwarded
from bot.storage.memory import MemoryStore
from tests.conftest import Conversation
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
    await desk.pipeline.outbox.settle()  # an edit held behind one still on its way goes out beside the turn
    card = desk.channel.edits[-1][2].text
    assert "hxxps://pay-now[.]example[.]com/claim" in card and "https://pay-now" not in card


async def test_cases_export_gives_json_csv_a_misp_event_and_a_stix_bundle(desk, settings, monkeypatch,
                                                                          capsys) -> None:
    if isinstance(desk.store, MemoryStore):
        pytest.skip("the command line reads a database; the in-memory store has none")
    reference = await claimed(desk)
    before = desk.clock.now
    await desk.victim("victim").send(f"the site was https://bank-login.example.net/ and the wallet {WALLET}")
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("DATA_DIR", str(settings.data_dir))
    outputs = {}
    for form in ("json", "csv", "misp", "stix"):
        assert await asyncio.to_thread(main, ["cases", "export", reference, "--format", form]) == 0
        outputs[form] = capsys.readouterr().out
    document = json.loads(outputs["json"])
    assert document["case"]["reference"] == reference
    assert {i["kind"] for i in document["indicators"]} >= {"url", "btc_address"}
    # when each was first recorded, from the store's rows (written at the commit, in UTC)
    seen = {i["value"]: datetime.fromisoformat(i["first_seen"]) for i in document["indicators"]}
    assert abs(seen[WALLET] - before) < timedelta(minutes=5)
    rows = list(csv.DictReader(io.StringIO(outputs["csv"])))
    assert any(row["defanged"] == "hxxps://bank-login[.]example[.]net/" for row in rows)
    assert all(row["first_seen"].endswith("Z") for row in rows)
    event = json.loads(outputs["misp"])["Event"]
    assert event["info"].endswith(reference) and {a["type"] for a in event["Attribute"]} >= {"url", "btc"}
    bundle = json.loads(outputs["stix"])
    stix2.parse(outputs["stix"], allow_custom=False)  # the OASIS library reads it as STIX 2.1
    patterns = {o["pattern"] for o in bundle["objects"] if o["type"] == "indicator"}
    assert {"[url:value = 'https://bank-login.example.net/']",
            f"[cryptocurrency-wallet:value = '{WALLET}']"} <= patterns


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


# Headers of a phishing e-mail as a person copies them from "show original": the sender's side, and their own
# address (the recipient), which is how to reach them and never an indicator.
HEADERS = """Received: from mail.secure-paypa1.example.com (mail.secure-paypa1.example.com [185.220.101.34])
\tby mx.mailbox.example.net with ESMTPS id 4f2a9c for <jane.doe@mailbox.example.net>;
From: "PayPal Service" <service@secure-paypa1.example.com>
To: Jane Doe <jane.doe@mailbox.example.net>
Return-Path: <bounce@secure-paypa1.example.com>
Subject: Your account has been limited"""


async def to_evidence(victim: Conversation) -> list:
    """A shopping scam told up to the question that asks for evidence."""
    await victim.send("hello")
    for choice in ("agree", "scam", "shopping", "website", "no", "me"):
        await victim.press(choice)
    await victim.send("I bought shoes on a shop that does not exist")
    await victim.send("3 days ago")
    return await victim.press("no")


async def report(victim: Conversation) -> str:
    """Done with the files, answered here, confirmed: the case's reference."""
    await victim.press("_done")
    await victim.press("here")
    said = await victim.press("confirm")
    return "FD-" + said[-1].text.split("FD-")[1][:11]


async def test_headers_pasted_at_the_evidence_step_are_kept_as_a_file_with_their_indicators(desk) -> None:
    victim = desk.victim("victim")
    asked = await to_evidence(victim)
    assert "paste their text here" in asked[-1].text
    said = await victim.send(HEADERS)
    assert said[0].text.startswith("Kept as evidence") and [c.label for c in said[0].choices] == ["Done", "Skip"]
    said = await victim.send("I have nothing else")  # a remark, not evidence: the question explained again
    assert said[0].text.startswith("Please send your screenshots")
    reference = await report(victim)
    view = await desk.store.case_view(reference)
    evidence = await desk.store.case_evidence(view.id)
    data = HEADERS.encode()
    assert [(e["filename"], e["content_type"], e["size"], e["sha256"]) for e in evidence] == [
        ("pasted-text-1.txt", "text/plain", len(data), hashlib.sha256(data).hexdigest())]
    assert evidence[0]["received_at"] is not None and desk.pipeline.files.read(evidence[0]["sha256"]) == data
    found = {(i.kind, i.value) for i in view.indicators}
    assert {("email", "service@secure-paypa1.example.com"), ("email", "bounce@secure-paypa1.example.com"),
            ("ipv4", "185.220.101.34"), ("domain", "mail.secure-paypa1.example.com")} <= found
    assert not any("jane.doe" in value for _, value in found)


async def test_a_forwarded_message_is_evidence_at_any_step_and_never_an_answer(desk) -> None:
    victim = desk.victim("victim")
    await victim.send("hello")
    await victim.press("agree")
    message = forwarded(victim.victim.message("Your parcel is held. Pay the fee at https://parcel-fee.example.com/pay"),
                        Forward("Parcel Service (@parcel_help, Telegram user 777)"))
    before = len(desk.channel.sent)
    await desk.handle(message)
    said = [reply.text for _, reply in desk.channel.sent[before:]]
    assert said[0] == "Thank you, I kept your file safely with your report." and said[1].startswith("What happened?")
    await victim.press("scam")  # the question is still open, and answered now
    for choice in ("shopping", "website", "no", "me"):
        await victim.press(choice)
    await victim.send("I bought shoes on a shop that does not exist")
    await victim.send("3 days ago")
    await victim.press("no")
    reference = await report(victim)
    view = await desk.store.case_view(reference)
    kept = await desk.store.case_evidence(view.id)
    assert [e["filename"] for e in kept] == ["forwarded-message.txt"]
    text = desk.pipeline.files.read(kept[0]["sha256"]).decode()
    assert text.startswith("Forwarded from: Parcel Service (@parcel_help, Telegram user 777)\n")
    assert text.endswith("\n\nYour parcel is held. Pay the fee at https://parcel-fee.example.com/pay")
    assert ("url", "https://parcel-fee.example.com/pay") in {(i.kind, i.value) for i in view.indicators}
    assert view.answers["category"] == "scam"


async def test_a_forwarded_message_in_a_claimed_case_reaches_the_volunteer_and_the_case(desk) -> None:
    reference = await claimed(desk)
    victim = desk.victim("victim")
    await desk.handle(forwarded(victim.victim.message(f"send 0.1 BTC to {WALLET}"), Forward("a hidden sender")))
    relayed = [reply for chat, reply in desk.channel.sent if chat.chat_id == "v-1"][-1]
    assert [f.filename for f in relayed.files] == ["forwarded-message.txt"]
    view = await desk.store.case_view(reference)
    assert ("btc_address", WALLET) in {(i.kind, i.value) for i in view.indicators}


async def test_forgetting_deletes_pasted_words_like_any_file(desk) -> None:
    victim = desk.victim("victim")
    await to_evidence(victim)
    await victim.send(HEADERS)
    await victim.send("/forget")
    await victim.press("yes")
    assert desk.pipeline.files.read(hashlib.sha256(HEADERS.encode()).hexdigest()) is None

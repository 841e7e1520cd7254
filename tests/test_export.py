"""A case's indicators as JSON, CSV and a MISP event; the event checked against MISP's own data model."""

import copy
import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pymisp
import pytest
from pymisp import MISPEvent

from bot.domain import CaseStatus, Urgency
from bot.export import CSV_COLUMNS, MISP_TYPES, indicators_from_json, to_csv, to_json, to_misp
from bot.indicators import KINDS, Indicator, defang, extract_all

DATA = Path(__file__).parent / "data" / "indicators"
MISP_DATA = Path(pymisp.__file__).parent / "data"
CORE_SCHEMA = json.loads((MISP_DATA / "schema.json").read_text(encoding="utf-8"))  # the MISP core format
DESCRIBE_TYPES = json.loads((MISP_DATA / "describeTypes.json").read_text(encoding="utf-8"))["result"]

CASE = {"reference": "FD-2026-000123", "category": "invoice_fraud", "urgency": Urgency.HIGH,
        "status": CaseStatus.CLAIMED, "created_at": datetime(2026, 3, 12, 9, 14, 2),
        "updated_at": datetime(2026, 3, 13, 10, 0, tzinfo=UTC), "locale": "de", "platform": "telegram",
        "answers": {"what_happened": "the victim's own words"}, "contact_id": 7}
EVIDENCE = [{"filename": "Rechnung|2024.pdf", "content_type": "application/pdf", "size": 48213,
             "sha256": "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
             "received_at": datetime(2026, 3, 12, 9, 20, tzinfo=UTC), "case_id": 1},
            {"filename": "screenshot.png", "content_type": "image/png", "size": 1200,
             "sha256": "5" * 64}]


@pytest.fixture(scope="module")
def indicators() -> list[Indicator]:
    texts = [(DATA / name).read_text(encoding="utf-8") for name in
             ("fake_invoice.eml", "romance_chat.txt", "sextortion.txt", "sms_phishing.txt")]
    found = extract_all(texts, region="DE")
    assert {i.kind for i in found} == set(KINDS)
    return found


def assert_valid_misp_event(event: dict) -> MISPEvent:
    """What MISP checks on import: the core format's JSON schema (shipped with PyMISP), known attribute
    types, categories allowed for each type, then PyMISP loads it without changing a thing."""
    jsonschema.Draft4Validator(CORE_SCHEMA).validate(event)
    body = event["Event"]
    assert body["info"], "an event needs its info"
    for attribute in body["Attribute"]:
        assert attribute["type"] in DESCRIBE_TYPES["types"], attribute
        assert attribute["type"] in DESCRIBE_TYPES["category_type_mappings"][attribute["category"]], attribute
    loaded = MISPEvent()
    loaded.load(json.dumps(event))
    assert loaded.info == body["info"]
    assert [(a.type, a.category, a.value, a.to_ids, a.comment) for a in loaded.attributes] == [
        (a["type"], a["category"], a["value"], a["to_ids"], a["comment"]) for a in body["Attribute"]]
    again = json.loads(loaded.to_json())
    assert again["uuid"] == body["uuid"]
    return loaded


# --- JSON -----------------------------------------------------------------------------------------------

def test_json_round_trip(indicators):
    seen = {(indicators[0].kind, indicators[0].value): datetime(2026, 3, 12, 9, 14, 2)}
    document = json.loads(to_json(CASE, indicators, EVIDENCE, first_seen=seen))
    assert document["format"] == "frontdoor-indicators"
    assert document["case"] == {"reference": "FD-2026-000123", "category": "invoice_fraud", "urgency": "high",
                                "status": "claimed", "created_at": "2026-03-12T09:14:02Z",
                                "updated_at": "2026-03-13T10:00:00Z", "locale": "de", "platform": "telegram"}
    rows = document["indicators"]
    assert [Indicator(r["kind"], r["value"], r["valid"]) for r in rows] == indicators
    assert [r["defanged"] for r in rows] == [defang(i) for i in indicators]
    assert rows[0]["first_seen"] == "2026-03-12T09:14:02Z"
    assert "first_seen" not in rows[1]
    assert document["evidence"][0] == {"filename": "Rechnung|2024.pdf", "content_type": "application/pdf",
                                       "size": 48213, "sha256": EVIDENCE[0]["sha256"],
                                       "received_at": "2026-03-12T09:20:00Z"}
    assert indicators_from_json(to_json(CASE, indicators, EVIDENCE)) == indicators


def test_json_never_carries_the_victims_words(indicators):
    text = to_json(CASE, indicators, EVIDENCE)
    assert "the victim's own words" not in text
    assert "contact_id" not in text and "case_id" not in text


def test_json_of_something_else_is_refused():
    with pytest.raises(ValueError):
        indicators_from_json('{"format": "other", "indicators": []}')


# --- CSV ------------------------------------------------------------------------------------------------

def test_csv_round_trip(indicators):
    seen = {("iban", "DE89370400440532013000"): "2026-03-12T09:14:02Z"}
    rows = list(csv.DictReader(io.StringIO(to_csv(CASE, indicators, EVIDENCE, first_seen=seen), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [Indicator(r["kind"], r["value"], r["valid"] == "true") for r in rows] == indicators
    assert {r["case"] for r in rows} == {"FD-2026-000123"}
    assert [r["defanged"] for r in rows] == [defang(i) for i in indicators]
    assert [r["first_seen"] for r in rows if r["first_seen"]] == ["2026-03-12T09:14:02Z"]
    assert [r["kind"] for r in rows if r["first_seen"]] == ["iban"]


def test_csv_cells_a_spreadsheet_would_run_are_quoted():
    rows = list(csv.reader(io.StringIO(to_csv({"reference": "=HYPERLINK(1)"}, [
        Indicator("email", "-cmd@evil.example", True), Indicator("phone", "+442079460958", True)]))))
    assert rows[1][0] == "'=HYPERLINK(1)"
    assert rows[1][2] == "'-cmd@evil.example"
    assert rows[2][2] == "+442079460958"


def test_csv_without_indicators_has_its_header():
    assert to_csv(CASE, [], []) == ",".join(CSV_COLUMNS) + "\r\n"


# --- MISP -----------------------------------------------------------------------------------------------

def test_misp_event_is_valid_and_complete(indicators):
    event = to_misp(CASE, indicators, EVIDENCE)
    loaded = assert_valid_misp_event(event)
    body = event["Event"]
    assert body["info"] == "frontdoor case FD-2026-000123"
    assert body["date"] == "2026-03-12"
    assert body["threat_level_id"] == "1"  # high
    assert body["analysis"] == "1"  # claimed: ongoing
    assert body["distribution"] == "0"
    assert loaded.published is False
    assert {t["name"] for t in body["Tag"]} == {"tlp:amber", 'frontdoor:category="invoice_fraud"'}
    attributes = body["Attribute"]
    assert len(attributes) == len(indicators) + len(EVIDENCE)
    for indicator, attribute in zip(indicators, attributes, strict=False):
        assert (attribute["type"], attribute["category"]) == MISP_TYPES[indicator.kind][:2]
        assert attribute["value"] == indicator.value
    files = attributes[len(indicators):]
    assert [a["type"] for a in files] == ["filename|sha256", "filename|sha256"]
    assert files[0]["value"] == "Rechnung_2024.pdf|" + EVIDENCE[0]["sha256"].lower()
    assert not any(a["to_ids"] for a in files)


def test_misp_to_ids_only_on_valid_network_indicators(indicators):
    attributes = to_misp(CASE, indicators, [])["Event"]["Attribute"]
    flagged = {(i.kind, i.value) for i, a in zip(indicators, attributes, strict=True) if a["to_ids"]}
    assert flagged == {(i.kind, i.value) for i in indicators
                       if i.valid and i.kind in ("url", "domain", "email", "ipv4", "ipv6")}
    private = next(a for a in attributes if a["value"] == "192.168.1.10")
    assert private["to_ids"] is False and "not a public address" in private["comment"]
    eth = next(a for a in attributes if a["value"].startswith("0x5aAeb"))
    assert eth["type"] == "text" and "Ethereum" in eth["comment"]


def test_misp_every_kind_maps_to_an_official_type_and_category():
    for misp_type, category, _ in MISP_TYPES.values():
        assert misp_type in DESCRIBE_TYPES["types"]
        assert misp_type in DESCRIBE_TYPES["category_type_mappings"][category]


def test_misp_exporting_again_updates_the_same_event(indicators):
    first, second = to_misp(CASE, indicators, EVIDENCE), to_misp(dict(CASE), list(indicators), EVIDENCE)
    assert first == second
    other = to_misp({**CASE, "reference": "FD-2026-000124"}, indicators, EVIDENCE)
    assert other["Event"]["uuid"] != first["Event"]["uuid"]


@pytest.mark.parametrize(("urgency", "status", "threat", "analysis"), [
    (Urgency.LOW, "new", "3", "0"), (1, "escalated", "2", "0"), ("critical", "resolved", "1", "2"),
    (None, None, "4", "0"),
])
def test_misp_threat_level_and_analysis(urgency, status, threat, analysis):
    body = to_misp({"reference": "FD-2026-000001", "urgency": urgency, "status": status}, [], [])["Event"]
    assert (body["threat_level_id"], body["analysis"]) == (threat, analysis)
    assert "date" not in body
    assert_valid_misp_event({"Event": body})


@pytest.mark.parametrize("breakage", [
    lambda e: e["Event"].pop("info"),
    lambda e: e["Event"]["Attribute"][0].update(category="Network activity", type="btc"),
    lambda e: e["Event"]["Attribute"][0].update(type="eth"),
    lambda e: e["Event"]["Attribute"][0].update(to_ids="yes"),
    lambda e: e["Event"].update(threat_level_id=1),
    lambda e: e["Event"].update(Object=[{"name": "coin-address"}]),
    lambda e: e.update(Event=[]),
])
def test_an_invalid_event_fails_the_check(indicators, breakage):
    event = copy.deepcopy(to_misp(CASE, indicators, EVIDENCE))
    breakage(event)
    with pytest.raises((AssertionError, jsonschema.ValidationError, pymisp.PyMISPError, KeyError, TypeError)):
        assert_valid_misp_event(event)

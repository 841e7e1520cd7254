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
import stix2
import stix2.exceptions
from pymisp import MISPEvent

from bot.domain import CaseStatus, Urgency
from bot.export import CSV_COLUMNS, MISP_TYPES, STIX_PATTERNS, indicators_from_json, to_csv, to_json, to_misp, to_stix
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


# --- STIX 2.1 --------------------------------------------------------------------------------------------------

def assert_valid_stix_bundle(bundle: dict) -> dict[str, dict]:
    """What the OASIS stix2 library checks when it reads a bundle: every object's required properties, types
    and vocabularies, timestamps, references, TLP markings as defined, and each indicator's pattern against the
    STIX patterning grammar. Nothing it reads back may differ from what was written. The objects by id."""
    parsed = stix2.parse(json.dumps(bundle), allow_custom=False)
    again = json.loads(parsed.serialize())
    assert again["id"] == bundle["id"] and len(again["objects"]) == len(bundle["objects"])
    for written, read in zip(bundle["objects"], again["objects"], strict=True):
        assert {key: _moment(read[key]) for key in written} == {key: _moment(v) for key, v in written.items()}
    return {item["id"]: item for item in bundle["objects"]}


def _moment(value):
    """A STIX timestamp as the instant it names (stix2 writes "…:02Z" for "…:02.000Z"); anything else as it is."""
    if isinstance(value, str) and len(value) >= 20 and value[10:11] == "T" and value.endswith("Z"):
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


def test_stix_bundle_is_valid_and_complete(indicators):
    seen = {(i.kind, i.value): datetime(2026, 3, 12, 9, 30, tzinfo=UTC) for i in indicators}
    bundle = to_stix(CASE, indicators, EVIDENCE, first_seen=seen)
    objects = assert_valid_stix_bundle(bundle)
    kinds = [item["type"] for item in bundle["objects"]]
    assert kinds == ["identity", "marking-definition", "incident", *["indicator"] * len(indicators), "file",
                     "file", "report"]
    incident = bundle["objects"][2]
    assert incident["name"] == "frontdoor case FD-2026-000123" and "invoice_fraud" in incident["description"]
    assert incident["external_references"] == [{"source_name": "frontdoor", "external_id": "FD-2026-000123"}]
    report = bundle["objects"][-1]
    assert set(report["object_refs"]) == set(objects) - {report["id"], bundle["objects"][0]["id"],
                                                         bundle["objects"][1]["id"]}
    assert all(item.get("object_marking_refs") == [stix2.TLP_AMBER.id] for item in bundle["objects"]
               if item["type"] not in ("marking-definition", "identity", "file"))
    patterns = {item["pattern"] for item in bundle["objects"] if item["type"] == "indicator"}
    iban = next(i for i in indicators if i.kind == "iban")
    assert f"[bank-account:iban = '{iban.value}']" in patterns
    url = next(i for i in indicators if i.kind == "url")
    indicator = next(item for item in bundle["objects"] if item.get("pattern") == f"[url:value = '{url.value}']")
    assert indicator["valid_from"] == "2026-03-12T09:30:00.000Z" and indicator["name"] == f"URL: {defang(url)}"
    private = next(item for item in bundle["objects"] if item.get("pattern") == "[ipv4-addr:value = '192.168.1.10']")
    assert private["indicator_types"] == ["unknown"] and "not a public address" in private["description"]
    pdf = next(item for item in bundle["objects"] if item["type"] == "file")
    assert pdf["hashes"] == {"SHA-256": EVIDENCE[0]["sha256"].lower()} and pdf["size"] == 48213
    # a file's id follows from its hash and name as STIX 2.1 says, so it is the same object wherever it appears
    assert pdf["id"] == stix2.File(hashes=pdf["hashes"], name=pdf["name"]).id


def test_stix_every_kind_has_a_pattern_and_none_leaks_the_victims_words(indicators):
    assert set(STIX_PATTERNS) == set(KINDS)
    text = json.dumps(to_stix(CASE, indicators, EVIDENCE))
    assert "the victim's own words" not in text and '"contact_id"' not in text


def test_stix_a_quote_in_a_value_cannot_break_out_of_its_pattern():
    tricky = Indicator("url", "https://evil.example.com/it's'] OR [file:name = 'x", True)
    bundle = to_stix(CASE, [tricky], [])
    assert_valid_stix_bundle(bundle)
    assert bundle["objects"][3]["pattern"] == r"[url:value = 'https://evil.example.com/it\'s\'] OR [file:name = \'x']"


def test_stix_exporting_again_keeps_every_id(indicators):
    first, second = to_stix(CASE, indicators, EVIDENCE), to_stix(dict(CASE), list(indicators), EVIDENCE)
    assert first == second
    other = to_stix({**CASE, "reference": "FD-2026-000124"}, indicators, EVIDENCE)
    assert {o["id"] for o in other["objects"]} & {o["id"] for o in first["objects"]} == {
        first["objects"][0]["id"], stix2.TLP_AMBER.id, *(o["id"] for o in first["objects"] if o["type"] == "file")}


@pytest.mark.parametrize("breakage", [
    lambda b: b["objects"][2].pop("name"),
    lambda b: b["objects"][3].update(pattern="[url:value = 'unclosed]"),
    lambda b: b["objects"][3].update(created_by_ref=b["objects"][-1]["id"]),  # a report is nobody
    lambda b: b["objects"][3].update(valid_from="yesterday"),
    lambda b: b["objects"][-1].update(object_refs=[]),
    lambda b: b["objects"][1].update(definition={"tlp": "green"}),
])
def test_an_invalid_bundle_fails_the_check(indicators, breakage):
    bundle = copy.deepcopy(to_stix(CASE, indicators, EVIDENCE))
    breakage(bundle)
    with pytest.raises((AssertionError, stix2.exceptions.STIXError, ValueError)):
        assert_valid_stix_bundle(bundle)

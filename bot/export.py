"""A case's indicators and evidence hashes as files for volunteers and CERTs: JSON, CSV, a MISP event and a STIX 2.1
bundle."""

# Pure: values in, text or dicts out; no I/O, no storage. The caller chooses what to hand over: only the
# case fields below leave (never the victim's answers or words), and the victim's own addresses or phone
# number should be left out of `indicators` before sharing. docs/indicators.md has the mappings.

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from bot.indicators import NETWORK_KINDS, Indicator, defang

FORMAT = "frontdoor-indicators"
VERSION = 1
CASE_FIELDS = ("reference", "category", "urgency", "status", "created_at", "updated_at", "locale", "platform")
EVIDENCE_FIELDS = ("filename", "content_type", "size", "sha256", "received_at")
CSV_COLUMNS = ("case", "kind", "value", "defanged", "valid", "first_seen")

FirstSeen = Mapping[tuple[str, str], datetime | str]  # (kind, value) -> when it was first seen

# kind -> (MISP attribute type, category, comment). MISP has no type for Ethereum addresses or for
# transaction hashes: "text" in Financial fraud, said in the comment (the coin-address object would name
# the chain, but the MISP core format schema carries attributes only).
MISP_TYPES: dict[str, tuple[str, str, str]] = {
    "url": ("url", "Network activity", ""),
    "domain": ("domain", "Network activity", ""),
    "email": ("email-src", "Payload delivery", ""),
    "ipv4": ("ip-dst", "Network activity", ""),
    "ipv6": ("ip-dst", "Network activity", ""),
    "phone": ("phone-number", "Financial fraud", ""),
    "btc_address": ("btc", "Financial fraud", ""),
    "eth_address": ("text", "Financial fraud", "Ethereum (or ERC-20 token) address"),
    "iban": ("iban", "Financial fraud", ""),
    "tx_hash": ("text", "Financial fraud", "cryptocurrency transaction hash"),
}
_NOT_VALID = {
    "url": "host not under a public suffix nor a public IP",
    "email": "domain not under a public suffix",
    "ipv4": "not a public address",
    "ipv6": "not a public address",
    "phone": "no such number range",
    "btc_address": "checksum fails",
    "eth_address": "EIP-55 checksum fails",
    "iban": "check digits fail",
}
# Urgency (low 0 … critical 3, or its name) -> MISP threat level: 1 high, 2 medium, 3 low, 4 undefined.
_THREAT_LEVEL = {0: "3", 1: "2", 2: "1", 3: "1"}
_URGENCY_NAMES = {"low": 0, "medium": 1, "high": 2, "critical": 3}
# Case status -> MISP analysis: 0 initial, 1 ongoing, 2 completed.
_ANALYSIS = {"new": "0", "escalated": "0", "claimed": "1", "resolved": "2", "closed": "2"}
_NAMESPACE = uuid.UUID("9b6f4a52-5d0e-4a43-9a57-2f1d3c1f0e7a")  # frontdoor's: the same case, the same UUIDs

# kind -> (STIX 2.1 pattern's object and property, what the value is). STIX 2.1 has no object for phone numbers,
# wallets, accounts or transactions: those patterns use custom object types, named as OpenCTI names these
# observables (phone-number, cryptocurrency-wallet, bank-account) and as the open STIX extensions name a
# transaction; the indicator's description says what the value is for a reader who knows neither.
STIX_PATTERNS: dict[str, tuple[str, str]] = {
    "url": ("url:value", "URL"),
    "domain": ("domain-name:value", "domain name"),
    "email": ("email-addr:value", "e-mail address"),
    "ipv4": ("ipv4-addr:value", "IPv4 address"),
    "ipv6": ("ipv6-addr:value", "IPv6 address"),
    "phone": ("phone-number:value", "phone number"),
    "btc_address": ("cryptocurrency-wallet:value", "Bitcoin address"),
    "eth_address": ("cryptocurrency-wallet:value", "Ethereum (or ERC-20 token) address"),
    "iban": ("bank-account:iban", "IBAN"),
    "tx_hash": ("cryptocurrency-transaction:hash", "cryptocurrency transaction hash"),
}
# STIX 2.1's namespace for the ids of cyber-observable objects (an evidence file's id follows from its hash).
_STIX_SCO_NAMESPACE = uuid.UUID("00abedb4-aa42-466c-9c01-fed23315a9b7")
# TLP:AMBER as STIX 2.1 defines it (the marking every object of the bundle carries).
_TLP_AMBER = {"type": "marking-definition", "spec_version": "2.1",
              "id": "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", "created": "2017-01-20T00:00:00.000Z",
              "definition_type": "tlp", "name": "TLP:AMBER", "definition": {"tlp": "amber"}}
_IDENTITY_CREATED = datetime(2026, 1, 1, tzinfo=UTC)  # one frontdoor identity, the same in every bundle


def to_json(case: Mapping[str, Any], indicators: Sequence[Indicator], evidence: Sequence[Mapping[str, Any]],
            *, first_seen: FirstSeen | None = None) -> str:
    """One document: the case (its reference and state), every indicator with its defanged form, the
    evidence files by name and SHA-256."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "case": _case(case),
        "indicators": [_indicator_row(i, first_seen) for i in indicators],
        "evidence": [{key: _plain(item[key]) for key in EVIDENCE_FIELDS if item.get(key) is not None}
                     for item in evidence],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def indicators_from_json(text: str) -> list[Indicator]:
    """The indicators of a `to_json` document (to merge a colleague's export, or check one)."""
    document = json.loads(text)
    if document.get("format") != FORMAT:
        raise ValueError("not a frontdoor indicators document")
    return [Indicator(row["kind"], row["value"], bool(row["valid"])) for row in document["indicators"]]


def to_csv(case: Mapping[str, Any], indicators: Sequence[Indicator],
           evidence: Sequence[Mapping[str, Any]] = (), *, first_seen: FirstSeen | None = None) -> str:
    """One row per indicator: case, kind, value, defanged, valid (true/false), first_seen (ISO 8601 or
    empty). Evidence files are not indicators and are not listed. A cell a spreadsheet would run as a
    formula (=…, @…, -x…) is written with a leading apostrophe; phone numbers (+44…) stay as they are."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    reference = str(case.get("reference") or "")
    for indicator in indicators:
        row = _indicator_row(indicator, first_seen)
        writer.writerow([_cell(v) for v in (reference, row["kind"], row["value"], row["defanged"],
                                             "true" if row["valid"] else "false", row.get("first_seen", ""))])
    return out.getvalue()


def to_misp(case: Mapping[str, Any], indicators: Sequence[Indicator], evidence: Sequence[Mapping[str, Any]],
            *, first_seen: FirstSeen | None = None) -> dict[str, Any]:
    """A MISP event in the MISP core format ({"Event": {...}}), for `misp import` or the API's add_event.

    Distribution 0 (this organisation only) and TLP:AMBER: a victim's case is shared on purpose, never by
    default. The UUIDs follow from the case reference and the values, so exporting again updates the
    same event. to_ids is set only on valid network indicators; evidence files are filename|sha256
    attributes without it (a screenshot is not malware)."""
    reference = str(case["reference"])
    event_uuid = uuid.uuid5(_NAMESPACE, f"case:{reference}")
    event: dict[str, Any] = {
        "uuid": str(event_uuid),
        "info": f"frontdoor case {reference}",
        "threat_level_id": _threat_level(case.get("urgency")),
        "analysis": _ANALYSIS.get(str(case.get("status") or "new"), "0"),
        "distribution": "0",
        "published": False,
        "Tag": [{"name": "tlp:amber"}],
        "Attribute": [],
    }
    created = _when(case.get("created_at"))
    if created is not None:
        event["date"] = created.date().isoformat()
    updated = _when(case.get("updated_at")) or created
    if updated is not None:
        event["timestamp"] = str(int(updated.timestamp()))
    if case.get("category"):
        event["Tag"].append({"name": f'frontdoor:category="{case["category"]}"'})
    for indicator in indicators:
        misp_type, misp_category, note = MISP_TYPES[indicator.kind]
        comments = [note] if note else []
        if not indicator.valid:
            comments.append(_NOT_VALID.get(indicator.kind, "not valid"))
        seen = _first_seen(indicator, first_seen)
        if seen:
            comments.append(f"first seen {seen}")
        event["Attribute"].append(_attribute(
            event_uuid, misp_type, misp_category, indicator.value,
            to_ids=indicator.valid and indicator.kind in NETWORK_KINDS, comment="; ".join(comments)))
    for item in evidence:
        name = str(item.get("filename") or "evidence").replace("|", "_")
        details = ", ".join(str(item[k]) for k in ("content_type",) if item.get(k))
        if item.get("size") is not None:
            details = f"{details}, {item['size']} bytes" if details else f"{item['size']} bytes"
        comment = f"evidence file sent by the victim ({details})" if details else "evidence file sent by the victim"
        event["Attribute"].append(_attribute(event_uuid, "filename|sha256", "Payload delivery",
                                             f"{name}|{str(item['sha256']).lower()}", to_ids=False,
                                             comment=comment))
    return {"Event": event}


def to_stix(case: Mapping[str, Any], indicators: Sequence[Indicator], evidence: Sequence[Mapping[str, Any]],
            *, first_seen: FirstSeen | None = None) -> dict[str, Any]:
    """A STIX 2.1 bundle: frontdoor's identity, the case as an incident, one indicator per value (with a STIX
    pattern, valid from when it was first seen), the evidence files as file objects by SHA-256, and a report
    that ties them together. Every object is TLP:AMBER and, like the MISP event, keeps its id on a second export
    (ids derived from the reference and the values); `modified` moves with the case."""
    reference = str(case["reference"])
    case_uuid = uuid.uuid5(_NAMESPACE, f"case:{reference}")
    seen_at = [moment for i in indicators if (moment := _when(_first_seen(i, first_seen) or None))]
    created = _when(case.get("created_at")) or min(seen_at, default=None) or datetime.now(UTC)
    updated = max(_when(case.get("updated_at")) or created, created)
    identity = {"type": "identity", "spec_version": "2.1", "id": f"identity--{uuid.uuid5(_NAMESPACE, 'frontdoor')}",
                "created": _stix_time(_IDENTITY_CREATED), "modified": _stix_time(_IDENTITY_CREATED),
                "name": "frontdoor", "identity_class": "organization",
                "description": "The intake of a help desk for victims of cybercrime."}
    common = {"spec_version": "2.1", "created_by_ref": identity["id"], "object_marking_refs": [_TLP_AMBER["id"]]}
    urgency = _case(case).get("urgency")
    facts = "; ".join(f"{name} {value}" for name, value in (("category", case.get("category")),
                                                              ("urgency", urgency), ("status", case.get("status")))
                      if value is not None and value != "")
    incident = {"type": "incident", "id": f"incident--{uuid.uuid5(case_uuid, 'incident')}", **common,
                "created": _stix_time(created), "modified": _stix_time(updated), "name": f"frontdoor case {reference}",
                "description": f"A case reported by a victim to the help desk ({facts or 'no details'}).",
                "external_references": [{"source_name": "frontdoor", "external_id": reference}]}
    if case.get("category"):
        incident["labels"] = [str(case["category"])]
    found = []
    for indicator in indicators:
        path, what = STIX_PATTERNS[indicator.kind]
        seen = _when(_first_seen(indicator, first_seen) or None) or created
        notes = [] if indicator.valid else [_NOT_VALID.get(indicator.kind, "not valid")]
        found.append({
            "type": "indicator", "id": f"indicator--{uuid.uuid5(case_uuid, f'{indicator.kind}|{indicator.value}')}",
            **common, "created": _stix_time(seen), "modified": _stix_time(seen), "name": f"{what}: {defang(indicator)}",
            "description": "; ".join([f"{what} the victim reported in case {reference}", *notes]),
            "indicator_types": ["malicious-activity" if indicator.valid else "unknown"],
            "pattern": f"[{path} = '{_stix_string(indicator.value)}']", "pattern_type": "stix",
            "pattern_version": "2.1", "valid_from": _stix_time(seen), "labels": [indicator.kind]})
    files = [_stix_file(item) for item in evidence if item.get("sha256")]
    latest = max([updated, *(_when(i["modified"]) or created for i in found)])
    report = {"type": "report", "id": f"report--{uuid.uuid5(case_uuid, 'report')}", **common,
              "created": _stix_time(created), "modified": _stix_time(latest), "name": f"frontdoor case {reference}",
              "description": f"What the victim of case {reference} reported: its indicators and the SHA-256 of "
                             "the evidence they sent.",
              "report_types": ["threat-report"], "published": _stix_time(latest),
              "object_refs": [incident["id"], *(i["id"] for i in found), *(f["id"] for f in files)]}
    objects = [identity, _TLP_AMBER, incident, *found, *files, report]
    return {"type": "bundle", "id": f"bundle--{uuid.uuid5(case_uuid, 'bundle')}", "objects": objects}


# --- helpers --------------------------------------------------------------------------------------------

def _stix_file(item: Mapping[str, Any]) -> dict[str, Any]:
    """An evidence file as a STIX file object; its id follows from its hash and name, as STIX 2.1 asks."""
    named = {"hashes": {"SHA-256": str(item["sha256"]).lower()}, "name": str(item.get("filename") or "evidence")}
    canonical = json.dumps(named, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    file = {"type": "file", "spec_version": "2.1", "id": f"file--{uuid.uuid5(_STIX_SCO_NAMESPACE, canonical)}",
            **named}
    if item.get("size") is not None:
        file["size"] = int(item["size"])
    if item.get("content_type"):
        file["mime_type"] = str(item["content_type"]).partition(";")[0].strip()
    return file


def _stix_time(moment: datetime) -> str:
    """A STIX timestamp: UTC, to the millisecond, with a Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _stix_string(value: str) -> str:
    """A value inside a STIX pattern's quotes: backslashes and quotes escaped."""
    return value.replace("\\", "\\\\").replace("'", "\\'")


def _case(case: Mapping[str, Any]) -> dict[str, Any]:
    fields = {key: _plain(case[key]) for key in CASE_FIELDS if case.get(key) is not None}
    urgency = fields.get("urgency")
    if isinstance(urgency, int) and not isinstance(urgency, bool):
        names = {level: name for name, level in _URGENCY_NAMES.items()}
        fields["urgency"] = names.get(int(urgency), urgency)  # low | medium | high | critical
    return fields


def _indicator_row(indicator: Indicator, first_seen: FirstSeen | None) -> dict[str, Any]:
    row: dict[str, Any] = {"kind": indicator.kind, "value": indicator.value, "defanged": defang(indicator),
                           "valid": indicator.valid}
    seen = _first_seen(indicator, first_seen)
    if seen:
        row["first_seen"] = seen
    return row


def _first_seen(indicator: Indicator, first_seen: FirstSeen | None) -> str:
    if not first_seen:
        return ""
    value = first_seen.get((indicator.kind, indicator.value))
    return _plain(value) if value is not None else ""


def _attribute(event_uuid: uuid.UUID, misp_type: str, category: str, value: str, *, to_ids: bool,
               comment: str) -> dict[str, Any]:
    return {
        "uuid": str(uuid.uuid5(event_uuid, f"{misp_type}|{value}")),
        "type": misp_type,
        "category": category,
        "value": value,
        "to_ids": to_ids,
        "distribution": "5",  # as the event
        "comment": comment,
    }


def _threat_level(urgency: Any) -> str:
    if isinstance(urgency, str):
        urgency = _URGENCY_NAMES.get(urgency.lower(), urgency)
    try:
        return _THREAT_LEVEL.get(int(urgency), "4")
    except (TypeError, ValueError):
        return "4"


def _when(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    else:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # the store keeps UTC


def _plain(value: Any) -> Any:
    """JSON-ready: datetimes as ISO 8601 in UTC, enums by value."""
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, str | int | float | bool):
        return value.value
    if isinstance(value, int | float | bool | str):
        return value
    return str(value)


def _cell(value: Any) -> str:
    text = str(value)
    if text[:1] in ("=", "@", "\t", "\r") or (text[:1] in ("+", "-") and not text[1:].isdigit()):
        return "'" + text
    return text

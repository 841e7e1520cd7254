"""What volunteers read about a case: the card (edited on every change), pages, and the queue line."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from babel.units import format_unit

from bot.domain import CaseStatus, Choice, MessageRef, Reply, Urgency
from bot.i18n import Translator
from bot.ports import CASE_ACTION_PREFIX, CaseView

CLAIM, RELEASE, RESOLVE, KEEP = "claim", "release", "resolve", "keep"  # keep: "still on it" after a reminder
ACTION_PREFIX = CASE_ACTION_PREFIX  # a button's data: "case:claim:FD-2026-000123" (a hint: who pressed decides)
CONTACT_SLOTS = {"email": "email", "phone": "phone"}  # shown only when the person chose to be reached so
URL = re.compile(r"\b(?:https?|ftp)://\S+|\bwww\.\S+", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<!\w)\+?\d[\d ()./-]{6,}\d(?!\w)")
MARKS = {Urgency.CRITICAL: "🔴", Urgency.HIGH: "🟠", Urgency.MEDIUM: "🟡", Urgency.LOW: "⚪"}


def action_id(action: str, reference: str) -> str:
    return f"{ACTION_PREFIX}{action}:{reference}"


def parse_action(choice: str | None) -> tuple[str, str] | None:
    if not choice or not choice.startswith(ACTION_PREFIX):
        return None
    action, _, reference = choice.removeprefix(ACTION_PREFIX).partition(":")
    return (action, reference) if action in (CLAIM, RELEASE, RESOLVE, KEEP) and reference else None


def defang(text: str) -> str:
    """Links a volunteer cannot open by a slip of the finger: hxxps://example[.]com/…"""
    def one(match: re.Match[str]) -> str:
        link = match.group(0)
        link = re.sub(r"^http", "hxxp", link, flags=re.IGNORECASE).replace("ftp://", "fxp://")
        return link.replace(".", "[.]")
    return URL.sub(one, text)


def redact(text: str, *, email: bool, phone: bool) -> str:
    """No e-mail address or phone number in a card unless the person chose to be reached that way."""
    if not email:
        text = EMAIL.sub("[e-mail]", text)
    if not phone:
        text = PHONE.sub("[phone]", text)
    return text


NOT_SHOWN = {"consent"}  # asked of everyone with a case: nothing a volunteer needs to read
# where an answer's question and choice labels are found, in this order: the intake, then each kind of attack's
FLOWS = ("intake", "extortion", "scam", "account", "phishing", "malware", "harassment", "website", "device",
         "data_leak", "other")


def answer_lines(view: CaseView, i18n: Translator | None = None, locale: str = "en",
                 files: list[str] | None = None) -> list[str]:
    """The answers as a volunteer reads them: each question's short label and each choice's label in the
    desk's language where the locale has them, the person's own words as they wrote them. `files` (the
    evidence list) take the place of the upload question's count, or come last if it was not asked."""
    answers = view.answers or {}
    preference = answers.get("contact_pref")
    lines = []
    for slot, value in answers.items():
        if files and slot == FILES_SLOT:
            lines += files
            files = None
            continue
        if slot.startswith("_") or slot in NOT_SHOWN or value in (None, "", [], {}):
            continue
        if slot in CONTACT_SLOTS and preference != CONTACT_SLOTS[slot]:
            continue
        shown = value if isinstance(value, str) else _plain(value)
        label = _label(slot, i18n, locale)
        if i18n is not None and isinstance(value, str):
            shown = next((i18n.render(locale, f"{flow}-{slot}-{value}") for flow in FLOWS
                          if i18n.has(locale, f"{flow}-{slot}-{value}")), shown)
        shown = redact(defang(shown), email=preference == "email", phone=preference == "phone")
        lines.append(f"• {label}: {shown}")
    return lines + (files or [])


def _label(slot: str, i18n: Translator | None, locale: str) -> str:
    if i18n is None:
        return slot
    return next((i18n.render(locale, f"{flow}-{slot}-label") for flow in FLOWS
                 if i18n.has(locale, f"{flow}-{slot}-label")), slot)


FILES_SLOT = "evidence"  # the intake's upload question: on a card, its count gives way to the files themselves
SHOWN_FILES = 5  # with a name cut to NAME_CHARS, the list stays under 700 characters however many were sent
NAME_CHARS = 32
TYPE_CHARS = 24
SHORT_HASH = 12  # enough to tell files apart and find one in `python -m bot cases show`, which has it whole


def evidence_lines(view: CaseView, evidence: Sequence[Mapping[str, Any]], i18n: Translator,
                   locale: str) -> list[str]:
    """The files the person sent, as kept (`CaseRepository.case_evidence`): how many, then the first few,
    each with its name, type, size, when it came and the start of its SHA-256; the rest are counted."""
    if not evidence:
        return []
    preference = (view.answers or {}).get("contact_pref")
    count = lambda n: i18n.render(locale, MessageRef("value-files", {"count": n}))  # noqa: E731
    lines = [f"• {_label(FILES_SLOT, i18n, locale)}: {count(len(evidence))}"]
    for item in evidence[:SHOWN_FILES]:
        # a file name is the person's words: unclickable, and no address or number they did not offer
        name = redact(defang(_short(" ".join(str(item.get("filename") or "—").split()), NAME_CHARS, tail=8)),
                      email=preference == "email", phone=preference == "phone")
        parts = [name, _short(str(item.get("content_type") or "—"), TYPE_CHARS), _size(item.get("size"), locale)]
        received = item.get("received_at")
        if isinstance(received, datetime):
            parts.append(f"{received.astimezone(UTC) if received.tzinfo else received:%Y-%m-%d %H:%M} UTC")
        parts.append(f"sha256:{str(item.get('sha256') or '')[:SHORT_HASH]}")
        lines.append("   ◦ " + " · ".join(parts))
    if len(evidence) > SHOWN_FILES:
        lines.append(f"   … (+{count(len(evidence) - SHOWN_FILES)})")
    return lines


def _short(text: str, limit: int, tail: int = 0) -> str:
    """At most `limit` characters; a cut name keeps its last `tail` (the extension says what it is)."""
    if len(text) <= limit:
        return text
    head = limit - 1 - tail
    return text[:head] + "…" + (text[-tail:] if tail else "")


def _size(size: Any, locale: str) -> str:
    """1,000-based, as the units' short names in the desk's language say (12.3 kB, 12,3 ko, 12,3 кБ)."""
    if not isinstance(size, int):
        return "—"
    for unit, scale in (("digital-megabyte", 1_000_000), ("digital-kilobyte", 1_000)):
        if size >= scale:
            return format_unit(size / scale, unit, length="short", format="#,##0.#", locale=locale)
    return format_unit(size, "digital-byte", length="short", locale=locale)


SHOWN_INDICATORS = 8


def indicator_lines(view: CaseView, i18n: Translator, locale: str) -> list[str]:
    """What the person's words point at, unclickable: links, addresses, wallets, IBANs (the first few)."""
    if not view.indicators:
        return []
    from bot.indicators import Indicator, defang

    shown = [f"{defang(Indicator(i.kind, i.value, i.valid))}{'' if i.valid else ' (?)'}"
             for i in view.indicators[:SHOWN_INDICATORS]]
    more = len(view.indicators) - len(shown)
    return [i18n.render(locale, MessageRef("card-indicators", {"list": ", ".join(shown), "more": max(0, more)}))]


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values() if v not in (None, ""))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def waited_minutes(view: CaseView, now: datetime) -> int:
    return max(0, int((now - view.created_at).total_seconds() // 60))


def card(view: CaseView, i18n: Translator, locale: str, now: datetime,
         evidence: Sequence[Mapping[str, Any]] | None = None) -> Reply:
    """The case card: reference, urgency and why, language, category, platform, waiting time, state,
    the answers (links defanged, contact details only if agreed), the files sent, and the buttons that fit
    the state. Without `evidence`, the files the view carries, if any; else only how many were sent."""
    if evidence is None:
        evidence = view.evidence
    urgency = Urgency(view.urgency)
    render = lambda key, **args: i18n.render(locale, MessageRef(key, args))  # noqa: E731
    reasons = ", ".join(render(f"triage-reason-{r}") if i18n.has(locale, f"triage-reason-{r}") else r
                        for r in view.reasons) or "—"
    status = CaseStatus(view.status)
    if status is CaseStatus.CLAIMED and view.claimed_by is not None:
        state = render("card-state-claimed", name=view.claimed_by.name)
    elif status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
        state = render("card-state-resolved", name=view.claimed_by.name if view.claimed_by else "—")
    else:
        state = render("card-state-waiting", minutes=waited_minutes(view, now))
    language = i18n.native_name(view.locale) if view.locale in i18n.locales else (view.locale or "—")
    lines = [
        f"{MARKS[urgency]} {view.reference} · {render(f'card-urgency-{urgency.label}')}",
        render("card-reasons", reasons=reasons),
        render("card-facts", language=language, category=view.category or "—", platform=view.victim_platform or "—"),
        state,
        *([render("card-victim-blocked")] if view.victim_blocked else []),
        *answer_lines(view, i18n, locale, evidence_lines(view, evidence, i18n, locale)),
        *indicator_lines(view, i18n, locale),
    ]
    buttons: list[Choice] = []
    if status in (CaseStatus.NEW, CaseStatus.ESCALATED):
        buttons = [Choice(action_id(CLAIM, view.reference), render("card-claim"))]
    elif status is CaseStatus.CLAIMED:
        buttons = [Choice(action_id(RELEASE, view.reference), render("card-release")),
                   Choice(action_id(RESOLVE, view.reference), render("card-resolve"))]
    return Reply("\n".join(lines), tuple(buttons))


def thread_title(view: CaseView, i18n: Translator, locale: str) -> str:
    urgency = Urgency(view.urgency)
    return f"{MARKS[urgency]} {view.reference} · {i18n.render(locale, f'card-urgency-{urgency.label}')}"

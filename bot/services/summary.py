"""The person's own case summary: built from their case, sent as a message and as a PDF (`/report`)."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

from bot.domain import FileRef, Formatted, MessageRef, Outgoing, Reply
from bot.ports import CaseView
from bot.services.cards import FLOWS
from bot.services.turn import Turn

STORY_SLOTS = ("story", "_early")  # the person's own account, as they wrote it


def _label(turn: Turn, slot: str) -> Any:
    i18n, locale = turn.tools.i18n, turn.locale
    for flow in FLOWS:
        if i18n.has(locale, f"{flow}-{slot}-label"):
            return MessageRef(f"{flow}-{slot}-label")
    return slot


def build(turn: Turn, view: CaseView, evidence: list[dict[str, Any]]) -> Any:
    """A `bot.report.CaseSummary` of the case: what happened in the person's words, the dates and
    amounts they gave, the indicators found and the files they sent (never a volunteer's notes)."""
    from bot.indicators import Indicator, defang
    from bot.report import CaseSummary

    answers, i18n = view.answers or {}, turn.tools.i18n
    dates, amounts = [], []
    for slot, value in answers.items():
        if isinstance(value, dict) and {"amount", "currency"} <= value.keys():
            amounts.append(Formatted("money", value))
        elif isinstance(value, str) and _is_date(value):
            dates.append((_label(turn, slot), Formatted("date", value)))
    category = view.category
    category_text = MessageRef(f"intake-category-{category}") \
        if category and i18n.has(turn.locale, f"intake-category-{category}") else category
    story = next((answers[s] for s in STORY_SLOTS if isinstance(answers.get(s), str) and answers[s]), "")
    return CaseSummary(
        reference=view.reference, status=view.status, created_at=view.created_at, category=category_text,
        what_happened=story, dates=dates, amounts=amounts,
        indicators=[(i.kind, defang(Indicator(i.kind, i.value, i.valid))) for i in view.indicators],
        evidence=[(e["filename"], int(e["size"]), e["sha256"], e["received_at"]) for e in evidence])


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


async def send_report(turn: Turn) -> None:
    """The summary of the person's newest case as a message, then as a PDF (their language, then English)."""
    from bot.report import pdf_caption, pdf_filename, render_pdf, summary_text

    store, i18n = turn.tools.store, turn.tools.i18n
    case = turn.cases[-1] if turn.cases else None
    view = await store.case_view(case.id) if case is not None else None
    if view is None or turn.chat is None:
        turn.say(MessageRef("status-none"))
        return
    summary = build(turn, view, await store.case_evidence(view.id))
    turn.outgoing.append(Outgoing(turn.chat, Reply(summary_text(summary, i18n, turn.locale))))
    files = turn.tools.files
    if files is None:
        return
    # a few hundred milliseconds of layout: off the event loop, so other people's turns go on meanwhile
    pdf = await asyncio.to_thread(render_pdf, summary, i18n, turn.locale)
    sha256 = files.put(pdf)
    attached = FileRef(sha256, pdf_filename(summary), "application/pdf", len(pdf))
    turn.outgoing.append(Outgoing(turn.chat, Reply(pdf_caption(summary, i18n, turn.locale), files=(attached,))))
    turn.audit_event("report_sent", view.id, turn.actor, {"bytes": len(pdf)})

"""The relay: what a victim and the volunteer who took their case say to each other through the bot,
logged on the case; feedback after a resolution; how long people wait for a volunteer right now."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import replace

from bot.domain import (
    CaseStatus,
    ChatRef,
    Choice,
    FileRef,
    MessageRef,
    OutboundMessage,
    Outgoing,
    PlaceRole,
    Reply,
)
from bot.ports import AuditRow, CaseChange, CaseMessage, CaseView, ChangeSet, StoredFile, VolunteerRecord, WorkKey
from bot.services import cards, escalation
from bot.services.outbox import Outbox
from bot.services.turn import Tools, Turn

VICTIM, VOLUNTEER, NOTE = "victim", "volunteer", "note"
EVENT = escalation.EVENT  # the scheduler writes such lines too (a release on silence)
RATE_PREFIX = "rate:"  # the rating buttons: rate:1 … rate:5
SKIP_COMMENT = "feedback:skip"
REOPEN_SAME, REOPEN_NEW = "reopen:same", "reopen:new"
HELD = "_held"  # a slot: what the person wrote before saying whether it is about their resolved case


def file_refs(files: Sequence[StoredFile]) -> tuple[FileRef, ...]:
    """The files that were stored (a refused file has no hash: only its name is told)."""
    return tuple(FileRef(f.sha256, f.filename, f.content_type, f.size) for f in files if f.sha256)


def _files_json(files: Sequence[StoredFile]) -> tuple[dict[str, object], ...]:
    return tuple(dict(f.__dict__) for f in files)


def volunteer_label(turn: Turn, volunteer: VolunteerRecord, locale: str) -> str:
    """How the person sees who answers: "Volunteer" and a first name, or only "Volunteer"."""
    i18n = turn.tools.i18n
    if turn.tools.anonymous:
        return i18n.render(locale, "relay-from-volunteer-anonymous")
    first = (volunteer.name.split() or ["?"])[0]
    return i18n.render(locale, MessageRef("relay-from-volunteer", {"name": first[:1].upper() + first[1:]}))


def from_victim(turn: Turn, view: CaseView, text: str, files: Sequence[StoredFile], event_id: int) -> None:
    """The person's words and files go to the case's place in every volunteer chat (one post for a burst:
    see PlaceRole.RELAY) and to the claimer's private chat with the bot, where a reply answers them."""
    tools, locale = turn.tools, turn.tools.volunteer_locale
    refs = file_refs(files)
    refused = [f.filename for f in files if not f.sha256]
    shown = text + "".join(f"\n[{tools.i18n.render(locale, 'relay-file-refused')}: {name}]" for name in refused)
    head = tools.i18n.render(locale, MessageRef("relay-victim-says", {"reference": view.reference}))
    for desk in tools.desks:
        turn.outgoing.append(Outgoing(desk, Reply(f"{head}\n{shown}".rstrip(), files=refs), case_id=view.id,
                                      role=PlaceRole.RELAY))
    if view.status == CaseStatus.CLAIMED.value and view.claimed_by is not None:
        hint = tools.i18n.render(locale, "relay-reply-hint")
        for chat in escalation.direct_chats(view.claimed_by, tools.desks):
            turn.outgoing.append(Outgoing(chat, Reply(f"{head}\n{shown}\n\n{hint}".strip(), files=refs),
                                          case_id=view.id))
    turn.case_messages.append(CaseMessage(view.id, VICTIM, text, tools.clock(), files=_files_json(files)))
    turn.find_indicators(view.id, [text])
    if files:
        turn.evidence_for(view.id, list(files), event_id)


def from_volunteer(turn: Turn, view: CaseView, volunteer: VolunteerRecord, text: str, files: Sequence[StoredFile],
                   *, origin: ChatRef) -> bool:
    """The claimer's (or a coordinator's) answer to the person, in the person's language, signed; the
    other volunteer chats see it in the case's thread. False if it cannot reach the person."""
    tools, now = turn.tools, turn.tools.clock()
    if view.victim_blocked or not (view.victim_chat and view.victim_platform):
        turn.say(MessageRef("relay-victim-unreachable", {"reference": view.reference}), to=origin)
        turn.case_messages.append(CaseMessage(view.id, NOTE, text, now, volunteer.id, _files_json(files)))
        return False
    locale = view.locale or tools.i18n.default
    refs = file_refs(files)
    signed = f"{volunteer_label(turn, volunteer, locale)}\n{text}".rstrip()
    turn.outgoing.append(Outgoing(ChatRef(view.victim_platform, view.victim_chat), Reply(signed, files=refs),
                                  case_id=view.id))
    desk_locale = tools.volunteer_locale
    mirror = tools.i18n.render(desk_locale, MessageRef("relay-volunteer-said", {
        "reference": view.reference, "name": volunteer.name}))
    for desk in tools.desks:
        if (desk.platform, desk.chat_id) != (origin.platform, origin.chat_id):
            turn.outgoing.append(Outgoing(desk, Reply(f"{mirror}\n{text}".rstrip(), files=refs), case_id=view.id,
                                          role=PlaceRole.RELAY))
    turn.case_messages.append(CaseMessage(view.id, VOLUNTEER, text, now, volunteer.id, _files_json(files)))
    first_in_turn = not any(c.reference == view.reference and "first_reply_at" in c.values for c in turn.case_changes)
    if view.first_reply_at is None and first_in_turn:
        turn.case_changes.append(CaseChange(view.reference, {"first_reply_at": now}, {"first_reply_at": None}))
        turn.audit_event("first_reply", view.id, f"volunteer:{volunteer.id}",
                         {"seconds": int((now - view.created_at).total_seconds())})
    if view.status == CaseStatus.CLAIMED.value:
        change = escalation.watch(view, tools, now)  # words to the person: the silence timer starts again
        if change is not None:
            turn.move_escalation(change)
    return True


def note(turn: Turn, view: CaseView, volunteer: VolunteerRecord, text: str, files: Sequence[StoredFile]) -> None:
    """Another volunteer's words in the case's thread: kept on the case, never sent to the person."""
    turn.case_messages.append(CaseMessage(view.id, NOTE, text, turn.tools.clock(), volunteer.id, _files_json(files)))


def history_text(turn: Turn, view: CaseView, lines: Sequence[CaseMessage],
                 names: dict[int, str], limit: int = 60) -> str:
    """The case's whole conversation as volunteers read it (the newest `limit` lines)."""
    i18n, locale = turn.tools.i18n, turn.tools.volunteer_locale
    out = [i18n.render(locale, MessageRef("history-title", {"reference": view.reference, "lines": len(lines)}))]
    for line in list(lines)[-limit:]:
        files = "".join(f" [{f.get('filename')}]" for f in line.files)
        if line.author == EVENT:
            out.append(f"{line.at:%m-%d %H:%M} · {line.text}")
            continue
        who = i18n.render(locale, "history-victim") if line.author == VICTIM else names.get(line.volunteer_id or 0, "?")
        if line.author == NOTE:
            who += f" ({i18n.render(locale, 'history-note')})"
        out.append(f"{line.at:%m-%d %H:%M} {who}: {cards.defang(line.text)}{files}")
    if len(out) == 1:
        out.append(i18n.render(locale, "history-empty"))
    return "\n".join(out)


def history_plain(view: CaseView, lines: Sequence[CaseMessage], names: dict[int, str]) -> str:
    """The same conversation for the command line, in English, with dates and times in UTC."""
    out = []
    for line in lines:
        who = {VICTIM: "person", EVENT: "event"}.get(line.author) or names.get(line.volunteer_id or 0, "?")
        if line.author == NOTE:
            who += " (internal note)"
        files = "".join(f" [{f.get('filename')} sha256:{str(f.get('sha256'))[:12]}]" for f in line.files)
        out.append(f"{line.at:%Y-%m-%d %H:%M:%S} {who}: {line.text}{files}")
    return "\n".join(out) or "(no conversation yet)"


# -- after a resolution -------------------------------------------------------------------------------
def ask_rating(turn: Turn, view: CaseView) -> list[Outgoing]:
    """Tell the person their case is resolved, and ask how it went: 1 to 5, by button or typed."""
    if not (view.victim_chat and view.victim_platform) or view.victim_blocked:
        return []
    i18n, locale = turn.tools.i18n, view.locale or turn.tools.i18n.default
    chat = ChatRef(view.victim_platform, view.victim_chat)
    stars = tuple(Choice(f"{RATE_PREFIX}{n}", "⭐" * n) for n in range(1, 6))
    return [Outgoing(chat, Reply(i18n.render(locale, MessageRef("case-resolved", {"reference": view.reference})))),
            Outgoing(chat, Reply(i18n.render(locale, MessageRef("feedback-ask", {"reference": view.reference})),
                                 stars))]


def rating_of(choice: str | None, text: str | None) -> int | None:
    """1-5 from a rating button, or typed as a digit or stars."""
    if choice and choice.startswith(RATE_PREFIX):
        value = choice.removeprefix(RATE_PREFIX)
        return int(value) if value in {"1", "2", "3", "4", "5"} else None
    said = (text or "").strip()
    if len(said) == 1 and said.isdecimal() and 1 <= int(said) <= 5:  # "4", or "٤" on an Arabic keyboard
        return int(said)
    if said and set(said) <= {"⭐", "★", "*", " "} and 1 <= said.count("⭐") + said.count("★") + said.count("*") <= 5:
        return said.count("⭐") + said.count("★") + said.count("*")
    return None


def wait_minutes(seconds: Sequence[float]) -> int | None:
    """How long a volunteer takes to answer now: the median of the last claims, in whole minutes (≥ 1)."""
    if not seconds:
        return None
    return max(1, round(statistics.median(seconds) / 60))


def reopened(view: CaseView) -> CaseView:
    status = CaseStatus.CLAIMED.value if view.claimed_by is not None else CaseStatus.ESCALATED.value
    return replace(view, status=status, resolved_at=None, feedback=None)


async def report_blocked(tools: Tools, outbox: Outbox, message: OutboundMessage) -> None:
    """The person blocked the bot while a volunteer's answer was on its way: said in the case's threads
    and on its card, once, instead of retrying (the outbox gave the row up)."""
    store = tools.store
    view = await store.case_view(message.case_id) if message.case_id is not None else None
    if view is None:
        return
    now = tools.clock()
    outgoing = escalation.in_threads(view, tools, MessageRef("relay-victim-unreachable", {
        "reference": view.reference}))
    outgoing += escalation.edit_cards(replace(view, victim_blocked=True), tools, now)
    committed = await store.commit(ChangeSet(
        WorkKey(message.chat.platform, "desk", "relay"), outbox=outgoing,
        audit=[AuditRow("victim_blocked", view.id, "outbox", {"message": message.id})],
        case_messages=[CaseMessage(view.id, EVENT, "the person blocked the bot: not delivered", now)]))
    await outbox.deliver(committed.outbound)

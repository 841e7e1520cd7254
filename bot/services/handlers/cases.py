"""Case actions at the desk: Claim, Release, Resolve (buttons or /claim REF …) and the /cases queue.
Who may act is decided by the presser's registered volunteer identity, never by the button's data."""

from __future__ import annotations

from dataclasses import replace

from bot.domain import CaseStatus, ChatRef, MessageRef, Outgoing, Reply, Urgency
from bot.ports import AuditRow, CaseChange, CaseView, VolunteerRecord
from bot.services import cards, escalation
from bot.services.handlers.desk import desk_command
from bot.services.turn import Event, Turn

ACTIONS = (cards.CLAIM, cards.RELEASE, cards.RESOLVE)
OPEN = (CaseStatus.NEW.value, CaseStatus.ESCALATED.value)


def requested(event: Event) -> tuple[str, str | None] | None:
    """(action, reference) from a button or a command; ("cases", None) for the queue."""
    parsed = cards.parse_action(event.choice)
    if parsed is not None:
        return parsed
    command = desk_command(event)
    if command == "cases":
        return "cases", None
    if command in ACTIONS:
        words = (event.argument or (event.text or "").split(maxsplit=1)[1:] or [""])
        reference = (words if isinstance(words, str) else words[0]).strip()
        return command, reference or None
    return None


class CaseActions:
    async def handle(self, turn: Turn, event: Event) -> bool:
        wanted = requested(event)
        if wanted is None:
            return False
        action, reference = wanted
        store = turn.tools.store
        volunteer = await store.volunteer_by_identity(event.platform, event.user_id or "")
        if volunteer is None:
            turn.say(MessageRef("card-not-volunteer"), to=event.chat)  # and nothing happens
            return True
        if action == "cases":
            queue(turn, event, await store.open_cases(20))
            return True
        view = await store.case_view(reference) if reference else None
        if view is None:
            turn.say(MessageRef("card-no-case", {"reference": reference or ""}), to=event.chat)
            return True
        if action == cards.CLAIM:
            claim(turn, event, volunteer, view)
        elif action == cards.RELEASE:
            release(turn, event, volunteer, view)
        else:
            resolve(turn, event, volunteer, view)
        return True


def claim(turn: Turn, event: Event, volunteer: VolunteerRecord, view: CaseView) -> None:
    if view.status not in OPEN:
        holder = view.claimed_by.name if view.claimed_by else "—"
        key = "card-taken-by" if view.status == CaseStatus.CLAIMED.value else "card-already-resolved"
        turn.say(MessageRef(key, {"reference": view.reference, "name": holder}), to=event.chat)
        return
    now = turn.tools.clock()
    # the conditional update decides between two volunteers who press at once: the loser's turn is
    # decided again on fresh data, and then it reads "taken by …"
    turn.case_changes.append(CaseChange(view.reference, {"status": CaseStatus.CLAIMED.value,
                                                         "claimed_by": volunteer.id, "claimed_at": now},
                                        {"claimed_by": None, "status": view.status}))
    after = replace(view, status=CaseStatus.CLAIMED.value, claimed_by=volunteer, claimed_at=now)
    _changed(turn, event, volunteer, view, after, "case_claimed", victim_key="case-taken")


def release(turn: Turn, event: Event, volunteer: VolunteerRecord, view: CaseView) -> None:
    if view.status != CaseStatus.CLAIMED.value or view.claimed_by is None:
        turn.say(MessageRef("card-not-claimed", {"reference": view.reference}), to=event.chat)
        return
    if view.claimed_by.id != volunteer.id and not volunteer.coordinator:
        turn.say(MessageRef("card-not-yours", {"reference": view.reference, "name": view.claimed_by.name}),
                 to=event.chat)
        return
    turn.case_changes.append(CaseChange(view.reference, {"status": CaseStatus.ESCALATED.value, "claimed_by": None,
                                                         "claimed_at": None},
                                        {"claimed_by": view.claimed_by.id, "status": view.status}))
    after = replace(view, status=CaseStatus.ESCALATED.value, claimed_by=None, claimed_at=None)
    _changed(turn, event, volunteer, view, after, "case_released", victim_key=None)


def resolve(turn: Turn, event: Event, volunteer: VolunteerRecord, view: CaseView) -> None:
    if view.status in (CaseStatus.RESOLVED.value, CaseStatus.CLOSED.value):
        turn.say(MessageRef("card-already-resolved", {"reference": view.reference}), to=event.chat)
        return
    claimer = view.claimed_by
    if not volunteer.coordinator and (claimer is None or claimer.id != volunteer.id):
        turn.say(MessageRef("card-not-yours", {"reference": view.reference, "name": claimer.name if claimer else "—"}),
                 to=event.chat)
        return
    now = turn.tools.clock()
    turn.case_changes.append(CaseChange(view.reference, {"status": CaseStatus.RESOLVED.value, "resolved_at": now},
                                        {"status": view.status}))
    after = replace(view, status=CaseStatus.RESOLVED.value, claimed_by=claimer or volunteer)
    _changed(turn, event, volunteer, view, after, "case_resolved", victim_key="case-resolved")


def _changed(turn: Turn, event: Event, volunteer: VolunteerRecord, before: CaseView, after: CaseView, action: str,
             *, victim_key: str | None) -> None:
    tools, now = turn.tools, turn.tools.clock()
    chain = escalation.restart(before, now) if action == "case_released" else escalation.stop(before)
    if chain is not None:
        turn.escalations.append(chain)
    turn.outgoing.extend(escalation.edit_cards(after, tools, now))
    turn.audit.append(AuditRow(action, before.id, f"volunteer:{volunteer.id}", {
        "platform": event.platform, "from": before.status, "to": after.status,
        "waited_seconds": int((now - before.created_at).total_seconds())}))
    if victim_key and before.victim_chat and before.victim_platform:
        locale = before.locale or tools.i18n.default
        text = tools.i18n.render(locale, MessageRef(victim_key, {"reference": before.reference}))
        turn.outgoing.append(Outgoing(ChatRef(before.victim_platform, before.victim_chat), Reply(text)))


def queue(turn: Turn, event: Event, views: list[CaseView]) -> None:
    """The desk's queue, most urgent then oldest first: what nobody has taken yet, and who has what."""
    tools, now = turn.tools, turn.tools.clock()
    if not views:
        turn.say(MessageRef("card-queue-empty"), to=event.chat)
        return
    i18n, locale = tools.i18n, tools.volunteer_locale
    lines = [i18n.render(locale, "card-queue")]
    for view in views:
        urgency = Urgency(view.urgency)
        who = view.claimed_by.name if view.claimed_by else i18n.render(locale, "card-queue-nobody")
        lines.append(f"{cards.MARKS[urgency]} {view.reference} · {i18n.render(locale, f'card-urgency-{urgency.label}')}"
                     f" · {cards.waited_minutes(view, now)} min · {who}")
    turn.outgoing.append(Outgoing(event.chat, Reply("\n".join(lines))))

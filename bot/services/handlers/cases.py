"""Case actions at the desk: Claim, Release, Resolve, "still on it" (buttons, or /claim REF …; in a case's
thread the reference may be left out), /transfer and the /cases queue. Who may act is decided by the
presser's registered volunteer identity, never by the button's data."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.domain import CaseStatus, ChatRef, MessageRef, Outgoing, Reply, Urgency
from bot.ports import AuditRow, CaseChange, CaseMessage, CaseView, VolunteerRecord
from bot.services import cards, escalation, relay
from bot.services.handlers.desk import command_words, desk_command
from bot.services.handlers.volunteers import refuse
from bot.services.roster import acts_for
from bot.services.turn import Event, Turn

ACTIONS = (cards.CLAIM, cards.RELEASE, cards.RESOLVE)
OPEN = (CaseStatus.NEW.value, CaseStatus.ESCALATED.value)
REFERENCE = re.compile(r"^(?:FD-\d{4}-)?\d{1,9}$", re.IGNORECASE)


def requested(event: Event) -> tuple[str, str | None, str] | None:
    """(action, reference, the rest of the words) from a button or a command; ("cases", None, "") for
    the queue. A reference left out is the case of the thread the command is written in."""
    parsed = cards.parse_action(event.choice)
    if parsed is not None:
        return parsed[0], parsed[1], ""
    command = desk_command(event)
    if command == "cases":
        return "cases", None, ""
    if command in (*ACTIONS, "transfer"):
        words = command_words(event)
        if words and REFERENCE.match(words[0]):
            return command, words[0], " ".join(words[1:])
        if command == "transfer" and len(words) > 1 and REFERENCE.match(words[-1]):  # /transfer NAME FD-…
            return command, words[-1], " ".join(words[:-1])
        return command, None, " ".join(words)
    return None


async def case_here(turn: Turn, event: Event, reference: str | None) -> CaseView | None:
    """The case named, or else the case whose thread (or message) the event is in or replies to."""
    store = turn.tools.store
    if reference:
        return await store.case_view(reference)
    case_id = await store.case_at(event.platform, event.chat.chat_id, event.chat.thread_id, event.reply_to)
    if case_id is None and event.reply_to and event.user_id:  # a relayed message in the volunteer's private chat
        case_id = await store.case_at(event.platform, event.user_id, None, event.reply_to)
    return await store.case_view(case_id) if case_id is not None else None


class CaseActions:
    async def handle(self, turn: Turn, event: Event) -> bool:
        wanted = requested(event)
        if wanted is None:
            return False
        action, reference, rest = wanted
        store = turn.tools.store
        volunteer = await store.volunteer_by_identity(event.platform, event.user_id or "")
        if volunteer is None:  # and nothing happens: not even whether the case exists is said
            refuse(turn, event, "card-not-volunteer", asked=action, reason="not_volunteer", reference=reference)
            return True
        if action == "cases":
            queue(turn, event, await store.open_cases(20))
            return True
        view = await case_here(turn, event, reference)
        if view is None:
            refuse(turn, event, "card-no-case", {"reference": reference or ""}, asked=action, reason="no_case",
                   volunteer=volunteer, reference=reference)
            return True
        if action == cards.CLAIM:
            await claim(turn, event, volunteer, view)
        elif action == cards.RELEASE:
            release(turn, event, volunteer, view)
        elif action == cards.KEEP:
            keep(turn, event, volunteer, view)
        elif action == "transfer":
            await transfer(turn, event, volunteer, view, rest)
        else:
            resolve(turn, event, volunteer, view)
        return True


async def claim(turn: Turn, event: Event, volunteer: VolunteerRecord, view: CaseView) -> None:
    if view.status not in OPEN:
        holder = view.claimed_by.name if view.claimed_by else "—"
        if view.status == CaseStatus.CLAIMED.value:  # also the loser of two claims at once, decided again
            conflict(turn, event, volunteer, view, "card-taken-by", cards.CLAIM, "already_claimed", name=holder)
        else:
            conflict(turn, event, volunteer, view, "card-already-resolved", cards.CLAIM, "already_resolved")
        return
    now = turn.tools.clock()
    # the conditional update decides between two volunteers who press at once: the loser's turn is
    # decided again on fresh data, and then it reads "taken by …"
    turn.case_changes.append(CaseChange(view.reference, {"status": CaseStatus.CLAIMED.value,
                                                         "claimed_by": volunteer.id, "claimed_at": now},
                                        {"claimed_by": None, "status": view.status}))
    after = replace(view, status=CaseStatus.CLAIMED.value, claimed_by=volunteer, claimed_at=now)
    _changed(turn, event, volunteer, view, after, "case_claimed", victim_key="case-taken")
    turn.case_messages.append(CaseMessage(view.id, relay.EVENT, f"claimed by {volunteer.name}", now,
                                                volunteer.id))
    await brief(turn, after, volunteer)


async def brief(turn: Turn, view: CaseView, volunteer: VolunteerRecord) -> None:
    """The case and its conversation so far, in the volunteer's private chat with the bot, where they can
    answer the person by replying (fast: a group is paced by the platform, a private chat much less)."""
    tools = turn.tools
    lines = await tools.store.case_messages(view.id)
    names = {v.id: v.name for v in await tools.store.volunteers()}
    card = cards.card(view, tools.i18n, tools.volunteer_locale, tools.clock())
    text = "\n\n".join([card.text, relay.history_text(turn, view, lines, names),
                         tools.i18n.render(tools.volunteer_locale, "relay-reply-hint")])
    for chat in escalation.direct_chats(volunteer, tools.desks):
        turn.outgoing.append(Outgoing(chat, Reply(text, card.choices), case_id=view.id))


def holds(turn: Turn, event: Event, volunteer: VolunteerRecord, view: CaseView, asked: str) -> bool:
    """The case is claimed, by this volunteer or they are a coordinator; else they are told why not."""
    if view.status != CaseStatus.CLAIMED.value or view.claimed_by is None:
        conflict(turn, event, volunteer, view, "card-not-claimed", asked, "not_claimed")
        return False
    if not acts_for(volunteer, view.claimed_by):
        not_yours(turn, event, volunteer, view, asked)
        return False
    return True


def not_yours(turn: Turn, event: Event, volunteer: VolunteerRecord, view: CaseView, asked: str) -> None:
    holder = view.claimed_by.name if view.claimed_by else "—"
    conflict(turn, event, volunteer, view, "card-not-yours", asked, "not_claimer", name=holder)


def conflict(turn: Turn, event: Event, volunteer: VolunteerRecord, view: CaseView, key: str, asked: str,
             reason: str, **args: str) -> None:
    """A volunteer asked for what the case's state does not allow (taken, already resolved, nobody's, someone
    else's): told why, nothing changes, and it is kept as a refusal like any other."""
    refuse(turn, event, key, {"reference": view.reference, **args}, asked=asked, reason=reason,
           volunteer=volunteer, case_id=view.id, reference=view.reference)


def release(turn: Turn, event: Event, volunteer: VolunteerRecord, view: CaseView) -> None:
    if not holds(turn, event, volunteer, view, cards.RELEASE):
        return
    turn.case_changes.append(CaseChange(view.reference, {"status": CaseStatus.ESCALATED.value, "claimed_by": None,
                                                         "claimed_at": None},
                                        {"claimed_by": view.claimed_by.id, "status": view.status}))
    after = replace(view, status=CaseStatus.ESCALATED.value, claimed_by=None, claimed_at=None)
    _changed(turn, event, volunteer, view, after, "case_released", victim_key=None)


def resolve(turn: Turn, event: Event, volunteer: VolunteerRecord, view: CaseView) -> None:
    if view.status in (CaseStatus.RESOLVED.value, CaseStatus.CLOSED.value):
        conflict(turn, event, volunteer, view, "card-already-resolved", cards.RESOLVE, "already_resolved")
        return
    claimer = view.claimed_by
    if not acts_for(volunteer, claimer):
        not_yours(turn, event, volunteer, view, cards.RESOLVE)
        return
    now = turn.tools.clock()
    turn.case_changes.append(CaseChange(view.reference, {"status": CaseStatus.RESOLVED.value, "resolved_at": now,
                                                         "feedback": "asked"}, {"status": view.status}))
    after = replace(view, status=CaseStatus.RESOLVED.value, claimed_by=claimer or volunteer, resolved_at=now)
    _changed(turn, event, volunteer, view, after, "case_resolved", victim_key=None)
    turn.outgoing.extend(relay.ask_rating(turn, view))
    turn.case_messages.append(CaseMessage(view.id, relay.EVENT, f"resolved by {volunteer.name}", now,
                                                volunteer.id))


def keep(turn: Turn, event: Event, volunteer: VolunteerRecord, view: CaseView) -> None:
    """"Still on it" after a reminder: the silence timer starts again."""
    if not holds(turn, event, volunteer, view, cards.KEEP):
        return
    change = escalation.watch(view, turn.tools, turn.tools.clock())
    if change is not None:
        turn.escalations.append(change)
    turn.say(MessageRef("card-kept", {"reference": view.reference}), to=event.chat)


async def transfer(turn: Turn, event: Event, volunteer: VolunteerRecord, view: CaseView, name: str) -> None:
    """Hand a claimed (or waiting) case to a named volunteer, who gets it with its history."""
    store, now = turn.tools.store, turn.tools.clock()
    target = await store.volunteer_by_name(name.strip().lstrip("@")) if name.strip() else None
    if target is None:  # the name stays out of the audit: it may be anything typed
        conflict(turn, event, volunteer, view, "card-no-volunteer", "transfer", "unknown_volunteer",
                 name=name.strip())
        return
    if view.status in (CaseStatus.RESOLVED.value, CaseStatus.CLOSED.value):
        conflict(turn, event, volunteer, view, "card-already-resolved", "transfer", "already_resolved")
        return
    holder = view.claimed_by
    if holder is not None and not acts_for(volunteer, holder):
        not_yours(turn, event, volunteer, view, "transfer")
        return
    turn.case_changes.append(CaseChange(view.reference, {"status": CaseStatus.CLAIMED.value,
                                                         "claimed_by": target.id, "claimed_at": now},
                                        {"claimed_by": holder.id if holder else None, "status": view.status}))
    after = replace(view, status=CaseStatus.CLAIMED.value, claimed_by=target, claimed_at=now)
    turn.outgoing.extend(escalation.edit_cards(after, turn.tools, now))
    turn.outgoing.extend(escalation.in_threads(view, turn.tools, MessageRef("card-transferred", {
        "reference": view.reference, "from": volunteer.name, "to": target.name})))
    chain = escalation.watch(view, turn.tools, now)
    if chain is not None:
        turn.escalations.append(chain)
    turn.audit.append(AuditRow("case_transferred", view.id, f"volunteer:{volunteer.id}", {
        "from": holder.id if holder else None, "to": target.id}))
    turn.case_messages.append(CaseMessage(view.id, relay.EVENT, f"transferred by {volunteer.name} to "
                                                f"{target.name}", now, volunteer.id))
    await brief(turn, after, target)


def _changed(turn: Turn, event: Event, volunteer: VolunteerRecord, before: CaseView, after: CaseView, action: str,
             *, victim_key: str | None) -> None:
    tools, now = turn.tools, turn.tools.clock()
    if action == "case_released":
        chain = escalation.restart(before, now)
    elif action == "case_claimed":
        chain = escalation.watch(before, tools, now)
    else:
        chain = escalation.stop(before)
    if chain is not None:
        turn.escalations.append(chain)
    turn.outgoing.extend(escalation.edit_cards(after, tools, now))
    turn.audit.append(AuditRow(action, before.id, f"volunteer:{volunteer.id}", {
        "platform": event.platform, "from": before.status, "to": after.status,
        "waited_seconds": int((now - before.created_at).total_seconds())}))
    if action == "case_released":
        turn.case_messages.append(CaseMessage(before.id, relay.EVENT, f"released by {volunteer.name}", now,
                                                    volunteer.id))
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

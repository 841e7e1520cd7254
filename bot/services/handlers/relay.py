"""The relay's handlers: the desk side (a case's thread, /reply, /history), the claimer answering from their
private chat with the bot, and the victim side (a claimed case, feedback after a resolution, reopening)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from bot.domain import CaseStatus, MessageRef
from bot.ports import CaseChange, CaseMessage, CaseRecord, CaseView, StoredFile, VolunteerRecord
from bot.services import escalation, relay
from bot.services.handlers.cases import case_here, conflict, not_yours
from bot.services.handlers.commands import help_lines
from bot.services.handlers.confirmations import yes_no_answer
from bot.services.handlers.desk import desk_command
from bot.services.handlers.intake import start_conversation
from bot.services.handlers.language import language_named
from bot.services.handlers.reading import command_of
from bot.services.handlers.volunteers import keep_refusal, refuse
from bot.services.roster import acts_for
from bot.services.turn import Event, Turn

REFERENCE = re.compile(r"^\s*/?\S*\s+((?:FD-\d{4}-)?\d{1,9})\b[ \t]*\n?", re.IGNORECASE)
WAIT_NOTICE_EVERY = timedelta(minutes=10)
TOLD_WAIT = "_told_wait_at"  # a slot: when the person was last told how long answers take
STRANGER_TOLD_EVERY = timedelta(hours=1)
# the case's conversation line of a stranger told, in its thread, that only volunteers write to the person
STRANGER_TOLD = "someone not registered as a volunteer wrote here: nothing passed on, they were told how to join"


def reply_parts(event: Event) -> tuple[str | None, str]:
    """"/reply FD-2026-000123 words…" (typed, keeping the words' line breaks) or a platform command's
    argument: the reference and the words."""
    if event.command:
        reference, _, words = (event.argument or "").strip().partition(" ")
        return reference or None, words.strip()
    text = event.text or ""
    match = REFERENCE.match(text)
    if match is None:
        return None, text.partition(" ")[2].strip() if " " in text.strip() else ""
    return match.group(1), text[match.end():].strip()


class DeskRelay:
    """At the desk: /reply and /history anywhere, and what is written in a case's thread (or as a reply to
    one of its messages): the claimer's words go to the person, anyone else's stay an internal note."""

    async def handle(self, turn: Turn, event: Event) -> bool:
        command = desk_command(event)
        if command not in (None, "reply", "history"):
            return False
        store = turn.tools.store
        if command is None:
            case_id = await store.case_at(event.platform, event.chat.chat_id, event.chat.thread_id, event.reply_to)
            if case_id is None or not (event.text or event.files):
                return False
            volunteer = await store.volunteer_by_identity(event.platform, event.user_id or "")
            view = await store.case_view(case_id)
            if view is None:
                return True
            if volunteer is None:  # someone in the volunteer chat who is not (yet) a volunteer: nothing is relayed
                await stranger_writes(turn, event, view)
                return True
            claimer = view.claimed_by
            if view.status == CaseStatus.CLAIMED.value and claimer is not None and claimer.id == volunteer.id:
                to_person(turn, event, view, volunteer, event.text or "", asked="write")
            else:
                relay.note(turn, view, volunteer, event.text or "", event.files)
            return True
        volunteer = await store.volunteer_by_identity(event.platform, event.user_id or "")
        reference, words = reply_parts(event)
        if volunteer is None:
            refuse(turn, event, "card-not-volunteer", asked=command, reason="not_volunteer", reference=reference)
            return True
        view = await case_here(turn, event, reference)
        if view is None:
            refuse(turn, event, "card-no-case", {"reference": reference or ""}, asked=command, reason="no_case",
                   volunteer=volunteer, reference=reference)
            return True
        if command == "history":
            lines = await store.case_messages(view.id)
            names = {v.id: v.name for v in await store.volunteers()}
            turn.say_text(relay.history_text(turn, view, lines, names), to=event.chat, case_id=view.id)
            turn.audit_event("history_read", view.id, f"volunteer:{volunteer.id}", {})
            return True
        await reply(turn, event, view, words)
        return True


async def reply(turn: Turn, event: Event, view: CaseView, words: str) -> None:
    """/reply: only the claimer, or a coordinator, may speak to the person; and only while it is claimed."""
    store = turn.tools.store
    volunteer = await store.volunteer_by_identity(event.platform, event.user_id or "")
    assert volunteer is not None
    claimer = view.claimed_by
    if view.status != CaseStatus.CLAIMED.value or claimer is None:
        conflict(turn, event, volunteer, view, "card-not-claimed", "reply", "not_claimed")
        return
    if not acts_for(volunteer, claimer):
        not_yours(turn, event, volunteer, view, "reply")
        return
    if not words and not event.files:
        turn.say(MessageRef("relay-reply-empty", {"reference": view.reference}), to=event.chat)
        return
    to_person(turn, event, view, volunteer, words, asked="reply")


def to_person(turn: Turn, event: Event, view: CaseView, volunteer: VolunteerRecord, words: str, *, asked: str) -> None:
    """The claimer's (or a coordinator's) words to the person; a person who blocked the bot cannot get them,
    which the volunteer is told (the words stay on the case as a note) and is kept as a refusal."""
    if not relay.from_volunteer(turn, view, volunteer, words, event.files, origin=event.chat):
        keep_refusal(turn, event, asked=asked, reason="victim_unreachable", volunteer=volunteer, case_id=view.id,
                     reference=view.reference)


async def stranger_writes(turn: Turn, event: Event, view: CaseView) -> None:
    """Someone not on the roster writes in a case's thread (or replies to one of its messages): nothing reaches
    the person. They are told, in their language where known, that only registered volunteers can write to
    the person and how to become one, at most once an hour per case: the answer stays in the thread for anyone
    else there to read, and a member of the chat who talks a lot there is not answered at every message.
    When they were told is a line of the case's conversation, so every worker decides alike.
    Every message is kept as a refusal all the same (how often, and where, is what a coordinator looks for),
    with small facts only: who, the case, whether they were answered; never their words."""
    if not event.user_id:
        return  # nobody to answer or to name (a post by the platform itself)
    now = turn.tools.clock()
    lines = [*await turn.tools.store.case_messages(view.id), *turn.case_messages]
    told = any(line.case_id == view.id and line.author == relay.EVENT and line.text == STRANGER_TOLD
               and now - line.at < STRANGER_TOLD_EVERY for line in lines)
    if told:
        keep_refusal(turn, event, asked="write", reason="not_volunteer", case_id=view.id, reference=view.reference,
                     answered=False)
        return
    refuse(turn, event, "relay-not-volunteer", asked="write", reason="not_volunteer", case_id=view.id,
           reference=view.reference)
    turn.case_messages.append(CaseMessage(view.id, relay.EVENT, STRANGER_TOLD, now))


class ClaimerDirect:
    """A volunteer answering in their private chat with the bot by replying to a relayed message (or to the
    case's brief): their words go to the person of that case, as from the desk."""

    async def handle(self, turn: Turn, event: Event) -> bool:
        if not event.reply_to or not event.user_id or not (event.text or event.files):
            return False
        store = turn.tools.store
        case_id = await store.case_at(event.platform, event.chat.chat_id, None, event.reply_to)
        if case_id is None and event.user_id != event.chat.chat_id:  # Discord: the DM channel is not the user
            case_id = await store.case_at(event.platform, event.user_id, None, event.reply_to)
        if case_id is None:
            return False
        volunteer = await store.volunteer_by_identity(event.platform, event.user_id)
        view = await store.case_view(case_id)
        if volunteer is None or view is None:
            return False
        if event.text and event.text.lstrip().startswith("/"):
            return False  # a command: the person's own (or the desk's) handlers decide
        await reply(turn, event, view, event.text or "")
        return True


# what still acts as a command while a volunteer has the case: the person's data, the bot's language, where
# their case is; none of them asks an intake question again
STILL_COMMANDS = frozenset({"status", "forget", "cancel", "language", "report"})


class WithVolunteer:
    """Once a volunteer has taken the person's case, the intake's questions stop for good, even if the case
    goes back to the volunteers later: a person who has talked with someone is not sent back to buttons, and
    what they write is for a volunteer to read. Before the commands, so that help, start, back, restart or a
    person asked for never bring a question back: typed as words they are words for the volunteer; as
    commands the person is told a volunteer has their case."""

    async def handle(self, turn: Turn, event: Event) -> bool:
        case = latest_case(turn)
        if case is None:
            return False
        claimed = case.ref.status is CaseStatus.CLAIMED
        if turn.active and (claimed or await _released_mid_intake(turn, case)):
            turn.record.status = "finished"
        if not claimed:
            return False
        if turn.record.pending == "language" and not event.choice and not language_named(turn, event.text):
            turn.record.pending = None  # words, not a language: the volunteer reads them, the language stays
        name = command_of(turn, event)
        if turn.record.pending or name is None or name in STILL_COMMANDS or name.startswith("?"):
            return False
        view = await turn.tools.store.case_view(case.id)
        if view is None:
            return False
        typed = event.text or ""
        if not event.command and not typed.lstrip().startswith("/"):
            # "help me please", "start over", "talk to a person": said to the volunteer, who answers
            relay.from_victim(turn, view, typed, event.files, event.id)
            if name == "human":
                turn.say(MessageRef("case-taken", {"reference": view.reference}))
            return True
        if name == "help":
            turn.say_lines(help_lines())
        turn.say(MessageRef("case-taken", {"reference": view.reference}))
        return True


async def _released_mid_intake(turn: Turn, case: CaseRecord) -> bool:
    """The intake's own case went back to the volunteers after a claim the person did not write during:
    they were told a volunteer had it, so they are waiting for one, not for the next question."""
    if case.ref.status is not CaseStatus.ESCALATED or turn.record.case_id != case.id:
        return False
    lines = await turn.tools.store.case_messages(case.id)
    return any(line.author in (relay.EVENT, relay.VOLUNTEER) and line.volunteer_id is not None for line in lines)


class VictimRelay:
    """The victim's side once their case is at the desk: while it is claimed their words go to the
    volunteer (the intake's questions are over, see WithVolunteer); while it waits they are told how long
    answers take now; after a resolution they rate it, or reopen it, or start again."""

    async def handle(self, turn: Turn, event: Event) -> bool:
        case = latest_case(turn)
        if case is None:
            return False
        status, store = case.ref.status, turn.tools.store
        if status is CaseStatus.CLAIMED:
            view = await store.case_view(case.id)
            if view is None:
                return False
            if event.choice and not (event.text or event.files):
                # a button of an intake question from before the claim: answered, the questions being over
                turn.say(MessageRef("case-taken", {"reference": view.reference}))
                return True
            relay.from_victim(turn, view, event.text or "", event.files, event.id)
            return True
        if status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
            return await self._after(turn, event, case)
        if status is CaseStatus.ESCALATED and not turn.active and (event.text or event.files):
            view = await store.case_view(case.id)
            if view is None:
                return False
            relay.from_victim(turn, view, event.text or "", event.files, event.id)  # the desk sees it, logged
            await tell_wait(turn, view)
            return True
        return False

    async def _after(self, turn: Turn, event: Event, case: CaseRecord) -> bool:
        tools = turn.tools
        if turn.active and turn.record.case_id == case.id:
            turn.record.status = "finished"  # the volunteer resolved it: the intake it paused is over too
        if case.feedback in ("asked", "comment"):
            rating = relay.rating_of(event.choice, event.text)
            if case.feedback == "asked" and rating is not None:
                turn.case_changes.append(CaseChange(case.ref.reference, {"rating": rating, "feedback": "comment"},
                                                    {"feedback": "asked"}))
                turn.case_changed(case.id, feedback="comment")  # a second tap in the same burst is a comment's turn
                turn.audit_event("case_rated", case.id, turn.actor, {"rating": rating})
                skip = tools.i18n.render(turn.locale, "feedback-skip")
                turn.say(MessageRef("feedback-comment-ask"), [(relay.SKIP_COMMENT, skip)])
                return True
            if case.feedback == "comment" and (event.choice == relay.SKIP_COMMENT or event.text):
                comment = None if event.choice == relay.SKIP_COMMENT else (event.text or "")[:2000]
                turn.case_changes.append(CaseChange(case.ref.reference, {"comment": comment, "feedback": "done"},
                                                    {"feedback": "comment"}))
                turn.case_changed(case.id, feedback="done")
                turn.say(MessageRef("feedback-thanks"))
                return True
        if turn.record.pending == "reopen":
            return await self._reopen_answer(turn, event, case)
        if event.choice or turn.active or not (event.text or event.files):
            return False
        resolved_at = case.resolved_at
        if resolved_at is None or tools.clock() - resolved_at > timedelta(days=tools.reopen_days):
            # long ago: a new conversation, as for anyone (the intake starts it, keeping what they wrote),
            # and files sent with these words belong to it, not to the old case
            turn.record.state, turn.record.case_id = None, None
            turn.evidence = [replace(row, case_id=None) if row.message_id == event.id else row
                             for row in turn.evidence]
            return False
        state = turn.record.state or {}
        slots = state.setdefault("slots", {})
        slots[relay.HELD] = {"text": event.text or "", "files": [f.__dict__ for f in event.files], "id": event.id}
        turn.record.state = state
        turn.record.pending = "reopen"
        i18n = tools.i18n
        turn.say(MessageRef("reopen-ask", {"reference": case.ref.reference}),
                 [(relay.REOPEN_SAME, i18n.render(turn.locale, "reopen-same")),
                  (relay.REOPEN_NEW, i18n.render(turn.locale, "reopen-new"))])
        return True

    async def _reopen_answer(self, turn: Turn, event: Event, case: CaseRecord) -> bool:
        buttons = ((relay.REOPEN_SAME, "reopen-same"), (relay.REOPEN_NEW, "reopen-new"))
        choice = event.choice
        if choice not in (relay.REOPEN_SAME, relay.REOPEN_NEW):
            answer = yes_no_answer(turn, event, (("yes", "reopen-same"), ("no", "reopen-new")))
            choice = {"yes": relay.REOPEN_SAME, "no": relay.REOPEN_NEW}.get(answer or "")
        if choice is None:
            i18n = turn.tools.i18n
            turn.say(MessageRef("reopen-ask", {"reference": case.ref.reference}),
                     [(key, i18n.render(turn.locale, label)) for key, label in buttons])
            return True
        turn.record.pending = None
        held = ((turn.record.state or {}).get("slots") or {}).pop(relay.HELD, None) or {}
        if choice == relay.REOPEN_NEW:
            start_conversation(turn)
            return True
        view = await turn.tools.store.case_view(case.id)
        if view is None:
            start_conversation(turn)
            return True
        reopen(turn, view)
        relay.from_victim(turn, relay.reopened(view), held.get("text", ""),
                          [StoredFile(**f) for f in held.get("files", [])], int(held.get("id") or event.id))
        return True


def latest_case(turn: Turn) -> CaseRecord | None:
    """The case the person's words are about: one claimed by a volunteer, else their newest."""
    cases = turn.cases
    claimed = [c for c in cases if c.ref.status is CaseStatus.CLAIMED]
    if claimed:
        return claimed[-1]
    return cases[-1] if cases else None


def reopen(turn: Turn, view: CaseView) -> None:
    """The person says it is the same problem: back to the volunteer who had it, or to the chain."""
    tools, now = turn.tools, turn.tools.clock()
    after = relay.reopened(view)
    turn.case_changes.append(CaseChange(view.reference, {"status": after.status, "resolved_at": None,
                                                         "feedback": None}, {"status": view.status}))
    known = next((c for c in turn.cases if c.id == view.id), None)
    if known is not None:
        turn.case_changed(view.id, ref=replace(known.ref, status=CaseStatus(after.status)), resolved_at=None,
                          feedback=None)
    chain = escalation.watch(view, tools, now) if after.claimed_by is not None else escalation.restart(view, now)
    if chain is None and after.claimed_by is None and tools.desks:
        chain, _ = escalation.start(view, tools, now)
    if chain is not None:
        turn.escalations.append(chain)
    turn.outgoing.extend(escalation.edit_cards(after, tools, now))
    turn.outgoing.extend(escalation.in_threads(view, tools, MessageRef("card-reopened", {
        "reference": view.reference})))
    turn.audit_event("case_reopened", view.id, turn.actor, {})
    turn.case_messages.append(CaseMessage(view.id, relay.EVENT, "reopened by the person", now))
    turn.say(MessageRef("reopen-done", {"reference": view.reference}))


async def tell_wait(turn: Turn, view: CaseView) -> None:
    """How long answers take right now (the last claims' median), and what the person can do meanwhile;
    at most every ten minutes, however much they write."""
    state = turn.record.state or {}
    slots = state.setdefault("slots", {})
    now = turn.tools.clock()
    told = slots.get(TOLD_WAIT)
    if told and now - datetime.fromisoformat(told) < WAIT_NOTICE_EVERY:
        turn.say(MessageRef("relay-passed-on"))  # never silence: a short word that it reached someone
        return
    slots[TOLD_WAIT] = now.isoformat()
    turn.record.state = state
    minutes = relay.wait_minutes(await turn.tools.store.recent_claim_seconds())
    key = "relay-waiting" if minutes is not None else "relay-waiting-unknown"
    turn.say(MessageRef(key, {"reference": view.reference, "minutes": minutes or 0}))
    turn.say(MessageRef("relay-meanwhile"))

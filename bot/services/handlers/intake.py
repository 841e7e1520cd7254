"""The intake flow: start it, move it on with each answer, open the case, and answer after the end."""

from __future__ import annotations

import weakref
from dataclasses import replace
from datetime import timedelta
from typing import Any

from bot.domain import CaseRef, CaseStatus, Choice, MessageRef, Urgency
from bot.engine.machine import ConversationState, Engine, Finished, OpenCase, Prompt, RequestHuman, Transition
from bot.ports import NEW_CASE, AuditRow, CaseView
from bot.services import escalation
from bot.services.handlers.reading import REPORT, asks_to_go_back, choice_from_text
from bot.services.turn import Event, Turn
from bot.triage import safety_message

RETURN_AFTER = timedelta(minutes=30)


def returning(turn: Turn) -> bool:
    """The person comes back to a conversation left a while ago: greet them before going on."""
    updated, now = turn.record.updated_at, turn.tools.clock()
    if updated is None or now - updated <= RETURN_AFTER or turn.outgoing[turn.event_start:]:
        return False
    turn.record.updated_at = now  # once per return, however many messages the turn holds
    return True


def case_args(turn: Turn, cases: list[CaseRef] | None = None) -> dict[str, Any]:
    case = turn.case or (cases[-1] if cases else None)
    return {"reference": case.reference if case else "", "status": case.status.value if case else "",
            "cases": len(cases) if cases is not None else int(case is not None)}


HUMAN_WISH = "_human_asked"  # a slot: asked for a person before agreeing to anything


def start_conversation(turn: Turn, keep_case: bool = False, quiet: bool = False, files: int = 0) -> None:
    """Begin the root flow; `quiet` sets the state without its opening prompts (the caller speaks)."""
    turn.record.status = "active"
    if not keep_case:
        turn.record.case_id = None
    transition = turn.tools.engine.start(files=files)
    turn.record.state = transition.state.to_json()
    if not quiet:
        first = len(turn.outgoing)
        turn.send_prompts(transition.prompts)
        hide_hint(turn, first)


def hide_hint(turn: Turn, at: int) -> None:
    """Under the first words of a conversation: how to hide or delete this chat on this platform, for a
    person whose phone someone else may look at (an abuser, a family member)."""
    key = f"hide-chat-{turn.key.platform}"
    i18n = turn.tools.i18n
    if at >= len(turn.outgoing) or not i18n.has(turn.locale, key):
        return
    item = turn.outgoing[at]
    hint = i18n.render(turn.locale, key)
    turn.outgoing[at] = replace(item, reply=replace(item.reply, text=f"{item.reply.text}\n\n{hint}"))


async def apply_transition(turn: Turn, transition: Transition) -> None:
    state = transition.state
    if not state.history and any(isinstance(e, RequestHuman) for e in transition.effects):
        # "talk to a person" pressed before agreeing to anything: noted; the case waits for consent
        transition.effects = [e for e in transition.effects if not isinstance(e, RequestHuman)]
        state.slots[HUMAN_WISH] = True
        turn.say(MessageRef("human-after-consent"))
    if state.slots.get(HUMAN_WISH) and state.history and not state.finished:
        # they asked for a person before consenting, and have now agreed: the request goes in
        del state.slots[HUMAN_WISH]
        transition.effects.insert(0, RequestHuman())
    turn.record.state = state.to_json()
    for effect in transition.effects:
        if isinstance(effect, OpenCase):
            await turn.save_case(transition.state, complete=True, human=False)
        elif isinstance(effect, RequestHuman):
            await turn.save_case(transition.state, complete=False, human=True)
            turn.say(MessageRef("human-requested", case_args(turn)))
        elif isinstance(effect, Finished):
            turn.record.status = "finished"
            if turn.record.case_id is None:
                end_without_report(turn)
    danger = physical_danger(turn, state)
    if danger and turn.contact is not None:
        # the safety message says volunteers are told right away: the case goes to the desk with this answer
        await turn.save_case(state, complete=False, human=False)
    escalate_if_urgent(turn)
    turn.send_prompts(transition.prompts)
    if danger:
        # after the first aid that says to call for help, before the next question
        emergency_numbers(turn, state, danger, at=len(turn.outgoing) - 1 if transition.prompts else None)
    if turn.record.status == "finished" and turn.record.case_id is not None and transition.prompts:
        offer_report(turn)


DANGER_TOLD = "_danger_told"  # a slot: the level of danger the emergency numbers were last given for

_PICKED: weakref.WeakKeyDictionary[Engine, frozenset[str]] = weakref.WeakKeyDictionary()


def picked_slots(engine: Engine) -> frozenset[str]:
    """The answers given with buttons (`choose` steps): what the triage's rules on answers read."""
    found = _PICKED.get(engine)
    if found is None:
        found = _PICKED[engine] = frozenset(flow.slot_of(step_id) for flow in engine.flows
                                            for step_id, step in flow.steps.items() if step.kind == "choose")
    return found


def physical_danger(turn: Turn, state: ConversationState) -> int:
    """How grave the danger the answers speak of, when it is graver than when the numbers were last given
    (0: nothing new). An answer is danger when it matches a triage rule marked `safety: true` (flows/triage.yaml:
    someone threatened to hurt them, stalking, their safety as what worries them most), so a new choice that
    means danger needs a rule, not code. Words in free text are the Safety handler's: it reads every message."""
    triage = turn.tools.triage
    if triage is None:
        return 0
    picked = picked_slots(turn.tools.engine)
    found = triage.in_danger({name: value for name, value in state.slots.items() if name in picked})
    if found is None:
        return 0
    told = state.slots.get(DANGER_TOLD)
    told = int(Urgency.CRITICAL) if told is True else int(told or 0)  # True: a conversation from before levels
    return int(found.level) if found.level > told else 0


def emergency_numbers(turn: Turn, state: ConversationState, level: int, at: int | None = None) -> None:
    """A person in physical danger gets the emergency numbers of their country at once, as crisis words
    would bring them (bot/services/handlers/safety.py) — unless those words just did: their case says so."""
    triage = turn.tools.triage
    if triage is None:
        return
    said = {rule.reason for rule in triage.rules if rule.safety and rule.when.word_lists()}
    if turn.draft is not None and said.intersection(turn.draft.reasons):
        level = int(Urgency.CRITICAL)  # crisis words brought the numbers, as for the gravest danger
    else:
        phone = state.slots.get("phone")
        country = triage.country_for(phone if isinstance(phone, str) else None, turn.locale)
        turn.say(safety_message(triage.emergency_numbers(country),
                                lambda ref: turn.tools.i18n.render(turn.locale, ref)), at=at)
    state.slots[DANGER_TOLD] = level
    turn.record.state = state.to_json()


def offer_report(turn: Turn) -> None:
    """A button under the last words of an intake that opened a case: "Get a summary of my report"."""
    last = turn.outgoing[-1]
    label = turn.tools.i18n.render(turn.locale, "report-button")
    turn.outgoing[-1] = replace(last, reply=replace(last.reply, choices=(*last.reply.choices, Choice(REPORT, label))))


def escalate_if_urgent(turn: Turn) -> None:
    """A case that is (or became) high or critical, or where a person was asked for, goes to the desk at
    once: its escalation chain starts and its cards are posted, in the same commit."""
    draft, tools = turn.draft, turn.tools
    if draft is None or draft.escalated or not tools.desks:
        return
    if draft.urgency < escalation.URGENT and not draft.human:
        return
    known = next((c for c in turn.cases if c.id == draft.id), None) if draft.id is not None else None
    if known is not None and known.ref.status is not CaseStatus.NEW:
        return  # already at the desk
    draft.escalated = True
    now = tools.clock()
    view = CaseView(id=NEW_CASE if draft.id is None else draft.id, reference=draft.reference,
                    status=CaseStatus.ESCALATED.value, urgency=draft.urgency, category=draft.category,
                    locale=draft.locale, answers=draft.answers, reasons=draft.reasons,
                    human_requested=draft.human, created_at=now, victim_platform=turn.key.platform,
                    victim_chat=turn.chat.chat_id if turn.chat else None)
    change, cards_out = escalation.start(view, tools, now)
    turn.escalations.append(change)
    turn.outgoing.extend(cards_out)
    turn.audit.append(AuditRow("case_escalated", view.id, turn.actor, {"urgency": Urgency(draft.urgency).label,
                                                                        "reasons": list(draft.reasons)}))


EARLY_WORDS = "_early"  # a slot: what the person wrote before the first question was answered
STORY_SLOT = "story"  # the intake's free account of what happened, which those words become part of
EARLY_MIN_WORDS = 3  # "hi", "help please": a greeting, nothing to keep
STORY_MIN_WORDS = 12  # this much already tells the story: it is not asked again


def keep_early_words(turn: Turn, text: str | None) -> bool:
    """Keep a message written before any question was answered: it becomes (part of) the story. True
    when it is long enough to say so to the person (shorter ones are kept silently)."""
    if not text or len(text.split()) < EARLY_MIN_WORDS:
        return False
    state = turn.state
    assert state is not None
    state.slots.setdefault(EARLY_WORDS, []).append(text.strip())
    turn.record.state = state.to_json()
    return len(" ".join(state.slots[EARLY_WORDS]).split()) >= STORY_MIN_WORDS


def _with_early_story(turn: Turn, transition: Transition) -> Transition:
    """Reaching the story question with words kept from the start: they are the answer, so the person
    is not asked to tell it all again (the summary shows it, and it can be changed there)."""
    state = transition.state
    early = state.slots.get(EARLY_WORDS)
    if not early or state.finished:
        return transition
    if STORY_SLOT in state.slots:
        # the story was just told: what they wrote at the start goes first, nothing is lost
        del state.slots[EARLY_WORDS]
        told = "\n".join([*early, str(state.slots[STORY_SLOT])])
        state.slots[STORY_SLOT] = state.display[STORY_SLOT] = told
        return transition
    engine = turn.tools.engine
    flow, _ = engine.step_of(state)
    if (flow.slot_of(state.step) != STORY_SLOT or engine.expectation(state).kind != "ask"
            or len(" ".join(early).split()) < STORY_MIN_WORDS):
        return transition
    del state.slots[EARLY_WORDS]
    answered = engine.answer(state, text="\n".join(early), locale=turn.locale, now=turn.tools.clock())
    if answered.state.step == state.step:  # the validator refused it: ask as usual
        state.slots[EARLY_WORDS] = early
        return transition
    prompts = [p for p in transition.prompts if p not in engine.prompts_for(state)]
    return Transition(answered.state, [*prompts, Prompt(MessageRef("early-story-used")), *answered.prompts],
                      [*transition.effects, *answered.effects])


def end_without_report(turn: Turn) -> None:
    """The person ended before there was a report (they declined): keep nothing they wrote or sent,
    so that "nothing has been saved" is true. Only platform ids stay, to recognise redeliveries."""
    turn.erase = True
    state = turn.state
    if state is not None:
        state.slots, state.display, state.history = {}, {}, []
        turn.record.state = state.to_json()


class Intake:
    """The last handler: whatever no command or confirmation took is an answer to the flow."""

    async def handle(self, turn: Turn, event: Event) -> bool:
        if turn.record.state is None:
            start_conversation(turn, files=sum(1 for f in event.files if f.sha256))
            if keep_early_words(turn, event.text):
                turn.say(MessageRef("early-kept"), at=len(turn.outgoing) - 1)  # before the consent question
            return True
        accepted = sum(1 for f in event.files if f.sha256)
        if not turn.active:
            if accepted:
                turn.say(MessageRef("file-kept"))
            turn.say(MessageRef("after-finish", case_args(turn, turn.case_refs())))
            return True
        back = returning(turn)
        if back:
            turn.say(MessageRef("welcome-back"))
        if not (event.text or event.choice or event.files):
            turn.say(MessageRef("message-unsupported"))
            turn.reprompt()
            return True
        await advance(turn, event.text, event.choice, accepted, returning=back,
                      region_locale=regional(turn.locale, event.language_hint))
        return True


def regional(locale: str, hint: str | None) -> str:
    """The conversation's language with the platform's region when they agree ("pt" + "pt-BR" -> "pt-BR"),
    so that a phone number without its country code is read as the person's own country's."""
    if hint and hint.replace("_", "-").split("-")[0].lower() == locale and "-" in hint.replace("_", "-"):
        return hint.replace("_", "-")
    return locale


async def advance(turn: Turn, text: str | None, choice: str | None, files: int, *, returning: bool = False,
                  region_locale: str | None = None) -> None:
    state = turn.state
    assert state is not None
    engine = turn.tools.engine
    expect = engine.expectation(state)
    if files and expect.kind != "upload":
        turn.say(MessageRef("file-kept"))
        if not (text or choice):
            # counted with the report wherever it was sent; the question stays as it was
            turn.record.state = engine.answer(state, files=files, locale=turn.locale).state.to_json()
            turn.reprompt()
            return
    if choice is None and text is not None and expect.choices:
        choice = choice_from_text(turn, state, text, expect.choices)
        if choice is None and not state.history and keep_early_words(turn, text):
            # written while the first question (consent) is shown: kept, never refused
            turn.say(MessageRef("early-kept"))
            turn.reprompt()
            return
        if choice is None and state.history and asks_to_go_back(turn, text):
            await apply_transition(turn, engine.back(state))  # "no wait, back": as /back, not "press a button"
            return
    transition = engine.answer(state, text=text, choice=choice, files=files, locale=region_locale or turn.locale,
                               now=turn.tools.clock())
    if returning and transition.state.misses > state.misses:
        turn.reprompt()  # back after a while with a "hello": the question itself, not a correction
        return
    await apply_transition(turn, _with_early_story(turn, transition))

"""The intake flow: start it, move it on with each answer, open the case, and answer after the end."""

from __future__ import annotations

from typing import Any

from bot.domain import CaseRef, MessageRef
from bot.engine.machine import Finished, OpenCase, RequestHuman, Transition
from bot.services.handlers.reading import choice_from_text
from bot.services.turn import Event, Turn


def case_args(turn: Turn, cases: list[CaseRef] | None = None) -> dict[str, Any]:
    case = turn.case or (cases[-1] if cases else None)
    return {"reference": case.reference if case else "", "status": case.status.value if case else "",
            "cases": len(cases) if cases is not None else int(case is not None)}


def start_conversation(turn: Turn, keep_case: bool = False) -> None:
    turn.record.status = "active"
    if not keep_case:
        turn.record.case_id = None
    transition = turn.tools.engine.start()
    turn.record.state = transition.state.to_json()
    turn.send_prompts(transition.prompts)


async def apply_transition(turn: Turn, transition: Transition) -> None:
    turn.record.state = transition.state.to_json()
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
    turn.send_prompts(transition.prompts)


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
            start_conversation(turn)
            return True
        accepted = sum(1 for f in event.files if f.sha256)
        if not turn.active:
            if accepted:
                turn.say(MessageRef("file-kept"))
            turn.say(MessageRef("after-finish", case_args(turn, turn.case_refs())))
            return True
        if not (event.text or event.choice or event.files):
            turn.say(MessageRef("message-unsupported"))
            turn.reprompt()
            return True
        await advance(turn, event.text, event.choice, accepted)
        return True


async def advance(turn: Turn, text: str | None, choice: str | None, files: int) -> None:
    state = turn.state
    assert state is not None
    engine = turn.tools.engine
    expect = engine.expectation(state)
    if files and expect.kind != "upload":
        turn.say(MessageRef("file-kept"))
        if not (text or choice):
            turn.reprompt()
            return
    if choice is None and text is not None and expect.choices:
        choice = choice_from_text(turn, state, text, expect.choices)
    transition = engine.answer(state, text=text, choice=choice, files=files if expect.kind == "upload" else 0,
                               locale=turn.locale, now=turn.tools.clock())
    await apply_transition(turn, transition)

"""The universal commands, in every state and every language: typed with a slash, sent as a platform
command, or written as one of the locale's words for it."""

from __future__ import annotations

from bot.domain import MessageRef
from bot.engine.machine import RequestHuman, Transition
from bot.services.handlers.confirmations import ask_cancel, ask_forget, cancel
from bot.services.handlers.intake import HUMAN_WISH, apply_transition, start_conversation
from bot.services.handlers.language import language_buttons
from bot.services.handlers.reading import command_of
from bot.services.summary import send_report
from bot.services.texts import COMMANDS
from bot.services.turn import Event, Turn


class UniversalCommands:
    async def handle(self, turn: Turn, event: Event) -> bool:
        name = command_of(turn, event)
        if name is None:
            return False
        await run_command(turn, name)
        return True


async def run_command(turn: Turn, name: str) -> None:
    engine = turn.tools.engine
    turn.record.pending = None
    if name == "start":
        if turn.active:
            turn.say(MessageRef("welcome-back"))
            turn.reprompt()
        else:
            start_conversation(turn)
    elif name == "help":
        turn.say_lines(help_lines())
        turn.reprompt()
    elif name == "back":
        if turn.active:
            await apply_transition(turn, engine.back(turn.state))  # type: ignore[arg-type]
        else:
            turn.say(MessageRef("nothing-to-go-back"))
    elif name == "restart":
        turn.say(MessageRef("restarted"))
        start_conversation(turn, keep_case=turn.active)
    elif name == "cancel":
        state = turn.state
        unsent = turn.record.case_id is None and state is not None and any(
            not slot.startswith("_") for slot in state.slots)
        if turn.active and unsent:
            ask_cancel(turn)  # answers no report holds yet: one word must not throw them away
        else:
            cancel(turn)
    elif name == "language":
        turn.record.pending = "language"
        turn.say(MessageRef("language-pick"), language_buttons(turn))
    elif name == "status":
        cases = turn.case_refs()
        if not cases:
            turn.say(MessageRef("status-none"))
        for case in cases:
            turn.say(MessageRef("status-case", {"reference": case.reference, "status": case.status.value}))
        turn.reprompt()
    elif name == "report":
        await send_report(turn)
    elif name == "forget":
        ask_forget(turn)
    elif name == "human":
        state = turn.state
        if state is None or (turn.active and not state.history):
            # nothing is stored before the person agreed: the wish is noted, the case waits for consent
            if state is None:
                start_conversation(turn, quiet=True)
                state = turn.state
                assert state is not None
            state.slots[HUMAN_WISH] = True
            turn.record.state = state.to_json()
            turn.say(MessageRef("human-after-consent"))
            turn.reprompt()
            return
        await apply_transition(turn, Transition(state, [], [RequestHuman()]))
        turn.reprompt()
    else:
        turn.say(MessageRef("command-unknown"))
        turn.reprompt()



def help_lines() -> list[MessageRef]:
    """The help message with one line per universal command, so it can never leave one out."""
    return [MessageRef("help"), *(MessageRef("help-line", {"command": f"/{name}",
                                                           "description": MessageRef(f"command-{name}")})
                                  for name in COMMANDS)]

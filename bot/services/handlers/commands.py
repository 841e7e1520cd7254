"""The universal commands, in every state and every language: typed with a slash, sent as a platform
command, or written as one of the locale's words for it."""

from __future__ import annotations

from bot.domain import MessageRef
from bot.engine.machine import RequestHuman, Transition
from bot.services.handlers.intake import apply_transition, case_args, start_conversation
from bot.services.handlers.language import language_buttons
from bot.services.handlers.reading import command_of
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
        turn.say(MessageRef("help"))
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
        if turn.record.state is not None:
            turn.record.status = "cancelled"
        turn.say(MessageRef("cancelled", case_args(turn, turn.case_refs())))
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
    elif name == "forget":
        turn.record.pending = "forget"
        i18n = turn.tools.i18n
        turn.say(MessageRef("forget-confirm"), [("yes", i18n.render(turn.locale, "forget-yes")),
                                                ("no", i18n.render(turn.locale, "forget-no"))])
    elif name == "human":
        state = turn.state
        if state is None:
            state = engine.start().state
            turn.record.state = state.to_json()
        await apply_transition(turn, Transition(state, [], [RequestHuman()]))
        turn.reprompt()
    else:
        turn.say(MessageRef("command-unknown"))
        turn.reprompt()

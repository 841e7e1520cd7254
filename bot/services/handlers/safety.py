"""Safety first: words of suicide, self-harm or danger right now, in any language, at any step, bring the
emergency numbers for the person's country and send the case to the desk at once, as critical."""

from __future__ import annotations

from bot.domain import Urgency
from bot.engine.machine import ConversationState
from bot.services.handlers.intake import escalate_if_urgent, start_conversation
from bot.services.turn import Event, Turn
from bot.triage import safety_message


class Safety:
    """Never consumes the event: what the person wrote is still an answer (or a story) after this."""

    async def handle(self, turn: Turn, event: Event) -> bool:
        triage, text = turn.tools.triage, event.text
        if triage is None or not text or text.lstrip().startswith("/"):
            return False
        reasons = triage.crisis(text, turn.locale)
        if not reasons:
            return False
        state = turn.state
        phone = state.slots.get("phone") if state is not None else None
        country = triage.country_for(phone if isinstance(phone, str) else None, turn.locale, event.language_hint)
        numbers = triage.emergency_numbers(country)
        turn.say(safety_message(numbers, lambda ref: turn.tools.i18n.render(turn.locale, ref)))
        if turn.contact is None:
            return False
        if state is None:
            start_conversation(turn, quiet=True)
            state = turn.state
        assert state is not None
        # a life at risk comes before consent: the case exists so that a person can be told now
        state = ConversationState.from_json(state.to_json())
        state.urgency = max(state.urgency, int(Urgency.CRITICAL))
        turn.record.state = state.to_json()
        await turn.save_case(state, complete=False, human=False, reasons=list(reasons))
        escalate_if_urgent(turn)
        return False

"""Answers to a question a command asked (which language? really delete everything?)."""

from __future__ import annotations

from bot.domain import MessageRef, Outgoing
from bot.engine.machine import Prompt
from bot.services.handlers.language import choose_language, language_named
from bot.services.turn import Event, Turn, normalize


class PendingConfirmation:
    async def handle(self, turn: Turn, event: Event) -> bool:
        pending = turn.record.pending
        if pending is None:
            return False
        turn.record.pending = None
        if pending == "language":
            wanted = language_named(turn, event.text)
            if wanted is None:
                turn.say(MessageRef("language-unchanged",
                                    {"language": turn.tools.i18n.native_name(turn.locale)}))
                turn.reprompt()
            else:
                choose_language(turn, wanted)
            return True
        yes = event.choice == "yes" or (event.text is not None and normalize(event.text) == normalize(
            turn.tools.i18n.render(turn.locale, "forget-yes")))
        if not yes:
            turn.say(MessageRef("forget-kept"))
            turn.reprompt()
            return True
        forget(turn)
        return True


def forget(turn: Turn) -> None:
    """Delete everything about the person; the goodbye is the only thing left to send, then deleted too."""
    goodbye = turn.render(Prompt(MessageRef("forget-done")))
    assert turn.chat is not None
    turn.outgoing.clear()  # nothing queued in this turn should reach a person who asked us to forget them
    turn.evidence.clear()
    turn.audit.clear()
    turn.draft = None
    turn.forget = True
    turn.outgoing.append(Outgoing(turn.chat, goodbye, ephemeral=True))

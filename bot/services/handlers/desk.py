"""The volunteers' desk: what a message or a button in a volunteer chat means. Escalation and relay add
their handlers here; until then the desk answers /help and keeps everything else as a stored event."""

from __future__ import annotations

from bot.domain import MessageRef
from bot.services.turn import Event, Turn

DESK_COMMANDS = ("help",)


def desk_command(event: Event) -> str | None:
    if event.command:
        return event.command
    text = (event.text or "").strip()
    if text.startswith("/") and len(text) > 1:
        return text[1:].split(maxsplit=1)[0].split("@")[0].lower()
    return None


def command_words(event: Event) -> list[str]:
    """The words after the command: a platform command's argument, or the rest of the typed line."""
    if event.command:
        return (event.argument or "").split()
    return (event.text or "").split()[1:]


class DeskHelp:
    async def handle(self, turn: Turn, event: Event) -> bool:
        if desk_command(event) == "help":
            turn.say(MessageRef("desk-help"), to=event.chat)  # in the same topic or thread
        return True

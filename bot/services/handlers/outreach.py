"""A person who asked for help in public (a server channel, a slash command) is answered there briefly,
through the outbox like every text, and the conversation continues in private."""

from __future__ import annotations

from bot.domain import ChatKind, MessageRef
from bot.services.turn import Event, Turn

DM_CLOSED = "_dm_closed"  # the channel could not open a private chat with the person


class Outreach:
    async def handle(self, turn: Turn, event: Event) -> bool:
        if event.command == DM_CLOSED:
            turn.say(MessageRef("discord-dm-closed"), to=event.chat, reply_to=event.reply_to)
            return True
        if event.origin is not None and event.origin.kind is ChatKind.INTERACTION:
            turn.say(MessageRef("discord-moved-to-dm"), to=event.origin)
        return False

"""Before any handler reads an event: a person who writes again can be reached again, gets a first
language, and has their files kept (or is told the size limit)."""

from __future__ import annotations

from bot.domain import MessageRef
from bot.services.handlers.language import first_locale
from bot.services.turn import Event, Turn


class Upkeep:
    async def handle(self, turn: Turn, event: Event) -> bool:
        contact = turn.contact
        assert contact is not None
        if contact.blocked:
            contact.blocked = False  # they wrote again, so they can hear from us again
        if contact.locale is None:
            first_locale(turn, event.language_hint, turn.event_start)
        accepted = [f for f in event.files if f.sha256]
        if len(accepted) < len(event.files):
            turn.say(MessageRef("file-too-large", {"limit_mb": turn.tools.max_file_bytes // (1024 * 1024)}))
        if accepted:
            turn.keep_files(accepted, event.id)
        return False

"""Handlers chosen by registry: each decides what an event means for its audience, in order, until one
has handled it. A new capability (safety, triage, volunteer commands, case actions, relay) is a new
handler in a list, not a branch in the pipeline."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from bot.services.turn import Event, Turn


class Handler(Protocol):
    async def handle(self, turn: Turn, event: Event) -> bool:
        """Act on the event; True if it is handled and later handlers must not see it."""
        ...


class Router:
    """The victims' handlers and the desk's handlers, each an ordered list."""

    def __init__(self, victim: Sequence[Handler], desk: Sequence[Handler]) -> None:
        self.victim = list(victim)
        self.desk = list(desk)

    async def route(self, turn: Turn, event: Event) -> None:
        turn.event_start = len(turn.outgoing)
        for handler in self.desk if turn.contact is None else self.victim:
            if await handler.handle(turn, event):
                return

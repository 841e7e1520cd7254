"""Evaluates the structured conditions of a flow's `next` list against the answers so far."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.domain import Urgency
from bot.engine.schema import Condition


def holds(condition: Condition, slots: Mapping[str, Any], urgency: Urgency) -> bool:
    if condition.all is not None:
        return all(holds(c, slots, urgency) for c in condition.all)
    if condition.any is not None:
        return any(holds(c, slots, urgency) for c in condition.any)
    if condition.not_ is not None:
        return not holds(condition.not_, slots, urgency)
    if condition.urgency_at_least is not None:
        return urgency >= condition.urgency_at_least
    value = slots.get(condition.slot or "")
    if condition.answered is not None:
        return (value is not None) == condition.answered
    if condition.in_ is not None:
        return value in condition.in_
    return value == condition.eq

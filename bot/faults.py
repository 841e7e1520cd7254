"""Named crash points for fault tests: FRONTDOOR_CRASH_AT=<name>[,<name>] kills the process right there."""

from __future__ import annotations

import os

_ARMED = frozenset(filter(None, os.environ.get("FRONTDOOR_CRASH_AT", "").split(",")))


def crash_point(name: str) -> None:
    # os._exit, not an exception: no cleanup, no flush, no finally — like a power cut or kill -9
    if name in _ARMED:
        os._exit(86)

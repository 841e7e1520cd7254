"""Named crash points for fault tests: FRONTDOOR_CRASH_AT=name[:n],... kills the process the n-th time there."""

from __future__ import annotations

import os
from collections import Counter


def _armed() -> dict[str, int]:
    points: dict[str, int] = {}
    for item in filter(None, os.environ.get("FRONTDOOR_CRASH_AT", "").split(",")):
        name, _, nth = item.partition(":")
        points[name.strip()] = int(nth or 1)
    return points


_ARMED = _armed()
_reached: Counter[str] = Counter()


def crash_point(name: str) -> None:
    if name not in _ARMED:
        return
    _reached[name] += 1
    if _reached[name] == _ARMED[name]:
        # os._exit, not an exception: no cleanup, no flush, no finally, like kill -9 or a power cut
        os._exit(86)

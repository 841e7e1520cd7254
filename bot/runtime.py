"""What a long-running server process tunes once at start-up, after its imports and the loading of the flows
and translations, before it answers anyone."""

from __future__ import annotations

import gc
from dataclasses import dataclass

# The collector's thresholds (generations 0, 1, 2) for a server. A message makes thousands of short-lived objects,
# nearly all freed at once by reference counting; at CPython's 700 the youngest generation was still collected
# every twenty messages or so on the SQL store, and the older ones after it. At 10,000 it is collected some 25 times
# less often (on the in-memory store, almost never), and no pause took more than a few milliseconds. Higher is not
# better: a collection examines what was made since the last one, so fewer collections are longer ones (at 50,000:
# 50-60 ms pauses on the SQL store). Measured with bench/turn_cpu.py, and its transcripts played on SQLite.
GC_THRESHOLD = (10_000, 10, 10)


@dataclass(frozen=True)
class GcBefore:
    """The collector's thresholds before `tune_gc`, for `untune_gc`."""

    threshold: tuple[int, int, int]


def tune_gc(threshold: tuple[int, int, int] = GC_THRESHOLD) -> GcBefore:
    """Take what start-up made out of the collector's sight, and collect less often.

    Everything alive now (modules, the flows, the translations, the libraries' tables: some two hundred thousand
    objects) lives as long as the process. `gc.freeze()` moves it to a permanent generation that no collection
    walks again: without it, every full collection walks all of it, a pause of a tenth of a second or more in
    the middle of someone's message. A collection first, so that start-up's garbage is freed, not kept for ever.
    Modules imported on first use (dateparser, phonenumbers, ...) after this call are not frozen.
    """
    before = GcBefore(gc.get_threshold())
    gc.collect()
    gc.freeze()
    gc.set_threshold(*threshold)
    return before


def untune_gc(before: GcBefore) -> None:
    """Undo `tune_gc` (for tests: a server keeps it): nothing frozen, the thresholds it found."""
    gc.unfreeze()
    gc.set_threshold(*before.threshold)

"""What a long-running server process tunes once at start-up, after its imports and the loading of the flows
and translations, before it answers anyone."""

from __future__ import annotations

import gc
from dataclasses import dataclass

# The collector's thresholds (generation 0, 1, 2) for a server: the youngest generation is collected after 50,000
# new container objects instead of 700. A message makes thousands of short-lived objects, nearly all freed by
# reference counting; at 700 a collection ran every few messages, and every tenth one of those reached the older
# generations. Measured with bench/turn_cpu.py: fewer pauses, none of them long.
GC_THRESHOLD = (50_000, 20, 20)


@dataclass(frozen=True)
class GcBefore:
    """The collector's thresholds before `tune_gc`, for `untune_gc`."""

    threshold: tuple[int, int, int]


def tune_gc(threshold: tuple[int, int, int] = GC_THRESHOLD) -> GcBefore:
    """Take what start-up made out of the collector's sight, and collect less often.

    Everything alive now (modules, the flows, the translations, the libraries' tables: a few hundred thousand
    objects) lives as long as the process. `gc.freeze()` moves it to a permanent generation that no collection
    walks again: without it, every full collection walks all of it, a pause of a tenth of a second or more in
    the middle of someone's message. A collection first, so that start-up's garbage is freed, not kept for ever.
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

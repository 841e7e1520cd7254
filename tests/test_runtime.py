"""What a server tunes once at start-up (bot/runtime.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from bot.runtime import GC_THRESHOLD, tune_gc, untune_gc


@pytest.fixture
def collector() -> Iterator[None]:
    """The collector as the test found it, afterwards: unfrozen, its thresholds."""
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    assert frozen == 0  # nothing else freezes: unfreezing afterwards restores what was
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_tune_gc_freezes_what_start_up_made_and_raises_the_thresholds(collector: None) -> None:
    before = tune_gc()
    assert gc.get_freeze_count() > 0  # the modules imported so far, at least
    assert gc.get_threshold() == GC_THRESHOLD
    assert GC_THRESHOLD[0] > 700  # CPython's default
    untune_gc(before)
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before.threshold


def test_tune_gc_takes_other_thresholds(collector: None) -> None:
    tune_gc((20_000, 15, 15))
    assert gc.get_threshold() == (20_000, 15, 15) and gc.get_freeze_count() > 0


def test_what_is_frozen_is_not_collected_but_what_comes_after_is(collector: None) -> None:
    tune_gc()
    cycle: list = []
    cycle.append(cycle)
    del cycle
    assert gc.collect() >= 1  # garbage made after start-up is still collected

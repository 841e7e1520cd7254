"""Cutting long replies into messages a platform accepts, at paragraph, line or word boundaries."""

from __future__ import annotations

from collections.abc import Callable


def split_text(text: str, limit: int, measure: Callable[[str], int] = len) -> list[str]:
    """Chunks whose `measure` (e.g. the length once escaped) is at most `limit`, cut where a reader
    would pause: a blank line, a line end, a sentence end, a space; mid-word only for a word too long."""
    chunks: list[str] = []
    rest = text
    while measure(rest) > limit:
        cut = _cut_point(rest, limit, measure)
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not chunks:
        chunks.append(rest)
    return chunks


def _cut_point(text: str, limit: int, measure: Callable[[str], int]) -> int:
    size = limit
    while measure(text[:size]) > limit:  # measuring only ever adds (escaping lengthens, never shortens)
        size -= max(1, (measure(text[:size]) - limit) // 5)
    window = text[:size]
    for separator in ("\n\n", "\n", ". ", " "):
        at = window.rfind(separator)
        if at > size // 2:
            return at + len(separator)
    return size

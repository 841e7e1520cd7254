"""What typed words mean where buttons are shown: each locale's yes and no (`words-yes`, `words-no`) and the
synonyms written beside a button's label (`<label key>-words`), compared case- and accent-insensitively."""

from __future__ import annotations

import functools
import re

from bot.i18n import Translator
from bot.services.turn import normalize

WORDS = "-words"
_SEPARATORS = re.compile(r"[,،]")  # Arabic writers may use their own comma


@functools.lru_cache(maxsize=4096)
def words(i18n: Translator, locale: str, key: str) -> frozenset[str]:
    """The comma-separated words of `key` in `locale`, normalized; none if the locale does not have it
    (another language's words are never used: "no" in one is not "no" in every other)."""
    if not i18n.has(locale, key):
        return frozenset()
    return frozenset(filter(None, (normalize(w) for w in _SEPARATORS.split(i18n.render(locale, key)))))


def yes_no(i18n: Translator, locale: str, text: str) -> str | None:
    """"yes", "no", or None when the text is neither in this locale."""
    said = normalize(text)
    if said in words(i18n, locale, "words-yes"):
        return "yes"
    if said in words(i18n, locale, "words-no"):
        return "no"
    return None

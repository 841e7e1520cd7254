"""Triage and safety: how urgent a case is and why, from the answers and the words a person wrote, and
which emergency numbers to give them. Everything comes from data (`flows/triage.yaml` and the files it
names under `flows/data/`); `load_triage` reads it once, and after that nothing here does any I/O.

Words are matched whole, after folding case, accents, apostrophes and repeated letters: "skilled" never
matches "killed" and "therapist" never "rapist". An entry in a word list is a phrase of whole words with
two marks: `(a|b|)` picks one of several words at that place (an empty choice makes it optional; choices
may nest and hold several words), and `word*` is any word that begins with `word` (for inflections, used
only where every ending is meant). Arabic words are also found behind the prefixes written onto them
(و ف ب ل ك س and the article ال). Every language's lists are checked on every message: people switch
languages in distress, and a list of one language never needs to know the others.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.domain import MessageRef, Urgency

LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "uk", "ru", "ar")
RECENT_TEXTS = 4096  # texts whose word lists are remembered (by digest): a few hundred conversations' answers

# Every reason id the rules may give; each is shown to volunteers as `triage-reason-<id>` (in every
# locale's safety.ftl, registered in bot/services/texts.py). A reason in triage.yaml that is not here is a
# load error, so a new rule cannot reach a case card without its label.
REASONS = (
    "crisis_self_harm", "crisis_danger", "sextortion", "critical_service", "human_requested", "ongoing",
    "money_leaving", "deadline", "minor", "physical_threat", "organisation", "extortion", "ransomware", "paid",
)
# What an emergency number is for; each is a variant of `safety-numbers-line` in every locale.
NUMBER_KINDS = ("emergency", "police", "ambulance", "crisis", "mobile")

SAFETY_MESSAGE = "safety-message"
SAFETY_NUMBERS_LINE = "safety-numbers-line"
IGNORE = "ignore"  # a word list whose phrases hide the words they contain from every other list


def reason_key(reason: str) -> str:
    return f"triage-reason-{reason}"


class TriageError(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


# --- words ------------------------------------------------------------------------------------------

_APOSTROPHES = dict.fromkeys(map(ord, "'’ʼ`´‘′"), None)
# English possessive and "is": "my son's photos" is "my son photos", "he's" is "he" (elsewhere an
# apostrophe joins: "j'ai" → "jai", "don't" → "dont", "вб'ю" → "вбю").
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])['’ʼ]s\b", re.IGNORECASE)
_ARABIC = {
    **{0x0660 + i: str(i) for i in range(10)},  # Arabic-Indic digits
    **{0x06F0 + i: str(i) for i in range(10)},  # Persian digits
    ord("ة"): "ه", ord("ى"): "ي", 0x0640: None,  # ta marbuta, alef maqsura, tatweel
}
_WORD = re.compile(r"[^\W_]+")
_REPEATS = re.compile(r"([^\W\d_])\1+")
_ARABIC_WORD = re.compile(r"^[\u0600-\u06ff]")
# Prefixes written onto an Arabic word: a conjunction, a preposition or the future mark, the article.
# Hamza seats and alef forms are already folded (أ إ آ → ا): the marks are gone.
_AR_CONJ = ("", "و", "ف")
_AR_PREP = ("", "ب", "ل", "ك", "س")
_AR_ART = ("", "ال")
_AR_MIN = 3  # letters that must remain after a prefix is taken off


def fold(text: str) -> str:
    """Case, accents and marks (Latin, Cyrillic й/ї/ё, Arabic vowels and hamza), apostrophes, Arabic letter
    variants and digits folded; what is left is compared word by word."""
    text = unicodedata.normalize("NFKD", _POSSESSIVE.sub("", text).translate(_APOSTROPHES).casefold())
    text = "".join(char for char in text if not unicodedata.category(char).startswith("M"))
    return text.translate(_ARABIC)


def words(text: str) -> list[str]:
    """The whole words of a text, folded, with letters repeated for emphasis written once ("killl")."""
    return [_REPEATS.sub(r"\1", word) for word in _WORD.findall(fold(text))]


def _forms(word: str) -> tuple[str, ...]:
    """A word and, for an Arabic word, the word behind each prefix written onto it."""
    if not _ARABIC_WORD.match(word):
        return (word,)
    found = [word]
    for conj in _AR_CONJ:
        for prep in _AR_PREP:
            for art in _AR_ART:
                head = conj + prep + art
                if head and word.startswith(head) and len(word) - len(head) >= _AR_MIN:
                    found.append(word[len(head):])
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class _Token:
    text: str
    prefix: bool  # `word*`: any word that begins with `text`

    def matches(self, forms: tuple[str, ...]) -> bool:
        return any(form.startswith(self.text) for form in forms) if self.prefix else self.text in forms


_SYNTAX = re.compile(r"\s+|[()|]|[^\s()|]+")


def _parse(entry: str) -> list[Any]:
    """An entry as a sequence of items: a word (str) or a choice (a list of sequences)."""
    parts = _SYNTAX.findall(entry)
    pos = 0

    def sequence(inside: bool) -> list[Any]:
        nonlocal pos
        items: list[Any] = []
        after_word = False  # "sabe(m|)" would read as two words: refuse it rather than surprise
        while pos < len(parts):
            part = parts[pos]
            if part in ("|", ")"):
                if not inside:
                    raise ValueError(f"unexpected {part!r}")
                return items
            pos += 1
            if part.isspace():
                after_word = False
                continue
            if part == "(":
                if after_word:
                    raise ValueError("a choice is whole words: write (sabe|sabem), not sabe(m|)")
                choices = [sequence(True)]
                while pos < len(parts) and parts[pos] == "|":
                    pos += 1
                    choices.append(sequence(True))
                if pos >= len(parts) or parts[pos] != ")":
                    raise ValueError("unclosed '('")
                pos += 1
                items.append(choices)
                after_word = False
            else:
                items.append(part)
                after_word = True
        if inside:
            raise ValueError("unclosed '('")
        return items

    return sequence(False)


@functools.cache
def _word_tokens(raw: str) -> tuple[_Token, ...]:
    prefix = raw.endswith("*")
    parts = words(raw.rstrip("*"))
    if "*" in raw.rstrip("*") or not parts:
        raise ValueError(f"{raw!r}: a word is letters or digits, with `*` only at its end")
    return (*(_Token(part, False) for part in parts[:-1]), _Token(parts[-1], prefix))


# A compiled entry is a sequence of items: a _Token, or a choice (a tuple of sequences).
_Seq = tuple[Any, ...]


def _compile(items: list[Any]) -> _Seq:
    out: list[Any] = []
    for item in items:
        if isinstance(item, str):
            out.extend(_word_tokens(item))
        else:
            out.append(tuple(dict.fromkeys(_compile(choice) for choice in item)))
    return tuple(out)


def _firsts(seq: _Seq, k: int = 0) -> tuple[set[_Token], bool]:
    """The words a sequence (from item k) may begin with, and whether it may match no word at all."""
    if k == len(seq):
        return set(), True
    item = seq[k]
    if isinstance(item, _Token):
        return {item}, False
    found: set[_Token] = set()
    empty = False
    for choice in item:
        firsts, nullable = _firsts(choice)
        found |= firsts
        empty = empty or nullable
    if empty:
        rest, nullable = _firsts(seq, k + 1)
        return found | rest, nullable
    return found, False


def _ends(seq: _Seq, forms: Sequence[tuple[str, ...]], pos: int, k: int = 0) -> set[int]:
    """Every word position where the sequence (from item k), begun at `pos`, can end."""
    if k == len(seq):
        return {pos}
    item = seq[k]
    if isinstance(item, _Token):
        if pos < len(forms) and item.matches(forms[pos]):
            return _ends(seq, forms, pos + 1, k + 1)
        return set()
    ends: set[int] = set()
    for choice in item:
        for middle in _ends(choice, forms, pos):
            ends |= _ends(seq, forms, middle, k + 1)
    return ends


def _phrases(seq: _Seq) -> list[str]:
    """Every phrase a compiled sequence stands for (for reading and for tests; the matcher never expands)."""
    results = [""]
    for item in seq:
        if isinstance(item, _Token):
            options = [item.text + ("*" if item.prefix else "")]
        else:
            options = [phrase for choice in item for phrase in _phrases(choice)]
        results = [f"{done} {option}".strip() for done in results for option in dict.fromkeys(options)]
    return results


def expand(entry: str) -> list[str]:
    """Every phrase an entry stands for, in folded words: `(a|b|)` picks one choice (nesting allowed)."""
    return [phrase for phrase in _phrases(compile_entry(entry)) if phrase]


@dataclass(frozen=True)
class Phrase:
    """One entry of a word list: as written in its data file, and compiled."""

    list_id: str
    language: str
    entry: str
    seq: _Seq = field(compare=False, repr=False)


@dataclass(frozen=True)
class Match:
    list_id: str
    language: str
    entry: str  # the entry as written in the data file
    start: int  # word positions in the folded text
    end: int


def compile_entry(entry: str) -> _Seq:
    seq = _compile(_parse(entry))
    if _firsts(seq)[1]:
        raise ValueError("no words (or only optional ones)")
    return seq


class WordBook:
    """Word lists by id, each in any number of languages, matched together in one pass over a text: the
    entries are indexed by the words they may begin with, then matched from there."""

    def __init__(self, phrases: Iterable[Phrase] = ()) -> None:
        self.phrases = tuple(dict.fromkeys(phrases))
        self.list_ids = frozenset(p.list_id for p in self.phrases)
        self._recent: dict[bytes, frozenset[str]] = {}  # see _found_in
        self._exact: dict[str, list[Phrase]] = {}
        self._prefix: dict[str, list[Phrase]] = {}
        for phrase in self.phrases:
            for token in _firsts(phrase.seq)[0]:
                (self._prefix if token.prefix else self._exact).setdefault(token.text, []).append(phrase)

    def languages(self, list_id: str) -> frozenset[str]:
        return frozenset(p.language for p in self.phrases if p.list_id == list_id)

    @staticmethod
    def entries(data: Any, where: str = "words") -> list[Phrase]:
        """`{language: {list_id: [entry, ...]}}` compiled; errors name the file, language, list and entry."""
        found: list[Phrase] = []
        problems: list[str] = []
        if not isinstance(data, Mapping):
            raise TriageError([f"{where}: expected a mapping of language -> word lists"])
        for language, lists in data.items():
            if language not in LANGUAGES:
                problems.append(f"{where}:{language}: not one of the languages {', '.join(LANGUAGES)}")
                continue
            if not isinstance(lists, Mapping):
                problems.append(f"{where}:{language}: expected a mapping of list id -> phrases")
                continue
            for list_id, items in lists.items():
                if not isinstance(items, list):
                    problems.append(f"{where}:{language}.{list_id}: expected a list of phrases")
                    continue
                for entry in items:
                    try:
                        seq = compile_entry(str(entry))
                    except ValueError as exc:
                        problems.append(f"{where}:{language}.{list_id}: {str(entry)!r}: {exc}")
                        continue
                    found.append(Phrase(str(list_id), str(language), str(entry), seq))
        if problems:
            raise TriageError(problems)
        return found

    @classmethod
    def from_data(cls, data: Any, where: str = "words") -> WordBook:
        return cls(cls.entries(data, where))

    def matches(self, text: str) -> list[Match]:
        """Every phrase found in the text (the longest reading of each, at each place it begins), except
        where an `ignore` phrase covers its words."""
        forms = [_forms(word) for word in words(text)]
        found: list[Match] = []
        for start, word_forms in enumerate(forms):
            candidates: dict[Phrase, None] = {}
            for form in word_forms:
                candidates.update(dict.fromkeys(self._exact.get(form, ())))
                for end in range(1, len(form) + 1):
                    candidates.update(dict.fromkeys(self._prefix.get(form[:end], ())))
            for phrase in candidates:
                ends = _ends(phrase.seq, forms, start)
                if ends:
                    found.append(Match(phrase.list_id, phrase.language, phrase.entry, start, max(ends)))
        hidden = {at for m in found if m.list_id == IGNORE for at in range(m.start, m.end)}
        return [m for m in found if m.list_id != IGNORE and not hidden.intersection(range(m.start, m.end))]

    def found(self, texts: Iterable[str]) -> frozenset[str]:
        return frozenset().union(*(self._found_in(text) for text in texts))

    def _found_in(self, text: str) -> frozenset[str]:
        """The lists found in one text, remembered: each turn reads all of a person's answers again, and they
        rarely change. Keyed by a digest of the text, so no one's words are kept here."""
        key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        found = self._recent.get(key)
        if found is None:
            found = frozenset(m.list_id for m in self.matches(text))
            if len(self._recent) >= RECENT_TEXTS:
                del self._recent[next(iter(self._recent))]  # the oldest
            self._recent[key] = found
        return found


# --- rules ------------------------------------------------------------------------------------------

_YES = {True: "yes", False: "no"}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass
class _Context:
    slots: Mapping[str, Any]
    texts: Sequence[str]
    human: bool
    book: WordBook
    _found: frozenset[str] | None = None
    _said: dict[str, list[str]] = field(default_factory=dict)

    def found(self) -> frozenset[str]:
        if self._found is None:
            self._found = self.book.found(self.texts)
        return self._found

    def said(self, slot: str) -> list[str]:
        """A slot's answers as `_text` reads them, read once for all the rules of one assessment."""
        said = self._said.get(slot)
        if said is None:
            said = self._said[slot] = [_text(value) for value in _values(self.slots.get(slot))]
        return said


class Condition:
    def test(self, ctx: _Context) -> bool:  # pragma: no cover - every condition overrides it
        raise NotImplementedError

    def word_lists(self) -> set[str]:
        return set()


def _values(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    if isinstance(value, list | tuple | set | frozenset):
        return [v for item in value for v in _values(item)]
    return [value]


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return _YES[value]
    return fold(str(value)).strip()


@dataclass(frozen=True)
class SlotIn(Condition):
    """The answer to one of `slots` (a name no flow has never matches) is among `values`."""

    slots: tuple[str, ...]
    values: frozenset[str]

    def test(self, ctx: _Context) -> bool:
        return any(said in self.values for name in self.slots for said in ctx.said(name))


@dataclass(frozen=True)
class SlotAnswered(Condition):
    slots: tuple[str, ...]
    answered: bool

    def test(self, ctx: _Context) -> bool:
        return any(bool(_values(ctx.slots.get(name))) for name in self.slots) == self.answered


@dataclass(frozen=True)
class SlotBelow(Condition):
    """The answer is a number (or a text that starts with one: "15", "15 years") under `limit`."""

    slots: tuple[str, ...]
    limit: float

    def test(self, ctx: _Context) -> bool:
        for name in self.slots:
            for value in _values(ctx.slots.get(name)):
                if isinstance(value, bool):
                    continue
                if isinstance(value, int | float):
                    number: float | None = float(value)
                else:
                    found = _NUMBER.search(fold(str(value)))
                    number = float(found.group().replace(",", ".")) if found else None
                if number is not None and number < self.limit:
                    return True
        return False


@dataclass(frozen=True)
class Words(Condition):
    lists: tuple[str, ...]

    def test(self, ctx: _Context) -> bool:
        return bool(ctx.found().intersection(self.lists))

    def word_lists(self) -> set[str]:
        return set(self.lists)


@dataclass(frozen=True)
class Human(Condition):
    wanted: bool

    def test(self, ctx: _Context) -> bool:
        return ctx.human == self.wanted


@dataclass(frozen=True)
class All(Condition):
    parts: tuple[Condition, ...]

    def test(self, ctx: _Context) -> bool:
        return all(part.test(ctx) for part in self.parts)

    def word_lists(self) -> set[str]:
        return set().union(*(part.word_lists() for part in self.parts))


@dataclass(frozen=True)
class Any_(Condition):
    parts: tuple[Condition, ...]

    def test(self, ctx: _Context) -> bool:
        return any(part.test(ctx) for part in self.parts)

    def word_lists(self) -> set[str]:
        return set().union(*(part.word_lists() for part in self.parts))


@dataclass(frozen=True)
class Not(Condition):
    part: Condition

    def test(self, ctx: _Context) -> bool:
        return not self.part.test(ctx)

    def word_lists(self) -> set[str]:
        return self.part.word_lists()


def _names(value: Any) -> tuple[str, ...]:
    names = value if isinstance(value, list) else [value]
    if not names or not all(isinstance(n, str) and n for n in names):
        raise ValueError("`slot` is a slot name or a list of names")
    return tuple(names)


def parse_condition(raw: Any) -> Condition:
    if not isinstance(raw, Mapping):
        raise ValueError(f"a condition is a mapping, not {raw!r}")
    keys = set(raw)
    if keys == {"all"} or keys == {"any"}:
        (key,) = keys
        parts = raw[key]
        if not isinstance(parts, list) or not parts:
            raise ValueError(f"`{key}` takes a non-empty list of conditions")
        parsed = tuple(parse_condition(part) for part in parts)
        return All(parsed) if key == "all" else Any_(parsed)
    if keys == {"not"}:
        return Not(parse_condition(raw["not"]))
    if keys == {"words"}:
        lists = raw["words"] if isinstance(raw["words"], list) else [raw["words"]]
        return Words(tuple(str(name) for name in lists))
    if keys == {"human"}:
        return Human(bool(raw["human"]))
    if "slot" in keys and len(keys) == 2:
        names = _names(raw["slot"])
        (op,) = keys - {"slot"}
        if op == "in":
            if not isinstance(raw["in"], list):
                raise ValueError("`in` takes a list of values")
            return SlotIn(names, frozenset(_text(v) for v in raw["in"]))
        if op == "eq":
            return SlotIn(names, frozenset({_text(raw["eq"])}))
        if op == "answered":
            return SlotAnswered(names, bool(raw["answered"]))
        if op == "below":
            return SlotBelow(names, float(raw["below"]))
    raise ValueError(f"unknown condition {dict(raw)!r}: use slot + in/eq/answered/below, words, human, all, any, not")


@dataclass(frozen=True)
class Rule:
    reason: str
    level: Urgency
    when: Condition
    safety: bool = False  # show the safety message (emergency numbers) to the person at once


@dataclass(frozen=True)
class Assessment:
    """The urgency of what a person told us (the highest of the rules that matched), why (the reasons,
    most urgent first, each once), and whether they must see the safety message now."""

    level: Urgency
    reasons: tuple[str, ...] = ()
    safety: bool = False


# --- emergency numbers ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Number:
    kind: str
    number: str
    uncertain: bool = False


@dataclass(frozen=True)
class EmergencyNumbers:
    countries: Mapping[str, tuple[Number, ...]]
    fallback: tuple[Number, ...]
    language_countries: Mapping[str, str | None]
    untrusted_hints: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: Any, where: str = "emergency numbers") -> EmergencyNumbers:
        if not isinstance(data, Mapping):
            raise TriageError([f"{where}: expected a mapping with fallback, language_countries and countries"])
        problems: list[str] = []

        def numbers(raw: Any, at: str) -> tuple[Number, ...]:
            out: list[Number] = []
            for item in raw or ():
                if not isinstance(item, Mapping) or item.get("kind") not in NUMBER_KINDS or not item.get("number"):
                    problems.append(f"{where}:{at}: {item!r}: needs kind ({', '.join(NUMBER_KINDS)}) and number")
                    continue
                out.append(Number(str(item["kind"]), str(item["number"]), bool(item.get("uncertain", False))))
            return tuple(out)

        countries = {}
        for code, raw in (data.get("countries") or {}).items():
            if not re.fullmatch(r"[A-Z]{2}", str(code)):
                problems.append(f"{where}:countries.{code}: a country is an ISO 3166 alpha-2 code such as FR")
            countries[str(code)] = numbers(raw, f"countries.{code}")
        fallback = numbers(data.get("fallback"), "fallback")
        if not fallback:
            problems.append(f"{where}:fallback: the numbers for an unknown country are missing")
        languages = {str(k): (str(v).upper() if v else None) for k, v in (data.get("language_countries") or {}).items()}
        missing = [lang for lang in LANGUAGES if lang not in languages]
        if missing:
            problems.append(f"{where}:language_countries: no entry for {', '.join(missing)} (null: none)")
        if problems:
            raise TriageError(problems)
        return cls(countries, fallback, languages,
                   frozenset(_tag(h) for h in data.get("untrusted_hints") or ()))

    def lookup(self, country: str | None, *, include_uncertain: bool = False) -> list[tuple[str, str]]:
        known = self.countries.get((country or "").upper())
        chosen = [n for n in known or () if include_uncertain or not n.uncertain]
        if not any(n.kind != "crisis" for n in chosen):
            chosen = list(self.fallback) + [n for n in chosen if n.kind == "crisis"]
        return [(n.kind, n.number) for n in chosen]


def _tag(tag: str) -> str:
    return tag.replace("_", "-").lower()


def _region_of(tag: str | None) -> str | None:
    parts = re.split(r"[-_]", tag or "")
    return next((p.upper() for p in parts[1:] if re.fullmatch(r"[A-Za-z]{2}", p)), None)


def _language_of(tag: str | None) -> str:
    return re.split(r"[-_]", tag or "")[0].lower()


def phone_region(phone: str | None) -> str | None:
    """The country of a number written with its country code (E.164, as the phone validator stores it)."""
    if not phone or not phone.strip().startswith("+"):
        return None
    import phonenumbers  # loaded only when a number is looked at

    try:
        number = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    region = phonenumbers.region_code_for_number(number)
    return region if region and re.fullmatch(r"[A-Z]{2}", region) else None


# --- the whole ----------------------------------------------------------------------------------------

@dataclass
class Triage:
    rules: tuple[Rule, ...]
    book: WordBook
    numbers: EmergencyNumbers
    default: Urgency = Urgency.LOW
    not_text: frozenset[str] = frozenset()  # slots whose answers are never read as free text
    _levels: dict[str, Urgency] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._levels = {}
        for rule in self.rules:
            self._levels[rule.reason] = max(self._levels.get(rule.reason, rule.level), rule.level)
        self._order = {reason: i for i, reason in enumerate(dict.fromkeys(r.reason for r in self.rules))}
        self._safety_rules = tuple(rule for rule in self.rules if rule.safety)

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(self._order)

    def reason_level(self, reason: str) -> Urgency:
        return self._levels[reason]

    def texts_of(self, slots: Mapping[str, Any]) -> list[str]:
        """The answers read as free text: every text answer (also what the intake keeps under a private
        name, such as the words written before the first question) except contact details (`not_text`)."""
        return [value for name, answer in slots.items() if name not in self.not_text
                for value in _values(answer) if isinstance(value, str)]

    def assess(self, slots: Mapping[str, Any], texts: Sequence[str] = (), *, human: bool = False) -> Assessment:
        """Run every rule on the answers so far (`slots`), the messages given (`texts`) and whether the
        person asked for a human. A slot no rule knows, or a rule about a slot the flows do not have, is
        simply no match."""
        ctx = _Context(slots, [*texts, *self.texts_of(slots)], human, self.book)
        return self._assess(self.rules, ctx)

    def in_danger(self, slots: Mapping[str, Any]) -> Assessment | None:
        """`assess(slots)` when a `safety` rule matches the answers, else None. Asked at every answer; the few
        safety rules are read first, and all of them only when one matched."""
        ctx = _Context(slots, self.texts_of(slots), False, self.book)
        if not self._assess(self._safety_rules, ctx).safety:
            return None
        return self._assess(self.rules, ctx)

    def _assess(self, rules: Sequence[Rule], ctx: _Context) -> Assessment:
        matched: dict[str, Urgency] = {}
        safety = False
        for rule in rules:
            if rule.when.test(ctx):
                matched[rule.reason] = max(matched.get(rule.reason, rule.level), rule.level)
                safety = safety or rule.safety
        if not matched:
            return Assessment(self.default)
        reasons = tuple(sorted(matched, key=lambda r: (-matched[r], self._order[r])))
        return Assessment(max(self.default, *matched.values()), reasons, safety)

    def crisis(self, text: str, locale: str | None = None) -> tuple[str, ...]:
        """The safety reasons (suicide, self-harm, danger right now) in one message, most urgent first.

        The words of every language are checked, not only `locale`'s: people switch languages in distress,
        and a phrase of another language cannot hide one of this language (whole words only)."""
        del locale  # every language is checked; kept so callers say which language they expected
        ctx = _Context({}, [text], False, self.book)
        return self._assess(self._safety_rules, ctx).reasons

    def matches(self, text: str) -> list[Match]:
        """What was found in a text, by list and language: for tests and for explaining a flag."""
        return self.book.matches(text)

    def emergency_numbers(self, country: str | None, *, include_uncertain: bool = False) -> list[tuple[str, str]]:
        """(kind, number) for a country (ISO alpha-2), general emergency numbers first; for an unknown
        country (or None) the numbers that work from most mobile phones anywhere (112, 911)."""
        return self.numbers.lookup(country, include_uncertain=include_uncertain)

    def country_for(self, phone: str | None, locale: str | None, language_hint: str | None = None) -> str | None:
        return self.resolve_country(phone, locale, language_hint)[0]

    def resolve_country(self, phone: str | None, locale: str | None, language_hint: str | None = None
                        ) -> tuple[str | None, str | None]:
        """(country, how it was found): "phone" (the number's country code: what the person typed), "hint"
        (a region in the platform's language, "pt-BR", or the locale's own: a guess), "language" (where the
        conversation's language is mostly spoken: a guess), or (None, None): ask, or show the fallback."""
        region = phone_region(phone)
        if region:
            return region, "phone"
        for tag in (language_hint, locale):
            region = _region_of(tag)
            if region and _tag(tag or "") not in self.numbers.untrusted_hints:
                return region, "hint"
        language = _language_of(locale) or _language_of(language_hint)
        country = self.numbers.language_countries.get(language)
        return (country, "language") if country else (None, None)


def group_numbers(numbers: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """One line per kind, in the order given: [("mobile", "112"), ("mobile", "911")] → ("mobile", "112 / 911")."""
    grouped: dict[str, list[str]] = {}
    for kind, number in numbers:
        grouped.setdefault(kind, []).append(number)
    return [(kind, " / ".join(found)) for kind, found in grouped.items()]


def safety_message(numbers: Sequence[tuple[str, str]], render: Callable[[MessageRef], str]) -> MessageRef:
    """The safety message for these numbers; `render` writes one `safety-numbers-line` in the reader's
    locale (the lines become `$numbers`, one per line)."""
    lines = [render(MessageRef(SAFETY_NUMBERS_LINE, {"kind": kind, "number": number}))
             for kind, number in group_numbers(numbers)]
    return MessageRef(SAFETY_MESSAGE, {"numbers": "\n".join(lines)})


# --- loading ----------------------------------------------------------------------------------------

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when libyaml is there


def _read(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except OSError as exc:
        raise TriageError([f"{path}: cannot read: {exc.strerror or exc}"]) from exc
    except yaml.YAMLError as exc:
        raise TriageError([f"{path}: not valid YAML: {exc}"]) from exc


def load_triage(flows_dir: Path, name: str = "triage.yaml") -> Triage:
    """Read the rules (`flows/triage.yaml`), the word lists and the emergency numbers it names (paths
    relative to `flows_dir`); every problem is reported as `file:where: what`."""
    path = Path(flows_dir) / name
    raw = _read(path)
    if not isinstance(raw, Mapping):
        raise TriageError([f"{path}: expected a mapping with rules, words and emergency_numbers"])
    problems: list[str] = []
    entries: list[Phrase] = []
    for relative in raw.get("words") or ():
        try:
            entries.extend(WordBook.entries(_read(Path(flows_dir) / relative), str(Path(flows_dir) / relative)))
        except TriageError as exc:
            problems.extend(exc.problems)
    book = WordBook(entries)
    try:
        numbers_path = Path(flows_dir) / str(raw.get("emergency_numbers", ""))
        numbers = EmergencyNumbers.from_data(_read(numbers_path) or {}, str(numbers_path))
    except TriageError as exc:
        problems.extend(exc.problems)
    try:
        default = Urgency.parse(str(raw.get("default", "low")))
    except KeyError:
        problems.append(f"{path}:default: not a level (low, medium, high, critical)")
        default = Urgency.LOW
    rules: list[Rule] = []
    for i, item in enumerate(raw.get("rules") or ()):
        at = f"{path}:rules[{i}]"
        if not isinstance(item, Mapping) or not {"reason", "level", "when"} <= set(item):
            problems.append(f"{at}: a rule has reason, level, when (and may have safety)")
            continue
        at = f"{path}:rules[{i}] ({item['reason']})"
        unknown = set(item) - {"reason", "level", "when", "safety"}
        if unknown:
            problems.append(f"{at}: unknown keys {', '.join(sorted(map(str, unknown)))}")
        if item["reason"] not in REASONS:
            problems.append(f"{at}: reason {item['reason']!r} is not in bot.triage.REASONS (and has no label)")
        try:
            level = Urgency.parse(str(item["level"]))
            when = parse_condition(item["when"])
        except (KeyError, ValueError, TypeError) as exc:
            problems.append(f"{at}: {exc}")
            continue
        for list_id in sorted(when.word_lists() - book.list_ids):
            problems.append(f"{at}: no word list {list_id!r} in {', '.join(map(str, raw.get('words') or ())) or '-'}")
        rules.append(Rule(str(item["reason"]), level, when, bool(item.get("safety", False))))
    if not rules:
        problems.append(f"{path}:rules: no rules")
    if problems:
        raise TriageError(problems)
    return Triage(tuple(rules), book, numbers, default, frozenset(map(str, raw.get("not_text") or ())))

"""What an event means beyond its raw text: a command written as words, a choice typed instead of pressed."""

from __future__ import annotations

import functools
import re

from bot.domain import MessageRef
from bot.engine.machine import CONFIRM, EDIT, ConversationState, Engine
from bot.i18n import Translator
from bot.services.handlers.words import WORDS, words
from bot.services.texts import COMMANDS
from bot.services.turn import Event, Turn, normalize

LOOSE_COMMANDS = frozenset({"human", "help"})
LOOSE_HELP_WORDS = 6
CHANGE_LANGUAGE = "_language"
REPORT = "_report"  # the button under the last message of an intake: the person's summary


def command_of(turn: Turn, event: Event) -> str | None:
    """The command an event means, if any; "?name" for an unknown slash command."""
    if event.command:
        return event.command
    if event.choice == CHANGE_LANGUAGE:
        return "language"
    if event.choice == REPORT:
        return "report"
    text = event.text
    if not text:
        return None
    stripped = text.strip()
    if stripped.startswith("/"):
        name = stripped[1:].split(maxsplit=1)[0].split("@")[0].lower() if len(stripped) > 1 else ""
        return name if name in COMMANDS else f"?{name}"
    if len(stripped) > 40:
        return None
    said = normalize(stripped)
    # Where only buttons are expected, a sentence that contains a command phrase counts too
    # ("I need to talk to a person"); in free text it would misread a victim's story, and
    # "make it stop" must never cancel, so only asking for help or a person counts.
    loose = turn.active and turn.tools.engine.expectation(turn.viewed_state()).kind == "choose"  # type: ignore[arg-type]
    for name, phrases in turn.tools.phrases(turn.locale, COMMANDS).items():
        # a long message asking for help is more likely a story than a request for the command list
        loosely = loose and name in LOOSE_COMMANDS and (name == "human" or len(said.split()) < LOOSE_HELP_WORDS)
        if said in phrases or (loosely and any(f" {p} " in f" {said} " for p in phrases)):
            return name
    return None


def asks_to_go_back(turn: Turn, text: str) -> bool:
    """Whether a message takes back the last answer, as /back does: a short message that opens with a "no" and
    ends with one of the locale's words for /back ("ні, зачекайте, назад", "non attendez, revenir", "no wait,
    go back"). "I want my money back" or "I got back in" opens with no "no", and is no correction. The intake
    reads it only where buttons are shown and none fitted, so a label that holds such a word stays its choice."""
    said = normalize(text).split()
    if not 2 <= len(said) < LOOSE_HELP_WORDS or said[0] not in words(turn.tools.i18n, turn.locale, "words-no"):
        return False
    return any(said[-len(phrase):] == phrase for phrase in
               (p.split() for p in turn.tools.phrases(turn.locale, COMMANDS)["back"]))


def choice_from_text(turn: Turn, state: ConversationState, text: str, choices: tuple[str, ...]) -> str | None:
    """The choice a person typed, case, accents and punctuation aside (`normalize`); None when unsure, and the
    person is asked again. Exactly, first: its number (the console numbers choices), its label or its id; else
    the locale's words for it (`<label key>-words`, and for a button that means yes or no, `words-yes` /
    `words-no`). Words that fit two choices pick neither. What was typed may also be several of one choice's
    words and nothing else ("oui d'accord": a yes word and a word for the consent's "yes, continue"), at any
    question, the first too: that is no sentence, it says the choice twice.

    Then, only if nothing fitted exactly, and not at the first question (consent is given in its own words,
    never read out of a sentence, which may be the start of the story), loosely, the same rule in every
    language, no code for any one of them. Only the
    question's own choices are read so: "Skip", "Talk to a person" and the engine's other buttons never (a
    story typed at a question that may be skipped must not skip it). A choice's *phrases* are its label and
    each of its `-words`; the locale's yes and no words mean nothing here, so "non" + a label picks that
    label's choice, never the one that means "no" ("non je ne peux plus me connecter": locked out).

    1. Containment: a phrase of the choice appears whole, as consecutive words, in what was typed ("non je ne
       peux plus me connecter" holds "je ne peux plus me connecter"). Only a phrase of two words or more, or
       of one word of at least 4 letters that is not a yes or no word, counts ("x", "me", "ai" do not). A
       phrase found inside a longer phrase of another choice found at the same place does not count ("pas
       activée" is "no"; the "activée" in it is not "yes").
    2. Negation: every negation word in what was typed (`negations`, read from the locale's own phrases:
       "not", "t" of "don't", "pas", "не", "nicht", Spanish "no", …) must lie inside a phrase found for that
       choice, else it is not picked: "not real", "ні, не справжні", "don't send it" pick nothing. A yes or
       no word that opens the message, followed by a comma or a stop, answers and negates nothing ("No, I can
       still log in"); without the comma it counts ("no son reales").
    3. Words: every word typed is among the words of the choice's label ("так справжні": all in "Так, у них
       є справжні"), what was typed being two words or more, or one word of at least 4 letters that is not
       a yes or no word. Only the label, the button the person sees and shortens, not the hidden `-words`:
       "my computer" is not "my computer has a virus". A label that holds the words only with one of its
       negation words left out ("connecter" in "Je ne peux plus me connecter") makes its choice fit, but
       never picked: it may mean the opposite, and the other label holding "connecter" is not picked either.
    4. Any phrase found by containment decides: its choice is picked if it is the only choice found and
       rule 2 holds, else nothing is, whatever fits by words (containment is the closer reading: "puedo
       entrar ya" holds "puedo entrar", though all its words are also in "ya no puedo entrar"). With no
       phrase found, one choice fitting by words is picked if it is the only one fitting. Else nothing is.
    """
    said = normalize(text)
    if not said:
        return None
    if said.isdigit() and 1 <= int(said) <= len(choices):
        return choices[int(said) - 1]
    engine, i18n, locale = turn.tools.engine, turn.tools.i18n, turn.locale
    labelled = engine.prompts_for(state)[0].choices
    for choice_id, label in labelled:
        if said in (_said_label(i18n, locale, label), _said_id(choice_id)):
            return choice_id
    meanings = engine.meanings(state)
    own_words = {choice_id: words(i18n, locale, label.key + WORDS) | (
        words(i18n, locale, f"words-{meanings[choice_id]}") if choice_id in meanings else frozenset())
        for choice_id, label in labelled}
    fits = {choice_id for choice_id, _label in labelled if said in own_words[choice_id]}
    if not fits:  # "oui d'accord", "yes ok", "так, звісно": nothing but one choice's words, one after the other
        typed = tuple(said.split())
        fits = {choice_id for choice_id, label in labelled
                if _made_of(typed, own_words[choice_id] | {_said_label(i18n, locale, label)})}
    if fits or not state.history:
        return fits.pop() if len(fits) == 1 else None
    return _loose_choice(turn, text, said, labelled)


def _made_of(typed: tuple[str, ...], phrases: frozenset[str] | set[str]) -> bool:
    """Whether the words typed are two or more of these phrases one after the other, and nothing else."""
    if len(typed) < 2:
        return False
    split = {tuple(phrase.split()) for phrase in phrases if phrase}
    reached = [True] + [False] * len(typed)  # reached[i]: typed[:i] is made of phrases
    for end in range(1, len(typed) + 1):
        reached[end] = any(reached[start] and typed[start:end] in split for start in range(end))
    return reached[-1]


def _said_label(i18n: Translator, locale: str, label: MessageRef) -> str:
    """A choice's label as `normalize` leaves it; the same for every person, so read once a locale."""
    return _said_key(i18n, locale, label.key) if not label.args else normalize(i18n.render(locale, label))


@functools.lru_cache(maxsize=4096)
def _said_key(i18n: Translator, locale: str, key: str) -> str:
    return normalize(i18n.render(locale, key))


_said_id = functools.lru_cache(maxsize=1024)(normalize)  # for choice ids only: never a person's words


Phrase = tuple[str, ...]
LOOSE_MIN_LETTERS = 4  # one word read loosely: "справжні", "facebook"; not "x", "me", "ai"
_ANSWER_FIRST = re.compile(r"\s*(\w+)\s*[,،.!;:…]")  # "No, I can still log in": that "no" answers


def _loose_choice(turn: Turn, text: str, said: str, labelled: tuple[tuple[str, MessageRef], ...]) -> str | None:
    """The one choice the words fit loosely (rules 1-4 of `choice_from_text`), or None."""
    i18n, locale = turn.tools.i18n, turn.locale
    yes_no = words(i18n, locale, "words-yes") | words(i18n, locale, "words-no")
    negation = negations(turn.tools.engine, i18n, locale)
    typed = tuple(said.split())
    own_choices = [(choice_id, label) for choice_id, label in labelled if not choice_id.startswith("_")]
    phrases = {choice_id: _phrases(i18n, locale, label) for choice_id, label in own_choices}
    labels = {choice_id: normalize(i18n.render(locale, label)).split() for choice_id, label in own_choices}

    # 1. containment, a phrase inside a longer one of another choice aside
    found = [(choice_id, start, start + len(phrase)) for choice_id, own in phrases.items() for phrase in own
             if len(phrase) > 1 or (len(phrase[0]) >= LOOSE_MIN_LETTERS and phrase[0] not in yes_no)
             for start in _places(phrase, typed)]
    kept = [(choice_id, start, end) for choice_id, start, end in found
            if not any(other != choice_id and o_start <= start and end <= o_end and o_end - o_start > end - start
                       for other, o_start, o_end in found)]
    # 2. negation words, each inside a phrase found for the choice; a first "no," answers
    answer = _ANSWER_FIRST.match(text)
    answered = answer is not None and typed[0] in yes_no and normalize(answer.group(1)) == typed[0]
    negated = [i for i, word in enumerate(typed) if word in negation and not (i == 0 and answered)]
    contained = {choice_id for choice_id, _, _ in kept}
    if len(contained) > 1:
        return None
    if contained:
        choice_id = contained.pop()
        explained = all(any(c == choice_id and start <= i < end for c, start, end in kept) for i in negated)
        return choice_id if explained else None

    # 3. the words of a label; one holding them with a negation word left out fits, but is never picked
    if len(typed) == 1 and (len(said) < LOOSE_MIN_LETTERS or said in yes_no):
        return None
    holding = {choice_id: negation.intersection(label) <= set(typed)  # no negation left out
               for choice_id, label in labels.items() if set(typed) <= set(label)}
    if len(holding) == 1:
        choice_id, whole = holding.popitem()
        return choice_id if whole else None
    return None


def _phrases(i18n: Translator, locale: str, label: MessageRef) -> frozenset[Phrase]:
    """A choice's label and its `-words`, each as its normalized words."""
    said = {normalize(i18n.render(locale, label)), *words(i18n, locale, label.key + WORDS)}
    return frozenset(tuple(phrase.split()) for phrase in said if phrase)


def _places(phrase: Phrase, typed: Phrase) -> list[int]:
    """Where `phrase` starts in `typed`, word for word."""
    n = len(phrase)
    return [i for i in range(len(typed) - n + 1) if typed[i:i + n] == phrase]


@functools.lru_cache(maxsize=64)
def negations(engine: Engine, i18n: Translator, locale: str) -> frozenset[str]:
    """The words that turn one answer into another in this locale, read from its phrases, not written in code:
    a word that, added to a phrase of one choice, makes a phrase of another choice of the same question, in
    the middle of the phrase once ("I can't log in" / "I can log in": "t"; "je peux plus me connecter" / "je
    peux me connecter": "plus") or at its start or end in two different pairs ("not paid" / "paid", "not
    changed" / "changed": "not"). Once at an end is not enough: "gift card" / "card" makes no negation of
    "gift". In the shipped locales: en no, not, t; fr pas, plus; de nicht, kein, keine; es no, sin; it non,
    nessun, senza; pt não, sem; ru, uk не; ar لا, غير, بدون, ما."""
    middle: set[str] = set()
    pairs: dict[str, set[tuple[Phrase, Phrase]]] = {}  # the same two phrases in several questions count once
    for flow in engine.flows:
        for step_id, step in flow.steps.items():
            ids = (CONFIRM, EDIT) if step.kind == "review" else tuple(c.id for c in step.choose or ())
            own = {choice_id: _phrases(i18n, locale, MessageRef(f"{flow.id}-{step_id}-{choice_id}"))
                   for choice_id in ids}
            for choice_id, shorter in own.items():
                for other, longer in own.items():
                    if other == choice_id:
                        continue
                    for short in shorter:
                        for long in longer:
                            if len(long) != len(short) + 1:
                                continue
                            for i, word in enumerate(long):
                                if long[:i] + long[i + 1:] == short:
                                    pairs.setdefault(word, set()).add((short, long))
                                    if 0 < i < len(short):
                                        middle.add(word)
    return frozenset(middle | {word for word, found in pairs.items() if len(found) >= 2})

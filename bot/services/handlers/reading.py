"""What an event means beyond its raw text: a command written as words, a choice typed instead of pressed."""

from __future__ import annotations

from bot.engine.machine import ConversationState
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
    loose = turn.active and turn.tools.engine.expectation(turn.state).kind == "choose"  # type: ignore[arg-type]
    for name, phrases in turn.tools.phrases(turn.locale, COMMANDS).items():
        # a long message asking for help is more likely a story than a request for the command list
        loosely = loose and name in LOOSE_COMMANDS and (name == "human" or len(said.split()) < LOOSE_HELP_WORDS)
        if said in phrases or (loosely and any(f" {p} " in f" {said} " for p in phrases)):
            return name
    return None


def choice_from_text(turn: Turn, state: ConversationState, text: str, choices: tuple[str, ...]) -> str | None:
    """The choice a person typed: its number (the console numbers choices), its label or its id; else the
    locale's words for it (`<label key>-words`, and for a button that means yes or no, `words-yes` /
    `words-no`), case and accents aside. Words that fit two choices pick neither: the person is asked."""
    said = normalize(text)
    if not said:
        return None
    if said.isdigit() and 1 <= int(said) <= len(choices):
        return choices[int(said) - 1]
    engine, i18n, locale = turn.tools.engine, turn.tools.i18n, turn.locale
    labelled = engine.prompts_for(state)[0].choices
    for choice_id, label in labelled:
        if said in (normalize(i18n.render(locale, label)), normalize(choice_id)):
            return choice_id
    meanings = engine.meanings(state)
    fits = {choice_id for choice_id, label in labelled
            if said in words(i18n, locale, label.key + WORDS)
            or (choice_id in meanings and said in words(i18n, locale, f"words-{meanings[choice_id]}"))}
    return fits.pop() if len(fits) == 1 else None

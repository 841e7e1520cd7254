"""The conversation's language: an explicit choice always wins; else the platform's hint; else
detection on the first few messages, with a one-tap way back."""

from __future__ import annotations

from bot.domain import MessageRef
from bot.services.handlers.reading import asks_to_go_back, command_of
from bot.services.turn import Event, Turn, normalize

LANGUAGE_CHOICE = "_lang:"  # a language button: "_lang:uk"
CHANGE_LANGUAGE = "_language"  # the one-tap "change language" button after a detected switch
LANGUAGE_CHECKS = 3  # detection reads a contact's first few messages only


def language_buttons(turn: Turn) -> list[tuple[str, str]]:
    i18n = turn.tools.i18n
    return [(f"{LANGUAGE_CHOICE}{code}", i18n.native_name(code)) for code in i18n.locales]


def set_locale(turn: Turn, locale: str, source: str) -> None:
    assert turn.contact is not None
    turn.contact.locale, turn.contact.locale_source = locale, source
    turn.locale = locale


def first_locale(turn: Turn, hint: str | None, at: int) -> None:
    i18n = turn.tools.i18n
    locale = i18n.negotiate(hint)
    unsupported = hint is not None and not i18n.supports(hint)
    set_locale(turn, locale, "unsupported" if unsupported else "hint" if hint else "default")
    if unsupported:
        turn.say(MessageRef("language-unsupported"), language_buttons(turn), at=at)


def choose_language(turn: Turn, code: str) -> None:
    """An explicit choice: it always wins and is never overridden by detection."""
    i18n = turn.tools.i18n
    turn.record.pending = None
    if code not in i18n.locales:
        code = turn.locale
    set_locale(turn, code, "explicit")
    turn.say(MessageRef("language-set", {"language": i18n.native_name(code)}))
    turn.reprompt()


def language_named(turn: Turn, text: str | None) -> str | None:
    if not text:
        return None
    said = normalize(text)
    i18n = turn.tools.i18n
    for code in i18n.locales:
        if said in (code, normalize(i18n.native_name(code))):
            return code
    return None


class LanguageButtons:
    """A press on a language button sets the language, whatever else is going on."""

    async def handle(self, turn: Turn, event: Event) -> bool:
        if event.choice and event.choice.startswith(LANGUAGE_CHOICE):
            choose_language(turn, event.choice.removeprefix(LANGUAGE_CHOICE))
            return True
        return False


class LanguageDetection:
    """Reads the first few free-text messages and switches the language when the detector is sure."""

    async def handle(self, turn: Turn, event: Event) -> bool:
        contact = turn.contact
        policy = turn.tools.language
        if (not event.text or policy is None or contact is None or contact.locale_source == "explicit"
                or contact.language_checks >= LANGUAGE_CHECKS or command_of(turn, event) is not None
                or asks_to_go_back(turn, event.text)):  # "no wait back": fastText reads French into it
            return False
        at = turn.event_start
        contact.language_checks += 1
        decision = policy.decide(event.text, turn.locale, source=contact.locale_source)
        i18n = turn.tools.i18n
        if decision.locale is not None and decision.locale in i18n.locales:
            set_locale(turn, decision.locale, "detected")
            turn.say(MessageRef("language-detected", {"language": i18n.native_name(turn.locale)}),
                     [(CHANGE_LANGUAGE, i18n.render(turn.locale, "language-change"))], at=at)
        elif decision.unsupported and contact.locale_source not in ("unsupported", "detected"):
            set_locale(turn, turn.locale, "unsupported")
            turn.say(MessageRef("language-unsupported"), language_buttons(turn), at=at)
        return False

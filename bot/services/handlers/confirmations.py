"""Answers to a question a command asked (which language? stop here? really delete everything?)."""

from __future__ import annotations

from bot.domain import CaseStatus, MessageRef, Outgoing, Reply
from bot.engine.machine import Prompt
from bot.services.handlers.language import choose_language, language_named
from bot.services.handlers.words import yes_no
from bot.services.turn import Event, Turn, normalize


class PendingConfirmation:
    async def handle(self, turn: Turn, event: Event) -> bool:
        pending = turn.record.pending
        if pending not in ("language", "cancel", "forget"):
            return False  # none, or a question another handler asked (reopen a resolved case?)
        turn.record.pending = None
        if pending == "language":
            wanted = language_named(turn, event.text)
            if wanted is None:
                turn.say(MessageRef("language-unchanged",
                                    {"language": turn.tools.i18n.native_name(turn.locale)}))
                turn.reprompt()
            else:
                choose_language(turn, wanted)
            return True
        buttons, ask, act = (CANCEL_BUTTONS, ask_cancel, cancel) if pending == "cancel" else \
            (FORGET_BUTTONS, ask_forget, forget)
        answer = yes_no_answer(turn, event, buttons)
        if answer is None:  # never taken for a "no" (nor a "yes"): the person is asked again
            turn.say(MessageRef(f"{pending}-unclear"))
            ask(turn)
        elif answer == "no":
            turn.say(MessageRef(f"{pending}-kept"))
            turn.reprompt()
        else:
            act(turn)
        return True


FORGET_BUTTONS = (("yes", "forget-yes"), ("no", "forget-no"))
CANCEL_BUTTONS = (("yes", "cancel-yes"), ("no", "cancel-no"))


def ask_cancel(turn: Turn) -> None:
    """"Stop here? Your answers would not be sent", with its two buttons; the next event is its answer."""
    turn.record.pending = "cancel"
    i18n = turn.tools.i18n
    turn.say(MessageRef("cancel-confirm"),
             [(choice, i18n.render(turn.locale, label)) for choice, label in CANCEL_BUTTONS])


def cancel(turn: Turn) -> None:
    from bot.services.handlers.intake import case_args  # the intake handler imports the commands

    if turn.record.state is not None:
        turn.record.status = "cancelled"
    turn.say(MessageRef("cancelled", case_args(turn, turn.case_refs())))


def ask_forget(turn: Turn) -> None:
    """"Really delete everything?", with its two buttons; the next event is its answer."""
    turn.record.pending = "forget"
    i18n = turn.tools.i18n
    turn.say(MessageRef("forget-confirm"),
             [(choice, i18n.render(turn.locale, label)) for choice, label in FORGET_BUTTONS])


def yes_no_answer(turn: Turn, event: Event, buttons: tuple[tuple[str, str], ...]) -> str | None:
    """"yes", "no", or None for an answer that is neither: a button, its number or label, or the locale's
    words for yes and no."""
    if event.choice in ("yes", "no"):
        return event.choice
    if event.choice is not None or not event.text:
        return None
    said = normalize(event.text)
    for number, (choice, label) in enumerate(buttons, start=1):
        if said in (str(number), normalize(turn.tools.i18n.render(turn.locale, label))):
            return choice
    return yes_no(turn.tools.i18n, turn.locale, event.text)


def forget(turn: Turn) -> None:
    """Delete everything about the person; the goodbye is the only thing left to send, then deleted too."""
    goodbye = turn.render(Prompt(MessageRef("forget-done")))
    assert turn.chat is not None
    turn.outgoing.clear()  # nothing queued in this turn should reach a person who asked us to forget them
    turn.evidence.clear()
    turn.audit.clear()
    turn.draft = None
    turn.forget = True
    turn.outgoing.append(Outgoing(turn.chat, goodbye, ephemeral=True))
    # volunteers who have (or wait for) one of their cases must not wait for a person who is gone; the
    # notice names the reference only, and is not tied to the case (whose rows are deleted with it)
    tools = turn.tools
    for case in turn.cases:
        if case.ref.status in (CaseStatus.ESCALATED, CaseStatus.CLAIMED):
            text = tools.i18n.render(tools.volunteer_locale, MessageRef("card-forgotten", {
                "reference": case.ref.reference}))
            turn.outgoing.extend(Outgoing(desk, Reply(text)) for desk in tools.desks)

"""The message ids the services and the engine use beyond the flows, so the linter can check locales."""

from __future__ import annotations

from bot.engine.schema import GUESSING_VALIDATORS
from bot.report_keys import REPORT_KEYS, REPORT_VARIABLES
from bot.triage import REASONS as TRIAGE_REASONS
from bot.triage import SAFETY_MESSAGE, SAFETY_NUMBERS_LINE, reason_key

# Universal commands, in the order the help text lists them.
COMMANDS = ("start", "help", "back", "restart", "cancel", "language", "status", "report", "forget", "human")

ENGINE_KEYS = frozenset({
    "invalid-choice", "invalid-upload", "invalid-empty", "stuck-offer", "back-at-start", "upload-received",
    "choice-skip", "choice-human", "choice-upload-done", "value-not-given", "value-skipped", "value-files",
    "value-yes", "value-no", "value-unknown",
    # a review: its lines, and the list of answers "edit" offers to change
    "review-line", "review-more", "review-which", "choice-review-back",
    "stuck-ask-person",  # stuck on a question that cannot be skipped: a person, or the buttons
    # "Did you mean …?" for an answer that holds a guess (a phone number's country), its buttons, and the
    # question again after "no"
    "choice-yes", "choice-no",
    *(f"guess-{name}" for name in GUESSING_VALIDATORS), *(f"guess-{name}-retry" for name in GUESSING_VALIDATORS),
})

SERVICE_KEYS = frozenset({
    "welcome-back", "help", "help-line", "restarted", "cancelled", "nothing-to-go-back", "after-finish",
    "language-pick", "language-set", "language-unchanged", "language-detected", "language-change",
    "language-unsupported",
    "status-none", "status-case", "case-status",
    "forget-confirm", "forget-yes", "forget-no", "forget-done", "forget-kept",
    "cancel-confirm", "cancel-yes", "cancel-no", "cancel-kept", "cancel-unclear", "forget-unclear",
    # what a typed yes / no is, in each language: for buttons that mean yes or no, and the /forget question
    "words-yes", "words-no",
    "human-requested", "human-after-consent", "error-try-again", "file-kept", "file-too-large",
    "message-unsupported", "command-unknown", "early-kept", "early-story-used",
    # said in public where a person asked for help before the conversation moved to their DMs
    "discord-moved-to-dm", "discord-dm-closed",
    # said at the volunteers' desk
    "desk-help",
    # what volunteers read about a case (bot/services/cards.py), and what the victim hears of it
    "card-urgency-low", "card-urgency-medium", "card-urgency-high", "card-urgency-critical", "card-reasons",
    "card-facts", "card-state-waiting", "card-state-claimed", "card-state-resolved", "card-claim", "card-release",
    "card-resolve", "card-page-channel", "card-page-direct", "card-not-volunteer", "card-no-case", "card-taken-by",
    "card-already-resolved", "card-not-claimed", "card-not-yours", "card-queue", "card-queue-empty",
    "card-queue-nobody", "case-taken", "case-resolved", "case-nobody-yet",
    # volunteer commands: /link CODE, /oncall on|off, /oncall (bot/services/handlers/volunteers.py)
    "desk-not-volunteer", "desk-link-usage", "desk-link-invalid", "desk-link-taken", "desk-link-platform",
    "desk-link-done", "desk-oncall-usage", "desk-oncall-on", "desk-oncall-off", "desk-oncall-off-shift",
    "desk-oncall-nobody", "desk-oncall-now", "desk-oncall-line", "desk-oncall-line-coordinator",
    # the relay (bot/services/relay.py, handlers/relay.py): what the person and the volunteers read
    "relay-from-volunteer", "relay-from-volunteer-anonymous", "relay-waiting", "relay-waiting-unknown",
    "relay-meanwhile", "feedback-ask", "feedback-comment-ask", "feedback-skip", "feedback-thanks", "reopen-ask",
    "reopen-same", "reopen-new", "reopen-done", "relay-victim-says", "relay-volunteer-said", "relay-reply-hint",
    "relay-file-refused", "relay-victim-unreachable", "relay-reply-empty", "card-victim-blocked", "card-remind",
    "card-keep", "card-kept", "card-unclaimed-silent", "card-transferred", "card-no-volunteer", "card-reopened",
    "history-title", "history-victim", "history-note", "history-empty", "card-forgotten", "relay-passed-on",
    "relay-not-volunteer",  # someone not on the roster writing in a case's thread
    # how to hide the chat, under the greeting (bot/services/handlers/intake.py)
    "hide-chat-telegram", "hide-chat-discord", "card-indicators",
    # the person's case summary, a message and a PDF (bot/report.py), and its button at the end of the intake
    *REPORT_KEYS, "report-button",
    # safety and triage (bot/triage.py): the safety message, its lines of numbers, the reasons on a case card
    SAFETY_MESSAGE, SAFETY_NUMBERS_LINE, *(reason_key(reason) for reason in TRIAGE_REASONS),
    *(f"command-{name}" for name in COMMANDS),
    *(f"command-words-{name}" for name in COMMANDS),
})

_CASE = frozenset({"reference", "status", "cases"})

# The variables the code gives each message beyond the flows (a flow prompt gets every slot and
# `reference`); a translation that uses any other variable would show "{$name}" to a person.
CODE_VARIABLES: dict[str, frozenset[str]] = {key: frozenset() for key in ENGINE_KEYS | SERVICE_KEYS} | {
    "upload-received": frozenset({"count"}),
    "value-files": frozenset({"count"}),
    "cancelled": _CASE,
    "after-finish": _CASE,
    "human-requested": _CASE,
    "status-case": frozenset({"reference", "status"}),
    "case-status": frozenset({"status"}),
    "help-line": frozenset({"command", "description"}),
    "card-reasons": frozenset({"reasons"}),
    "card-facts": frozenset({"language", "category", "platform"}),
    "card-state-waiting": frozenset({"minutes"}),
    "card-state-claimed": frozenset({"name"}),
    "card-state-resolved": frozenset({"name"}),
    "card-page-channel": frozenset({"reference", "minutes"}),
    "card-page-direct": frozenset({"reference", "minutes", "urgency"}),
    "card-no-case": frozenset({"reference"}),
    "card-taken-by": frozenset({"reference", "name"}),
    "card-already-resolved": frozenset({"reference", "name"}),
    "card-not-claimed": frozenset({"reference"}),
    "card-not-yours": frozenset({"reference", "name"}),
    "case-taken": frozenset({"reference"}),
    "case-resolved": frozenset({"reference"}),
    "case-nobody-yet": frozenset({"reference"}),
    "relay-from-volunteer": frozenset({"name"}),
    "relay-waiting": frozenset({"reference", "minutes"}),
    "relay-waiting-unknown": frozenset({"reference", "minutes"}),
    "feedback-ask": frozenset({"reference"}),
    "reopen-ask": frozenset({"reference"}),
    "reopen-done": frozenset({"reference"}),
    "relay-victim-says": frozenset({"reference"}),
    "relay-volunteer-said": frozenset({"reference", "name"}),
    "relay-victim-unreachable": frozenset({"reference"}),
    "relay-reply-empty": frozenset({"reference"}),
    "card-remind": frozenset({"reference", "minutes"}),
    "card-kept": frozenset({"reference"}),
    "card-unclaimed-silent": frozenset({"reference", "name"}),
    "card-transferred": frozenset({"reference", "from", "to"}),
    "card-no-volunteer": frozenset({"name"}),
    "card-reopened": frozenset({"reference"}),
    "card-forgotten": frozenset({"reference"}),
    "card-indicators": frozenset({"list", "more"}),
    "history-title": frozenset({"reference", "lines"}),
    "language-set": frozenset({"language"}),
    "language-unchanged": frozenset({"language"}),
    "language-detected": frozenset({"language"}),
    "file-too-large": frozenset({"limit_mb"}),
    "desk-link-taken": frozenset({"name"}),
    "desk-link-done": frozenset({"name"}),
    "desk-oncall-on": frozenset({"name"}),
    "desk-oncall-off": frozenset({"name"}),
    "desk-oncall-off-shift": frozenset({"name"}),
    "desk-oncall-line": frozenset({"name", "languages"}),
    "desk-oncall-line-coordinator": frozenset({"name", "languages"}),
    "review-line": frozenset({"question", "answer"}),
    **{f"guess-{name}": frozenset({"answer"}) for name in GUESSING_VALIDATORS},
    "review-more": frozenset({"line", "rest"}),
    SAFETY_MESSAGE: frozenset({"numbers"}),
    SAFETY_NUMBERS_LINE: frozenset({"kind", "number"}),
} | {key: names for key, names in REPORT_VARIABLES.items() if names}

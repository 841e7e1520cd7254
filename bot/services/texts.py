"""The message ids the services and the engine use beyond the flows, so the linter can check locales."""

from __future__ import annotations

# Universal commands, in the order the help text lists them.
COMMANDS = ("start", "help", "back", "restart", "cancel", "language", "status", "forget", "human")

ENGINE_KEYS = frozenset({
    "invalid-choice", "invalid-upload", "invalid-empty", "stuck-offer", "back-at-start", "upload-received",
    "choice-skip", "choice-human", "choice-upload-done", "value-not-given", "value-skipped", "value-files",
    "value-yes", "value-no", "value-unknown",
})

SERVICE_KEYS = frozenset({
    "welcome-back", "help", "help-line", "restarted", "cancelled", "nothing-to-go-back", "after-finish",
    "language-pick", "language-set", "language-unchanged", "language-detected", "language-change",
    "language-unsupported",
    "status-none", "status-case", "case-status",
    "forget-confirm", "forget-yes", "forget-no", "forget-done", "forget-kept",
    "human-requested", "human-after-consent", "error-try-again", "file-kept", "file-too-large",
    "message-unsupported", "command-unknown", "early-kept", "early-story-used",
    # said in public where a person asked for help before the conversation moved to their DMs
    "discord-moved-to-dm", "discord-dm-closed",
    # said at the volunteers' desk
    "desk-help",
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
    "language-set": frozenset({"language"}),
    "language-unchanged": frozenset({"language"}),
    "language-detected": frozenset({"language"}),
    "file-too-large": frozenset({"limit_mb"}),
}

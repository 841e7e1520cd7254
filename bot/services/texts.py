"""The message ids the services and the engine use beyond the flows, so the linter can check locales."""

from __future__ import annotations

# Universal commands, in the order the help text lists them.
COMMANDS = ("start", "help", "back", "restart", "cancel", "language", "status", "forget", "human")

ENGINE_KEYS = frozenset({
    "invalid-choice", "invalid-upload", "invalid-empty", "stuck-offer", "back-at-start", "upload-received",
    "choice-skip", "choice-human", "choice-upload-done", "value-not-given", "value-skipped", "value-files",
    "value-yes", "value-no",
})

SERVICE_KEYS = frozenset({
    "welcome-back", "help", "restarted", "cancelled", "nothing-to-go-back", "after-finish",
    "language-pick", "language-set", "language-unchanged", "language-detected", "language-change",
    "language-unsupported",
    "status-none", "status-case", "case-status",
    "forget-confirm", "forget-yes", "forget-no", "forget-done", "forget-kept",
    "human-requested", "file-kept", "file-too-large", "message-unsupported", "command-unknown",
    *(f"command-{name}" for name in COMMANDS),
    *(f"command-words-{name}" for name in COMMANDS),
})

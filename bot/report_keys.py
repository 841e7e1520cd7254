"""The messages the case summary renders and their variables, without loading the PDF library."""

from __future__ import annotations

# Every message this module renders, so the locale linter knows them (the last two exist already, in common.ftl).
REPORT_KEYS = (
    "report-title", "report-copy-title", "report-intro", "report-copy-follows", "report-generated", "report-page",
    "report-field", "report-utc", "report-reference", "report-status", "report-created", "report-category",
    "report-what-happened", "report-dates", "report-amounts", "report-indicators", "report-indicators-note",
    "report-indicator-kind", "report-evidence", "report-evidence-none", "report-file-size", "report-file-received",
    "report-bytes", "report-custody", "report-message-title", "report-message-what-happened",
    "report-message-evidence", "report-message-use", "report-pdf-caption",
    "case-status", "value-not-given",
)
# The variables the code gives each of them (the others get none).
REPORT_VARIABLES: dict[str, frozenset[str]] = {key: frozenset() for key in REPORT_KEYS} | {
    "report-generated": frozenset({"generated"}),
    "report-page": frozenset({"page", "pages"}),
    "report-field": frozenset({"label", "value"}),
    "report-utc": frozenset({"time"}),
    "report-indicator-kind": frozenset({"kind"}),
    "report-bytes": frozenset({"size"}),
    "report-message-title": frozenset({"reference"}),
    "report-pdf-caption": frozenset({"reference"}),
    "case-status": frozenset({"status"}),
}

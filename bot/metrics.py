"""The Prometheus metrics every part of a worker records and `/metrics` serves."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

MESSAGES = Counter("frontdoor_messages_total", "Inbound messages handled", ["platform"])
ESCALATION_STEPS = Counter("frontdoor_escalation_steps_total", "Escalation steps taken", ["notify"])
ESCALATIONS_EXHAUSTED = Counter("frontdoor_escalations_exhausted_total",
                                "Escalation chains that ran out without a claim")
CASE_ACTIONS = Counter("frontdoor_case_actions_total", "Claims, releases and resolutions at the desk", ["action"])
TIME_TO_CLAIM = Histogram("frontdoor_time_to_claim_seconds", "From a case's creation to its claim",
                          buckets=(30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 86400))
TIME_TO_FIRST_REPLY = Histogram("frontdoor_time_to_first_reply_seconds",
                                "From a case's creation to a volunteer's first words relayed to the person",
                                buckets=(60, 300, 600, 1800, 3600, 7200, 21600, 86400, 259200))
TIME_TO_RESOLVE = Histogram("frontdoor_time_to_resolve_seconds", "From a case's creation to its resolution",
                            buckets=(600, 1800, 3600, 7200, 21600, 86400, 259200, 604800))
RATINGS = Counter("frontdoor_case_ratings_total", "Ratings people gave their resolved case", ["rating"])
RELAYED = Counter("frontdoor_relayed_messages_total", "Messages relayed or kept on a case",
                  ["author"])  # victim, volunteer, note

"""The Prometheus metrics every part of a worker records and `/metrics` serves (docs/observability.md says what each
means and what to alert on). Counters and histograms are this worker's since it started; the gauges marked "on
scrape" are read from the database when /metrics is asked (bot/web.py), so every worker reports the same values."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Iterable, Mapping
from datetime import datetime
from typing import Any, TypeVar

from prometheus_client import Counter, Gauge, Histogram

from bot.domain import CaseStatus, Urgency

T = TypeVar("T")

# -- messages in and out ------------------------------------------------------------------------------
MESSAGES = Counter("frontdoor_messages_total", "Inbound messages and button presses stored (redeliveries not counted)",
                   ["platform"])
REDELIVERED = Counter("frontdoor_redelivered_total", "Inbound events a platform sent again and that were ignored",
                      ["platform"])
REPLIES_SENT = Counter("frontdoor_replies_sent_total",
                       "Outbox rows delivered: messages sent, cards edited, topics or threads opened", ["platform"])
SEND_FAILURES = Counter("frontdoor_send_failures_total",
                        "Outbox rows a platform did not take: retry (tried again later), gave_up (after the last "
                        "attempt or a permanent refusal), blocked (the person blocked the bot), error (the adapter "
                        "raised something unexpected)", ["platform", "outcome"])
RATE_LIMITED = Counter("frontdoor_rate_limited_total",
                       "Sends the platform refused with a retry_after (HTTP 429) that reached the outbox", ["platform"])
OUTBOX_PENDING = Gauge("frontdoor_outbox_pending", "Replies stored and not yet sent, per platform (on scrape)",
                       ["platform"])
OUTBOX_OLDEST = Gauge("frontdoor_outbox_oldest_age_seconds",
                      "Age of the oldest reply not yet sent, per platform; 0 when none waits (on scrape)", ["platform"])

# -- conversations and cases ------------------------------------------------------------------------------
CONVERSATIONS_ACTIVE = Gauge("frontdoor_conversations_active",
                             "Conversations going on (not finished or cancelled) that moved within the window "
                             "(on scrape)", ["within"])
CASES = Gauge("frontdoor_cases", "Open cases by status and urgency (on scrape)", ["status", "urgency"])
LANGUAGE_SET = Counter("frontdoor_language_set_total",
                       "A conversation's language set or changed, by how: hint (the platform's), default, "
                       "unsupported (a language we do not have), detected (from the text), explicit (the person "
                       "chose it)", ["source", "locale"])
LANGUAGE_CORRECTED = Counter("frontdoor_language_corrected_total",
                             "A detected language the person then changed themselves", ["detected", "chosen"])

# -- the desk ---------------------------------------------------------------------------------------------
ESCALATION_STEPS = Counter("frontdoor_escalation_steps_total", "Escalation steps taken", ["notify"])
ESCALATIONS_EXHAUSTED = Counter("frontdoor_escalations_exhausted_total",
                                "Escalation chains that ran out without a claim")
CLAIM_REMINDERS = Counter("frontdoor_claim_reminders_total",
                          "Silence timers of claimed cases that fired: reminded (the claimer was reminded), released "
                          "(no answer to the reminder: the case went back to the chain)", ["outcome"])
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

# -- the database and the channels ------------------------------------------------------------------------
DATABASE_SECONDS = Histogram("frontdoor_database_seconds",
                             "Store calls of a turn (ingest, load, commit) and the scrape's ping, by operation",
                             ["op"], buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
DATABASE_UP = Gauge("frontdoor_database_up", "1 if the database answered this scrape's ping, else 0 (on scrape)")
DATABASE_ERRORS = Counter("frontdoor_database_errors_total", "Calls that failed because the database was unreachable")
DATABASE_OUTAGES = Counter("frontdoor_database_outages_total",
                           "Database outages: the first connection error after the database had answered")
CHANNEL_CONNECTED = Gauge("frontdoor_channel_connected", "1 if the channel is connected to its platform (on scrape)",
                          ["platform"])

OPEN_STATUSES = (CaseStatus.NEW.value, CaseStatus.ESCALATED.value, CaseStatus.CLAIMED.value)
WINDOWS = {"15m": 15 * 60, "24h": 24 * 3600}  # frontdoor_conversations_active{within}


_DATABASE_OPS: dict[str, Any] = {}  # op -> its histogram child: `labels()` takes a lock, several times a message


async def timed(work: Awaitable[T], op: str) -> T:
    """`await work`, its duration observed in frontdoor_database_seconds{op} (failures too)."""
    started = time.perf_counter()
    try:
        return await work
    finally:
        child = _DATABASE_OPS.get(op)
        if child is None:
            child = _DATABASE_OPS[op] = DATABASE_SECONDS.labels(op)
        child.observe(time.perf_counter() - started)


def count_failure(platform: str, rate_limited: bool, outcome: str, rows: int = 1) -> None:
    """A send the platform did not take: its outcome (retry, gave_up, blocked, error), and whether it was a 429."""
    if rate_limited:
        RATE_LIMITED.labels(platform).inc()
    SEND_FAILURES.labels(platform, outcome).inc(rows)


def record_database(found: Mapping[str, Any] | None, now: datetime, platforms: Iterable[str] = ()) -> None:
    """Set the on-scrape gauges from `SqlStore.observe()`; None (the database did not answer) removes them, so
    that no stale value is shown: frontdoor_database_up says why."""
    for gauge in (OUTBOX_PENDING, OUTBOX_OLDEST, CONVERSATIONS_ACTIVE, CASES):
        gauge.clear()
    if found is None:
        return
    outbox = dict(found.get("outbox") or {})
    for platform in set(platforms) | set(outbox):
        count, oldest = outbox.get(platform, (0, None))
        OUTBOX_PENDING.labels(platform).set(count)
        OUTBOX_OLDEST.labels(platform).set(max(0.0, (now - oldest).total_seconds()) if oldest is not None else 0)
    for window, count in (found.get("conversations_active") or {}).items():
        CONVERSATIONS_ACTIVE.labels(window).set(count)
    for status in OPEN_STATUSES:
        for urgency in Urgency:
            CASES.labels(status, urgency.label).set(0)
    for (status, urgency), count in (found.get("cases") or {}).items():
        CASES.labels(status, _urgency(urgency)).set(count)


def _urgency(level: Any) -> str:
    try:
        return Urgency(int(level)).label
    except (TypeError, ValueError):
        return str(level)

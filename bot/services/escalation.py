"""The escalation chain: start it for an urgent case, take each due step from the database, stop on claim."""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from bot import metrics, outage
from bot.domain import CaseStatus, ChatKind, ChatRef, Choice, MessageRef, Op, Outgoing, PlaceRole, Reply, Urgency
from bot.ports import (
    AuditRow,
    CaseChange,
    CaseMessage,
    CaseView,
    ChangeSet,
    ConcurrentUpdate,
    EscalationChange,
    EscalationRecord,
    Store,
    VolunteerRecord,
    WorkKey,
)
from bot.services import cards
from bot.services.outbox import Outbox
from bot.services.roster import on_call_now
from bot.services.turn import Tools
from bot.triage import safety_message

log = logging.getLogger(__name__)

NOTIFY = ("oncall_language", "oncall_all", "channel")
WAIT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|seconds?|m|min|minutes?|h|hours?)?\s*$", re.IGNORECASE)
URGENT = int(Urgency.HIGH)
EVENT = "event"  # the author of a line of a case's conversation that is no one's words: "claimed by …"


class PolicyError(ValueError):
    """An escalation policy file that cannot be used, with what is wrong in words."""


def seconds(wait: Any) -> float:
    """"30s", "2m", "1h" or a number of seconds."""
    if isinstance(wait, int | float):
        return float(wait)
    match = WAIT.match(str(wait))
    if match is None:
        raise PolicyError(f"wait {wait!r} is not a duration like 30s, 2m or 1h")
    unit = (match.group(2) or "s")[0].lower()
    return float(match.group(1)) * {"s": 1, "m": 60, "h": 3600}[unit]


def parse_policy(raw: Any) -> dict[str, Any]:
    """The policy as each case snapshots it: steps with their wait in seconds, and the rounds after the first."""
    if not isinstance(raw, dict) or not isinstance(raw.get("steps"), list) or not raw["steps"]:
        raise PolicyError("an escalation policy needs a list of steps")
    steps = []
    for number, step in enumerate(raw["steps"], start=1):
        notify = step.get("notify") if isinstance(step, dict) else None
        if notify not in NOTIFY:
            raise PolicyError(f"step {number}: notify must be one of {', '.join(NOTIFY)}")
        steps.append({"notify": notify, "wait": seconds(step.get("wait", 0))})
    repeat = raw.get("repeat", 0)
    if not isinstance(repeat, int) or not 0 <= repeat <= 10:
        raise PolicyError("repeat must be a whole number from 0 to 10")
    return {"steps": steps, "repeat": repeat}


def new_token() -> str:
    return secrets.token_hex(8)


# -- what a case's places in the volunteer chats receive ---------------------------------------------
def open_places(view: CaseView, tools: Tools, now: datetime) -> list[Outgoing]:
    """A new urgent case in every volunteer chat: a topic or thread of its own, and its card in it."""
    locale = tools.volunteer_locale
    out = []
    for desk in tools.desks:
        out.append(Outgoing(desk, Reply(cards.thread_title(view, tools.i18n, locale)), op=Op.OPEN_THREAD,
                            case_id=view.id, role=PlaceRole.THREAD))
        out.append(Outgoing(desk, cards.card(view, tools.i18n, locale, now), case_id=view.id, role=PlaceRole.CARD))
    return out


def edit_cards(view: CaseView, tools: Tools, now: datetime) -> list[Outgoing]:
    """Every card of the case, on every platform, shows its current state."""
    reply = cards.card(view, tools.i18n, tools.volunteer_locale, now)
    return [Outgoing(desk, reply, op=Op.EDIT, case_id=view.id, role=PlaceRole.CARD_EDIT) for desk in tools.desks]


def in_threads(view: CaseView, tools: Tools, message: MessageRef) -> list[Outgoing]:
    text = tools.i18n.render(tools.volunteer_locale, message)
    return [Outgoing(desk, Reply(text), case_id=view.id, role=PlaceRole.IN_THREAD) for desk in tools.desks]


def start(view: CaseView, tools: Tools, now: datetime) -> tuple[EscalationChange, list[Outgoing]]:
    """Begin the chain for an urgent case: its first step is due at once, its cards go out now."""
    change = EscalationChange(view.id, {"policy": tools.policy, "step": 0, "round": 0, "state": "active",
                                        "due_at": now, "token": new_token(), "lease_until": None})
    return change, open_places(view, tools, now)


def restart(view: CaseView, now: datetime) -> EscalationChange | None:
    """After a release: from the first step again, with a new token (old timers do nothing)."""
    escalation = view.escalation
    if escalation is None:
        return None
    return EscalationChange(view.id, {"step": 0, "round": 0, "state": "active", "due_at": now,
                                      "token": new_token(), "lease_until": None},
                            id=escalation.id, expect_token=escalation.token)


WATCHING, REMINDED = "watching", "reminded"  # a claimed case's silence timer: remind, then back to the chain


def watch(view: CaseView, tools: Tools, now: datetime) -> EscalationChange | None:
    """A claimed case: the claimer is reminded after `claim_reminder` seconds without a word to the person
    (the same row and lease as the chain, so one scheduler in each worker covers both)."""
    if tools.claim_reminder <= 0:
        return stop(view)
    values = {"state": WATCHING, "due_at": now + timedelta(seconds=tools.claim_reminder), "token": new_token(),
              "lease_until": None}
    if view.escalation is None:
        return EscalationChange(view.id, {"policy": tools.policy, "step": 0, "round": 0, **values})
    return EscalationChange(view.id, values, id=view.escalation.id, expect_token=view.escalation.token)


def stop(view: CaseView) -> EscalationChange | None:
    escalation = view.escalation
    if escalation is None or escalation.state != "active":
        return None
    return EscalationChange(view.id, {"state": "stopped", "due_at": None, "token": new_token(),
                                      "lease_until": None}, id=escalation.id, expect_token=escalation.token)


# -- the scheduler ------------------------------------------------------------------------------------
class EscalationRunner:
    """Runs in every worker and needs no inbound message: takes the due steps (leased in the database, so
    two workers never take the same one; a worker that dies mid-step leaves a lease that runs out and the
    step is taken again — the watchdog is the same query), notifies, schedules the next step, commits."""

    def __init__(self, store: Store, tools: Tools, outbox: Outbox, *, lease_seconds: float = 30.0,
                 checkpoint: Callable[[str], None] = lambda _name: None) -> None:
        self.store = store
        self.tools = tools
        self.outbox = outbox
        self.lease_seconds = lease_seconds
        self.checkpoint = checkpoint
        self.steps_taken = 0
        self._deliveries: set[asyncio.Task[None]] = set()

    async def settle(self, seconds: float = 10.0) -> None:
        """Let the pages and cards being sent finish (bounded): at shutdown, and in tests."""
        if self._deliveries:
            await asyncio.wait(set(self._deliveries), timeout=seconds)

    async def run(self, interval: float = 0.25) -> None:
        while True:
            try:
                while await self.tick() > 0:
                    pass
                outage.DATABASE.ok()
            except Exception as exc:
                outage.log_failure(log, exc, "escalation: taking due steps failed; trying again in %.1fs", interval)
            await asyncio.sleep(interval)

    async def tick(self, limit: int = 100) -> int:
        """Take every step due now; how many were taken."""
        due = await self.store.lease_due_escalations(self.tools.clock(), lease_seconds=self.lease_seconds,
                                                     limit=limit)
        for record in due:
            try:
                await self.take(record)
            except ConcurrentUpdate:
                log.info("escalation %s: moved on elsewhere (claimed, released or taken by another worker)",
                         record.id)
        return len(due)

    async def take(self, record: EscalationRecord) -> None:
        now = self.tools.clock()
        view = await self.store.case_view(record.case_id)
        key = WorkKey("desk", "escalation", str(record.id))
        if record.state in (WATCHING, REMINDED) and view is not None and view.status == CaseStatus.CLAIMED.value:
            await self._silence(record, view, now, key)
            return
        if view is None or view.status not in (CaseStatus.NEW.value, CaseStatus.ESCALATED.value) \
                or record.state in (WATCHING, REMINDED):
            await self.store.commit(ChangeSet(key, escalations=[EscalationChange(
                record.case_id, {"state": "stopped", "due_at": None, "lease_until": None}, id=record.id,
                expect_token=record.token)]))
            return
        policy = record.policy or self.tools.policy
        steps = policy["steps"]
        values: dict[str, Any] = {"token": new_token(), "lease_until": None}
        if record.step >= len(steps):
            # the chain ran out and its last wait passed: the person hears the truth and what they can do
            # now; the case stays at the top of the queue
            values.update(state="stopped", due_at=None)
            outgoing = self._nobody_yet(view)
            audit = [AuditRow("escalation_exhausted", view.id, "scheduler", {"rounds": record.round + 1})]
        else:
            step = steps[record.step]
            outgoing, notified = await self._notify(step["notify"], view, now)
            audit = [AuditRow("escalation_step", view.id, "scheduler", {
                "step": record.step + 1, "round": record.round + 1, "notify": step["notify"], "notified": notified})]
            nxt, rounds = record.step + 1, record.round
            if nxt >= len(steps) and rounds < policy.get("repeat", 0):
                nxt, rounds = 0, rounds + 1
            values.update(step=nxt, round=rounds, due_at=now + timedelta(seconds=step["wait"]))
        committed = await self.store.commit(ChangeSet(
            key, escalations=[EscalationChange(view.id, values, id=record.id, expect_token=record.token)],
            outbox=outgoing, audit=audit))
        self.steps_taken += 1
        for row in audit:  # counted once committed: a lost race counts nothing
            if row.action == "escalation_step":
                metrics.ESCALATION_STEPS.labels(row.detail["notify"]).inc()
            elif row.action == "escalation_exhausted":
                metrics.ESCALATIONS_EXHAUSTED.inc()
        self.checkpoint("after-escalation-step")
        self._send_beside(committed.outbound)

    def _send_beside(self, outbound: list[Any]) -> None:
        # sent beside the next steps, not before them: a volunteer's paced private chat must not make the
        # other cases' steps late (the rows are leased to this worker; the sweeper covers a crash)
        task = asyncio.create_task(outage.quietly(self.outbox.deliver(outbound), log, "escalation: sending pages"))
        self._deliveries.add(task)
        task.add_done_callback(self._deliveries.discard)

    async def _silence(self, record: EscalationRecord, view: CaseView, now: datetime, key: WorkKey) -> None:
        """A claimed case with no word to the person for a while: remind the claimer first; if the reminder
        is not confirmed (a button, or a message to the person) in the same time, back to the chain."""
        tools = self.tools
        locale, claimer = tools.volunteer_locale, view.claimed_by
        assert claimer is not None
        minutes = max(1, round(tools.claim_reminder / 60))
        if record.state == WATCHING:
            text = tools.i18n.render(locale, MessageRef("card-remind", {"reference": view.reference,
                                                                        "minutes": minutes}))
            keep = Choice(cards.action_id(cards.KEEP, view.reference), tools.i18n.render(locale, "card-keep"))
            outgoing = [Outgoing(chat, Reply(text, (keep,)), case_id=view.id)
                        for chat in direct_chats(claimer, tools.desks)]
            outgoing += in_threads(view, tools, MessageRef("card-remind", {"reference": view.reference,
                                                                           "minutes": minutes}))
            values = {"state": REMINDED, "due_at": now + timedelta(seconds=tools.claim_reminder),
                      "token": new_token(), "lease_until": None}
            changes = ChangeSet(key, escalations=[EscalationChange(view.id, values, id=record.id,
                                                                   expect_token=record.token)],
                                outbox=outgoing, audit=[AuditRow("claim_reminded", view.id, "scheduler",
                                                                 {"volunteer": claimer.id})])
        else:
            after = replace(view, status=CaseStatus.ESCALATED.value, claimed_by=None, claimed_at=None)
            outgoing = in_threads(view, tools, MessageRef("card-unclaimed-silent", {
                "reference": view.reference, "name": claimer.name}))
            outgoing += [Outgoing(chat, Reply(tools.i18n.render(locale, MessageRef("card-unclaimed-silent", {
                "reference": view.reference, "name": claimer.name}))), case_id=view.id)
                for chat in direct_chats(claimer, tools.desks)]
            outgoing += edit_cards(after, tools, now)
            values = {"state": "active", "step": 0, "round": 0, "due_at": now, "token": new_token(),
                      "lease_until": None}
            changes = ChangeSet(key, escalations=[EscalationChange(view.id, values, id=record.id,
                                                                   expect_token=record.token)],
                                case_changes=[CaseChange(view.reference, {"status": CaseStatus.ESCALATED.value,
                                                                          "claimed_by": None, "claimed_at": None},
                                                         {"claimed_by": claimer.id,
                                                          "status": CaseStatus.CLAIMED.value})],
                                outbox=outgoing, audit=[AuditRow("case_released", view.id, "scheduler", {
                                    "volunteer": claimer.id, "why": "silence"})],
                                case_messages=[CaseMessage(view.id, EVENT, f"released: {claimer.name} did not "
                                                           "answer the reminder", now, claimer.id)])
        committed = await self.store.commit(changes)
        metrics.CLAIM_REMINDERS.labels("reminded" if record.state == WATCHING else "released").inc()
        self.steps_taken += 1
        self.checkpoint("after-escalation-step")
        self._send_beside(committed.outbound)

    async def _notify(self, notify: str, view: CaseView, now: datetime) -> tuple[list[Outgoing], int]:
        tools = self.tools
        locale = tools.volunteer_locale
        minutes = cards.waited_minutes(view, now)
        if notify == "channel":
            text = tools.i18n.render(locale, MessageRef("card-page-channel", {
                "reference": view.reference, "minutes": minutes}))
            claim = Choice(cards.action_id(cards.CLAIM, view.reference), tools.i18n.render(locale, "card-claim"))
            return [Outgoing(desk, Reply(text, (claim,), mention_role=tools.roles.get(desk.platform)))
                    for desk in tools.desks], len(tools.desks)
        on_call = [v for v in await self.store.volunteers() if _on_call(v, now)]
        if notify == "oncall_language":
            on_call = [v for v in on_call if view.locale in v.languages]
        text = tools.i18n.render(locale, MessageRef("card-page-direct", {
            "reference": view.reference, "minutes": minutes,
            "urgency": tools.i18n.render(locale, f"card-urgency-{Urgency(view.urgency).label}")}))
        out = []
        for volunteer in on_call:
            for desk in tools.desks:  # a page goes where the volunteer can act: platforms with a desk
                identity = volunteer.identity(desk.platform)
                if identity and not any(o.chat.platform == desk.platform and o.chat.chat_id == identity for o in out):
                    out.append(Outgoing(ChatRef(desk.platform, identity, kind=ChatKind.DIRECT), Reply(text)))
        return out, len(on_call)

    def _nobody_yet(self, view: CaseView) -> list[Outgoing]:
        if not view.victim_chat or not view.victim_platform:
            return []
        i18n, locale = self.tools.i18n, view.locale or self.tools.i18n.default
        chat = ChatRef(view.victim_platform, view.victim_chat)
        out = [Outgoing(chat, Reply(i18n.render(locale, MessageRef("case-nobody-yet", {"reference": view.reference}))))]
        triage = self.tools.triage
        if triage is not None:  # the emergency numbers of their country, not only the general ones
            phone = view.answers.get("phone")
            country = triage.country_for(phone if isinstance(phone, str) else None, locale)
            message = safety_message(triage.emergency_numbers(country), lambda ref: i18n.render(locale, ref))
            out.append(Outgoing(chat, Reply(i18n.render(locale, message))))
        return out


def _on_call(volunteer: VolunteerRecord, now: datetime) -> bool:
    return on_call_now(volunteer, now)


def direct_chats(volunteer: VolunteerRecord, desks: tuple[ChatRef, ...]) -> list[ChatRef]:
    """The volunteer's private chats with the bot, on the platforms that have a desk (where they act)."""
    chats = []
    for platform in dict.fromkeys(desk.platform for desk in desks):
        identity = volunteer.identity(platform)
        if identity:
            chats.append(ChatRef(platform, identity, kind=ChatKind.DIRECT))
    return chats


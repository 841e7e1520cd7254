"""A turn: what one person's (or one desk chat's) stored events decide, in memory, before one commit."""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from bot.domain import (
    CaseRef,
    CaseStatus,
    ChatRef,
    Choice,
    MessageRef,
    Outgoing,
    Reply,
    Urgency,
    case_reference,
)
from bot.engine.machine import ConversationState, Engine, Prompt, state_copy
from bot.i18n import Translator
from bot.language import LanguagePolicy
from bot.ports import (
    NEW_CASE,
    AuditRow,
    CaseChange,
    CaseDraft,
    CaseMessage,
    ChangeSet,
    EscalationChange,
    EvidenceRow,
    IndicatorRow,
    Snapshot,
    StoredFile,
    StoredInbound,
    TurnRepository,
    VolunteerChange,
)


def utcnow() -> datetime:
    return datetime.now(UTC)


def normalize(text: str) -> str:
    """Lower case, no accents, no punctuation: how people's typing is compared with labels and words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", kept).strip()


@dataclass(frozen=True)
class Event:
    """One stored inbound event, read back from the inbox."""

    id: int
    platform: str
    external_id: str
    chat: ChatRef
    text: str | None = None
    choice: str | None = None
    command: str | None = None
    argument: str | None = None
    files: tuple[StoredFile, ...] = ()
    language_hint: str | None = None
    display_name: str | None = None
    origin: ChatRef | None = None
    reply_to: str | None = None
    user_id: str | None = None  # who sent it, as the platform knows them (a volunteer is found by it)

    @classmethod
    def from_stored(cls, stored: StoredInbound, fallback_chat: ChatRef) -> Event:
        body = stored.body
        chat = ChatRef.from_json(body["chat"]) if body.get("chat") else fallback_chat
        return cls(id=stored.id, platform=stored.platform, external_id=stored.external_id, chat=chat,
                   text=body.get("text"), choice=body.get("choice"), command=body.get("command"),
                   argument=body.get("argument"), files=tuple(StoredFile(**f) for f in body.get("files", [])),
                   language_hint=body.get("language_hint"), display_name=body.get("display_name"),
                   origin=ChatRef.from_json(body["origin"]) if body.get("origin") else None,
                   reply_to=body.get("reply_to"), user_id=body.get("user_id"))


@dataclass
class Tools:
    """What every handler may use: the flows, the translations, language detection, the clock, the store
    for case numbers and for reading (volunteers, cases: every write goes through the change set), and
    the desk: its chats, the policy a new escalation starts with, the language cards are written in."""

    engine: Engine
    i18n: Translator
    numbers: TurnRepository
    language: LanguagePolicy | None = None
    max_file_bytes: int = 20 * 1024 * 1024
    clock: Callable[[], datetime] = utcnow
    store: Any = None  # bot.ports.Store: read access for handlers
    desks: tuple[ChatRef, ...] = ()
    policy: dict[str, Any] = field(default_factory=dict)
    volunteer_locale: str = "en"
    roles: dict[str, str] = field(default_factory=dict)  # platform -> the volunteer role to mention
    triage: Any = None  # bot.triage.Triage, when loaded
    claim_reminder: float = 1800.0  # seconds without a word to the person before the claimer is reminded (0: never)
    reopen_days: int = 14  # a resolved case the person writes about within this many days can be reopened
    anonymous: bool = False  # volunteers sign as "Volunteer" only
    files: Any = None  # bot.ports.FileStore: where a generated file (the person's PDF summary) is kept to be sent
    _phrases: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)

    def phrases(self, locale: str, names: tuple[str, ...]) -> dict[str, frozenset[str]]:
        """The whole messages that mean each command in a locale (rendered once per locale)."""
        if locale not in self._phrases:
            self._phrases[locale] = {
                name: frozenset(filter(None, (normalize(w) for w in
                                              self.i18n.render(locale, f"command-words-{name}").split(","))))
                for name in names}
        return self._phrases[locale]


OWN_CONTACT_SLOTS = frozenset({"email", "phone"})
# Evidence files whose words are read for indicators: a forwarded message, words pasted at the evidence step, a
# text or an e-mail the person exported. Larger ones are kept unread (a log file is not a message).
TEXT_EVIDENCE_TYPES = frozenset({"text/plain", "message/rfc822"})
TEXT_EVIDENCE_MAX_BYTES = 1024 * 1024
# A slot: indicators found in evidence before there was a case to keep them, [[kind, value, valid], ...]
FOUND_SLOT = "_found"


def _texts(value: Any) -> Any:
    """Every string in an answer (a free text, a money amount's note, a list of labels)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)


class Turn:
    """What one key's processing knows and collects: the snapshot's records, changed in memory, and the
    outgoing messages, case, evidence and audit rows that its change set will commit."""

    def __init__(self, snapshot: Snapshot, tools: Tools) -> None:
        self.tools = tools
        self.key = snapshot.key
        self.contact = snapshot.contact
        self.record = snapshot.conversation
        self.cases = list(snapshot.cases)
        # a victim is answered in their language; the desk in the volunteers' language
        self.locale = (self.contact.locale or tools.i18n.default) if self.contact else tools.volunteer_locale
        self.chat = ChatRef(snapshot.key.platform, self.contact.chat_id) if self.contact else None
        self.outgoing: list[Outgoing] = []
        self.case: CaseRef | None = None  # the case this turn opened or changed, for "your reference is …"
        self.draft: CaseDraft | None = None
        self.case_changes: list[CaseChange] = []
        self.evidence: list[EvidenceRow] = []
        self.audit: list[AuditRow] = []
        self.forget = False
        self.erase = False
        self.volunteer_changes: list[VolunteerChange] = []
        self.escalations: list[EscalationChange] = []
        self.case_messages: list[CaseMessage] = []
        self.indicators: list[IndicatorRow] = []
        self.event_start = 0
        self._contact_before = copy.copy(self.contact)
        self._inbound_texts = [(stored.id, stored.body.get("text")) for stored in snapshot.inbound]
        self._read: dict[str, str | None] = {}  # text evidence by hash, read once a turn
        self._waiting: list[list[Any]] = []  # indicators found before there was a case: [kind, value, valid]

    # -- reading ---------------------------------------------------------------------------------
    @property
    def state(self) -> ConversationState | None:
        """The conversation's state, a copy of its own: a handler may change it and keep it or not."""
        return ConversationState.from_json(self.record.state) if self.record.state else None

    def viewed_state(self) -> ConversationState | None:
        """The state to read, never to change (it shares the stored state's parts): no copy made."""
        data = self.record.state
        return ConversationState(**data) if data else None

    @property
    def active(self) -> bool:
        return bool(self.record.state) and self.record.status == "active"

    @property
    def actor(self) -> str:
        return f"contact:{self.contact.id}" if self.contact else f"desk:{self.key.platform}:{self.key.id}"

    def case_refs(self) -> list[CaseRef]:
        """The person's cases, including the one this turn opened or changed."""
        refs = [record.ref for record in self.cases]
        if self.case is not None:
            refs = [self.case if ref.reference == self.case.reference else ref for ref in refs]
            if self.case.reference not in {ref.reference for ref in refs}:
                refs.append(self.case)
        return refs

    # -- deciding --------------------------------------------------------------------------------
    async def save_case(self, state: ConversationState, *, complete: bool, human: bool,
                        reasons: list[str] | None = None) -> None:
        """Open the person's case from the answers so far, or update it: the urgency is the highest of the
        flow's own, the triage rules' (with their reasons, which volunteers see) and a person asked for."""
        assert self.contact is not None
        category = state.slots.get("category")
        category = category if isinstance(category, str) else None
        urgency = max(state.urgency, int(Urgency.HIGH) if human else 0)
        found = list(reasons or [])
        if self.tools.triage is not None:
            assessment = self.tools.triage.assess(state.slots, (), human=human)
            urgency = max(urgency, int(assessment.level))
            found += [r for r in assessment.reasons if r not in found]
        if self.draft is None:
            if self.record.case_id is None:
                number = await self.tools.numbers.next_case_number()
                self.draft = CaseDraft(reference=case_reference(number, self.tools.clock().year), category=category,
                                       answers={}, urgency=urgency, locale=self.locale, complete=False, human=False)
                self.record.case_id = NEW_CASE
                self.audit.append(AuditRow("case_opened", NEW_CASE, self.actor, {
                    "complete": complete, "human": human, "urgency": Urgency(urgency).label}))
            else:
                known = next((c for c in self.cases if c.id == self.record.case_id), None)
                reference = known.ref.reference if known else ""
                self.draft = CaseDraft(reference=reference, category=category, answers={},
                                       urgency=int(known.ref.urgency) if known else urgency, locale=self.locale,
                                       complete=False, human=False, id=self.record.case_id)
        draft = self.draft
        draft.category, draft.answers = category, {k: v for k, v in state.slots.items() if not k.startswith("_")}
        draft.urgency = max(draft.urgency, urgency)
        draft.reasons = [*draft.reasons, *(r for r in found if r not in draft.reasons)]
        draft.platform = self.key.platform
        draft.complete |= complete
        draft.human |= human
        known = next((c for c in self.cases if c.id == draft.id), None) if draft.id is not None else None
        self.case = CaseRef(draft.reference, known.ref.status if known else CaseStatus.NEW, Urgency(draft.urgency))
        case_id = NEW_CASE if draft.id is None else draft.id
        # the person's own address and number are how to reach them, not indicators
        self.find_indicators(case_id, list(_texts({k: v for k, v in draft.answers.items()
                                                   if k not in OWN_CONTACT_SLOTS})))
        if complete:
            self.audit.append(AuditRow("intake_completed", case_id, self.actor, {"urgency": self.case.urgency.label}))
        if human:
            self.audit.append(AuditRow("human_requested", case_id, self.actor, {}))

    def find_indicators(self, case_id: int, texts: list[str]) -> None:
        """Indicators of compromise in what the person wrote about a case (kept once per case and value)."""
        self._add_indicators(case_id, self._extract(texts))

    def _extract(self, texts: list[str]) -> list[list[Any]]:
        from bot.indicators import extract_all, recipients  # loaded on the first text that needs it

        triage = self.tools.triage  # a number written without its country code is read as the person's
        region = triage.country_for(None, self.locale) if triage is not None else None
        texts = [t for t in texts if t]
        own = set().union(*(recipients(t) for t in texts))  # the person's address in headers they pasted
        return [[found.kind, found.value, found.valid] for found in extract_all(texts, region=region)
                if not (found.kind == "email" and found.value in own)]

    def _add_indicators(self, case_id: int, found: list[list[Any]]) -> None:
        known = {(row.case_id, row.kind, row.value) for row in self.indicators}
        for kind, value, valid in found:
            if (case_id, kind, value) not in known:
                known.add((case_id, kind, value))
                self.indicators.append(IndicatorRow(case_id, kind, value, bool(valid)))

    def move_escalation(self, change: EscalationChange) -> None:
        """One change of a case's escalation row per turn: a later decision in the same turn (the second of
        a volunteer's quick messages) moves the first one on instead of expecting the token it replaced."""
        earlier = next((i for i, e in enumerate(self.escalations) if e.case_id == change.case_id), None)
        if earlier is None:
            self.escalations.append(change)
            return
        first = self.escalations[earlier]
        self.escalations[earlier] = EscalationChange(change.case_id, {**first.values, **change.values}, id=first.id,
                                                     expect_token=first.expect_token)

    def case_changed(self, case_id: int, **values: Any) -> None:
        """What this turn changed of one of the person's cases, for the turn's later events to see."""
        self.cases = [replace(c, **values) if c.id == case_id else c for c in self.cases]

    def keep_files(self, files: list[StoredFile], message_id: int) -> None:
        case_id = self.record.case_id
        self.evidence.extend(EvidenceRow(f, message_id, case_id) for f in files)
        self._indicators_in(case_id, [text for f in files if (text := self._text_of(f))])

    def evidence_for(self, case_id: int, files: list[StoredFile], message_id: int) -> None:
        """Files the person sent about a case they are talking about with a volunteer."""
        self.evidence.extend(EvidenceRow(f, message_id, case_id) for f in files if f.sha256)
        self._indicators_in(case_id, [text for f in files if (text := self._text_of(f))])

    def _indicators_in(self, case_id: int | None, texts: list[str]) -> None:
        """Indicators in evidence: the case's, or, before there is a case, kept waiting for it (`_settle_found`)."""
        if not texts:
            return
        if case_id is not None:
            self.find_indicators(case_id, texts)
        else:
            self._waiting.extend(self._extract(texts))

    def _text_of(self, file: StoredFile) -> str | None:
        """The words of a text evidence file, from the file store (None for any other file)."""
        if file.sha256 in self._read:
            return self._read[file.sha256]
        kind = file.content_type.partition(";")[0].strip().lower()
        if not file.sha256 or kind not in TEXT_EVIDENCE_TYPES or file.size > TEXT_EVIDENCE_MAX_BYTES:
            return None
        data = self.tools.files.read(file.sha256) if self.tools.files is not None else None
        text = data.decode("utf-8", errors="replace") if data else None
        self._read[file.sha256] = text
        return text

    def _keep_pasted(self) -> None:
        """Words the engine kept as evidence at an upload step (it does no I/O) become a text file as if the person
        had sent one: in the file store by its SHA-256 before the commit (a crash in between leaves a file the
        sweep deletes), an evidence row for the message they came in, and their indicators."""
        state = self.record.state
        pasted = state.get("pasted") if state else None
        if not pasted:
            return
        assert state is not None
        self.record.state = {**state, "pasted": []}  # kept in the file, never in the conversation
        if self.erase:
            return
        taken: set[int] = set()
        for item in pasted:
            words = item["text"]
            if self.tools.files is None:  # a turn without a file store (a unit test): the indicators still count
                self._indicators_in(self.record.case_id, [words])
                continue
            data = words.encode("utf-8")
            sha256 = self.tools.files.put(data)
            self._read[sha256] = words
            self.keep_files([StoredFile(sha256, len(data), item["filename"], "text/plain")],
                            self._message_with(words, taken))

    def _message_with(self, words: str, taken: set[int]) -> int:
        """The event words came in (the engine does not know events): the first of this turn's with that text."""
        found = next((i for i, text in self._inbound_texts if text == words and i not in taken),
                     self._inbound_texts[-1][0] if self._inbound_texts else 0)
        taken.add(found)
        return found

    def _settle_found(self) -> None:
        """Indicators found in evidence before there was a case wait in the conversation's answers (so that a
        conversation erased takes them with it); once it has a case, they are the case's."""
        state = self.record.state
        slots = state.get("slots", {}) if state else {}
        held: list[list[Any]] = list(slots.get(FOUND_SLOT, []))
        waiting, self._waiting = self._waiting, []
        if self.record.case_id is not None:
            self._add_indicators(self.record.case_id, held + waiting)
            if held and state is not None:
                self.record.state = {**state, "slots": {k: v for k, v in slots.items() if k != FOUND_SLOT}}
        elif waiting and state is not None and not self.erase:
            merged = held + [item for item in waiting if item not in held]
            self.record.state = {**state, "slots": {**slots, FOUND_SLOT: merged}}

    def audit_event(self, action: str, case_id: int | None, actor: str, detail: dict[str, Any]) -> None:
        self.audit.append(AuditRow(action, case_id, actor, detail))

    # -- saying ----------------------------------------------------------------------------------
    def render(self, prompt: Prompt) -> Reply:
        args = dict(prompt.message.args)
        if self.case is not None:
            args.setdefault("reference", self.case.reference)
        i18n = self.tools.i18n
        text = i18n.render(self.locale, MessageRef(prompt.message.key, args))
        return Reply(text, tuple(Choice(choice_id, i18n.render(self.locale, label))
                                 for choice_id, label in prompt.choices))

    def say(self, message: MessageRef, choices: list[tuple[str, str]] | None = None, *, at: int | None = None,
            to: ChatRef | None = None, reply_to: str | None = None) -> None:
        """Queue a message to the person (or to `to`); `at` puts it before the messages already queued
        from that position on (a language notice goes before the answer it explains)."""
        reply = self.render(Prompt(message))
        if choices:
            reply = Reply(reply.text, tuple(Choice(i, label) for i, label in choices))
        if reply_to:
            reply = Reply(reply.text, reply.choices, reply_to=reply_to)
        target = to or self.chat
        assert target is not None
        item = Outgoing(target, reply)
        self.outgoing.insert(len(self.outgoing) if at is None else at, item)

    def say_text(self, text: str, *, to: ChatRef, case_id: int | None = None) -> None:
        """Queue a text already written out (a case's history: about `case_id`, so it goes when the case does)."""
        self.outgoing.append(Outgoing(to, Reply(text), case_id=case_id))

    def say_lines(self, messages: list[MessageRef]) -> None:
        """One message made of several translated lines (a list a person reads at once)."""
        assert self.chat is not None
        text = "\n".join(self.render(Prompt(message)).text for message in messages)
        self.outgoing.append(Outgoing(self.chat, Reply(text)))

    def send_prompts(self, prompts: list[Prompt]) -> None:
        assert self.chat is not None
        self.outgoing.extend(Outgoing(self.chat, self.render(p)) for p in prompts)

    def reprompt(self) -> None:
        if self.active:
            self.send_prompts(self.tools.engine.prompts_for(self.state))  # type: ignore[arg-type]

    # -- set aside and commit ----------------------------------------------------------------------
    def mark(self) -> dict[str, Any]:
        """Everything one event may change, so a failed event can be undone without undoing the others.

        Copied as deep as handlers change things in place, no deeper: the record's fields, and its state as
        `state_copy` copies it (a handler may change the stored state's answers in place); the contact's and
        the draft's fields (the draft's answers and reasons are copied too, though they are only replaced)."""
        record, draft = self.record, self.draft
        return {"record": replace(record, state=None if record.state is None else state_copy(record.state)),
                "contact": copy.copy(self.contact), "locale": self.locale,
                "draft": None if draft is None else replace(draft, answers=dict(draft.answers),
                                                            reasons=list(draft.reasons)),
                "case": self.case, "forget": self.forget, "erase": self.erase,
                "sizes": (len(self.outgoing), len(self.evidence), len(self.audit), len(self.case_changes),
                          len(self.volunteer_changes), len(self.escalations), len(self.case_messages),
                          len(self.indicators), len(self._waiting))}

    def undo(self, mark: dict[str, Any]) -> None:
        self.record, self.contact, self.locale = mark["record"], mark["contact"], mark["locale"]
        self.draft, self.case, self.forget, self.erase = mark["draft"], mark["case"], mark["forget"], mark["erase"]
        outgoing, evidence, audit, changes, volunteers, escalations, lines, found, waiting = mark["sizes"]
        del self.outgoing[outgoing:], self.evidence[evidence:], self.audit[audit:], self.case_changes[changes:]
        del self.volunteer_changes[volunteers:], self.escalations[escalations:], self.case_messages[lines:]
        del self.indicators[found:], self._waiting[waiting:]

    def changes(self, processed: list[int]) -> ChangeSet:
        if self.forget:
            return ChangeSet(self.key, processed=processed, contact=self.contact, outbox=self.outgoing, forget=True,
                             volunteer_changes=self.volunteer_changes)
        self._keep_pasted()
        self._settle_found()
        record = self.record
        untouched = record.version == 0 and not record.state and record.pending is None and record.case_id is None
        return ChangeSet(
            self.key, processed=processed, contact=self.contact,
            contact_changed=self.contact is not None and self.contact != self._contact_before,
            conversation=record if self.contact is not None and not untouched else None, case=self.draft,
            case_changes=self.case_changes, evidence=[] if self.erase else self.evidence, audit=self.audit,
            outbox=self.outgoing, erase=self.erase, volunteer_changes=self.volunteer_changes,
            escalations=self.escalations, case_messages=self.case_messages,
            indicators=[] if self.erase else self.indicators)


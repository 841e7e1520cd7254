"""The dispatch pipeline: store, lock the contact, run commands or the flow, queue replies, send after commit."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import dataclasses
import logging
import re
import unicodedata
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot.domain import CaseRef, ChatRef, Choice, InboundMessage, OutboundMessage, Reply, Urgency
from bot.engine.machine import (
    ConversationState,
    Engine,
    Finished,
    MessageRef,
    OpenCase,
    Prompt,
    RequestHuman,
    Transition,
)
from bot.faults import crash_point
from bot.i18n import Translator
from bot.language import LanguagePolicy
from bot.services.outbox import Outbox
from bot.services.ports import (
    ConcurrentUpdate,
    ContactTransaction,
    ConversationRecord,
    FileStore,
    Store,
    StoredFile,
    StoredInbound,
)
from bot.services.texts import COMMANDS

log = logging.getLogger(__name__)

LOOSE_COMMANDS = frozenset({"human", "help"})
LANGUAGE_CHOICE = "_lang:"  # a language button: "_lang:uk"
CHANGE_LANGUAGE = "_language"  # the one-tap "change language" button after a detected switch
LANGUAGE_CHECKS = 3  # detection reads a contact's first few messages only


def utcnow() -> datetime:
    return datetime.now(UTC)


def normalize(text: str) -> str:
    """Lower case, no accents, no punctuation: how people's typing is compared with labels and words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", kept).strip()


class KeyedLocks:
    """One asyncio lock per key, dropped when nobody holds or waits for it (aiogram-style)."""

    def __init__(self) -> None:
        self._locks: dict[Any, tuple[asyncio.Lock, int]] = {}
        self.idle = asyncio.Event()  # set while no key is held or waited for
        self.idle.set()

    @contextlib.asynccontextmanager
    async def hold(self, key: Any) -> AsyncIterator[None]:
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        self.idle.clear()
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
                if not self._locks:
                    self.idle.set()
            else:
                self._locks[key] = (lock, users - 1)


@dataclass
class Turn:
    """What one contact's processing knows and collects inside its transaction."""

    tx: ContactTransaction
    record: ConversationRecord
    locale: str
    chat: ChatRef
    replies: list[tuple[Reply, bool]] = field(default_factory=list)  # (reply, ephemeral)
    case: CaseRef | None = None
    forgotten: list[str] | None = None

    @property
    def state(self) -> ConversationState | None:
        return ConversationState.from_json(self.record.state) if self.record.state else None

    @property
    def active(self) -> bool:
        return bool(self.record.state) and self.record.status == "active"


class Dispatcher:
    def __init__(self, store: Store, files: FileStore, engine: Engine, translator: Translator, outbox: Outbox,
                 *, language: LanguagePolicy | None = None, max_file_bytes: int = 20 * 1024 * 1024,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.files = files
        self.engine = engine
        self.i18n = translator
        self.outbox = outbox
        self.language = language
        self.max_file_bytes = max_file_bytes
        self.clock = clock
        self._locks = KeyedLocks()
        self._phrases: dict[str, dict[str, frozenset[str]]] = {}

    # -- the pipeline ----------------------------------------------------------------------------
    async def handle(self, message: InboundMessage) -> bool:
        """Store, process and answer one message. False if it was a redelivery of a stored one."""
        inbound_id = await self.ingest(message)
        await self.process(message.platform, message.user.external_id)
        return inbound_id is not None

    async def ingest(self, message: InboundMessage) -> int | None:
        """Store the message (and its files) durably. After this returns, the platform may be told 'got it'."""
        stored: list[StoredFile] = []
        for attachment in message.attachments:
            size = attachment.byte_size
            if size > self.max_file_bytes or (attachment.size and not attachment.data):
                stored.append(StoredFile("", size, attachment.filename, attachment.content_type))
                continue
            stored.append(StoredFile(self.files.put(attachment.data), size, attachment.filename,
                                     attachment.content_type))
        inbound_id = await self.store.ingest(message, stored)
        if inbound_id is None:
            log.info("duplicate %s message %s ignored", message.platform, message.external_id)
        crash_point("after-ingest")
        return inbound_id

    async def process(self, platform: str, user_id: str) -> None:
        """Work through every stored, unprocessed message of one contact, oldest first."""
        async with self._locks.hold((platform, user_id)):
            for attempt in range(5):
                try:
                    queued, forgotten = await self._process_locked(platform, user_id)
                    break
                except ConcurrentUpdate:
                    log.warning("conversation changed by another worker; retry %s", attempt + 1)
            else:
                raise ConcurrentUpdate(f"gave up on contact {platform}:{user_id}")
            crash_point("after-commit")
            for sha256 in forgotten:
                self.files.delete(sha256)
            # still under the contact's lock, so the next message's replies cannot overtake these
            await self.outbox.deliver(queued)

    async def _process_locked(self, platform: str, user_id: str) -> tuple[list[OutboundMessage], list[str]]:
        async with self.store.contact_transaction(platform, user_id) as tx:
            if tx is None:
                return [], []
            pending = await tx.unprocessed()
            if not pending:
                return [], []
            turn = Turn(tx=tx, record=await tx.conversation(), locale=tx.contact.locale or self.i18n.default,
                        chat=ChatRef(platform, tx.contact.chat_id))
            done: list[int] = []
            for inbound in pending:
                await self._one_or_set_aside(turn, inbound)
                state = turn.record.state or {}
                log.debug("contact %s: message %s handled, now at %s:%s (%s)", tx.contact.id, inbound.id,
                          state.get("flow"), state.get("step"), turn.record.status)
                if turn.forgotten is not None:
                    break
                done.append(inbound.id)
            await tx.mark_processed(done)
            if turn.forgotten is None:
                await tx.save_conversation(turn.record)
            queued = await tx.queue_replies(turn.chat, turn.replies)
            crash_point("before-commit")
        return queued, turn.forgotten or []

    async def _one_or_set_aside(self, turn: Turn, inbound: StoredInbound) -> None:
        """One message whose handling fails must not block this person for ever: its changes are
        rolled back to a savepoint, it counts as processed, and the person is asked to try again."""
        record, replies, locale = copy.deepcopy(turn.record), len(turn.replies), turn.locale
        contact = dataclasses.replace(turn.tx.contact)
        try:
            async with turn.tx.savepoint():
                await self._one(turn, inbound)
        except ConcurrentUpdate:
            raise
        except Exception:
            log.exception("contact %s: message %s could not be handled and is set aside", contact.id, inbound.id)
            turn.record, turn.locale, turn.forgotten = record, locale, None
            turn.tx.contact.__dict__.update(contact.__dict__)
            del turn.replies[replies:]
            self._say(turn, MessageRef("error-try-again"))
            self._reprompt(turn)

    async def settle(self, seconds: float = 10.0) -> None:
        """At shutdown: let messages being answered finish (bounded), so no transaction is cut mid-way."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._locks.idle.wait(), seconds)

    async def recover(self, *, sole_worker: bool = False) -> None:
        """At start-up: finish stored messages a crash left unprocessed, and send unsent replies.

        `sole_worker` (SQLite: one process per database) also sends replies still leased by the
        process that crashed, instead of waiting for its lease to run out.
        """
        while contacts := await self.store.contacts_with_unprocessed(200):
            for platform, user_id in contacts:
                await self.process(platform, user_id)
        while await self.outbox.sweep(take_over=sole_worker):
            pass

    # -- one message -----------------------------------------------------------------------------
    async def _one(self, turn: Turn, inbound: StoredInbound) -> None:
        body = inbound.body
        tx = turn.tx
        first_reply = len(turn.replies)  # language notices go before this message's other replies
        if tx.contact.blocked:
            await tx.set_blocked(False)  # they wrote again, so they can hear from us again
        if tx.contact.locale is None:
            await self._first_locale(turn, body.get("language_hint"), first_reply)

        files = [StoredFile(**f) for f in body.get("files", [])]
        accepted = [f for f in files if f.sha256]
        if len(accepted) < len(files):
            self._say(turn, MessageRef("file-too-large", {"limit_mb": self.max_file_bytes // (1024 * 1024)}))
        if accepted:
            await tx.add_evidence(accepted, message_id=inbound.id, case_id=turn.record.case_id)

        text = body.get("text")
        choice = body.get("choice")
        if choice and choice.startswith(LANGUAGE_CHOICE):
            await self._set_language(turn, choice.removeprefix(LANGUAGE_CHOICE))
            return
        command = body.get("command") or ("language" if choice == CHANGE_LANGUAGE else self._command_in(turn, text))
        if command is None and text:
            await self._detect_language(turn, text, first_reply)
        if command is not None:
            await self._command(turn, command)
            return
        if turn.record.pending is not None:
            await self._answer_pending(turn, text, choice)
            return
        if turn.record.state is None:
            await self._start(turn)
            return
        if not turn.active:
            if accepted:
                self._say(turn, MessageRef("file-kept"))
            self._say(turn, MessageRef("after-finish", self._case_args(turn, await tx.cases())))
            return
        if not (text or choice or files):
            self._say(turn, MessageRef("message-unsupported"))
            self._reprompt(turn)
            return
        await self._advance(turn, text, choice, len(accepted))

    async def _advance(self, turn: Turn, text: str | None, choice: str | None, files: int) -> None:
        state = turn.state
        assert state is not None
        expect = self.engine.expectation(state)
        if files and expect.kind != "upload":
            self._say(turn, MessageRef("file-kept"))
            if not (text or choice):
                self._reprompt(turn)
                return
        if choice is None and text is not None and expect.choices:
            choice = self._choice_from_text(turn, state, text, expect.choices)
        transition = self.engine.answer(state, text=text, choice=choice,
                                        files=files if expect.kind == "upload" else 0,
                                        locale=turn.locale, now=self.clock())
        await self._apply(turn, transition)

    async def _apply(self, turn: Turn, transition: Transition) -> None:
        turn.record.state = transition.state.to_json()
        for effect in transition.effects:
            if isinstance(effect, OpenCase):
                await self._save_case(turn, transition.state, complete=True, human=False)
            elif isinstance(effect, RequestHuman):
                await self._save_case(turn, transition.state, complete=False, human=True)
                self._say(turn, MessageRef("human-requested", self._case_args(turn)))
            elif isinstance(effect, Finished):
                turn.record.status = "finished"
        self._send_prompts(turn, transition.prompts)

    async def _save_case(self, turn: Turn, state: ConversationState, *, complete: bool, human: bool) -> None:
        category = state.slots.get("category")
        category = category if isinstance(category, str) else None
        urgency = max(state.urgency, int(Urgency.HIGH) if human else 0)
        answers = dict(state.slots)
        if turn.record.case_id is None:
            case_id, turn.case = await turn.tx.open_case(category=category, answers=answers, urgency=urgency,
                                                         locale=turn.locale, complete=complete, human=human)
            turn.record.case_id = case_id
            await turn.tx.audit("case_opened", case_id=case_id,
                                detail={"complete": complete, "human": human, "urgency": Urgency(urgency).label})
        else:
            turn.case = await turn.tx.update_case(turn.record.case_id, category=category, answers=answers,
                                                  urgency=urgency, complete=complete, human=human)
        if complete:
            await turn.tx.audit("intake_completed", case_id=turn.record.case_id,
                                detail={"urgency": turn.case.urgency.label})
        if human:
            await turn.tx.audit("human_requested", case_id=turn.record.case_id, detail={})

    # -- commands --------------------------------------------------------------------------------
    def _command_in(self, turn: Turn, text: str | None) -> str | None:
        if not text:
            return None
        stripped = text.strip()
        if stripped.startswith("/"):
            name = stripped[1:].split(maxsplit=1)[0].split("@")[0].lower() if len(stripped) > 1 else ""
            return name if name in COMMANDS else f"?{name}"
        if len(stripped) > 40:
            return None
        said = normalize(stripped)
        # Where only buttons are expected, a sentence that contains a command phrase counts too
        # ("I need to talk to a person"); in free text it would misread a victim's story, and
        # "make it stop" must never cancel, so only asking for help or a person counts.
        loose = turn.active and self.engine.expectation(turn.state).kind == "choose"  # type: ignore[arg-type]
        for name, phrases in self._command_phrases(turn.locale).items():
            if said in phrases or (loose and name in LOOSE_COMMANDS and any(f" {p} " in f" {said} " for p in phrases)):
                return name
        return None

    def _command_phrases(self, locale: str) -> dict[str, frozenset[str]]:
        """The whole messages that mean each command in a locale (rendered once per locale)."""
        if locale not in self._phrases:
            self._phrases[locale] = {
                name: frozenset(filter(None, (normalize(w) for w in
                                              self.i18n.render(locale, f"command-words-{name}").split(","))))
                for name in COMMANDS}
        return self._phrases[locale]

    async def _command(self, turn: Turn, name: str) -> None:
        tx = turn.tx
        turn.record.pending = None
        if name == "start":
            if turn.active:
                self._say(turn, MessageRef("welcome-back"))
                self._reprompt(turn)
            else:
                await self._start(turn)
        elif name == "help":
            self._say(turn, MessageRef("help"))
            self._reprompt(turn)
        elif name == "back":
            if turn.active:
                await self._apply(turn, self.engine.back(turn.state))  # type: ignore[arg-type]
            else:
                self._say(turn, MessageRef("nothing-to-go-back"))
        elif name == "restart":
            self._say(turn, MessageRef("restarted"))
            await self._start(turn, keep_case=turn.active)
        elif name == "cancel":
            if turn.record.state is not None:
                turn.record.status = "cancelled"
            self._say(turn, MessageRef("cancelled", self._case_args(turn, await tx.cases())))
        elif name == "language":
            turn.record.pending = "language"
            self._say(turn, MessageRef("language-pick"), self._language_buttons())
        elif name == "status":
            cases = await tx.cases()
            if not cases:
                self._say(turn, MessageRef("status-none"))
            for case in cases:
                self._say(turn, MessageRef("status-case", {"reference": case.reference,
                                                           "status": case.status.value}))
            self._reprompt(turn)
        elif name == "forget":
            turn.record.pending = "forget"
            self._say(turn, MessageRef("forget-confirm"),
                      [("yes", self.i18n.render(turn.locale, "forget-yes")),
                       ("no", self.i18n.render(turn.locale, "forget-no"))])
        elif name == "human":
            state = turn.state
            if state is None:
                state = self.engine.start().state
                turn.record.state = state.to_json()
            await self._apply(turn, Transition(state, [], [RequestHuman()]))
            self._reprompt(turn)
        else:
            self._say(turn, MessageRef("command-unknown"))
            self._reprompt(turn)

    async def _answer_pending(self, turn: Turn, text: str | None, choice: str | None) -> None:
        pending, turn.record.pending = turn.record.pending, None
        if pending == "language":
            wanted = self._language_from_text(text)
            if wanted is None:
                self._say(turn, MessageRef("language-unchanged", {"language": self.i18n.native_name(turn.locale)}))
                self._reprompt(turn)
            else:
                await self._set_language(turn, wanted)
            return
        yes = choice == "yes" or (text is not None and
                                  normalize(text) == normalize(self.i18n.render(turn.locale, "forget-yes")))
        if not yes:
            self._say(turn, MessageRef("forget-kept"))
            self._reprompt(turn)
            return
        goodbye = self._render(turn, Prompt(MessageRef("forget-done")))
        turn.replies = []  # nothing queued in this turn should reach a person who asked us to forget them
        turn.forgotten = await turn.tx.forget_contact()
        turn.replies.append((goodbye, True))

    # -- language --------------------------------------------------------------------------------
    def _language_buttons(self) -> list[tuple[str, str]]:
        return [(f"{LANGUAGE_CHOICE}{code}", self.i18n.native_name(code)) for code in self.i18n.locales]

    async def _set_language(self, turn: Turn, code: str) -> None:
        """An explicit choice: it always wins and is never overridden by detection."""
        turn.record.pending = None
        if code not in self.i18n.locales:
            code = turn.locale
        await turn.tx.set_locale(code, "explicit")
        turn.locale = code
        self._say(turn, MessageRef("language-set", {"language": self.i18n.native_name(code)}))
        self._reprompt(turn)

    async def _first_locale(self, turn: Turn, hint: str | None, at: int) -> None:
        locale = self.i18n.negotiate(hint)
        unsupported = hint is not None and not self.i18n.supports(hint)
        await turn.tx.set_locale(locale, "unsupported" if unsupported else "hint" if hint else "default")
        turn.locale = locale
        if unsupported:
            self._say(turn, MessageRef("language-unsupported"), self._language_buttons(), at=at)

    async def _detect_language(self, turn: Turn, text: str, at: int) -> None:
        contact = turn.tx.contact
        if self.language is None or contact.locale_source == "explicit" or contact.language_checks >= LANGUAGE_CHECKS:
            return
        await turn.tx.count_language_check()
        decision = self.language.decide(text, turn.locale)
        if decision.locale is not None and decision.locale in self.i18n.locales:
            await turn.tx.set_locale(decision.locale, "detected")
            turn.locale = decision.locale
            self._say(turn, MessageRef("language-detected", {"language": self.i18n.native_name(turn.locale)}),
                      [(CHANGE_LANGUAGE, self.i18n.render(turn.locale, "language-change"))], at=at)
        elif decision.unsupported and contact.locale_source not in ("unsupported", "detected"):
            await turn.tx.set_locale(turn.locale, "unsupported")
            self._say(turn, MessageRef("language-unsupported"), self._language_buttons(), at=at)

    def _language_from_text(self, text: str | None) -> str | None:
        if not text:
            return None
        said = normalize(text)
        for code in self.i18n.locales:
            if said in (code, normalize(self.i18n.native_name(code))):
                return code
        return None

    async def _start(self, turn: Turn, keep_case: bool = False) -> None:
        turn.record.status = "active"
        if not keep_case:
            turn.record.case_id = None
        await self._apply(turn, self.engine.start())

    # -- replies ---------------------------------------------------------------------------------
    def _choice_from_text(self, turn: Turn, state: ConversationState, text: str,
                          choices: tuple[str, ...]) -> str | None:
        said = normalize(text)
        if said.isdigit() and 1 <= int(said) <= len(choices):
            return choices[int(said) - 1]  # the console numbers choices; people type the number
        prompt = self.engine.prompts_for(state)[0]
        for choice_id, label in prompt.choices:
            if said in (normalize(self.i18n.render(turn.locale, label)), choice_id):
                return choice_id
        return None

    def _case_args(self, turn: Turn, cases: list[CaseRef] | None = None) -> dict[str, Any]:
        case = turn.case or (cases[-1] if cases else None)
        return {"reference": case.reference if case else "", "status": case.status.value if case else "",
                "cases": len(cases) if cases is not None else int(case is not None)}

    def _render(self, turn: Turn, prompt: Prompt) -> Reply:
        args = dict(prompt.message.args)
        if turn.case is not None:
            args.setdefault("reference", turn.case.reference)
        text = self.i18n.render(turn.locale, MessageRef(prompt.message.key, args))
        choices = tuple(Choice(choice_id, self.i18n.render(turn.locale, label)) for choice_id, label in prompt.choices)
        return Reply(text, choices)

    def _send_prompts(self, turn: Turn, prompts: list[Prompt]) -> None:
        turn.replies.extend((self._render(turn, p), False) for p in prompts)

    def _say(self, turn: Turn, message: MessageRef, choices: list[tuple[str, str]] | None = None,
             at: int | None = None) -> None:
        """Queue a message; `at` puts it before the replies already queued from that position on."""
        reply = self._render(turn, Prompt(message))
        if choices:
            reply = Reply(reply.text, tuple(Choice(i, label) for i, label in choices))
        turn.replies.insert(len(turn.replies) if at is None else at, (reply, False))

    def _reprompt(self, turn: Turn) -> None:
        if turn.active:
            self._send_prompts(turn, self.engine.prompts_for(turn.state))  # type: ignore[arg-type]

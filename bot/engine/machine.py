"""The pure transition function: (flows, state, answer) -> (new state, prompts, effects). No I/O."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from bot.domain import LOCALIZED_FORMATS, Formatted, MessageRef, Urgency
from bot.engine import validators
from bot.engine.conditions import holds
from bot.engine.loader import FlowSet
from bot.engine.schema import Flow, Step

MAX_MISSES = 3
MAX_PASS_THROUGH = 200  # say/flow steps in a row before we call it a loop (the linter catches it first)
MAX_WALK = 1000  # steps on the way from the start to a review

# Choice ids the engine adds by itself; the leading underscore keeps them apart from flow choice ids.
SKIP = "_skip"
HUMAN = "_human"
DONE = "_done"
CHANGE = "_change:"  # + slot: "let me answer this one again", in the list a review's "edit" shows
BACK_TO_REVIEW = "_back_to_summary"
# A review step's own two choices (labels `<flow>-<step>-confirm` and `<flow>-<step>-edit`).
CONFIRM = "confirm"
EDIT = "edit"
REVIEW_MEANINGS = {CONFIRM: "yes", EDIT: "no"}
# The two buttons under "Did you mean …?", asked when a validator guessed part of an answer (labels
# `choice-yes`, `choice-no`; typed, the locale's words for yes and no pick them).
YES = "_yes"
NO = "_no"
# The question, by validator: `guess-<validator>` ("With the country code, that is { $answer }. Is that your
# number?") and, after "no", `guess-<validator>-retry` (the question again, with a hint).
GUESS = "guess-"


@dataclass(frozen=True)
class Prompt:
    message: MessageRef
    choices: tuple[tuple[str, MessageRef], ...] = ()


@dataclass(frozen=True)
class OpenCase:
    """The intake is complete: create (or complete) the case from the answers."""


@dataclass(frozen=True)
class RequestHuman:
    """The person asked for a human, or gave up on a question."""


@dataclass(frozen=True)
class Finished:
    """The root flow reached an end step."""


Effect = OpenCase | RequestHuman | Finished


def json_copy(value: Any) -> Any:
    """A copy of JSON-like data (dicts, lists, tuples of plain values): what copy.deepcopy gives, at a fraction
    of its cost (no memo, no dispatch)."""
    if isinstance(value, dict):
        return {key: json_copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [json_copy(item) for item in value]
    if isinstance(value, tuple):
        return tuple(json_copy(item) for item in value)
    return value


# A state's lists whose items nothing changes in place: a history entry ({"flow", "step", "stack"}) and a stack
# entry ([flow, step]) are only ever added, removed or replaced whole. A copy of a state has lists of its own
# that share these items; everything else in it (answers, their display, a change, a guess) is copied whole.
SHARED_ITEMS = frozenset({"history", "stack"})


def state_copy(data: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a state's JSON (or of any dict of its parts) that can change, as a state changes, without
    changing `data`, and the other way round: its answers, display, change and guess in any way; its history
    and stack by adding, removing or replacing entries, which the two share. The history, which grows with
    every answer, is not copied entry by entry."""
    return {key: list(value) if key in SHARED_ITEMS and isinstance(value, list) else json_copy(value)
            for key, value in data.items()}


@dataclass
class ConversationState:
    """Where a conversation is. Serialised to JSON in the database; no live objects inside."""

    flow: str
    step: str
    stack: list[list[str]] = field(default_factory=list)  # [flow, step-to-resume-after] per sub-flow
    slots: dict[str, Any] = field(default_factory=dict)
    display: dict[str, Any] = field(default_factory=dict)  # str, or {"key": ...} for a choice label
    history: list[dict[str, Any]] = field(default_factory=list)
    urgency: int = int(Urgency.LOW)
    misses: int = 0
    files: int = 0  # files kept with this conversation, wherever they were sent (never undone by `back`)
    # Words sent at an upload step and kept as evidence, each to become a text file ({"filename", "text"}): the
    # engine does no I/O, so the service stores them and empties this list before the state itself is stored.
    pasted: list[dict[str, str]] = field(default_factory=list)
    texts: int = 0  # words kept as evidence so far: the number in their file's name
    finished: bool = False
    # Changing one answer from a review: {"picking": true} while the list of answers is shown; "seen" holds
    # the steps the conversation had passed ("flow.step"), so their messages are not said twice.
    change: dict[str, Any] | None = None
    # An answer that holds a guess (a phone number read with the person's region), waiting for their yes:
    # {"value": ..., "display": ...}. The question stays the current step; nothing is kept until "yes".
    guess: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        """The state as JSON-like data, that shares nothing with this state that either may change later."""
        return state_copy(self.__dict__)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ConversationState:
        return cls(**state_copy(data))

    def moved(self) -> ConversationState:
        """A state for the engine to move on from this one, which stays as it was: the containers the engine
        changes in place (stack, slots, display, history, change) are new, what they hold is shared (the
        engine replaces answers, history and stack entries, a guess; it never changes them in place)."""
        return replace(self, stack=list(self.stack), slots=dict(self.slots), display=dict(self.display),
                       history=list(self.history), change=None if self.change is None else dict(self.change),
                       pasted=list(self.pasted))


@dataclass
class Transition:
    state: ConversationState
    prompts: list[Prompt] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)


@dataclass(frozen=True)
class Expectation:
    """What the current step waits for, so that a channel can turn typed text into a choice."""

    kind: str
    choices: tuple[str, ...] = ()


@dataclass
class _Walk:
    """The way from the start to where the answers lead now: the questions answered on it, in order, and
    the review it reaches (None when a question on the way has no answer yet, or the flow ends first)."""

    asked: list[tuple[str, str, list[list[str]]]] = field(default_factory=list)  # (flow, step, stack)
    passed: set[str] = field(default_factory=set)  # "flow.step" of every step on the way
    review: tuple[str, str, list[list[str]]] | None = None
    urgency: int = int(Urgency.LOW)


class Engine:
    def __init__(self, flows: FlowSet) -> None:
        self.flows = flows
        self._upload_slots = frozenset(flow.slot_of(step_id) for flow in flows
                                       for step_id, step in flow.steps.items() if step.kind == "upload")
        # where each choice's label is found, for answers a `set` gives: {slot: "<flow>-<step>"}
        self._choice_labels = {flow.slot_of(step_id): f"{flow.id}-{step_id}" for flow in flows
                               for step_id, step in flow.steps.items() if step.kind == "choose"}
        # every slot's message variable before it is answered: built once, copied for each prompt
        not_given = MessageRef("value-not-given")
        self._not_given: dict[str, Any] = dict.fromkeys(flows.slot_names, not_given)

    # -- reading ---------------------------------------------------------------------------------
    def step_of(self, state: ConversationState) -> tuple[Flow, Step]:
        flow = self.flows[state.flow]
        return flow, flow.steps[state.step]

    def expectation(self, state: ConversationState) -> Expectation:
        if state.finished:
            return Expectation("none")
        _, step = self.step_of(state)
        # a review waits for a button too, and so does "Did you mean …?" (a new answer typed is read as well)
        kind = "choose" if step.kind == "review" or state.guess is not None else step.kind
        return Expectation(kind, tuple(choice_id for choice_id, _ in self._choices(state, step)))

    def meanings(self, state: ConversationState) -> dict[str, str]:
        """The choices of the current step that the person's "yes" or "no" picks: {choice id: "yes"|"no"}."""
        if state.finished or _picking(state):
            return {}
        _, step = self.step_of(state)
        if state.guess is not None:
            return {YES: "yes", NO: "no"}
        if step.kind == "review":
            return dict(REVIEW_MEANINGS)
        return {c.id: c.meaning for c in step.choose or () if c.meaning is not None}

    def prompts_for(self, state: ConversationState) -> list[Prompt]:
        """The question the conversation is waiting on, asked again."""
        if state.finished:
            return []
        flow, step = self.step_of(state)
        return [self._prompt(state, flow, step)]

    # -- moving ----------------------------------------------------------------------------------
    def start(self, flow_id: str | None = None, *, files: int = 0) -> Transition:
        """`files`: files the person sent before the conversation began, kept with it."""
        flow = self.flows[flow_id or self.flows.root]
        transition = Transition(ConversationState(flow=flow.id, step=flow.start, files=files))
        self._enter(transition)
        return transition

    def answer(
        self,
        state: ConversationState,
        *,
        text: str | None = None,
        choice: str | None = None,
        files: int = 0,
        locale: str = "en",
        now: datetime | None = None,
    ) -> Transition:
        t = Transition(state.moved())
        if t.state.finished:
            return t
        flow, step = self.step_of(t.state)
        slot = flow.slot_of(t.state.step)
        if files and step.kind != "upload":
            t.state.files += files  # kept with the report wherever they were sent
            if text is None and choice is None:
                return t

        if choice == HUMAN:
            t.effects.append(RequestHuman())
            t.prompts.extend(self.prompts_for(t.state))
            return t
        if _picking(t.state):
            return self._pick(t, flow, step, choice)
        if choice == SKIP and self._may_skip(t.state, step):
            t.state.guess = None
            self._record(t.state, slot, None, {"key": "value-skipped"})
            self._leave(t, flow, step, None)
            return t
        if t.state.guess is not None:
            return self._confirm(t, flow, step, text=text, choice=choice, locale=locale, now=now)

        if step.kind == "review":
            if choice == CONFIRM:
                t.state.misses = 0
                self._leave(t, flow, step, None)
                return t
            if choice == EDIT:
                t.state.misses = 0
                t.state.change = {"picking": True, "seen": sorted(self._walk(t.state).passed)}
                t.prompts.extend(self.prompts_for(t.state))
                return t
            return self._miss(t, flow, step, MessageRef("invalid-choice"))

        if step.kind == "choose":
            spec = step.choice(choice) if choice else None
            if spec is None:
                return self._miss(t, flow, step, MessageRef("invalid-choice"))
            self._record(t.state, slot, spec.id, {"key": f"{flow.id}-{t.state.step}-{spec.id}"})
            if spec.urgency is not None:
                t.state.urgency = max(t.state.urgency, int(spec.urgency))
            self._leave(t, flow, step, spec.next)
            return t

        if step.kind == "upload":
            # words sent here are evidence too (pasted e-mail headers, a scam text copied in), kept as a file
            kept = choice is None and text is not None and self._keep_text(t.state, text)
            if files or kept:
                t.state.files += files
                t.state.misses = 0
                said = (MessageRef("upload-received", {"count": t.state.files}) if files
                        else MessageRef(validators.EVIDENCE_KEPT))
                t.prompts.append(Prompt(said, self._choices(t.state, step)))
                return t
            if choice == DONE:
                self._record(t.state, slot, t.state.files, {"key": "value-files", "count": t.state.files})
                self._leave(t, flow, step, None)
                return t
            return self._miss(t, flow, step, MessageRef("invalid-upload"))

        # ask
        if text is None or not text.strip():
            return self._miss(t, flow, step, MessageRef("invalid-empty"))
        result = validators.validate(step.ask or "text", text, locale=locale, params=step.params, now=now)
        if isinstance(result, validators.Invalid):
            return self._miss(t, flow, step, MessageRef(result.error, dict(result.args)))
        return self._accept(t, flow, step, result)

    def _accept(self, t: Transition, flow: Flow, step: Step, result: validators.Valid) -> Transition:
        """A valid answer to an `ask` step: kept, or, when it holds a guess, held until the person confirms it."""
        slot = flow.slot_of(t.state.step)
        # a person's own words are shown whole (a summary they confirm must not cut them short)
        shown: Any = result.value if step.ask == "text" else result.display
        if isinstance(result.value, bool):
            shown = {"key": "value-yes" if result.value else "value-no"}
        elif isinstance(result.value, dict) and "said" in result.value:
            shown = result.value["said"]  # an approximate date ("two months ago"), in the person's own words
        elif step.ask in LOCALIZED_FORMATS and result.value is not None:
            shown = {"format": step.ask, "value": result.value}  # written out in the reader's locale
        elif step.ask in LOCALIZED_FORMATS:
            shown = {"key": "value-unknown"}
        if result.confirm and step.guesses:
            # "Did you mean +49 1512 3456789?": the step waits for yes or no (or a new answer)
            t.state.guess = {"value": result.value, "display": shown}
            t.state.misses = 0
            t.prompts.extend(self.prompts_for(t.state))
            return t
        self._record(t.state, slot, result.value, shown)
        self._leave(t, flow, step, None)
        return t

    def _confirm(self, t: Transition, flow: Flow, step: Step, *, text: str | None, choice: str | None,
                 locale: str, now: datetime | None) -> Transition:
        """The answer to "Did you mean …?": yes keeps the guess, no asks the question again with a hint, and a
        new valid answer typed instead is read as the answer."""
        guess = t.state.guess
        assert guess is not None
        if choice == YES:
            t.state.guess = None
            self._record(t.state, flow.slot_of(t.state.step), guess["value"], guess["display"])
            self._leave(t, flow, step, None)
            return t
        if choice == NO:
            t.state.guess = None
            t.state.misses = 0
            t.prompts.append(Prompt(MessageRef(f"{GUESS}{step.ask}-retry"), self._choices(t.state, step)))
            return t
        if choice is None and text is not None and text.strip():
            result = validators.validate(step.ask or "text", text, locale=locale, params=step.params, now=now)
            if isinstance(result, validators.Valid):
                t.state.guess = None
                return self._accept(t, flow, step, result)
        return self._miss(t, flow, step, MessageRef("invalid-choice"))

    def back(self, state: ConversationState) -> Transition:
        """Return to the previous question and forget its answer; while changing one answer from a review,
        return to the review (with the answer as it was) when every question on the way is answered."""
        t = Transition(state.moved())
        guessed = t.state.guess is not None and not t.state.finished
        t.state.guess = None  # "Did you mean …?" is a part of its question: back from it is back to it
        if t.state.change is not None and not t.state.finished:
            walk = self._walk(t.state)
            if walk.review is not None:
                t.state.flow, t.state.step, t.state.stack = walk.review
                t.state.change = None
                t.state.misses = 0
                self._enter(t)
                return t
        if guessed:
            t.state.misses = 0
            t.prompts.extend(self.prompts_for(t.state))
            return t
        if not t.state.history:
            t.prompts.append(Prompt(MessageRef("back-at-start")))
            t.prompts.extend(self.prompts_for(t.state))
            return t
        previous = t.state.history.pop()
        t.state.flow, t.state.step, t.state.stack = previous["flow"], previous["step"], list(previous["stack"])
        t.state.finished = False
        t.state.misses = 0
        slot = self.flows[t.state.flow].slot_of(t.state.step)
        t.state.slots.pop(slot, None)
        t.state.display.pop(slot, None)
        t.prompts.extend(self.prompts_for(t.state))
        return t

    # -- internals -------------------------------------------------------------------------------
    def _record(self, state: ConversationState, slot: str, value: Any, display: Any) -> None:
        state.slots[slot] = value
        state.display[slot] = display
        state.history.append({"flow": state.flow, "step": state.step, "stack": list(state.stack)})
        state.misses = 0

    def _keep_text(self, state: ConversationState, text: str) -> bool:
        """Words that read as evidence are set aside to be stored as a text file and counted as one."""
        if not isinstance(validators.evidence_text(text), validators.Valid):
            return False
        state.texts += 1
        state.files += 1
        state.pasted.append({"filename": f"pasted-text-{state.texts}.txt", "text": text})
        return True

    def _may_skip(self, state: ConversationState, step: Step) -> bool:
        """Skip is offered only on a question that may go unanswered and has somewhere to go: never at
        consent (`skippable: false`), a review, or a step whose every choice has its own `next`."""
        if not step.asks or step.skippable is False or _picking(state):
            return False
        if step.next is None and not step.end:
            return False
        if state.guess is not None:  # "Did you mean …?" shows yes and no, and Skip only to the stuck
            return state.misses >= MAX_MISSES
        return bool(step.skippable) or state.misses >= MAX_MISSES

    def _miss(self, t: Transition, flow: Flow, step: Step, error: MessageRef) -> Transition:
        t.state.misses += 1
        if t.state.misses >= MAX_MISSES:
            # Never a dead end: after three misses the person may skip (where the question may go
            # unanswered) or ask for a human.
            offer = "stuck-offer" if self._may_skip(t.state, step) else "stuck-ask-person"
            t.prompts.append(Prompt(error))
            t.prompts.append(Prompt(MessageRef(offer), self._choices(t.state, step)))
        else:
            t.prompts.append(Prompt(error, self._choices(t.state, step)))
        return t

    def _leave(self, t: Transition, flow: Flow, step: Step, override: str | None) -> None:
        self._go(t, override or self._next(t.state, step))
        if not t.state.finished:
            self._enter(t)

    def _go(self, t: Transition, target: str | None) -> None:
        if target is None:
            self._end_flow(t)
        else:
            t.state.step = target

    def _next(self, state: ConversationState, step: Step, urgency: int | None = None) -> str | None:
        if step.end or step.next is None:
            return None
        if isinstance(step.next, str):
            return step.next
        level = Urgency(state.urgency if urgency is None else urgency)
        for branch in step.next:
            if branch.if_ is None or holds(branch.if_, state.slots, level):
                return branch.goto
        return None  # the linter requires a fallback branch, so this is only reached by a broken flow

    def _after(self, state: ConversationState, flow: Flow, step_id: str, urgency: int | None = None) -> str | None:
        """Where an answered question leads: the chosen choice's own `next`, else the step's."""
        step = flow.steps[step_id]
        value = state.slots.get(flow.slot_of(step_id))
        spec = step.choice(value) if step.kind == "choose" and isinstance(value, str) else None
        return (spec.next if spec else None) or self._next(state, step, urgency)

    def _end_flow(self, t: Transition) -> None:
        if t.state.stack:
            t.state.flow, t.state.step = t.state.stack.pop()
            # the caller's `flow` step is done: continue with whatever follows it
            _, step = self.step_of(t.state)
            target = self._next(t.state, step)
            if target is None:
                self._end_flow(t)
            else:
                t.state.step = target
            return
        t.state.finished = True
        t.effects.append(Finished())

    def _enter(self, t: Transition) -> None:
        """Run say, flow and effect steps until one waits for the person or the flow ends. While one answer
        is being changed, questions already answered are passed (only what the new answer needs is asked)
        and messages already said are not said again, up to the review."""
        for _ in range(MAX_PASS_THROUGH):
            if t.state.finished:
                return
            flow, step = self.step_of(t.state)
            change = t.state.change
            if step.kind == "review":
                self._tidy_for_review(t.state, flow, t.state.step)
                t.prompts.append(self._prompt(t.state, flow, step))
                return
            if change is not None and step.asks and flow.slot_of(t.state.step) in t.state.display:
                self._go(t, self._after(t.state, flow, t.state.step))
                continue
            if step.urgency is not None:
                t.state.urgency = max(t.state.urgency, int(step.urgency))
            if step.open_case:
                t.effects.append(OpenCase())
            for slot, flow_value in (step.set_ or {}).items():  # an answer given on the person's behalf
                value = json_copy(flow_value)  # the flow's own value stays the flow's
                t.state.slots[slot] = value
                label = self._choice_labels.get(slot)
                t.state.display[slot] = {"key": f"{label}-{value}"} if label else value
            if step.kind == "flow":
                t.state.stack.append([t.state.flow, t.state.step])
                sub = self.flows[step.flow or ""]
                t.state.flow, t.state.step = sub.id, sub.start
                continue
            said_before = change is not None and f"{flow.id}.{t.state.step}" in change.get("seen", ())
            if step.waits or not said_before:
                t.prompts.append(self._prompt(t.state, flow, step))
            if step.waits:
                return
            self._go(t, self._next(t.state, step))
        raise RuntimeError(f"flow {t.state.flow!r} loops through steps that never wait")

    # -- reviews: every answer on the way, and changing one ----------------------------------------------
    def _walk(self, state: ConversationState) -> _Walk:
        """Follow the answers from the start of the conversation's flow to the first review."""
        walk = _Walk()
        flow_id = state.stack[0][0] if state.stack else state.flow
        step_id, stack = self.flows[flow_id].start, []
        for _ in range(MAX_WALK):
            flow = self.flows[flow_id]
            step = flow.steps[step_id]
            walk.passed.add(f"{flow_id}.{step_id}")
            if step.urgency is not None:
                walk.urgency = max(walk.urgency, int(step.urgency))
            if step.kind == "flow":
                stack.append([flow_id, step_id])
                flow_id = step.flow or ""
                step_id = self.flows[flow_id].start
                continue
            if step.kind == "review":
                walk.review = (flow_id, step_id, list(stack))
                return walk
            if step.asks:
                slot = flow.slot_of(step_id)
                if slot not in state.display:
                    return walk
                walk.asked.append((flow_id, step_id, list(stack)))
                value = state.slots.get(slot)
                spec = step.choice(value) if step.kind == "choose" and isinstance(value, str) else None
                if spec is not None and spec.urgency is not None:
                    walk.urgency = max(walk.urgency, int(spec.urgency))
                target = self._after(state, flow, step_id, walk.urgency)
            else:
                target = self._next(state, step, walk.urgency)
            while target is None:
                if not stack:
                    return walk  # the conversation ends before any review
                flow_id, caller = stack.pop()
                target = self._next(state, self.flows[flow_id].steps[caller], walk.urgency)
            step_id = target
        return walk

    def _tidy_for_review(self, state: ConversationState, flow: Flow, step_id: str) -> None:
        """Arriving at a review: answers to questions no longer on the way are dropped (an email address
        after "contact me here", the threat after the category changed), `back` follows the way, and the
        urgency is what the answers on the way say."""
        state.change = None
        walk = self._walk(state)
        if walk.review is None or walk.review[:2] != (flow.id, step_id):
            return
        kept = {self.flows[f].slot_of(s) for f, s, _ in walk.asked}
        for slot in [s for s in state.display if s not in kept]:
            state.display.pop(slot, None)
            state.slots.pop(slot, None)
        state.history = [{"flow": f, "step": s, "stack": stack} for f, s, stack in walk.asked]
        state.urgency = walk.urgency

    def _change_options(self, state: ConversationState, step: Step) -> dict[str, tuple[str, str, list[list[str]]]]:
        """The answers a review lets the person change: those it lists that were asked, in its order."""
        asked = {self.flows[f].slot_of(s): (f, s, stack) for f, s, stack in self._walk(state).asked}
        return {slot: asked[slot] for slot in step.review or () if slot in asked}

    def _pick(self, t: Transition, flow: Flow, step: Step, choice: str | None) -> Transition:
        if choice == BACK_TO_REVIEW:
            t.state.change = None
            t.state.misses = 0
            self._enter(t)
            return t
        options = self._change_options(t.state, step)
        slot = choice.removeprefix(CHANGE) if choice and choice.startswith(CHANGE) else None
        if slot not in options:
            return self._miss(t, flow, step, MessageRef("invalid-choice"))
        assert t.state.change is not None and slot is not None
        t.state.change["picking"] = False
        t.state.flow, t.state.step, stack = options[slot]
        t.state.stack = list(stack)
        t.state.misses = 0
        t.prompts.extend(self.prompts_for(t.state))
        return t

    def _review_prompt(self, state: ConversationState, flow: Flow, step_id: str) -> Prompt:
        """The review's message gets, in its own slot's variable, one line per answer: "• When: yesterday"."""
        step = flow.steps[step_id]
        args = self.answers_as_args(state)
        asked = {self.flows[f].slot_of(s): f"{f}-{s}-label" for f, s, _ in self._walk(state).asked}
        lines = [MessageRef("review-line", {"question": MessageRef(asked[slot]), "answer": args[slot]})
                 for slot in step.review or () if slot in asked]
        chain: MessageRef = lines[-1] if lines else MessageRef("value-not-given")
        for line in reversed(lines[:-1]):
            chain = MessageRef("review-more", {"line": line, "rest": chain})
        args[flow.slot_of(step_id)] = chain
        return Prompt(MessageRef(f"{flow.id}-{step_id}", args), self._choices(state, step))

    def _choices(self, state: ConversationState, step: Step) -> tuple[tuple[str, MessageRef], ...]:
        flow = self.flows[state.flow]
        choices: list[tuple[str, MessageRef]] = [
            (c.id, MessageRef(f"{flow.id}-{state.step}-{c.id}")) for c in step.choose or ()
        ]
        if step.kind == "review" and _picking(state):
            choices = [(f"{CHANGE}{slot}", MessageRef(f"{f}-{s}-label"))
                       for slot, (f, s, _) in self._change_options(state, step).items()]
            choices.append((BACK_TO_REVIEW, MessageRef("choice-review-back")))
        elif step.kind == "review":
            choices = [(c, MessageRef(f"{flow.id}-{state.step}-{c}")) for c in (CONFIRM, EDIT)]
        if step.kind == "ask" and state.guess is not None:
            choices = [(YES, MessageRef("choice-yes")), (NO, MessageRef("choice-no"))]
        if step.kind == "upload":
            choices.append((DONE, MessageRef("choice-upload-done")))
        if self._may_skip(state, step):
            choices.append((SKIP, MessageRef("choice-skip")))
        if state.misses >= MAX_MISSES:
            choices.append((HUMAN, MessageRef("choice-human")))
        return tuple(choices)

    def _prompt(self, state: ConversationState, flow: Flow, step: Step) -> Prompt:
        if step.kind == "review" and _picking(state):
            return Prompt(MessageRef("review-which"), self._choices(state, step))
        if step.kind == "review":
            return self._review_prompt(state, flow, state.step)
        if step.kind == "ask" and state.guess is not None:
            return Prompt(MessageRef(f"{GUESS}{step.ask}", {"answer": _shown(state.guess["display"])}),
                          self._choices(state, step))
        return Prompt(MessageRef(f"{flow.id}-{state.step}", self.answers_as_args(state)),
                      self._choices(state, step) if step.waits else ())

    def answers_as_args(self, state: ConversationState) -> dict[str, Any]:
        """Every slot any flow may fill, as message variables: so a summary can name them all."""
        args: dict[str, Any] = dict(self._not_given)
        for name, shown in state.display.items():
            args[name] = _shown(shown)
        if state.files:  # every file kept, also those sent before or after the upload question
            for name in self._upload_slots:
                args[name] = MessageRef("value-files", {"count": state.files})
        return args


def _shown(shown: Any) -> Any:
    """An answer as it is kept for display, as a message variable."""
    if isinstance(shown, dict) and "format" in shown:
        return Formatted(shown["format"], shown["value"])
    if isinstance(shown, dict):
        return MessageRef(shown["key"], {k: v for k, v in shown.items() if k != "key"})
    return shown


def _picking(state: ConversationState) -> bool:
    return bool(state.change and state.change.get("picking"))

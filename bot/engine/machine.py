"""The pure transition function: (flows, state, answer) -> (new state, prompts, effects). No I/O."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.domain import LOCALIZED_FORMATS, Formatted, MessageRef, Urgency
from bot.engine import validators
from bot.engine.conditions import holds
from bot.engine.loader import FlowSet
from bot.engine.schema import Flow, Step

MAX_MISSES = 3
MAX_PASS_THROUGH = 200  # say/flow steps in a row before we call it a loop (the linter catches it first)

# Choice ids the engine adds by itself; the leading underscore keeps them apart from flow choice ids.
SKIP = "_skip"
HUMAN = "_human"
DONE = "_done"


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
    files: int = 0
    finished: bool = False

    def to_json(self) -> dict[str, Any]:
        return copy.deepcopy(self.__dict__)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ConversationState:
        return cls(**copy.deepcopy(dict(data)))


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


class Engine:
    def __init__(self, flows: FlowSet) -> None:
        self.flows = flows

    # -- reading ---------------------------------------------------------------------------------
    def step_of(self, state: ConversationState) -> tuple[Flow, Step]:
        flow = self.flows[state.flow]
        return flow, flow.steps[state.step]

    def expectation(self, state: ConversationState) -> Expectation:
        if state.finished:
            return Expectation("none")
        _, step = self.step_of(state)
        return Expectation(step.kind, tuple(choice_id for choice_id, _ in self._choices(state, step)))

    def prompts_for(self, state: ConversationState) -> list[Prompt]:
        """The question the conversation is waiting on, asked again."""
        if state.finished:
            return []
        flow, step = self.step_of(state)
        return [self._prompt(state, flow, step)]

    # -- moving ----------------------------------------------------------------------------------
    def start(self, flow_id: str | None = None) -> Transition:
        flow = self.flows[flow_id or self.flows.root]
        transition = Transition(ConversationState(flow=flow.id, step=flow.start))
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
        t = Transition(ConversationState.from_json(state.to_json()))
        if t.state.finished:
            return t
        flow, step = self.step_of(t.state)
        slot = flow.slot_of(t.state.step)

        if choice == HUMAN:
            t.effects.append(RequestHuman())
            t.prompts.append(self._prompt(t.state, flow, step))
            return t
        if choice == SKIP and self._may_skip(t.state, step):
            self._record(t.state, slot, None, {"key": "value-skipped"})
            self._leave(t, flow, step, None)
            return t

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
            if files:
                t.state.files += files
                t.state.misses = 0
                t.prompts.append(Prompt(MessageRef("upload-received", {"count": t.state.files}),
                                        self._choices(t.state, step)))
                return t
            if choice == DONE:
                self._record(t.state, slot, t.state.files, {"key": "value-files", "count": t.state.files})
                t.state.files = 0
                self._leave(t, flow, step, None)
                return t
            return self._miss(t, flow, step, MessageRef("invalid-upload"))

        # ask
        if text is None or not text.strip():
            return self._miss(t, flow, step, MessageRef("invalid-empty"))
        result = validators.validate(step.ask or "text", text, locale=locale, params=step.params, now=now)
        if isinstance(result, validators.Invalid):
            return self._miss(t, flow, step, MessageRef(result.error, dict(result.args)))
        # a person's own words are shown whole (a summary they confirm must not cut them short)
        shown: Any = result.value if step.ask == "text" else result.display
        if isinstance(result.value, bool):
            shown = {"key": "value-yes" if result.value else "value-no"}
        elif step.ask in LOCALIZED_FORMATS and result.value is not None:
            shown = {"format": step.ask, "value": result.value}  # written out in the reader's locale
        elif step.ask in LOCALIZED_FORMATS:
            shown = {"key": "value-unknown"}
        self._record(t.state, slot, result.value, shown)
        self._leave(t, flow, step, None)
        return t

    def back(self, state: ConversationState) -> Transition:
        """Return to the previous question and forget its answer."""
        t = Transition(ConversationState.from_json(state.to_json()))
        if not t.state.history:
            t.prompts.append(Prompt(MessageRef("back-at-start")))
            t.prompts.extend(self.prompts_for(t.state))
            return t
        previous = t.state.history.pop()
        t.state.flow, t.state.step, t.state.stack = previous["flow"], previous["step"], previous["stack"]
        t.state.finished = False
        t.state.misses = 0
        t.state.files = 0
        slot = self.flows[t.state.flow].slot_of(t.state.step)
        t.state.slots.pop(slot, None)
        t.state.display.pop(slot, None)
        t.prompts.extend(self.prompts_for(t.state))
        return t

    # -- internals -------------------------------------------------------------------------------
    def _record(self, state: ConversationState, slot: str, value: Any, display: Any) -> None:
        state.slots[slot] = value
        state.display[slot] = display
        state.history.append({"flow": state.flow, "step": state.step, "stack": copy.deepcopy(state.stack)})
        state.misses = 0

    def _may_skip(self, state: ConversationState, step: Step) -> bool:
        return step.waits and (step.skippable or state.misses >= MAX_MISSES)

    def _miss(self, t: Transition, flow: Flow, step: Step, error: MessageRef) -> Transition:
        t.state.misses += 1
        if t.state.misses >= MAX_MISSES:
            # Never a dead end: after three misses the person may skip or ask for a human.
            t.prompts.append(Prompt(error))
            t.prompts.append(Prompt(MessageRef("stuck-offer"), self._choices(t.state, step)))
        else:
            t.prompts.append(Prompt(error, self._choices(t.state, step)))
        return t

    def _leave(self, t: Transition, flow: Flow, step: Step, override: str | None) -> None:
        target = override or self._next(t.state, step)
        if target is None:
            self._end_flow(t)
        else:
            t.state.step = target
        if not t.state.finished:
            self._enter(t)

    def _next(self, state: ConversationState, step: Step) -> str | None:
        if step.end or step.next is None:
            return None
        if isinstance(step.next, str):
            return step.next
        for branch in step.next:
            if branch.if_ is None or holds(branch.if_, state.slots, Urgency(state.urgency)):
                return branch.goto
        return None  # the linter requires a fallback branch, so this is only reached by a broken flow

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
        """Run say, flow and effect steps until one waits for the person or the flow ends."""
        for _ in range(MAX_PASS_THROUGH):
            if t.state.finished:
                return
            flow, step = self.step_of(t.state)
            if step.urgency is not None:
                t.state.urgency = max(t.state.urgency, int(step.urgency))
            if step.open_case:
                t.effects.append(OpenCase())
            if step.kind == "flow":
                t.state.stack.append([t.state.flow, t.state.step])
                sub = self.flows[step.flow or ""]
                t.state.flow, t.state.step = sub.id, sub.start
                continue
            t.prompts.append(self._prompt(t.state, flow, step))
            if step.waits:
                return
            target = self._next(t.state, step)
            if target is None:
                self._end_flow(t)
            else:
                t.state.step = target
        raise RuntimeError(f"flow {t.state.flow!r} loops through steps that never wait")

    def _choices(self, state: ConversationState, step: Step) -> tuple[tuple[str, MessageRef], ...]:
        flow = self.flows[state.flow]
        choices: list[tuple[str, MessageRef]] = [
            (c.id, MessageRef(f"{flow.id}-{state.step}-{c.id}")) for c in step.choose or ()
        ]
        if step.kind == "upload":
            choices.append((DONE, MessageRef("choice-upload-done")))
        if self._may_skip(state, step):
            choices.append((SKIP, MessageRef("choice-skip")))
        if state.misses >= MAX_MISSES:
            choices.append((HUMAN, MessageRef("choice-human")))
        return tuple(choices)

    def _prompt(self, state: ConversationState, flow: Flow, step: Step) -> Prompt:
        return Prompt(MessageRef(f"{flow.id}-{state.step}", self.answers_as_args(state)),
                      self._choices(state, step) if step.waits else ())

    def answers_as_args(self, state: ConversationState) -> dict[str, Any]:
        """Every slot any flow may fill, as message variables: so a summary can name them all."""
        args: dict[str, Any] = {name: MessageRef("value-not-given") for name in self.flows.slot_names}
        for name, shown in state.display.items():
            if isinstance(shown, dict) and "format" in shown:
                args[name] = Formatted(shown["format"], shown["value"])
            elif isinstance(shown, dict):
                args[name] = MessageRef(shown["key"], {k: v for k, v in shown.items() if k != "key"})
            else:
                args[name] = shown
        return args

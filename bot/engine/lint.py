"""The flow linter: names `file:step` for every unknown or unreachable step, dead end and locale gap."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.engine.loader import FlowSet
from bot.engine.machine import CONFIRM, EDIT
from bot.engine.schema import Flow, Step


@dataclass(frozen=True, order=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def targets(step: Step) -> list[str]:
    """Every step id this step may lead to within its own flow."""
    found: list[str] = []
    if isinstance(step.next, str):
        found.append(step.next)
    elif step.next:
        found.extend(branch.goto for branch in step.next)
    found.extend(choice.next for choice in step.choose or () if choice.next)
    return found


REVIEW_CHOICES = (CONFIRM, EDIT)  # the engine's two buttons under a review
WORDS = "-words"  # `<choice label key>-words`: optional synonyms of a choice, comma separated
ENGINE_BUTTONS = frozenset({"choice-skip", "choice-human", "choice-upload-done", "choice-review-back", "choice-yes",
                            "choice-no"})


def flow_keys(flow: Flow) -> dict[str, str]:
    """The locale keys a flow needs, each mapped to the step that needs it: a message per step, a label
    per choice, and a short name per question (`-label`: a review's lines and its list of answers)."""
    keys: dict[str, str] = {}
    for step_id, step in flow.steps.items():
        if step.kind == "flow":
            continue
        keys[f"{flow.id}-{step_id}"] = step_id
        if step.asks:
            keys[f"{flow.id}-{step_id}-label"] = step_id
        for choice_id in choice_ids(step):
            keys[f"{flow.id}-{step_id}-{choice_id}"] = step_id
    return keys


def choice_ids(step: Step) -> list[str]:
    if step.kind == "review":
        return list(REVIEW_CHOICES)
    return [choice.id for choice in step.choose or ()]


def optional_keys(flows: FlowSet) -> set[str]:
    """Keys a locale may have but need not: the synonyms beside each button's label."""
    labels = {f"{flow.id}-{step_id}-{choice_id}" for flow in flows for step_id, step in flow.steps.items()
              for choice_id in choice_ids(step)}
    return {key + WORDS for key in labels | ENGINE_BUTTONS}


def lint_structure(flows: FlowSet) -> list[Problem]:
    problems: list[Problem] = []
    asked = {flow.slot_of(step_id) for flow in flows for step_id, step in flow.steps.items() if step.asks}
    choices = {flow.slot_of(step_id): {c.id for c in step.choose or ()} for flow in flows
               for step_id, step in flow.steps.items() if step.kind == "choose"}
    for flow in flows:
        at = functools.partial(flows.location, flow.id)
        if flow.start not in flow.steps:
            problems.append(Problem(at("start"), f"start step {flow.start!r} is not a step"))
        for step_id, step in flow.steps.items():
            for target in targets(step):
                if target not in flow.steps:
                    problems.append(Problem(at(step_id), f"next step {target!r} is not a step of {flow.id}"))
            if step.kind == "flow" and step.flow not in flows.flows:
                problems.append(Problem(at(step_id), f"sub-flow {step.flow!r} does not exist"))
            problems.extend(Problem(at(step_id), m) for m in _dead_end(step))
            if step.skippable and step.next is None and not step.end:
                problems.append(Problem(at(step_id), "`skippable: true` but skipping leads nowhere: the step "
                                                     "needs a `next` of its own"))
            for slot in step.review or ():
                if slot not in asked:
                    problems.append(Problem(at(step_id), f"review lists {slot!r}, which no question asks"))
            for slot, value in (step.set_ or {}).items():
                if slot not in choices:
                    problems.append(Problem(at(step_id), f"`set` gives {slot!r}, which is not the answer of a "
                                                         "`choose` step"))
                elif value not in choices[slot]:
                    known = ", ".join(sorted(choices[slot]))
                    problems.append(Problem(at(step_id), f"`set` gives {slot!r} the value {value!r}, which is "
                                                         f"not one of its choices ({known})"))
        reachable = _reachable(flow)
        if flow.id == flows.root:
            problems.extend(Problem(at(step_id), "the conversation ends here without telling the person what "
                                                 "happened to their report: its last step must be a `say` step "
                                                 "with `end: true`")
                            for step_id in sorted(reachable) if _ends_silently(flow.steps[step_id]))
        for step_id in flow.steps:
            if step_id not in reachable:
                problems.append(Problem(at(step_id), f"step is unreachable from start {flow.start!r}"))
        problems.extend(Problem(at(step_id), "say steps loop without ever waiting for an answer")
                        for step_id in _silent_loops(flow))
    called = {step.flow for flow in flows for step in flow.steps.values() if step.kind == "flow"}
    for flow in flows:
        if flow.id != flows.root and flow.id not in called:
            problems.append(Problem(flows.location(flow.id), "flow is never entered (no `flow:` step names it)"))
    return sorted(problems)


def _dead_end(step: Step) -> Iterable[str]:
    if step.end:
        return
    if step.next is None:
        if step.kind == "choose" and all(choice.next for choice in step.choose or ()):
            return
        yield "dead end: the step has no `next` and is not `end: true`"
    elif isinstance(step.next, list) and step.next[-1].if_ is not None:
        yield "dead end: the last entry of `next` needs no `if`, so that some branch always applies"


def _ends_silently(step: Step) -> bool:
    """A root-flow step after which the conversation is over, that is not a message to the person."""
    return step.end and step.kind != "say"


def _reachable(flow: Flow) -> set[str]:
    seen: set[str] = set()
    todo = [flow.start]
    while todo:
        step_id = todo.pop()
        if step_id in seen or step_id not in flow.steps:
            continue
        seen.add(step_id)
        todo.extend(targets(flow.steps[step_id]))
    return seen


def _silent_loops(flow: Flow) -> set[str]:
    """Steps on a cycle made only of steps that never wait (the engine would spin)."""
    silent = {sid for sid, step in flow.steps.items() if not step.waits}
    looping: set[str] = set()
    for origin in silent:
        todo, seen = [t for t in targets(flow.steps[origin]) if t in silent], set()
        while todo:
            step_id = todo.pop()
            if step_id == origin:
                looping.add(origin)
                break
            if step_id in seen:
                continue
            seen.add(step_id)
            todo.extend(t for t in targets(flow.steps[step_id]) if t in silent)
    return looping


def lint_locales(
    flows: FlowSet,
    locale_keys: Mapping[str, Mapping[str, str]],
    code_keys: Iterable[str],
) -> list[Problem]:
    """`locale_keys` maps each locale to {key: file it is defined in}; `code_keys` are keys the code uses."""
    problems: list[Problem] = []
    wanted_by_flows = {key: (flow.id, step_id) for flow in flows for key, step_id in flow_keys(flow).items()}
    wanted = set(wanted_by_flows) | set(code_keys) | optional_keys(flows)
    for locale, keys in sorted(locale_keys.items()):
        for key, (flow_id, step_id) in sorted(wanted_by_flows.items()):
            if key not in keys:
                problems.append(Problem(flows.location(flow_id, step_id),
                                        f"missing key {key!r} in locale {locale!r}"))
        for key in sorted(set(code_keys) - set(keys)):
            problems.append(Problem(f"locales/{locale}", f"missing key {key!r} used by the code"))
        for key, path in sorted(keys.items()):
            if key not in wanted:
                problems.append(Problem(str(path), f"unused key {key!r}"))
    return problems


def lint_variables(
    flows: FlowSet,
    locale_variables: Mapping[str, Mapping[str, frozenset[str]]],
    locale_keys: Mapping[str, Mapping[str, object]],
    code_variables: Mapping[str, frozenset[str]],
) -> list[Problem]:
    """A translation may only use variables the code gives that message, or a person reads "{$name}"."""
    given = dict(code_variables)
    for flow in flows:
        for key, step_id in flow_keys(flow).items():
            is_prompt = key == f"{flow.id}-{step_id}"
            given[key] = (flows.slot_names | {"reference"}) if is_prompt else frozenset()
    problems: list[Problem] = []
    for locale, messages in sorted(locale_variables.items()):
        for key, used in sorted(messages.items()):
            extra = used - given.get(key, used)
            if extra:
                where = str(locale_keys[locale].get(key, f"locales/{locale}"))
                names = ", ".join(f"${name}" for name in sorted(extra))
                problems.append(Problem(where, f"{key!r} uses {names}, which the code does not give it"))
    return problems

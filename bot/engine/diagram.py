"""Mermaid flowcharts of flows, for reviewers: `python -m bot check --diagrams docs/flows`."""

from __future__ import annotations

from bot.engine.schema import Flow

SHAPES = {"say": ('["', '"]'), "ask": ('[/"', '"/]'), "choose": ('{"', '"}'), "upload": ('[("', '")]'),
          "flow": ('[["', '"]]'), "review": ('{{"', '"}}')}


def mermaid(flow: Flow) -> str:
    lines = ["flowchart TD", f"  %% {flow.description}"]
    for step_id, step in flow.steps.items():
        left, right = SHAPES[step.kind]
        detail = {"ask": f": {step.ask}" + (" (a guess is confirmed)" if step.guesses else ""),
                  "flow": f": {step.flow}", "review": f": {', '.join(step.review or ())}"}.get(step.kind, "")
        if step.set_:  # answers given on the person's behalf
            detail += ": sets " + ", ".join(f"{slot}={value}" for slot, value in step.set_.items())
        marks = (" !" + step.urgency.label if step.urgency else "") + (" [case]" if step.open_case else "")
        lines.append(f"  {step_id}{left}{step_id}{detail}{marks}{right}")
    for step_id, step in flow.steps.items():
        for choice in step.choose or ():
            if choice.next:
                lines.append(f"  {step_id} -->|{choice.id}| {choice.next}")
        if step.kind == "review":
            # "edit": the person picks one answer, answers it again, and comes back here
            lines.append(f"  {step_id} -.->|edit one answer| {step_id}")
            if isinstance(step.next, str):
                lines.append(f"  {step_id} -->|confirm| {step.next}")
                continue
        if isinstance(step.next, str):
            lines.append(f"  {step_id} --> {step.next}")
        elif step.next:
            for branch in step.next:
                label = "else" if branch.if_ is None else branch.if_.model_dump_json(exclude_none=True,
                                                                                    by_alias=True)
                lines.append(f'  {step_id} -->|"{label.replace(chr(34), chr(39))}"| {branch.goto}')
    return "\n".join(lines) + "\n"

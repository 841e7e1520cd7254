"""Conversations written as data (tests/transcripts/*.yaml), replayed through the real pipeline, on the
in-memory store and on the real database.

Each turn is what the victim does (`say`, `press`, `file`) and the exact list of replies expected: a string
must appear in the reply's text; `buttons` lists the reply's choice ids in order. `case` checks the case
the conversation left in the database (or `case: null` for none).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.domain import Attachment

TRANSCRIPTS = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8"))
               for p in sorted((Path(__file__).parent / "transcripts").glob("*.yaml"))}


def check_replies(turn_no: int, expected: list[Any], replies: list) -> None:
    shown = "\n".join(f"  [{i}] {r.text!r} {[c.id for c in r.choices]}" for i, r in enumerate(replies))
    assert len(replies) == len(expected), f"turn {turn_no}: {len(replies)} replies, expected {len(expected)}:\n{shown}"
    for reply, want in zip(replies, expected, strict=True):
        want = {"text": want} if isinstance(want, str) else want
        assert want["text"] in reply.text, f"turn {turn_no}: {want['text']!r} not in reply:\n{shown}"
        if "buttons" in want:
            assert [c.id for c in reply.choices] == want["buttons"], f"turn {turn_no}: buttons differ:\n{shown}"


def subset(expected: Any, actual: Any) -> bool:
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(subset(v, actual.get(k)) for k, v in expected.items())
    return expected == actual


@pytest.mark.parametrize("name", sorted(TRANSCRIPTS))
async def test_transcript(name: str, any_app, any_talk) -> None:
    script = TRANSCRIPTS[name]
    victim = any_talk(script["user"]["id"], script["user"].get("language"))
    for number, turn in enumerate(script["turns"], start=1):
        if "say" in turn:
            replies = await victim.send(str(turn["say"]))
        elif "press" in turn:
            replies = await victim.press(str(turn["press"]))
        else:
            f = turn["file"]
            replies = await victim.send(attachments=(Attachment(f["name"], f["type"], f["content"].encode()),))
        check_replies(number, turn["expect"], replies)

    if "case" in script:
        cases = await any_app.store.list_cases()
        if script["case"] is None:
            assert cases == []
        else:
            assert len(cases) == 1
            case = cases[0]
            for field, value in script["case"].items():
                assert subset(value, case[field]), f"case.{field}: {case[field]!r} does not match {value!r}"

"""The pure transition function, on the real flows and on small flows written for one rule each."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.domain import Urgency
from bot.engine.loader import load_flows
from bot.engine.machine import DONE, HUMAN, SKIP, ConversationState, Engine, Finished, OpenCase, RequestHuman

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_flows(PROJECT_ROOT / "flows"))


def keys(transition) -> list[str]:
    return [p.message.key for p in transition.prompts]


def test_start_says_greeting_then_waits_on_consent(engine: Engine) -> None:
    t = engine.start()
    assert keys(t) == ["intake-greeting", "intake-consent"]
    assert [c for c, _ in t.prompts[-1].choices] == ["agree", "decline"]
    assert (t.state.flow, t.state.step) == ("intake", "consent")


def test_choice_next_overrides_and_decline_ends(engine: Engine) -> None:
    t = engine.answer(engine.start().state, choice="decline")
    assert keys(t) == ["intake-declined"]
    assert t.state.finished and any(isinstance(e, Finished) for e in t.effects)


def walk(engine: Engine, *answers: dict) -> tuple[ConversationState, list]:
    state = engine.start().state
    effects: list = []
    for answer in answers:
        t = engine.answer(state, now=NOW, **answer)
        state = t.state
        effects.extend(t.effects)
    return state, effects


def test_extortion_enters_sub_flow_and_returns_to_story(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, {"choice": "extortion"})
    assert (state.flow, state.step) == ("extortion", "threat")
    state, _ = walk(engine, {"choice": "agree"}, {"choice": "extortion"}, {"choice": "intimate_images"},
                    {"text": "500 euros"}, {"choice": "no"})
    assert (state.flow, state.step, state.stack) == ("intake", "story", [])
    assert state.slots["demand"] == {"amount": "500.00", "currency": "EUR"}
    assert Urgency(state.urgency) is Urgency.CRITICAL


def test_other_categories_skip_the_sub_flow(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, {"choice": "scam"})
    assert state.step == "story"
    assert Urgency(state.urgency) is Urgency.LOW


def test_full_intake_opens_a_case_once(engine: Engine) -> None:
    state, effects = walk(
        engine, {"choice": "agree"}, {"choice": "hacked_account"}, {"text": "My Instagram password was changed"},
        {"text": "yesterday"}, {"choice": "yes"}, {"choice": DONE}, {"choice": "email"},
        {"text": "Me@Example.ORG"}, {"choice": "confirm"})
    assert state.finished
    assert [type(e) for e in effects].count(OpenCase) == 1
    assert state.slots["when"] == "2026-11-26"
    assert state.slots["email"] == "Me@example.org"
    assert Urgency(state.urgency) is Urgency.HIGH  # "still going on" raises it


def test_invalid_answer_reasks_with_expectation_then_offers_skip_and_human(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, {"choice": "scam"}, {"text": "I lost 300 euros on a fake shop"})
    assert state.step == "when"
    t = engine.answer(state, text="banana", now=NOW)
    assert keys(t) == ["invalid-date"] and t.state.misses == 1
    t = engine.answer(t.state, text="blue", now=NOW)
    t = engine.answer(t.state, text="soon-ish", now=NOW)
    assert keys(t) == ["invalid-date", "stuck-offer"]
    assert [c for c, _ in t.prompts[-1].choices] == [SKIP, HUMAN]
    asked = engine.answer(t.state, choice=HUMAN)
    assert any(isinstance(e, RequestHuman) for e in asked.effects) and asked.state.step == "when"
    skipped = engine.answer(t.state, choice=SKIP)
    assert skipped.state.step == "ongoing" and skipped.state.slots["when"] is None


def test_skip_is_refused_where_not_allowed_before_three_misses(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, {"choice": "scam"})
    t = engine.answer(state, choice=SKIP)
    assert t.state.step == "story" and keys(t) == ["invalid-empty"]


def test_unknown_choice_is_a_miss_not_a_crash(engine: Engine) -> None:
    state = engine.start().state
    t = engine.answer(state, choice="delete-all-cases")
    assert keys(t) == ["invalid-choice"] and t.state.step == "consent"


def test_back_returns_to_previous_question_and_forgets_its_answer(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, {"choice": "extortion"}, {"choice": "personal_data"})
    assert state.step == "demand"
    t = engine.back(state)
    assert (t.state.flow, t.state.step) == ("extortion", "threat") and "threat" not in t.state.slots
    t = engine.back(t.state)
    assert (t.state.flow, t.state.step, t.state.stack) == ("intake", "category", [])
    t = engine.back(engine.back(t.state).state)
    assert keys(t)[0] == "back-at-start"


def test_upload_counts_files_until_done(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, {"choice": "scam"}, {"text": "A fake bank called me"},
                    {"text": "3 days ago"}, {"choice": "no"})
    assert state.step == "evidence"
    t = engine.answer(state, files=2)
    assert keys(t) == ["upload-received"] and t.prompts[0].message.args["count"] == 2
    t = engine.answer(t.state, files=1)
    t = engine.answer(t.state, choice=DONE)
    assert t.state.step == "contact_pref" and t.state.slots["evidence"] == 3


def test_state_survives_json(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, {"choice": "extortion"})
    assert ConversationState.from_json(state.to_json()) == state


def test_summary_names_every_answer_even_missing_ones(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, {"choice": "ransomware"}, {"text": "All my files end in .locked"},
                    {"text": "I don't know"}, {"choice": "yes"}, {"choice": SKIP}, {"choice": "here"})
    assert state.step == "summary"
    args = engine.prompts_for(state)[0].message.args
    assert args["category"].key == "intake-category-ransomware"
    assert args["email"].key == "value-not-given"
    assert args["evidence"].key == "value-skipped"


def test_subflow_conditions_and_urgency_condition(tmp_path: Path) -> None:
    (tmp_path / "main.yaml").write_text("""
id: main
description: a flow that branches on urgency
start: q
steps:
  q:
    choose: [{id: bad, urgency: critical}, {id: fine}]
    next:
      - if: {urgency_at_least: high}
        goto: urgent
      - if: {all: [{slot: q, eq: fine}, {not: {slot: q, answered: false}}]}
        goto: calm
      - goto: calm
  urgent: {say: true, end: true}
  calm: {say: true, end: true}
""")
    engine = Engine(load_flows(tmp_path, root="main"))
    assert keys(engine.answer(engine.start().state, choice="bad")) == ["main-urgent"]
    assert keys(engine.answer(engine.start().state, choice="fine")) == ["main-calm"]

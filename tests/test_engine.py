"""The pure transition function, on the real flows and on small flows written for one rule each."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.domain import Urgency
from bot.engine.loader import load_flows
from bot.engine.machine import (
    DONE,
    HUMAN,
    NO,
    SKIP,
    YES,
    ConversationState,
    Engine,
    Finished,
    OpenCase,
    RequestHuman,
)

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


# Each kind of attack has its own questions, then first aid; then "who is affected". A fake shop found on a
# website, nothing paid, it happened to me:
SCAM = ({"choice": "scam"}, {"choice": "shopping"}, {"choice": "website"}, {"choice": "no"}, {"choice": "me"})
# An Instagram account taken over: locked out, no messages to contacts, no two-step verification, recovery
# details unchanged; it happened to me.
HACKED = ({"choice": "hacked_account"}, {"choice": "instagram"}, {"choice": "yes"}, {"choice": "no"},
          {"choice": "no"}, {"choice": "no"}, {"choice": "me"})


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
                    {"choice": "real"}, {"choice": "no"}, {"text": "500 euros"}, {"choice": "no"},
                    {"choice": "later"})
    assert (state.flow, state.step, state.stack) == ("intake", "affected", [])
    state = engine.answer(state, choice="me").state
    assert (state.flow, state.step, state.stack) == ("intake", "story", [])
    assert state.slots["demand"] == {"amount": "500.00", "currency": "EUR"}
    assert Urgency(state.urgency) is Urgency.CRITICAL


def test_every_category_has_its_own_sub_flow(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, {"choice": "scam"})
    assert (state.flow, state.step) == ("scam", "scam_type")
    t = engine.answer(walk(engine, {"choice": "agree"}, *SCAM[:-1])[0], choice="me")
    assert keys(t) == ["intake-story"]
    t = engine.answer(walk(engine, {"choice": "agree"}, *SCAM[:-2])[0], choice="no")
    assert keys(t) == ["scam-first_aid", "intake-affected"]  # first aid while they wait, then the rest
    assert Urgency(t.state.urgency) is Urgency.LOW


def test_full_intake_opens_a_case_once(engine: Engine) -> None:
    state, effects = walk(
        engine, {"choice": "agree"}, *HACKED, {"text": "My Instagram password was changed"},
        {"text": "yesterday"}, {"choice": "yes"}, {"choice": DONE}, {"choice": "email"},
        {"text": "Me@Example.ORG"}, {"choice": "confirm"})
    assert state.finished
    assert [type(e) for e in effects].count(OpenCase) == 1
    assert state.slots["when"] == "2026-11-26"
    assert state.slots["email"] == "Me@example.org"
    assert Urgency(state.urgency) is Urgency.HIGH  # "still going on" raises it


def test_invalid_answer_reasks_with_expectation_then_offers_skip_and_human(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, *SCAM, {"text": "I lost 300 euros on a fake shop"})
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
    state, _ = walk(engine, {"choice": "agree"}, *SCAM)
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
    state, _ = walk(engine, {"choice": "agree"}, *SCAM, {"text": "A fake bank called me"},
                    {"text": "3 days ago"}, {"choice": "no"})
    assert state.step == "evidence"
    t = engine.answer(state, files=2)
    assert keys(t) == ["upload-received"] and t.prompts[0].message.args["count"] == 2
    t = engine.answer(t.state, files=1)
    t = engine.answer(t.state, choice=DONE)
    assert t.state.step == "contact_pref" and t.state.slots["evidence"] == 3


HEADERS = """Received: from mail.secure-paypa1.example (mail.secure-paypa1.example [203.0.113.7])
From: "PayPal Service" <service@secure-paypa1.example>
Return-Path: <bounce@secure-paypa1.example>
Subject: Your account is limited"""


def test_words_that_read_as_evidence_are_kept_at_the_evidence_step_and_the_step_goes_on(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, *SCAM, {"text": "A fake bank called me"},
                    {"text": "3 days ago"}, {"choice": "no"})
    t = engine.answer(state, text=HEADERS)
    assert keys(t) == ["upload-text-kept"] and [c for c, _ in t.prompts[0].choices] == [DONE, SKIP]
    assert t.state.step == "evidence" and t.state.pasted == [{"filename": "pasted-text-1.txt", "text": HEADERS}]
    t = engine.answer(t.state, text="and the link they sent: hxxps://secure-paypa1[.]example/login")
    assert keys(t) == ["upload-text-kept"] and t.state.pasted[-1]["filename"] == "pasted-text-2.txt"
    t = engine.answer(t.state, files=1)
    assert keys(t) == ["upload-received"] and t.prompts[0].message.args["count"] == 3  # two texts and a file
    # a remark is no evidence: the question is explained again, as before
    assert keys(engine.answer(t.state, text="I have nothing else")) == ["invalid-upload"]
    done = engine.answer(t.state, choice=DONE).state
    assert done.step == "contact_pref" and done.slots["evidence"] == 3 and done.texts == 2


def test_words_elsewhere_are_answers_as_before(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, *SCAM)
    t = engine.answer(state, text=HEADERS, now=NOW)
    assert t.state.step == "when" and t.state.slots["story"] == HEADERS and t.state.pasted == []


def test_state_survives_json(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, {"choice": "extortion"})
    assert ConversationState.from_json(state.to_json()) == state


def test_summary_names_every_answer_even_missing_ones(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, {"choice": "ransomware"}, {"choice": "one_device"},
                    {"choice": "no"}, {"choice": "yes"}, {"choice": "documents"}, {"choice": "unsure"},
                    {"choice": "me"}, {"text": "All my files end in .locked"}, {"text": "I don't know"},
                    {"choice": SKIP}, {"choice": "here"})
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


# -- issue 9: no silent end, a summary of every answer, changing one answer ------------------------------
def choice_ids(prompt) -> list[str]:
    return [c for c, _ in prompt.choices]


def summary_lines(engine: Engine, state: ConversationState) -> list[tuple[str, object]]:
    """The review's lines as (label key, shown answer), read from the chain of MessageRefs it passes."""
    chain = engine.prompts_for(state)[0].message.args["summary"]
    found = []
    while chain is not None:
        line, chain = (chain.args["line"], chain.args["rest"]) if chain.key == "review-more" else (chain, None)
        assert line.key == "review-line"
        found.append((line.args["question"].key, line.args["answer"]))
    return found


def shown(value) -> object:
    return value.key if hasattr(value, "key") else value.kind if hasattr(value, "kind") else value


def stuck(engine: Engine, state: ConversationState, text: str = "banana"):
    t = None
    for _ in range(3):
        t = engine.answer(state, text=text, now=NOW)
        state = t.state
    return t


def test_skip_is_never_offered_at_consent_and_never_ends_the_conversation(engine: Engine) -> None:
    t = stuck(engine, engine.start().state)
    assert keys(t) == ["invalid-choice", "stuck-ask-person"]
    assert choice_ids(t.prompts[-1]) == ["agree", "decline", HUMAN]  # a person, but no "Skip"
    skipped = engine.answer(t.state, choice=SKIP)
    assert not skipped.state.finished and not skipped.effects
    assert skipped.state.step == "consent" and keys(skipped)[0] == "invalid-choice"


def test_skip_is_never_offered_at_the_summary(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, *SCAM, {"text": "A fake shop took my money"},
                    {"text": "yesterday"}, {"choice": "no"}, {"choice": SKIP}, {"choice": "here"})
    assert state.step == "summary"
    t = stuck(engine, state)
    assert SKIP not in choice_ids(t.prompts[-1])
    assert not engine.answer(t.state, choice=SKIP).state.finished


def test_skip_after_three_misses_always_leads_to_the_next_question(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"})
    t = stuck(engine, state, "my computer")
    assert SKIP in choice_ids(t.prompts[-1])
    skipped = engine.answer(t.state, choice=SKIP)  # they cannot say what it is: they tell it in their words
    assert (skipped.state.flow, skipped.state.step) == ("other", "story") and keys(skipped) == ["other-story"]


def extortion_walk(engine: Engine, *more: dict) -> ConversationState:
    state, _ = walk(engine, {"choice": "agree"}, {"choice": "extortion"}, {"choice": "intimate_images"},
                    {"choice": "real"}, {"choice": "no"}, {"text": "500 euros"}, {"choice": "no"}, {"choice": "later"},
                    {"choice": "me"}, {"text": "He says he will send my photos to my family"},
                    {"text": "yesterday"}, {"choice": "yes"}, {"files": 2}, {"choice": DONE}, {"choice": "here"},
                    *more)
    return state


def test_the_summary_shows_the_sub_flows_answers_and_only_relevant_lines(engine: Engine) -> None:
    state = extortion_walk(engine)
    assert state.step == "summary"
    lines = {key: shown(answer) for key, answer in summary_lines(engine, state)}
    assert lines["extortion-threat-label"] == "extortion-threat-intimate_images"
    assert lines["extortion-demand-label"] == "money"
    assert lines["extortion-paid-label"] == "extortion-paid-no"
    assert lines["extortion-images-label"] == "extortion-images-real"
    assert lines["extortion-deadline-label"] == "extortion-deadline-later"
    assert lines["intake-affected-label"] == "intake-affected-me"
    assert "intake-organisation_type-label" not in lines and "scam-amount-label" not in lines  # never asked
    assert lines["intake-story-label"] == "He says he will send my photos to my family"
    assert "intake-email-label" not in lines and "intake-phone-label" not in lines  # not asked: not relevant
    assert "intake-consent-label" not in lines


def test_the_summary_counts_every_file_kept_even_after_going_back(engine: Engine) -> None:
    state = extortion_walk(engine)
    state = engine.back(engine.back(state).state).state  # back to the upload: the two files are still kept
    assert state.step == "evidence"
    t = engine.answer(state, files=1)
    assert t.prompts[0].message.args["count"] == 3
    state = engine.answer(engine.answer(t.state, choice=DONE).state, choice="here").state
    lines = dict(summary_lines(engine, state))
    assert lines["intake-evidence-label"].args["count"] == 3


def test_an_approximate_date_is_shown_in_the_persons_words(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, *SCAM, {"text": "A fake shop took my money"},
                    {"text": "two months ago"}, {"choice": "no"}, {"choice": SKIP}, {"choice": "here"})
    assert dict(summary_lines(engine, state))["intake-when-label"] == "two months ago"


def test_change_one_answer_and_come_back_to_the_summary(engine: Engine) -> None:
    state = extortion_walk(engine)
    t = engine.answer(state, choice="edit")
    assert keys(t) == ["review-which"]
    assert choice_ids(t.prompts[0]) == [
        "_change:category", "_change:threat", "_change:images", "_change:minor", "_change:demand", "_change:paid",
        "_change:deadline", "_change:affected", "_change:when", "_change:ongoing", "_change:evidence",
        "_change:contact_pref", "_change:story", "_back_to_summary"]
    t = engine.answer(t.state, choice="_change:when")
    assert keys(t) == ["intake-when"]
    t = engine.answer(t.state, text="3 days ago", now=NOW)
    assert keys(t) == ["intake-summary"]  # straight back: the story is not asked again
    assert t.state.slots["when"] == "2026-11-24"
    assert t.state.slots["story"] == "He says he will send my photos to my family"
    done = engine.answer(t.state, choice="confirm")
    assert done.state.finished and any(isinstance(e, OpenCase) for e in done.effects)


def test_changing_the_category_asks_only_what_the_new_answer_needs(engine: Engine) -> None:
    state, _ = walk(engine, {"choice": "agree"}, *SCAM, {"text": "A fake shop took my money"},
                    {"text": "yesterday"}, {"choice": "no"}, {"choice": SKIP}, {"choice": "email"},
                    {"text": "me@example.org"})
    t = engine.answer(engine.answer(state, choice="edit").state, choice="_change:category")
    assert keys(t) == ["intake-category"]
    t = engine.answer(t.state, choice="extortion")
    assert keys(t) == ["extortion-threat"]
    t = engine.answer(t.state, choice="personal_data")
    t = engine.answer(t.state, text="200 dollars")
    # "have you paid anything so far?" was answered already ("no", in the scam's questions): not asked again
    t = engine.answer(t.state, choice="later")
    assert keys(t) == ["extortion-safety_note", "intake-summary"]  # the new advice, then the summary
    assert Urgency(t.state.urgency) is Urgency.HIGH
    # and changing the way to contact them drops the address they no longer want used
    t = engine.answer(engine.answer(t.state, choice="edit").state, choice="_change:contact_pref")
    t = engine.answer(t.state, choice="here")
    assert keys(t) == ["intake-summary"] and "email" not in t.state.slots
    # changing the category back drops the sub-flow's answers and the urgency they raised
    t = engine.answer(engine.answer(t.state, choice="edit").state, choice="_change:category")
    t = engine.answer(t.state, choice="scam")
    assert keys(t) == ["scam-scam_type"]  # its answers were dropped when the category changed
    t = engine.answer(engine.answer(t.state, choice="shopping").state, choice="website")
    assert keys(t) == ["scam-first_aid", "intake-summary"]
    assert "threat" not in t.state.slots and Urgency(t.state.urgency) is Urgency.LOW


def test_back_from_the_list_of_answers_or_a_changed_question_returns_to_the_summary(engine: Engine) -> None:
    state = extortion_walk(engine)
    picker = engine.answer(state, choice="edit")
    back = engine.answer(picker.state, choice="_back_to_summary")
    assert keys(back) == ["intake-summary"]
    assert keys(engine.back(picker.state)) == ["intake-summary"]
    at_story = engine.answer(picker.state, choice="_change:story")
    again = engine.back(at_story.state)
    assert keys(again) == ["intake-summary"] and again.state.slots["story"] == state.slots["story"]
    assert engine.answer(again.state, choice="confirm").state.finished


def test_review_state_survives_json(engine: Engine) -> None:
    state = engine.answer(engine.answer(extortion_walk(engine), choice="edit").state, choice="_change:when").state
    assert ConversationState.from_json(state.to_json()) == state


# -- issue 9, defect 5: a guessed phone number is confirmed; a skipped address leaves a way to reach them ----
def at_contact(engine: Engine, how: str) -> ConversationState:
    state, _ = walk(engine, {"choice": "agree"}, *SCAM, {"text": "A fake shop took my money"},
                    {"text": "yesterday"}, {"choice": "no"}, {"choice": SKIP}, {"choice": how})
    assert state.step == how
    return state


def test_a_national_number_is_read_with_the_persons_region_and_confirmed(engine: Engine) -> None:
    t = engine.answer(at_contact(engine, "phone"), text="0151 23456789", locale="de", now=NOW)
    assert keys(t) == ["guess-phone"]  # "With the country code, that is +49 1512 3456789. Is that your number?"
    assert t.prompts[0].message.args["answer"] == "+49 1512 3456789"
    assert choice_ids(t.prompts[0]) == [YES, NO]
    assert engine.meanings(t.state) == {YES: "yes", NO: "no"}  # "ja", "oui", "так" pick them when typed
    assert engine.expectation(t.state).choices == (YES, NO)
    assert t.state.step == "phone" and "phone" not in t.state.slots  # held, not kept, until confirmed
    assert [p.message.key for p in engine.prompts_for(t.state)] == ["guess-phone"]  # asked again on return
    assert ConversationState.from_json(t.state.to_json()) == t.state
    yes = engine.answer(t.state, choice=YES)
    assert keys(yes) == ["intake-summary"] and yes.state.slots["phone"] == "+4915123456789"
    assert dict(summary_lines(engine, yes.state))["intake-phone-label"] == "+49 1512 3456789"


def test_no_to_a_guessed_number_asks_for_it_again_with_the_country_code(engine: Engine) -> None:
    t = engine.answer(at_contact(engine, "phone"), text="0151 23456789", locale="de", now=NOW)
    no = engine.answer(t.state, choice=NO)
    assert keys(no) == ["guess-phone-retry"] and no.state.step == "phone"
    assert choice_ids(no.prompts[0]) == [SKIP]  # the number may still be skipped
    assert "phone" not in no.state.slots and no.state.misses == 0
    again = engine.answer(no.state, text="+43 664 1234567", locale="de", now=NOW)
    assert keys(again) == ["intake-summary"] and again.state.slots["phone"] == "+436641234567"


def test_a_number_with_its_country_code_needs_no_confirmation(engine: Engine) -> None:
    t = engine.answer(at_contact(engine, "phone"), text="+49 151 23456789", locale="de", now=NOW)
    assert keys(t) == ["intake-summary"] and t.state.slots["phone"] == "+4915123456789"


def test_a_new_number_typed_instead_of_yes_or_no_is_read_as_the_answer(engine: Engine) -> None:
    t = engine.answer(at_contact(engine, "phone"), text="0151 23456789", locale="de", now=NOW)
    t = engine.answer(t.state, text="+33 6 12 34 56 78", locale="de", now=NOW)
    assert keys(t) == ["intake-summary"] and t.state.slots["phone"] == "+33612345678"
    t = engine.answer(at_contact(engine, "phone"), text="0151 23456789", locale="de", now=NOW)
    unclear = engine.answer(t.state, text="hmm", locale="de", now=NOW)
    assert keys(unclear) == ["invalid-choice"] and choice_ids(unclear.prompts[0]) == [YES, NO]
    assert unclear.state.step == "phone" and "phone" not in unclear.state.slots


def test_back_while_confirming_asks_the_number_again_then_the_question_before(engine: Engine) -> None:
    t = engine.answer(at_contact(engine, "phone"), text="0151 23456789", locale="de", now=NOW)
    back = engine.back(t.state)
    assert keys(back) == ["intake-phone"] and back.state.step == "phone"
    assert engine.expectation(back.state).kind == "ask"
    assert keys(engine.back(back.state)) == ["intake-contact_pref"]


def test_changing_the_number_from_the_summary_confirms_the_guess_and_comes_back(engine: Engine) -> None:
    state = engine.answer(at_contact(engine, "phone"), text="+49 151 23456789", locale="de", now=NOW).state
    t = engine.answer(engine.answer(state, choice="edit").state, choice="_change:phone")
    assert keys(t) == ["intake-phone"]
    t = engine.answer(t.state, text="0170 1234567", locale="de", now=NOW)
    assert keys(t) == ["guess-phone"]
    # back from the confirmation of a changed answer: the summary, with the number as it was
    back = engine.back(t.state)
    assert keys(back) == ["intake-summary"] and back.state.slots["phone"] == "+4915123456789"
    t = engine.answer(t.state, choice=YES)
    assert keys(t) == ["intake-summary"] and t.state.slots["phone"] == "+491701234567"


@pytest.mark.parametrize("how", ["email", "phone"])
def test_skipping_the_address_falls_back_to_this_chat_and_says_so(engine: Engine, how: str) -> None:
    t = engine.answer(at_contact(engine, how), choice=SKIP)
    assert keys(t) == ["intake-contact_here", "intake-summary"]
    assert t.state.slots["contact_pref"] == "here" and how not in t.state.slots
    lines = {key: shown(answer) for key, answer in summary_lines(engine, t.state)}
    assert lines["intake-contact_pref-label"] == "intake-contact_pref-here"  # the summary tells the truth
    assert "intake-email-label" not in lines and "intake-phone-label" not in lines
    back = engine.back(t.state)
    assert keys(back) == ["intake-contact_pref"]  # they can still choose email or phone again


def test_an_address_skipped_after_three_misses_falls_back_to_this_chat_too(engine: Engine) -> None:
    t = stuck(engine, at_contact(engine, "email"), "my mail")
    t = engine.answer(t.state, choice=SKIP)
    assert keys(t) == ["intake-contact_here", "intake-summary"] and t.state.slots["contact_pref"] == "here"
    done = engine.answer(t.state, choice="confirm")
    assert done.state.finished and done.state.slots["contact_pref"] == "here"


def test_skipping_a_changed_address_from_the_summary_falls_back_too(engine: Engine) -> None:
    state = engine.answer(at_contact(engine, "email"), text="me@example.org").state
    t = engine.answer(engine.answer(state, choice="edit").state, choice="_change:email")
    t = engine.answer(t.state, choice=SKIP)
    assert keys(t) == ["intake-contact_here", "intake-summary"]
    assert t.state.slots["contact_pref"] == "here" and "email" not in t.state.slots


# -- copies: a state is copied only where it changes, and nothing changes a state behind anyone's back ------
class Recording:
    """The engine, keeping every state it is given or gives, with a deep copy of it as it was then."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.seen: list[tuple[ConversationState, dict]] = []

    def _keep(self, state: ConversationState) -> None:
        self.seen.append((state, copy.deepcopy(state.__dict__)))

    def answer(self, state: ConversationState, **answer):
        self._keep(state)
        t = self.engine.answer(state, now=NOW, **answer)
        self._keep(t.state)
        return t

    def back(self, state: ConversationState):
        self._keep(state)
        t = self.engine.back(state)
        self._keep(t.state)
        return t

    def changed(self) -> list[int]:
        return [i for i, (state, was) in enumerate(self.seen) if state.__dict__ != was]


def test_moving_on_never_changes_a_state_it_moved_from(engine: Engine) -> None:
    rec = Recording(engine)
    state = engine.start().state
    for answer in ({"choice": "agree"}, {"choice": "extortion"}, {"choice": "intimate_images"}, {"choice": "real"},
                   {"choice": "no"}, {"text": "500 euros"}, {"choice": "no"}, {"choice": "later"}, {"choice": "me"},
                   {"text": "He says he will send my photos to my family"}, {"text": "yesterday"},
                   {"choice": "yes"}, {"files": 2}, {"choice": DONE}, {"choice": "phone"},
                   {"text": "0151 23456789", "locale": "de"}, {"choice": NO}, {"text": "0170 1234567", "locale": "de"},
                   {"choice": YES}):
        state = rec.answer(state, **answer).state
    assert state.step == "summary"
    # back, from the summary and from a sub-flow's question (the stack), then forward again
    back = rec.back(rec.back(rec.back(state).state).state).state
    assert rec.answer(rec.answer(back, files=1).state, choice=DONE).state.step == "contact_pref"
    for _ in range(20):
        back = rec.back(back).state
        if back.flow == "extortion" and back.step == "paid":
            assert rec.answer(back, choice="yes").state.stack == [["intake", "extortion_details"]]
    assert (back.flow, back.step) == ("intake", "consent")  # and back at the start it stays there
    # change answers from the summary: the category (its sub-flow's answers are dropped), the date, then back
    picking = rec.answer(state, choice="edit").state
    rec.answer(picking, choice="_back_to_summary")
    rec.back(picking)
    category = rec.answer(picking, choice="_change:category").state
    scam = rec.answer(rec.answer(rec.answer(category, choice="scam").state, choice="shopping").state,
                      choice="website").state
    assert scam.step == "summary" and "threat" not in scam.slots
    rec.back(category)
    when = rec.answer(picking, choice="_change:when").state
    assert rec.answer(when, text="3 days ago").state.slots["when"] == "2026-11-24"
    # stuck, skipped, a person asked for, and the end
    stuck_at = rec.answer(when, text="banana").state
    for _ in range(2):
        stuck_at = rec.answer(stuck_at, text="banana").state
    rec.answer(stuck_at, choice=SKIP)
    rec.answer(stuck_at, choice=HUMAN)
    done = rec.answer(state, choice="confirm").state
    assert done.finished
    rec.back(done)
    rec.answer(done, text="anything")
    assert len(rec.seen) > 100 and rec.changed() == []


def test_a_states_json_and_the_state_change_apart(engine: Engine) -> None:
    state = engine.answer(engine.answer(extortion_walk(engine), choice="edit").state, choice="_change:when").state
    state.slots["_early"] = ["I was hacked"]  # a list kept among the answers (what the person wrote first)
    state.guess = {"value": "+491701234567", "display": "+49 170 1234567"}
    data = state.to_json()
    kept = copy.deepcopy(data)
    # the state changes as the engine and the handlers change one, in every part
    state.slots["_early"].append("yesterday")
    state.slots["story"] = "changed"
    state.display.pop("story")
    state.display["threat"]["key"] = "changed"
    state.history.pop()
    state.history.append({"flow": "intake", "step": "story", "stack": []})
    state.stack.append(["intake", "when"])
    state.change["picking"] = True
    state.change["seen"].append("intake.when")
    state.guess["value"] = None
    assert data == kept
    # and a state read from it changes without changing it
    again = ConversationState.from_json(data)
    assert again == ConversationState.from_json(kept)
    again.slots.setdefault("_early", []).append("more")
    again.slots["amount"] = None
    again.display.clear()
    again.history.pop()
    again.stack.append(["extortion", "paid"])
    again.change["seen"].clear()
    again.guess["display"] = ""
    assert data == kept
    engine.answer(ConversationState.from_json(data), text="3 days ago", now=NOW)
    assert data == kept


def test_a_failed_events_changes_are_undone_exactly(engine: Engine) -> None:
    from bot.ports import NEW_CASE, CaseDraft, ContactRecord, ConversationRecord, Snapshot, WorkKey
    from bot.services.turn import Tools, Turn

    stored = engine.answer(extortion_walk(engine), choice="edit").state.to_json()
    stored["slots"]["_early"] = ["I was hacked"]
    contact = ContactRecord(1, "test", "alice", "chat-alice", "en", None, False)
    turn = Turn(Snapshot(WorkKey("test", "contact", "alice"), [], contact, ConversationRecord(stored, version=3)),
                Tools(engine, None, None))  # type: ignore[arg-type]
    turn.draft = CaseDraft("FD-1", "extortion", {"story": "x"}, 1, "en", False, False, reasons=["paid"])
    before = copy.deepcopy((turn.record, turn.draft, turn.contact))
    mark = turn.mark()
    # what an event's handlers do to a turn: the stored state changed in place (the relay's held message), a
    # new state from the engine, the record's fields, the draft's
    record = turn.record
    assert record.state is not None
    record.state["slots"]["_held"] = {"text": "hello", "files": []}
    record.state["slots"].pop("story")
    record.state["slots"]["_early"].append("more")
    record.state["history"].pop()
    state = turn.state
    assert state is not None
    record.state = engine.answer(state, choice="_change:when").state.to_json()
    record.status, record.pending, record.case_id = "finished", "reopen", NEW_CASE
    assert turn.draft is not None
    turn.draft.urgency, turn.draft.escalated = 3, True
    turn.draft.reasons.append("threat")
    turn.draft.answers["when"] = "2026-11-24"
    turn.contact.locale = "fr"  # type: ignore[union-attr]
    turn.undo(mark)
    assert (turn.record, turn.draft, turn.contact) == before
    assert turn.record.state == before[0].state and turn.record.updated_at == before[0].updated_at

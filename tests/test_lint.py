"""`python -m bot check`: the real flows are clean; each kind of mistake is named with file:step."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.engine.lint import lint_locales, lint_structure
from bot.engine.loader import FlowLoadError, load_flows
from bot.engine.validators import ERROR_KEYS
from bot.i18n import Translator
from bot.services.texts import ENGINE_KEYS, SERVICE_KEYS

CODE_KEYS = ENGINE_KEYS | SERVICE_KEYS | ERROR_KEYS


def check(flows_dir: Path, locales_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FLOWS_DIR": str(flows_dir), "LOCALES_DIR": str(locales_dir)}
    return subprocess.run([sys.executable, "-m", "bot", "check"], capture_output=True, text=True, env=env,
                          cwd=PROJECT_ROOT, timeout=120)


def test_every_shipped_flow_and_locale_is_clean() -> None:
    flows = load_flows(PROJECT_ROOT / "flows")
    translator = Translator(PROJECT_ROOT / "locales")
    assert lint_structure(flows) == []
    assert lint_locales(flows, translator.keys(), CODE_KEYS) == []
    result = check(PROJECT_ROOT / "flows", PROJECT_ROOT / "locales")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok:")


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    flows, locales = tmp_path / "flows", tmp_path / "locales"
    shutil.copytree(PROJECT_ROOT / "flows", flows)
    shutil.copytree(PROJECT_ROOT / "locales", locales)
    return flows, locales


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("    next: contact_pref\n", "    next: contact_preff\n",
     "flows/intake.yaml:evidence: next step 'contact_preff' is not a step of intake"),
    ("  greeting:\n    say: true\n    next: consent\n",
     "  greeting:\n    say: true\n    next: consent\n  orphan:\n    say: true\n    end: true\n",
     "flows/intake.yaml:orphan: step is unreachable"),
    ("    ask: email\n    skippable: true\n    next:\n      - if: {slot: email, answered: true}\n"
     "        goto: summary\n      - goto: contact_here\n", "    ask: email\n    skippable: true\n",
     "flows/intake.yaml:email: dead end"),
    ("      - goto: summary\n", "      - if: {slot: contact_pref, eq: here}\n        goto: summary\n",
     "flows/intake.yaml:contact_pref: dead end: the last entry of `next` needs no `if`"),
    ("    flow: extortion\n", "    flow: extortionn\n",
     "flows/intake.yaml:extortion_details: sub-flow 'extortionn' does not exist"),
])
def test_structural_mistakes_are_named(project: tuple[Path, Path], old: str, new: str, expected: str) -> None:
    flows, locales = project
    edit(flows / "intake.yaml", old, new)
    result = check(flows, locales)
    assert result.returncode == 1
    assert any(expected in line for line in result.stdout.splitlines()), result.stdout


def test_say_steps_that_loop_are_named(tmp_path: Path) -> None:
    (tmp_path / "loop.yaml").write_text(
        "id: loop\ndescription: two say steps pointing at each other\nstart: a\n"
        "steps:\n  a: {say: true, next: b}\n  b: {say: true, next: a}\n")
    problems = [str(p) for p in lint_structure(load_flows(tmp_path, root="loop"))]
    assert any("loop.yaml:a: say steps loop" in p for p in problems)


def test_schema_errors_name_the_file_and_field(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(
        "id: bad\ndescription: uses a validator that does not exist\nstart: a\n"
        "steps:\n  a: {ask: shoe_size, end: true}\n")
    with pytest.raises(FlowLoadError) as error:
        load_flows(tmp_path, root="bad")
    assert "bad.yaml:steps.a" in str(error.value) and "unknown validator 'shoe_size'" in str(error.value)


def test_missing_and_unused_locale_keys_are_named(project: tuple[Path, Path]) -> None:
    flows, locales = project
    edit(locales / "en" / "intake.ftl", "intake-phone = ", "intake-telephone = ")
    result = check(flows, locales)
    assert result.returncode == 1
    assert "flows/intake.yaml:phone: missing key 'intake-phone' in locale 'en'" in result.stdout
    assert "locales/en/intake.ftl: unused key 'intake-telephone'" in result.stdout


def test_a_key_the_code_needs_is_required(project: tuple[Path, Path]) -> None:
    flows, locales = project
    edit(locales / "en" / "common.ftl", "forget-done = ", "forget-finished = ")
    result = check(flows, locales)
    assert "missing key 'forget-done' used by the code" in result.stdout


def test_every_locale_is_checked(project: tuple[Path, Path]) -> None:
    flows, locales = project
    (locales / "fr" / "extortion.ftl").unlink()
    result = check(flows, locales)
    assert "flows/extortion.yaml:threat: missing key 'extortion-threat' in locale 'fr'" in result.stdout


def test_diagrams_are_written(project: tuple[Path, Path], tmp_path: Path) -> None:
    flows, locales = project
    env = {**os.environ, "FLOWS_DIR": str(flows), "LOCALES_DIR": str(locales)}
    subprocess.run([sys.executable, "-m", "bot", "check", "--diagrams", str(tmp_path / "d")], check=True,
                   env=env, cwd=PROJECT_ROOT, capture_output=True, timeout=120)
    diagram = (tmp_path / "d" / "intake.mmd").read_text()
    assert diagram.startswith("flowchart TD") and "extortion_details" in diagram and "consent -->|decline|" in diagram


def test_a_variable_the_code_does_not_give_is_named(project: tuple[Path, Path]) -> None:
    flows, locales = project
    edit(locales / "fr" / "common.ftl", "forget-done = ", "forget-done = { $name }, ")
    result = check(flows, locales)
    assert result.returncode == 1
    assert "locales/fr/common.ftl: 'forget-done' uses $name, which the code does not give it" in result.stdout


def test_a_key_present_in_one_locale_only_is_named(project: tuple[Path, Path]) -> None:
    flows, locales = project
    with (locales / "de" / "intake.ftl").open("a", encoding="utf-8") as handle:
        handle.write("\nintake-extra = Nur auf Deutsch\n")
    result = check(flows, locales)
    assert "locales/de/intake.ftl: unused key 'intake-extra'" in result.stdout


# -- issue 9: no path ends without a word; skip leads somewhere; reviews and word lists ------------------
def lint_of(tmp_path: Path, text: str, root: str = "main") -> list[str]:
    (tmp_path / f"{root}.yaml").write_text(text)
    return [str(p) for p in lint_structure(load_flows(tmp_path, root=root))]


def test_a_conversation_that_ends_on_a_question_is_named(tmp_path: Path) -> None:
    problems = lint_of(tmp_path, """
id: main
description: ends right after a question, without a word about the report
start: q
steps:
  q:
    choose: [{id: a, next: thanks}, {id: b}]
    end: true
  thanks: {say: true, end: true}
""")
    assert any("main.yaml:q: the conversation ends here without telling the person" in p for p in problems), problems


def test_a_conversation_that_ends_on_a_sub_flow_is_named(tmp_path: Path) -> None:
    (tmp_path / "sub.yaml").write_text(
        "id: sub\ndescription: a sub-flow whose last step is a question\nstart: x\n"
        "steps:\n  x: {ask: text, end: true}\n")
    problems = lint_of(tmp_path, """
id: main
description: the root flow ends when its sub-flow ends
start: q
steps:
  q: {flow: sub, end: true}
""")
    assert any("main.yaml:q: the conversation ends here without telling the person" in p for p in problems), problems


def test_a_skippable_step_with_nowhere_to_go_is_named(tmp_path: Path) -> None:
    problems = lint_of(tmp_path, """
id: main
description: skipping this question would lead nowhere
start: q
steps:
  q:
    choose: [{id: a, next: done}, {id: b, next: done}]
    skippable: true
  done: {say: true, end: true}
""")
    assert any("main.yaml:q: `skippable: true` but skipping leads nowhere" in p for p in problems), problems


def test_a_review_of_an_unknown_answer_is_named(tmp_path: Path) -> None:
    problems = lint_of(tmp_path, """
id: main
description: a summary that lists an answer no step asks for
start: q
steps:
  q: {ask: text, next: summary}
  summary: {review: [q, shoe_size], next: done}
  done: {say: true, end: true}
""")
    assert any("main.yaml:summary: review lists 'shoe_size', which no question asks" in p for p in problems)


def test_word_lists_beside_labels_are_optional_and_checked(project: tuple[Path, Path]) -> None:
    flows, locales = project
    with (locales / "de" / "intake.ftl").open("a", encoding="utf-8") as handle:
        handle.write("\nintake-ongoing-unsure-words = vielleicht\nintake-ongoing-perhaps-words = vielleicht\n")
    result = check(flows, locales)
    assert "unused key 'intake-ongoing-unsure-words'" not in result.stdout
    assert "locales/de/intake.ftl: unused key 'intake-ongoing-perhaps-words'" in result.stdout


def test_every_question_needs_a_short_label(project: tuple[Path, Path]) -> None:
    flows, locales = project
    edit(locales / "it" / "intake.ftl", "intake-when-label = ", "intake-when-etichetta = ")
    result = check(flows, locales)
    assert "flows/intake.yaml:when: missing key 'intake-when-label' in locale 'it'" in result.stdout


def test_an_answer_that_may_hold_a_guess_needs_its_question_in_every_locale(project: tuple[Path, Path]) -> None:
    flows, locales = project
    edit(locales / "fr" / "common.ftl", "guess-phone = ", "guess-telephone = ")
    edit(locales / "uk" / "common.ftl", "guess-phone-retry = ", "guess-phone-again = ")
    result = check(flows, locales)
    assert "locales/fr: missing key 'guess-phone' used by the code" in result.stdout
    assert "locales/uk: missing key 'guess-phone-retry' used by the code" in result.stdout


def test_only_the_question_about_a_guess_is_given_the_answer(project: tuple[Path, Path]) -> None:
    flows, locales = project
    edit(locales / "de" / "common.ftl", "guess-phone-retry = ", "guess-phone-retry = { $answer } ")
    result = check(flows, locales)
    assert "'guess-phone-retry' uses $answer, which the code does not give it" in result.stdout
    assert "'guess-phone' uses" not in result.stdout


def test_an_answer_set_on_the_persons_behalf_must_be_a_known_choice(tmp_path: Path) -> None:
    problems = lint_of(tmp_path, """
id: main
description: a say step answers for the person
start: q
steps:
  q: {choose: [here, email], next: fallback}
  fallback: {say: true, set: {q: phone, mood: calm}, next: done}
  done: {say: true, end: true}
""")
    assert any("main.yaml:fallback: `set` gives 'q' the value 'phone', which is not one of its choices "
               "(email, here)" in p for p in problems), problems
    assert any("main.yaml:fallback: `set` gives 'mood', which is not the answer of a `choose` step" in p
               for p in problems), problems


def test_set_belongs_on_a_say_step(tmp_path: Path) -> None:
    (tmp_path / "main.yaml").write_text("""
id: main
description: a question that also answers itself
start: q
steps:
  q: {choose: [a, b], set: {q: a}, next: done}
  done: {say: true, end: true}
""")
    with pytest.raises(FlowLoadError, match="`set` belongs on a `say` step"):
        load_flows(tmp_path, root="main")

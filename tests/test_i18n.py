"""Every locale is complete, renders every message with the variables the code gives, and reads right."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from bot.config import PROJECT_ROOT
from bot.engine.lint import flow_keys
from bot.engine.loader import load_flows
from bot.engine.machine import Formatted, MessageRef
from bot.engine.validators import ERROR_ARGS
from bot.i18n import Translator
from bot.services.texts import CODE_VARIABLES

LOCALES = ["en", "fr", "de", "es", "it", "pt", "uk", "ru", "ar"]
FLOWS = load_flows(PROJECT_ROOT / "flows")
I18N = Translator(PROJECT_ROOT / "locales")

SAMPLES = {"reference": "FD-2026-000042", "status": "claimed", "cases": 1, "count": 3, "language": "Español",
           "limit_mb": 20, "min": 10, "max": 4000}


def given_variables(key: str) -> dict[str, object]:
    """Sample values for exactly the variables the code gives this message."""
    names = CODE_VARIABLES.get(key) or ERROR_ARGS.get(key)
    if names is None:  # a flow prompt: every slot, as the engine passes them
        names = FLOWS.slot_names | {"reference"} if any(
            key == f"{flow.id}-{step}" for flow in FLOWS for step in flow.steps) else frozenset()
    values: dict[str, object] = {name: SAMPLES.get(name, MessageRef("value-not-given")) for name in names}
    if "when" in values:
        values["when"] = Formatted("date", "2026-11-26")
    if "demand" in values:
        values["demand"] = Formatted("money", {"amount": "1000.00", "currency": "UAH"})
    return values


def all_keys() -> set[str]:
    return {key for flow in FLOWS for key in flow_keys(flow)} | set(CODE_VARIABLES) | set(ERROR_ARGS)


def test_all_nine_locales_are_shipped() -> None:
    assert sorted(I18N.locales) == sorted(LOCALES)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_renders_with_the_variables_the_code_gives(locale: str, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="bot.i18n")
    for key in sorted(all_keys()):
        text = I18N.render(locale, MessageRef(key, given_variables(key)))
        assert text.strip(), f"{locale}:{key} renders empty"
        assert "{" not in text and "}" not in text, f"{locale}:{key} shows a raw placeholder: {text!r}"
    assert not caplog.records, [r.getMessage() for r in caplog.records]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("count", [0, 1, 2, 3, 5, 11, 21, 22, 101])
def test_plurals_render_for_every_count(locale: str, count: int) -> None:
    text = I18N.render(locale, MessageRef("upload-received", {"count": count}))
    assert text and "{" not in text


def test_dates_and_amounts_are_written_the_local_way() -> None:
    day = Formatted("date", "2026-11-26")
    assert I18N.format("en", day) == "November 26, 2026"
    assert I18N.format("fr", day) == "26 novembre 2026"
    assert I18N.format("uk", day).startswith("26 листопада 2026")
    amount = Formatted("money", {"amount": "1000.00", "currency": "EUR"})
    assert I18N.format("de", amount) == "1.000,00\xa0€"
    assert I18N.format("en", amount) == "€1,000.00"


def test_arabic_isolates_user_text_from_the_sentence_direction() -> None:
    text = I18N.render("ar", MessageRef("status-case", {"reference": "FD-2026-000042", "status": "new"}))
    assert "\u2068FD-2026-000042\u2069" in text  # FSI ... PDI around the Latin reference
    english = I18N.render("en", MessageRef("status-case", {"reference": "FD-2026-000042", "status": "new"}))
    assert "\u2068" not in english


def test_i18n_status_prints_full_coverage() -> None:
    result = subprocess.run([sys.executable, "-m", "bot", "i18n", "status"], capture_output=True, text=True,
                            cwd=PROJECT_ROOT, timeout=60)
    assert result.returncode == 0, result.stdout
    rows = [line.split() for line in result.stdout.splitlines()[1:]]
    assert {row[0] for row in rows} == set(LOCALES)
    assert all(row[-1] == "100.0%" and row[-3] == "0" for row in rows)


def test_slash_commands_read_left_to_right_inside_arabic() -> None:
    line = MessageRef("help-line", {"command": "/forget", "description": MessageRef("command-forget")})
    assert "\u2066/forget\u2069" in I18N.render("ar", line)
    assert "\u2066" not in I18N.render("fr", line)


def test_a_long_story_is_rendered_whole() -> None:
    story = "Они пишут мне каждый день. " * 300  # 8,100 characters, beyond Fluent's own placeable limit
    # the summary's lines come as a chain of review-line / review-more messages (see Engine._review_prompt)
    lines = MessageRef("review-more", {
        "line": MessageRef("review-line", {"question": MessageRef("intake-when-label"), "answer": "вчера"}),
        "rest": MessageRef("review-line", {"question": MessageRef("intake-story-label"), "answer": story})})
    text = I18N.render("ru", MessageRef("intake-summary", {**given_variables("intake-summary"), "summary": lines}))
    assert story in text and "{" not in text
    assert "• Когда: вчера\n• Ваш рассказ: " in text

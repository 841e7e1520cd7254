"""Every word a person reads: Fluent bundles per locale, message rendering and locale negotiation."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.domain import Formatted, MessageRef

log = logging.getLogger(__name__)

RTL_LOCALES = frozenset({"ar", "fa", "he", "ur"})
LONG_VALUE = 1000
SLASH_COMMAND = re.compile(r"(?<![\w/])/[a-z]+\b")


@dataclass(frozen=True)
class _Loaded:
    """One locale's messages: its bundle, each message's file, and the variables each message uses."""

    bundle: FluentBundle
    keys: dict[str, Path]
    variables: dict[str, frozenset[str]]
    # the text of each message that uses no variable, once rendered: most of what a turn says (buttons, questions)
    fixed: dict[str, str] = field(default_factory=dict)


class Translator:
    """Renders MessageRefs in a locale, falling back to the default locale for a missing message.

    Only the default locale is read when it is created; the others are read on first use, or all at once by
    `load_all()` (`python -m bot run` calls it in a thread once it listens, so a worker answers /healthz
    without parsing nine languages first, and `python -m bot check` calls it to find every broken file)."""

    def __init__(self, directory: Path, default: str = "en") -> None:
        self.directory = directory
        self.default = default
        self._folders = {p.name: p for p in sorted(directory.iterdir()) if p.is_dir()}
        self._loaded: dict[str, _Loaded] = {}
        self._lock = threading.Lock()  # load_all() may run in a thread beside the event loop's render()
        if default not in self._folders:
            raise FileNotFoundError(f"no locale folder {directory / default}")
        self._get(default)

    def _get(self, locale: str) -> _Loaded:
        loaded = self._loaded.get(locale)
        if loaded is None:
            with self._lock:
                loaded = self._loaded.get(locale)
                if loaded is None:
                    loaded = self._loaded[locale] = _load(locale, self._folders[locale])
        return loaded

    def load_all(self) -> None:
        """Read every locale now; a file that cannot be parsed raises ValueError."""
        for locale in self._folders:
            self._get(locale)

    @property
    def locales(self) -> list[str]:
        return sorted(self._folders)

    def keys(self) -> dict[str, dict[str, Path]]:
        return {locale: dict(self._get(locale).keys) for locale in self.locales}

    def variables(self) -> dict[str, dict[str, frozenset[str]]]:
        """Per locale and message: the variables it uses, counting messages it refers to."""
        return {locale: dict(self._get(locale).variables) for locale in self.locales}

    def has(self, locale: str, key: str) -> bool:
        return locale in self._folders and key in self._get(locale).keys

    def native_name(self, locale: str) -> str:
        name = Locale.parse(locale).get_display_name(locale) or locale
        return name[:1].upper() + name[1:]

    def supports(self, tag: str) -> bool:
        return _language_of(tag) in self._folders

    def negotiate(self, *candidates: str | None) -> str:
        """The first supported locale among candidates like 'pt-BR' or 'uk'; else the default."""
        return next((_language_of(c) for c in candidates if c and self.supports(c)), self.default)

    def render(self, locale: str, message: MessageRef | str, args: Mapping[str, Any] | None = None) -> str:
        if isinstance(message, str):
            message = MessageRef(message, args or {})
        locale = locale if locale in self._folders else self.default
        if not self.has(locale, message.key):
            log.warning("message %s missing in locale %s; using %s", message.key, locale, self.default)
            locale = self.default
        loaded = self._get(locale)
        if (fixed := loaded.fixed.get(message.key)) is not None:
            return fixed
        bundle = loaded.bundle
        # only the variables this translation uses: a prompt is given every answer so far, and
        # rendering each one (a choice label is itself a message) would be wasted work
        used = loaded.variables.get(message.key, frozenset())
        resolved = {name: self._resolve(locale, value) for name, value in message.args.items() if name in used}
        # fluent.runtime refuses any placeable longer than MAX_PART_LENGTH (a guard against expansion
        # attacks), but a victim's story may be longer: long values go in after formatting
        long_values = {}
        for name, value in resolved.items():
            if isinstance(value, str) and len(value) > LONG_VALUE:
                long_values[f"\ue000{len(long_values)}\ue001"] = value
                resolved[name] = next(reversed(long_values))
        pattern = bundle.get_message(message.key).value
        text, errors = bundle.format_pattern(pattern, resolved)
        for marker, value in long_values.items():
            text = text.replace(marker, value)
        if errors:
            # names only: the values may be a victim's words
            log.warning("message %s in %s: %s", message.key, locale, [type(e).__name__ for e in errors])
        if locale in RTL_LOCALES:
            # "/start" inside Arabic text would show as "start/": isolate it as left-to-right
            text = SLASH_COMMAND.sub("\u2066\\g<0>\u2069", text)
        if not used and not errors:  # the same text every time: worked out once
            loaded.fixed[message.key] = text
        return text

    def _resolve(self, locale: str, value: Any) -> Any:
        if isinstance(value, MessageRef):
            return self.render(locale, value)
        if isinstance(value, Formatted):
            return self.format(locale, value)
        return value

    def format(self, locale: str, value: Formatted) -> str:
        """Dates, times, amounts and numbers as people of `locale` write them (Babel, CLDR data)."""
        try:
            if value.kind == "date":
                return format_date(date.fromisoformat(value.value), "long", locale=locale)
            if value.kind == "datetime":
                return format_datetime(datetime.fromisoformat(value.value), "medium", locale=locale)
            if value.kind == "money":
                return format_currency(Decimal(value.value["amount"]), value.value["currency"], locale=locale)
            if value.kind == "number":
                return format_decimal(value.value, locale=locale)
        except (ValueError, KeyError, TypeError, ArithmeticError):
            log.warning("cannot format a %s value for %s", value.kind, locale)
        return str(value.value)


def _load(locale: str, folder: Path) -> _Loaded:
    # Isolation marks (FSI/PDI) keep user text from reordering right-to-left sentences; in
    # left-to-right locales they would only add invisible characters.
    bundle = FluentBundle([locale], use_isolating=locale in RTL_LOCALES)
    keys: dict[str, Path] = {}
    parser = FluentParser(with_spans=False)  # positions in the file: nobody reads them, 5 MB for nine locales
    uses: dict[str, tuple[set[str], set[str]]] = {}
    for path in sorted(folder.glob("*.ftl")):
        # parsed once: the bundle takes the same syntax tree (fluent.runtime's FluentResource only parses)
        resource = parser.parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                keys[entry.id.name] = path
                finder = _References()
                finder.visit(entry)
                uses[entry.id.name] = (finder.variables, finder.messages)
            elif isinstance(entry, ast.Junk):
                raise ValueError(f"{path}: cannot parse: {entry.content[:60]!r}")
        bundle.add_resource(resource)
    return _Loaded(bundle, keys, {key: _variables_of(key, uses) for key in uses})


def _language_of(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


class _References(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.variables: set[str] = set()
        self.messages: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.variables.add(node.id.name)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.messages.add(node.id.name)


def _variables_of(key: str, uses: dict[str, tuple[set[str], set[str]]], seen: frozenset[str] = frozenset()
                  ) -> frozenset[str]:
    own, referenced = uses.get(key, (set(), set()))
    found = set(own)
    for other in referenced - seen - {key}:
        found |= _variables_of(other, uses, seen | {key})
    return frozenset(found)

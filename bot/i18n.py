"""Every word a person reads: Fluent bundles per locale, message rendering and locale negotiation."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from babel import Locale
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast

from bot.engine.machine import MessageRef

log = logging.getLogger(__name__)

RTL_LOCALES = frozenset({"ar", "fa", "he", "ur"})


class Translator:
    """Renders MessageRefs in a locale, falling back to the default locale for a missing message."""

    def __init__(self, directory: Path, default: str = "en") -> None:
        self.directory = directory
        self.default = default
        self._bundles: dict[str, FluentBundle] = {}
        self._keys: dict[str, dict[str, Path]] = {}
        for folder in sorted(p for p in directory.iterdir() if p.is_dir()):
            self._load(folder.name, folder)
        if default not in self._bundles:
            raise FileNotFoundError(f"no locale folder {directory / default}")

    def _load(self, locale: str, folder: Path) -> None:
        # Isolation marks (FSI/PDI) keep user text from reordering right-to-left sentences; in
        # left-to-right locales they would only add invisible characters.
        bundle = FluentBundle([locale], use_isolating=locale in RTL_LOCALES)
        keys: dict[str, Path] = {}
        parser = FluentParser()
        for path in sorted(folder.glob("*.ftl")):
            text = path.read_text(encoding="utf-8")
            for entry in parser.parse(text).body:
                if isinstance(entry, ast.Message):
                    keys[entry.id.name] = path
                elif isinstance(entry, ast.Junk):
                    raise ValueError(f"{path}: cannot parse: {entry.content[:60]!r}")
            bundle.add_resource(FluentResource(text))
        self._bundles[locale] = bundle
        self._keys[locale] = keys

    @property
    def locales(self) -> list[str]:
        return sorted(self._bundles)

    def keys(self) -> dict[str, dict[str, Path]]:
        return {locale: dict(keys) for locale, keys in self._keys.items()}

    def has(self, locale: str, key: str) -> bool:
        return key in self._keys.get(locale, {})

    def native_name(self, locale: str) -> str:
        name = Locale.parse(locale).get_display_name(locale) or locale
        return name[:1].upper() + name[1:]

    def negotiate(self, *candidates: str | None) -> str:
        """The first supported locale among candidates like 'pt-BR' or 'uk'; else the default."""
        for candidate in candidates:
            if not candidate:
                continue
            language = candidate.replace("_", "-").split("-")[0].lower()
            if language in self._bundles:
                return language
        return self.default

    def render(self, locale: str, message: MessageRef | str, args: Mapping[str, Any] | None = None) -> str:
        if isinstance(message, str):
            message = MessageRef(message, args or {})
        locale = locale if locale in self._bundles else self.default
        if not self.has(locale, message.key):
            log.warning("message %s missing in locale %s; using %s", message.key, locale, self.default)
            locale = self.default
        bundle = self._bundles[locale]
        resolved = {name: self.render(locale, value) if isinstance(value, MessageRef) else value
                    for name, value in message.args.items()}
        pattern = bundle.get_message(message.key).value
        text, errors = bundle.format_pattern(pattern, resolved)
        if errors:
            # names only: the values may be a victim's words
            log.warning("message %s in %s: %s", message.key, locale, [type(e).__name__ for e in errors])
        return text

"""Encryption at rest: message bodies, answers, case lines and evidence files sealed when DATA_ENCRYPTION_KEY is set.

A sealed value is a Fernet token (AES-128-CBC with HMAC-SHA256, from `cryptography`) behind a marker, so clear
values written before a key was set stay readable and `python -m bot keys rotate` can find what to seal:

- in a JSON column, the JSON string `"fd1:<token>"` in place of the object (the column type does not change);
- in a text column, `fd1:<token>`; an empty text stays empty (it says nothing, and `text != ''` keeps working);
- in an evidence file, `FDSEAL1\\n<token>`; the file keeps the SHA-256 of its clear content as its name.

Several keys may be given, comma-separated: the first seals, every one opens (`MultiFernet`). Rotating is: put a
new key first, restart, run `keys rotate` (everything is sealed again under the first key), then drop the old one.

The key is the process's: one setting, read at start-up (`use`), used by the column types below and the file
store, so that no query can forget to seal or open. Without the key a sealed value cannot be opened: reading one
raises `SealedWithoutKey`, which start-up turns into one clear line (`bot.storage.db.check_sealed`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import JSON, Text
from sqlalchemy.types import TypeDecorator

from bot.storage.jsontext import dumps

MARK = "fd1:"
FILE_MARK = b"FDSEAL1\n"
TOKEN_START = MARK + "gAAAAA"


class SealedWithoutKey(RuntimeError):
    """A sealed value was read, and no key given (or none of the keys given) opens it."""


class Sealer:
    """Seals and opens values with the keys given (none: values are written in clear, sealed ones can't be read)."""

    def __init__(self, keys: Iterable[str] = ()) -> None:
        self.keys = [key.strip() for key in keys if key.strip()]
        self._fernet: Any = None
        self._first: Any = None
        if self.keys:
            from cryptography.fernet import Fernet, MultiFernet  # only where a key is set: start-up stays quick

            fernets = [Fernet(key.encode("ascii")) for key in self.keys]
            self._fernet, self._first = MultiFernet(fernets), fernets[0]

    @property
    def active(self) -> bool:
        return self._fernet is not None

    # -- text ---------------------------------------------------------------------------------------------
    def seal(self, text: str) -> str:
        if self._fernet is None or not text:
            return text
        return MARK + self._fernet.encrypt(text.encode("utf-8")).decode("ascii")

    def open(self, value: str) -> str:
        if not is_sealed(value):
            return value
        return self._decrypt(value[len(MARK):].encode("ascii")).decode("utf-8")

    def reseal(self, value: str) -> str:
        """`value` sealed under the first key, whether it was clear or sealed under any key."""
        return self.seal(self.open(value))

    def under_first_key(self, value: str | bytes) -> bool:
        """Whether a stored text or file is sealed, under the first key (what `keys rotate` leaves alone)."""
        if self._first is None:
            return False
        if isinstance(value, bytes):
            token = value[len(FILE_MARK):] if value.startswith(FILE_MARK) else None
        else:
            token = value[len(MARK):].encode("ascii") if is_sealed(value) else None
        if token is None:
            return False
        from cryptography.fernet import InvalidToken

        try:
            self._first.decrypt(token)
        except InvalidToken:
            return False
        return True

    # -- a JSON value ---------------------------------------------------------------------------------------
    def seal_json(self, value: Any) -> Any:
        if self._fernet is None or not value:  # nothing, or an empty list or object: it says nothing
            return value
        return self.seal(dumps(value))  # as unsealed JSON is written: a lone surrogate escaped, not a UTF-8 error

    def open_json(self, value: Any) -> Any:
        return json.loads(self.open(value)) if is_sealed(value) else value

    # -- files ----------------------------------------------------------------------------------------------
    def seal_bytes(self, data: bytes) -> bytes:
        if self._fernet is None or data.startswith(FILE_MARK):
            return data
        return FILE_MARK + self._fernet.encrypt(data)

    def open_bytes(self, data: bytes) -> bytes:
        if not data.startswith(FILE_MARK):
            return data
        return self._decrypt(data[len(FILE_MARK):])

    def _decrypt(self, token: bytes) -> bytes:
        if self._fernet is None:
            raise SealedWithoutKey("this value is encrypted and DATA_ENCRYPTION_KEY is not set")
        from cryptography.fernet import InvalidToken

        try:
            return bytes(self._fernet.decrypt(token))
        except InvalidToken:
            raise SealedWithoutKey("no key in DATA_ENCRYPTION_KEY opens this value (a key was changed or "
                                   "dropped before `python -m bot keys rotate` ran)") from None


def is_sealed(value: Any) -> bool:
    # the marker and a Fernet token's first bytes (version 0x80, then a timestamp): nobody types that by chance
    return isinstance(value, str) and value.startswith(TOKEN_START)


def new_key() -> str:
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode("ascii")


_current = Sealer()


def use(sealer: Sealer) -> Sealer:
    """Make `sealer` the process's; the one it replaces is returned (for tests that put it back)."""
    global _current
    previous, _current = _current, sealer
    return previous


def current() -> Sealer:
    return _current


class SealedJSON(TypeDecorator[Any]):
    """A JSON column whose value is sealed when a key is set (see the module's docstring)."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return _current.seal_json(value)

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return _current.open_json(value)


class SealedText(TypeDecorator[str]):
    """A text column whose value is sealed when a key is set; the empty text stays empty."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return _current.seal(value) if isinstance(value, str) else value

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return _current.open(value) if isinstance(value, str) else value

"""The JSON text of stored columns (a conversation's state, a message's body), written the same way on every path."""

from __future__ import annotations

import json
from typing import Any

import orjson

_OPTIONS = orjson.OPT_NON_STR_KEYS  # {1: "a"} written as {"1": "a"}, as json.dumps does


def dumps(value: Any) -> str:
    """`value` as JSON text: orjson's, about six times quicker than `json.dumps` for a turn's state, and the
    same JSON read back. What orjson refuses (an integer beyond 64 bits, a lone surrogate a platform let
    through) is written by `json.dumps`, which escapes it. Read back with `json.loads`, as before: orjson's
    reader would turn an integer beyond 64 bits into a float and refuses an escaped lone surrogate."""
    try:
        return orjson.dumps(value, option=_OPTIONS).decode()
    except TypeError:
        return json.dumps(value)


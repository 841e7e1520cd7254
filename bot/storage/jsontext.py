"""The JSON text of stored columns (a conversation's state, a message's body), written the same way on every path."""

from __future__ import annotations

import json
from typing import Any

import orjson

# {1: "a"} written as {"1": "a"}, as json.dumps does; a datetime or a dataclass refused, as json.dumps refuses it
# (orjson would write them, and they would come back as something else)
_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def dumps(value: Any) -> str:
    """`value` as JSON text: orjson's, about six times quicker than `json.dumps` for a turn's state, and the
    same JSON read back. What orjson refuses (an integer beyond 64 bits, a lone surrogate a platform let
    through) is written by `json.dumps`, which escapes it, or refuses it too (a datetime) with its TypeError.
    Read back with `json.loads`, as before: orjson's reader would turn an integer beyond 64 bits into a float
    and refuses an escaped lone surrogate."""
    try:
        return orjson.dumps(value, option=_OPTIONS).decode()
    except TypeError:
        return json.dumps(value)

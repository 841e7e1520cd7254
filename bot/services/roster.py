"""Who is on call, when: the on-call flag and weekly shifts in each shift's own time zone, and the one-time
invite codes a volunteer sends as `/link CODE`. Pure functions: no store, no clock of their own."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.ports import VolunteerRecord

IDENTITY_PLATFORMS = ("telegram", "discord")  # where a volunteer has an identity (VolunteerRecord.identity)
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # datetime.weekday() order
_FULL_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EVERY_DAY = frozenset({"daily", "every", "everyday", "all", "*"})
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
DAY_MINUTES = 24 * 60

# Invite codes: easy to read aloud and to type on a phone. No 0/O, 1/I/L, and no lower case to confuse.
INVITE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
INVITE_LENGTH = 8
INVITE_DAYS = 7


# -- who may act on a case --------------------------------------------------------------------------------
def acts_for(volunteer: VolunteerRecord, claimer: VolunteerRecord | None) -> bool:
    """Release, resolve, "still on it", hand over or answer the person: the claimer, or any coordinator.
    A case nobody holds is resolved by a coordinator only (a volunteer claims it first). The coordinator
    role itself is given on the command line alone (`python -m bot volunteer add --coordinator`)."""
    return volunteer.coordinator or (claimer is not None and claimer.id == volunteer.id)


# -- shifts ---------------------------------------------------------------------------------------------
def parse_days(days: str) -> list[int]:
    """'mon-fri', 'sat,sun', 'fri-mon' (across the week's end), 'mon,wed-fri', 'daily' -> weekday numbers."""
    text = days.strip().lower()
    if not text:
        raise ValueError("no days given: write them like mon-fri, sat,sun or daily")
    if text in _EVERY_DAY:
        return list(range(7))
    found: set[int] = set()
    for part in text.split(","):
        part = part.strip()
        first, dash, last = part.partition("-")
        if dash:
            start, end = _day(first), _day(last)
            found.update((start + i) % 7 for i in range((end - start) % 7 + 1))
        else:
            found.add(_day(first))
    return sorted(found)


def _day(name: str) -> int:
    name = name.strip()
    for names in (DAY_NAMES, _FULL_DAY_NAMES):
        if name in names:
            return names.index(name)
    raise ValueError(f"unknown day {name!r}: use {', '.join(DAY_NAMES)} (ranges like mon-fri, lists like sat,sun)")


def parse_time(value: str, *, end: bool = False) -> str:
    """'18:00', '8:30' -> 'HH:MM'; '24:00' only as the end of a shift (midnight at its end)."""
    match = _TIME.fullmatch(value.strip())
    if match is None:
        raise ValueError(f"time {value!r} is not HH:MM (24-hour clock, e.g. 08:30 or 18:00)")
    hours, minutes = int(match[1]), int(match[2])
    if minutes > 59 or hours > 24 or (hours == 24 and (minutes or not end)):
        raise ValueError(f"time {value!r} is not a time of day (00:00 to 23:59{', or 24:00 as an end' if end else ''})")
    return f"{hours:02d}:{minutes:02d}"


def parse_zone(name: str) -> ZoneInfo:
    try:
        if not name.strip() or name != name.strip():
            raise ValueError
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r}: use an IANA name such as Europe/Paris, "
                         "America/New_York or UTC") from None


def parse_shift(days: str = "mon-fri", start: str = "18:00", end: str = "23:00",
                tz: str = "Europe/Paris") -> dict[str, Any]:
    """A weekly shift as stored: {"days": [0..6], "from": "HH:MM", "to": "HH:MM", "tz": IANA name}. `days`
    are the days the shift starts; an end earlier than the start runs past midnight into the next day."""
    shift = {"days": parse_days(days), "from": parse_time(start), "to": parse_time(end, end=True),
             "tz": tz.strip()}
    parse_zone(shift["tz"])
    if shift["from"] == shift["to"]:
        raise ValueError(f"the shift starts and ends at {shift['from']}: for a whole day use 00:00 to 24:00")
    return shift


def _minutes(value: str) -> int:
    hours, minutes = value.split(":")
    return int(hours) * 60 + int(minutes)


def in_shift(shift: Mapping[str, Any], now: datetime) -> bool:
    """Is `now` (aware) inside this weekly shift, read on the wall clock of the shift's time zone?"""
    local = now.astimezone(parse_zone(shift["tz"]))
    minute = local.hour * 60 + local.minute
    today = local.weekday()
    yesterday = (today - 1) % 7
    days = set(shift["days"])
    start, end = _minutes(shift["from"]), _minutes(shift["to"])
    if start < end:
        return today in days and start <= minute < end
    # across midnight: the evening part on a shift day, the morning part on the day after one
    return (today in days and minute >= start) or (yesterday in days and minute < end)


def on_call_now(volunteer: VolunteerRecord, now: datetime) -> bool:
    """On call by the flag (`/oncall on`), or inside one of their weekly shifts."""
    if now.tzinfo is None:
        raise ValueError("on_call_now needs an aware datetime (UTC or a zone)")
    return volunteer.on_call or any(in_shift(shift, now) for shift in volunteer.shifts)


def in_a_shift(volunteer: VolunteerRecord, now: datetime) -> bool:
    return any(in_shift(shift, now) for shift in volunteer.shifts)


def who_is_on_call(volunteers: Iterable[VolunteerRecord], now: datetime,
                   language: str | None = None) -> list[VolunteerRecord]:
    """The volunteers on call at `now` (who speak `language`, if given), by name."""
    wanted = language.lower() if language else None
    return sorted((v for v in volunteers if on_call_now(v, now) and (wanted is None or wanted in v.languages)),
                  key=lambda v: v.name.casefold())


def describe_days(days: Iterable[int]) -> str:
    """[0, 1, 2, 3, 4] -> 'mon-fri'; [5, 6] -> 'sat-sun'; [0, 2, 4] -> 'mon,wed,fri'; all -> 'daily'."""
    chosen = sorted(set(days))
    if len(chosen) == 7:
        return "daily"
    runs: list[list[int]] = []
    for day in chosen:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    if len(runs) > 1 and runs[0][0] == 0 and runs[-1][-1] == 6:  # a run across the week's end: fri-mon
        runs[0] = runs.pop() + runs[0]
    parts = [DAY_NAMES[r[0]] if len(r) == 1 else
             f"{DAY_NAMES[r[0]]},{DAY_NAMES[r[1]]}" if len(r) == 2 else f"{DAY_NAMES[r[0]]}-{DAY_NAMES[r[-1]]}"
             for r in runs]
    return ",".join(parts)


def describe_shift(shift: Mapping[str, Any]) -> str:
    """'mon-fri 18:00-23:00 Europe/Paris'."""
    return f"{describe_days(shift['days'])} {shift['from']}-{shift['to']} {shift['tz']}"


# -- invites --------------------------------------------------------------------------------------------
def new_invite_code() -> str:
    """A one-time code: 8 characters from an alphabet without look-alikes (31^8, about 8.5e11 codes)."""
    return "".join(secrets.choice(INVITE_ALPHABET) for _ in range(INVITE_LENGTH))


def normalize_invite(code: str) -> str:
    """How a code is compared: upper case, without the spaces or dashes a person may type."""
    return re.sub(r"[\s\-_]+", "", code).upper()


def invite_hash(code: str) -> str:
    """SHA-256 (hex) of the normalized code: only this is stored, never the code."""
    return hashlib.sha256(normalize_invite(code).encode("utf-8")).hexdigest()


def invite_expiry(now: datetime) -> datetime:
    return now + timedelta(days=INVITE_DAYS)

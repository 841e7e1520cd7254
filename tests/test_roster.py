"""Who is on call when: the flag, weekly shifts on the wall clock of their own time zone (across midnight,
across the week's end, on the days the clocks change), and invite codes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.ports import VolunteerRecord
from bot.services.roster import (
    INVITE_ALPHABET,
    describe_days,
    describe_shift,
    in_shift,
    invite_hash,
    new_invite_code,
    on_call_now,
    parse_days,
    parse_shift,
    who_is_on_call,
)

PARIS = ZoneInfo("Europe/Paris")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def volunteer(name: str = "Ana", *shifts: dict, on_call: bool = False, languages: tuple[str, ...] = ("en",),
              role: str = "volunteer", id: int = 1) -> VolunteerRecord:
    return VolunteerRecord(id, name, languages=languages, role=role, on_call=on_call, shifts=tuple(shifts))


# -- parsing ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "days"), [
    ("mon-fri", [0, 1, 2, 3, 4]), ("sat,sun", [5, 6]), ("fri-mon", [0, 4, 5, 6]), ("mon,wed-fri", [0, 2, 3, 4]),
    ("Monday", [0]), ("daily", list(range(7))), (" SUN ", [6]), ("mon-sun", list(range(7))), ("wed-wed", [2]),
])
def test_days(text: str, days: list[int]) -> None:
    assert parse_days(text) == days


def test_a_shift_as_stored() -> None:
    assert parse_shift("mon-fri", "18:00", "23:00", "Europe/Paris") == {
        "days": [0, 1, 2, 3, 4], "from": "18:00", "to": "23:00", "tz": "Europe/Paris"}
    assert parse_shift("sat", "8:30", "24:00", "UTC") == {"days": [5], "from": "08:30", "to": "24:00", "tz": "UTC"}
    assert parse_shift() == parse_shift("mon-fri", "18:00", "23:00", "Europe/Paris")


@pytest.mark.parametrize(("args", "words"), [
    (("mo-fr", "18:00", "23:00", "UTC"), "unknown day 'mo'"),
    (("", "18:00", "23:00", "UTC"), "no days given"),
    (("mon", "6pm", "23:00", "UTC"), "not HH:MM"),
    (("mon", "18:60", "23:00", "UTC"), "not a time of day"),
    (("mon", "24:00", "23:00", "UTC"), "not a time of day"),
    (("mon", "18:00", "24:30", "UTC"), "not a time of day"),
    (("mon", "18:00", "18:00", "UTC"), "starts and ends at 18:00"),
    (("mon", "18:00", "23:00", "Europe/Pariss"), "unknown time zone 'Europe/Pariss'"),
    (("mon", "18:00", "23:00", "../../etc/passwd"), "unknown time zone"),
    (("mon", "18:00", "23:00", ""), "unknown time zone"),
])
def test_bad_shifts_are_refused_clearly(args: tuple[str, ...], words: str) -> None:
    with pytest.raises(ValueError, match=words.replace("(", r"\(")):
        parse_shift(*args)


def test_shifts_are_described_as_they_were_typed() -> None:
    assert describe_days([0, 1, 2, 3, 4]) == "mon-fri"
    assert describe_days([0, 4, 5, 6]) == "fri-mon"
    assert describe_days([0, 2, 4]) == "mon,wed,fri"
    assert describe_days([5, 6]) == "sat,sun"
    assert describe_days(range(7)) == "daily"
    assert describe_shift(parse_shift("mon-fri", "18:00", "23:00", "Europe/Paris")) == \
        "mon-fri 18:00-23:00 Europe/Paris"


# -- on call now -----------------------------------------------------------------------------------------
def test_the_flag_alone_puts_someone_on_call() -> None:
    assert on_call_now(volunteer(on_call=True), utc(2026, 1, 5, 3, 0))
    assert not on_call_now(volunteer(), utc(2026, 1, 5, 3, 0))


def test_a_shift_is_read_on_its_own_wall_clock() -> None:
    evening = parse_shift("mon-fri", "18:00", "23:00", "Europe/Paris")
    ana = volunteer("Ana", evening)
    # Monday 5 January 2026: Paris is UTC+1 in winter
    assert not on_call_now(ana, utc(2026, 1, 5, 16, 59))
    assert on_call_now(ana, utc(2026, 1, 5, 17, 0))  # 18:00 in Paris
    assert on_call_now(ana, utc(2026, 1, 5, 21, 59))
    assert not on_call_now(ana, utc(2026, 1, 5, 22, 0))  # 23:00 in Paris: the end is not in the shift
    # Monday 6 July 2026: UTC+2 in summer, the same wall-clock hours
    assert on_call_now(ana, utc(2026, 7, 6, 16, 0))
    assert not on_call_now(ana, utc(2026, 7, 6, 21, 0))
    # Saturday: no shift
    assert not on_call_now(ana, utc(2026, 1, 10, 18, 0))
    # the same instant, given in another zone, is the same answer
    assert on_call_now(ana, datetime(2026, 1, 5, 12, 30, tzinfo=ZoneInfo("America/New_York")))


def test_a_shift_across_midnight_belongs_to_the_day_it_starts() -> None:
    night = parse_shift("fri", "22:00", "06:00", "Asia/Tokyo")  # UTC+9, no summer time
    bo = volunteer("Bo", night)
    friday_23h = datetime(2026, 1, 9, 23, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert on_call_now(bo, friday_23h)
    assert on_call_now(bo, friday_23h + timedelta(hours=6, minutes=59))  # Saturday 05:59
    assert not on_call_now(bo, friday_23h + timedelta(hours=7))  # Saturday 06:00
    assert not on_call_now(bo, friday_23h - timedelta(hours=1, minutes=1))  # Friday 21:59
    # Friday's early hours belong to Thursday's night, which is not a shift
    assert not on_call_now(bo, datetime(2026, 1, 9, 3, 0, tzinfo=ZoneInfo("Asia/Tokyo")))
    # sunday night into monday morning: across the week's end
    sunday = volunteer("Cy", parse_shift("sun", "20:00", "02:00", "UTC"))
    assert on_call_now(sunday, utc(2026, 1, 12, 1, 59))  # Monday 01:59
    assert not on_call_now(sunday, utc(2026, 1, 12, 2, 0))


def test_a_whole_day_runs_to_midnight() -> None:
    day = volunteer("Di", parse_shift("sat", "00:00", "24:00", "UTC"))
    assert on_call_now(day, utc(2026, 1, 10, 0, 0))
    assert on_call_now(day, utc(2026, 1, 10, 23, 59, 59))
    assert not on_call_now(day, utc(2026, 1, 11, 0, 0))


def test_the_days_the_clocks_change() -> None:
    # Paris springs forward on Sunday 29 March 2026 at 02:00 (to 03:00) and falls back on 25 October at 03:00
    early = volunteer("Ed", parse_shift("sun", "01:00", "04:00", "Europe/Paris"))
    assert on_call_now(early, utc(2026, 3, 29, 0, 0))  # 01:00 CET
    assert on_call_now(early, utc(2026, 3, 29, 1, 30))  # 03:30 CEST: the hour 02:00-03:00 never happened
    assert not on_call_now(early, utc(2026, 3, 29, 2, 0))  # 04:00 CEST: the shift lasted two real hours
    assert on_call_now(early, utc(2026, 10, 25, 0, 30))  # 02:30 CEST
    assert on_call_now(early, utc(2026, 10, 25, 1, 30))  # 02:30 CET, the hour lived twice
    assert on_call_now(early, utc(2026, 10, 25, 2, 59))  # 03:59 CET: four real hours that night
    assert not on_call_now(early, utc(2026, 10, 25, 3, 0))
    # an evening shift keeps its wall-clock hours on both sides of the change
    evening = volunteer("Flo", parse_shift("sat-sun", "18:00", "23:00", "Europe/Paris"))
    assert on_call_now(evening, utc(2026, 3, 28, 17, 0))  # Saturday 18:00 CET
    assert not on_call_now(evening, utc(2026, 3, 29, 16, 0) - timedelta(minutes=1))  # Sunday 17:59 CEST
    assert on_call_now(evening, utc(2026, 3, 29, 16, 0))  # Sunday 18:00 CEST


def test_a_naive_time_is_a_mistake() -> None:
    with pytest.raises(ValueError, match="aware"):
        on_call_now(volunteer(), datetime(2026, 1, 5, 18, 0))


def test_in_shift_is_the_same_for_any_representation_of_an_instant() -> None:
    shift = parse_shift("mon-fri", "09:00", "17:00", "America/New_York")
    instant = utc(2026, 2, 2, 14, 0)  # Monday 09:00 in New York
    assert in_shift(shift, instant) and in_shift(shift, instant.astimezone(PARIS))


def test_who_is_on_call_by_language_and_name() -> None:
    now = utc(2026, 1, 5, 19, 0)  # Monday 20:00 in Paris
    roster = [
        volunteer("zoe", on_call=True, languages=("fr", "en"), id=1),
        volunteer("Ana", parse_shift("mon", "18:00", "23:00", "Europe/Paris"), languages=("uk",), id=2),
        volunteer("Bo", languages=("fr",), id=3),
        volunteer("Cy", parse_shift("tue", "18:00", "23:00", "Europe/Paris"), languages=("fr",), id=4),
    ]
    assert [v.name for v in who_is_on_call(roster, now)] == ["Ana", "zoe"]
    assert [v.name for v in who_is_on_call(roster, now, "fr")] == ["zoe"]
    assert [v.name for v in who_is_on_call(roster, now, "UK")] == ["Ana"]
    assert who_is_on_call(roster, now, "ar") == []


# -- invites ---------------------------------------------------------------------------------------------
def test_invite_codes_are_short_unambiguous_and_stored_as_hashes_only() -> None:
    codes = {new_invite_code() for _ in range(500)}
    assert len(codes) == 500
    for code in codes:
        assert len(code) == 8 and set(code) <= set(INVITE_ALPHABET)
    assert not set("01ILO") & set(INVITE_ALPHABET)
    code = next(iter(codes))
    digest = invite_hash(code)
    assert len(digest) == 64 and code not in digest and int(digest, 16) >= 0
    # what a person may type instead: lower case, a space or a dash in the middle
    assert invite_hash(code.lower()) == digest
    assert invite_hash(f" {code[:4]}-{code[4:]} ") == digest
    assert invite_hash(f"{code[:4]} {code[4:]}") == digest
    assert invite_hash("ABCD2345") != invite_hash("ABCD2346")

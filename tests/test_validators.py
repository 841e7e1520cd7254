"""Answer validators: real multilingual answers in, normalized values or Fluent error ids out."""

import dataclasses
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, FluentSerializer, ast
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.validators import ERROR_KEYS, VALIDATOR_NAMES, Invalid, Valid, validate
from tests.fresh_process import printed_lines

# A Friday morning, UTC.
NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
FTL = Path(__file__).resolve().parents[1] / "locales" / "en" / "validation.ftl"


def run(name, text, locale="en", now=NOW, **params):
    result = validate(name, text, locale=locale, params=params, now=now)
    assert isinstance(result, Valid | Invalid)
    if isinstance(result, Invalid):
        assert result.error in ERROR_KEYS
    else:
        json.dumps(result.value)  # must be storable as it is
    return result


def accepted(name, text, locale="en", **params):
    result = run(name, text, locale, **params)
    assert isinstance(result, Valid), f"{name} refused {text!r} ({locale}): {result}"
    return result


def refused(name, text, locale="en", **params):
    result = run(name, text, locale, **params)
    assert isinstance(result, Invalid), f"{name} accepted {text!r} ({locale}): {result}"
    return result


# --- interface -------------------------------------------------------------------------------------


def test_validator_names():
    expected = {"text", "date", "datetime", "email", "url", "phone", "money", "yes_no", "number"}
    assert expected == VALIDATOR_NAMES


def test_unknown_validator_raises_key_error():
    with pytest.raises(KeyError):
        validate("colour", "blue")


def test_results_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Valid(1, "1").value = 2  # type: ignore[misc]
    assert Invalid("invalid-date").args == {}


def test_defaults_to_now_in_utc():
    before = datetime.now(UTC)
    result = validate("date", "yesterday")
    after = datetime.now(UTC)
    assert result.value in {(moment - timedelta(days=1)).date().isoformat() for moment in (before, after)}


def test_relative_dates_use_the_timezone_of_now():
    # 01:00 in Kyiv is still the previous day in UTC.
    kyiv_now = datetime(2026, 11, 27, 1, 0, tzinfo=timezone(timedelta(hours=2)))
    assert validate("date", "вчора", locale="uk", now=kyiv_now).value == "2026-11-26"


@pytest.mark.parametrize("locale", ["fr-CH", "pt_BR", "FR", "pl", ""])
def test_regional_or_unsupported_locales_still_work(locale):
    assert validate("date", "hier", locale=locale, now=NOW).value == "2026-11-26"


@settings(max_examples=150, deadline=None)
@given(
    name=st.sampled_from(sorted(VALIDATOR_NAMES)),
    text=st.text(max_size=40) | st.from_regex(r"[0-9 .,:/'h-]{1,20}", fullmatch=True),
    locale=st.sampled_from(["en", "fr", "de", "es", "it", "pt", "uk", "ru", "ar"]),
)
def test_any_text_gets_an_answer_not_a_crash(name, text, locale):
    run(name, text, locale)


# --- text ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("  Someone called me pretending to be my bank.  ", "Someone called me pretending to be my bank."),
        ("Мені подзвонили з банку", "Мені подзвонили з банку"),
        ("اتصل بي شخص", "اتصل بي شخص"),
        ("line one\nline two", "line one\nline two"),
    ],
)
def test_text_accepted(text, value):
    assert accepted("text", text).value == value


def test_text_display_is_shortened():
    result = accepted("text", "word " * 40)
    assert len(result.display) == 60
    assert result.display.endswith("…")
    assert accepted("text", "short answer").display == "short answer"


@pytest.mark.parametrize(
    ("text", "params", "error", "args"),
    [
        ("", {}, "invalid-text-too-short", {"min": 1}),
        ("   \n ", {}, "invalid-text-too-short", {"min": 1}),
        ("help", {"min_length": 10}, "invalid-text-too-short", {"min": 10}),
        ("x" * 4001, {}, "invalid-text-too-long", {"max": 4000}),
        ("too long", {"max_length": 5}, "invalid-text-too-long", {"max": 5}),
    ],
)
def test_text_refused(text, params, error, args):
    result = refused("text", text, **params)
    assert (result.error, dict(result.args)) == (error, args)


# --- yes / no --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("yes", "en"), ("Y", "en"), ("yeah", "en"), ("Yep!", "en"), ("ok", "en"), ("of course", "en"),
        ("oui", "fr"), ("Ouais", "fr"), ("oui merci", "fr"), ("bien sûr", "fr"), ("d'accord", "fr"),
        ("ja", "de"), ("Ja, bitte", "de"), ("genau", "de"),
        ("sí", "es"), ("si", "es"), ("claro", "es"), ("sì", "it"), ("certo", "it"),
        ("sim", "pt"), ("Sim.", "pt"),
        ("так", "uk"), ("Так!", "uk"), ("ага", "uk"), ("угу", "ru"), ("да", "ru"), ("конечно", "ru"),
        ("نعم", "ar"), ("نعم،", "ar"), ("أكيد", "ar"),
        ("👍", "en"), ("👍🏽", "en"), ("✅", "en"), ("✔️", "en"), ("yesss", "en"), ("OUIII", "fr"),
    ],
)
def test_yes(text, locale):
    result = accepted("yes_no", text, locale)
    assert (result.value, result.display) == (True, "yes")


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("no", "en"), ("n", "en"), ("nope", "en"), ("No thanks", "en"), ("of course not", "en"),
        ("non", "fr"), ("Non.", "fr"), ("pas du tout", "fr"),
        ("nein", "de"), ("nö", "de"), ("no", "es"), ("claro que no", "es"), ("no grazie", "it"),
        ("não", "pt"), ("nao", "pt"),
        ("ні", "uk"), ("ні, дякую", "uk"), ("нет", "ru"), ("нееет", "ru"),
        ("لا", "ar"), ("لأ", "ar"), ("كلا", "ar"),
        ("👎", "en"), ("❌", "en"), ("nooo", "en"),
    ],
)
def test_no(text, locale):
    result = accepted("yes_no", text, locale)
    assert (result.value, result.display) == (False, "no")


@pytest.mark.parametrize(
    "text",
    ["maybe", "peut-être", "yes no", "oui non", "", "   ", "merci", "I think so?", "42",
     # these start with a "no" word but mean "I don't know"
     "no sé", "non lo so", "não sei", "не знаю", "لا أعرف"],
)
def test_yes_no_refused(text):
    assert refused("yes_no", text).error == "invalid-yes-no"


# --- number ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("12", "en", 12),
        ("1,5", "fr", 1.5),
        ("1,5", "en", 1.5),
        ("1.5", "en", 1.5),
        ("1 000", "fr", 1000),
        ("1\u00a0000", "fr", 1000),
        ("1\u202f000", "fr", 1000),
        ("1'000", "de", 1000),
        ("1,000", "en", 1000),
        ("1,000", "fr", 1.0),  # a comma is a decimal mark outside English
        ("1.000", "de", 1000),
        ("1.000,5", "de", 1000.5),
        ("1,000,000", "en", 1_000_000),
        ("٣", "ar", 3),
        ("١٢", "ar", 12),
        ("٣٫٥", "ar", 3.5),
        ("0,5", "it", 0.5),
        (".5", "en", 0.5),
        ("-5", "en", -5),
        ("about 20", "en", 20),
        ("environ 20", "fr", 20),
        ("~20", "en", 20),
    ],
)
def test_number_accepted(text, locale, value):
    result = accepted("number", text, locale)
    assert result.value == value
    assert type(result.value) is type(value)


@pytest.mark.parametrize(
    ("text", "params", "error", "args"),
    [
        ("abc", {}, "invalid-number", {}),
        ("", {}, "invalid-number", {}),
        ("5 days", {}, "invalid-number", {}),
        ("1 2", {}, "invalid-number", {}),
        ("3 to 5", {}, "invalid-number", {}),
        ("1,5", {"integer": True}, "invalid-number-integer", {}),
        ("11", {"min": 1, "max": 10}, "invalid-number-range", {"min": 1, "max": 10}),
        ("0", {"min": 1, "max": 10}, "invalid-number-range", {"min": 1, "max": 10}),
        ("-1", {"min": 0}, "invalid-number-too-small", {"min": 0}),
        ("1 000", {"max": 100}, "invalid-number-too-large", {"max": 100}),
    ],
)
def test_number_refused(text, params, error, args):
    result = refused("number", text, **params)
    assert (result.error, dict(result.args)) == (error, args)


def test_number_integer_and_bounds_accepted():
    assert accepted("number", "3", integer=True, min=1, max=10).value == 3
    assert accepted("number", "2,0", "fr", integer=True).value == 2


# --- money -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency"),
    [
        ("500 euros", "en", "500.00", "EUR"),
        ("€500", "en", "500.00", "EUR"),
        ("500€", "fr", "500.00", "EUR"),
        ("$1,000", "en", "1000.00", "USD"),
        ("1000 грн", "uk", "1000.00", "UAH"),
        ("1000 гривень", "uk", "1000.00", "UAH"),
        ("10 000 ₴", "uk", "10000.00", "UAH"),
        ("200 USD", "en", "200.00", "USD"),
        ("200 usd", "en", "200.00", "USD"),
        ("0.5 BTC", "en", "0.50", "BTC"),
        ("0,00012345 BTC", "fr", "0.00012345", "BTC"),
        ("50 francs", "fr", "50.00", "CHF"),
        ("CHF 1'200.50", "de", "1200.50", "CHF"),
        ("Fr. 50.-", "de", "50.00", "CHF"),
        ("100 рублей", "ru", "100.00", "RUB"),
        ("100 руб.", "ru", "100.00", "RUB"),
        ("£20", "en", "20.00", "GBP"),
        ("20 livres sterling", "fr", "20.00", "GBP"),
        ("1.000,50 €", "de", "1000.50", "EUR"),
        ("1 000,50 €", "fr", "1000.50", "EUR"),
        ("1.000 €", "fr", "1000.00", "EUR"),  # money never has three decimals
        ("12,5 €", "fr", "12.50", "EUR"),
        ("500 دولار", "ar", "500.00", "USD"),
        ("٥٠٠ دولار", "ar", "500.00", "USD"),
        ("500 يورو", "ar", "500.00", "EUR"),
        ("300 ريال", "ar", "300.00", "SAR"),
        ("300 درهم", "ar", "300.00", "AED"),
        ("R$ 200", "pt", "200.00", "BRL"),
        ("300 SEK", "en", "300.00", "SEK"),
        ("environ 500 €", "fr", "500.00", "EUR"),
        ("5k €", "en", "5000.00", "EUR"),
        ("2 millions d'euros", "fr", "2000000.00", "EUR"),
        ("0 €", "fr", "0.00", "EUR"),
    ],
)
def test_money_accepted(text, locale, amount, currency):
    result = accepted("money", text, locale)
    assert result.value == {"amount": amount, "currency": currency}
    assert result.display == f"{amount} {currency}"


def test_money_default_currency():
    assert accepted("money", "500", default_currency="eur").value == {"amount": "500.00", "currency": "EUR"}
    assert accepted("money", "500 $", default_currency="EUR").value["currency"] == "USD"


@pytest.mark.parametrize(
    ("text", "params", "error"),
    [
        ("500", {}, "invalid-money-currency"),
        ("500 bananas", {}, "invalid-money-currency"),
        ("500 all", {}, "invalid-money-currency"),  # "all" is also the code of the Albanian lek
        ("a lot", {}, "invalid-money"),
        ("", {"default_currency": "EUR"}, "invalid-money"),
        ("-500 €", {}, "invalid-money"),
        ("€-500", {}, "invalid-money"),
        ("500 euros 200 dollars", {}, "invalid-money"),
        ("500 € or $", {}, "invalid-money"),
        ("500 euros stolen", {}, "invalid-money"),
        ("1.2.3 €", {}, "invalid-money"),
    ],
)
def test_money_refused(text, params, error):
    assert refused("money", text, **params).error == error


# --- date ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("yesterday", "en", "2026-11-26"),
        ("hier", "fr", "2026-11-26"),
        ("вчора", "uk", "2026-11-26"),
        ("вчера", "ru", "2026-11-26"),
        ("ayer", "es", "2026-11-26"),
        ("gestern", "de", "2026-11-26"),
        ("ieri", "it", "2026-11-26"),
        ("ontem", "pt", "2026-11-26"),
        ("أمس", "ar", "2026-11-26"),
        ("hier", "en", "2026-11-26"),  # the answer's language need not be the chat's
        ("Yesterday!", "en", "2026-11-26"),
        ("today", "en", "2026-11-27"),
        ("3 days ago", "en", "2026-11-24"),
        ("il y a 3 jours", "fr", "2026-11-24"),
        ("vor 3 Tagen", "de", "2026-11-24"),
        ("hace 3 días", "es", "2026-11-24"),
        ("3 дні тому", "uk", "2026-11-24"),
        ("قبل 3 أيام", "ar", "2026-11-24"),
        ("last monday", "en", "2026-11-23"),
        ("lundi dernier", "fr", "2026-11-23"),
        ("letzten Montag", "de", "2026-11-23"),
        ("el lunes pasado", "es", "2026-11-23"),
        ("lunedì scorso", "it", "2026-11-23"),
        ("segunda-feira passada", "pt", "2026-11-23"),
        ("минулого понеділка", "uk", "2026-11-23"),
        ("в прошлый понедельник", "ru", "2026-11-23"),
        ("الاثنين الماضي", "ar", "2026-11-23"),
        ("3 May", "en", "2026-05-03"),
        ("le 3 mai", "fr", "2026-05-03"),
        ("3 травня", "uk", "2026-05-03"),
        ("3 de mayo", "es", "2026-05-03"),
        ("3 مايو", "ar", "2026-05-03"),
        ("3 أيار", "ar", "2026-05-03"),  # Levantine month name
        ("3 December", "en", "2025-12-03"),  # the past is preferred
        ("03/05/2026", "en", "2026-05-03"),  # day first, even in English
        ("12/25/2025", "en", "2025-12-25"),  # unambiguous month-first still works
        ("2026-05-03", "en", "2026-05-03"),
        ("2026-5-3", "en", "2026-05-03"),
        ("14.03.2026", "de", "2026-03-14"),
        ("٠٣/٠٥/٢٠٢٦", "ar", "2026-05-03"),
        ("avant-hier", "fr", "2026-11-25"),
        ("l'altro ieri", "it", "2026-11-25"),
        ("أول أمس", "ar", "2026-11-25"),
        ("البارحة", "ar", "2026-11-26"),
        ("hier soir", "fr", "2026-11-26"),
        ("ce matin", "fr", "2026-11-27"),
        ("heute morgen", "de", "2026-11-27"),  # "morgen" alone would be tomorrow
        ("cette nuit", "fr", "2026-11-26"),  # said in the morning: the night that just ended
        ("anoche", "es", "2026-11-26"),
        ("I think it was yesterday", "en", "2026-11-26"),
        ("je crois que c'était hier soir", "fr", "2026-11-26"),
        ("3 days ago", "en", "2026-11-24"),
        ("seit 3 Tagen", "de", "2026-11-24"),  # "for three days": it started then
        ("منذ 3 أيام", "ar", "2026-11-24"),
        ("2026-11-28", "en", "2026-11-28"),  # already the 28th east of UTC+10: a time zone, not the future
    ],
)
def test_date_accepted(text, locale, value):
    result = accepted("date", text, locale)
    assert (result.value, result.display) == (value, value)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("I don't know", "en"), ("dunno", "en"), ("je ne sais pas", "fr"), ("Je sais pas", "fr"),
        ("не знаю", "uk"), ("не знаю", "ru"), ("не пам'ятаю", "uk"), ("не памʼятаю", "uk"), ("no sé", "es"),
        ("weiß nicht", "de"), ("keine Ahnung", "de"), ("non lo so", "it"), ("não sei", "pt"),
        ("لا أعرف", "ar"), ("I really don't know, sorry", "en"),
    ],
)
def test_date_unknown(text, locale):
    result = accepted("date", text, locale)
    assert (result.value, result.display) == (None, "unknown")


@pytest.mark.parametrize(
    ("text", "params", "error"),
    [
        ("je ne sais pas", {"allow_unknown": False}, "invalid-date"),
        ("blah", {}, "invalid-date"),
        ("", {}, "invalid-date"),
        ("a", {}, "invalid-date"),  # dateparser reads it as "the 1st"
        ("5", {}, "invalid-date"),  # a bare day number is too ambiguous
        ("la mer", {}, "invalid-date"),  # dateparser reads "mer" as Wednesday
        ("I may have clicked a link", {}, "invalid-date"),
        ("1700000000", {}, "invalid-date"),  # not a Unix timestamp
        ("2026-13-01", {}, "invalid-date"),  # dateparser would swap it into 13 January
        ("31/02/2026", {}, "invalid-date"),
        ("1000", {}, "invalid-date"),
        ("I paid 2 days ago and again yesterday", {}, "invalid-date"),  # two dates: which one?
        ("weeks", {}, "invalid-date"),
        ("since", {}, "invalid-date"),
        ("May", {}, "invalid-date"),  # three letters or less are too often not a date ("mar", "sun")
        ("in 3 days", {}, "invalid-date-future"),
        ("2027-01-01", {}, "invalid-date-future"),
        ("next week", {}, "invalid-date-future"),
        ("next month", {}, "invalid-date-future"),
        ("December 2026", {}, "invalid-date-future"),
    ],
)
def test_date_refused(text, params, error):
    assert refused("date", text, **params).error == error


def test_date_allow_future():
    assert accepted("date", "2027-01-01", allow_future=True).value == "2027-01-01"
    assert accepted("date", "dans 3 jours", "fr", allow_future=True).value == "2026-11-30"
    assert accepted("date", "tomorrow", allow_future=True).value == "2026-11-28"


# "When did it happen?" is answered with what people remember, rarely a day. Such an answer is kept as
# they said it, with the best date it gives and how precise it is.
@pytest.mark.parametrize(
    ("text", "locale", "best", "precision"),
    [
        ("two months ago", "en", "2026-09-27", "month"),
        ("a few weeks ago", "en", "2026-11-06", "week"),
        ("a couple of weeks ago", "en", "2026-11-13", "week"),
        ("about two weeks ago", "en", "2026-11-13", "week"),
        ("2 weeks ago", "en", "2026-11-13", "week"),
        ("weeks ago", "en", "2026-11-06", "week"),
        ("a few days ago", "en", "2026-11-24", "day"),
        ("a year ago", "en", "2025-11-27", "year"),
        ("last month", "en", "2026-10-01", "month"),
        ("since last month", "en", "2026-10-01", "month"),
        ("depuis le mois dernier", "fr", "2026-10-01", "month"),
        ("desde el mes pasado", "es", "2026-10-01", "month"),
        ("з минулого місяця", "uk", "2026-10-01", "month"),
        ("last week", "en", "2026-11-20", "week"),
        ("last year", "en", "2025-01-01", "year"),
        ("in March", "en", "2026-03-01", "month"),
        ("since 2019", "en", "2019-01-01", "year"),
        ("2025", "en", "2025-01-01", "year"),
        ("since two months", "en", "2026-09-27", "month"),
        ("more than a month ago", "en", "2026-10-27", "month"),
        ("il y a deux mois", "fr", "2026-09-27", "month"),
        ("il y a quelques semaines", "fr", "2026-11-06", "week"),
        ("depuis deux mois", "fr", "2026-09-27", "month"),
        ("en mars", "fr", "2026-03-01", "month"),
        ("mai 2026", "fr", "2026-05-01", "month"),
        ("depuis 2019", "fr", "2019-01-01", "year"),
        ("l'année dernière", "fr", "2025-01-01", "year"),
        ("im März", "de", "2026-03-01", "month"),
        ("seit März 2026", "de", "2026-03-01", "month"),
        ("Anfang März", "de", "2026-03-01", "month"),
        ("vor zwei Wochen", "de", "2026-11-13", "week"),
        ("vor ein paar Monaten", "de", "2026-08-27", "month"),
        ("seit zwei Monaten", "de", "2026-09-27", "month"),
        ("letztes Jahr", "de", "2025-01-01", "year"),
        ("hace dos meses", "es", "2026-09-27", "month"),
        ("hace unas semanas", "es", "2026-11-06", "week"),
        ("desde hace tres meses", "es", "2026-08-27", "month"),
        ("en marzo", "es", "2026-03-01", "month"),
        ("el año pasado", "es", "2025-01-01", "year"),
        ("due mesi fa", "it", "2026-09-27", "month"),
        ("qualche settimana fa", "it", "2026-11-06", "week"),
        ("un mese fa", "it", "2026-10-27", "month"),
        ("da due mesi", "it", "2026-09-27", "month"),
        ("a marzo", "it", "2026-03-01", "month"),
        ("la settimana scorsa", "it", "2026-11-20", "week"),
        ("há dois meses", "pt", "2026-09-27", "month"),
        ("algumas semanas atrás", "pt", "2026-11-06", "week"),
        ("faz um mês", "pt", "2026-10-27", "month"),
        ("em março", "pt", "2026-03-01", "month"),
        ("два місяці тому", "uk", "2026-09-27", "month"),
        ("кілька тижнів тому", "uk", "2026-11-06", "week"),
        ("місяць тому", "uk", "2026-10-27", "month"),
        ("у березні", "uk", "2026-03-01", "month"),
        ("з 2019 року", "uk", "2019-01-01", "year"),
        ("минулого тижня", "uk", "2026-11-20", "week"),
        ("несколько недель назад", "ru", "2026-11-06", "week"),
        ("два месяца назад", "ru", "2026-09-27", "month"),
        ("пару недель назад", "ru", "2026-11-13", "week"),
        ("в марте", "ru", "2026-03-01", "month"),
        ("с 2019 года", "ru", "2019-01-01", "year"),
        ("в прошлом году", "ru", "2025-01-01", "year"),
        ("منذ شهرين", "ar", "2026-09-27", "month"),
        ("قبل شهر", "ar", "2026-10-27", "month"),
        ("منذ بضعة أسابيع", "ar", "2026-11-06", "week"),
        ("قبل سنة", "ar", "2025-11-27", "year"),
        ("في مارس", "ar", "2026-03-01", "month"),
        ("منذ 2019", "ar", "2019-01-01", "year"),
        ("الشهر الماضي", "ar", "2026-10-01", "month"),
        ("I think it was two months ago", "en", "2026-09-27", "month"),
        ("half a year ago", "en", "2026-05-27", "month"),
        ("vor einem halben Jahr", "de", "2026-05-27", "month"),
        ("полгода назад", "ru", "2026-05-27", "month"),
        ("il y a plus d'un an", "fr", "2025-11-27", "year"),
        ("منذ حوالي شهرين", "ar", "2026-09-27", "month"),
    ],
)
def test_approximate_dates_are_kept_as_said(text, locale, best, precision):
    result = accepted("date", text, locale)
    assert result.value == {"date": best, "precision": precision, "said": text}
    assert text in result.display and not result.confirm


def test_an_approximate_date_shows_only_the_precision_it_has():
    assert accepted("date", "two months ago").display == "~2026-09 (two months ago)"
    assert accepted("date", "since 2019").display == "~2019 (since 2019)"
    assert accepted("date", "a few days ago").display == "~2026-11-24 (a few days ago)"


def test_what_was_said_is_kept_whole_and_shown_short():
    said = "I am really not sure, I think it was maybe about two months ago"
    result = accepted("date", said)
    assert result.value == {"date": "2026-09-27", "precision": "month", "said": said}
    assert len(result.display) <= 60 and result.display.startswith("~2026-09 (")


def test_an_exact_date_is_still_a_plain_iso_day():
    assert accepted("date", "3 days ago").value == "2026-11-24"
    assert accepted("date", "le 3 mai", "fr").value == "2026-05-03"


# "Tomorrow" cannot be when something happened: the person is asked again (allow_future lifts this, for a
# step that asks about a deadline).
@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("tomorrow", "en"), ("demain", "fr"), ("morgen", "de"), ("mañana", "es"), ("domani", "it"),
        ("amanhã", "pt"), ("завтра", "uk"), ("завтра", "ru"), ("غدا", "ar"), ("in two weeks", "en"),
        ("dans deux mois", "fr"), ("next year", "en"),
    ],
)
def test_a_future_date_is_questioned(text, locale):
    assert refused("date", text, locale).error == "invalid-date-future"


def test_the_future_is_measured_from_the_earliest_time_zone():
    # 09:00 UTC is 23:00 at UTC+14: nowhere is it the 28th yet
    early = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    assert validate("date", "2026-11-28", now=early) == Invalid("invalid-date-future")
    assert isinstance(validate("date", "2026-11-28", now=early + timedelta(hours=2)), Valid)


# --- datetime --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("hier à 14h", "fr", "2026-11-26T14:00"),
        ("yesterday at 2pm", "en", "2026-11-26T14:00"),
        ("вчора о 14:00", "uk", "2026-11-26T14:00"),
        ("today 9:30", "en", "2026-11-27T09:30"),
        ("2026-05-03 14:00", "en", "2026-05-03T14:00"),
        ("2026-05-03T14:00", "en", "2026-05-03T14:00"),
        ("03/05/2026 14:30", "fr", "2026-05-03T14:30"),
        ("3 mai à 14h30", "fr", "2026-05-03T14:30"),
        # dateparser alone reads these "9h"/"14 годині" forms as "N hours ago", or drops the hour
        ("hier 9h", "fr", "2026-11-26T09:00"),
        ("hier vers 9h", "fr", "2026-11-26T09:00"),
        ("ayer a las 14h", "es", "2026-11-26T14:00"),
        ("ontem às 14h", "pt", "2026-11-26T14:00"),
        ("вчора о 14 годині", "uk", "2026-11-26T14:00"),
        ("gestern um 14 Uhr", "de", "2026-11-26T14:00"),
        ("ieri alle 14", "it", "2026-11-26T14:00"),
        ("3 мая в 15 часов", "ru", "2026-05-03T15:00"),
        ("à 9h du soir", "fr", "2026-11-26T21:00"),
        ("ayer a las 2 de la tarde", "es", "2026-11-26T14:00"),
        ("в 3 часа ночи", "ru", "2026-11-27T03:00"),
        ("ayer a las 12:30 de la tarde", "es", "2026-11-26T12:30"),
        ("hier à 12:30 du matin", "fr", "2026-11-26T00:30"),
        ("أمس الساعة 14:00", "ar", "2026-11-26T14:00"),
        ("l'altro ieri alle 14:00", "it", "2026-11-25T14:00"),
        # parts of the day
        ("yesterday evening", "en", "2026-11-26T18:00"),
        ("last night", "en", "2026-11-26T20:00"),
        ("hier soir", "fr", "2026-11-26T18:00"),
        ("hier soir vers 21h", "fr", "2026-11-26T21:00"),
        ("gestern Abend", "de", "2026-11-26T18:00"),
        ("ieri sera", "it", "2026-11-26T18:00"),
        ("ontem à noite", "pt", "2026-11-26T20:00"),
        ("вчора ввечері", "uk", "2026-11-26T18:00"),
        ("вчера вечером", "ru", "2026-11-26T18:00"),
        ("مساء أمس", "ar", "2026-11-26T18:00"),
        ("ce matin", "fr", "2026-11-27T09:00"),
        ("heute morgen", "de", "2026-11-27T09:00"),
        ("esta mañana", "es", "2026-11-27T09:00"),
        ("сьогодні вранці", "uk", "2026-11-27T09:00"),
        ("cette nuit", "fr", "2026-11-26T20:00"),
        # relative times
        ("2 hours ago", "en", "2026-11-27T08:00"),
        ("il y a 3h", "fr", "2026-11-27T07:00"),
        ("il y a 3 heures", "fr", "2026-11-27T07:00"),
        ("3 часа назад", "ru", "2026-11-27T07:00"),
        ("3 години тому", "uk", "2026-11-27T07:00"),
        ("vor 3 Tagen um 14 Uhr", "de", "2026-11-24T14:00"),
        ("il y a 3 jours à 14h", "fr", "2026-11-24T14:00"),
        ("just now", "en", "2026-11-27T10:00"),
        ("14h", "fr", "2026-11-26T14:00"),  # a time later than now today is taken as yesterday's
    ],
)
def test_datetime_accepted(text, locale, value):
    result = accepted("datetime", text, locale)
    assert result.value == value
    assert result.display == value.replace("T", " ")


def test_datetime_unknown():
    assert accepted("datetime", "je ne sais pas", "fr").value is None


@pytest.mark.parametrize(
    ("text", "params", "error"),
    [
        ("yesterday", {}, "invalid-datetime-no-time"),
        ("3 May", {}, "invalid-datetime-no-time"),
        ("blah", {}, "invalid-datetime"),
        ("не знаю", {"allow_unknown": False}, "invalid-datetime"),
        ("in March", {}, "invalid-date-incomplete"),
        ("2027-01-01 10:00", {}, "invalid-date-future"),
        ("in 3 days at 10:00", {}, "invalid-date-future"),
        ("tomorrow at 10:00", {}, "invalid-date-future"),
        ("2026-11-28 09:00", {}, "invalid-date-future"),  # later than anywhere on Earth at 10:00 UTC
    ],
)
def test_datetime_refused(text, params, error):
    assert refused("datetime", text, **params).error == error


# --- dates read without dateparser ---------------------------------------------------------------------
# The common forms are read without dateparser (bot/engine/validators.py, _common_date): each must give what
# dateparser gives, in every language, at any time of day, across month, year and leap-day boundaries.

LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "uk", "ru", "ar")
BASES = (
    NOW,
    datetime(2026, 3, 1, 0, 30, 15, 123456, tzinfo=UTC),
    datetime(2024, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    datetime(2024, 2, 29, 13, 5, tzinfo=timezone(timedelta(hours=-5))),
)


@pytest.mark.parametrize("now", BASES, ids=lambda now: now.isoformat())
def test_common_date_words_are_read_as_dateparser_reads_them(now):
    from bot.engine import validators

    for text in [*validators._DAYS_BACK, *validators._NOW, *validators._WEEK_BACK, *validators._LAST_WEEKDAY]:
        common = validators._common_date(text, now)
        assert common is not None, text
        for locale in LANGUAGES:
            assert common == validators._with_dateparser(text, locale, now), (text, locale)


def test_numeric_dates_are_read_as_dateparser_reads_them():
    import calendar
    import random

    from bot.engine import validators

    forms = [(f"{d:02d}{sep}{m:02d}{sep}{y}", f"{d}{sep}{m}{sep}{y}")
             for y in (1900, 1999, 2024, 2025, 2026, 2027, 2999) for m in range(1, 13)
             for d in (1, 9, 12, 13, 28, 29, 30, 31) if d <= calendar.monthrange(y, m)[1] for sep in "/.-"]
    texts = [text for pair in forms for text in pair]
    rng = random.Random(7)  # a sample: dateparser takes a millisecond or more per answer
    for text in rng.sample(texts, 300):
        now, locale = rng.choice(BASES), rng.choice(LANGUAGES)
        common = validators._common_date(text, now)
        assert common is not None, text
        assert common == validators._with_dateparser(text, locale, now), (text, locale, now)
    # not a day when read day first: left to dateparser
    for text in ("12/25/2026", "31/04/2026", "29/02/2025", "00/05/2026", "05/00/2026", "01/01/1899", "01/01/3000",
                 "03/05.2026", "03/05/26", "3 5 2026"):
        assert validators._common_date(text, NOW) is None, text


def test_dateparser_reads_no_date_in_a_filler_word_alone():
    from bot.engine import validators

    for text in sorted(validators._NO_DATE):
        if validators._too_ambiguous(text):
            continue  # never given to dateparser
        for locale in LANGUAGES:
            assert validators._with_dateparser(text, locale, NOW) is None, (text, locale)


@pytest.mark.parametrize("now", BASES, ids=lambda now: now.isoformat())
def test_answers_are_the_same_with_and_without_the_common_forms(now, monkeypatch):
    from bot.engine import validators

    answers = [
        "today", "Yesterday", "yesterday evening", "last night", "tonight", "this morning", "this afternoon",
        "Hier", "hier soir", "ce matin", "avant-hier", "aujourd'hui", "heute", "gestern abend", "heute früh",
        "vorgestern", "ayer", "anoche", "esta mañana", "mañana", "hoy", "ieri sera", "stamattina", "oggi", "ontem",
        "hoje de manhã", "вчора ввечері", "сьогодні", "позавчера", "вчера вечером", "أمس", "امبارح", "اليوم",
        "now", "just now", "maintenant", "jetzt", "tomorrow", "demain", "morgen", "03/05/2026", "3.5.2026",
        "03-05-2026", "12/25/2025", "31/04/2026", "29/02/2024", "1/1/1900", "yesterday at 9", "hier à 21h",
        "I think it was yesterday", "the day before yesterday", "this", "esta", "cette", "last week",
        "la semaine dernière", "Letzte Woche", "на прошлой неделе", "last monday", "Last Sunday", "last friday night",
        "since last week", "la settimana scorsa",
    ]
    fast = {(name, text, locale): validate(name, text, locale=locale, now=now)
            for name in ("date", "datetime") for text in answers for locale in LANGUAGES}
    monkeypatch.setattr(validators, "_common_date", lambda text, now: None)
    monkeypatch.setattr(validators, "_NO_DATE", frozenset())
    for (name, text, locale), result in fast.items():
        assert validate(name, text, locale=locale, now=now) == result, (name, text, locale)


# --- email -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Jane.Doe@Example.COM", "Jane.Doe@example.com"),
        ("  user@EXAMPLE.org ", "user@example.org"),
        ("<user@example.org>", "user@example.org"),
        ("mailto:user@example.org", "user@example.org"),
        ("jane[@]example[.]com", "jane@example.com"),
        ("josé@Exemple.FR", "josé@exemple.fr"),
        ("ａｎｎａ＠ｅｘａｍｐｌｅ.org", "anna@example.org"),
    ],
)
def test_email_accepted(text, value):
    assert accepted("email", text).value == value


@pytest.mark.parametrize("text", ["", "not an email", "user@", "@example.com", "a b@c.com", "user@localhost"])
def test_email_refused(text):
    assert refused("email", text).error == "invalid-email"


# --- url -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("https://x.org/a", "https://x.org/a"),
        ("www.example.com", "http://www.example.com"),
        ("example.com/login", "http://example.com/login"),
        ("hxxp://evil[.]com", "http://evil.com"),
        ("hxxps://evil[.]com/login?x=1", "https://evil.com/login?x=1"),
        ("hXXps[://]evil[.]com", "https://evil.com"),
        ("evil(.)com", "http://evil.com"),
        ("HTTPS://EXAMPLE.com/Path", "https://example.com/Path"),
        ("(https://x.org/a).", "https://x.org/a"),
        ("https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)"),
        ("1.2.3.4", "http://1.2.3.4"),
        ("http://192.168.0.1:8080/x", "http://192.168.0.1:8080/x"),
        ("пример.рф", "http://пример.рф"),
    ],
)
def test_url_accepted(text, value):
    assert accepted("url", text).value == value


@pytest.mark.parametrize(
    "text",
    ["", "not a url", "example", "localhost", "http://localhost", "ftp://x.org", "javascript:alert(1)",
     "user@example.com", "1.5", "http://"],
)
def test_url_refused(text):
    assert refused("url", text).error == "invalid-url"


# --- phone -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "params", "value", "display"),
    [
        ("+41 79 123 45 67", {}, "+41791234567", "+41 79 123 45 67"),
        ("0041791234567", {}, "+41791234567", "+41 79 123 45 67"),
        ("+380 67 123 4567", {}, "+380671234567", "+380 67 123 4567"),
        ("(202) 555-0143", {"default_region": "US"}, "+12025550143", "+1 202-555-0143"),
        ("٠٧٩١٢٣٤٥٦٧", {"default_region": "CH"}, "+41791234567", "+41 79 123 45 67"),
        ("+٤١ ٧٩ ١٢٣ ٤٥ ٦٧", {}, "+41791234567", "+41 79 123 45 67"),
        ("079 123 45 67", {"default_region": "ch"}, "+41791234567", "+41 79 123 45 67"),
    ],
)
def test_phone_accepted(text, params, value, display):
    result = accepted("phone", text, **params)
    assert (result.value, result.display) == (value, display)


@pytest.mark.parametrize(
    ("text", "params"),
    [("(202) 555-0143", {}), ("12345", {"default_region": "CH"}), ("+41 12", {}), ("call me", {}), ("", {})],
)
def test_phone_refused(text, params):
    assert refused("phone", text, **params).error == "invalid-phone"


# A number typed without its country code is read in the country the person's language points to, and
# flagged so that the person is asked to confirm it ("+49 1512 3456789, is that right?").
@pytest.mark.parametrize(
    ("text", "locale", "value", "display"),
    [
        ("0151 23456789", "de", "+4915123456789", "+49 1512 3456789"),
        ("06 12 34 56 78", "fr", "+33612345678", "+33 6 12 34 56 78"),
        ("612 345 678", "es", "+34612345678", "+34 612 34 56 78"),
        ("347 123 4567", "it", "+393471234567", "+39 347 123 4567"),
        ("912 345 678", "pt", "+351912345678", "+351 912 345 678"),
        ("067 123 4567", "uk", "+380671234567", "+380 67 123 4567"),
        ("8 912 345 67 89", "ru", "+79123456789", "+7 912 345-67-89"),
        ("07911 123456", "en", "+447911123456", "+44 7911 123456"),
        ("11 91234-5678", "pt-BR", "+5511912345678", "+55 11 91234-5678"),  # the region in the locale wins
    ],
)
def test_a_national_number_is_read_in_the_region_of_the_language(text, locale, value, display):
    result = accepted("phone", text, locale)
    assert (result.value, result.display, result.confirm) == (value, display, True)


def test_an_explicit_region_wins_over_the_language():
    result = accepted("phone", "079 123 45 67", "de", default_region="CH")
    assert (result.value, result.confirm) == ("+41791234567", True)


def test_arabic_points_to_no_single_country():
    assert refused("phone", "0151 23456789", "ar").error == "invalid-phone"
    assert accepted("phone", "+49 151 23456789", "ar").value == "+4915123456789"


def test_a_number_with_its_country_code_needs_no_confirmation():
    result = accepted("phone", "+49 151 23456789", "fr")
    assert (result.value, result.confirm) == ("+4915123456789", False)


# --- the English messages --------------------------------------------------------------------------

# The variables each error comes with; the messages may use these and nothing else.
ERROR_ARGS = {
    "invalid-text-too-short": {"min"},
    "invalid-text-too-long": {"max"},
    "invalid-number-range": {"min", "max"},
    "invalid-number-too-small": {"min"},
    "invalid-number-too-large": {"max"},
}


def _messages() -> dict[str, ast.Message]:
    resource = FluentParser().parse(FTL.read_text(encoding="utf-8"))
    assert not [entry for entry in resource.body if isinstance(entry, ast.Junk)]
    return {entry.id.name: entry for entry in resource.body if isinstance(entry, ast.Message)}


def test_every_error_has_an_english_message():
    assert set(_messages()) == set(ERROR_KEYS)


def test_messages_use_only_the_variables_they_get():
    for key, message in _messages().items():
        used = {ref.id.name for ref in _variables(message)}
        assert used <= ERROR_ARGS.get(key, set()), (key, used)


def _variables(node):
    if isinstance(node, ast.VariableReference):
        yield node
    elif isinstance(node, ast.BaseNode):
        for value in vars(node).values():
            for child in value if isinstance(value, list) else [value]:
                yield from _variables(child)


def test_messages_have_examples():
    for key, message in _messages().items():
        if key == "invalid-text-too-long":
            continue  # nothing to give as an example: the person only needs to say less
        assert re.search(r"“[^”]+”", FluentSerializer().serialize_entry(message)), f"{key} gives no example"


EXAMPLES_FOR = {
    "invalid-yes-no": "yes_no",
    "invalid-number": "number",
    "invalid-number-integer": "number",
    "invalid-money": "money",
    "invalid-money-currency": "money",
    "invalid-date": "date",
    "invalid-date-incomplete": "date",
    "invalid-date-future": "date",
    "invalid-datetime": "datetime",
    "invalid-datetime-no-time": "datetime",
    "invalid-email": "email",
    "invalid-url": "url",
    "invalid-phone": "phone",
}


@pytest.mark.parametrize(("key", "name"), sorted(EXAMPLES_FOR.items()))
def test_the_examples_we_give_are_accepted(key, name):
    examples = re.findall(r"“([^”]+)”", FluentSerializer().serialize_entry(_messages()[key]))
    assert examples
    for example in examples:
        accepted(name, example)


@pytest.mark.parametrize("locale", ["ar", "de", "en", "es", "fr", "it", "pt", "ru", "uk"])
def test_the_examples_the_since_when_question_gives_are_understood(locale: str) -> None:
    import re

    from bot.config import Settings
    from bot.i18n import Translator

    settings = Settings(_env_file=None)
    text = Translator(settings.locales_dir, "en").render(locale, "harassment-when")
    examples = re.findall(r"[«“„]\s?([^»”“]+?)\s?[»”“]", text)
    assert len(examples) >= 3, text
    for example in examples[:2]:  # "since last week", "two months ago"; the last one is "I don't know"
        assert isinstance(validate("date", example, locale=locale, params={"allow_unknown": True}), Valid), example


def test_dates_are_read_with_the_data_of_our_languages_only() -> None:
    """dateparser loads all its 200 languages when its search is imported; a worker keeps only our nine (4 MB less),
    and reads a date in a sentence in each of them as before."""

    script = (
        "import sys\n"
        "from datetime import datetime\n"
        "from bot.engine.validators import LANGUAGES, validate\n"
        "now = datetime(2026, 3, 12, 15, 0)\n"
        "said = {'en': 'I think it was on 3 March', 'fr': 'je crois que c\\'était le 3 mars',\n"
        "        'de': 'ich glaube, es war der 3. März', 'es': 'creo que fue el 3 de marzo',\n"
        "        'it': 'credo che sia stato il 3 marzo', 'pt': 'acho que foi em 3 de março',\n"
        "        'uk': 'думаю, це було 3 березня', 'ru': 'думаю, это было 3 марта', 'ar': 'أعتقد أنه كان في 3 مارس'}\n"
        "print(sorted({validate('date', said[lang], locale=lang, now=now).value for lang in LANGUAGES}))\n"
        "package = 'dateparser.data.date_translation_data.'\n"
        "print(sorted(m[len(package):] for m in sys.modules if m.startswith(package)) == sorted(LANGUAGES))\n"
    )
    assert printed_lines(script)[:2] == ["['2026-03-03']", "True"]

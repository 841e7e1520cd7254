"""Answer validators: turn what a person typed (in any of the nine supported languages) into a normalized value."""

from __future__ import annotations

import calendar
import contextlib
import functools
import ipaddress
import re
import sys
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit, urlunsplit


@dataclass(frozen=True)
class Valid:
    value: Any  # JSON-serializable normalized value (str, int, float, bool, dict, or None for "unknown")
    display: str  # short human-readable normalized form, e.g. "2026-11-26", "500.00 EUR", "+41 79 123 45 67"
    # The value holds a guess the person did not state (a phone number's country, taken from their
    # language): show them `display` and let them correct it before relying on it.
    confirm: bool = False


@dataclass(frozen=True)
class Invalid:
    error: str  # a Fluent message id, e.g. "invalid-date"
    args: Mapping[str, Any] = field(default_factory=dict)  # variables for that message


Result = Valid | Invalid
_Validator = Callable[[str, str, Mapping[str, Any], datetime], Result]

LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "uk", "ru", "ar")
DISPLAY_MAX = 60


# --- shared text helpers ---------------------------------------------------------------------------

# Arabic-Indic, Persian and full-width digits are all typed by real users; the rest of the code only
# has to deal with ASCII digits. The Arabic thousands separator is a grouping mark like "'".
_DIGIT_TABLE = {
    **{0x0660 + i: str(i) for i in range(10)},
    **{0x06F0 + i: str(i) for i in range(10)},
    **{0xFF10 + i: str(i) for i in range(10)},
    0x066B: ".",
    0x066C: "'",
    0x060C: ",",
}
_SPACES = re.compile(r"\s+")
_REPEATS = re.compile(r"([^\W\d_])\1+")
_SKIN_TONES_AND_SELECTORS = re.compile("[\U0001f3fb-\U0001f3ff\ufe0e\ufe0f\u200d\u0640]")


def _ascii_digits(text: str) -> str:
    return text.translate(_DIGIT_TABLE)


def _fold(text: str) -> str:
    """Reduce free text to comparable words: no case, accents, apostrophes, punctuation or "sooo" repeats."""
    text = _SKIN_TONES_AND_SELECTORS.sub("", unicodedata.normalize("NFKD", text.casefold()))
    out = []
    for char in re.sub("['’ʼ]", "", text):
        category = unicodedata.category(char)
        if category.startswith("M"):
            continue
        if category.startswith("P"):
            out.append(" ")
        elif category.startswith("S"):
            out.append(f" {char} ")
        else:
            out.append(char)
    return _REPEATS.sub(r"\1", _SPACES.sub(" ", "".join(out)).strip())


def _phrase_table(groups: Mapping[Any, tuple[str, ...]]) -> dict[str, Any]:
    return {_fold(phrase): key for key, phrases in groups.items() for phrase in phrases}


def _scan(words: list[str], table: Mapping[str, Any], longest: int = 4) -> tuple[list[Any], list[str]]:
    """Split words greedily into known phrases (longest first): (their values, the words left over)."""
    found, left, i = [], [], 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + size])
            if phrase in table:
                found.append(table[phrase])
                i += size
                break
        else:
            left.append(words[i])
            i += 1
    return found, left


def _shorten(text: str) -> str:
    text = _SPACES.sub(" ", text).strip()
    return text if len(text) <= DISPLAY_MAX else text[: DISPLAY_MAX - 1].rstrip() + "…"


# --- text ------------------------------------------------------------------------------------------


def _validate_text(text: str, locale: str, params: Mapping[str, Any], now: datetime) -> Result:
    value = text.strip()
    minimum, maximum = int(params.get("min_length", 1)), int(params.get("max_length", 4000))
    if len(value) < minimum:
        return Invalid("invalid-text-too-short", {"min": minimum})
    if len(value) > maximum:
        return Invalid("invalid-text-too-long", {"max": maximum})
    return Valid(value, _shorten(value))


# --- words kept as evidence -------------------------------------------------------------------------

# Said when words sent where files are asked for are kept as evidence (pasted e-mail headers, a scam text
# copied in): the step still takes more, or "Done".
EVIDENCE_KEPT = "upload-text-kept"
# What makes words sent at an upload step evidence rather than a remark about it ("I have none", "what
# should I send?"): several lines (headers, a conversation copied in), something an indicator may be in (a
# link, an address, a domain, a long number, a wallet or hash), or more than a sentence or two.
_EVIDENCE_MIN_WORDS = 15
_EVIDENCE_MARKS = re.compile(
    r"://|\bwww\.|\S@\S|\w[\w-]*(?:\.|\[\.\]|\(\.\))[a-z]{2,}\b"  # a link, an address, a domain
    r"|\+?\d(?:[\s().-]?\d){6,}"  # a phone number, an account or order number, an IBAN's digits
    r"|\b(?=\w*\d)(?=\w*[a-z])\w{20,}\b",  # a wallet, a transaction hash, a tracking code
    re.IGNORECASE,
)


def evidence_text(text: str) -> Result:
    """Words sent where files are asked for: evidence to keep as it was sent (`Valid(text)`), or a remark to
    answer by explaining the question again (`Invalid("invalid-upload")`)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 1 or len(text.split()) >= _EVIDENCE_MIN_WORDS or _EVIDENCE_MARKS.search(text):
        return Valid(text, _shorten(text.strip()))
    return Invalid("invalid-upload")


# --- yes / no --------------------------------------------------------------------------------------

_YES_NO = _phrase_table(
    {
        True: (
            "yes", "y", "yeah", "yea", "ya", "yah", "yep", "yup", "sure", "ok", "okay", "okey", "k",
            "of course", "correct", "right", "true", "absolutely", "definitely", "indeed", "certainly",
            "that's right", "👍", "✅", "✔", "☑", "👌", "🆗",
            "oui", "ouais", "ouai", "ouep", "ouaip", "wi", "si", "d'accord", "dac", "dacc", "bien sûr",
            "absolument", "tout à fait", "exactement", "exact", "c'est ça", "carrément", "évidemment",
            "en effet", "effectivement", "vrai",
            "ja", "jawohl", "jo", "jup", "jep", "klar", "natürlich", "genau", "sicher", "doch", "richtig",
            "stimmt", "auf jeden fall", "einverstanden", "gerne",
            "sí", "claro", "claro que sí", "por supuesto", "vale", "de acuerdo", "exacto", "cierto", "dale",
            "está bien",
            "sì", "certo", "certo che sì", "esatto", "va bene", "d'accordo", "giusto", "certamente",
            "assolutamente", "vero",
            "sim", "com certeza", "exato", "isso", "isso mesmo", "tá", "tá bom", "está bem", "verdade",
            "aham", "uhum",
            "так", "ага", "угу", "звісно", "звичайно", "авжеж", "атож", "добре", "гаразд", "правильно",
            "саме так", "ок", "окей",
            "да", "конечно", "ладно", "хорошо", "верно", "точно", "именно", "естественно", "разумеется",
            "نعم", "أجل", "ايوه", "أيوة", "ايوة", "اه", "آه", "أكيد", "طبعا", "بالتأكيد", "صحيح", "تمام",
            "حاضر", "موافق", "بلى",
        ),
        False: (
            "no", "n", "nope", "nah", "nay", "no way", "not at all", "of course not", "never", "false",
            "wrong", "not really", "👎", "❌", "✖", "🚫", "🙅", "❎",
            "non", "nan", "pas du tout", "absolument pas", "jamais", "bien sûr que non", "pas vraiment", "faux",
            "nein", "nee", "nö", "ne", "auf keinen fall", "gar nicht", "niemals", "nie", "falsch",
            "nicht wirklich", "eher nicht",
            "para nada", "nunca", "claro que no", "de ninguna manera", "en absoluto", "falso",
            "per niente", "mai", "assolutamente no", "certo che no",
            "não", "de jeito nenhum", "claro que não", "nem pensar",
            "ні", "не", "нє", "ніколи", "зовсім ні", "неправда",
            "нет", "неа", "никогда", "ни в коем случае", "конечно нет", "совсем нет",
            "لا", "لأ", "كلا", "أبدا", "مش",
        ),
        None: (
            "please", "pls", "thanks", "thank you", "thx", "merci", "svp", "stp", "bitte", "danke",
            "gracias", "por favor", "grazie", "per favore", "obrigado", "obrigada", "спасибо", "дякую",
            "شكرا",
        ),
    }
)


def _validate_yes_no(text: str, locale: str, params: Mapping[str, Any], now: datetime) -> Result:
    words = _fold(text).split()
    # "no sé", "non lo so", "не знаю" start with a "no" word but mean "I don't know".
    if _is_unknown(words, exact=False):
        return Invalid("invalid-yes-no")
    found, left = _scan(words, _YES_NO)
    answers = {answer for answer in found if answer is not None}
    if left or len(answers) != 1:
        return Invalid("invalid-yes-no")
    value = answers.pop()
    return Valid(value, "yes" if value else "no")


# --- numbers and money -----------------------------------------------------------------------------

# Words that may accompany an amount without changing it: "about 500 €", "environ 20", "~3".
_APPROX = frozenset(
    _fold(w)
    for w in (
        "about", "around", "approximately", "approx", "roughly", "circa", "ca", "~", "≈", "environ",
        "à peu près", "peu", "près", "a", "à", "etwa", "ungefähr", "zirka", "rund", "cerca", "de",
        "alrededor", "unos", "unas", "sobre", "intorno", "quasi", "por", "volta", "uns", "umas",
        "приблизно", "близько", "десь", "около", "примерно", "где", "то", "حوالي", "حوالى", "تقريبا",
    )
)
_NUMBER_CHUNK = re.compile(r"[.,]?\d(?:[\d.,'’ \u00a0\u202f]*\d)?")
_SPACED_GROUPS = re.compile(r"^\d{1,3}(?:'\d{3})+(?:[.,]\d+)?$")
_CRYPTO = frozenset({"BTC", "ETH", "USDT", "USDC", "XMR", "LTC", "BCH", "SOL", "TRX", "DOGE", "BNB", "XRP"})


def _parse_decimal(chunk: str, comma_groups: bool, dot_groups: bool) -> Decimal | None:
    """Read digits with any mix of grouping/decimal marks; the grouping flags settle lone "1,000"/"1.000"."""
    chunk = re.sub(r"[ \u00a0\u202f’]", "'", chunk)
    if "'" in chunk:
        if not _SPACED_GROUPS.match(chunk):
            return None
        chunk = chunk.replace("'", "")
    if "," in chunk and "." in chunk:
        decimal_mark = "," if chunk.rfind(",") > chunk.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        pattern = rf"\d{{1,3}}(?:{re.escape(group_mark)}\d{{3}})*{re.escape(decimal_mark)}\d+"
        if not re.fullmatch(pattern, chunk):
            return None
        chunk = chunk.replace(group_mark, "").replace(decimal_mark, ".")
    elif "," in chunk or "." in chunk:
        mark = "," if "," in chunk else "."
        grouped = re.fullmatch(rf"[1-9]\d{{0,2}}(?:{re.escape(mark)}\d{{3}})+", chunk)
        if chunk.count(mark) > 1 or (grouped and (comma_groups if mark == "," else dot_groups)):
            if not grouped:
                return None
            chunk = chunk.replace(mark, "")
        chunk = chunk.replace(",", ".")
    try:
        return Decimal(chunk)
    except InvalidOperation:
        return None


def _split_amount(text: str) -> tuple[str, str, bool] | None:
    """Find the single number in `text`: (number, the words around it, whether it was negative)."""
    # Swiss prices end in ".-" ("Fr. 50.-"): no cents, and not a minus sign.
    text = re.sub(r"(\d)[.,][-–—]", r"\1", _ascii_digits(text))
    chunks = list(_NUMBER_CHUNK.finditer(text))
    if len(chunks) != 1:
        return None
    chunk = chunks[0]
    rest = text[: chunk.start()] + " " + text[chunk.end() :]
    negative = bool(re.search(r"[-−]", text))
    return chunk.group().strip(), rest, negative


def _only_approx(words: list[str]) -> bool:
    return all(word in _APPROX for word in words)


def _validate_number(text: str, locale: str, params: Mapping[str, Any], now: datetime) -> Result:
    split = _split_amount(text)
    if split is None:
        return Invalid("invalid-number")
    chunk, rest, negative = split
    rest_words = _fold(rest.replace("-", " ").replace("−", " ").replace("+", " ")).split()
    # A lone "1,000" is a thousand to English speakers but 1.0 in most of Europe; "1.000" the reverse.
    amount = _parse_decimal(chunk, comma_groups=locale == "en", dot_groups=locale in ("de", "es", "it", "pt"))
    if amount is None or not _only_approx(rest_words):
        return Invalid("invalid-number")
    amount = -amount if negative else amount
    if params.get("integer") and amount != amount.to_integral_value():
        return Invalid("invalid-number-integer")
    out_of_range = _range_error(amount, params.get("min"), params.get("max"))
    if out_of_range:
        return out_of_range
    value: int | float = int(amount) if params.get("integer") or "." not in str(amount) else float(amount)
    return Valid(value, str(value))


def _range_error(amount: Decimal, minimum: Any, maximum: Any) -> Invalid | None:
    too_small = minimum is not None and amount < Decimal(str(minimum))
    too_large = maximum is not None and amount > Decimal(str(maximum))
    if not (too_small or too_large):
        return None
    if minimum is not None and maximum is not None:
        return Invalid("invalid-number-range", {"min": minimum, "max": maximum})
    if too_small:
        return Invalid("invalid-number-too-small", {"min": minimum})
    return Invalid("invalid-number-too-large", {"max": maximum})


_CURRENCIES = _phrase_table(
    {
        "EUR": ("€", "eur", "euro", "euros", "d'euros", "евро", "євро", "يورو"),
        "USD": (
            "$", "us$", "usd", "dollar", "dollars", "us dollars", "dollars us", "dollars américains", "dólar",
            "dólares", "dollaro", "dollari", "долар", "долара", "доларів", "доллар", "доллара", "долларов",
            "бакс", "баксов", "баксів", "دولار", "دولارات",
        ),
        "GBP": (
            "£", "gbp", "pound", "pounds", "pound sterling", "pounds sterling", "sterling", "livre", "livres",
            "livre sterling", "livres sterling", "pfund", "libra", "libras", "libra esterlina",
            "libras esterlinas", "sterlina", "sterline", "фунт", "фунта", "фунтов", "фунтів",
            "جنيه استرليني", "جنيه إسترليني",
        ),
        "CHF": (
            "chf", "fr", "sfr", "franc", "francs", "franc suisse", "francs suisses", "swiss franc",
            "swiss francs", "franken", "schweizer franken", "franco", "francos", "franchi", "franco svizzero",
            "franchi svizzeri", "франк", "франка", "франков", "франків", "فرنك",
        ),
        "UAH": ("₴", "uah", "грн", "гривня", "гривні", "гривень", "гривна", "гривны", "гривен", "hryvnia",
                "hryvnias"),
        "RUB": ("₽", "rub", "руб", "рубль", "рубля", "рублей", "рублів", "рублі", "ruble", "rubles", "rouble",
                "roubles", "rublo", "rublos", "rubel", "روبل"),
        "BTC": ("₿", "btc", "bitcoin", "bitcoins", "биткоин", "биткоинов", "біткоїн", "біткоїнів", "بيتكوين"),
        "ETH": ("eth", "ether", "ethereum"),
        "USDT": ("usdt", "tether"),
        "SAR": ("ريال", "ريال سعودي", "ر.س", "riyal", "riyals"),
        "AED": ("درهم", "درهم اماراتي", "درهم إماراتي", "د.إ", "dirham", "dirhams"),
        "BRL": ("r$", "real", "reais"),
        "PLN": ("zł", "złoty", "zloty", "zlotys"),
        "EGP": ("جنيه", "جنيه مصري"),
    }
)


_MULTIPLIERS = _phrase_table(
    {
        1_000: ("k", "thousand", "thousands", "mille", "mila", "mil", "tausend", "тис", "тисяч", "тисячі",
                "тыс", "тысяч", "тысячи", "ألف", "آلاف"),
        1_000_000: ("m", "million", "millions", "mio", "millionen", "millón", "millones", "milione", "milioni",
                    "milhão", "milhões", "мільйон", "мільйони", "мільйонів", "млн", "миллион", "миллиона",
                    "миллионов", "مليون", "ملايين"),
    }
)


@functools.cache
def _iso_currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies()) | _CRYPTO


def _money_words(words: list[str]) -> tuple[set[str], list[int], list[str]]:
    """Read the words around an amount: (currencies named, multipliers as in "5k €", words not understood)."""
    words = [word for word in words if word not in _APPROX or word in _CURRENCIES]
    table = {**{k: ("x", v) for k, v in _MULTIPLIERS.items()}, **{k: ("$", v) for k, v in _CURRENCIES.items()}}
    found, left = _scan(words, table)
    currencies = {value for kind, value in found if kind == "$"}
    multipliers = [value for kind, value in found if kind == "x"]
    # Three-letter ISO codes are trusted only alone: "all", "try", "top" are also English words.
    if not currencies and len(left) == 1 and left[0].upper() in _iso_currencies():
        currencies, left = {left[0].upper()}, []
    return currencies, multipliers, left


def _quantize(amount: Decimal, currency: str) -> str:
    if currency not in _CRYPTO:
        return str(amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    # Crypto amounts are often tiny ("0.00042 BTC"): keep up to 8 places, at least 2.
    text = str(amount.quantize(Decimal("0.00000001"), rounding=ROUND_HALF_UP)).rstrip("0")
    whole, _, fraction = text.partition(".")
    return f"{whole}.{fraction.ljust(2, '0')}"


def _validate_money(text: str, locale: str, params: Mapping[str, Any], now: datetime) -> Result:
    split = _split_amount(text)
    if split is None:
        return Invalid("invalid-money")
    chunk, rest, negative = split
    currencies, multipliers, unknown_words = _money_words(_fold(re.sub("[-−]", " ", rest)).split())
    if len(currencies) > 1 or len(multipliers) > 1 or (currencies and unknown_words):
        return Invalid("invalid-money")
    currency = currencies.pop() if currencies else str(params.get("default_currency") or "").upper()
    if not currency or unknown_words:
        return Invalid("invalid-money-currency")
    # Money never has three decimals, so a lone "1,000" or "1.000" is a thousand in every language,
    # except for crypto where "0.005 BTC" is common.
    groups = currency not in _CRYPTO
    amount = _parse_decimal(chunk, comma_groups=groups, dot_groups=groups)
    if amount is None or negative:
        return Invalid("invalid-money")
    value = _quantize(amount * (multipliers[0] if multipliers else 1), currency)
    return Valid({"amount": value, "currency": currency}, f"{value} {currency}")


# --- "I don't know" --------------------------------------------------------------------------------

_UNKNOWN = _phrase_table(
    {
        True: (
            "i don't know", "don't know", "dunno", "idk", "no idea", "not sure", "i'm not sure",
            "i don't remember", "don't remember", "i can't remember", "can't remember", "no clue", "unknown",
            "je ne sais pas", "je sais pas", "sais pas", "chais pas", "j'sais pas", "jsp", "aucune idée",
            "pas sûr", "pas sûre", "je ne suis pas sûr", "je ne suis pas sûre", "je ne me souviens pas",
            "je me souviens pas", "je ne sais plus", "je sais plus", "inconnu",
            "ich weiß nicht", "weiß nicht", "weiß ich nicht", "keine ahnung", "ich erinnere mich nicht",
            "nicht sicher", "unbekannt",
            "no sé", "no lo sé", "ni idea", "no me acuerdo", "no recuerdo", "no estoy seguro",
            "no estoy segura", "desconocido",
            "non lo so", "non so", "boh", "non ricordo", "non mi ricordo", "non sono sicuro",
            "non sono sicura", "sconosciuto", "nessuna idea",
            "não sei", "não me lembro", "não lembro", "não tenho certeza", "sei lá", "desconhecido",
            "não faço ideia",
            "не знаю", "не пам'ятаю", "не впевнений", "не впевнена", "невідомо", "хз", "гадки не маю",
            "не помню", "не уверен", "не уверена", "неизвестно", "понятия не имею", "без понятия",
            "لا أعرف", "ما بعرف", "مش عارف", "مش عارفة", "لا أدري", "لا أتذكر", "مو متأكد", "غير معروف",
            "ما أعرف",
        )
    }
)


def _is_unknown(words: list[str], *, exact: bool) -> bool:
    if exact:
        return " ".join(words) in _UNKNOWN
    return any(
        " ".join(words[i : i + size]) in _UNKNOWN for size in range(1, 6) for i in range(len(words) - size + 1)
    )


# --- dates and times -------------------------------------------------------------------------------
# An international help desk: "03/05/2026" is read day-first (DMY) in every language, English included;
# dateparser still reads "12/25/2026" as 25 December because no 25th month exists. Likewise a bare hour
# ("à 9", "alle 14") is read on the 24-hour clock.


def _words(*alternatives: str) -> str:
    return r"\b(?:" + "|".join(alternatives) + r")\b"


# Idioms dateparser does not know, rewritten to forms it does know (same language where possible).
_IDIOMS = [
    (re.compile(_words("last night")), "yesterday night"),
    (re.compile(_words("tonight")), "today night"),
    (re.compile(_words("anoche")), "ayer noche"),
    (re.compile(_words("stasera")), "oggi sera"),
    (re.compile(_words("stamattina", "stamani")), "oggi mattina"),
    (re.compile(_words("stanotte")), "oggi notte"),
    (re.compile(_words("à l'instant", "a l'instant", "tout à l'heure")), "maintenant"),
    (re.compile(r"\b(?:l['’] ?)?altro ?ieri\b"), "2 giorni fa"),
    (re.compile(r"(?:أول|اول) (?:أمس|امس|امبارح)|(?:أمس|امس) الأول"), "قبل يومين"),
    (re.compile(r"البارحة|امبارح|إمبارح|مبارح"), "أمس"),
    # Levantine and Maghreb month names; dateparser only knows the Egyptian ones.
    (re.compile(r"كانون الثاني|جانفي"), "يناير"),
    (re.compile(r"شباط|فيفري"), "فبراير"),
    (re.compile(r"[آا]ذار"), "مارس"),
    (re.compile(r"نيسان|[أا]فريل"), "أبريل"),
    (re.compile(r"[أا]يار|\bماي\b"), "مايو"),
    (re.compile(r"حزيران|جوان"), "يونيو"),
    (re.compile(r"تموز|جويلية|يوليوز"), "يوليو"),
    (re.compile(r"\bآب\b|[أا]وت|غشت"), "أغسطس"),
    (re.compile(r"[أا]يلول|شتنبر"), "سبتمبر"),
    (re.compile(r"تشرين ال[أا]ول"), "أكتوبر"),
    (re.compile(r"تشرين الثاني|نونبر"), "نوفمبر"),
    (re.compile(r"كانون ال[أا]ول|دجنبر"), "ديسمبر"),
    # "минулого понеділка": dateparser knows weekdays only in the nominative/accusative.
    *(
        (re.compile(_words(genitive)), nominative)
        for genitive, nominative in {
            "понеділка": "понеділок", "вівторка": "вівторок", "середи": "середа", "четверга": "четвер",
            "п['’]ятниці": "п'ятниця", "суботи": "субота", "неділі": "неділя", "понедельника": "понедельник",
            "вторника": "вторник", "среды": "среда", "пятницы": "пятница", "субботы": "суббота",
            "воскресенья": "воскресенье",
        }.items()
    ),
    # "в марте", "у березні": dateparser knows months in the nominative and genitive only.
    *(
        (re.compile(_words(locative)), nominative)
        for locative, nominative in {
            "январе": "январь", "феврале": "февраль", "марте": "март", "апреле": "апрель", "мае": "май",
            "июне": "июнь", "июле": "июль", "августе": "август", "сентябре": "сентябрь", "октябре": "октябрь",
            "ноябре": "ноябрь", "декабре": "декабрь", "січні": "січень", "лютому": "лютий", "березні": "березень",
            "квітні": "квітень", "травні": "травень", "червні": "червень", "липні": "липень", "серпні": "серпень",
            "вересні": "вересень", "жовтні": "жовтень", "листопаді": "листопад", "грудні": "грудень",
        }.items()
    ),
]

# "9h", "14 Uhr", "о 14 годині" are clock times, but dateparser reads several of them as "N hours ago";
# so they are rewritten to "H:MM", unless they are a duration ("il y a 3h", "3 години тому").
_NOT_AFTER_DURATION = "".join(f"(?<!{word} )" for word in ("il y a", "vor", "hace", "há", "ha", "قبل"))
_NOT_BEFORE_DURATION = r"(?! (?:ago|тому|назад|fa)\b)"
_PM = r"(?:soir|tarde|noche|pomeriggio|sera|noite|abends|nachmittags|вечора|вечера|дня|مساء|مساءً)"
_AM = r"(?:matin|mañana|manana|mattina|mattino|manhã|manha|morgens|früh|ранку|утра|ночі|ночи|صباحا|صباحًا|صباحاً)"
_HALF_DAY_WORDS = r"(?:du |de la |del |della |di |da |de |in the )?(" + _PM + "|" + _AM + r")\b"
_CLOCK_UNIT = re.compile(
    _NOT_AFTER_DURATION
    + r"\b([01]?\d|2[0-3]) ?(?:h|uhr|heures?|hrs?|o'?clock|годин[іиау]?|год|часа|часов|час)\b(?: ?([0-5]\d)\b)?"
    + _NOT_BEFORE_DURATION
)
# "at", "à", "alle", "о"...: dateparser misreads some of them next to a time ("à 21:00" → the 1st).
_CLOCK_WORDS = r"(?:" + _words(
    "at", "à", "a las", "a la", "alle", "all'", "um", "às", "as", "о", "об", "в", "الساعة", "gegen", "vers",
    "around", "about", "verso", "hacia", "sobre", "близько", "около", "حوالي",
) + " )+"
_BARE_HOUR = re.compile(_CLOCK_WORDS + r"([01]?\d|2[0-3])(?=$|,| " + _HALF_DAY_WORDS + ")")
_WORDS_BEFORE_CLOCK = re.compile(_CLOCK_WORDS + r"(?=\d{1,2}:\d{2})")
_HALF_DAY = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d) " + _HALF_DAY_WORDS)


def _clock(match: re.Match[str]) -> str:
    return f"{int(match.group(1))}:{match.group(2) or '00'}"


def _half_day(match: re.Match[str]) -> str:
    hour = int(match.group(1))
    if re.fullmatch(_PM, match.group(3)):
        hour += 12 if hour < 12 else 0
    elif hour == 12:
        hour = 0  # "12:30 du matin" is half past midnight
    return f"{hour}:{match.group(2)}"


def _normalize_clock(text: str) -> str:
    text = _CLOCK_UNIT.sub(_clock, text)
    text = _BARE_HOUR.sub(lambda match: f"{int(match.group(1))}:00", text)
    return _WORDS_BEFORE_CLOCK.sub("", _HALF_DAY.sub(_half_day, text))


# Parts of the day, with the hour dateparser itself uses for the English words.
_NIGHT = 20
_PARTS_OF_DAY = [
    (re.compile(r"(?<=\bheute )(?:morgen|früh)\b|(?<=\bgestern )(?:morgen|früh)\b"), 9),
    (re.compile(r"(?<=\besta )ma[ñn]ana\b|(?<=\bla )ma[ñn]ana\b"), 9),
    (re.compile(_words("morning", "matin", "matinée", "morgens", "vormittags?", "mattin[ao]", "mattinata",
                       "manhã", "manha", "вранці", "зранку", "уранці", "утром", "صباحا", "الصباح", "صباح")), 9),
    (re.compile(_words("noon", "midday", "midi", "mittags?", "mediodía", "mezzogiorno", "meio-dia", "опівдні",
                       "в обед", "в полдень", "الظهر", "ظهرا")), 12),
    (re.compile(_words("afternoon", "après-midi", "apres-midi", "aprem", "nachmittags?", "tarde",
                       "pomeriggio", "вдень", "удень", "днем", "днём", "після обіду", "после обеда",
                       "بعد الظهر", "العصر", "عصرا")), 15),
    (re.compile(_words("evening", "soir", "soirée", "soiree", "abends?", "sera", "serata", "ввечері",
                       "увечері", "вечором", "вечером", "مساء", "مساءً", "المساء")), 18),
    (re.compile(_words("night", "nuit", "nachts?", "noche", "notte", "noite", "вночі", "уночі", "ночью",
                       "ليلا", "ليلاً", "الليل", "ليلة")), _NIGHT),
]

# "since 2019", "seit März": the start of what is still going on is the date to keep
_SINCE = ("since", "from", "seit", "ab", "depuis", "desde", "dal", "dall", "dalla", "dai", "dalle", "dès", "з", "із",
          "від", "с", "со", "منذ", "من")
# Small words that only frame a date ("on", "le", "am", "минулого", "الماضي"); dropped on a second try.
_FILLERS = frozenset(
    {
        "the", "on", "in", "at", "of", "this", "last", "past", "previous",
        "le", "la", "les", "l", "ce", "cet", "cette", "dans", "en", "au", "à", "a", "du", "de", "dernier",
        "dernière", "derniere", "passé", "passée", "passe", "précédent",
        "am", "an", "der", "die", "das", "den", "dem", "im", "um", "letzten", "letzte", "letzter",
        "vergangenen", "vergangene", "vorigen", "vorige", "diese", "diesen",
        "el", "los", "las", "del", "por", "pasado", "pasada", "este", "esta", "último", "ultimo", "última",
        "il", "lo", "di", "della", "nel", "nella", "alle", "scorso", "scorsa", "questo", "questa", "passato",
        "passata", "o", "os", "as", "no", "na", "em", "do", "da", "passado", "passada", "neste", "nesta", "às",
        "в", "у", "о", "на", "во", "минулого", "минулий", "минулої", "минулу", "минулій", "цього", "цей", "ця",
        "цю", "прошлый", "прошлую", "прошлого", "прошлой", "прошлом", "этот", "эту", "этой", "этого",
        "في", "يوم", "الماضي", "الماضية", "الفائت", "هذا", "هذه",
        *_SINCE,
        # "Anfang März", "fin mars", "в конце марта": the month is what can be kept
        "early", "mid", "late", "beginning", "end", "début", "debut", "mi", "fin", "anfang", "mitte", "ende",
        "principios", "mediados", "finales", "inicio", "comienzos", "inizio", "metà", "fine", "início", "meados",
        "final", "початку", "середині", "кінці", "наприкінці", "начале", "середине", "конце", "أوائل", "أواسط",
        "منتصف", "أواخر", "بداية", "نهاية",
        "року", "році", "рік", "р", "году", "года", "г", "jahr", "year", "année", "año", "anno", "ano", "عام", "سنة",
    }
)
_APPROX_DATE = re.compile(
    _words("around", "about", "approximately", "roughly", "circa", "environ", "vers", "à peu près", "etwa",
           "ungefähr", "gegen", "cerca de", "alrededor de", "hacia", "sobre", "verso", "intorno a",
           "por volta de", "por volta das", "приблизно", "близько", "десь", "около", "примерно", "где-то",
           "حوالي", "حوالى", "تقريبا", "تقريباً")
)
# The only real date words of three letters or less; others are abbreviations found in ordinary words.
_SHORT_DATE_WORDS = frozenset({"hoy", "أمس", "امس", "غدا"})
_LONGEST_DATE_ANSWER = 200
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ](\d{1,2}):(\d{2})(?::\d{2})?)?")


@dataclass(frozen=True)
class _Moment:
    when: datetime  # naive, in the timezone of `now`
    period: str  # dateparser's precision: "time", "day", "week", "month", "year"
    vague: bool = False  # "a few days ago", "more than a month ago": the count itself is a guess


# --- "two months ago", "seit drei Wochen", "hace unas semanas", "منذ شهرين" -----------------------------
# People rarely remember the day something began. dateparser reads only some of these (no number words in
# Spanish, Italian or Portuguese, no "since", no "a few"), so such durations are read here, the same way in
# every language, before dateparser sees the text.
_DURATION_UNITS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # unit: (one, several)
    "day": (
        ("day", "jour", "journée", "tag", "día", "dia", "giorno", "день", "дня", "يوم"),
        ("days", "jours", "tage", "tagen", "días", "dias", "giorni", "дні", "днів", "дней", "дни", "أيام",
         "ايام"),
    ),
    "week": (
        ("week", "semaine", "woche", "semana", "settimana", "тиждень", "тижня", "неделю", "неделя", "недели",
         "أسبوع", "اسبوع"),
        ("weeks", "semaines", "wochen", "semanas", "settimane", "тижні", "тижнів", "недель", "أسابيع",
         "اسابيع"),
    ),
    "month": (
        ("month", "mois", "monat", "mes", "mês", "mese", "місяць", "місяця", "месяц", "месяца", "شهر"),
        ("months", "monate", "monaten", "meses", "mesi", "місяці", "місяців", "месяцев", "أشهر", "اشهر",
         "شهور"),
    ),
    "year": (
        ("year", "an", "année", "jahr", "año", "ano", "anno", "рік", "року", "год", "года", "سنة", "سنه", "عام"),
        ("years", "ans", "années", "jahre", "jahren", "años", "anos", "anni", "роки", "років", "лет", "годы",
         "سنوات", "سنين", "أعوام", "اعوام"),
    ),
}
# Units that carry their count: Arabic duals ("شهرين", two months) and half years.
_COUNTED_UNITS: dict[str, tuple[str, int]] = {
    "يومين": ("day", 2), "أسبوعين": ("week", 2), "اسبوعين": ("week", 2), "شهرين": ("month", 2),
    "سنتين": ("year", 2), "عامين": ("year", 2),
    **{
        half: ("month", 6)
        for half in (
            "half a year", "half year", "six months", "halben jahr", "halbes jahr", "halbjahr", "demi an",
            "demi-année", "six mois", "medio año", "seis meses", "mezzo anno", "sei mesi", "meio ano", "півроку",
            "пів року", "полгода", "пол года", "نصف سنة", "نصف عام", "ستة أشهر", "ستة اشهر",
        )
    },
}
_COUNT_WORDS: dict[int, tuple[str, ...]] = {
    1: ("a", "an", "one", "un", "une", "ein", "eine", "einem", "einer", "einen", "uno", "una", "um", "uma",
        "один", "одна", "одну", "одного", "одним", "واحد", "واحدة"),
    2: ("two", "deux", "zwei", "dos", "due", "dois", "duas", "два", "дві", "две", "двох", "двух", "اثنين",
        "اثنان"),
    3: ("three", "trois", "drei", "tres", "tre", "três", "три", "трьох", "трёх", "трех", "ثلاثة", "ثلاث"),
    4: ("four", "quatre", "vier", "cuatro", "quattro", "quatro", "чотири", "четыре", "чотирьох", "четырёх",
        "четырех", "أربعة", "أربع", "اربعة", "اربع"),
    5: ("five", "cinq", "fünf", "cinco", "cinque", "п'ять", "пять", "خمسة", "خمس"),
    6: ("six", "sechs", "seis", "sei", "шість", "шесть", "ستة", "ست"),
    7: ("seven", "sept", "sieben", "siete", "sette", "sete", "сім", "семь", "سبعة", "سبع"),
    8: ("eight", "huit", "acht", "ocho", "otto", "oito", "вісім", "восемь", "ثمانية", "ثماني"),
    9: ("nine", "neuf", "neun", "nueve", "nove", "дев'ять", "девять", "تسعة", "تسع"),
    10: ("ten", "dix", "zehn", "diez", "dieci", "dez", "десять", "عشرة", "عشر"),
    11: ("eleven", "onze", "elf", "once", "undici", "одинадцять", "одиннадцать"),
    12: ("twelve", "douze", "zwölf", "doce", "dodici", "doze", "дванадцять", "двенадцать"),
}
_A_COUPLE = ("a couple of", "a couple", "couple of", "un paio di", "un par de", "пару", "парочку")
_A_FEW = (
    "a few", "few", "several", "some", "quelques", "plusieurs", "des", "ein paar", "paar", "einige", "einigen",
    "mehrere", "mehreren", "unos", "unas", "algunos", "algunas", "varios", "varias", "alcuni", "alcune",
    "qualche", "diversi", "diverse", "alguns", "algumas", "uns", "umas", "vários", "várias", "кілька",
    "декілька", "кількох", "декількох", "несколько", "нескольких", "بضعة", "بضع", "عدة",
)
_MORE_THAN = (
    "more than", "over", "almost", "nearly", "plus de", "presque", "près de", "mehr als", "über", "fast", "knapp",
    "más de", "casi", "più di", "oltre", "quasi", "mais de", "quase", "більше", "більш ніж", "понад", "майже",
    "больше", "более", "почти", "أكثر من", "اكثر من",
)
# Words that make a duration a time in the past: "il y a 2 mois", "2 mesi fa", "since two months".
_AGO_BEFORE = ("il y a", "y a", "ya", "vor", "hace", "desde hace", "há", "ha", "faz", "قبل", "منذ")
_SINCE_BEFORE = ("since", "for", "seit", "depuis", "desde", "da", "з", "вже", "уже", "من")
_AGO_AFTER = ("ago", "back", "fa", "atrás", "atras", "тому", "назад", "her")


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_UNIT_OF = {form: unit for unit, (one, several) in _DURATION_UNITS.items() for form in one + several}
_SEVERAL = frozenset(form for _, several in _DURATION_UNITS.values() for form in several)
_COUNT_OF = {word: count for count, words in _COUNT_WORDS.items() for word in words}
_DURATION_BODY = (
    rf"(?:(?P<more>{_alternation(_MORE_THAN)}) )?"
    rf"(?:(?P<count>\d{{1,3}}|{_alternation([*_COUNT_OF, *_A_COUPLE, *_A_FEW])}) )?"
    rf"(?P<unit>{_alternation([*_UNIT_OF, *_COUNTED_UNITS])})"
)
_DURATION = re.compile(
    rf"(?:(?P<more0>{_alternation(_MORE_THAN)}) )?(?:(?P<before>{_alternation(_AGO_BEFORE + _SINCE_BEFORE)}) )?"
    + _DURATION_BODY
    + rf"(?: (?P<after>{_alternation(_AGO_AFTER)}))?"
)
# Inside a sentence only the forms that cannot mean anything else are looked for.
_DURATION_IN_SENTENCE = re.compile(
    rf"(?<!\w)(?:(?P<before>{_alternation(_AGO_BEFORE)}) )?{_DURATION_BODY}(?: (?P<after>{_alternation(_AGO_AFTER)}))?"
    r"(?!\w)"
)


def _months_back(day: datetime, months: int) -> datetime:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return day.replace(year=year, month=month + 1, day=min(day.day, calendar.monthrange(year, month + 1)[1]))


def _duration_moment(match: re.Match[str], now: datetime) -> _Moment | None:
    unit, count_word = match["unit"], match["count"]
    vague = bool(match["more"] or match.groupdict().get("more0"))
    if unit in _COUNTED_UNITS:
        if count_word and count_word not in _COUNT_WORDS[1]:  # "einem halben Jahr", not "two six months"
            return None
        unit, count = _COUNTED_UNITS[unit]
    else:
        unit = _UNIT_OF[unit]
        if count_word is None:
            # "месяц назад" is one month; "weeks ago", "hace meses" are several
            count, vague = (3, True) if match["unit"] in _SEVERAL else (1, vague)
        elif count_word.isdigit():
            count = int(count_word)
        elif count_word in _COUNT_OF:
            count = _COUNT_OF[count_word]
        else:
            count, vague = (2 if count_word in _A_COUPLE else 3), True
    base = now.replace(tzinfo=None)
    if unit in ("day", "week"):
        when = base - timedelta(days=count * (7 if unit == "week" else 1))
    else:
        when = _months_back(base, count * (12 if unit == "year" else 1))
    return _Moment(when, unit, vague) if when.year >= 1900 else None


def _duration(text: str, now: datetime) -> _Moment | None:
    match = _DURATION.fullmatch(re.sub(r"\bd'(?=une?\b)", "de ", text))  # "il y a plus d'un an"
    return _duration_moment(match, now) if match and (match["before"] or match["after"]) else None


def _duration_in_sentence(text: str, locale: str, now: datetime) -> _Moment | None:
    found = [match for match in _DURATION_IN_SENTENCE.finditer(text) if match["before"] or match["after"]]
    if len(found) != 1:
        return None
    # "I paid 2 days ago and again yesterday" holds two dates: which one was meant is not ours to choose
    rest = text[: found[0].start()] + " " + text[found[0].end() :]
    return None if _search(rest, locale, now) else _duration_moment(found[0], now)


@functools.cache
def _dateparser() -> tuple[Any, Any]:
    # Importing dateparser and loading its language data takes a noticeable fraction of a second.
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    _forget_other_languages(LANGUAGES)
    return DateDataParser, search_dates


def _forget_other_languages(kept: tuple[str, ...]) -> None:
    """Importing dateparser.search loads the data of all its 200 languages, twice (the module and a copy in the
    locale), for a map of what it can search; we always name our nine. The others leave that map, the loader's
    caches and sys.modules: 3 MB less once dates are read (the loader would read one again if it were asked for).
    With another dateparser whose insides differ, nothing is forgotten."""
    try:
        from dateparser import search
        from dateparser.languages.loader import LocaleDataLoader

        caches = [search._search_with_detection.available_language_map, LocaleDataLoader._loaded_locales,
                  LocaleDataLoader._loaded_languages]
    except (ImportError, AttributeError):
        return
    if not all(isinstance(cache, dict) and set(kept) <= cache.keys() for cache in caches):
        return
    for cache in caches:
        for language in [language for language in cache if language not in kept]:
            del cache[language]
    package = "dateparser.data.date_translation_data"
    for name in [name for name in sys.modules if name.startswith(package + ".")]:
        language = name[len(package) + 1 :]
        if language not in kept:
            del sys.modules[name]
            with contextlib.suppress(AttributeError):
                delattr(sys.modules[package], language)


def _languages(locale: str) -> list[str]:
    # One ordered pass equals "locale and English first, then all nine": dateparser tries them in order.
    return list(dict.fromkeys([lang for lang in (locale, "en") if lang in LANGUAGES] + list(LANGUAGES)))


def _settings(base: datetime) -> dict[str, Any]:
    return {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "DMY",
        "RETURN_TIME_AS_PERIOD": True,
        # "im März" is kept as March: its first day, not today's day of the month in March
        "PREFER_DAY_OF_MONTH": "first",
        # No Unix timestamps: "1700000000" is a number someone typed, not a date.
        "PARSERS": ["relative-time", "custom-formats", "absolute-time"],
    }


def _naive(value: datetime, now: datetime) -> datetime:
    return value.astimezone(now.tzinfo).replace(tzinfo=None) if value.tzinfo else value


# The answers people give most often, read without dateparser (which builds a parser and tries the nine languages
# in turn: a millisecond or more per answer), to exactly what dateparser gives for them in every language: the
# same day, time of day and precision (tests/test_validators.py compares the two for each word and form here).
_DAYS_BACK = {
    word: days
    for days, words in {
        0: ("today", "aujourd'hui", "heute", "hoy", "oggi", "hoje", "сьогодні", "сегодня", "اليوم"),
        1: ("yesterday", "hier", "gestern", "ayer", "ieri", "ontem", "вчора", "учора", "вчера", "أمس", "امس"),
        2: ("the day before yesterday", "day before yesterday", "avant-hier", "vorgestern", "anteayer", "anteontem",
            "позавчора", "позавчера"),
        -1: ("tomorrow", "demain", "morgen", "mañana", "domani", "amanhã", "завтра", "غدا", "غداً"),
    }.items()
    for word in words
}
_NOW = frozenset({"now", "just now", "maintenant", "jetzt", "ahora", "ora", "agora", "зараз", "сейчас", "الآن"})
# A week before now, to the minute, of precision "week" (the forms dateparser reads; "la settimana scorsa" and "a
# semana passada" it does not, so they are not here either)
_WEEK_BACK = frozenset({"last week", "la semaine dernière", "letzte woche", "la semana pasada", "минулого тижня",
                        "на прошлой неделе", "الأسبوع الماضي"})
# The last such day strictly before today, at midnight ("last monday" said on a Monday is a week ago)
_LAST_WEEKDAY = {f"last {day}": number for number, day in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
# Day first in every language (see above), with one separator: "03/05/2026", "3.5.2026", "03-05-2026". A form that
# is no day this way ("12/25/2026", "31/04/2026") is left to dateparser, which may read it otherwise.
_NUMERIC_DATE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")


def _common_date(text: str, now: datetime) -> _Moment | None:
    """A date in one of the common forms above, as dateparser would read it; None: not one of them."""
    base = now.replace(tzinfo=None)
    if text in _DAYS_BACK:
        when = base - timedelta(days=_DAYS_BACK[text])  # dateparser keeps the time of day of its base
        return _Moment(when, "day") if when.year >= 1900 else None
    if text in _NOW:
        return _Moment(base, "time")
    if text in _WEEK_BACK:
        when = base - timedelta(days=7)
        return _Moment(when, "week") if when.year >= 1900 else None
    if text in _LAST_WEEKDAY:
        back = (base.weekday() - _LAST_WEEKDAY[text]) % 7 or 7
        when = datetime.combine((base - timedelta(days=back)).date(), datetime.min.time())
        return _Moment(when, "day") if when.year >= 1900 else None
    numeric = _NUMERIC_DATE.fullmatch(text)
    if numeric:
        day, month, year = int(numeric[1]), int(numeric[3]), int(numeric[4])
        if 1900 <= year <= 2999 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            return _Moment(datetime(year, month, day), "day")
    return None


# Words that only frame a date, alone: what is left of "this morning" once the part of the day is taken out.
# dateparser finds no date in any of them.
_NO_DATE = _FILLERS


def _dateparse(text: str, locale: str, now: datetime) -> _Moment | None:
    if text in _NO_DATE:
        return None
    return _common_date(text, now) or _with_dateparser(text, locale, now)


def _with_dateparser(text: str, locale: str, now: datetime) -> _Moment | None:
    parser_class, _ = _dateparser()
    base = now.replace(tzinfo=None)
    data = parser_class(languages=_languages(locale), settings=_settings(base), use_given_order=True)
    found = data.get_date_data(text)
    if found.date_obj is None or found.date_obj.year < 1900:
        return None  # "2019 года" is read as the year 7: let the simpler form without "года" be tried
    period = "time" if found.period == "part_of_day" else found.period
    when = _naive(found.date_obj, now)
    if period == "year":
        when = when.replace(month=1, day=1)  # "since 2019", "last year": the year, not today's day in it
    return _Moment(when, period)


def _parse_one(text: str, locale: str, now: datetime) -> _Moment | None:
    iso = _ISO.fullmatch(text)
    if iso:
        year, month, day, hour, minute = (int(part) if part else None for part in iso.groups())
        try:
            moment = datetime(year, month, day, hour or 0, minute or 0)
        except ValueError:
            return None  # dateparser would quietly swap "2026-13-01" into 13 January
        return _Moment(moment, "day" if hour is None else "time")
    return None if _too_ambiguous(text) else _dateparse(text, locale, now)


def _too_ambiguous(text: str) -> bool:
    """Lone letters ("a" → the 1st), abbreviations ("mer" → mercredi) and bare day numbers ("5")."""
    if re.fullmatch(r"\d{1,2}", text):
        return True
    return len(text) <= 3 and text not in _SHORT_DATE_WORDS and not re.search(r"\d", text)


def _search(text: str, locale: str, now: datetime) -> _Moment | None:
    """Find the single date inside a sentence ("I think it was yesterday")."""
    _, search_dates = _dateparser()
    found = search_dates(text, languages=_languages(locale), settings=_settings(now.replace(tzinfo=None)))
    candidates = {
        moment.when.date(): moment
        for piece, _ in found or []
        if (moment := _parse_one(piece, locale, now)) and moment.period not in ("month", "year")
    }
    return next(iter(candidates.values())) if len(candidates) == 1 else None


def _prepare(text: str) -> str:
    text = _SPACES.sub(" ", re.sub("[’ʼ]", "'", _ascii_digits(text).lower())).strip(" .,;:!?¿¡\"«»“”")
    for pattern, replacement in _IDIOMS:
        text = pattern.sub(replacement, text)
    return _normalize_clock(text)


def _split_part_of_day(text: str) -> tuple[str, int | None]:
    for pattern, hour in _PARTS_OF_DAY:
        if pattern.search(text):
            return _SPACES.sub(" ", pattern.sub(" ", text)).strip(), hour
    return text, None


def _parse_moment(text: str, locale: str, now: datetime) -> _Moment | None:
    if len(text) > _LONGEST_DATE_ANSWER:
        return None  # a story, not a date; searching it would be slow
    text, part_of_day = _split_part_of_day(_prepare(text))
    text = _SPACES.sub(" ", _APPROX_DATE.sub(" ", text)).strip(" ,")
    today = _Moment(now.replace(tzinfo=None), "day")
    simpler = " ".join(word for word in text.split() if word not in _FILLERS)
    first, _, rest = text.partition(" ")
    since = rest if first in _SINCE else ""  # "since last month": "last" is a filler, but not there
    moment = (
        _duration(text, now)
        or (text and _parse_one(text, locale, now))
        or (since and _parse_one(since, locale, now))
        or (simpler and _parse_one(simpler, locale, now))
        or (today if part_of_day is not None and not simpler else None)
        or _duration_in_sentence(text, locale, now)
        or (simpler and _search(text, locale, now))
    )
    return _at_part_of_day(moment, part_of_day, now) if moment else None


def _at_part_of_day(moment: _Moment, part_of_day: int | None, now: datetime) -> _Moment:
    """Give "hier soir" the hour of "soir", unless a clock time was said too."""
    if part_of_day is None or moment.period != "day" or moment.vague:
        return moment
    when = moment.when.replace(hour=part_of_day, minute=0, second=0, microsecond=0)
    base = now.replace(tzinfo=None)
    # "cette nuit", "heute Nacht" said in the morning mean the night that just ended.
    if part_of_day == _NIGHT and when.date() == base.date() and when > base:
        when -= timedelta(days=1)
    return _Moment(when, "time")


def _unknown_or(error: str, text: str, params: Mapping[str, Any], *, exact: bool) -> Result | None:
    if params.get("allow_unknown", True) and _is_unknown(_fold(text).split(), exact=exact):
        return Valid(None, "unknown")
    return None if exact else Invalid(error)


def _checked_moment(
    error: str, text: str, locale: str, params: Mapping[str, Any], now: datetime
) -> Result | _Moment:
    """Shared start of date and datetime: an "I don't know", an error, or a parsed moment."""
    early = _unknown_or(error, text, params, exact=True)
    if early:
        return early
    moment = _parse_moment(text, locale, now)
    if moment is None:
        return _unknown_or(error, text, params, exact=False)
    if moment.when.year < 1900:
        return Invalid(error)
    return moment


# A person types the date and time of where they are, and `now` is UTC: what is already the 28th at
# UTC+14 is not the future. Words that count from today ("tomorrow", "in 3 days") get no such slack.
_EARLIEST_ZONE = timedelta(hours=14)


def _in_future(moment: _Moment, text: str, locale: str, now: datetime, params: Mapping[str, Any]) -> bool:
    """For a "when did it happen" question (the default; `allow_future: true` lifts it)."""
    if params.get("allow_future", False):
        return False
    base = now.replace(tzinfo=None)
    when = moment.when if moment.period == "time" else datetime.combine(moment.when.date(), datetime.min.time())
    if when.date() <= base.date() and (moment.period != "time" or when <= base):
        return False
    if when > base + _EARLIEST_ZONE:
        return True
    return when.date() > base.date() and _counts_from_today(moment, text, locale, now)


def _counts_from_today(moment: _Moment, text: str, locale: str, now: datetime) -> bool:
    # a date said in words relative to today moves when today moves; "2026-11-28" does not
    later = _parse_moment(text, locale, now + timedelta(days=3))
    return later is None or later.when != moment.when


def _approximate(moment: _Moment, text: str) -> Valid:
    day = moment.when.date()
    shown = {"month": day.isoformat()[:7], "year": str(day.year)}.get(moment.period, day.isoformat())
    said = _SPACES.sub(" ", text).strip()
    return Valid({"date": day.isoformat(), "precision": moment.period, "said": said}, _shorten(f"~{shown} ({said})"))


def _validate_date(text: str, locale: str, params: Mapping[str, Any], now: datetime) -> Result:
    """A day, or for an approximate answer ("two months ago", "im März", "since 2019") a dict: the best
    date it gives, its precision ("day", "week", "month", "year") and the words the person used."""
    moment = _checked_moment("invalid-date", text, locale, params, now)
    if not isinstance(moment, _Moment):
        return moment
    if _in_future(moment, text, locale, now, params):
        return Invalid("invalid-date-future")
    if moment.period in ("day", "time") and not moment.vague:
        day = moment.when.date().isoformat()
        return Valid(day, day)
    return _approximate(moment, text)


def _validate_datetime(text: str, locale: str, params: Mapping[str, Any], now: datetime) -> Result:
    moment = _checked_moment("invalid-datetime", text, locale, params, now)
    if not isinstance(moment, _Moment):
        return moment
    if _in_future(moment, text, locale, now, params):
        return Invalid("invalid-date-future")
    if moment.period in ("week", "month", "year"):
        return Invalid("invalid-date-incomplete")
    if moment.period != "time":
        return Invalid("invalid-datetime-no-time")
    when = moment.when
    return Valid(when.strftime("%Y-%m-%dT%H:%M"), when.strftime("%Y-%m-%d %H:%M"))


# --- email, url, phone -----------------------------------------------------------------------------

# Security people "defang" indicators so nobody clicks them: hxxp://evil[.]com, a[@]b[.]com.
_DEFANGS = [
    (re.compile(r"\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)", re.I), "."),
    (re.compile(r"\[@\]|\(@\)|\[at\]|\(at\)", re.I), "@"),
    (re.compile(r"\[:\]|\[://\]"), lambda match: match.group()[1:-1]),
    (re.compile(r"^hxxp", re.I), "http"),
]


def _refang(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().rstrip(".,;!?").strip("<>\"'«»“”")
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    for pattern, replacement in _DEFANGS:
        text = pattern.sub(replacement, text)
    return text


def _validate_email(text: str, locale: str, params: Mapping[str, Any], now: datetime) -> Result:
    from email_validator import EmailNotValidError, validate_email

    address = re.sub(r"^mailto:", "", _refang(text), flags=re.I)
    try:
        normalized = validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        return Invalid("invalid-email")
    local, _, domain = normalized.rpartition("@")
    normalized = f"{local}@{domain.lower()}"
    return Valid(normalized, normalized)


def _valid_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        pass
    labels = host.split(".")
    if len(labels) < 2 or not all(labels) or re.search(r"[^\w-]", host.replace(".", "")):
        return False
    return bool(re.fullmatch(r"[^\W\d_]{2,}|xn--[a-z0-9-]+", labels[-1]))


def _validate_url(text: str, locale: str, params: Mapping[str, Any], now: datetime) -> Result:
    url = _refang(text)
    if not url or re.search(r"\s", url):
        return Invalid("invalid-url")
    if not re.match(r"^[a-z][a-z0-9+.-]*://", url, re.I):
        if "@" in url.split("/")[0] or re.match(r"^[a-z]+:", url, re.I):
            return Invalid("invalid-url")  # an email address or "javascript:"/"mailto:", not a web link
        url = "http://" + url
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return Invalid("invalid-url")
    if parts.scheme.lower() not in ("http", "https") or not _valid_host(host):
        return Invalid("invalid-url")
    netloc = parts.netloc.rsplit("@", 1)[-1]
    netloc = parts.netloc[: len(parts.netloc) - len(netloc)] + netloc.lower()
    normalized = urlunsplit((parts.scheme.lower(), netloc, parts.path, parts.query, parts.fragment))
    return Valid(normalized, _shorten(normalized))


# Where a number typed without its country code most likely belongs, by the person's language. A guess
# (German is also spoken in Austria and Switzerland, Portuguese mostly in Brazil): a number read this way is
# marked `confirm`, and a flow may set `default_region` where it knows better. Arabic is spoken in some
# twenty countries, so it points to none and the person is asked for the country code.
PHONE_REGIONS: dict[str, str | None] = {
    "en": "GB", "fr": "FR", "de": "DE", "es": "ES", "it": "IT", "pt": "PT", "uk": "UA", "ru": "RU", "ar": None,
}


def _validate_phone(text: str, locale: str, params: Mapping[str, Any], now: datetime) -> Result:
    """E.164 ("+4915123456789"), shown in international form ("+49 1512 3456789").

    `default_region` (a flow param, e.g. "CH") reads numbers without a country code; without it the region of
    the locale ("pt-BR") or of its language (PHONE_REGIONS) is used, and the answer must be confirmed.
    """
    import phonenumbers

    number_text = re.sub(r"^\s*00", "+", _ascii_digits(text))
    region = params["default_region"] if "default_region" in params else params.get(_LOCALE_REGION)
    try:
        number = phonenumbers.parse(number_text, str(region).upper() if region else None, keep_raw_input=True)
    except phonenumbers.NumberParseException:
        return Invalid("invalid-phone")
    if not (phonenumbers.is_possible_number(number) and phonenumbers.is_valid_number(number)):
        return Invalid("invalid-phone")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    assumed = number.country_code_source == phonenumbers.CountryCodeSource.FROM_DEFAULT_COUNTRY
    return Valid(e164, shown, confirm=assumed)


# --- registry --------------------------------------------------------------------------------------

_VALIDATORS: dict[str, _Validator] = {
    "text": _validate_text,
    "date": _validate_date,
    "datetime": _validate_datetime,
    "email": _validate_email,
    "url": _validate_url,
    "phone": _validate_phone,
    "money": _validate_money,
    "yes_no": _validate_yes_no,
    "number": _validate_number,
}
VALIDATOR_NAMES: frozenset[str] = frozenset(_VALIDATORS)
ERROR_KEYS: frozenset[str] = frozenset(
    {
        "invalid-text-too-short",
        "invalid-text-too-long",
        "invalid-yes-no",
        "invalid-number",
        "invalid-number-integer",
        "invalid-number-range",
        "invalid-number-too-small",
        "invalid-number-too-large",
        "invalid-money",
        "invalid-money-currency",
        "invalid-date",
        "invalid-date-incomplete",
        "invalid-date-future",
        "invalid-datetime",
        "invalid-datetime-no-time",
        "invalid-email",
        "invalid-url",
        "invalid-phone",
        EVIDENCE_KEPT,  # not an error: the answer to words kept as evidence (`evidence_text`)
    }
)


def _base_language(locale: str) -> str:
    return re.split(r"[-_]", locale or "en")[0].lower()


# The region a locale names or implies, given to validators among the params (under a name no flow uses).
_LOCALE_REGION = "_locale_region"


def _locale_region(locale: str) -> str | None:
    parts = re.split(r"[-_]", locale or "")
    region = next((part for part in parts[1:] if re.fullmatch(r"[A-Za-z]{2}", part)), None)
    return region.upper() if region else PHONE_REGIONS.get(_base_language(locale))


def validate(
    name: str,
    text: str,
    *,
    locale: str = "en",
    params: Mapping[str, Any] | None = None,
    now: datetime | None = None,
) -> Valid | Invalid:
    """Check and normalize one answer; raises KeyError for an unknown validator name."""
    validator = _VALIDATORS[name]
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return validator(text, _base_language(locale), {**(params or {}), _LOCALE_REGION: _locale_region(locale)}, now)

# The variables each error message is given (the linter checks that translations use no others).
ERROR_ARGS: dict[str, frozenset[str]] = {key: frozenset() for key in ERROR_KEYS} | {
    "invalid-text-too-short": frozenset({"min"}),
    "invalid-text-too-long": frozenset({"max"}),
    "invalid-number-range": frozenset({"min", "max"}),
    "invalid-number-too-small": frozenset({"min"}),
    "invalid-number-too-large": frozenset({"max"}),
}

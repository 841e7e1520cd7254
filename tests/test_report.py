"""The case summary: the chat message, and the PDF in the person's language then in English, read back."""

from __future__ import annotations

import dataclasses
import logging
import re
import unicodedata
from datetime import UTC, datetime
from functools import cache
from io import BytesIO

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from bot.config import PROJECT_ROOT
from bot.domain import Formatted, MessageRef
from bot.i18n import Translator
from bot.report import (
    REPORT_KEYS,
    REPORT_VARIABLES,
    CaseSummary,
    pdf_caption,
    pdf_filename,
    render_pdf,
    summary_text,
)

I18N = Translator(PROJECT_ROOT / "locales")
LOCALES = ["en", "fr", "de", "es", "it", "pt", "uk", "ru", "ar"]
GENERATED = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
REFERENCE = "FD-2026-000123"
SCREENSHOT_SHA = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b"
STATEMENT_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"

# What a person might have written, in their language (the PDF shows it as written, in both copies).
STORIES = {
    "en": "A man called me and said he was from my bank. He said someone was trying to take money from my card "
          "and asked for the code in the SMS I had just received. I read it to him.\n\n"
          "An hour later 1,200 euros were gone from my account.",
    "fr": "Un homme m'a appelée en disant qu'il travaillait pour ma banque. Il m'a dit que quelqu'un essayait de "
          "prendre de l'argent sur ma carte et m'a demandé le code reçu par SMS. Je le lui ai donné.\n\n"
          "Une heure plus tard, 1 200 euros avaient disparu de mon compte.",
    "uk": "Мені зателефонував чоловік, який назвався працівником банку. Він сказав, що з моєї картки намагаються "
          "зняти гроші, і попросив код із SMS. Я продиктувала йому код.\n\n"
          "За годину з мого рахунку зникло 1200 євро. Що тепер робити?",
    "ar": "اتصل بي شخص ادعى أنه موظف في البنك. قال إن هناك من يحاول سحب أموال من بطاقتي وطلب مني الرمز الذي "
          "وصلني في رسالة نصية، فأعطيته الرمز.\n\n"
          "بعد ساعة اختفى من حسابي مبلغ ١٢٠٠ يورو.",
}


def summary(locale: str = "en", **changes) -> CaseSummary:
    case = CaseSummary(
        reference=REFERENCE,
        status="claimed",
        created_at=datetime(2026, 3, 3, 14, 5, 9, tzinfo=UTC),
        category=MessageRef("intake-category-scam"),
        what_happened=STORIES.get(locale, STORIES["en"]),
        dates=[(MessageRef("intake-when-label"), Formatted("date", "2026-03-02"))],
        amounts=[Formatted("money", {"amount": "1200", "currency": "EUR"})],
        indicators=[("url", "hxxps://secure-bank-login[.]example/verify"), ("phone", "+44 7700 900123"),
                    ("email", "support[@]bank-help[.]example"), ("iban", "GB33BUKB20201555555555")],
        evidence=[("sms-screenshot.png", 183_204, SCREENSHOT_SHA, datetime(2026, 3, 3, 14, 7, 30, tzinfo=UTC)),
                  ("bank statement.pdf", 48_511, STATEMENT_SHA, datetime(2026, 3, 3, 14, 8, 2, tzinfo=UTC))],
    )
    return dataclasses.replace(case, **changes)


@cache
def pdf(locale: str) -> bytes:
    return render_pdf(summary(locale), I18N, locale, generated_at=GENERATED)


# --- reading a PDF back -------------------------------------------------------------------------------

_INVISIBLE = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def plain(text: str) -> str:
    """Extracted or rendered text made comparable: Unicode NFKC (Arabic presentation forms and no-break
    spaces become their plain letters and spaces), bidi marks and isolates dropped, spaces collapsed."""
    return " ".join(_INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).split())


def pages_text(data: bytes) -> list[str]:
    return [plain(page.extract_text()) for page in PdfReader(BytesIO(data)).pages]


def _to_unicode(font) -> dict[bytes, str]:
    """A Type0 font's ToUnicode map: two-byte glyph code -> the characters that glyph stands for."""
    cmap = font["/ToUnicode"].get_data().decode("latin-1")
    found: dict[bytes, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, chars in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            found[bytes.fromhex(code)] = bytes.fromhex(chars).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, first in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            for offset in range(int(high, 16) - int(low, 16) + 1):
                found[(int(low, 16) + offset).to_bytes(2, "big")] = chr(int(first, 16) + offset)
    return found


def glyph_runs(data: bytes, page_number: int = 0) -> list[tuple[float, list[str]]]:
    """Each text object (one line) of a page as it is drawn: where it starts (x, in points) and, glyph by
    glyph from left to right, the characters each glyph stands for. A ligature is one glyph standing for
    two letters. Fails if a glyph is shown while no font is set (in the graphics state, across q … Q)."""
    reader = PdfReader(BytesIO(data))
    page = reader.pages[page_number]
    maps = {name: _to_unicode(font.get_object()) for name, font in page["/Resources"]["/Font"].items()}
    runs: list[tuple[float, list[str]]] = []
    font, saved, glyphs, x = None, [], [], 0.0
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator == b"q":
            saved.append(font)
        elif operator == b"Q":
            font = saved.pop()
        elif operator == b"BT":
            glyphs, x = [], None
        elif operator == b"Td" and x is None:
            x = float(operands[0])
        elif operator == b"Tf":
            font = maps[operands[0]]
        elif operator in (b"Tj", b"TJ"):
            assert font is not None, "text shown with no font set"
            for string in operands[0] if operator == b"TJ" else operands:
                if isinstance(string, (int, float)):
                    continue
                raw = getattr(string, "original_bytes", None) or bytes(string)
                # a glyph with no entry is the second glyph of a cluster (a mark placed on a letter):
                # the cluster's first glyph stands for all its characters
                glyphs += [font.get(raw[i:i + 2], "") for i in range(0, len(raw), 2)]
        elif operator == b"ET" and glyphs:
            runs.append((x or 0.0, glyphs))
    return runs


def arabic_lines(data: bytes, page_number: int = 0, *, digits: bool = False) -> list[str]:
    """The lines of a page written only in Arabic letters (and digits, if asked), back in reading order:
    the glyphs of a right-to-left line are drawn from its end (left) to its start (right), so the run is
    reversed glyph by glyph — a ligature stays one unit, its letters in their own order."""
    lines = []
    for _, glyphs in glyph_runs(data, page_number):
        text = "".join(glyphs)
        others = "[A-Za-z]" if digits else "[A-Za-z0-9\u0660-\u0669]"
        if re.search("[\u0600-\u06ff]", text) and not re.search(others, text):
            lines.append(plain("".join(reversed(glyphs))))
    return lines


# --- the PDF ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("locale", ["en", "fr", "uk", "ar"])
def test_pdf_shows_the_case_in_the_persons_language_then_in_english(locale):
    data = pdf(locale)
    assert data.startswith(b"%PDF-")
    assert len(data) < 200_000
    pages = pages_text(data)
    text = " ".join(pages)

    title = plain(I18N.render(locale, "report-title"))
    assert title in pages[0]
    assert REFERENCE in pages[0]
    for page in pages:
        assert REFERENCE in page  # at the foot of every page too
    copies = [i for i, page in enumerate(pages) if "Case summary (English copy)" in page]
    if locale == "en":
        assert copies == []
        assert text.count("Case summary") == 1
    else:
        # the English copy begins on a page of its own, after the whole summary in the person's language
        assert len(copies) == 1 and copies[0] > 0
        assert title not in " ".join(pages[copies[0]:])
        assert plain(I18N.render(locale, "report-copy-follows")) in pages[0]
        english = " ".join(pages[copies[0]:])
        for words in ("Reference: FD-2026-000123", "Status: a volunteer is working on it",
                      "Kind of problem: I was scammed or lost money", "When: March 2, 2026",
                      "What happened, in the person's own words", "Files the person sent",
                      "Size: 183,204 bytes", "Received: Mar 3, 2026, 2:07:30 PM UTC",
                      "Generated on Mar 4, 2026, 9:30:00 AM UTC", "About the SHA-256 values",
                      "Web link: hxxps://secure-bank-login[.]example/verify", "€1,200.00"):
            assert words in english, words
    # page numbers, in the language of each page, with the total
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        in_english = locale == "en" or (copies and number > copies[0])
        expected = plain(I18N.render("en" if in_english else locale, "report-page", {"page": number, "pages": total}))
        if locale == "ar" and not in_english:
            # pypdf puts a line that mixes Arabic and digits out of order; read the glyphs back instead
            # (single digits: a number of several digits would come out reversed by this simple reading)
            assert expected in arabic_lines(data, number - 1, digits=True)
        else:
            assert expected in page
    # chain of custody: every SHA-256 whole, once per copy; the files by name
    copies_count = 1 if locale == "en" else 2
    assert text.count(SCREENSHOT_SHA) == copies_count
    assert text.count(STATEMENT_SHA) == copies_count
    assert text.count("sms-screenshot.png") == copies_count
    # indicators stay defanged; nothing clickable slips in
    assert "https://secure-bank-login" not in text
    assert "secure-bank-login[.]example" in text
    # the person's words, as written, in both copies (Arabic is checked glyph by glyph below)
    if locale != "ar":
        first_words = plain(STORIES[locale].split(".")[0])
        assert text.count(first_words) == copies_count


def test_english_pdf_reads_as_a_person_would():
    text = " ".join(pages_text(pdf("en")))
    assert "Case summary Reference: FD-2026-000123" in text
    assert "It is not a police report." in text
    assert "Reported on: Mar 3, 2026, 2:05:09 PM UTC" in text
    assert "A man called me and said he was from my bank." in text
    assert "An hour later 1,200 euros were gone from my account." in text
    assert "Phone number: +44 7700 900123" in text
    assert "Bank account (IBAN): GB33BUKB20201555555555" in text
    assert "Page 1 of 1" in text


def test_ukrainian_pdf_shows_cyrillic():
    data = pdf("uk")
    pages = pages_text(data)
    first = pages[0]
    for words in ("Підсумок звернення", "Номер звернення: FD-2026-000123", "Статус: волонтер уже ним займається",
                  "Що сталося — словами самої людини", "Мені зателефонував чоловік, який назвався працівником банку.",
                  "Я продиктувала йому код.", "Файли, надіслані людиною", "Розмір: 183 204 байти",
                  "Вид проблеми: Мене ошукали або вкрали гроші", "Сторінка 1 з 2"):
        assert words in first, words
    # і, ї, є are letters of Ukrainian only: drawn from the font, not as empty boxes
    drawn = {char for _, glyphs in glyph_runs(data) for glyph in glyphs for char in glyph}
    assert {"і", "ї", "є", "щ", "ь"} <= drawn
    # the English copy shows the person's words as they wrote them, under English headings
    assert "Мені зателефонував чоловік" in pages[-1]
    assert "What happened, in the person's own words" in pages[-1]


# What is checked for Arabic, and why this way. fpdf2 shapes the text with HarfBuzz: each letter becomes the
# glyph of its joining form, lam + alef become one ligature glyph, and a right-to-left line is drawn from
# its last letter (on the left) to its first (on the right). The PDF's ToUnicode map says which letters each
# glyph stands for, and that is all an extractor can go by. So we (1) read every line made only of Arabic
# glyphs back into reading order, glyph by glyph, and look for the expected words; (2) check that shaping
# happened at all: a ligature glyph standing for two letters, and letters drawn with more than one glyph
# (their initial, medial, final forms) — without shaping every letter has exactly one glyph; (3) check the
# layout: the title is drawn from the right margin, its leftmost glyph is the title's last letter; (4) also
# read the page with pypdf's own extractor, normalised with NFKC, for the same words.
ARABIC_WORDS = ["ملخص البلاغ", "الحالة", "ما حدث، بكلمات الشخص نفسه", "الملفات التي أرسلها الشخص",
                "اتصل بي شخص ادعى أنه موظف في البنك", "فأعطيته الرمز", "معلومات قد تساعد على معرفة المهاجمين"]


def test_arabic_pdf_glyph_runs_read_back_as_the_words():
    data = pdf("ar")
    lines = " | ".join(arabic_lines(data, 0))
    for words in ARABIC_WORDS:
        assert words in lines, words


def test_arabic_pdf_is_shaped_and_laid_out_right_to_left():
    data = pdf("ar")
    page = PdfReader(BytesIO(data)).pages[0]
    arabic_fonts = [font.get_object() for font in page["/Resources"]["/Font"].values()
                    if "NotoSansArabic" in font.get_object()["/BaseFont"]]
    glyphs = {code: chars for font in arabic_fonts for code, chars in _to_unicode(font).items()}
    assert any(chars in ("لا", "لأ", "لإ", "لآ") for chars in glyphs.values())  # a lam-alef ligature
    forms: dict[str, int] = {}
    for chars in glyphs.values():
        forms[chars] = forms.get(chars, 0) + 1
    assert forms["ل"] >= 2 and forms["م"] >= 2  # joined forms besides the isolated one
    # the title: drawn from the right margin, its leftmost glyph the last letter of "ملخص البلاغ"
    x, title = glyph_runs(data, 0)[0]
    assert plain("".join(reversed(title))) == "ملخص البلاغ"
    assert title[0] == "غ"
    assert x > page.mediabox.width / 2
    # an English line starts at the left margin
    x_en, _ = glyph_runs(pdf("en"), 0)[0]
    assert x_en < 60


def test_arabic_pdf_read_with_an_extractor():
    pages = pages_text(pdf("ar"))
    for words in ARABIC_WORDS:
        assert words in pages[0], words
    assert "الرقم المرجعي" in pages[0] and REFERENCE in pages[0]
    # the English copy: English headings, the person's Arabic words as they wrote them
    assert "Case summary (English copy)" in pages[-1]
    assert "Kind of problem: I was scammed or lost money" in pages[-1]
    assert "اتصل بي شخص ادعى أنه موظف في البنك" in " | ".join(arabic_lines(pdf("ar"), len(pages) - 1))


@pytest.mark.parametrize("locale", LOCALES)
def test_every_page_draws_every_glyph_with_a_font(locale):
    data = pdf(locale)
    for number in range(len(PdfReader(BytesIO(data)).pages)):
        assert glyph_runs(data, number)  # fails on text shown with no font set


@pytest.mark.parametrize("locale", ["ar", "en"])
def test_many_files_over_many_pages(locale):
    # page breaks fall on every kind of line: the case where fpdf2 2.8.9 could lose the font (bot/report.py)
    files = [(f"صورة-{i}.png" if i % 2 else f"photo-{i}.jpg", 1000 + i, SCREENSHOT_SHA,
              datetime(2026, 3, 3, 14, i, tzinfo=UTC)) for i in range(40)]
    data = render_pdf(summary(locale, evidence=files), I18N, locale, generated_at=GENERATED)
    pages = PdfReader(BytesIO(data)).pages
    assert len(pages) >= 5
    for number in range(len(pages)):
        assert glyph_runs(data, number)
    drawn = [plain("".join(glyphs)) for number in range(len(pages)) for _, glyphs in glyph_runs(data, number)]
    # an Arabic file name is set left to right like any file name: its extension stays at its right end
    # (in a right-to-left line it would be drawn first, on the left: "png.1-…")
    arabic_names = [line for line in drawn if "ص" in line and "png" in line]
    assert len(arabic_names) == (40 if locale == "ar" else 20)  # in both copies
    assert all(line.endswith(".png") for line in arabic_names)
    assert len(data) < 300_000


def test_a_typical_case_is_small():
    # how long it takes is a figure in the notes, not a test: a shared machine's timing proves nothing
    sizes = {locale: len(render_pdf(summary(locale), I18N, locale, generated_at=GENERATED))
             for locale in ("en", "fr", "uk", "ar")}
    assert max(sizes.values()) < 200_000, sizes


def test_a_long_story_runs_over_pages():
    story = "\n\n".join(f"Day {day}: they wrote again and asked for more money." * 6 for day in range(1, 60))
    data = render_pdf(summary("fr", what_happened=story), I18N, "fr", generated_at=GENERATED)
    pages = pages_text(data)
    assert len(pages) > 4
    assert all(plain(f"Page {n} sur {len(pages)}") in page or f"Page {n} of {len(pages)}" in page
               for n, page in enumerate(pages, start=1))
    assert len(data) < 400_000


def test_what_a_person_sent_cannot_disguise_itself_or_break_the_pdf():
    tricky = summary(
        "en",
        what_happened="They sent 😡😡 and \x00this\x07.\r\nThen \u202eevil\u202c text.",
        evidence=[("invoice\u202egnp.exe", 10, SCREENSHOT_SHA.upper(), datetime(2026, 3, 3, 14, 0))],
        category=None, dates=[], amounts=[], indicators=[],
    )
    data = render_pdf(tricky, I18N, "en", generated_at=GENERATED)
    text = " ".join(pages_text(data))
    assert "invoicegnp.exe" in text  # the right-to-left override is gone: the name shows in its real order
    assert SCREENSHOT_SHA in text  # lower case, as sha256sum prints it
    assert "They sent \ufffd and this." in text  # what no font can draw is marked, not dropped silently
    assert "Kind of problem" not in text and "Dates" not in text and "Amounts" not in text
    assert "Received: Mar 3, 2026, 2:00:00 PM UTC" in text  # a naive time is taken as UTC
    message = summary_text(tricky, I18N, "en")
    assert "\u202e" not in message and "\x00" not in message and "😡😡" in message


def test_no_files_is_said():
    text = " ".join(pages_text(render_pdf(summary("en", evidence=[]), I18N, "en", generated_at=GENERATED)))
    assert "The person did not send any files." in text
    assert "About the SHA-256 values" not in text


def test_a_summary_has_no_place_for_internal_notes():
    assert not any("note" in f.name for f in dataclasses.fields(CaseSummary))


# --- the message -------------------------------------------------------------------------------------

def test_message_in_french():
    text = summary_text(summary("fr"), I18N, "fr")
    lines = text.split("\n")
    assert lines[0] == "Résumé de votre signalement FD-2026-000123"
    assert "État\u00a0: un bénévole s'en occupe" in lines
    assert "Type de problème\u00a0: Arnaque ou argent perdu" in lines
    assert "Ce que vous nous avez dit" in lines
    assert STORIES["fr"] in text  # the person's words, paragraphs kept
    assert "• Quand\u00a0: 2 mars 2026" in lines
    assert "• Lien web\u00a0: hxxps://secure-bank-login[.]example/verify" in lines
    assert "• Compte bancaire (IBAN)\u00a0: GB33BUKB20201555555555" in lines
    assert "• sms-screenshot.png" in lines  # a Latin file name needs no isolation in a left-to-right chat
    assert "   Taille\u00a0: 183\u202f204 octets" in lines
    assert f"   SHA-256\u00a0: {SCREENSHOT_SHA}" in lines
    assert lines[-1] == "Vous pouvez montrer ce résumé à la police ou à votre banque."
    assert "https://" not in text


def test_message_in_arabic():
    text = summary_text(summary("ar"), I18N, "ar")
    lines = [plain(line) for line in text.split("\n")]
    assert lines[0] == "ملخص بلاغك رقم FD-2026-000123"
    assert "الحالة: أحد المتطوعين يعمل عليه الآن" in lines
    assert "نوع المشكلة: تعرضت لاحتيال أو خسرت مالًا" in lines
    assert "ما أخبرتنا به" in lines
    assert STORIES["ar"] in text
    assert f"SHA-256: {SCREENSHOT_SHA}" in lines
    assert lines[-1] == "يمكنك عرض هذا الملخص على الشرطة أو على البنك الذي تتعامل معه."
    # values are isolated (FSI … PDI), so a Latin file name or link cannot reorder the Arabic around it
    assert "\u2068hxxps://secure-bank-login[.]example/verify\u2069" in text


def test_message_for_an_empty_case():
    text = summary_text(summary("en", what_happened="  ", dates=[], amounts=[], indicators=[], evidence=[],
                                category=None), I18N, "en")
    assert text.split("\n") == [
        "Summary of your report FD-2026-000123",
        "Status: a volunteer is working on it",
        "Reported on: Mar 3, 2026, 2:05:09\u202fPM UTC",
        "",
        "What you told us",
        "not given",
        "",
        "You can show this summary to the police or to your bank.",
    ]


def test_caption_and_file_name():
    assert pdf_caption(summary(), I18N, "de").startswith("Die Zusammenfassung Ihrer Meldung FD-2026-000123")
    assert pdf_filename(summary()) == "FD-2026-000123-summary.pdf"


# --- the words -----------------------------------------------------------------------------------------

SAMPLES = {"generated": "4 Mar 2026", "page": 2, "pages": 3, "label": "L", "value": "V", "time": "09:30",
           "kind": "url", "size": 2, "reference": REFERENCE, "status": "new"}


@pytest.mark.parametrize("locale", LOCALES)
def test_every_key_renders_in_every_language(locale, caplog):
    keys = I18N.keys()[locale]
    variables = I18N.variables()[locale]
    for key in REPORT_KEYS:
        assert key in keys, f"{locale}: {key} missing"
        assert variables[key] <= REPORT_VARIABLES[key], f"{locale}: {key} uses {variables[key]}"
        args = {name: SAMPLES[name] for name in REPORT_VARIABLES[key]}
        with caplog.at_level(logging.WARNING, logger="bot.i18n"):
            rendered = I18N.render(locale, key, args)
        assert rendered.strip() and "{" not in rendered, (locale, key)
    assert not caplog.records


@pytest.mark.parametrize("locale", LOCALES)
def test_every_indicator_kind_has_a_name(locale):
    indicators = pytest.importorskip("bot.indicators")
    for kind in indicators.KINDS:
        assert I18N.render(locale, "report-indicator-kind", {"kind": kind}) != kind, (locale, kind)
    assert I18N.render(locale, "report-indicator-kind", {"kind": "pager"}) == "pager"


@pytest.mark.parametrize("locale", LOCALES)
def test_byte_counts_agree_with_their_number(locale):
    for size in (0, 1, 2, 3, 5, 11, 21, 100, 1001, 183_204):
        rendered = I18N.render(locale, "report-bytes", {"size": size})
        assert rendered.strip()
        if not (locale == "ar" and size in (1, 2)):  # Arabic says "one byte", "two bytes" in words
            digits = re.sub(r"\D", "", rendered)
            assert digits == str(size), (locale, size, rendered)

"""A case's summary for the police or a bank: the chat message, and the PDF in the person's language then in English."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos

from bot.domain import Formatted, MessageRef
from bot.i18n import RTL_LOCALES, Translator

FONTS = Path(__file__).parent / "fonts"
COPY_LOCALE = "en"  # the language of the copy that follows the person's own

from bot.report_keys import REPORT_KEYS, REPORT_VARIABLES  # noqa: E402,F401  (the linter's list)

# A label or a value: a string is shown as it is in every copy; a MessageRef or a Formatted value is written
# out in each copy's own language (so the English copy can be wholly English).
Text = str | MessageRef | Formatted


@dataclass
class CaseSummary:
    """What a summary shows. Never a volunteer's internal notes: there is no place for them here."""

    reference: str
    status: str  # a CaseStatus value: new, escalated, claimed, resolved, closed
    created_at: datetime
    category: Text | None  # what kind of problem, already translated
    what_happened: str  # the person's own words, shown as they wrote them in every copy
    dates: list[tuple[Text, Text]] = field(default_factory=list)  # (label, value)
    amounts: list[Text] = field(default_factory=list)  # already formatted, e.g. "€1,200.00"
    indicators: list[tuple[str, str]] = field(default_factory=list)  # (kind as in bot.indicators.KINDS, defanged)
    evidence: list[tuple[str, int, str, datetime]] = field(default_factory=list)  # filename, bytes, sha256, received


# --- what is said, in one locale ------------------------------------------------------------------

# Explicit embeddings, overrides and isolates in a person's text (or a file name: "invoice\u202efdp.exe")
# could reorder what is shown around them; they are dropped. Marks (LRM, RLM, ALM) stay: they are harmless.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clean(text: str, *, one_line: bool = False) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _CONTROL.sub("", _BIDI_CONTROLS.sub("", text))
    return " ".join(text.split()) if one_line else text.strip()


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass(frozen=True)
class _Line:
    """One piece of the summary; `kind` says how the PDF shows it (_STYLES, or "rule": a thin line)."""

    kind: str
    text: str = ""


class _Writer:
    """The words of one summary in one locale."""

    def __init__(self, summary: CaseSummary, translator: Translator, locale: str) -> None:
        self.summary, self.translator, self.locale = summary, translator, locale

    def __call__(self, key: str, **args: object) -> str:
        return self.translator.render(self.locale, MessageRef(key, args))

    def text(self, value: Text) -> str:
        if isinstance(value, MessageRef):
            return _clean(self.translator.render(self.locale, value), one_line=True)
        if isinstance(value, Formatted):
            return _clean(self.translator.format(self.locale, value), one_line=True)
        return _clean(value, one_line=True)

    def when(self, moment: datetime) -> str:
        written = self.translator.format(self.locale, Formatted("datetime", _utc(moment).isoformat()))
        return self("report-utc", time=written)

    def field(self, label: str, value: str) -> _Line:
        return _Line("field", self("report-field", label=label, value=value))

    def facts(self) -> Iterator[_Line]:
        s = self.summary
        yield self.field(self("report-status"), self("case-status", status=str(s.status)))
        yield self.field(self("report-created"), self.when(s.created_at))
        if s.category:
            yield self.field(self("report-category"), self.text(s.category))

    def words(self) -> Iterator[_Line]:
        story = _clean(self.summary.what_happened)
        if not story:
            yield _Line("words", self("value-not-given"))
            return
        for paragraph in re.split(r"\n\s*\n", story):
            yield _Line("words", "\n".join(line.strip() for line in paragraph.split("\n")))

    def details(self, *, bullet: str) -> Iterator[_Line]:
        s = self.summary
        if s.dates:
            yield _Line("heading", self("report-dates"))
            for label, value in s.dates:
                yield _Line("item", bullet + self("report-field", label=self.text(label), value=self.text(value)))
        if s.amounts:
            yield _Line("heading", self("report-amounts"))
            for amount in s.amounts:
                yield _Line("item", bullet + self.text(amount))
        if s.indicators:
            yield _Line("heading", self("report-indicators"))
            for kind, value in s.indicators:
                label = self("report-indicator-kind", kind=_clean(kind, one_line=True))
                yield _Line("item", bullet + self("report-field", label=label, value=_clean(value, one_line=True)))
            yield _Line("note", self("report-indicators-note"))

    def file_name(self, filename: str) -> str:
        """A file name set left to right, whatever its letters, so "صورة-1.png" keeps ".png" at its end
        (isolated only where needed: other file names in a left-to-right language need no invisible marks)."""
        name = _clean(filename, one_line=True) or "—"
        if self.locale in RTL_LOCALES or _has_right_to_left(name):
            return f"\u2066{name}\u2069"  # LRI … PDI
        return name

    def files(self, *, bullet: str, indent: str) -> Iterator[_Line]:
        for filename, size, sha256, received_at in self.summary.evidence:
            yield _Line("file", bullet + self.file_name(filename))
            yield _Line("item", indent + self("report-field", label=self("report-file-size"),
                                              value=self("report-bytes", size=size)))
            yield _Line("item", indent + self("report-field", label=self("report-file-received"),
                                              value=self.when(received_at)))
            yield _Line("hash", indent + self("report-field", label="SHA-256", value=sha256.strip().lower()))


def summary_text(summary: CaseSummary, translator: Translator, locale: str) -> str:
    """The summary as one chat message in `locale`: plain text, short lines."""
    w = _Writer(summary, translator, locale)
    lines = [w("report-message-title", reference=summary.reference), *(line.text for line in w.facts())]
    lines += ["", w("report-message-what-happened"), "\n\n".join(line.text for line in w.words())]
    details = list(w.details(bullet="• "))
    for line in details:
        lines += ["", line.text] if line.kind == "heading" else [line.text]
    if summary.evidence:
        lines += ["", w("report-message-evidence"), *(line.text for line in w.files(bullet="• ", indent="   "))]
    lines += ["", w("report-message-use")]
    return "\n".join(lines)


def pdf_caption(summary: CaseSummary, translator: Translator, locale: str) -> str:
    """The words sent with the PDF file."""
    return translator.render(locale, MessageRef("report-pdf-caption", {"reference": summary.reference}))


def pdf_filename(summary: CaseSummary) -> str:
    return f"{re.sub(r'[^A-Za-z0-9-]', '_', summary.reference)}-summary.pdf"


# --- the PDF ----------------------------------------------------------------------------------------

# kind of line: (bold, size in points, grey level, mm of space before)
_STYLES = {
    "title": (True, 17.0, 20, 0.0),
    "reference": (True, 13.0, 20, 1.0),
    "heading": (True, 11.5, 20, 4.5),
    "field": (False, 10.0, 20, 0.6),
    "words": (False, 10.0, 20, 1.2),
    "item": (False, 10.0, 20, 0.6),
    "file": (True, 10.0, 20, 2.0),
    "hash": (False, 8.5, 20, 0.6),
    "note": (False, 8.5, 90, 1.5),
    "text": (False, 9.5, 20, 1.5),
    "footer": (False, 8.0, 110, 0.0),
}
_MARGIN = 18.0  # mm
_PT = 0.3528  # mm in a point
_REPLACEMENT = "\ufffd"


@cache
def _coverage() -> frozenset[int]:
    """The characters the bundled fonts can draw; anything else (an emoji) is drawn as U+FFFD."""
    found: set[int] = set()
    for name in ("NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf"):
        with TTFont(FONTS / name, lazy=True) as font:
            found |= set(font.getBestCmap())
    return frozenset(found)


def _drawable(text: str) -> str:
    covered = _coverage()
    out = []
    for char in text:
        if ord(char) in covered or char == "\n":
            out.append(char)
        elif unicodedata.category(char) in ("Cf", "Mn", "Me"):
            continue  # invisible joiners, variation selectors, emoji modifiers: nothing to draw
        elif not out or out[-1] != _REPLACEMENT:
            out.append(_REPLACEMENT)
    return "".join(out)


def _has_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def _right_to_left(text: str) -> bool:
    """The direction of a paragraph by its first strong character (the Unicode bidi rule P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class _Document(FPDF):
    def __init__(self, reference: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.reference = reference
        self.section: tuple[str, _Writer] | None = None  # (direction, writer) of the copy being written
        self.page_sections: dict[int, tuple[str, _Writer]] = {}
        self.set_margins(_MARGIN, _MARGIN, _MARGIN)
        self.set_auto_page_break(True, margin=_MARGIN + 6)
        self.add_font("latin", "", FONTS / "NotoSans-Regular.ttf")
        self.add_font("latin", "B", FONTS / "NotoSans-Bold.ttf")
        self.add_font("arabic", "", FONTS / "NotoSansArabic-Regular.ttf")
        self.add_font("arabic", "B", FONTS / "NotoSansArabic-Bold.ttf")

    def start_section(self, writer: _Writer) -> None:
        self.section = ("rtl" if writer.locale in RTL_LOCALES else "ltr", writer)
        self.add_page()

    def header(self) -> None:
        assert self.section is not None
        self.page_sections[self.page] = self.section
        self._pin_font()

    def number_pages(self) -> None:
        """"Page n of N" at the foot of every page, in the language of that page's copy. Written once all
        pages exist: fpdf2's "{nb}" placeholder does not survive text shaping (fpdf2 issue #1287)."""
        total, last = self.pages_count, self.page
        self.set_auto_page_break(False)
        for number in range(1, total + 1):
            self.page = number
            direction, writer = self.page_sections[number]
            page = _drawable(writer("report-page", page=number, pages=total))
            # the reference on the side where reading starts, the page number on the other
            cells = [(self.reference, "ltr", Align.L), (page, direction, Align.R)]
            if direction == "rtl":
                cells = [(page, "rtl", Align.L), (self.reference, "ltr", Align.R)]
            width = (self.w - 2 * _MARGIN) / 2
            self.set_xy(_MARGIN, self.h - _MARGIN)
            for text, text_direction, align in cells:
                self.use(text_direction, "footer")
                self.shape(text_direction)
                self.cell(width, 4, text, align=align)
        self.page = last

    def _pin_font(self) -> None:
        # fpdf2 2.8.9: a line whose first piece is in a fallback font sets the page's font inside that line's
        # q…Q, where it is lost, yet fpdf2 counts it as set, and the next line may show text with no font
        # at all (viewers then draw wrong glyphs). Setting the font on the page itself, outside any line,
        # keeps fpdf2's idea and the page in step. tests/test_report.py checks every page for this.
        if self.page > 0 and self.current_font is not None:
            self._out(self._set_font_for_page(self.current_font, self.font_size_pt))

    def shape(self, direction: str) -> None:
        # HarfBuzz shapes every run (Arabic joining and lam-alef are required, not optional, ligatures);
        # optional Latin ligatures are off, so that "ff" in a SHA-256 value stays two letters
        self.set_text_shaping(True, features={"liga": False}, direction=direction)

    def use(self, direction: str, kind: str) -> None:
        bold, size, grey, _ = _STYLES[kind]
        primary, fallback = ("arabic", "latin") if direction == "rtl" else ("latin", "arabic")
        self.set_font(primary, "B" if bold else "", size)
        self.set_fallback_fonts([fallback], exact_match=False)
        self.set_text_color(grey)
        self._pin_font()

    def line_of(self, line: _Line) -> None:
        assert self.section is not None
        direction, _ = self.section
        if line.kind == "rule":
            self.ln(2)
            self.set_draw_color(170)
            self.set_line_width(0.3)
            self.line(_MARGIN, self.get_y(), self.w - _MARGIN, self.get_y())
            self.ln(2)
            return
        _, size, _, before = _STYLES[line.kind]
        height = size * _PT * 1.45
        if line.kind == "heading" and self.get_y() + before + 3 * height > self.page_break_trigger:
            self.add_page()  # a heading is not left alone at the foot of a page
        elif self.get_y() > self.t_margin:
            self.ln(before)
        text = _drawable(line.text)
        align = Align.R if direction == "rtl" else Align.L
        if line.kind == "words":  # the person's own words keep their own direction in every copy
            direction = "rtl" if _right_to_left(text) else "ltr"
            align = Align.R if direction == "rtl" else Align.L
        elif line.kind == "file":
            # a file name is set left to right, so that its extension stays at its end (fpdf2 does not honour
            # the isolate around it: its bidi algorithm is not the whole Unicode one)
            direction = "ltr"
        self.use(direction, line.kind)
        self.shape(direction)
        self.multi_cell(0, height, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _pdf_lines(w: _Writer, *, copy: bool, copy_follows: bool, generated_at: datetime) -> Iterator[_Line]:
    s = w.summary
    yield _Line("title", w("report-copy-title" if copy else "report-title"))
    yield _Line("reference", w("report-field", label=w("report-reference"), value=s.reference))
    yield _Line("note", w("report-generated", generated=w.when(generated_at)))
    yield _Line("text", w("report-intro"))
    if copy_follows:
        yield _Line("text", w("report-copy-follows"))
    yield _Line("rule")
    yield from w.facts()
    yield _Line("heading", w("report-what-happened"))
    yield from w.words()
    yield from w.details(bullet="• ")
    yield _Line("heading", w("report-evidence"))
    if s.evidence:
        yield from w.files(bullet="", indent="")
        yield _Line("note", w("report-custody"))
    else:
        yield _Line("field", w("report-evidence-none"))


def render_pdf(summary: CaseSummary, translator: Translator, locale: str, *,
               generated_at: datetime | None = None) -> bytes:
    """The summary as a PDF: in `locale`, then the same in English on new pages (unless `locale` is English)."""
    generated_at = generated_at or datetime.now(UTC)
    locale = locale if locale in translator.locales else translator.default
    locales = [locale] if locale == COPY_LOCALE else [locale, COPY_LOCALE]
    pdf = _Document(summary.reference)
    first = _Writer(summary, translator, locale)
    pdf.set_title(_drawable(f"{first('report-title')} {summary.reference}"))
    pdf.set_lang(locale)
    pdf.set_creator("frontdoor")
    pdf.set_creation_date(_utc(generated_at))
    for index, each in enumerate(locales):
        writer = first if index == 0 else _Writer(summary, translator, each)
        pdf.start_section(writer)
        for line in _pdf_lines(writer, copy=index > 0, copy_follows=index == 0 and len(locales) > 1,
                               generated_at=generated_at):
            pdf.line_of(line)
    pdf.number_pages()
    return bytes(pdf.output())

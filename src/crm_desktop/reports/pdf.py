"""The page template every report shares, and the flowables reports are built from.

Each page carries the business name and the report's title at the top, when
the report was made and "Page X of Y" at the bottom. Tables wrap long text
in their cells, continue across pages and repeat their header row there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from crm_desktop.domain.errors import StorageError
from crm_desktop.i18n import translate
from crm_desktop.reports.fonts import BOLD, REGULAR, markup, register_fonts, runs, text_width

PAGE = A4
MARGIN = 18 * mm
WIDTH = PAGE[0] - 2 * MARGIN  # usable width of a page
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#2b6cb0")
RULE = colors.HexColor("#cbd2d9")
STRIPE = colors.HexColor("#f5f7fa")
HEADER_FILL = colors.HexColor("#e4e7eb")
# Tables up to this many rows are kept on one page with their heading.
SHORT_TABLE_ROWS = 16
CELL_PADDING = 6  # reportlab's default left and right padding of a table cell


def _style(name: str, size: float, **extra: Any) -> ParagraphStyle:
    settings: dict[str, Any] = {"fontName": REGULAR, "leading": size * 1.3, "textColor": INK}
    return ParagraphStyle(name, fontSize=size, **(settings | extra))


TITLE = _style("title", 20, spaceAfter=2 * mm)
SUBTITLE = _style("subtitle", 11, textColor=MUTED, spaceAfter=4 * mm)
HEADING = _style("heading", 12, spaceBefore=4 * mm, spaceAfter=1.5 * mm, textColor=ACCENT)
BODY = _style("body", 9.5)
NOTE = _style("note", 8.5, textColor=MUTED, spaceBefore=1.5 * mm)
CELL = _style("cell", 8.5)
CELL_RIGHT = _style("cell_right", 8.5, alignment=TA_RIGHT)
HEAD_CELL = _style("head", 8.5, fontName=BOLD)
HEAD_RIGHT = _style("head_right", 8.5, fontName=BOLD, alignment=TA_RIGHT)


@dataclass(frozen=True)
class PageInfo:
    """What every page of one report says about it."""

    title: str
    subtitle: str  # the period, or whom the report is about
    business: str  # the business name from the settings ("" when not set)
    made_at: str  # when it was made, already formatted


def para(text: str, style: ParagraphStyle = BODY, bold: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped), every script printable."""
    body = markup(text, BOLD if bold or style.fontName == BOLD else REGULAR)
    return Paragraph(body, style)


def heading(text: str) -> Paragraph:
    return para(text, HEADING)


def note(text: str) -> Paragraph:
    return para(text, NOTE)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    numeric: Sequence[int] = (),
    total_rows: int = 0,
    empty: str | None = None,
) -> Table:
    """A table filling the page width; ``widths`` are shares of it (they need not add to 1).

    Columns in ``numeric`` are right-aligned. The last ``total_rows`` rows are
    set in bold above a rule. The header row repeats on every page it reaches.
    Header cells wrap between words; a column is widened to its header's
    longest word (Italian and Swedish words are longer than English ones).
    """
    right = set(numeric)

    def cells(values: Sequence[str], head: bool, bold: bool) -> list[Paragraph]:
        styles = (HEAD_RIGHT, HEAD_CELL) if head else (CELL_RIGHT, CELL)
        return [
            para(v, styles[0] if i in right else styles[1], bold=bold) for i, v in enumerate(values)
        ]

    data = [cells(header, True, True)]
    for index, row in enumerate(rows):
        data.append(cells(row, False, index >= len(rows) - total_rows))
    if not rows:
        shown = translate("reports", "None in this period.") if empty is None else empty
        data.append([para(shown, CELL)] + [para("", CELL)] * (len(header) - 1))
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1 - total_rows), [colors.white, STRIPE]),
    ]
    if total_rows and rows:
        commands.append(("LINEABOVE", (0, -total_rows), (-1, -total_rows), 0.8, INK))
    if not rows:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    return Table(
        data,
        colWidths=fitted_widths(header, widths),
        repeatRows=1,
        style=TableStyle(commands),
        hAlign=TA_LEFT,
    )


def fitted_widths(header: Sequence[str], shares: Sequence[float]) -> list[float]:
    """Column widths in points from ``shares`` of the page, each fitting its header's words.

    No column is narrower than its header's longest word ("Trattative",
    "Överträdelsefrekvens"), so no word is cut in the middle. The room a column
    needs more is taken from the others in proportion to what they have spare.
    """
    scale = WIDTH / sum(shares)
    widths = [share * scale for share in shares]
    least = [
        max((text_width(word, HEAD_CELL.fontSize, BOLD) for word in name.split()), default=0)
        + 2 * CELL_PADDING
        + 0.5  # reportlab's rounding: a word exactly as wide as the cell still wraps
        for name in header
    ]
    short = sum(max(0.0, need - width) for need, width in zip(least, widths, strict=True))
    spare = sum(max(0.0, width - need) for need, width in zip(least, widths, strict=True))
    if short == 0 or spare < short:
        return widths  # fits already; or cannot: words then break, as reportlab does
    return [
        need if width <= need else width - (width - need) * short / spare
        for need, width in zip(least, widths, strict=True)
    ]


def key_figures(items: Sequence[tuple[str, str]], columns: int = 3) -> Table:
    """Headline figures as tiles: a small label above a large value."""
    label = _style("kf_label", 8, textColor=MUTED)
    value = _style("kf_value", 14, leading=17)
    tiles = [[para(name, label), para(shown, value)] for name, shown in items]
    while len(tiles) % columns:
        tiles.append([para("", label), para("", value)])
    data = [tiles[i : i + columns] for i in range(0, len(tiles), columns)]
    grid = Table(
        data,
        colWidths=[WIDTH / columns] * columns,
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, -1), 0.6, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
        hAlign=TA_LEFT,
    )
    return grid


def details(pairs: Sequence[tuple[str, str]]) -> Table:
    """Label and value pairs, two to a row: a record's details."""
    label = _style("detail_label", 8.5, textColor=MUTED)
    cells = [[para(k, label), para(v, CELL)] for k, v in pairs]
    if len(cells) % 2:
        cells.append([para("", label), para("", CELL)])
    data = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    quarter = WIDTH / 4
    return Table(
        data or [[para(translate("reports", "Nothing recorded."), CELL)]],
        colWidths=[quarter * 0.55, quarter * 1.45] * 2 if data else [WIDTH],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
        hAlign=TA_LEFT,
    )


class Shrinkable(Flowable):
    """A flowable that takes the height left on the page, down to ``minimum_height``."""

    def __init__(self, minimum_height: float) -> None:
        super().__init__()
        self.minimum_height = minimum_height


# Room a heading takes (its size, leading and the space around it), with a little to spare.
HEADING_ROOM = HEADING.leading + HEADING.spaceBefore + HEADING.spaceAfter + 2 * mm


def section(title: str, *content: Flowable) -> list[Flowable]:
    """A heading that never ends a page alone.

    A short first flowable moves to the next page with its heading; a long
    table starts where it is (with room for a few rows) and runs on; a chart
    shrinks to the room left under its heading before it moves on.
    """
    first = content[0] if content else None
    if isinstance(first, Shrinkable):
        return [CondPageBreak(HEADING_ROOM + first.minimum_height), heading(title), *content]
    if isinstance(first, Table) and len(first._cellvalues) > SHORT_TABLE_ROWS:
        return [CondPageBreak(40 * mm), heading(title), *content]
    return [KeepTogether([heading(title), *content[:1]]), *content[1:]]


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, size: float, font: str = REGULAR
) -> float:
    """Draw ``text`` from ``x`` in its runs of fonts; returns the width drawn."""
    start = x
    for name, piece in runs(text, font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += text_width(piece, size, name)
    return x - start


class _NumberedCanvas(Canvas):
    """Holds every page until the end, so each can say "Page X of Y"."""

    def __init__(self, *args: Any, info: PageInfo, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._info = info
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        info = self._info
        width, height = PAGE
        top = height - MARGIN + 6 * mm
        self.setFillColor(MUTED)
        draw_text(self, MARGIN, top, info.business, 8.5, BOLD)
        title_width = text_width(info.title, 8.5)
        draw_text(self, width - MARGIN - title_width, top, info.title, 8.5)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
        bottom = MARGIN - 9 * mm
        self.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        made = translate("reports", "Made on {when}").format(when=info.made_at)
        draw_text(self, MARGIN, bottom, made, 8)
        page = translate("reports", "Page {number} of {total}").format(number=number, total=total)
        draw_text(self, width - MARGIN - text_width(page, 8), bottom, page, 8)


def write_pdf(path: Path, info: PageInfo, story: Sequence[Flowable]) -> None:
    """Lay out ``story`` under the report's title on A4 pages and write it to ``path``.

    Raises:
        StorageError: the file cannot be written (folder missing, read-only, disk full).
    """
    register_fonts()
    document = SimpleDocTemplate(
        str(path),
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,
        bottomMargin=MARGIN,
        title=info.title,
        subject=info.subtitle,
        author=info.business,
        creator="crm-desktop",
    )
    opening = [para(info.title, TITLE), para(info.subtitle, SUBTITLE)]
    try:
        document.build(
            [*opening, *story],
            canvasmaker=partial(_NumberedCanvas, info=info),
        )
    except OSError as error:
        raise StorageError(
            translate("reports", "cannot write {path}: {reason}").format(
                path=path, reason=error.strerror or error
            )
        ) from None

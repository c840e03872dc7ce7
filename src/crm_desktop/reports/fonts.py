"""The TrueType fonts reports embed, and splitting text into runs each font can print.

DejaVu Sans prints Latin, Greek and Cyrillic names (Łódź, Ørsted, Dvořák,
Ελλάδα) but has no CJK ideographs; runs of characters it lacks go to Droid
Sans Fallback (山田), so no name prints as empty boxes.
"""

from __future__ import annotations

import threading
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from crm_desktop.domain.errors import StorageError
from crm_desktop.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FALLBACK = "DroidSansFallback"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    FALLBACK: "DroidSansFallback.ttf",
}
_lock = threading.Lock()


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (once; safe from any thread).

    Raises:
        StorageError: a font file is missing from the installation.
    """
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        folder = resources_dir() / "fonts"
        for name, file in _FILES.items():
            path = folder / file
            if not path.is_file():
                raise StorageError(f"the report font {path} is missing; reinstall crm-desktop")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> in paragraph markup picks the bold face.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        addMapping(FALLBACK, 0, 0, FALLBACK)
        addMapping(FALLBACK, 1, 0, FALLBACK)
        addMapping(FALLBACK, 0, 1, FALLBACK)
        addMapping(FALLBACK, 1, 1, FALLBACK)


@cache
def _covered(font: str) -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


def font_for(char: str, font: str = REGULAR) -> str:
    """``font`` when it has a glyph for ``char``, else the fallback font if that has one."""
    code = ord(char)
    if code in _covered(font) or char.isspace():
        return font
    return FALLBACK if code in _covered(FALLBACK) else font


def runs(text: str, font: str = REGULAR) -> list[tuple[str, str]]:
    """``text`` cut into (font, piece) runs, each printable in its font."""
    found: list[tuple[str, str]] = []
    for char in text:
        chosen = font_for(char, font)
        if found and found[-1][0] == chosen:
            found[-1] = (chosen, found[-1][1] + char)
        else:
            found.append((chosen, char))
    return found


def markup(text: str, font: str = REGULAR) -> str:
    """Paragraph markup of plain ``text``: escaped, fallback runs in their own font."""
    return "".join(
        escape(piece) if name == font else f'<font face="{name}">{escape(piece)}</font>'
        for name, piece in runs(text, font)
    )


def text_width(text: str, size: float, font: str = REGULAR) -> float:
    return sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in runs(text, font))


def single_font(text: str, font: str = REGULAR) -> str:
    """One font for a whole short label (chart labels take one font): the fallback if needed."""
    return FALLBACK if any(font_for(c, font) == FALLBACK for c in text) else font

"""Reading a report's PDF back: its text page by page, and the fonts it embeds."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader


def page_texts(path: Path) -> list[str]:
    """Each page's text, with no-break spaces as plain spaces and runs of spaces as one."""
    reader = PdfReader(str(path))
    texts = []
    for page in reader.pages:
        text = page.extract_text().replace("\u00a0", " ").replace("\u202f", " ")
        texts.append(re.sub(r"[ \t]+", " ", text))
    return texts


def text(path: Path) -> str:
    return "\n".join(page_texts(path))


def embedded_fonts(path: Path) -> set[str]:
    """Base names of the fonts the pages use, without the subset prefix (ABCDEF+)."""
    names: set[str] = set()
    for page in PdfReader(str(path)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]).lstrip("/").split("+")[-1])
    return names

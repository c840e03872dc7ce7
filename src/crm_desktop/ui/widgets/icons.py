"""Small painted icons (coloured dots, activity badges, initials) until the icon set arrives."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

# Activity kinds: a colour and a glyph that DejaVu Sans and the system fonts all carry.
ACTIVITY_BADGES = {
    "note": ("#e0a030", "\u270e"),  # pencil
    "call": ("#3aa757", "\u260e"),  # telephone
    "email": ("#5b8def", "\u2709"),  # envelope
    "meeting": ("#9c5bd6", "\u25f7"),  # clock face
    "task": ("#e8590c", "\u2713"),  # check mark
}


@cache
def dot_icon(colour: str, size: int = 10) -> QIcon:
    """A filled circle, to mark a stage or status beside its name."""
    pixmap = QPixmap(size * 2, size * 2)  # drawn at 2x so it stays round on HiDPI
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)


def badge_pixmap(colour: str, text: str, size: int, font: QFont | None = None) -> QPixmap:
    """A filled circle with ``text`` (a glyph or initials) centred in white."""
    ratio = 2.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(0, 0, size, size))
    glyph_font = QFont(font) if font is not None else QFont()
    glyph_font.setPixelSize(max(8, int(size * (0.42 if len(text) > 1 else 0.55))))
    glyph_font.setBold(len(text) > 1)
    painter.setFont(glyph_font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def activity_pixmap(kind: str, size: int = 26) -> QPixmap:
    colour, glyph = ACTIVITY_BADGES.get(kind, ("#868e96", "\u2022"))
    return badge_pixmap(colour, glyph, size)


# Avatar colours picked by name, so a person keeps theirs.
_AVATAR_COLOURS = ("#5b8def", "#3aa757", "#e0a030", "#9c5bd6", "#e8590c", "#1098ad", "#d6336c")


def initials(name: str) -> str:
    parts = [p for p in name.replace("@", " ").split() if p[:1].isalnum()]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:2].upper()
    return (parts[0][0] + parts[-1][0]).upper()


def avatar_pixmap(name: str, size: int = 48) -> QPixmap:
    colour = _AVATAR_COLOURS[sum(map(ord, name)) % len(_AVATAR_COLOURS)]
    return badge_pixmap(colour, initials(name), size)

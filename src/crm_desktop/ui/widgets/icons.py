"""Icons: the SVG set in resources/icons, and small painted ones (dots, badges, initials)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from crm_desktop.paths import icon_path

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


# -- the SVG icon set in resources/icons ----------------------------------------------------
# The files draw with ``currentColor``; the engine below fills in the palette's text colour
# when the icon is painted, so the same file looks right on a light and on a dark palette
# and follows a palette that changes while the app runs.


class _PaletteSvgEngine(QIconEngine):
    """Paints one SVG in the colour the current palette gives its mode."""

    def __init__(self, svg: str, accent: bool = False) -> None:
        super().__init__()
        self._svg = svg
        self._accent = accent
        self._cache: dict[tuple[str, int, int], QPixmap] = {}

    def _colour(self, mode: QIcon.Mode) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorRole.HighlightedText)
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if self._accent:
            return palette.color(QPalette.ColorRole.Highlight)
        return palette.color(QPalette.ColorRole.Text)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        colour = self._colour(mode).name()
        renderer = QSvgRenderer(QByteArray(self._svg.replace("currentColor", colour).encode()))
        renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (self._colour(mode).name(), size.width(), size.height())
        cached = self._cache.get(key)
        if cached is None:
            cached = QPixmap(size)
            cached.fill(Qt.GlobalColor.transparent)
            painter = QPainter(cached)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
            painter.end()
            self._cache[key] = cached
        return cached

    def clone(self) -> QIconEngine:
        return _PaletteSvgEngine(self._svg, self._accent)


def svg_icon(name: str) -> QIcon:
    """Icon ``name`` from resources/icons in the palette's text colour; empty if missing.

    A fresh QIcon each call (cheap: the SVG text is cached) because Qt owns the engine.
    """
    svg = _svg_text(name)
    return QIcon(_PaletteSvgEngine(svg)) if svg else QIcon()


@cache
def _svg_text(name: str) -> str:
    path = icon_path(name)
    return path.read_text(encoding="utf-8") if path.exists() else ""


# Side-bar views whose icon file is not named after the view's key.
_VIEW_ICONS = {"smart_lists": "smart-list", "saved_views": "smart-list", "analysis": "analytics"}


def view_icon(key: str) -> QIcon:
    """The side-bar icon of the view ``key`` (empty for a view without one)."""
    return svg_icon(_VIEW_ICONS.get(key, key))


def app_icon() -> QIcon:
    """The application's icon (window, task bar), from its SVG and the PNGs made from it."""
    icon = QIcon()
    folder = icon_path("crm-desktop").parent / "app"  # made by scripts/make-icons
    for png in sorted(folder.glob("crm-desktop-*.png")):
        icon.addFile(str(png))
    if icon_path("crm-desktop").exists():
        icon.addFile(str(icon_path("crm-desktop")))
    return icon

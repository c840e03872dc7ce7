"""The look: app.qss, plus dark.qss when the palette is dark, kept in step with the system."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.paths import style_sheet


def palette_is_dark(palette: QPalette | None = None) -> bool:
    """True when windows are drawn light-on-dark.

    The palette decides rather than ``QStyleHints.colorScheme()`` alone: some
    platforms report "Unknown" and an app may be given a dark palette directly.
    """
    palette = palette if palette is not None else QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


def dark_palette() -> QPalette:
    """A dark palette for platforms whose style ignores the system's dark mode."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202329",
        QPalette.ColorRole.WindowText: "#e6e8eb",
        QPalette.ColorRole.Base: "#17191d",
        QPalette.ColorRole.AlternateBase: "#24282e",
        QPalette.ColorRole.ToolTipBase: "#2b2f36",
        QPalette.ColorRole.ToolTipText: "#e6e8eb",
        QPalette.ColorRole.PlaceholderText: "#8b929c",
        QPalette.ColorRole.Text: "#e6e8eb",
        QPalette.ColorRole.Button: "#2b2f36",
        QPalette.ColorRole.ButtonText: "#e6e8eb",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Light: "#3a3f47",
        QPalette.ColorRole.Midlight: "#33373e",
        QPalette.ColorRole.Mid: "#4a5059",
        QPalette.ColorRole.Dark: "#111317",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3d6fd6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7aa7ff",
        QPalette.ColorRole.LinkVisited: "#b99cff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b717a"))
    return palette


# Set on the application while it shows dark_palette() because the style would not.
_FORCED_DARK = "crmForcedDark"


def apply_color_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Make the palette match the system's light or dark ``scheme``.

    Most platform styles switch palettes themselves; some (Windows' classic
    "windowsvista" style) stay light under a dark system. Only then the app
    switches to Fusion with ``dark_palette()``, and back to the style's own
    palette when the system turns light again.
    """
    if scheme == Qt.ColorScheme.Dark and not palette_is_dark(app.palette()):
        app.setStyle("Fusion")  # the native classic styles ignore a dark palette
        app.setPalette(dark_palette())
        app.setProperty(_FORCED_DARK, True)
    elif scheme == Qt.ColorScheme.Light and app.property(_FORCED_DARK):
        app.setPalette(app.style().standardPalette())
        app.setProperty(_FORCED_DARK, False)


def follow_system_color_scheme(app: QApplication) -> None:
    """Apply the system's scheme now and whenever it changes (ui/app.py calls this once)."""
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(lambda scheme: apply_color_scheme(app, scheme))
    apply_color_scheme(app, hints.colorScheme())


class ThemeFollower(QObject):
    """Gives ``widget`` the style sheet for the current palette and re-applies it on change.

    Hears the system switching light/dark (``QStyleHints.colorSchemeChanged``) and
    palette changes reaching the widget, which is how most platforms and
    ``QApplication.setPalette`` announce a new theme.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self.dark: bool | None = None
        self.apply()
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._scheme_changed)
        widget.installEventFilter(self)

    def apply(self) -> None:
        dark = palette_is_dark()
        if dark == self.dark:
            return  # setting the same sheet again would re-polish every widget for nothing
        self.dark = dark
        self._widget.setStyleSheet(style_sheet(dark=dark))

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self.apply()
        return False

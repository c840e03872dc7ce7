"""The look: style sheets for light and dark palettes, the SVG icon set, the app icon."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop import paths
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.state import AppState
from crm_desktop.ui.theme import ThemeFollower, apply_color_scheme, dark_palette, palette_is_dark
from crm_desktop.ui.widgets.icons import app_icon, svg_icon, view_icon

DARK_MARK = "Loaded after app.qss when the palette is dark"


@pytest.fixture
def restored_palette(qapp: QApplication) -> Iterator[QApplication]:
    original = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(original)


def test_default_palette_is_light_and_dark_palette_is_dark(qapp: QApplication) -> None:
    assert not palette_is_dark(qapp.palette())
    assert palette_is_dark(dark_palette())


def test_light_palette_gets_only_the_base_style(qtbot: QtBot, state: AppState) -> None:
    window = MainWindow(state)
    qtbot.addWidget(window)

    assert "QListWidget#sidebar" in window.styleSheet()
    assert DARK_MARK not in window.styleSheet()


def test_dark_palette_adds_the_dark_overlay(
    qtbot: QtBot, state: AppState, restored_palette: QApplication
) -> None:
    restored_palette.setPalette(dark_palette())
    window = MainWindow(state)
    qtbot.addWidget(window)

    assert DARK_MARK in window.styleSheet()


def test_style_follows_a_palette_that_changes_while_running(
    qtbot: QtBot, restored_palette: QApplication
) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    follower = ThemeFollower(widget)
    assert follower.dark is False

    restored_palette.setPalette(dark_palette())

    qtbot.waitUntil(lambda: DARK_MARK in widget.styleSheet())
    assert follower.dark is True


def test_every_side_bar_view_has_an_icon(qtbot: QtBot, state: AppState) -> None:
    window = MainWindow(state)
    qtbot.addWidget(window)

    missing = [
        window.sidebar.item(row).text()
        for row in range(window.sidebar.count())
        if window.sidebar.item(row).icon().isNull()
    ]
    assert missing == []


def test_svg_icon_is_drawn_in_the_palette_text_colour(restored_palette: QApplication) -> None:
    def ink_at_centre(palette: QPalette) -> QColor:
        restored_palette.setPalette(palette)
        image = svg_icon("new").pixmap(QSize(24, 24)).toImage()
        centre = image.pixelColor(12, 12)  # the middle of the plus sign
        return QColor(centre.red(), centre.green(), centre.blue())

    assert ink_at_centre(dark_palette()) == dark_palette().color(QPalette.ColorRole.Text)


def test_selected_icon_uses_the_highlighted_text_colour(restored_palette: QApplication) -> None:
    restored_palette.setPalette(dark_palette())
    image = view_icon("contacts").pixmap(QSize(24, 24), QIcon.Mode.Selected).toImage()

    inked = {
        image.pixelColor(x, y).name()
        for x in range(24)
        for y in range(24)
        if image.pixelColor(x, y).alpha() == 255
    }
    assert inked == {"#ffffff"}


def test_unknown_icon_name_gives_an_empty_icon() -> None:
    assert svg_icon("no-such-icon").isNull()


def test_app_icon_has_sizes_for_task_bars_and_docks(qapp: QApplication) -> None:
    icon = app_icon()

    assert not icon.isNull()
    assert icon.pixmap(QSize(256, 256)).width() == 256


def test_resources_are_found_in_a_source_checkout() -> None:
    assert (paths.resources_dir() / "styles" / "app.qss").exists()


def test_resources_are_found_inside_a_frozen_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert paths.resources_dir() == tmp_path / "resources"


def test_dark_system_scheme_gives_a_light_style_the_dark_palette(
    restored_palette: QApplication,
) -> None:
    style = restored_palette.style().name()
    try:
        apply_color_scheme(restored_palette, Qt.ColorScheme.Dark)
        assert palette_is_dark(restored_palette.palette())

        apply_color_scheme(restored_palette, Qt.ColorScheme.Light)
        assert not palette_is_dark(restored_palette.palette())
    finally:
        restored_palette.setStyle(style)
        restored_palette.setProperty("crmForcedDark", False)


def test_light_system_scheme_leaves_a_palette_the_app_did_not_force(
    restored_palette: QApplication,
) -> None:
    restored_palette.setPalette(dark_palette())  # e.g. a dark desktop theme's own palette

    apply_color_scheme(restored_palette, Qt.ColorScheme.Light)

    assert palette_is_dark(restored_palette.palette())

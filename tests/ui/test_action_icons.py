"""The main actions carry the SVG icons of resources/icons, as the side bar does."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.state import AppState


def test_every_new_record_and_file_action_has_an_icon(qtbot: QtBot, state: AppState) -> None:
    window = MainWindow(state)
    qtbot.addWidget(window)
    menus = {m.text().replace("&", ""): m.menu() for m in window.menuBar().actions()}
    file_and_new = [*menus["File"].actions(), *menus["New"].actions()]
    shown = [a for a in file_and_new if not a.isSeparator() and a.menu() is None]
    without = [a.text() for a in shown if a.icon().isNull()]
    file_safety = {"&Back up now", "Restore from bac&kup…"}
    assert set(without) <= file_safety, without
    assert len(shown) - len(without) >= 10


def test_every_report_in_the_reports_menu_has_an_icon(qtbot: QtBot, state: AppState) -> None:
    window = MainWindow(state)
    qtbot.addWidget(window)
    actions = list(window.reports.actions.values())
    assert actions
    assert all(not a.icon().isNull() for a in actions)

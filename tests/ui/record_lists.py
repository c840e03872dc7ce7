"""Helpers for tests of the list views that share RecordListView (contacts, companies)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.ui.widgets.record_list_view import RecordListView


def shown_ids(view: RecordListView) -> list[int]:
    """Ids of the rows the view's model holds, top to bottom."""
    return [view.model.row_id(view.model.row_at(r)) for r in range(view.model.rowCount())]


def click_row(qtbot: QtBot, view: RecordListView, row: int, ctrl: bool = False) -> None:
    """Click a row as a user would; with ``ctrl`` the click adds to the selection."""
    rect = view.table.visualRect(view.model.index(row, 0))
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())

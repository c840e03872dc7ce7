"""A record's History tab: each change, when, who, and every field's old and new value."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from crm_desktop.domain.errors import NotFoundError
from crm_desktop.services.history import HistoryEntry, record_history
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.formatting import moment_text

EMPTY = "—"
_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def value_text(text: str) -> str:
    """A value as shown: stored UTC times in local time, nothing as a dash."""
    if not text:
        return EMPTY
    return moment_text(text) if _STAMP.match(text) else text


def action_label(action: str) -> str:
    """What an audit action is called: "Created" for "create"."""
    return {
        "create": QCoreApplication.translate("history", "Created"),
        "update": QCoreApplication.translate("history", "Changed"),
        "delete": QCoreApplication.translate("history", "Moved to the trash"),
        "restore": QCoreApplication.translate("history", "Restored"),
        "purge": QCoreApplication.translate("history", "Purged"),
        "merge": QCoreApplication.translate("history", "Merged"),
    }.get(action, action)


class HistoryView(QTreeWidget):
    """Newest change first; under each, one row per field: name, old value, new value."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app_state = state
        self.setObjectName("historyView")
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setHeaderLabels(
            [self.tr("When / field"), self.tr("Who / before"), self.tr("What / after")]
        )
        self.entries: list[HistoryEntry] = []

    def show_record(self, kind: str, record_id: int) -> None:
        try:
            self.entries = record_history(self.app_state.db, kind, record_id)
        except NotFoundError:
            self.entries = []
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for entry in self.entries:
            item = QTreeWidgetItem([moment_text(entry.at), entry.user, action_label(entry.action)])
            for column in range(3):
                item.setFont(column, bold)
            for change in entry.changes:
                child = QTreeWidgetItem(
                    [change.label, value_text(change.old), value_text(change.new)]
                )
                child.setToolTip(1, change.old)
                child.setToolTip(2, change.new)
                item.addChild(child)
            self.addTopLevelItem(item)
        self.expandAll()
        for column in range(3):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column) + 16, 260))

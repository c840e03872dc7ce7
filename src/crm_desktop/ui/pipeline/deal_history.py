"""A deal's stage history: every stage it entered, when and by whom."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from crm_desktop.services.deal_lists import deal_stage_history
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.formatting import moment_text


class StageHistory(QTreeWidget):
    """Oldest move first, starting with the stage the deal was created in."""

    def __init__(self, state: AppState, deal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageHistory")
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setHeaderLabels([self.tr("When"), self.tr("Stage"), self.tr("By")])
        for change in deal_stage_history(state.db, deal_id):
            stage = (
                self.tr("{old} → {new}").format(old=change.from_stage, new=change.to_stage)
                if change.from_stage
                else change.to_stage
            )
            self.addTopLevelItem(
                QTreeWidgetItem([moment_text(change.changed_at), stage, change.changed_by])
            )
        for column in (0, 1):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, self.columnWidth(column) + 16)

"""File > Restore from backup…: this file's backups with date and counts; restore one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.backups import COUNTED, BackupInfo, backup_folder, list_backups
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.formatting import count_text, moment_text

if TYPE_CHECKING:
    from crm_desktop.ui.file_safety import FileSafety


class RestoreDialog(QDialog):
    """Lists the backups newest first; Restore replaces the file's content with the chosen one."""

    def __init__(self, state: AppState, safety: FileSafety, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.state = state
        self.safety = safety
        self.backups: list[BackupInfo] = list_backups(state.db)
        intro = QLabel(
            self.tr(
                "Backups of this file kept in your own data folder, newest first. Restoring "
                "replaces everything in the file with the backup's content; the current content "
                "is backed up first, so this can be undone."
            )
        )
        intro.setWordWrap(True)
        headings = [
            self.tr("Made"),
            self.tr("Size"),
            self.tr("Contacts"),
            self.tr("Companies"),
            self.tr("Deals"),
            self.tr("Tickets"),
        ]
        self.table = QTableWidget(len(self.backups), len(headings))
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(headings)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, info in enumerate(self.backups):
            cells = [
                moment_text(info.made_at),
                QLocale().formattedDataSize(info.size_bytes),
                *(count_text(info.counts[t]) for t in COUNTED),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(info.path)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.empty = QLabel(
            self.tr("No backups of this file yet. They are made when it is opened, once a day.")
        )
        self.empty.setVisible(not self.backups)
        self.where = QLabel(self.tr("Folder: {path}").format(path=str(backup_folder(state.db))))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self.restore_chosen)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.chosen() is not None)
        )
        self.table.doubleClicked.connect(lambda _index: self.restore_chosen())
        if self.backups:
            self.table.selectRow(0)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100, 360)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_chosen(self) -> None:
        info = self.chosen()
        if info is None or not self.confirm(info):
            return
        self.safety.restore(Path(info.path))
        self.accept()

    # -- questions (tests replace this) ----------------------------------------------------
    def confirm(self, info: BackupInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Everything in the file will be replaced by the backup made {when} "
                "({contacts} contacts). Colleagues who have the file open will see the change."
            ).format(when=moment_text(info.made_at), contacts=info.counts["contacts"]),
        )
        return answer == QMessageBox.StandardButton.Yes

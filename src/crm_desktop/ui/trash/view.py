"""The Trash view: what was deleted, when and by whom; Restore brings it back, Purge ends it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import CrmError
from crm_desktop.services.trash import TRASH_KINDS, TrashedRecord, list_trash, purge
from crm_desktop.services.trash import restore_from_trash as restore_record
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.state import AppState
from crm_desktop.ui.views import MainView
from crm_desktop.ui.widgets.formatting import count_text, moment_text

TRASH_TABLES = frozenset(table for table, _ in TRASH_KINDS.values())


def kind_label(kind: str) -> str:
    """What a kind of trashed record is called."""
    return {
        "activity": QCoreApplication.translate("trash", "Activity"),
        "order": QCoreApplication.translate("trash", "Order"),
        "deal": QCoreApplication.translate("trash", "Deal"),
        "ticket": QCoreApplication.translate("trash", "Ticket"),
        "contact": QCoreApplication.translate("trash", "Contact"),
        "company": QCoreApplication.translate("trash", "Company"),
        "custom_field": QCoreApplication.translate("trash", "Custom field"),
        "tag": QCoreApplication.translate("trash", "Tag"),
    }.get(kind, kind)


def confirm_purge(parent: QWidget | None, names: list[str]) -> bool:
    """Whether the user really wants these records gone for good."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("trash", "Purge for good"))
    box.setText(
        QCoreApplication.translate(
            "trash", "Delete {what} for good? This cannot be undone from the trash."
        ).format(what=", ".join(f"“{n}”" for n in names[:3]) + ("…" if len(names) > 3 else ""))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "trash", "History keeps what they held; a backup can bring them back."
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    yes = box.button(QMessageBox.StandardButton.Yes)
    if yes is not None:
        yes.setText(QCoreApplication.translate("trash", "&Purge"))
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


class TrashView(MainView):
    """A list with a kind filter; ``ask_purge(names)`` asks before purging (tests replace it)."""

    key = "trash"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.ask_purge: Callable[[list[str]], bool] = lambda names: confirm_purge(self, names)
        self.records: list[TrashedRecord] = []
        self.kind = QComboBox()
        self.kind.setObjectName("trashKind")
        self.kind.addItem(self.tr("Everything"), None)
        for kind in TRASH_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.count = QLabel()
        self.count.setObjectName("trashCount")
        self.list = QTreeWidget()
        self.list.setObjectName("trashList")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels(
            [self.tr("Kind"), self.tr("Name"), self.tr("Deleted"), self.tr("By")]
        )
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("&Purge…"))
        self.purge_button.setObjectName("purgeButton")
        self.purge_button.clicked.connect(self.purge_selected)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.kind)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        self.reload()

    def title(self) -> str:
        return self.tr("Trash")

    def reload(self) -> None:
        chosen = {(r.kind, r.id) for r in self.selected()}
        self.records = list_trash(self.state.db, self.kind.currentData())
        self.list.clear()
        for record in self.records:
            item = QTreeWidgetItem(
                [
                    kind_label(record.kind),
                    record.name,
                    moment_text(record.deleted_at),
                    record.deleted_by,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, (record.kind, record.id))
            self.list.addTopLevelItem(item)
            item.setSelected((record.kind, record.id) in chosen)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        self.count.setText(
            self.tr("{n} in the trash").format(n=count_text(len(self.records)))
            if self.records
            else self.tr("The trash is empty.")
        )
        self._update_buttons()

    def on_changes(self, changes: Changes) -> None:
        if changes.tables & TRASH_TABLES:
            self.reload()

    def selected(self) -> list[TrashedRecord]:
        keys = {tuple(item.data(0, Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()}
        return [r for r in self.records if (r.kind, r.id) in keys]

    def _update_buttons(self) -> None:
        any_selected = bool(self.list.selectedItems())
        self.restore_button.setEnabled(any_selected)
        self.purge_button.setEnabled(any_selected)

    def restore_selected(self) -> None:
        for record in self.selected():
            try:
                restore_record(self.state.db, record.kind, record.id)
            except CrmError as error:
                show_error(self, error)
                return
        self.state.say(self.tr("Restored from the trash."))

    def purge_selected(self) -> None:
        records = self.selected()
        if not records or not self.ask_purge([r.name or kind_label(r.kind) for r in records]):
            return
        for record in records:
            try:
                purge(self.state.db, record.kind, record.id)
            except CrmError as error:
                show_error(self, error)
                return
        self.state.say(self.tr("Purged for good."))

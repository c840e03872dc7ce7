"""The "Find duplicates…" review: candidate pairs, both records side by side, and what to do.

Looking for pairs and merging run in the background (``ui/operations.py``);
"Not a duplicate" is remembered so the pair is not offered again; "Skip"
moves on without deciding. Which record is kept is chosen above the
comparison (by default the older one). ``confirm_merge`` is replaceable so
tests can answer it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.companies import get_companies
from crm_desktop.services.contacts import get_contacts
from crm_desktop.services.duplicates import (
    DuplicatePair,
    find_duplicates,
    ids_of,
    mark_not_duplicate,
)
from crm_desktop.services.merge import merge_records, related_counts
from crm_desktop.storage.database import Database
from crm_desktop.ui.duplicates.model import PairListModel, reasons_text
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.operations import Operation, Progress, run_in_background
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.formatting import country_name, stage_label


def _records(db: Database, entity: str, ids: list[int]) -> dict[int, Any]:
    read = get_contacts if entity == "contacts" else get_companies
    return {int(r.id): r for r in read(db, ids)}


def _joined(items: Any, attribute: str) -> str:
    return "\n".join(str(getattr(item, attribute)) for item in items)


class DuplicatesDialog(QDialog):
    """Review of likely duplicate contacts or companies."""

    loaded = Signal(int)  # pairs found
    merged = Signal(int, int)  # kept id, merged id
    dismissed = Signal(int, int)  # a pair marked "not a duplicate"

    def __init__(self, state: AppState, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.entity = entity
        self.operation: Operation | None = None
        self.confirm_merge: Callable[[str, str], bool] = self._confirm_merge
        self.setWindowTitle(
            self.tr("Duplicate contacts")
            if entity == "contacts"
            else self.tr("Duplicate companies")
        )
        self.resize(980, 560)
        self.model = PairListModel(self)
        self.summary = QLabel(self.tr("Looking for duplicates…"))
        self.summary.setObjectName("duplicatesSummary")
        self.pairs = QTableView()
        self.pairs.setObjectName("duplicatePairs")
        self.pairs.setModel(self.model)
        self.pairs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs.horizontalHeader().setStretchLastSection(True)
        self.pairs.verticalHeader().hide()
        self.pairs.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.keep_first = QRadioButton()
        self.keep_first.setObjectName("keepFirst")
        self.keep_first.setChecked(True)
        self.keep_second = QRadioButton()
        self.keep_second.setObjectName("keepSecond")
        self.compare = QTableWidget(0, 2)
        self.compare.setObjectName("duplicateComparison")
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.setWordWrap(True)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge_current)
        self.different_button = QPushButton(self.tr("&Not a duplicate"))
        self.different_button.setObjectName("notDuplicateButton")
        self.different_button.clicked.connect(self.dismiss_current)
        self.skip_button = QPushButton(self.tr("&Skip"))
        self.skip_button.setObjectName("skipButton")
        self.skip_button.clicked.connect(self.skip_current)
        self._build()
        self._set_enabled(False)

    def _build(self) -> None:
        keep = QHBoxLayout()
        keep.addWidget(QLabel(self.tr("Keep:")))
        keep.addWidget(self.keep_first)
        keep.addWidget(self.keep_second)
        keep.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.why)
        side_layout.addLayout(keep)
        side_layout.addWidget(self.compare, 1)
        hint = QLabel(
            self.tr(
                "Merging keeps the chosen record's values, fills its blanks from the other and"
                " moves the other's e-mails, phones, tags, deals, tickets, orders and activities"
                " to it. The other goes to the trash, from where it can be restored."
            )
        )
        hint.setWordWrap(True)
        side_layout.addWidget(hint)
        split = QSplitter()
        split.addWidget(self.pairs)
        split.addWidget(side)
        split.setSizes([420, 560])
        actions = QHBoxLayout()
        for button in (self.merge_button, self.different_button, self.skip_button):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(actions)

    # -- loading ------------------------------------------------------------------
    def start(self) -> None:
        """Look for pairs in the background; ``loaded`` tells how many were found."""
        db, entity = self.state.db, self.entity

        def work(_progress: Progress) -> tuple[list[DuplicatePair], dict[int, str]]:
            pairs = find_duplicates(db, entity)
            records = _records(db, entity, ids_of(pairs))
            return pairs, {i: r.name for i, r in records.items()}

        def found(result: tuple[list[DuplicatePair], dict[int, str]]) -> None:
            pairs, names = result
            self.model.set_pairs(pairs, names)
            self._after_change()
            self.loaded.emit(len(pairs))

        self._run(work, found, self.tr("Looking for duplicates…"))

    def _after_change(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.summary.setText(self.tr("No likely duplicates found."))
        elif count == 1:
            self.summary.setText(self.tr("1 possible duplicate to review."))
        else:
            self.summary.setText(self.tr("{n} possible duplicates to review.").format(n=count))
        self._select_row(0 if count else None)

    def _select_row(self, row: int | None) -> None:
        if row is None or row >= self.model.rowCount():
            row = self.model.rowCount() - 1
        if row < 0:
            self.pairs.clearSelection()
            self._show_pair(None)
            return
        self.pairs.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show_current()

    def current_pair(self) -> DuplicatePair | None:
        return self.model.pair_at(self.pairs.currentIndex().row())

    def _show_current(self) -> None:
        self._show_pair(self.current_pair())

    def _show_pair(self, pair: DuplicatePair | None) -> None:
        self._set_enabled(pair is not None)
        self.compare.setRowCount(0)
        if pair is None:
            self.why.setText("")
            self.keep_first.setText("")
            self.keep_second.setText("")
            return
        db = self.state.db
        records = _records(db, self.entity, [pair.first_id, pair.second_id])
        first, second = records.get(pair.first_id), records.get(pair.second_id)
        if first is None or second is None:  # merged or trashed elsewhere meanwhile
            self.model.remove_pair(pair)
            self._after_change()
            return
        self.why.setText(self.tr("Why: {reasons}").format(reasons=reasons_text(pair)))
        self.keep_first.setText(f"{first.name} (#{pair.first_id})")
        self.keep_second.setText(f"{second.name} (#{pair.second_id})")
        self.compare.setHorizontalHeaderLabels([self.keep_first.text(), self.keep_second.text()])
        rows = self._rows(first, second)
        rows.append(
            (
                self.tr("Related records"),
                self._related(db, pair.first_id),
                self._related(db, pair.second_id),
            )
        )
        self.compare.setRowCount(len(rows))
        self.compare.setVerticalHeaderLabels([label for label, _a, _b in rows])
        for row, (_label, a, b) in enumerate(rows):
            for column, text in enumerate((a, b)):
                item = QTableWidgetItem(text)
                if a != b:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.compare.setItem(row, column, item)
        self.compare.resizeRowsToContents()

    def _rows(self, a: Any, b: Any) -> list[tuple[str, str, str]]:
        def row(label: str, get: Callable[[Any], object]) -> tuple[str, str, str]:
            return label, str(get(a) or ""), str(get(b) or "")

        common = [
            row(self.tr("E-mails"), lambda r: _joined(r.emails, "address")),
            row(self.tr("Phones"), lambda r: _joined(r.phones, "raw")),
            row(self.tr("City"), lambda r: r.city),
            row(self.tr("Country"), lambda r: country_name(r.country)),
            row(self.tr("Owner"), lambda r: r.owner),
            row(self.tr("Created"), lambda r: r.created_at[:10]),
        ]
        if self.entity == "contacts":
            return [
                row(self.tr("Name"), lambda r: r.name),
                row(self.tr("Company"), lambda r: r.company),
                row(self.tr("Job title"), lambda r: r.job_title),
                *common,
                row(self.tr("Stage"), lambda r: stage_label(r.lifecycle_stage)),
            ]
        return [
            row(self.tr("Name"), lambda r: r.name),
            row(self.tr("Website"), lambda r: r.website),
            row(self.tr("VAT number"), lambda r: r.vat_id),
            *common,
        ]

    def _related(self, db: Database, record_id: int) -> str:
        counts = related_counts(db, self.entity, record_id)
        words = {
            "contacts": self.tr("contacts"),
            "deals": self.tr("deals"),
            "tickets": self.tr("tickets"),
            "orders": self.tr("orders"),
            "activities": self.tr("activities"),
        }
        parts = [f"{words.get(table, table)}: {n}" for table, n in counts.items()]
        return ", ".join(parts) or self.tr("none")

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.merge_button, self.different_button, self.skip_button):
            widget.setEnabled(enabled and self.operation is None)

    # -- deciding -------------------------------------------------------------------
    def _confirm_merge(self, kept: str, other: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Merge"),
            self.tr("Merge “{other}” into “{kept}”? “{other}” goes to the trash.").format(
                other=other, kept=kept
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def merge_current(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        keep_id, other_id = (pair.first_id, pair.second_id)
        if self.keep_second.isChecked():
            keep_id, other_id = other_id, keep_id
        names = self.model.names
        if not self.confirm_merge(names.get(keep_id, ""), names.get(other_id, "")):
            return
        db, entity, row = self.state.db, self.entity, self.pairs.currentIndex().row()

        def done(_result: object) -> None:
            self.model.remove_involving({other_id})
            self._after_change()
            self._select_row(row)
            self.state.say(self.tr("Merged into “{name}”.").format(name=names.get(keep_id, "")))
            self.merged.emit(keep_id, other_id)

        self._run(
            lambda _p: merge_records(db, entity, keep_id, other_id), done, self.tr("Merging…")
        )

    def dismiss_current(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        row = self.pairs.currentIndex().row()
        try:
            mark_not_duplicate(self.state.db, self.entity, pair.first_id, pair.second_id)
        except Exception as error:
            show_error(self, error)
            return
        self.model.remove_pair(pair)
        self._after_change()
        self._select_row(row)
        self.dismissed.emit(pair.first_id, pair.second_id)

    def skip_current(self) -> None:
        row = self.pairs.currentIndex().row()
        self._select_row(min(row + 1, self.model.rowCount() - 1))

    # -- background ---------------------------------------------------------------------
    def _run(
        self, work: Callable[[Progress], Any], done: Callable[[Any], None], label: str
    ) -> None:
        def finished() -> None:
            self.operation = None
            self._set_enabled(self.current_pair() is not None)

        self.operation = run_in_background(self, work, done, label=label)
        self._set_enabled(False)
        self.operation.finished.connect(finished)


def duplicates_button(view: QWidget, state: AppState, entity: str) -> QPushButton:
    """A "Find duplicates…" button for a list view; the dialog it opens is kept on the view."""
    button = QPushButton(view.tr("Find &duplicates…"))
    button.setObjectName(f"{entity}DuplicatesButton")

    def open_dialog() -> None:
        dialog = DuplicatesDialog(state, entity, view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.duplicates_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()
        dialog.start()

    button.clicked.connect(open_dialog)
    return button

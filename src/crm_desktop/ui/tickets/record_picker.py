"""An editable combo box that finds contacts (or other records) as you type."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QLineEdit, QWidget

from crm_desktop.services.search import search
from crm_desktop.ui.search_popup import type_label
from crm_desktop.ui.state import AppState

RESULT_LIMIT = 12
_TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
_RECORD_ROLE = Qt.ItemDataRole.UserRole + 2


class RecordPicker(QComboBox):
    """Type a few letters, pick a record from the search results below the field.

    ``record()`` is the chosen (kind, id), or None while the text names nothing
    chosen from the list; ``chosen`` is emitted whenever that changes.
    """

    chosen = Signal(object)  # (kind, id) or None

    def __init__(
        self, state: AppState, kinds: Collection[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.kinds = tuple(kinds)
        self._choice: tuple[str, int, str] | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.results = QStandardItemModel(self)
        completer = QCompleter(self.results, self)
        # The search service already ranked (and typo-matched) the results: show them all.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(_TITLE_ROLE)
        completer.setMaxVisibleItems(RESULT_LIMIT)
        self.setCompleter(completer)
        self._completer = completer
        # The QModelIndex overload: the index carries the record, the text may repeat.
        completer.activated[QModelIndex].connect(self._choose_index)  # type: ignore[index]
        line = self.line_edit()
        line.setClearButtonEnabled(True)
        line.textEdited.connect(self._search)
        self.activated.connect(self._choose_item)

    # -- reading and setting -------------------------------------------------
    def line_edit(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None  # the combo box is editable
        return line

    def popup(self) -> QAbstractItemView:
        """The list of results under the field (for keyboard and tests)."""
        popup = self._completer.popup()
        assert popup is not None
        return popup

    def record(self) -> tuple[str, int] | None:
        return None if self._choice is None else (self._choice[0], self._choice[1])

    def record_id(self) -> int | None:
        return None if self._choice is None else self._choice[1]

    def has_unmatched_text(self) -> bool:
        """Text is typed but no record was picked for it."""
        return self._choice is None and bool(self.currentText().strip())

    def set_record(self, kind: str, record_id: int, title: str) -> None:
        self._choice = (kind, record_id, title)
        self.blockSignals(True)
        self.clear()
        self.addItem(title, (kind, record_id))
        self.setCurrentIndex(0)
        self.blockSignals(False)
        self.chosen.emit((kind, record_id))

    def clear_record(self) -> None:
        changed = self._choice is not None
        self._choice = None
        self.blockSignals(True)
        self.clear()
        self.setEditText("")
        self.blockSignals(False)
        if changed:
            self.chosen.emit(None)

    # -- searching -------------------------------------------------------------
    def _search(self, text: str) -> None:
        if self._choice is not None and text != self._choice[2]:
            self._choice = None
            self.chosen.emit(None)
        self.results.clear()
        if not text.strip():
            return
        for result in search(self.state.db, text, limit=RESULT_LIMIT, kinds=self.kinds):
            line = result.title
            if len(self.kinds) > 1:
                line = f"{type_label(result.type)} · {line}"
            if result.subtitle:
                line += f"  —  {result.subtitle}"
            item = QStandardItem(line)
            item.setData(result.title, _TITLE_ROLE)
            item.setData((result.type, result.id), _RECORD_ROLE)
            self.results.appendRow(item)
        if self.results.rowCount():
            self._completer.complete()

    def _choose_index(self, index: QModelIndex) -> None:
        record = index.data(_RECORD_ROLE)
        if record:
            kind, record_id = record
            self.set_record(str(kind), int(record_id), str(index.data(_TITLE_ROLE)))

    def _choose_item(self, row: int) -> None:
        record = self.itemData(row)
        if record:
            kind, record_id = record
            self._choice = (str(kind), int(record_id), self.itemText(row))

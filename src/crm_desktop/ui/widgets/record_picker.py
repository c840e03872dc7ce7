"""A field that finds a contact, company, deal or ticket as you type, backed by search."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from crm_desktop.services.search import search
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.formatting import search_result_text

RESULT_LIMIT = 12
_TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
_RECORD_ROLE = Qt.ItemDataRole.UserRole + 2


class RecordPicker(QLineEdit):
    """Type a few letters, pick a record from the search results below the field.

    ``record()`` is the chosen (kind, id), or None while the text names nothing
    chosen; typing something else forgets the choice, and a title typed out in
    full picks its record without the list.
    """

    def __init__(
        self, state: AppState, kinds: Collection[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.kinds = tuple(kinds)
        self._choice: tuple[str, int, str] | None = None
        self.results = QStandardItemModel(self)
        completer = QCompleter(self.results, self)
        # The search service already ranked (and typo-matched) the results: show them all.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(_TITLE_ROLE)
        completer.setMaxVisibleItems(RESULT_LIMIT)
        # Not setCompleter: the field's text is set only when a result is picked.
        completer.setWidget(self)
        # The QModelIndex overload: the index carries the record, the text may repeat.
        completer.activated[QModelIndex].connect(self._choose_index)  # type: ignore[index]
        self._completer = completer
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._search)

    # -- reading and setting -------------------------------------------------
    def line_edit(self) -> QLineEdit:
        """The field the user types into (the picker itself)."""
        return self

    def popup(self) -> QAbstractItemView:
        """The list of results under the field (for keyboard and tests)."""
        popup = self._completer.popup()
        assert popup is not None
        return popup

    def record(self) -> tuple[str, int] | None:
        if self._choice is None or not self._names_choice(self.text()):
            return None
        return self._choice[0], self._choice[1]

    def record_id(self) -> int | None:
        record = self.record()
        return None if record is None else record[1]

    def has_unmatched_text(self) -> bool:
        """Text is typed but no record was picked for it."""
        return bool(self.text().strip()) and self.record() is None

    def set_record(self, kind: str, record_id: int | None, title: str) -> None:
        """Show this record as chosen; a None id clears the field."""
        if record_id is None:
            self.clear_record()
            return
        self._choice = (kind, int(record_id), title)
        self.setText(title)

    def clear_record(self) -> None:
        self._choice = None
        self.clear()

    # -- searching -------------------------------------------------------------
    def _names_choice(self, text: str) -> bool:
        return self._choice is not None and text.strip().casefold() == self._choice[2].casefold()

    def _search(self, text: str) -> None:
        if not self._names_choice(text):
            self._choice = None
        self.results.clear()
        typed = text.strip()
        if not typed:
            return
        for result in search(self.state.db, typed, limit=RESULT_LIMIT, kinds=self.kinds):
            # The kind is named only when the field finds several kinds of record.
            item = QStandardItem(search_result_text(result, with_type=len(self.kinds) > 1))
            item.setData(result.title, _TITLE_ROLE)
            item.setData((result.type, int(result.id)), _RECORD_ROLE)
            self.results.appendRow(item)
            # A title typed out in full picks its record without the list.
            if self._choice is None and result.title.casefold() == typed.casefold():
                self._choice = (result.type, int(result.id), result.title)
        if self.results.rowCount():
            self._completer.complete()

    def _choose_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        record = index.data(_RECORD_ROLE)
        if record:
            kind, record_id = record
            self.set_record(str(kind), int(record_id), str(index.data(_TITLE_ROLE)))

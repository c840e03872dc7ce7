"""Choosing a contact or company by typing part of its name, with search-backed completion."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crm_desktop.services.search import search
from crm_desktop.ui.state import AppState

RESULT_LIMIT = 12
_TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class RecordPicker(QLineEdit):
    """A line edit that completes over ``search`` for one kind of record.

    ``record_id()`` is the record picked; typing something else forgets it, and
    text that names no picked record is reported by ``has_unmatched_text``.
    """

    def __init__(self, state: AppState, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.kind = kind
        self._picked: tuple[int, str] | None = None
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        # The search service has ranked (and typo-matched) the results already.
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(_TITLE_ROLE)
        self.completer_.setMaxVisibleItems(RESULT_LIMIT)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._pick_index)  # type: ignore[index]
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._search)

    def record_id(self) -> int | None:
        if (
            self._picked is not None
            and self.text().strip().casefold() == self._picked[1].casefold()
        ):
            return self._picked[0]
        return None

    def has_unmatched_text(self) -> bool:
        return bool(self.text().strip()) and self.record_id() is None

    def set_record(self, record_id: int | None, title: str) -> None:
        self._picked = None if record_id is None else (int(record_id), title)
        self.setText(title if record_id is not None else "")

    def _search(self, text: str) -> None:
        if self.record_id() is None:
            self._picked = None
        self.results.clear()
        if not text.strip():
            return
        for result in search(self.state.db, text, limit=RESULT_LIMIT, kinds={self.kind}):
            line = result.title + (f"  —  {result.subtitle}" if result.subtitle else "")
            item = QStandardItem(line)
            item.setData(result.title, _TITLE_ROLE)
            item.setData(result.id, _ID_ROLE)
            self.results.appendRow(item)
            # A name typed out in full picks the record without the popup.
            if result.title.casefold() == text.strip().casefold() and self._picked is None:
                self._picked = (int(result.id), result.title)
        if self.results.rowCount():
            self.completer_.complete()

    def _pick_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        record_id = index.data(_ID_ROLE)
        title = str(index.data(_TITLE_ROLE))
        if record_id is not None:
            self._picked = (int(record_id), title)
            self.setText(title)

"""The global search field (Ctrl+K): ranked results of every type as you type."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from crm_desktop.domain.search import SearchResult
from crm_desktop.services.search import search
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.formatting import search_result_text
from crm_desktop.ui.widgets.icons import svg_icon

RESULT_LIMIT = 12


class SearchField(QLineEdit):
    """A line edit whose results list floats under it inside the main window."""

    result_chosen = Signal(str, int)  # type, id
    results_shown = Signal(int)  # how many, after they are painted into the list

    def __init__(self, state: AppState, window: QWidget) -> None:
        super().__init__(window)
        self.state = state
        self.setPlaceholderText(self.tr("Search contacts, companies, deals, tickets (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.addAction(svg_icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(360)
        self.setMaximumWidth(720)
        self.results = QListWidget(window)
        self.results.setObjectName("searchResults")
        self.results.hide()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.itemActivated.connect(self._choose_item)
        self.results.itemClicked.connect(self._choose_item)
        self.textChanged.connect(self._update)
        self.installEventFilter(self)

    def _update(self, text: str) -> None:
        found = search(self.state.db, text, limit=RESULT_LIMIT) if text.strip() else []
        self.show_results(found)

    def show_results(self, found: list[SearchResult]) -> None:
        self.results.clear()
        if not found:
            if self.text().strip():
                item = QListWidgetItem(self.tr("No matches"))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.results.addItem(item)
                self._place()
            else:
                self.results.hide()
            self.results_shown.emit(0)
            return
        for result in found:
            item = QListWidgetItem(search_result_text(result))
            item.setData(Qt.ItemDataRole.UserRole, (result.type, result.id))
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        self._place()
        self.results_shown.emit(len(found))

    def _place(self) -> None:
        parent = self.results.parentWidget()
        if parent is None:
            return
        origin = self.mapTo(parent, QPoint(0, self.height()))
        rows = min(self.results.count(), RESULT_LIMIT)
        height = self.results.sizeHintForRow(0) * rows + 8
        self.results.setGeometry(origin.x(), origin.y() + 2, max(self.width(), 480), height)
        self.results.show()
        self.results.raise_()

    def _choose_item(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        kind, record_id = data
        self.results.hide()
        self.clear()
        self.result_chosen.emit(str(kind), int(record_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.isVisible():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.results.currentItem():
                self._choose_item(self.results.currentItem())
                return True
            if key == Qt.Key.Key_Escape:
                self.results.hide()
                self.clear()
                return True
        return super().eventFilter(watched, event)

"""The table of a record list: rows chosen by id, columns sorted in SQL, a column menu."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from crm_desktop.ui.widgets.lazy_table_model import LazyTableModel


class RecordTable(QTableView):
    """A ``LazyTableModel`` shown row-wise; ``quiet`` is True while it selects rows itself."""

    def __init__(
        self,
        model: LazyTableModel[Any],
        column_widths: dict[str, int],
        hidden_columns: Sequence[str] = (),
        stretch_column: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.records = model
        self.stretch_column = stretch_column
        self.quiet = False
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        # No stretching column: the last visible one takes the room left.
        header.setStretchLastSection(not stretch_column)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        em = self.fontMetrics().averageCharWidth()
        for index, key in enumerate(model.columns):
            header.resizeSection(index, column_widths.get(key, 12) * em + 16)
            header.setSectionHidden(index, key in hidden_columns)
        if stretch_column:
            header.setSectionResizeMode(
                list(model.columns).index(stretch_column), QHeaderView.ResizeMode.Stretch
            )
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSortIndicator(model.sort_column(), Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._header_clicked)

    # -- rows by id ------------------------------------------------------------------------------
    def id_at(self, row: int) -> int:
        return self.records.row_id(self.records.row_at(row))

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self.id_at(row) for row in rows if row < self.records.rowCount()]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return self.id_at(index.row()) if index.isValid() else None

    def select_ids(self, ids: Sequence[int], current: int | None) -> None:
        """Select the loaded rows of these ids (quietly: the caller knows what it chose)."""
        selection = QItemSelection()
        last = self.records.columnCount() - 1
        for record_id in ids:
            row = self.records.row_of(record_id)
            if row is not None:
                selection.select(self.records.index(row, 0), self.records.index(row, last))
        self.quiet = True
        try:
            chooser = self.selectionModel()
            chooser.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            row = self.records.row_of(current) if current is not None else None
            if row is not None:
                chooser.setCurrentIndex(
                    self.records.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        finally:
            self.quiet = False

    # -- sorting ---------------------------------------------------------------------------
    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        """Sort in SQL, keeping the selected rows selected where they are still loaded."""
        selected, current = self.selected_ids(), self.current_id()
        self.records.sort(column, order)
        self.horizontalHeader().setSortIndicator(column, order)
        self.select_ids(selected, current)

    def sort_order(self) -> Qt.SortOrder:
        if self.records.descending:
            return Qt.SortOrder.DescendingOrder
        return Qt.SortOrder.AscendingOrder

    def _header_clicked(self, column: int) -> None:
        """Columns the service cannot sort keep the indicator where it was."""
        if not self.records.is_sortable(column):
            self.horizontalHeader().setSortIndicator(self.records.sort_column(), self.sort_order())
            return
        order = Qt.SortOrder.AscendingOrder
        if column == self.records.sort_column() and not self.records.descending:
            order = Qt.SortOrder.DescendingOrder
        self.sort_by(column, order)

    def _header_menu(self, position: QPoint) -> None:
        """Show or hide columns (the stretching one always stays)."""
        header = self.horizontalHeader()
        menu = QMenu(self)
        for column, key in enumerate(self.records.columns):
            if key == self.stretch_column:
                continue
            action = menu.addAction(self.records.column_title(key))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.popup(header.mapToGlobal(position))

    # -- layout ----------------------------------------------------------------------------
    def header_state(self) -> QByteArray:
        return self.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray) -> None:
        """Columns, widths and order as saved; the saved sort is done again in SQL."""
        header = self.horizontalHeader()
        if not header.restoreState(state):
            return
        column = header.sortIndicatorSection()
        if self.records.is_sortable(column):
            self.sort_by(column, header.sortIndicatorOrder())
        else:
            header.setSortIndicator(self.records.sort_column(), self.sort_order())

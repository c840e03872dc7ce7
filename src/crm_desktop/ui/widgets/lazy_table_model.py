"""A table model that reads its rows a batch at a time from a service's list function.

Subclasses say how to read one page and one count, which columns there are and
how a row reads in each; this base does ``canFetchMore``/``fetchMore``, sorting
by re-querying, and refreshing the rows already loaded after a change while
keeping what the user was looking at.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import is_dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from crm_desktop.domain.changes import Changes

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex

BATCH = 200
ID_ROLE = Qt.ItemDataRole.UserRole


class LazyTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows of one filter and sort, read ``batch`` at a time.

    Subclasses set ``columns`` (column keys), ``sort_keys`` (column key -> the
    service's sort key; columns not in it cannot be sorted) and ``right_aligned``
    (numeric columns) and implement ``read_page``, ``count_rows``, ``row_id``,
    ``column_title`` and ``text``. Nothing is read while ``filter`` is None.
    """

    columns: Sequence[str] = ()
    sort_keys: dict[str, str] = {}  # noqa: RUF012 - read-only per subclass
    right_aligned: frozenset[str] = frozenset()
    default_sort = ""
    batch = BATCH
    table = ""  # the table of the rows ("contacts"): a refresh can then re-read by id
    # Writes to these tables also mark the records of ``table`` they touch as updated.
    marks_rows: tuple[str, ...] = ("taggings",)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter: Any = None  # the service's filter dataclass
        self.sort_key = self.default_sort
        self.descending = False
        self.total = 0
        self._rows: list[RowT] = []
        self._exhausted = True
        self.refreshed_rows = 0  # rows the last refresh read again (tests and benches)

    # -- what subclasses provide ----------------------------------------------------
    def read_page(
        self, spec: Any, sort_key: str, descending: bool, offset: int, limit: int
    ) -> list[RowT]:
        """One page of rows from the service; no Qt, so it may run on a worker thread."""
        raise NotImplementedError

    def count_rows(self) -> int:
        """How many rows the current filter matches."""
        raise NotImplementedError

    def row_id(self, row: RowT) -> int:
        raise NotImplementedError

    def column_title(self, key: str) -> str:
        raise NotImplementedError

    def text(self, row: RowT, key: str) -> str:
        raise NotImplementedError

    def tooltip(self, row: RowT, key: str) -> str | None:
        """Cells may be elided: the full text on hover."""
        return self.text(row, key) or None

    def cell_data(self, row: RowT, key: str, role: int) -> Any:
        """Roles other than display, tool tip, alignment and id (colours, icons); None here."""
        return None

    def fetch_rows(self, offset: int, limit: int) -> list[RowT]:
        """One page of rows for the current filter and sort."""
        return self.read_page(self.filter, self.sort_key, self.descending, offset, limit)

    def ids_reader(self) -> Callable[[], list[int]]:
        """Reads the ids of every row the current filter matches, in order.

        The filter and sort are taken now; the returned function touches no Qt
        object, so a bulk action can call it on a worker thread.
        """
        spec, sort_key, descending = self.filter, self.sort_key, self.descending
        total = self.total
        read, row_id = self.read_page, self.row_id
        return lambda: [row_id(row) for row in read(spec, sort_key, descending, 0, total)]

    # -- loading ------------------------------------------------------------------------
    def set_filter(self, spec: Any) -> None:
        self.filter = spec
        self.reload()

    def reload(self) -> None:
        """Read the first batch again (a new filter or sort, another file)."""
        self.beginResetModel()
        if self.filter is None:
            self.total, self._rows = 0, []
        else:
            self.total = self.count_rows()
            self._rows = self.fetch_rows(0, self.batch)
        self._exhausted = len(self._rows) < self.batch
        self.endResetModel()

    def refresh(self, changes: Changes | None = None, keep: int | None = None) -> bool:
        """Bring the loaded rows up to date after a change; True if the rows moved.

        When ``changes`` only updated records of ``table`` (and the count is the
        same), just those rows are read again, if loaded. Otherwise the first
        pages are read again, enough to cover row ``keep`` (the last one in
        view; None: every loaded row), and rows past them are dropped, to be
        fetched again on scrolling. When the same records are still in the same
        places only their cells are updated, so selection and scroll position
        stay as they are; otherwise the model is reset and the caller restores
        what it can.
        """
        if self.filter is None:
            self.reload()
            return True
        total = self.count_rows()
        if changes is not None and total == self.total and self._refresh_updated(changes):
            return False
        self.total = total
        loaded = len(self._rows)
        wanted = loaded if keep is None else min(loaded, keep + 1)
        wanted = max(self.batch, -(-wanted // self.batch) * self.batch)  # whole batches
        fresh = self.fetch_rows(0, wanted)
        self.refreshed_rows = len(fresh)
        ids = [self.row_id(r) for r in fresh]
        if len(fresh) <= loaded and ids == [self.row_id(r) for r in self._rows[: len(fresh)]]:
            if loaded > len(fresh):
                self.beginRemoveRows(QModelIndex(), len(fresh), loaded - 1)  # inclusive last
                del self._rows[len(fresh) :]
                self.endRemoveRows()
            self._rows[: len(fresh)] = fresh
            self._exhausted = len(fresh) < wanted
            if fresh:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(fresh) - 1, len(self.columns) - 1)
                )
            return False
        self.beginResetModel()
        self._rows = fresh
        self._exhausted = len(fresh) < wanted
        self.endResetModel()
        return True

    def _refresh_updated(self, changes: Changes) -> bool:
        """Read again only the loaded rows ``changes`` updated; False if that cannot do."""
        if not self.table or self.table in changes.created or self.table in changes.deleted:
            return False
        if not changes.tables <= {self.table, *self.marks_rows}:
            return False  # e.g. a company renamed: which contact rows show it is not known
        updated = changes.updated.get(self.table, frozenset())
        places = {}
        for place, row in enumerate(self._rows):
            record_id = self.row_id(row)
            if record_id in updated:
                places[record_id] = place
        if not places:
            self.refreshed_rows = 0
            return True
        fresh = self.read_by_ids(sorted(places))
        if fresh is None or len(fresh) != len(places):
            return False  # some no longer match the filter: the row set changed
        self.refreshed_rows = len(fresh)
        for row in fresh:
            place = places[self.row_id(row)]
            self._rows[place] = row
            self.dataChanged.emit(self.index(place, 0), self.index(place, len(self.columns) - 1))
        return True

    def read_by_ids(self, ids: Sequence[int]) -> list[RowT] | None:
        """The rows of ``ids`` the current filter still matches, in any order.

        This works for filters with an ``ids`` field (``ContactFilter``); None
        for others, and then a refresh reads pages instead.
        """
        spec = self.filter
        if not is_dataclass(spec) or isinstance(spec, type) or not hasattr(spec, "ids"):
            return None
        narrowed = replace(spec, ids=tuple(ids))
        return self.read_page(narrowed, self.sort_key, self.descending, 0, len(ids))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._exhausted:
            return
        more = self.fetch_rows(len(self._rows), self.batch)
        self._exhausted = len(more) < self.batch
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)  # inclusive last
            self._rows.extend(more)
            self.endInsertRows()

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column] in self.sort_keys

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.is_sortable(column):
            return
        self.sort_key = self.sort_keys[self.columns[column]]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_column(self) -> int:
        """The column that shows the current sort key (-1 if none does)."""
        for column, key in enumerate(self.columns):
            if self.sort_keys.get(key) == self.sort_key:
                return column
        return -1

    # -- reading rows -------------------------------------------------------------------
    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def loaded_rows(self) -> list[RowT]:
        return list(self._rows)

    def row_of(self, record_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if self.row_id(item) == record_id:
                return row
        return None

    # -- the Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(self.columns[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(self.columns[section])
        return None

    def _alignment(self, key: str) -> int | None:
        if key in self.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        key = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, key)
        if role == ID_ROLE:
            return self.row_id(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self.right_aligned:
            return self._alignment(key)
        return self.cell_data(row, key, role)

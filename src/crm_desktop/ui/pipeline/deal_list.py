"""The list view of the pipeline: the same deals as a lazily loaded, sortable table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QWidget,
)

from crm_desktop.domain.pipeline import OPEN, DealFilter, DealRow
from crm_desktop.services.deal_lists import list_deals
from crm_desktop.services.orders import today
from crm_desktop.services.settings import get_settings
from crm_desktop.ui.pipeline.formatting import MoneyFormat, days_since
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.formatting import OVERDUE_COLOUR, day_text

BATCH = 200
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex

# (column key, sort key of list_deals for ascending order)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", "title"),
    ("company", "company"),
    ("stage", "stage"),
    ("value", "value"),
    ("probability", "probability"),
    ("weighted", "weighted"),
    ("owner", "owner"),
    ("expected_close_date", "expected_close_date"),
    # More days in the stage means it was entered earlier: ascending days is
    # descending entry time.
    ("days", "-stage_entered_at"),
)
_NUMERIC = {"value", "probability", "weighted", "days"}


class DealTableModel(QAbstractTableModel):
    """Rows of ``list_deals`` fetched in batches of ``BATCH``, sorted by the service."""

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.filter = DealFilter()
        self.sort_key = "stage"
        self.rows: list[DealRow] = []
        self._exhausted = True
        self._active = False  # nothing is read until a filter is set
        self._money = MoneyFormat("US")
        self._now = state.db.clock()
        self._today = ""

    # -- loading ----------------------------------------------------------------------
    def set_filter(self, spec: DealFilter) -> None:
        self.filter = spec
        self._active = True
        self.reload()

    def reload(self) -> None:
        db = self.state.db
        self.beginResetModel()
        self.rows = []
        self._exhausted = False
        self._money = MoneyFormat(get_settings(db).default_region)
        self._now = db.clock()
        self._today = today(db)
        self.endResetModel()
        self.fetchMore()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._exhausted:
            return
        batch = list_deals(
            self.state.db, self.filter, offset=len(self.rows), limit=BATCH, sort=self.sort_key
        )
        self._exhausted = len(batch) < BATCH
        if batch:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
            self.rows.extend(batch)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][1]
        if order == Qt.SortOrder.DescendingOrder:
            key = key[1:] if key.startswith("-") else f"-{key}"
        self.sort_key = key
        if self._active:
            self.reload()

    # -- reading ----------------------------------------------------------------------
    def deal_at(self, row: int) -> DealRow:
        return self.rows[row]

    def row_of(self, deal_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == deal_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(COLUMNS[section][0])
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][0] in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _title(self, key: str) -> str:
        return {
            "title": self.tr("Title"),
            "company": self.tr("Company"),
            "stage": self.tr("Stage"),
            "value": self.tr("Value"),
            "probability": self.tr("Probability"),
            "weighted": self.tr("Weighted value"),
            "owner": self.tr("Owner"),
            "expected_close_date": self.tr("Expected close"),
            "days": self.tr("Days in stage"),
        }[key]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        deal = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(deal, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("title", "company"):
            return self._text(deal, key) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and key == "expected_close_date"
            and self._overdue(deal)
        ):
            return QColor(OVERDUE_COLOUR)
        if role == ROW_ROLE:
            return deal
        return None

    def _overdue(self, deal: DealRow) -> bool:
        return (
            deal.status == OPEN
            and deal.expected_close_date is not None
            and deal.expected_close_date < self._today
        )

    def _text(self, deal: DealRow, key: str) -> str:
        money = self._money
        if key == "title":
            return deal.title
        if key == "company":
            return deal.company or deal.contact
        if key == "stage":
            return deal.stage
        if key == "value":
            return money.money(deal.value_minor, deal.currency)
        if key == "probability":
            return f"{deal.probability}%"
        if key == "weighted":
            return money.money(deal.weighted_value_minor, deal.currency)
        if key == "owner":
            return deal.owner
        if key == "expected_close_date":
            return day_text(deal.expected_close_date)
        if key == "days":
            return "" if deal.status != OPEN else str(days_since(deal.stage_entered_at, self._now))
        return ""


class DealListView(QStackedWidget):
    """The deals table, or a plain sentence when no deal matches the filters."""

    deal_activated = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DealTableModel(state, self)
        self.table = QTableView()
        self.table.setObjectName("dealTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)  # as the contact, company and ticket lists
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # The title takes what the other columns leave; they start at a width
        # that fits their header and usual contents.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((0, 160, 90, 85, 80, 100, 120, 105, 95)):
            if width:
                header.resizeSection(column, width)
        self.table.activated.connect(
            lambda index: self.deal_activated.emit(self.model.deal_at(index.row()).id)
        )
        self.empty = QLabel(self.tr("No deals match these filters."))
        self.empty.setObjectName("emptyDeals")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.table)
        self.addWidget(self.empty)
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)

    def set_filter(self, spec: DealFilter) -> None:
        self.model.set_filter(spec)

    def _update_empty(self) -> None:
        self.setCurrentWidget(self.table if self.model.rowCount() else self.empty)

    def current_deal(self) -> DealRow | None:
        index = self.table.currentIndex()
        return self.model.deal_at(index.row()) if index.isValid() else None

    def select_deal(self, deal_id: int) -> bool:
        row = self.model.row_of(deal_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(deal_id)
            if len(self.model.rows) > 5 * BATCH:
                break  # far down a long list: open the deal without scrolling to it
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

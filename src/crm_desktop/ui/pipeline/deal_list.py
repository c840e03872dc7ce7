"""The list view of the pipeline: the same deals as a lazily loaded, sortable table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QStackedWidget, QWidget

from crm_desktop.domain.pipeline import OPEN, DealFilter, DealRow
from crm_desktop.services.deal_lists import count_deals, list_deals
from crm_desktop.services.orders import today
from crm_desktop.ui.pipeline.formatting import days_since
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.empty_state import placeholder_label
from crm_desktop.ui.widgets.formatting import (
    OVERDUE_COLOUR,
    day_text,
    money_text,
    owner_text,
    quiet_colour,
)
from crm_desktop.ui.widgets.lazy_table_model import BATCH, LazyTableModel
from crm_desktop.ui.widgets.record_table import RecordTable

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
# Column widths in characters of the average glyph; the title takes the room left.
_WIDTHS = {
    "company": 24,
    "stage": 12,
    "value": 12,
    "probability": 11,
    "weighted": 14,
    "owner": 17,
    "expected_close_date": 15,
    "days": 13,
}


class DealTableModel(LazyTableModel[DealRow]):
    """Rows of ``list_deals`` for one ``DealFilter`` and sort; nothing before a filter is set."""

    columns = tuple(key for key, _ in COLUMNS)
    sort_keys = dict(COLUMNS)  # noqa: RUF012 - read-only
    right_aligned = frozenset({"value", "probability", "weighted", "days"})
    default_sort = "stage"

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._now = state.db.clock()
        self._today = ""

    # -- loading ----------------------------------------------------------------------
    def read_page(
        self, spec: Any, sort_key: str, descending: bool, offset: int, limit: int
    ) -> list[DealRow]:
        if descending:
            sort_key = sort_key[1:] if sort_key.startswith("-") else f"-{sort_key}"
        return list_deals(self.state.db, spec, offset=offset, limit=limit, sort=sort_key)

    def count_rows(self) -> int:
        return count_deals(self.state.db, self.filter)

    def reload(self) -> None:
        db = self.state.db
        self._now = db.clock()
        self._today = today(db)
        super().reload()

    # -- reading ----------------------------------------------------------------------
    def deal_at(self, row: int) -> DealRow:
        return self.row_at(row)

    def row_id(self, row: DealRow) -> int:
        return int(row.id)

    def column_title(self, key: str) -> str:
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

    def _overdue(self, deal: DealRow) -> bool:
        return (
            deal.status == OPEN
            and deal.expected_close_date is not None
            and deal.expected_close_date < self._today
        )

    def text(self, row: DealRow, key: str) -> str:
        if key == "title":
            return row.title
        if key == "company":
            return row.company or row.contact
        if key == "stage":
            return row.stage
        if key == "value":
            return money_text(row.value_minor, row.currency)
        if key == "probability":
            return f"{row.probability}%"
        if key == "weighted":
            return money_text(row.weighted_value_minor, row.currency)
        if key == "owner":
            return owner_text(row.owner)
        if key == "expected_close_date":
            return day_text(row.expected_close_date)
        if key == "days":
            return "" if row.status != OPEN else str(days_since(row.stage_entered_at, self._now))
        return ""

    def cell_data(self, row: DealRow, key: str, role: int) -> Any:
        if role != Qt.ItemDataRole.ForegroundRole:
            return None
        if key == "expected_close_date" and self._overdue(row):
            return QColor(OVERDUE_COLOUR)
        if key == "owner" and not row.owner:
            return quiet_colour()
        return None


class DealListView(QStackedWidget):
    """The deals table, or a plain sentence when no deal matches the filters."""

    deal_activated = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DealTableModel(state, self)
        self.table = RecordTable(self.model, _WIDTHS, stretch_column="title")
        self.table.setObjectName("dealTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.activated.connect(
            lambda index: self.deal_activated.emit(self.model.deal_at(index.row()).id)
        )
        self.empty = placeholder_label(self.tr("No deals match these filters."))
        self.empty.setObjectName("emptyDeals")
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
            if self.model.rowCount() > 5 * BATCH:
                break  # far down a long list: open the deal without scrolling to it
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

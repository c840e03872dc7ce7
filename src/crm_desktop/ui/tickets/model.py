"""The ticket queue as a lazily loaded table model, sorted and filtered in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from crm_desktop.domain.tickets import FINISHED_STATUSES, TicketFilter, TicketRow
from crm_desktop.services.tickets import count_tickets, list_tickets
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tickets.labels import (
    priority_icon,
    priority_label,
    status_icon,
    status_label,
)
from crm_desktop.ui.widgets.formatting import OVERDUE_COLOUR, moment_text, relative_due

BATCH = 200
ID_ROLE = Qt.ItemDataRole.UserRole
# True for a ticket past its SLA due time and still not resolved.
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1
# The grey second line of the subject cell: who asked ("Giulia Bianchi · ACME Srl").
SECONDARY_ROLE = Qt.ItemDataRole.UserRole + 2

# (column key, sort key of services.tickets.SORTS)
COLUMNS = (
    ("id", "id"),
    ("subject", "subject"),
    ("contact", "contact"),
    ("company", "company"),
    ("status", "status"),
    ("priority", "priority"),
    ("assignee", "assignee"),
    ("sla", "sla_due_at"),
    ("created", "created_at"),
)
COLUMN_KEYS = [key for key, _ in COLUMNS]
DEFAULT_SORT = "sla_due_at"

_Index = QModelIndex | QPersistentModelIndex


def column_title(key: str) -> str:
    return {
        "id": QCoreApplication.translate("TicketTableModel", "#"),
        "subject": QCoreApplication.translate("TicketTableModel", "Subject"),
        "contact": QCoreApplication.translate("TicketTableModel", "Contact"),
        "company": QCoreApplication.translate("TicketTableModel", "Company"),
        "status": QCoreApplication.translate("TicketTableModel", "Status"),
        "priority": QCoreApplication.translate("TicketTableModel", "Priority"),
        "assignee": QCoreApplication.translate("TicketTableModel", "Assignee"),
        "sla": QCoreApplication.translate("TicketTableModel", "SLA due"),
        "created": QCoreApplication.translate("TicketTableModel", "Created"),
    }[key]


class TicketTableModel(QAbstractTableModel):
    """Rows of ``list_tickets`` for one filter and sort, fetched ``BATCH`` at a time."""

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.filter = TicketFilter()
        self.sort_key = DEFAULT_SORT
        self.total = 0
        self._rows: list[TicketRow] = []
        self._now = ""
        self._exhausted = True

    # -- loading -----------------------------------------------------------
    def set_filter(self, flt: TicketFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Read the first batch again (after a change, a new filter or sort)."""
        self.beginResetModel()
        db = self.state.db
        self._now = db.now()
        self.total = count_tickets(db, self.filter)
        self._rows = list_tickets(db, self.filter, 0, BATCH, self.sort_key)
        self._exhausted = len(self._rows) < BATCH
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._exhausted:
            return
        more = list_tickets(self.state.db, self.filter, len(self._rows), BATCH, self.sort_key)
        self._exhausted = len(more) < BATCH
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def refresh_clock(self) -> None:
        """Time moved on: recompute the relative SLA texts without reading again."""
        self._now = self.state.db.now()
        if self._rows:
            sla = COLUMN_KEYS.index("sla")
            self.dataChanged.emit(self.index(0, sla), self.index(len(self._rows) - 1, sla))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][1]
        self.sort_key = key if order == Qt.SortOrder.AscendingOrder else f"-{key}"
        self.reload()

    # -- reading rows --------------------------------------------------------
    def ticket_at(self, row: int) -> TicketRow:
        return self._rows[row]

    def row_of(self, ticket_id: int) -> int | None:
        for row, ticket in enumerate(self._rows):
            if ticket.id == ticket_id:
                return row
        return None

    # -- the Qt model API ------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(COLUMN_KEYS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMN_KEYS[section] == "id":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ticket = self._rows[index.row()]
        key = COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(ticket, key)
        if role == ID_ROLE:
            return int(ticket.id)
        if role == OVERDUE_ROLE:
            return ticket.is_overdue
        if role == SECONDARY_ROLE and key == "subject":
            return " · ".join(p for p in (ticket.contact, ticket.company) if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(ticket, key)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(ticket, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(ticket, key)
        if role == Qt.ItemDataRole.FontRole and key == "sla" and ticket.is_overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "id":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, ticket: TicketRow, key: str) -> str:
        if key == "id":
            return str(ticket.id)
        if key == "status":
            return status_label(ticket.status)
        if key == "priority":
            return priority_label(ticket.priority)
        if key == "assignee":
            return ticket.assignee or QCoreApplication.translate("TicketTableModel", "Unassigned")
        if key == "sla":
            if ticket.status in FINISHED_STATUSES:
                return "—"
            return relative_due(ticket.sla_due_at, self._now)
        if key == "created":
            return moment_text(ticket.created_at)
        return str(getattr(ticket, key))

    def _tooltip(self, ticket: TicketRow, key: str) -> str | None:
        if key == "sla":
            due = moment_text(ticket.sla_due_at)
            if ticket.is_overdue:
                return QCoreApplication.translate(
                    "TicketTableModel", "Overdue: was due {time}"
                ).format(time=due)
            return QCoreApplication.translate("TicketTableModel", "Due {time}").format(time=due)
        if key in ("subject", "contact", "company"):
            return self._text(ticket, key) or None
        return None

    def _decoration(self, ticket: TicketRow, key: str) -> Any:
        if key == "status":
            return status_icon(ticket.status)
        if key == "priority":
            return priority_icon(ticket.priority)
        if key == "sla" and ticket.is_overdue:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def _foreground(self, ticket: TicketRow, key: str) -> QColor | None:
        if key == "sla" and ticket.is_overdue:
            return QColor(OVERDUE_COLOUR)
        if key == "assignee" and not ticket.assignee:
            return QApplication.palette().color(
                QPalette.ColorGroup.Normal, QPalette.ColorRole.PlaceholderText
            )
        if ticket.status in FINISHED_STATUSES:
            # Done tickets recede so the open work stands out.
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

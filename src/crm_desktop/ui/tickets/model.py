"""The ticket queue as a lazily loaded table model, sorted and filtered in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
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
from crm_desktop.ui.widgets.formatting import (
    OVERDUE_COLOUR,
    moment_text,
    owner_text,
    quiet_colour,
    relative_due,
)
from crm_desktop.ui.widgets.lazy_table_model import LazyTableModel

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
COLUMN_KEYS = tuple(key for key, _ in COLUMNS)
DEFAULT_SORT = "sla_due_at"


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


class TicketTableModel(LazyTableModel[TicketRow]):
    """Rows of ``list_tickets`` for one ``TicketFilter`` and sort."""

    columns = COLUMN_KEYS
    sort_keys = dict(COLUMNS)  # noqa: RUF012 - read-only
    right_aligned = frozenset({"id"})
    default_sort = DEFAULT_SORT

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.filter = TicketFilter()
        self._now = ""

    # -- loading -----------------------------------------------------------
    def read_page(
        self, spec: Any, sort_key: str, descending: bool, offset: int, limit: int
    ) -> list[TicketRow]:
        sort = f"-{sort_key}" if descending else sort_key
        return list_tickets(self.state.db, spec, offset, limit, sort)

    def count_rows(self) -> int:
        return count_tickets(self.state.db, self.filter)

    def reload(self) -> None:
        """Read the first batch again (after a change, a new filter or sort)."""
        self._now = self.state.db.now()
        super().reload()

    def refresh_clock(self) -> None:
        """Time moved on: recompute the relative SLA texts without reading again."""
        self._now = self.state.db.now()
        if self.rowCount():
            sla = COLUMN_KEYS.index("sla")
            self.dataChanged.emit(self.index(0, sla), self.index(self.rowCount() - 1, sla))

    # -- reading rows --------------------------------------------------------
    def ticket_at(self, row: int) -> TicketRow:
        return self.row_at(row)

    def row_id(self, row: TicketRow) -> int:
        return int(row.id)

    def column_title(self, key: str) -> str:
        return column_title(key)

    def text(self, row: TicketRow, key: str) -> str:
        if key == "id":
            return str(row.id)
        if key == "status":
            return status_label(row.status)
        if key == "priority":
            return priority_label(row.priority)
        if key == "assignee":
            return owner_text(row.assignee)
        if key == "sla":
            if row.status in FINISHED_STATUSES:
                return "—"
            return relative_due(row.sla_due_at, self._now)
        if key == "created":
            return moment_text(row.created_at)
        return str(getattr(row, key))

    def tooltip(self, row: TicketRow, key: str) -> str | None:
        if key == "sla":
            due = moment_text(row.sla_due_at)
            if row.is_overdue:
                return QCoreApplication.translate(
                    "TicketTableModel", "Overdue: was due {time}"
                ).format(time=due)
            return QCoreApplication.translate("TicketTableModel", "Due {time}").format(time=due)
        return super().tooltip(row, key)

    def cell_data(self, row: TicketRow, key: str, role: int) -> Any:
        if role == OVERDUE_ROLE:
            return row.is_overdue
        if role == SECONDARY_ROLE and key == "subject":
            return " · ".join(p for p in (row.contact, row.company) if p)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(row, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, key)
        if role == Qt.ItemDataRole.FontRole and key == "sla" and row.is_overdue:
            font = QFont()
            font.setBold(True)
            return font
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
            return quiet_colour()
        if ticket.status in FINISHED_STATUSES:
            # Done tickets recede so the open work stands out.
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

"""The filter row above the ticket queue: status, priority, assignee, overdue only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from crm_desktop.domain.saved_views import ViewFilter
from crm_desktop.domain.tickets import ACTIVE_STATUSES, PRIORITIES, STATUSES, TicketFilter
from crm_desktop.services.users import current_user, list_users
from crm_desktop.ui.smart_lists.chip import SavedViewChip
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tickets.labels import priority_icon, priority_label, status_icon, status_label

# Special values of the combo boxes besides single statuses and user ids.
OPEN_ONES = "active"
ANY = "any"
ME = "me"
UNASSIGNED = "unassigned"


class TicketFilterBar(QWidget):
    """Emits ``changed`` whenever the user picks another filter."""

    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Open tickets"), OPEN_ONES)
        self.status.setItemData(
            0, self.tr("New, open and pending tickets"), Qt.ItemDataRole.ToolTipRole
        )
        self.status.addItem(self.tr("All statuses"), ANY)
        self.status.insertSeparator(self.status.count())
        for status in STATUSES:
            self.status.addItem(status_icon(status), status_label(status), status)
        self.priority = QComboBox()
        self.priority.setObjectName("priorityFilter")
        self.priority.addItem(self.tr("Any priority"), ANY)
        self.priority.insertSeparator(self.priority.count())
        for priority in PRIORITIES:
            self.priority.addItem(priority_icon(priority), priority_label(priority), priority)
        self.assignee = QComboBox()
        self.assignee.setObjectName("assigneeFilter")
        self.overdue = QCheckBox(self.tr("O&verdue only"))
        self.overdue.setObjectName("overdueFilter")
        self.fill_users()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for text, combo in (
            (self.tr("St&atus:"), self.status),
            (self.tr("P&riority:"), self.priority),
            (self.tr("Assign&ee:"), self.assignee),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo)
            layout.addSpacing(6)
        layout.addWidget(self.overdue)
        self.saved_view = SavedViewChip()
        self.saved_view.cleared.connect(self.changed)
        layout.addWidget(self.saved_view)
        for combo in (self.status, self.priority, self.assignee):
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.overdue.toggled.connect(lambda _checked: self.changed.emit())

    def fill_users(self) -> None:
        """(Re)list the users, keeping the choice made."""
        chosen = self.assignee.currentData()
        if chosen is None:
            chosen = ANY  # None would find the separator
        self.assignee.blockSignals(True)
        self.assignee.clear()
        self.assignee.addItem(self.tr("Anyone"), ANY)
        self.assignee.addItem(self.tr("Me"), ME)
        self.assignee.addItem(self.tr("Unassigned"), UNASSIGNED)
        self.assignee.insertSeparator(self.assignee.count())
        for user in list_users(self.state.db):
            self.assignee.addItem(user.name, int(user.id))
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(chosen)))
        self.assignee.blockSignals(False)

    def ticket_filter(self) -> TicketFilter:
        status = self.status.currentData()
        priority = self.priority.currentData()
        assignee = self.assignee.currentData()
        return TicketFilter(
            status=ACTIVE_STATUSES if status == OPEN_ONES else None if status == ANY else status,
            priority=None if priority == ANY else priority,
            assignee_id=(
                int(current_user(self.state.db).id)
                if assignee == ME
                else assignee
                if isinstance(assignee, int)
                else None
            ),
            unassigned=assignee == UNASSIGNED,
            overdue=self.overdue.isChecked(),
            view=self.saved_view.view_filter,
        )

    def is_default(self) -> bool:
        return (
            self.status.currentData() == OPEN_ONES
            and self.priority.currentData() == ANY
            and self.assignee.currentData() == ANY
            and not self.overdue.isChecked()
            and self.saved_view.view_filter is None
        )

    def show_everything(self) -> None:
        """Every ticket in the file: all statuses, any priority, anyone (one ``changed``)."""
        self._set(ANY)

    def reset(self) -> None:
        """Back to the default queue: open tickets of anyone."""
        self.saved_view.set_view("", None)
        self._set(OPEN_ONES)

    def show_saved_view(self, name: str, view_filter: ViewFilter) -> None:
        """Every ticket the smart list keeps, whatever its status (one ``changed``)."""
        self.saved_view.set_view(name, view_filter)
        self._set(ANY)

    def _set(self, status: str) -> None:
        for widget in (self.status, self.priority, self.assignee, self.overdue):
            widget.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData(status))
        self.priority.setCurrentIndex(self.priority.findData(ANY))
        self.assignee.setCurrentIndex(self.assignee.findData(ANY))
        self.overdue.setChecked(False)
        for widget in (self.status, self.priority, self.assignee, self.overdue):
            widget.blockSignals(False)
        self.changed.emit()

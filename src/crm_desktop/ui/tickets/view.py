"""The Tickets view: a filtered queue on the left, the chosen ticket on the right."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.saved_views import SavedView
from crm_desktop.domain.tickets import TicketFilter
from crm_desktop.services.tickets import (
    count_tickets,
    delete_ticket,
    restore_ticket,
    ticket_in_queue,
)
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.export_list import ListExport
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tickets.delegate import TwoLineDelegate, two_line_height
from crm_desktop.ui.tickets.detail import TicketDetail
from crm_desktop.ui.tickets.filters import TicketFilterBar
from crm_desktop.ui.tickets.form import TicketForm
from crm_desktop.ui.tickets.model import (
    COLUMN_KEYS,
    TicketTableModel,
)
from crm_desktop.ui.widgets.list_detail_view import ListDetailView
from crm_desktop.ui.widgets.record_table import RecordTable
from crm_desktop.ui.widgets.shown_list_banner import ShownListBanner

# Column widths in characters of the average glyph, before the user resizes them.
_WIDTHS = {
    "id": 4,
    "subject": 30,
    "contact": 16,
    "company": 16,
    "status": 13,  # icon + "In attesa", "Väntande"
    "priority": 14,  # icon + "Brådskande"
    "assignee": 13,
    "sla": 23,  # "in ritardo di 3 g"
    "created": 17,
}
# Shown on demand (header menu): the subject cell's second line names the contact
# and company, and the detail pane shows the rest.
_HIDDEN_BY_DEFAULT = ("contact", "company", "created")
# How many batches open_record loads at most looking for a ticket in the table.
_MAX_SEARCH_BATCHES = 20
CLOCK_TICK_MS = 60_000


class TicketsView(ListDetailView):
    key = "tickets"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.form: TicketForm | None = None
        self._selecting = False
        self._empty_offers_new = False
        self.filters = TicketFilterBar(state)
        self.filters.changed.connect(self._filters_changed)
        # Tickets a dashboard figure stands for, shown until cleared.
        self.shown: TicketFilter | None = None
        self.banner = ShownListBanner()
        self.banner.cleared.connect(self._filters_changed)
        self.model = TicketTableModel(state, self)

        self.new_button = QPushButton(self.tr("&New ticket"))
        self.new_button.setObjectName("newTicketButton")
        self.new_button.clicked.connect(self.new_record)
        self.count_label = QLabel()
        self.count_label.setObjectName("ticketCount")

        self.table = RecordTable(self.model, _WIDTHS, _HIDDEN_BY_DEFAULT, "subject")
        self.table.setObjectName("ticketTable")
        self._setup_table()

        self.detail = TicketDetail(state)
        self.detail.closed.connect(self._detail_closed)
        self.build_split(
            self.detail, self.tr("Choose a ticket to see its conversation."), (640, 370)
        )
        self.queue = self.rows  # the ticket queue, or why it is empty
        self.empty_button.clicked.connect(self._empty_action)

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addSpacing(12)
        top.addWidget(self.filters)
        top.addStretch(1)
        self.list_export = ListExport(self, state, "tickets", self.filters.ticket_filter)
        self.export_button = self.list_export.make_button(self.tr("E&xport…"))
        top.addWidget(self.export_button)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_TICK_MS)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self.model.set_filter(self.filters.ticket_filter())
        self.update_counts()

    def _setup_table(self) -> None:
        table = self.table
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.subject_delegate = TwoLineDelegate(table)
        table.setItemDelegateForColumn(COLUMN_KEYS.index("subject"), self.subject_delegate)
        option = QStyleOptionViewItem()
        option.initFrom(table)
        table.verticalHeader().setDefaultSectionSize(two_line_height(option))
        table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.delete_action = QAction(self.tr("&Delete ticket"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        table.addAction(self.delete_action)
        table.installEventFilter(self)  # Delete also when the shortcut map does not see it
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)

    def title(self) -> str:
        return self.tr("Tickets")

    # -- loading ---------------------------------------------------------------
    def show_saved_view(self, view: SavedView) -> None:
        self.filters.show_saved_view(view.name, view.filter)

    def export_saved_view(self, view: SavedView) -> None:
        """Show the smart list and export exactly its tickets through the list's Export."""
        self.show_saved_view(view)
        self.list_export.export_filter(TicketFilter(view=view.filter))

    def reload(self) -> None:
        # Another file: its ticket #7 is not the one that was shown.
        self.detail.clear()
        self.filters.fill_users()
        self.shown = None
        self.banner.hide()
        self.model.filter = self.filters.ticket_filter()
        self._reload_keeping_selection()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("users"):
            self.filters.fill_users()
        if changes.touches("tickets", "ticket_messages", "contacts", "companies", "users"):
            self._reload_keeping_selection()
            self.detail.reload()

    def _filters_changed(self) -> None:
        self.shown = None
        self.banner.hide()
        self.model.filter = self.filters.ticket_filter()
        self._reload_keeping_selection()

    def show_tickets(self, spec: TicketFilter, caption: str) -> None:
        """List the tickets ``spec`` selects (a dashboard figure's), saying so above them."""
        self.shown = spec
        self.banner.show_caption(caption)
        self.model.filter = spec
        self._reload_keeping_selection()

    def _reload_keeping_selection(self) -> None:
        shown = self.detail.ticket.id if self.detail.ticket is not None else None
        # A colleague's edit reloads the list (ui/live_updates.py): stay where the user was.
        scroll = self.table.verticalScrollBar().value()
        self.model.reload()
        self.update_counts()
        if shown is not None:
            self._select_row(self.model.row_of(shown))
        self.table.verticalScrollBar().setValue(scroll)

    def update_counts(self) -> None:
        total = self.model.total
        self.count_label.setText(
            self.tr("1 ticket") if total == 1 else self.tr("{n} tickets").format(n=total)
        )
        if total:
            self.queue.setCurrentIndex(0)
            return
        self._empty_offers_new = False
        if self.shown is not None or not self.filters.is_default():
            self.empty_label.setText(self.tr("No tickets match these filters."))
        elif count_tickets(self.state.db) == 0:
            self.empty_label.setText(
                self.tr("No tickets yet.\nWhen a customer asks for help, open a ticket here.")
            )
            self._empty_offers_new = True
        else:
            self.empty_label.setText(self.tr("No open tickets: all caught up."))
        self.empty_button.setText(
            self.tr("New ticket") if self._empty_offers_new else self.tr("Show all tickets")
        )
        self.queue.setCurrentIndex(1)

    def _empty_action(self) -> None:
        if self._empty_offers_new:
            self.new_record()
        else:
            self.filters.show_everything()

    def _tick(self) -> None:
        self.model.refresh_clock()
        self.detail.refresh_clock()

    # -- selection and the detail -------------------------------------------------
    def _select_row(self, row: int | None) -> None:
        selection = self.table.selectionModel()
        if row is None:
            selection.clearSelection()
            return
        index = self.model.index(row, 0)
        self._selecting = True  # the detail already shows it
        try:
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._selecting = False
        self.table.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._selecting:
            return
        ticket = self.model.ticket_at(current.row())
        if self.detail.show_ticket(ticket.id):
            self.side.setCurrentWidget(self.detail)

    def _detail_closed(self) -> None:
        self.side.setCurrentWidget(self.placeholder)

    def selected_ticket_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return int(self.model.ticket_at(index.row()).id)

    def open_record(self, record_id: int) -> None:
        if not ticket_in_queue(self.state.db, record_id, self.model.filter):
            self.filters.show_everything()
        row = self.model.row_of(record_id)
        batches = 0
        while row is None and self.model.canFetchMore() and batches < _MAX_SEARCH_BATCHES:
            self.model.fetchMore()
            row = self.model.row_of(record_id)
            batches += 1
        if self.detail.show_ticket(record_id):
            self.side.setCurrentWidget(self.detail)
        self._select_row(row)
        self.table.setFocus()

    # -- creating and deleting -------------------------------------------------------
    def new_record(self) -> None:
        self.form = TicketForm(self.state, self)
        self.form.saved.connect(self.open_record)
        self.form.open()

    def delete_current(self) -> None:
        ticket_id = self.selected_ticket_id()
        if ticket_id is None:
            return
        row = self.model.row_of(ticket_id)
        version = self.model.ticket_at(row).version if row is not None else None
        db = self.state.db
        try:
            delete_ticket(db, ticket_id, expected_version=version)
        except CrmError as error:
            show_error(self, error)
            return
        self.state.offer_undo(
            self.tr("Ticket #{number} deleted.").format(number=ticket_id),
            lambda: restore_ticket(db, ticket_id),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.delete_current()
            return True
        return super().eventFilter(watched, event)

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.delete_action)
        menu.popup(self.table.viewport().mapToGlobal(position))

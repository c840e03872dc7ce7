"""One ticket in full: status, priority and assignee that save at once, the thread, a reply box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import ConflictError, CrmError, NotFoundError
from crm_desktop.domain.tickets import PRIORITIES, STATUSES, Ticket
from crm_desktop.services.conflicts import Choice, Conflict, find_conflict
from crm_desktop.services.tickets import (
    add_note,
    add_reply,
    get_ticket,
    ticket_thread,
    update_ticket,
)
from crm_desktop.services.users import list_users
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tickets.labels import (
    channel_label,
    priority_icon,
    priority_label,
    status_icon,
    status_label,
)
from crm_desktop.ui.tickets.thread import TicketThreadView
from crm_desktop.ui.widgets.choosers import OwnerCombo
from crm_desktop.ui.widgets.formatting import OVERDUE_COLOUR, moment_text, relative_due
from crm_desktop.ui.widgets.history_view import HistoryView


class TicketDetail(QWidget):
    """The right-hand pane of the Tickets view; ``ticket`` is None when nothing is shown."""

    closed = Signal()  # the shown ticket is gone (deleted elsewhere)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ticket: Ticket | None = None

        self.subject = QLabel()
        self.subject.setObjectName("ticketSubject")
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.subject.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.subject.setFont(font)
        self.people = QLabel()
        self.people.setObjectName("ticketPeople")
        self.people.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setObjectName("ticketMeta")
        self.meta.setWordWrap(True)
        self.meta.setEnabled(False)  # greyed: secondary information
        self.sla = QLabel()
        self.sla.setObjectName("ticketSla")
        self.sla.setWordWrap(True)

        self.status = QComboBox()
        self.status.setObjectName("statusCombo")
        for status in STATUSES:
            self.status.addItem(status_icon(status), status_label(status), status)
        self.priority = QComboBox()
        self.priority.setObjectName("priorityCombo")
        for priority in PRIORITIES:
            self.priority.addItem(priority_icon(priority), priority_label(priority), priority)
        self.assignee = OwnerCombo(self.tr("Unassigned"))
        self.assignee.setObjectName("assigneeCombo")
        self.assignee.setMinimumContentsLength(10)
        self.status.activated.connect(lambda _i: self._save("status", self.status.currentData()))
        self.priority.activated.connect(
            lambda _i: self._save("priority", self.priority.currentData())
        )
        self.assignee.activated.connect(
            lambda _i: self._save("assignee_id", self.assignee.owner_id())
        )

        self.conversation = TicketThreadView()
        self.history = HistoryView(state)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ticketTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.conversation, self.tr("Conversation"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.reply = QPlainTextEdit()
        self.reply.setObjectName("replyBox")
        self.reply.setPlaceholderText(
            self.tr("Write a reply to the customer, or an internal note… (Ctrl+Enter sends)")
        )
        self.reply.setTabChangesFocus(True)
        self.reply.setMaximumHeight(110)
        self.reply.installEventFilter(self)
        self.reply.textChanged.connect(self._update_buttons)
        self.note_button = QPushButton(self.tr("Add internal n&ote"))
        self.note_button.setObjectName("noteButton")
        self.note_button.clicked.connect(self.add_note)
        self.send_button = QPushButton(self.tr("&Send reply"))
        self.send_button.setObjectName("sendButton")
        self.send_button.clicked.connect(self.send_reply)
        self._update_buttons()
        self._build_layout()

    def _build_layout(self) -> None:
        # Labels above the boxes: three fields fit a narrow pane.
        fields = QGridLayout()
        fields.setHorizontalSpacing(10)
        fields.setVerticalSpacing(2)
        for column, (text, combo) in enumerate(
            (
                (self.tr("S&tatus"), self.status),
                (self.tr("&Priority"), self.priority),
                (self.tr("Assi&gnee"), self.assignee),
            )
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            fields.addWidget(label, 0, column)
            fields.addWidget(combo, 1, column)
        fields.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.subject)
        layout.addWidget(self.people)
        layout.addWidget(self.meta)
        layout.addWidget(self.sla)
        layout.addLayout(fields)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.reply)
        layout.addLayout(buttons)

    # -- showing -------------------------------------------------------------
    def show_ticket(self, ticket_id: int) -> bool:
        """Show this ticket (keeping the reply draft if it is the one shown); False if gone."""
        same = self.ticket is not None and self.ticket.id == ticket_id
        try:
            ticket = get_ticket(self.state.db, ticket_id)
            messages = ticket_thread(self.state.db, ticket_id)
        except NotFoundError:
            self.ticket = None
            self.closed.emit()
            return False
        self.ticket = ticket
        if not same:
            self.reply.clear()
        self._fill(ticket)
        self.conversation.show_messages(messages)
        self.history.show_record("ticket", ticket_id)
        return True

    def clear(self) -> None:
        """Show nothing (another file was opened)."""
        self.ticket = None
        self.reply.clear()
        self.closed.emit()

    def reload(self) -> None:
        if self.ticket is not None:
            self.show_ticket(self.ticket.id)

    def refresh_clock(self) -> None:
        if self.ticket is not None:
            self._fill_sla(self.ticket)

    def _fill(self, ticket: Ticket) -> None:
        self.subject.setText(ticket.subject)
        people = [p for p in (ticket.contact, ticket.company) if p]
        self.people.setText(" · ".join(people) or self.tr("No contact"))
        self.meta.setText(
            self.tr("#{number} · via {channel} · opened {time} by {user}").format(
                number=ticket.id,
                channel=channel_label(ticket.channel),
                time=moment_text(ticket.created_at),
                user=ticket.created_by,
            )
        )
        self._fill_sla(ticket)
        self.status.setCurrentIndex(max(0, self.status.findData(ticket.status)))
        self.priority.setCurrentIndex(max(0, self.priority.findData(ticket.priority)))
        self.assignee.fill(list_users(self.state.db))
        self.assignee.set_owner_id(ticket.assignee_id)

    def _fill_sla(self, ticket: Ticket) -> None:
        now = self.state.db.now()
        if ticket.closed_at:
            text = self.tr("Closed {time}").format(time=moment_text(ticket.closed_at))
        elif ticket.resolved_at:
            text = self.tr("Resolved {time}").format(time=moment_text(ticket.resolved_at))
        elif ticket.is_overdue:
            text = self.tr("SLA: {late} (was due {time})").format(
                late=relative_due(ticket.sla_due_at, now), time=moment_text(ticket.sla_due_at)
            )
        else:
            text = self.tr("SLA: due {when} ({time})").format(
                when=relative_due(ticket.sla_due_at, now), time=moment_text(ticket.sla_due_at)
            )
        self.sla.setText(text)
        self.sla.setProperty("overdue", ticket.is_overdue)
        self.sla.setStyleSheet(
            f"color: {OVERDUE_COLOUR}; font-weight: bold;" if ticket.is_overdue else ""
        )

    # -- changing ------------------------------------------------------------
    def _save(self, field: str, value: Any) -> None:
        ticket = self.ticket
        if ticket is None or getattr(ticket, field) == value:
            return
        try:
            try:
                self.ticket = update_ticket(
                    self.state.db, ticket.id, {field: value}, expected_version=ticket.version
                )
            except ConflictError:
                # Someone changed the ticket since it was shown: ask before writing over it.
                base = {field: getattr(ticket, field)}
                conflict = find_conflict(self.state.db, "ticket", ticket.id, {field: value}, base)
                choices = self.ask_resolution(conflict) if conflict.fields else {}
                changes = conflict.resolve(choices) if choices is not None else {}
                self.ticket = (
                    update_ticket(self.state.db, ticket.id, changes, conflict.version)
                    if changes
                    else conflict.record
                )
                self.reload()
                if not changes:
                    return
        except CrmError as error:
            show_error(self, error)
            self.reload()  # show what the file holds now
            return
        self.state.say(self.tr("Ticket #{number} saved.").format(number=ticket.id))

    def ask_resolution(self, conflict: Conflict) -> dict[str, Choice] | None:
        """Mine or theirs for the changed field; None when cancelled (tests replace)."""
        from crm_desktop.ui.dialogs.conflict import ask_resolution

        return ask_resolution(self, conflict)

    def _update_buttons(self) -> None:
        has_text = bool(self.reply.toPlainText().strip())
        self.send_button.setEnabled(has_text)
        self.note_button.setEnabled(has_text)

    def send_reply(self) -> None:
        self._post(add_reply, self.tr("Reply sent."))

    def add_note(self) -> None:
        self._post(add_note, self.tr("Internal note added."))

    def _post(self, write: Any, done: str) -> None:
        if self.ticket is None or not self.reply.toPlainText().strip():
            return
        try:
            write(self.state.db, self.ticket.id, self.reply.toPlainText())
        except CrmError as error:
            show_error(self, error)
            return
        self.reply.clear()
        self.state.say(done)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.reply and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.send_reply()
                return True
        return super().eventFilter(watched, event)

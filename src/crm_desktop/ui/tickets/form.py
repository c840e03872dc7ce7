"""The "New ticket" form: subject, customer, priority, channel, assignee, description."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.domain.tickets import CHANNELS, PRIORITIES, TicketDraft
from crm_desktop.services.tickets import create_ticket
from crm_desktop.services.users import current_user, list_users
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tickets.labels import channel_label, priority_icon, priority_label
from crm_desktop.ui.widgets.record_picker import RecordPicker

ERROR_STYLE = "color: #b00020"
# Service error keys -> the field whose label shows them.
_FIELD_OF = {"contact_id": "contact", "company_id": "contact", "assignee_id": "assignee"}


def error_label(field: str) -> QLabel:
    """The small red line under a form field (objectName ``error_<field>``)."""
    label = QLabel()
    label.setObjectName(f"error_{field}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class TicketForm(QDialog):
    """Opens a ticket; emits ``created`` with its id."""

    created = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("New ticket"))
        self.setMinimumWidth(520)

        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.subject.setPlaceholderText(self.tr("What is it about?"))
        self.contact = RecordPicker(state, {"contact"})
        self.contact.setObjectName("contact")
        self.contact.line_edit().setPlaceholderText(self.tr("Type a name to find the contact"))
        self.priority = QComboBox()
        self.priority.setObjectName("priority")
        for priority in PRIORITIES:
            self.priority.addItem(priority_icon(priority), priority_label(priority), priority)
        self.priority.setCurrentIndex(self.priority.findData("normal"))
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for channel in CHANNELS:
            self.channel.addItem(channel_label(channel), channel)
        self.assignee = QComboBox()
        self.assignee.setObjectName("assignee")
        self.assignee.addItem(self.tr("Unassigned"), None)
        for user in list_users(state.db):
            self.assignee.addItem(user.name, int(user.id))
        self.assignee.setCurrentIndex(self.assignee.findData(int(current_user(state.db).id)))
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            self.tr("What the customer wrote or said; it starts the thread.")
        )

        self.errors = {
            field: error_label(field)
            for field in ("subject", "contact", "priority", "channel", "assignee", "description")
        }
        form = QFormLayout()
        for text, widget, field in (
            (self.tr("&Subject:"), self.subject, "subject"),
            (self.tr("&Contact:"), self.contact, "contact"),
            (self.tr("&Priority:"), self.priority, "priority"),
            (self.tr("C&hannel:"), self.channel, "channel"),
            (self.tr("&Assignee:"), self.assignee, "assignee"),
            (self.tr("&Description:"), self.description, "description"),
        ):
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.errors[field])
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, holder)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Create ticket"))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.subject.setFocus()

    def show_errors(self, errors: dict[str, str]) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        for key, reason in errors.items():
            field = _FIELD_OF.get(key, key.split("[")[0].split(".")[0])
            label = self.errors.get(field, self.errors["subject"])
            text = reason[:1].upper() + reason[1:]
            label.setText("\n".join(filter(None, (label.text(), text))))
            label.show()

    def save(self) -> None:
        errors: dict[str, str] = {}
        if not self.subject.text().strip():
            errors["subject"] = self.tr("a subject is required")
        if self.contact.has_unmatched_text():
            errors["contact"] = self.tr("pick the contact from the list, or leave it empty")
        if errors:
            self.show_errors(errors)
            return
        draft = TicketDraft(
            subject=self.subject.text(),
            description=self.description.toPlainText(),
            contact_id=self.contact.record_id(),
            priority=str(self.priority.currentData()),
            channel=str(self.channel.currentData()),
            assignee_id=self.assignee.currentData(),
        )
        try:
            ticket = create_ticket(self.state.db, draft)
        except ValidationError as error:
            self.show_errors(error.errors)
            return
        except CrmError as error:
            show_error(self, error)
            return
        self.state.say(self.tr("Ticket #{number} created.").format(number=ticket.id))
        self.created.emit(int(ticket.id))
        self.accept()

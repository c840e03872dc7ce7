"""The "New ticket" form: subject, customer, priority, channel, assignee, description."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.tickets import CHANNELS, PRIORITIES, TicketDraft
from crm_desktop.services.tickets import create_ticket
from crm_desktop.services.users import current_user, list_users
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tickets.labels import channel_label, priority_icon, priority_label
from crm_desktop.ui.widgets.choosers import OwnerCombo
from crm_desktop.ui.widgets.record_form import RecordForm, form_layout
from crm_desktop.ui.widgets.record_picker import RecordPicker

# Service error keys -> the field whose label shows them.
_FIELD_OF = {"contact_id": "contact", "company_id": "contact", "assignee_id": "assignee"}


class TicketForm(RecordForm):
    """Opens a ticket; emits ``saved`` with its id."""

    field_aliases = _FIELD_OF

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, None, parent)
        self.setWindowTitle(self.tr("New ticket"))
        self.setMinimumWidth(520)

        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.subject.setPlaceholderText(self.tr("What is it about?"))
        self.contact = RecordPicker(state, {"contact"})
        self.contact.setObjectName("contact")
        self.contact.setPlaceholderText(self.tr("Type a name to find the contact"))
        self.priority = QComboBox()
        self.priority.setObjectName("priority")
        for priority in PRIORITIES:
            self.priority.addItem(priority_icon(priority), priority_label(priority), priority)
        self.priority.setCurrentIndex(self.priority.findData("normal"))
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for channel in CHANNELS:
            self.channel.addItem(channel_label(channel), channel)
        self.assignee = OwnerCombo(self.tr("Unassigned"))
        self.assignee.setObjectName("assignee")
        self.assignee.fill(list_users(state.db))
        self.assignee.set_owner_id(int(current_user(state.db).id))
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            self.tr("What the customer wrote or said; it starts the thread.")
        )

        add = self.errors.add
        form = form_layout()
        form.addRow(self.tr("&Subject:"), add("subject", self.subject))
        form.addRow(self.tr("&Contact:"), add("contact", self.contact))
        form.addRow(self.tr("&Priority:"), add("priority", self.priority))
        form.addRow(self.tr("C&hannel:"), add("channel", self.channel))
        form.addRow(self.tr("&Assignee:"), add("assignee", self.assignee))
        form.addRow(self.tr("&Description:"), add("description", self.description))
        self.outer.addLayout(form)
        self.save_button.setText(self.tr("Create ticket"))
        self.finish()
        self.subject.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "subject": self.subject.text(),
            "description": self.description.toPlainText(),
            "contact_id": self.contact.record_id(),
            "priority": str(self.priority.currentData()),
            "channel": str(self.channel.currentData()),
            "assignee_id": self.assignee.owner_id(),
        }

    def prepare(self, values: dict[str, Any]) -> dict[str, Any]:
        """What the form can tell before the service is asked, said under the fields."""
        errors: dict[str, str] = {}
        if not self.subject.text().strip():
            errors["subject"] = self.tr("a subject is required")
        if self.contact.has_unmatched_text():
            errors["contact"] = self.tr("pick the contact from the list, or leave it empty")
        if errors:
            raise ValidationError(errors)
        return values

    def create_record(self, values: Mapping[str, Any]) -> int:
        ticket = create_ticket(self.state.db, TicketDraft(**values))
        self.state.say(self.tr("Ticket #{number} created.").format(number=ticket.id))
        return int(ticket.id)

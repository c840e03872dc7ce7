"""The "New task" form: what, when, for whom, and (optionally) about which record."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from crm_desktop.domain.activities import ActivityDraft
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.activities import log_activity
from crm_desktop.services.users import current_user, list_users
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.choosers import OwnerCombo
from crm_desktop.ui.widgets.formatting import (
    date_edit_format,
    next_full_hour,
    time_edit_format,
    to_stored,
)
from crm_desktop.ui.widgets.record_form import RecordForm, form_layout
from crm_desktop.ui.widgets.record_picker import RecordPicker

LINK_KINDS = ("contact", "company", "deal", "ticket")
# Service error keys -> the field whose label shows them.
_FIELD_OF = {
    "due_at": "due",
    "owner_id": "owner",
    "body": "subject",
    **{f"{kind}_id": "link" for kind in LINK_KINDS},
}


class TaskForm(RecordForm):
    """Adds a task; emits ``saved`` with its id."""

    field_aliases = _FIELD_OF

    def __init__(
        self, state: AppState, owner_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(state, None, parent)
        self.setWindowTitle(self.tr("New task"))
        self.setMinimumWidth(480)

        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.subject.setPlaceholderText(self.tr("e.g. Call back about the quote"))
        default_due = next_full_hour(state.db.now())
        self.has_due = QCheckBox(self.tr("&Due"))
        self.has_due.setObjectName("hasDue")
        self.has_due.setChecked(True)
        self.due_date = QDateEdit(default_due.date())
        self.due_date.setObjectName("dueDate")
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat(date_edit_format())
        self.due_time = QTimeEdit(default_due.time())
        self.due_time.setObjectName("dueTime")
        self.due_time.setDisplayFormat(time_edit_format())
        self.has_due.toggled.connect(self.due_date.setEnabled)
        self.has_due.toggled.connect(self.due_time.setEnabled)
        self.link = RecordPicker(state, LINK_KINDS)
        self.link.setObjectName("link")
        self.link.setPlaceholderText(self.tr("Optional: a contact, company, deal or ticket"))
        self.owner = OwnerCombo(None)  # a task is always someone's
        self.owner.setObjectName("owner")
        self.owner.fill(list_users(state.db))
        self.owner.set_owner_id(
            owner_id if owner_id is not None else int(current_user(state.db).id)
        )
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        self.body.setTabChangesFocus(True)
        self.body.setMaximumHeight(90)
        self.body.setPlaceholderText(self.tr("Notes (optional)"))

        due_row = QHBoxLayout()
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due_date, 1)
        due_row.addWidget(self.due_time)
        due_holder = QWidget()
        due_holder.setLayout(due_row)

        add = self.errors.add
        form = form_layout()
        form.addRow(self.tr("&Task:"), add("subject", self.subject))
        form.addRow(self.tr("When:"), add("due", due_holder))
        form.addRow(self.tr("&About:"), add("link", self.link))
        form.addRow(self.tr("&For:"), add("owner", self.owner))
        form.addRow(self.tr("&Notes:"), add("body", self.body))
        self.outer.addLayout(form)
        self.save_button.setText(self.tr("Add task"))
        self.finish()
        self.subject.setFocus(Qt.FocusReason.OtherFocusReason)

    def due_at(self) -> str | None:
        """The chosen local date and time as stored UTC text, None without a due time."""
        if not self.has_due.isChecked():
            return None
        return to_stored(QDateTime(self.due_date.date(), self.due_time.time()))

    def values(self) -> dict[str, Any]:
        links: dict[str, int] = {}
        record = self.link.record()
        if record is not None:
            links[f"{record[0]}_id"] = record[1]
        return {
            "kind": "task",
            "subject": self.subject.text(),
            "body": self.body.toPlainText(),
            "due_at": self.due_at(),
            "owner_id": self.owner.owner_id(),
            **links,
        }

    def prepare(self, values: dict[str, Any]) -> dict[str, Any]:
        """What the form can tell before the service is asked, said under the fields."""
        errors: dict[str, str] = {}
        if not self.subject.text().strip():
            errors["subject"] = self.tr("say what is to be done")
        if self.link.has_unmatched_text():
            errors["link"] = self.tr("pick the record from the list, or leave it empty")
        if errors:
            raise ValidationError(errors)
        return values

    def create_record(self, values: Mapping[str, Any]) -> int:
        task = log_activity(self.state.db, ActivityDraft(**values))
        self.state.say(self.tr("Task added."))
        return int(task.id)

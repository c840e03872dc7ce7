"""The "New task" form: what, when, for whom, and (optionally) about which record."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.activities import ActivityDraft
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.services.activities import log_activity
from crm_desktop.services.users import current_user, list_users
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tickets.form import error_label
from crm_desktop.ui.widgets.formatting import (
    date_edit_format,
    next_full_hour,
    time_edit_format,
    to_stored,
)
from crm_desktop.ui.widgets.record_picker import RecordPicker

LINK_KINDS = ("contact", "company", "deal", "ticket")
# Service error keys -> the field whose label shows them.
_FIELD_OF = {
    "due_at": "due",
    "owner_id": "owner",
    "body": "subject",
    **{f"{kind}_id": "link" for kind in LINK_KINDS},
}


class TaskForm(QDialog):
    """Adds a task; emits ``created`` with its id."""

    created = Signal(int)

    def __init__(
        self, state: AppState, owner_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
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
        self.link.line_edit().setPlaceholderText(
            self.tr("Optional: a contact, company, deal or ticket")
        )
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        for user in list_users(state.db):
            self.owner.addItem(user.name, int(user.id))
        wanted = owner_id if owner_id is not None else int(current_user(state.db).id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(wanted)))
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        self.body.setTabChangesFocus(True)
        self.body.setMaximumHeight(90)
        self.body.setPlaceholderText(self.tr("Notes (optional)"))

        self.errors = {
            field: error_label(field) for field in ("subject", "due", "link", "owner", "body")
        }
        due_row = QHBoxLayout()
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due_date, 1)
        due_row.addWidget(self.due_time)
        due_holder = QWidget()
        due_holder.setLayout(due_row)

        form = QFormLayout()
        for text, widget, buddy, field in (
            (self.tr("&Task:"), self.subject, self.subject, "subject"),
            (self.tr("When:"), due_holder, self.due_date, "due"),
            (self.tr("&About:"), self.link, self.link, "link"),
            (self.tr("&For:"), self.owner, self.owner, "owner"),
            (self.tr("&Notes:"), self.body, self.body, "body"),
        ):
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.errors[field])
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, holder)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Add task"))
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.subject.setFocus(Qt.FocusReason.OtherFocusReason)

    def due_at(self) -> str | None:
        """The chosen local date and time as stored UTC text, None without a due time."""
        if not self.has_due.isChecked():
            return None
        return to_stored(QDateTime(self.due_date.date(), self.due_time.time()))

    def show_errors(self, errors: dict[str, str]) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        for key, reason in errors.items():
            field = _FIELD_OF.get(key, key)
            label = self.errors.get(field, self.errors["subject"])
            text = reason[:1].upper() + reason[1:]
            label.setText("\n".join(filter(None, (label.text(), text))))
            label.show()

    def save(self) -> None:
        errors: dict[str, str] = {}
        if not self.subject.text().strip():
            errors["subject"] = self.tr("say what is to be done")
        if self.link.has_unmatched_text():
            errors["link"] = self.tr("pick the record from the list, or leave it empty")
        if errors:
            self.show_errors(errors)
            return
        links: dict[str, int] = {}
        record = self.link.record()
        if record is not None:
            links[f"{record[0]}_id"] = record[1]
        draft = ActivityDraft(
            kind="task",
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            due_at=self.due_at(),
            owner_id=self.owner.currentData(),
            **links,
        )
        try:
            task = log_activity(self.state.db, draft)
        except ValidationError as error:
            self.show_errors(error.errors)
            return
        except CrmError as error:
            show_error(self, error)
            return
        self.state.say(self.tr("Task added."))
        self.created.emit(int(task.id))
        self.accept()

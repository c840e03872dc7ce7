"""A record's activity timeline, newest first, with inline note, call and task editors."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.activities import Activity, ActivityDraft
from crm_desktop.domain.errors import CrmError, NotFoundError, ValidationError
from crm_desktop.services.activities import complete_task, log_activity, timeline
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.form_fields import ErrorLabel
from crm_desktop.ui.widgets.formatting import (
    date_edit_format,
    moment_text,
    next_full_hour,
    time_edit_format,
    to_stored,
)
from crm_desktop.ui.widgets.icons import activity_pixmap

SHOWN = 50  # the newest activities; older ones are rarely looked at here


def kind_label(kind: str) -> str:
    return {
        "note": QCoreApplication.translate("timeline", "Note"),
        "call": QCoreApplication.translate("timeline", "Call"),
        "email": QCoreApplication.translate("timeline", "E-mail"),
        "meeting": QCoreApplication.translate("timeline", "Meeting"),
        "task": QCoreApplication.translate("timeline", "Task"),
    }.get(kind, kind)


class ActivityEditor(QFrame):
    """The inline editor under the buttons: one note, call or task at a time."""

    saved = Signal()
    closed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.kind = "note"
        self.link: dict[str, int] = {}
        self.setObjectName("activityEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.subject = QLineEdit()
        self.subject.setObjectName("activitySubject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("activityBody")
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.body.installEventFilter(self)
        self.due = QDateTimeEdit()
        self.due.setObjectName("activityDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(f"{date_edit_format()} {time_edit_format()}")
        self.error = ErrorLabel("error_activity")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveActivityButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.close_editor)

        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Subject:"), self.subject)
        self.form.addRow(self.tr("When:"), self.due)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        self.subject.returnPressed.connect(self.save)
        self.hide()

    def start(self, kind: str, link: dict[str, int]) -> None:
        """Show the editor empty, ready for a ``kind`` ("note", "call" or "task")."""
        self.kind = kind
        self.link = dict(link)
        self.subject.clear()
        self.body.clear()
        self.error.set_message("")
        self.heading.setText(
            {
                "note": self.tr("New note"),
                "call": self.tr("Log a call"),
                "task": self.tr("Schedule a task"),
            }.get(kind, kind_label(kind))
        )
        self.body.setPlaceholderText(
            {
                "note": self.tr("Write a note… (Ctrl+Enter saves)"),
                "call": self.tr("What was said? (optional)"),
                "task": self.tr("Details (optional)"),
            }.get(kind, "")
        )
        self.subject.setPlaceholderText(
            self.tr("What was the call about?")
            if kind == "call"
            else self.tr("What is to be done?")
        )
        self.form.setRowVisible(self.subject, kind in ("call", "task"))
        self.form.setRowVisible(self.due, kind == "task")
        if kind == "task":
            self.due.setDateTime(next_full_hour(self.state.db.now()))
        self.show()
        (self.body if kind == "note" else self.subject).setFocus()

    def draft(self) -> ActivityDraft:
        return ActivityDraft(
            kind=self.kind,
            subject=self.subject.text() if self.kind != "note" else "",
            body=self.body.toPlainText(),
            due_at=to_stored(self.due.dateTime()) if self.kind == "task" else None,
            contact_id=self.link.get("contact_id"),
            company_id=self.link.get("company_id"),
        )

    def save(self) -> None:
        try:
            log_activity(self.state.db, self.draft())
        except ValidationError as error:
            # Everything typed stays; the reasons show under the fields.
            self.error.set_message("\n".join(error.errors.values()))
            return
        except CrmError as error:
            show_error(self, error)
            return
        done = {
            "note": self.tr("Note added."),
            "call": self.tr("Call logged."),
            "task": self.tr("Task scheduled."),
        }.get(self.kind, "")
        self.state.say(done)
        self.hide()
        self.saved.emit()

    def close_editor(self) -> None:
        self.hide()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.body and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.save()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_editor()
                return True
        return super().eventFilter(watched, event)


class TimelineItem(QFrame):
    """One activity: a badge for its kind, what it was, who and when."""

    complete_requested = Signal(int, int)  # activity id, version

    def __init__(self, activity: Activity, entity_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activity = activity
        self.setObjectName("timelineItem")
        badge = QLabel()
        badge.setPixmap(activity_pixmap(activity.kind))
        badge.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        badge.setFixedWidth(30)
        title = QLabel()
        title.setObjectName("timelineTitle")
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.RichText)
        subject = html.escape(activity.subject)
        if activity.kind == "task" and activity.done_at:
            subject = f"<s>{subject}</s>"
        title.setText(
            f"<b>{html.escape(kind_label(activity.kind))}</b>"
            + (f" &nbsp;{subject}" if subject else "")
        )
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(title)
        if activity.body:
            body = QLabel(activity.body)
            body.setObjectName("timelineBody")
            body.setTextFormat(Qt.TextFormat.PlainText)
            body.setWordWrap(True)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(body)
        meta = QLabel(self._meta(activity, entity_type))
        meta.setObjectName("timelineMeta")
        meta.setWordWrap(True)
        meta.setEnabled(False)  # greyed: secondary
        column.addWidget(meta)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.addWidget(badge)
        row.addLayout(column, 1)
        if activity.kind == "task" and not activity.done_at:
            self.done_button = QPushButton(self.tr("Mark done"))
            self.done_button.setObjectName("markDoneButton")
            self.done_button.clicked.connect(
                lambda: self.complete_requested.emit(int(activity.id), activity.version)
            )
            row.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignTop)

    def _meta(self, activity: Activity, entity_type: str) -> str:
        parts = [p for p in (activity.owner or activity.created_by,) if p]
        parts.append(moment_text(activity.created_at))
        if activity.kind == "task":
            if activity.done_at:
                parts.append(self.tr("done {time}").format(time=moment_text(activity.done_at)))
            elif activity.due_at:
                parts.append(self.tr("due {time}").format(time=moment_text(activity.due_at)))
        # Say what it is about when it came here through a deal, ticket or contact.
        if activity.deal:
            parts.append(self.tr("deal: {title}").format(title=activity.deal))
        elif activity.ticket:
            parts.append(self.tr("ticket: {title}").format(title=activity.ticket))
        elif entity_type == "company" and activity.contact:
            parts.append(self.tr("with {name}").format(name=activity.contact))
        return " · ".join(parts)


class TimelineView(QWidget):
    """The timeline of the record shown, with buttons that open the inline editor."""

    def __init__(self, state: AppState, entity_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.entity_type = entity_type
        self.record_id: int | None = None
        self.activities: list[Activity] = []
        self.items: list[TimelineItem] = []

        self.note_button = QPushButton(self.tr("Add &note"))
        self.note_button.setObjectName("addNoteButton")
        self.call_button = QPushButton(self.tr("&Log call"))
        self.call_button.setObjectName("logCallButton")
        self.task_button = QPushButton(self.tr("Schedule &task"))
        self.task_button.setObjectName("scheduleTaskButton")
        self.note_button.clicked.connect(lambda: self.start("note"))
        self.call_button.clicked.connect(lambda: self.start("call"))
        self.task_button.clicked.connect(lambda: self.start("task"))
        self.editor = ActivityEditor(state, self)
        self.editor.saved.connect(self.reload)
        self.empty = QLabel(self.tr("Nothing logged yet. Add a note or log a call."))
        self.empty.setObjectName("timelineEmpty")
        self.empty.setEnabled(False)
        self.empty.setWordWrap(True)
        self._list = QVBoxLayout()
        self._list.setSpacing(0)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.task_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.editor)
        layout.addWidget(self.empty)
        layout.addLayout(self._list)

    def link(self) -> dict[str, int]:
        return {f"{self.entity_type}_id": self.record_id} if self.record_id is not None else {}

    def start(self, kind: str) -> None:
        if self.record_id is not None:
            self.editor.start(kind, self.link())

    def show_record(self, record_id: int | None) -> None:
        if record_id != self.record_id:
            self.editor.hide()
        self.record_id = record_id
        self.reload()

    def reload(self) -> None:
        activities: list[Activity] = []
        if self.record_id is not None:
            try:
                activities = timeline(self.state.db, self.entity_type, self.record_id, SHOWN)
            except NotFoundError:
                activities = []
        self.activities = activities
        for item in self.items:
            self._list.removeWidget(item)
            item.deleteLater()
        self.items = []
        for activity in activities:
            item = TimelineItem(activity, self.entity_type, self)
            item.complete_requested.connect(self._complete)
            self._list.addWidget(item)
            self.items.append(item)
        self.empty.setVisible(not activities)

    def _complete(self, activity_id: int, version: int) -> None:
        try:
            complete_task(self.state.db, activity_id, expected_version=version)
        except CrmError as error:
            show_error(self, error)
        self.reload()

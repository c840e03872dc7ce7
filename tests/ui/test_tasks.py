from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crm_desktop.domain.activities import ActivityDraft
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.tickets import TicketDraft
from crm_desktop.services.activities import complete_task, get_activity, list_tasks, log_activity
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.tickets import create_ticket
from crm_desktop.services.users import create_user
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tasks.model import COLUMNS, TaskTreeModel
from crm_desktop.ui.tasks.view import TasksView
from crm_desktop.ui.tickets.view import TicketsView
from crm_desktop.ui.widgets.formatting import to_stored

# A Tuesday morning; tasks are placed around it.
NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
DEMO_ANCHOR = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def _task(state: AppState, subject: str, due: datetime | None = None, **fields: Any) -> int:
    stamp = due.strftime("%Y-%m-%dT%H:%M:%SZ") if due else None
    draft = ActivityDraft(kind="task", subject=subject, due_at=stamp, **fields)
    return int(log_activity(state.db, draft).id)


def _subjects(view: TasksView, section: str) -> list[str]:
    return [task.subject for task in view.model.tasks_in(section)]


@pytest.fixture
def view(qtbot: QtBot, state: AppState) -> TasksView:
    widget = TasksView(state)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


def _select(qtbot: QtBot, view: TasksView, task_id: int) -> None:
    index = view.model.index_of(task_id)
    assert index.isValid()
    view.tree.setFocus()
    view.tree.setCurrentIndex(index)


def test_tasks_land_in_sections_by_due_date(qtbot: QtBot, state: AppState) -> None:
    _task(state, "Chase the invoice", NOW - timedelta(days=2))
    _task(state, "Call Giulia", NOW + timedelta(hours=5))
    _task(state, "Send the quote", NOW + timedelta(days=2))
    _task(state, "Tidy the archive")  # no due time: upcoming, after the dated ones

    with state.db.clock_at(NOW):
        widget = TasksView(state)
        qtbot.addWidget(widget)

    assert widget.model.section_keys() == ["overdue", "today", "upcoming"]
    assert _subjects(widget, "overdue") == ["Chase the invoice"]
    assert _subjects(widget, "today") == ["Call Giulia"]
    assert _subjects(widget, "upcoming") == ["Send the quote", "Tidy the archive"]
    assert widget.count_label.text() == "4 open tasks, 1 overdue"


def test_overdue_due_times_are_red(qtbot: QtBot, state: AppState) -> None:
    late = _task(state, "Chase the invoice", NOW - timedelta(days=2))
    with state.db.clock_at(NOW):
        widget = TasksView(state)
        qtbot.addWidget(widget)

    index = widget.model.index_of(late).siblingAtColumn(COLUMNS.index("due"))

    assert index.data(Qt.ItemDataRole.ForegroundRole).name() == "#c92a2a"


def test_ticking_a_task_marks_it_done(qtbot: QtBot, state: AppState, view: TasksView) -> None:
    task_id = _task(state, "Call Giulia", datetime.now(UTC) + timedelta(days=1))
    view.reload()
    _select(qtbot, view, task_id)

    qtbot.keyClick(view.tree, Qt.Key.Key_Space)

    assert get_activity(state.db, task_id).done_at is not None
    assert view.model.task_count("overdue", "today", "upcoming") == 0


def test_unticking_a_done_task_reopens_it(qtbot: QtBot, state: AppState, view: TasksView) -> None:
    task_id = _task(state, "Call Giulia", datetime.now(UTC) + timedelta(days=1))
    complete_task(state.db, task_id)
    view.show_done.click()
    _select(qtbot, view, task_id)

    qtbot.keyClick(view.tree, Qt.Key.Key_Space)

    assert get_activity(state.db, task_id).done_at is None
    assert _subjects(view, "upcoming") == ["Call Giulia"]


def test_show_done_adds_the_done_section(qtbot: QtBot, state: AppState, view: TasksView) -> None:
    task_id = _task(state, "Call Giulia")
    complete_task(state.db, task_id)

    view.show_done.click()

    assert view.model.section_keys() == ["done"]
    assert view.model.index_of(task_id).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )


def test_linked_record_is_named_on_the_task(state: AppState, view: TasksView) -> None:
    contact = create_contact(state.db, ContactDraft(first_name="Giulia", last_name="Bianchi"))
    task_id = _task(state, "Call back", contact_id=contact.id)

    index = view.model.index_of(task_id).siblingAtColumn(COLUMNS.index("linked"))

    assert index.data() == "Contact: Giulia Bianchi"


def test_user_chooser_shows_someone_elses_tasks(
    qtbot: QtBot, state: AppState, view: TasksView
) -> None:
    anna = create_user(state.db, login="anna", name="Anna Berg").id
    _task(state, "Mine")
    _task(state, "Annas", owner_id=anna)
    mine = _subjects(view, "upcoming")

    qtbot.keyClicks(view.owner, "Anna")

    assert mine == ["Mine"]
    assert _subjects(view, "upcoming") == ["Annas"]


def test_no_open_tasks_shows_the_empty_state(view: TasksView) -> None:
    assert view.stack.currentWidget() is view.empty_label
    assert view.empty_label.text().startswith("Nothing to do")


def test_enter_on_a_task_opens_its_ticket_in_the_main_window(qtbot: QtBot, state: AppState) -> None:
    ticket = create_ticket(state.db, TicketDraft(subject="Printer jam"))
    task_id = _task(state, "Check the printer", ticket_id=ticket.id)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    tasks = window.show_view("tasks")
    assert isinstance(tasks, TasksView)
    _select(qtbot, tasks, task_id)

    with qtbot.waitSignal(tasks.open_requested) as opened:
        qtbot.keyClick(tasks.tree, Qt.Key.Key_Return)

    assert opened.args == ["ticket", ticket.id]
    shown = window.current_view()
    assert isinstance(shown, TicketsView)
    assert shown.detail.ticket is not None and shown.detail.ticket.id == ticket.id


def test_double_click_on_a_task_opens_its_contact_view(qtbot: QtBot, state: AppState) -> None:
    contact = create_contact(state.db, ContactDraft(first_name="Giulia", last_name="Bianchi"))
    task_id = _task(state, "Call back", contact_id=contact.id)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    tasks = window.show_view("tasks")
    assert isinstance(tasks, TasksView)
    index = tasks.model.index_of(task_id).siblingAtColumn(COLUMNS.index("linked"))
    centre = tasks.tree.visualRect(index).center()

    # A real double-click: a first click, then the second one Qt reports as double.
    qtbot.mouseClick(tasks.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(tasks.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    assert window.current_view().key == "contacts"


# The completer's popup asks the offscreen platform for things it cannot do.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_new_task_form_adds_a_task_at_the_chosen_local_time(
    qtbot: QtBot, state: AppState, view: TasksView
) -> None:
    contact = create_contact(state.db, ContactDraft(first_name="Giulia", last_name="Bianchi"))
    view.new_record()
    form = view.form
    assert form is not None
    qtbot.keyClicks(form.subject, "Call back about the quote")
    form.due_date.setDate(QDate(2031, 5, 6))
    form.due_time.setTime(QTime(9, 30))
    qtbot.keyClicks(form.link.line_edit(), "Bianchi")
    popup = form.link.popup()
    qtbot.waitUntil(popup.isVisible)
    rect = popup.visualRect(popup.model().index(0, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    [task] = list_tasks(state.db, bucket="all_open")
    assert task.subject == "Call back about the quote"
    assert task.due_at == to_stored(QDateTime(QDate(2031, 5, 6), QTime(9, 30)))
    assert (task.linked_type, task.linked_id) == ("contact", contact.id)
    assert view.selected_task() is not None and view.selected_task().id == task.id  # type: ignore[union-attr]


def test_new_task_form_allows_a_task_about_nothing_without_due_time(
    qtbot: QtBot, state: AppState, view: TasksView
) -> None:
    view.new_record()
    form = view.form
    assert form is not None
    qtbot.keyClicks(form.subject, "Renew the office insurance")
    form.has_due.click()

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    [task] = list_tasks(state.db, bucket="all_open")
    assert (task.subject, task.due_at, task.linked_type) == (
        "Renew the office insurance",
        None,
        None,
    )


def test_new_task_form_without_subject_says_so_next_to_it(
    qtbot: QtBot, state: AppState, view: TasksView
) -> None:
    view.new_record()
    form = view.form
    assert form is not None

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    message = form.findChild(QLabel, "error_subject")
    assert message is not None and message.isVisible()
    assert message.text() == "Say what is to be done"
    assert list_tasks(state.db, bucket="all_open") == []


def test_task_model_passes_the_model_tester(
    qtmodeltester: Any, qtbot: QtBot, state: AppState
) -> None:
    _task(state, "Chase the invoice", NOW - timedelta(days=2))
    _task(state, "Call Giulia", NOW + timedelta(hours=5))
    done = _task(state, "Old one", NOW - timedelta(days=9))
    complete_task(state.db, done)
    with state.db.clock_at(NOW):
        widget = TasksView(state)
        qtbot.addWidget(widget)
        widget.show_done.setChecked(True)
    model = widget.model
    assert isinstance(model, TaskTreeModel)

    qtmodeltester.check(model)


def test_screenshot_of_the_tasks_view(qtbot: QtBot, demo_state: AppState, tmp_path: Path) -> None:
    with demo_state.db.clock_at(DEMO_ANCHOR + timedelta(hours=2)):
        window = MainWindow(demo_state)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        view = window.show_view("tasks")
        assert isinstance(view, TasksView)
        qtbot.waitExposed(window)
        path = Path(os.environ.get("CRM_SCREENSHOTS", tmp_path)) / "tasks.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        image = window.grab().toImage()
        image.save(str(path))

    assert path.exists()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 40) for y in range(0, 800, 40)}
    assert len(colours) > 5

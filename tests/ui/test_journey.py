"""What a person does on a working day, end to end in the real main window.

Each test drives the real widgets the way a person would (shortcuts and typing
where a person types, a click where a person clicks) and then reads the result
back from the file through the services, never from the widgets alone.
Dragging a card is simulated with the drag-enter and drop events a real drag
delivers (``QDrag.exec`` blocks in the platform's own loop; see test_pipeline.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.domain.contacts import ContactFilter
from crm_desktop.services.activities import get_activity
from crm_desktop.services.contacts import count_contacts, get_contact, list_contacts
from crm_desktop.services.deals import get_deal
from crm_desktop.services.pipeline import default_pipeline
from crm_desktop.services.tickets import get_ticket, ticket_thread
from crm_desktop.ui import app
from crm_desktop.ui.contacts.form import ContactForm
from crm_desktop.ui.contacts.view import ContactsView
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pipeline.board import StageColumn
from crm_desktop.ui.pipeline.view import PipelineView
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tasks.view import TasksView
from crm_desktop.ui.tickets.view import TicketsView

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _window(qtbot: QtBot, state: AppState) -> MainWindow:
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    # Shortcuts only reach the active window.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _type(qtbot: QtBot, text: str) -> None:
    """Type into whatever has the keyboard focus, as a person would."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)


def _tab(qtbot: QtBot) -> QWidget:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not None
    return after


# -- (a) add a contact ------------------------------------------------------------------------


def test_a_contact_added_with_ctrl_shift_c_and_enter_is_in_the_file(
    qtbot: QtBot, state: AppState
) -> None:
    window = _window(qtbot, state)
    window.show_view("tasks")  # the shortcut works from any view

    qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)
    view = window.current_view()
    assert isinstance(view, ContactsView)
    form = view.form
    assert isinstance(form, ContactForm)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.first_name)
    _type(qtbot, "Giulia")
    assert _tab(qtbot) is form.last_name
    _type(qtbot, "Bianchi")
    assert _tab(qtbot) is form.job_title
    _type(qtbot, "Buyer")
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(form.job_title, Qt.Key.Key_Return)

    found = list_contacts(state.db, ContactFilter(text="Bianchi"))
    assert [c.name for c in found] == ["Giulia Bianchi"]
    assert get_contact(state.db, found[0].id).job_title == "Buyer"
    assert not form.isVisible()
    assert view.detail.record_id == found[0].id


# -- (b) move a deal across the board ------------------------------------------------------------


def _drop_on(column: StageColumn, source: StageColumn, row: int) -> bool:
    """Drag the card in ``row`` of ``source`` and let it go over ``column``'s cards."""
    mime = source.cards.mimeData([source.cards.item(row)])
    target = column.cards.viewport()
    where = QPointF(target.rect().center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Qt declares the enter event's position a QPoint and the drop's a QPointF.
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(where, Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(target, dropped)
    return dropped.isAccepted()


def test_a_deal_dragged_to_the_next_stage_moves_and_the_column_counts_follow(
    qtbot: QtBot, demo_state: AppState
) -> None:
    window = _window(qtbot, demo_state)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)  # Go > Pipeline
    view = window.current_view()
    assert isinstance(view, PipelineView)
    stages = default_pipeline(demo_state.db).stages
    first = view.board.column_for(int(stages[0].id))
    second = view.board.column_for(int(stages[1].id))
    assert first is not None and second is not None and first.count() > 0
    in_first, in_second = _deal_count(first), _deal_count(second)
    deal_id = first.cards.cards()[0].row.id

    assert _drop_on(second, first, 0)

    qtbot.waitUntil(lambda: _deal_count(second) == in_second + 1)
    assert _deal_count(first) == in_first - 1
    assert get_deal(demo_state.db, deal_id).stage_id == stages[1].id
    assert deal_id in [card.row.id for card in second.cards.cards()]
    assert deal_id not in [card.row.id for card in first.cards.cards()]


def _deal_count(column: StageColumn) -> int:
    """12 from the column's "12 deals"."""
    return int(column.count_label.text().split()[0])


# -- (c) answer a ticket ------------------------------------------------------------------------


def test_a_ticket_answered_with_ctrl_enter_gets_its_first_response_stamped(
    qtbot: QtBot, demo_state: AppState
) -> None:
    db = demo_state.db
    window = _window(qtbot, demo_state)
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # Go > Tickets
    view = window.current_view()
    assert isinstance(view, TicketsView)
    unanswered = [
        row
        for row in range(view.model.rowCount())
        if get_ticket(db, view.model.ticket_at(row).id).first_response_at is None
    ]
    assert unanswered, "the demo queue should hold a ticket nobody has answered yet"
    row = unanswered[0]
    ticket_id = int(view.model.ticket_at(row).id)

    rect = view.table.visualRect(view.model.index(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.detail.ticket is not None and view.detail.ticket.id == ticket_id
    qtbot.mouseClick(view.detail.reply.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.detail.reply.hasFocus)
    _type(qtbot, "Buongiorno, il tecnico passa domattina.")
    qtbot.keyClick(view.detail.reply, Qt.Key.Key_Return, CTRL)

    assert get_ticket(db, ticket_id).first_response_at is not None
    assert ticket_thread(db, ticket_id)[-1].body == "Buongiorno, il tecnico passa domattina."
    assert view.detail.reply.toPlainText() == ""


# -- (d) close a task ---------------------------------------------------------------------------


def _check_box_centre(view: TasksView, task_id: int) -> QPoint:
    """Where the tick box of this task's row is drawn, in the tree's viewport."""
    tree = view.tree
    index = view.model.index_of(task_id)
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualRect(index)
    option.index = index
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree)
    return box.center()


def test_a_task_ticked_in_the_tasks_view_is_done_in_the_file(
    qtbot: QtBot, demo_state: AppState
) -> None:
    window = _window(qtbot, demo_state)
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)  # Go > Tasks
    view = window.current_view()
    assert isinstance(view, TasksView)
    key = view.model.section_keys()[0]
    task = view.model.tasks_in(key)[0]
    open_before = view.model.task_count("overdue", "today", "upcoming")

    qtbot.mouseClick(
        view.tree.viewport(), Qt.MouseButton.LeftButton, pos=_check_box_centre(view, task.id)
    )

    assert get_activity(demo_state.db, task.id).done_at is not None
    qtbot.waitUntil(lambda: not view.model.index_of(task.id).isValid())
    assert view.model.task_count("overdue", "today", "upcoming") == open_before - 1
    assert window.undo_button.isVisible()


# -- (e) starting the app -------------------------------------------------------------------------


@pytest.fixture
def started(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[list[str]], MainWindow]]:
    """``start(argv)`` as ``main`` calls it; every window's file is closed afterwards."""
    monkeypatch.delenv("CRM_DB", raising=False)
    # Never the developer's own default file, should a path fall through to it.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    windows: list[MainWindow] = []

    def start(argv: list[str]) -> MainWindow:
        window = app.start(argv)
        assert window is not None
        qtbot.addWidget(window)
        if window.demo_loading is None:  # (the demo test waits for the demo's own signal)
            qtbot.waitUntil(lambda: window.safety.operation is None, timeout=60_000)
        windows.append(window)
        return window

    yield start
    for window in windows:
        # The quick check and backup on open end before the file is closed under them.
        qtbot.waitUntil(lambda w=window: w.safety.operation is None, timeout=60_000)
        window.close()
        window.state.db.close()


@pytest.fixture
def welcome_answers(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The welcome screen's answers, taken in turn; each question pops one."""
    answers: list[bool] = []

    def ask(_window: MainWindow) -> bool:
        return answers.pop(0)

    monkeypatch.setattr(app, "ask_start_with_demo", ask)
    return answers


def test_first_start_on_a_new_file_welcomes_and_demo_data_fills_it(
    qtbot: QtBot,
    tmp_path: Path,
    started: Callable[[list[str]], MainWindow],
    welcome_answers: list[bool],
) -> None:
    path = tmp_path / "first.sqlite3"
    welcome_answers.append(True)

    window = started(["--db", str(path), "--demo-contacts", "30"])
    with qtbot.waitSignal(window.state.file_opened, timeout=60_000):
        pass

    assert welcome_answers == []  # asked once
    assert count_contacts(window.state.db) == 30
    contacts = window.views["contacts"]
    assert isinstance(contacts, ContactsView)
    assert contacts.model.rowCount() == 30  # the views read the file once it was full
    assert str(path) in window.windowTitle()


def test_choosing_start_empty_leaves_the_new_file_empty(
    tmp_path: Path,
    started: Callable[[list[str]], MainWindow],
    welcome_answers: list[bool],
) -> None:
    path = tmp_path / "first.sqlite3"
    welcome_answers.append(False)

    window = started(["--db", str(path)])

    assert welcome_answers == []
    assert window.demo_loading is None
    assert count_contacts(window.state.db) == 0
    assert window.state.db.path == path


def test_the_next_start_opens_the_last_used_file_without_welcoming_again(
    tmp_path: Path,
    started: Callable[[list[str]], MainWindow],
    welcome_answers: list[bool],
) -> None:
    path = tmp_path / "mine.sqlite3"
    welcome_answers.append(False)
    first = started(["--db", str(path)])
    first.close()
    first.state.db.close()

    second = started([])  # no file named: the last one used

    assert second.state.db.path == path
    assert str(path) in second.windowTitle()
    assert welcome_answers == []  # not asked: the file already existed

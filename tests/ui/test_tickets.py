from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.tickets import TicketDraft, TicketFilter
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.tickets import (
    add_note,
    count_tickets,
    create_ticket,
    get_ticket,
    list_tickets,
    ticket_thread,
    update_ticket,
)
from crm_desktop.services.users import create_user, current_user
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.preferences import app_settings
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tickets.model import COLUMN_KEYS, OVERDUE_ROLE, TicketTableModel
from crm_desktop.ui.tickets.view import TicketsView
from crm_desktop.ui.widgets.formatting import OVERDUE_COLOUR

# The moment the demo file was made for (tests/ui/conftest.py).
DEMO_ANCHOR = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def _ticket(state: AppState, subject: str = "Printer jam", **fields: Any) -> int:
    return int(create_ticket(state.db, TicketDraft(subject=subject, **fields)).id)


@pytest.fixture
def queue(state: AppState) -> dict[str, int]:
    """Five tickets of mixed status, priority and assignee."""
    me = current_user(state.db).id
    other = create_user(state.db, login="anna", name="Anna Berg").id
    ids = {
        "new_low_me": _ticket(state, "Toner", priority="low", assignee_id=me),
        "open_high_anna": _ticket(state, "Invoice copy", priority="high", assignee_id=other),
        "pending_high_nobody": _ticket(state, "Broken screen", priority="high"),
        "resolved_urgent_me": _ticket(state, "Server down", priority="urgent", assignee_id=me),
        "closed_normal_anna": _ticket(state, "Password", assignee_id=other),
    }
    update_ticket(state.db, ids["open_high_anna"], {"status": "open"})
    update_ticket(state.db, ids["pending_high_nobody"], {"status": "pending"})
    update_ticket(state.db, ids["resolved_urgent_me"], {"status": "resolved"})
    update_ticket(state.db, ids["closed_normal_anna"], {"status": "closed"})
    return {**ids, "me": me, "anna": other}


@pytest.fixture
def view(qtbot: QtBot, state: AppState) -> TicketsView:
    widget = TicketsView(state)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _shown_ids(view: TicketsView) -> set[int]:
    return {int(view.model.ticket_at(row).id) for row in range(view.model.rowCount())}


def test_default_queue_shows_new_open_and_pending_tickets(
    queue: dict[str, int], view: TicketsView
) -> None:
    expected = count_tickets(view.state.db, TicketFilter(status=("new", "open", "pending")))

    assert view.model.rowCount() == expected == 3
    assert view.count_label.text() == "3 tickets"


def test_status_filter_narrows_the_rows(
    qtbot: QtBot, queue: dict[str, int], view: TicketsView
) -> None:
    qtbot.keyClicks(view.filters.status, "Resolved")

    assert view.model.rowCount() == count_tickets(view.state.db, TicketFilter(status="resolved"))
    assert _shown_ids(view) == {queue["resolved_urgent_me"]}


def test_priority_filter_narrows_the_rows(
    qtbot: QtBot, queue: dict[str, int], view: TicketsView
) -> None:
    qtbot.keyClicks(view.filters.priority, "High")

    expected = TicketFilter(status=("new", "open", "pending"), priority="high")
    assert view.model.rowCount() == count_tickets(view.state.db, expected) == 2
    assert _shown_ids(view) == {queue["open_high_anna"], queue["pending_high_nobody"]}


def test_assignee_filter_shows_one_users_tickets(
    qtbot: QtBot, queue: dict[str, int], view: TicketsView
) -> None:
    qtbot.keyClicks(view.filters.status, "All")
    qtbot.keyClicks(view.filters.assignee, "Anna")

    assert view.model.rowCount() == count_tickets(
        view.state.db, TicketFilter(assignee_id=queue["anna"])
    )
    assert _shown_ids(view) == {queue["open_high_anna"], queue["closed_normal_anna"]}


def test_assignee_filter_me_shows_my_tickets(
    qtbot: QtBot, queue: dict[str, int], view: TicketsView
) -> None:
    qtbot.keyClicks(view.filters.assignee, "Me")

    assert _shown_ids(view) == {queue["new_low_me"]}


def test_assignee_filter_unassigned_shows_tickets_of_nobody(
    qtbot: QtBot, queue: dict[str, int], view: TicketsView
) -> None:
    qtbot.keyClicks(view.filters.assignee, "Unassigned")

    assert _shown_ids(view) == {queue["pending_high_nobody"]}


def test_filters_matching_nothing_show_the_empty_state(
    qtbot: QtBot, queue: dict[str, int], view: TicketsView
) -> None:
    qtbot.keyClicks(view.filters.priority, "Urgent")  # the urgent one is resolved

    assert view.model.rowCount() == 0
    assert view.queue.currentIndex() == 1
    assert view.empty_label.text() == "No tickets match these filters."


def test_overdue_rows_are_marked_in_the_sla_column(qtbot: QtBot, state: AppState) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    state.db.clock = lambda: now  # a fixed "now": the labels count whole hours and days
    with state.db.clock_at(now - timedelta(hours=10)):
        late = _ticket(state, "Late one", priority="urgent")  # due 4 h after creation
    in_time = _ticket(state, "Fresh one", priority="low")
    widget = TicketsView(state)
    qtbot.addWidget(widget)
    sla = COLUMN_KEYS.index("sla")

    def cell(ticket_id: int, role: int) -> Any:
        row = widget.model.row_of(ticket_id)
        assert row is not None
        return widget.model.index(row, sla).data(role)

    assert cell(late, OVERDUE_ROLE) is True
    assert cell(late, Qt.ItemDataRole.DisplayRole) == "6 h overdue"
    assert cell(late, Qt.ItemDataRole.ForegroundRole) == QColor(OVERDUE_COLOUR)
    assert cell(late, Qt.ItemDataRole.FontRole).bold()
    assert cell(in_time, OVERDUE_ROLE) is False
    assert cell(in_time, Qt.ItemDataRole.DisplayRole) == "in 3 d"


def test_overdue_only_check_box_keeps_the_late_tickets(qtbot: QtBot, state: AppState) -> None:
    with state.db.clock_at(datetime.now(UTC) - timedelta(days=5)):
        late = _ticket(state, "Late one")
    _ticket(state, "Fresh one")
    widget = TicketsView(state)
    qtbot.addWidget(widget)

    widget.filters.overdue.click()

    assert _shown_ids(widget) == {late}


def test_choosing_a_row_shows_the_ticket_and_its_thread(
    qtbot: QtBot, state: AppState, view: TicketsView
) -> None:
    ticket_id = _ticket(state, "Printer jam", description="It jams on every page.")
    row = view.model.row_of(ticket_id)
    assert row is not None

    rect = view.table.visualRect(view.model.index(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert view.side.currentWidget() is view.detail
    assert view.detail.subject.text() == "Printer jam"
    assert [card.body.text() for card in view.detail.conversation.cards] == [
        "It jams on every page."
    ]


def test_changing_status_in_the_detail_saves_it(
    qtbot: QtBot, state: AppState, view: TicketsView
) -> None:
    ticket_id = _ticket(state)
    view.open_record(ticket_id)
    view.detail.status.setFocus()

    qtbot.keyClick(view.detail.status, Qt.Key.Key_Down)  # new -> open

    assert get_ticket(state.db, ticket_id).status == "open"
    assert view.detail.ticket is not None and view.detail.ticket.status == "open"


def test_changing_priority_and_assignee_in_the_detail_saves_them(
    qtbot: QtBot, state: AppState, view: TicketsView
) -> None:
    anna = create_user(state.db, login="anna", name="Anna Berg").id
    ticket_id = _ticket(state)
    view.open_record(ticket_id)

    qtbot.keyClicks(view.detail.priority, "Urgent")
    qtbot.keyClicks(view.detail.assignee, "Anna")

    stored = get_ticket(state.db, ticket_id)
    assert (stored.priority, stored.assignee_id) == ("urgent", anna)


def test_change_on_a_ticket_edited_elsewhere_asks_and_on_cancel_reloads(
    qtbot: QtBot, state: AppState, view: TicketsView
) -> None:
    ticket_id = _ticket(state)
    view.open_record(ticket_id)
    other = open_crm_file(state.db.path, user="someone")  # another window, unheard
    try:
        update_ticket(other, ticket_id, {"priority": "high"})
    finally:
        other.close()
    asked: list[list[str]] = []
    view.detail.ask_resolution = (  # type: ignore[method-assign]
        lambda conflict: asked.append([f.field for f in conflict.fields]) or None  # cancel
    )

    qtbot.keyClick(view.detail.status, Qt.Key.Key_Down)

    assert asked == [["status"]]
    assert get_ticket(state.db, ticket_id).status == "new"
    assert view.detail.priority.currentData() == "high"


def test_sending_a_reply_adds_it_and_stamps_the_first_response(
    qtbot: QtBot, state: AppState, view: TicketsView
) -> None:
    ticket_id = _ticket(state)
    view.open_record(ticket_id)

    qtbot.keyClicks(view.detail.reply, "We are sending a technician.")
    qtbot.mouseClick(view.detail.send_button, Qt.MouseButton.LeftButton)

    thread = ticket_thread(state.db, ticket_id)
    assert [(m.kind, m.body) for m in thread] == [("reply", "We are sending a technician.")]
    assert get_ticket(state.db, ticket_id).first_response_at is not None
    assert [card.kind for card in view.detail.conversation.cards] == ["reply"]
    assert view.detail.reply.toPlainText() == ""


def test_ctrl_enter_in_the_reply_box_sends_the_reply(
    qtbot: QtBot, state: AppState, view: TicketsView
) -> None:
    ticket_id = _ticket(state)
    view.open_record(ticket_id)

    qtbot.keyClicks(view.detail.reply, "Done, please check.")
    qtbot.keyClick(view.detail.reply, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert [m.kind for m in ticket_thread(state.db, ticket_id)] == ["reply"]


def test_internal_note_is_shown_as_a_note_and_is_no_response(
    qtbot: QtBot, state: AppState, view: TicketsView
) -> None:
    ticket_id = _ticket(state, description="Nothing prints.")
    view.open_record(ticket_id)

    qtbot.keyClicks(view.detail.reply, "Customer is on the old firmware.")
    qtbot.mouseClick(view.detail.note_button, Qt.MouseButton.LeftButton)

    cards = view.detail.conversation.cards
    assert [card.kind for card in cards] == ["incoming", "note"]
    assert cards[1].objectName() == "message_note"
    assert cards[1].kind_badge.text() == "Internal note"
    assert get_ticket(state.db, ticket_id).first_response_at is None


def test_notes_added_elsewhere_appear_in_the_open_thread(
    state: AppState, view: TicketsView
) -> None:
    ticket_id = _ticket(state)
    view.open_record(ticket_id)

    add_note(state.db, ticket_id, "Called the customer back.")

    assert [card.body.text() for card in view.detail.conversation.cards] == [
        "Called the customer back."
    ]


# The completer's popup asks the offscreen platform for things it cannot do.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_new_ticket_form_creates_a_ticket_for_the_picked_contact(
    qtbot: QtBot, state: AppState, view: TicketsView
) -> None:
    contact = create_contact(state.db, ContactDraft(first_name="Giulia", last_name="Bianchi"))
    view.new_record()
    form = view.form
    assert form is not None
    qtbot.keyClicks(form.subject, "Cannot log in")
    qtbot.keyClicks(form.contact.line_edit(), "Giul")
    popup = form.contact.popup()
    qtbot.waitUntil(popup.isVisible)
    rect = popup.visualRect(popup.model().index(0, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClicks(form.priority, "High")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    [row] = list_tickets(state.db)
    assert (row.subject, row.contact_id, row.priority) == ("Cannot log in", contact.id, "high")
    assert not form.isVisible()
    assert view.detail.ticket is not None and view.detail.ticket.id == row.id


def test_form_without_subject_says_so_next_to_the_subject(
    qtbot: QtBot, state: AppState, view: TicketsView
) -> None:
    view.new_record()
    form = view.form
    assert form is not None
    qtbot.keyClicks(form.description, "Some text the user keeps")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    message = form.findChild(QLabel, "error_subject")
    assert message is not None and message.isVisible()
    assert message.text() == "A subject is required"
    assert form.isVisible()
    assert form.description.toPlainText() == "Some text the user keeps"
    assert count_tickets(state.db) == 0


def test_form_with_a_contact_not_picked_from_the_list_says_so(
    qtbot: QtBot, state: AppState, view: TicketsView
) -> None:
    view.new_record()
    form = view.form
    assert form is not None
    qtbot.keyClicks(form.subject, "Cannot log in")
    qtbot.keyClicks(form.contact.line_edit(), "Nobody Known")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    message = form.findChild(QLabel, "error_contact")
    assert message is not None and message.isVisible()
    assert count_tickets(state.db) == 0


def test_delete_then_undo_brings_the_ticket_back(qtbot: QtBot, state: AppState) -> None:
    ticket_id = _ticket(state)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    tickets = window.show_view("tickets")
    assert isinstance(tickets, TicketsView)
    tickets.open_record(ticket_id)

    qtbot.keyClick(tickets.table, Qt.Key.Key_Delete)
    deleted = count_tickets(state.db)
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)

    assert deleted == 0
    assert count_tickets(state.db) == 1
    assert tickets.model.row_of(ticket_id) is not None


def test_open_record_shows_a_ticket_the_filters_hid(
    qtbot: QtBot, queue: dict[str, int], view: TicketsView
) -> None:
    closed = queue["closed_normal_anna"]

    view.open_record(closed)

    assert view.model.row_of(closed) is not None
    assert view.selected_ticket_id() == closed
    assert view.detail.subject.text() == "Password"


def test_sorting_by_a_column_sorts_in_the_service(queue: dict[str, int], view: TicketsView) -> None:
    view.table.sortByColumn(COLUMN_KEYS.index("subject"), Qt.SortOrder.DescendingOrder)

    subjects = [view.model.ticket_at(row).subject for row in range(view.model.rowCount())]
    assert subjects == ["Toner", "Invoice copy", "Broken screen"]


def test_ticket_model_passes_the_model_tester(
    qtmodeltester: Any, state: AppState, queue: dict[str, int]
) -> None:
    model = TicketTableModel(state)
    model.reload()

    qtmodeltester.check(model)


def test_screenshot_of_the_tickets_view(qtbot: QtBot, demo_state: AppState, tmp_path: Path) -> None:
    with demo_state.db.clock_at(DEMO_ANCHOR + timedelta(hours=2)):
        window = MainWindow(demo_state)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        view = window.show_view("tickets")
        assert isinstance(view, TicketsView)
        # A ticket with a conversation worth showing: customer, reply and a note.
        shown = next(
            (
                view.model.ticket_at(row).id
                for row in range(view.model.rowCount())
                if len(ticket_thread(demo_state.db, view.model.ticket_at(row).id)) >= 3
            ),
            view.model.ticket_at(0).id,
        )
        view.open_record(int(shown))
        qtbot.waitExposed(window)
        path = Path(os.environ.get("CRM_SCREENSHOTS", tmp_path)) / "tickets.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        image = window.grab().toImage()
        image.save(str(path))

    assert path.exists()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 40) for y in range(0, 800, 40)}
    assert len(colours) > 5


def test_empty_queue_with_only_finished_tickets_offers_to_show_them(
    qtbot: QtBot, state: AppState
) -> None:
    ticket_id = _ticket(state)
    update_ticket(state.db, ticket_id, {"status": "closed"})
    widget = TicketsView(state)
    qtbot.addWidget(widget)
    widget.show()

    qtbot.mouseClick(widget.empty_button, Qt.MouseButton.LeftButton)

    assert widget.model.row_of(ticket_id) is not None


def test_opening_another_file_clears_the_shown_ticket(
    state: AppState, view: TicketsView, tmp_path: Path
) -> None:
    view.open_record(_ticket(state))

    state.switch_to(open_crm_file(tmp_path / "other.sqlite3", user="tester"))

    assert view.detail.ticket is None
    assert view.side.currentWidget() is view.placeholder
    assert view.model.rowCount() == 0


def test_hidden_columns_and_sort_are_restored_in_a_new_view(
    qtbot: QtBot, queue: dict[str, int], view: TicketsView
) -> None:
    header = view.table.horizontalHeader()
    header.setSectionHidden(COLUMN_KEYS.index("priority"), True)
    view.table.sortByColumn(COLUMN_KEYS.index("subject"), Qt.SortOrder.AscendingOrder)
    settings = app_settings()
    view.save_layout(settings)

    again = TicketsView(view.state)
    qtbot.addWidget(again)
    again.restore_layout(settings)

    assert again.table.horizontalHeader().isSectionHidden(COLUMN_KEYS.index("priority"))
    assert again.model.sort_key == "subject"

"""The Dashboard view: the figures of tests/services/dashboard_data.py, and the lists they open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.domain.tickets import TicketDraft
from crm_desktop.services.tickets import create_ticket
from crm_desktop.ui.contacts.view import ContactsView
from crm_desktop.ui.dashboard.view import DashboardView
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pipeline.view import PipelineView
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tasks.view import TasksView
from crm_desktop.ui.tickets.view import TicketsView
from tests.reports.pdf_text import text
from tests.services.dashboard_data import NOW, DashboardData, build


@pytest.fixture
def data(state: AppState) -> Iterator[DashboardData]:
    built = build(state.db)
    state.db.clock = lambda: NOW  # the view computes as of the data set's "now"
    yield built


@pytest.fixture
def window(qtbot: QtBot, state: AppState, data: DashboardData) -> MainWindow:
    main = MainWindow(state)
    qtbot.addWidget(main)
    view = main.views["dashboard"]
    assert isinstance(view, DashboardView)
    with qtbot.waitSignal(view.figures_shown, timeout=10_000):
        main.show()
    return main


def _dashboard(window: MainWindow) -> DashboardView:
    view = window.views["dashboard"]
    assert isinstance(view, DashboardView)
    return view


def _deal_titles(view: PipelineView) -> list[str]:
    model = view.list.model
    return sorted(model.row_at(r).title for r in range(model.rowCount()))


def _ticket_subjects(view: TicketsView) -> list[str]:
    return sorted(view.model.row_at(r).subject for r in range(view.model.rowCount()))


def test_dashboard_is_the_first_view_and_opens_first(window: MainWindow) -> None:
    assert next(iter(window.views)) == "dashboard"
    assert window.current_view().key == "dashboard"


def test_ctrl_1_shows_the_dashboard_and_ctrl_2_contacts(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view().key == "contacts"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view().key == "dashboard"


def test_tiles_show_the_hand_worked_figures(window: MainWindow) -> None:
    tiles = _dashboard(window).tiles

    values = {key: tile.value.text() for key, tile in tiles.items()}

    assert values["open_tickets"] == "2"
    assert values["overdue_tickets"] == "1"
    assert values["sla_breaches"] == "2"
    assert values["tasks_today"] == "2"
    assert values["won_count"] == "2"
    assert values["open_pipeline"] == "€380"  # EUR only: A 100 + B 200 + D 80
    assert "SEK400" in tiles["open_pipeline"].note.text()


def test_tile_notes_count_one_deal_in_the_singular(window: MainWindow) -> None:
    tiles = _dashboard(window).tiles

    month = tiles["forecast_month"].note.text().replace("\xa0", " ")
    quarter = tiles["forecast_quarter"].note.text().replace("\xa0", " ")

    assert month.startswith("weighted, of €100 in 1 deal\n")
    assert quarter.startswith("weighted, of €300 in 2 deals\n")


def test_won_tile_compares_with_the_previous_period(window: MainWindow) -> None:
    won = _dashboard(window).tiles["won"]

    # EUR 300.00 in November against 700.00 in October: down 57.1 %.
    assert won.value.text() == "€300"
    assert "▼ 57.1%" in won.change.text()
    assert won.change.property("role") == "down"


def test_win_rate_tile_says_the_change_in_percentage_points(window: MainWindow) -> None:
    win_rate = _dashboard(window).tiles["win_rate"]

    # 66.7 % in November against 25.0 % in October: up 41.7 points, not 166.7 %.
    assert win_rate.change.text() == "▲ 41.7\xa0pp vs 25.0%"
    assert win_rate.change.property("role") == "up"


def test_the_currency_note_names_the_currencies_left_out(window: MainWindow) -> None:
    note = _dashboard(window).currency_note

    assert note.isVisibleTo(window)
    assert "SEK, USD" in note.text()


def test_clicking_overdue_tickets_lists_the_overdue_ones(qtbot: QtBot, window: MainWindow) -> None:
    tile = _dashboard(window).tiles["overdue_tickets"]

    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)

    tickets = window.current_view()
    assert isinstance(tickets, TicketsView)
    assert _ticket_subjects(tickets) == ["T3"]
    assert "overdue" in tickets.banner.caption()


def test_clicking_sla_breaches_lists_the_tickets_that_broke_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.mouseClick(_dashboard(window).tiles["sla_breaches"], Qt.MouseButton.LeftButton)

    tickets = window.current_view()
    assert isinstance(tickets, TicketsView)
    assert _ticket_subjects(tickets) == ["T2", "T3"]


def test_clicking_won_lists_the_deals_won_in_the_period(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(_dashboard(window).tiles["won"], Qt.MouseButton.LeftButton)

    pipeline = window.current_view()
    assert isinstance(pipeline, PipelineView)
    assert _deal_titles(pipeline) == ["W1", "W2"]


def test_show_all_clears_the_figures_filter(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(_dashboard(window).tiles["won"], Qt.MouseButton.LeftButton)
    pipeline = window.current_view()
    assert isinstance(pipeline, PipelineView)

    qtbot.mouseClick(pipeline.banner.clear_button, Qt.MouseButton.LeftButton)

    assert not pipeline.banner.isVisible()
    assert len(_deal_titles(pipeline)) == 11  # every deal of the data set: 4 open, 7 closed


# Hovering a bar shows its tooltip, which the offscreen platform cannot raise.
@pytest.mark.qt_log_ignore("does not support raise")
def test_clicking_a_stage_bar_lists_that_stages_deals(qtbot: QtBot, window: MainWindow) -> None:
    chart = _dashboard(window).charts["pipeline"]
    proposal = [s.stage for s in _dashboard(window).figures.pipeline].index("Proposal")  # type: ignore[union-attr]

    qtbot.mouseClick(
        chart.view.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_centre(0, proposal)
    )

    pipeline = window.current_view()
    assert isinstance(pipeline, PipelineView)
    assert _deal_titles(pipeline) == ["A"]


@pytest.mark.qt_log_ignore("does not support raise")
def test_clicking_a_week_lists_the_tickets_opened_in_it(qtbot: QtBot, window: MainWindow) -> None:
    view = _dashboard(window)
    assert view.figures is not None
    weeks = [w.week.isoformat() for w in view.figures.tickets_per_week]
    chart = view.charts["tickets"]

    # The week of Monday 2 November: T1 and T2 were opened in it.
    index = weeks.index("2026-11-02")
    qtbot.mouseClick(
        chart.view.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_centre(0, index)
    )

    tickets = window.current_view()
    assert isinstance(tickets, TicketsView)
    assert _ticket_subjects(tickets) == ["T1", "T2"]


def test_clicking_tasks_due_today_shows_everyones_tasks_of_today(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.mouseClick(_dashboard(window).tiles["tasks_today"], Qt.MouseButton.LeftButton)

    tasks = window.current_view()
    assert isinstance(tasks, TasksView)
    assert tasks.owner_id() is None  # everyone
    assert [t.subject for t in tasks.model.tasks_in("today")] == ["Today early", "Today late"]
    assert tasks.selected_task() is not None
    assert tasks.selected_task().subject == "Today early"  # type: ignore[union-attr]


def test_a_new_ticket_updates_the_open_tickets_tile(
    qtbot: QtBot, window: MainWindow, state: AppState
) -> None:
    view = _dashboard(window)

    with qtbot.waitSignal(view.figures_shown, timeout=10_000):
        create_ticket(state.db, TicketDraft(subject="T6"))

    assert view.tiles["open_tickets"].value.text() == "3"


def test_export_pdf_writes_the_dashboard_report(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    view = _dashboard(window)
    target = tmp_path / "dashboard.pdf"
    view.ask_pdf_path = lambda: target

    with qtbot.waitSignal(view.pdf_written, timeout=20_000):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)

    shown = text(target)
    assert "Dashboard" in shown
    assert "Win rate" in shown


@pytest.mark.qt_log_ignore("does not support raise")
def test_clicking_a_months_deals_won_bar_lists_them(qtbot: QtBot, window: MainWindow) -> None:
    chart = _dashboard(window).charts["revenue"]
    november = chart.sets[1].count() - 1  # the last month of the chart

    qtbot.mouseClick(
        chart.view.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_centre(1, november)
    )

    pipeline = window.current_view()
    assert isinstance(pipeline, PipelineView)
    assert _deal_titles(pipeline) == ["W1", "W2"]


def test_clicking_forecast_this_month_lists_open_deals_expected_in_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.mouseClick(_dashboard(window).tiles["forecast_month"], Qt.MouseButton.LeftButton)

    pipeline = window.current_view()
    assert isinstance(pipeline, PipelineView)
    assert _deal_titles(pipeline) == ["A", "C"]  # B closes in December, D in January


def test_the_chosen_period_is_remembered_for_the_next_start(
    qtbot: QtBot, window: MainWindow, state: AppState
) -> None:
    box = _dashboard(window).period_box
    box.setCurrentIndex(box.findData("this_quarter"))
    window.save_layout()

    again = MainWindow(state)
    qtbot.addWidget(again)

    assert _dashboard(again).period_box.currentData() == "this_quarter"


@pytest.mark.qt_log_ignore("does not support raise")
def test_clicking_a_months_orders_bar_lists_its_orders_and_opens_the_customer(
    qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester
) -> None:
    chart = _dashboard(window).charts["revenue"]
    november = chart.sets[0].count() - 1

    qtbot.mouseClick(
        chart.view.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_centre(0, november)
    )

    # November: EUR 100.00 (11-05), EUR 50.00 (11-15), SEK 300.00 (11-16), newest first.
    dialog = window.orders_dialog
    assert dialog is not None and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert [o.ordered_on for o in model.orders] == ["2026-11-16", "2026-11-15", "2026-11-05"]
    rows = [[model.index(r, c).data() for c in (2, 3)] for r in range(model.rowCount())]
    assert [(who, total) for who, total in rows] == [
        ("Giulia Rossi", "SEK300"),
        ("Giulia Rossi", "€50"),
        ("Giulia Rossi", "€100"),
    ]

    dialog.table.doubleClicked.emit(model.index(0, 0))

    contacts = window.current_view()
    assert isinstance(contacts, ContactsView)
    assert contacts.detail.record_id == dialog.model.orders[0].contact_id

"""The Pipeline view: board columns and totals, dragging cards, closing deals, the form, the list.

Dragging is simulated by sending the target column's viewport the QDragEnterEvent
and QDropEvent a real drag delivers, carrying the mime data the source list
produces for the card (``CardList.mimeData``). A real QDrag cannot run under
pytest: ``QDrag.exec`` blocks in the platform's own drag loop.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.domain.companies import CompanyDraft
from crm_desktop.domain.ids import DealId
from crm_desktop.domain.pipeline import DealDraft, DealFilter, Pipeline, StageDraft
from crm_desktop.services.companies import create_company
from crm_desktop.services.deal_lists import board_totals, list_deals
from crm_desktop.services.deals import create_deal, get_deal, move_deal_to_stage, update_deal
from crm_desktop.services.pipeline import create_pipeline, default_pipeline
from crm_desktop.services.users import create_user
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pipeline.card_list import CardList
from crm_desktop.ui.pipeline.deal_form import DealDialog
from crm_desktop.ui.pipeline.deal_list import DealTableModel
from crm_desktop.ui.pipeline.filters import close_range
from crm_desktop.ui.pipeline.formatting import MoneyFormat
from crm_desktop.ui.pipeline.view import CARDS_PER_STAGE, LIST, PipelineView
from crm_desktop.ui.preferences import app_settings
from crm_desktop.ui.state import AppState


@pytest.fixture
def deals(state: AppState) -> dict[str, int]:
    """Alpha and Beta (Anna's) in Lead, Gamma in Proposal."""
    db = state.db
    anna = create_user(db, "anna", "Anna Bianchi")
    alpha = create_deal(db, DealDraft("Alpha", value_minor=100_000)).id
    beta = create_deal(db, DealDraft("Beta", value_minor=50_000, owner_id=anna.id)).id
    gamma = create_deal(db, DealDraft("Gamma", value_minor=20_000)).id
    move_deal_to_stage(db, gamma, "Proposal")
    return {"alpha": alpha, "beta": beta, "gamma": gamma, "anna": anna.id}


@pytest.fixture
def view(qtbot: QtBot, state: AppState) -> PipelineView:
    widget = PipelineView(state)
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    return widget


def stage_id(pipeline: Pipeline, name: str) -> int:
    return next(int(s.id) for s in pipeline.stages if s.name == name)


def cards_of(view: PipelineView, name: str) -> CardList:
    column = view.board.column_for(stage_id(default_pipeline(view.state.db), name))
    assert column is not None
    return column.cards


def titles(cards: CardList) -> list[str]:
    return [card.row.title for card in cards.cards()]


def drop_mime(mime: QMimeData, target: CardList) -> bool:
    """Deliver a drag's enter and drop events to ``target``; True if it took the drop."""
    where = QPointF(target.viewport().rect().center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(target.viewport(), enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(where, Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(target.viewport(), dropped)
    return dropped.isAccepted()


def card_mime(source: CardList, title: str) -> QMimeData:
    """What dragging the card titled ``title`` out of ``source`` carries."""
    return source.mimeData([source.item(titles(source).index(title))])


def drop(source: CardList, title: str, target: CardList) -> bool:
    """Drag the card titled ``title`` from ``source`` onto ``target``; True if accepted."""
    return drop_mime(card_mime(source, title), target)


# -- the board ----------------------------------------------------------------------------


def test_board_has_a_column_per_stage_with_counts_and_totals(
    qtbot: QtBot, demo_state: AppState
) -> None:
    view = PipelineView(demo_state)
    qtbot.addWidget(view)
    view.show()
    db = demo_state.db
    pipeline = default_pipeline(db)
    totals = board_totals(db, DealFilter(pipeline_id=pipeline.id))
    money = MoneyFormat()

    assert [c.stage.id for c in view.board.columns] == [s.id for s in pipeline.stages]
    for column in view.board.columns:
        mine = [t for t in totals if t.stage_id == column.stage.id]
        count = sum(t.count for t in mine)
        assert column.count_label.text().startswith(f"{count} deal")
        assert column.total_label.text() == (money.totals(mine) if mine else "—")
        assert column.count() == min(count, CARDS_PER_STAGE)
        assert all(card.row.stage_id == column.stage.id for card in column.cards.cards())


def test_column_total_names_each_currency_apart(view: PipelineView, deals: dict[str, int]) -> None:
    create_deal(view.state.db, DealDraft("Krona deal", value_minor=250_000, currency="SEK"))

    column = view.board.column_for(stage_id(default_pipeline(view.state.db), "Lead"))

    assert column is not None
    assert column.total_label.text() == "€1,500 \u00b7 SEK2,500"


def test_card_shows_title_company_value_owner_and_days_in_stage(
    view: PipelineView, deals: dict[str, int]
) -> None:
    card = next(c for c in cards_of(view, "Lead").cards() if c.row.title == "Beta")

    assert (card.value, card.row.owner, card.status_line) == (
        "€500",
        "Anna Bianchi",
        "New in stage today",
    )


def test_dragging_a_card_to_another_column_moves_the_deal(
    qtbot: QtBot, view: PipelineView, deals: dict[str, int]
) -> None:
    accepted = drop(cards_of(view, "Lead"), "Alpha", cards_of(view, "Negotiation"))

    qtbot.waitUntil(lambda: get_deal(view.state.db, deals["alpha"]).stage == "Negotiation")
    assert accepted
    assert "Alpha" in titles(cards_of(view, "Negotiation"))
    assert "Alpha" not in titles(cards_of(view, "Lead"))


def test_dropping_a_card_on_its_own_column_is_refused(
    view: PipelineView, deals: dict[str, int]
) -> None:
    lead = cards_of(view, "Lead")

    assert not drop(lead, "Alpha", lead)


def test_dropping_on_lost_stores_the_lost_reason(
    qtbot: QtBot, view: PipelineView, deals: dict[str, int]
) -> None:
    view.ask_lost_reason = lambda _title: "Too expensive"

    drop(cards_of(view, "Proposal"), "Gamma", cards_of(view, "Lost"))

    qtbot.waitUntil(lambda: get_deal(view.state.db, deals["gamma"]).status == "lost")
    assert get_deal(view.state.db, deals["gamma"]).lost_reason == "Too expensive"


def test_cancelling_the_lost_reason_leaves_the_deal_where_it_was(
    qtbot: QtBot, view: PipelineView, deals: dict[str, int]
) -> None:
    asked: list[str] = []
    view.ask_lost_reason = lambda title: asked.append(title) or None

    drop(cards_of(view, "Proposal"), "Gamma", cards_of(view, "Lost"))

    qtbot.waitUntil(lambda: asked == ["Gamma"])
    assert get_deal(view.state.db, deals["gamma"]).stage == "Proposal"
    assert titles(cards_of(view, "Proposal")) == ["Gamma"]


def test_dropping_on_won_asks_and_closes_the_deal_as_won(
    qtbot: QtBot, view: PipelineView, deals: dict[str, int]
) -> None:
    view.ask_won = lambda _title: True

    drop(cards_of(view, "Lead"), "Beta", cards_of(view, "Won"))

    qtbot.waitUntil(lambda: get_deal(view.state.db, deals["beta"]).status == "won")
    assert titles(cards_of(view, "Won")) == ["Beta"]


def test_a_stale_card_is_refused_with_a_message_and_stays(
    qtbot: QtBot, view: PipelineView, deals: dict[str, int]
) -> None:
    stale = card_mime(cards_of(view, "Lead"), "Alpha")
    update_deal(view.state.db, deals["alpha"], {"title": "Alpha 2"})  # someone else's edit

    drop_mime(stale, cards_of(view, "Qualified"))

    qtbot.waitUntil(lambda: bool(view.findChildren(QMessageBox)))
    assert get_deal(view.state.db, deals["alpha"]).stage == "Lead"
    assert "Alpha 2" in titles(cards_of(view, "Lead"))


def test_owner_filter_narrows_the_cards(view: PipelineView, deals: dict[str, int]) -> None:
    box = view.filters.owner_box

    box.setCurrentIndex(box.findData(deals["anna"]))

    assert [c.row.title for c in view.board.cards()] == ["Beta"]


def test_expected_close_filter_narrows_the_cards(view: PipelineView, deals: dict[str, int]) -> None:
    update_deal(view.state.db, deals["beta"], {"expected_close_date": "2020-01-31"})

    view.filters.set_period("overdue")

    assert [c.row.title for c in view.board.cards()] == ["Beta"]


def test_enter_on_a_card_opens_the_deal(
    qtbot: QtBot, view: PipelineView, deals: dict[str, int]
) -> None:
    lead = cards_of(view, "Lead")
    lead.setFocus()
    lead.setCurrentRow(titles(lead).index("Beta"))

    qtbot.keyClick(lead, Qt.Key.Key_Return)

    assert view.dialog is not None and view.dialog.title.text() == "Beta"


def test_dropping_on_a_column_header_moves_the_deal(
    qtbot: QtBot, view: PipelineView, deals: dict[str, int]
) -> None:
    column = view.board.column_for(stage_id(default_pipeline(view.state.db), "Qualified"))
    assert column is not None
    mime = card_mime(cards_of(view, "Lead"), "Alpha")
    where = QPointF(column.name_label.geometry().center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    QApplication.sendEvent(
        column, QDragEnterEvent(where.toPoint(), Qt.DropAction.MoveAction, mime, buttons, keys)
    )
    QApplication.sendEvent(column, QDropEvent(where, Qt.DropAction.MoveAction, mime, buttons, keys))

    qtbot.waitUntil(lambda: get_deal(view.state.db, deals["alpha"]).stage == "Qualified")


def test_a_full_column_says_how_many_more_deals_it_holds(
    view: PipelineView, deals: dict[str, int]
) -> None:
    view.cards_per_stage = 1

    view.reload()

    column = view.board.column_for(stage_id(default_pipeline(view.state.db), "Lead"))
    assert column is not None and column.count() == 1
    assert column.more_label.isVisible() and column.more_label.text().startswith("+1 more")


def test_deleting_a_card_offers_undo(
    qtbot: QtBot, view: PipelineView, deals: dict[str, int]
) -> None:
    card = next(c for c in view.board.cards() if c.row.title == "Beta")

    with qtbot.waitSignal(view.state.undo_offered) as offered:
        view.delete_deal(card)
    assert "Beta" not in titles(cards_of(view, "Lead"))
    offered.args[1]()

    assert "Beta" in titles(cards_of(view, "Lead"))


# -- the deal form -----------------------------------------------------------------------


def test_new_deal_form_stores_the_deal(qtbot: QtBot, view: PipelineView) -> None:
    dialog = view.new_deal()

    qtbot.keyClicks(dialog.title, "Fiber rollout")
    qtbot.keyClicks(dialog.value, "1.234,50")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    (deal,) = list_deals(view.state.db)
    assert (deal.title, deal.value_minor, deal.currency, deal.stage) == (
        "Fiber rollout",
        123450,
        "EUR",
        "Lead",
    )
    assert "Fiber rollout" in titles(cards_of(view, "Lead"))


def test_bad_value_shows_a_message_next_to_the_value_and_stores_nothing(
    qtbot: QtBot, view: PipelineView
) -> None:
    dialog = view.new_deal()

    qtbot.keyClicks(dialog.title, "Fiber rollout")
    qtbot.keyClicks(dialog.value, "12,3,4")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    message = dialog.findChild(QLabel, "error_value")
    assert message is not None and "not an amount" in message.text() and message.isVisible()
    assert dialog.isVisible() and dialog.title.text() == "Fiber rollout"
    assert list_deals(view.state.db) == []


# The completion popup opens; the offscreen platform cannot raise it or grab keys.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_company_typed_out_in_full_is_picked(qtbot: QtBot, view: PipelineView) -> None:
    acme = create_company(view.state.db, CompanyDraft(name="Acme Industrie"))
    dialog = view.new_deal()

    qtbot.keyClicks(dialog.title, "Racks")
    qtbot.keyClicks(dialog.company, "Acme Industrie")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    (deal,) = list_deals(view.state.db)
    assert (deal.company_id, deal.company) == (acme.id, "Acme Industrie")


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_company_that_was_not_picked_is_refused(qtbot: QtBot, view: PipelineView) -> None:
    dialog = view.new_deal()

    qtbot.keyClicks(dialog.title, "Racks")
    qtbot.keyClicks(dialog.company, "Nobody Knows Srl")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    message = dialog.findChild(QLabel, "error_company")
    assert message is not None and message.isVisible()
    assert list_deals(view.state.db) == []


def test_editing_a_deal_saves_it(qtbot: QtBot, view: PipelineView, deals: dict[str, int]) -> None:
    dialog = view.open_deal(deals["alpha"])
    assert dialog is not None

    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Alpha renewal")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    deal = get_deal(view.state.db, deals["alpha"])
    assert (deal.title, deal.value_minor) == ("Alpha renewal", 100_000)


def test_deal_dialog_shows_the_stage_history(view: PipelineView, deals: dict[str, int]) -> None:
    dialog = view.open_deal(deals["gamma"])
    assert dialog is not None

    rows = [dialog.stages.topLevelItem(i).text(1) for i in range(dialog.stages.topLevelItemCount())]

    assert rows == ["Lead", "Lead → Proposal"]


def test_lost_button_in_the_dialog_closes_the_deal(
    qtbot: QtBot, view: PipelineView, deals: dict[str, int]
) -> None:
    view.ask_lost_reason = lambda _title: "Went with a competitor"
    dialog = view.open_deal(deals["alpha"])
    assert isinstance(dialog, DealDialog) and dialog.lost_button is not None

    qtbot.mouseClick(dialog.lost_button, Qt.MouseButton.LeftButton)

    deal = get_deal(view.state.db, deals["alpha"])
    assert (deal.status, deal.lost_reason) == ("lost", "Went with a competitor")
    assert not dialog.isVisible()


def test_open_record_selects_the_card_and_opens_the_deal(
    view: PipelineView, deals: dict[str, int]
) -> None:
    view.open_record(deals["gamma"])

    current = view.board.current_card()
    assert current is not None and current.row.id == DealId(deals["gamma"])
    assert view.dialog is not None and view.dialog.title.text() == "Gamma"


def test_save_button_is_the_default_so_enter_saves(view: PipelineView) -> None:
    dialog = view.new_deal()

    buttons = dialog.findChild(QDialogButtonBox)

    assert buttons is not None and dialog.save_button is not None and dialog.save_button.isDefault()


# -- the list ----------------------------------------------------------------------------


def test_list_model_passes_the_model_tester(
    qtmodeltester: ModelTester, demo_state: AppState
) -> None:
    model = DealTableModel(demo_state)
    model.set_filter(DealFilter(pipeline_id=default_pipeline(demo_state.db).id))

    qtmodeltester.check(model)

    assert model.rowCount() > 0


def test_list_view_shows_the_filtered_deals(view: PipelineView, deals: dict[str, int]) -> None:
    box = view.filters.owner_box
    box.setCurrentIndex(box.findData(deals["anna"]))

    view.set_mode(LIST)

    model = view.list.model
    assert [model.deal_at(r).title for r in range(model.rowCount())] == ["Beta"]


def test_list_sorts_through_the_service(view: PipelineView, deals: dict[str, int]) -> None:
    view.set_mode(LIST)

    view.list.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # value

    model = view.list.model
    assert [model.deal_at(r).title for r in range(model.rowCount())] == ["Alpha", "Beta", "Gamma"]


def test_layout_remembers_list_mode_and_pipeline(qtbot: QtBot, state: AppState) -> None:
    other = create_pipeline(
        state.db, "Renewals", [StageDraft("Asked", 20), StageDraft("Signed", 100, "won")]
    )
    settings = app_settings()
    first = PipelineView(state)
    qtbot.addWidget(first)
    first.reload()
    first.filters.set_pipeline(other.id)
    first.set_mode(LIST)
    first.save_layout(settings)

    second = PipelineView(state)
    qtbot.addWidget(second)
    second.restore_layout(settings)

    assert (second.mode(), second.filters.pipeline_id()) == (LIST, other.id)


@pytest.mark.parametrize(
    ("period", "on", "expected"),
    [
        ("this_month", date(2026, 2, 10), ("2026-02-01", "2026-02-28")),
        ("next_month", date(2026, 12, 5), ("2027-01-01", "2027-01-31")),
        ("this_quarter", date(2026, 11, 24), ("2026-10-01", "2026-12-31")),
        ("overdue", date(2026, 11, 24), (None, "2026-11-23")),
        ("any", date(2026, 11, 24), (None, None)),
    ],
)
def test_close_periods_mean_these_dates(
    period: str, on: date, expected: tuple[str | None, str | None]
) -> None:
    assert close_range(period, on) == expected


# -- how it looks ------------------------------------------------------------------------


def test_screenshot_of_the_board_on_demo_data(
    qtbot: QtBot, demo_state: AppState, tmp_path: Path
) -> None:
    window = MainWindow(demo_state)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    view = window.show_view("pipeline")
    assert isinstance(view, PipelineView)
    board = view.board.inner
    qtbot.waitUntil(lambda: board.width() >= board.minimumSizeHint().width())
    path = Path(os.environ.get("CRM_SCREENSHOTS", tmp_path)) / "pipeline.png"
    path.parent.mkdir(parents=True, exist_ok=True)

    assert window.grab().save(str(path))

    image = QImage(str(path))
    assert path.exists() and not image.isNull()
    assert (
        len(
            {
                image.pixel(x, y)
                for x in range(0, image.width(), 37)
                for y in range(0, image.height(), 29)
            }
        )
        > 8
    )

"""Smart lists in the GUI: the side bar's live counts, opening one, the filter builder."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.domain.saved_views import Condition
from crm_desktop.domain.tickets import TicketDraft
from crm_desktop.services.contacts import create_contact, update_contact
from crm_desktop.services.deals import create_deal
from crm_desktop.services.saved_views import create_saved_view, list_saved_views
from crm_desktop.services.tickets import create_ticket, update_ticket
from crm_desktop.ui.contacts.view import ContactsView
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pipeline.view import PipelineView
from crm_desktop.ui.smart_lists import panel as panel_module
from crm_desktop.ui.smart_lists.dialog import SmartListDialog
from crm_desktop.ui.smart_lists.panel import SmartListsPanel
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tickets.view import TicketsView


@pytest.fixture
def people(state: AppState) -> dict[str, int]:
    made = {}
    for first, city in (("Anna", "Milano"), ("Bruno", "Roma"), ("Carla", "Milano")):
        made[first] = create_contact(
            state.db, ContactDraft(first_name=first, last_name="Test", city=city)
        ).id
    return made


def panel_with_counts(qtbot: QtBot, state: AppState) -> SmartListsPanel:
    panel = SmartListsPanel(state)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: bool(panel.counts) or not panel.views)
    return panel


def count_shown(panel: SmartListsPanel, view_id: int) -> str:
    item = panel.item_of(view_id)
    assert item is not None
    return item.text(1)


def test_side_bar_lists_views_under_their_kind_with_counts(
    qtbot: QtBot, state: AppState, people: dict[str, int]
) -> None:
    milan = create_saved_view(state.db, "Milan", "contacts", [Condition("city", "eq", "Milano")])
    create_ticket(state.db, TicketDraft(subject="Broken", priority="urgent"))
    urgent = create_saved_view(
        state.db, "Urgent", "tickets", [Condition("priority", "eq", "urgent")]
    )
    panel = panel_with_counts(qtbot, state)
    groups = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert groups == ["Contacts", "Tickets"]
    assert (count_shown(panel, milan.id), count_shown(panel, urgent.id)) == ("2", "1")


def test_count_follows_an_edit_after_the_pause(
    qtbot: QtBot, state: AppState, people: dict[str, int]
) -> None:
    milan = create_saved_view(state.db, "Milan", "contacts", [Condition("city", "eq", "Milano")])
    panel = panel_with_counts(qtbot, state)
    with qtbot.waitSignal(panel.counts_shown, timeout=5000):
        update_contact(state.db, people["Bruno"], {"city": "Milano"})
    assert count_shown(panel, milan.id) == "3"


def test_new_view_appears_and_a_deleted_one_goes(
    qtbot: QtBot, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = panel_with_counts(qtbot, state)
    assert panel.empty.isVisibleTo(panel)
    view = create_saved_view(state.db, "All", "contacts", [])
    assert panel.item_of(view.id) is not None
    monkeypatch.setattr(panel_module, "ask_delete", lambda _parent, _name: True)
    panel.delete_view(view)
    assert panel.item_of(view.id) is None


def test_clicking_a_view_opens_the_contacts_list_narrowed_by_it(
    qtbot: QtBot, state: AppState, people: dict[str, int]
) -> None:
    milan = create_saved_view(state.db, "Milan", "contacts", [Condition("city", "eq", "Milano")])
    window = MainWindow(state)
    qtbot.addWidget(window)
    item = window.smart_lists.item_of(milan.id)
    assert item is not None
    with qtbot.waitSignal(window.smart_lists.view_chosen):
        window.smart_lists.tree.itemClicked.emit(item, 0)
    view = window.current_view()
    assert isinstance(view, ContactsView)
    assert view.model.total == 2
    assert view.filters.saved_view.isVisibleTo(view)
    view.filters.saved_view.close_button.click()
    assert view.model.total == 3


def test_builder_shows_the_live_count_and_saves(
    qtbot: QtBot, state: AppState, people: dict[str, int]
) -> None:
    dialog = SmartListDialog(state)
    qtbot.addWidget(dialog)
    row = dialog.rows[0]
    row.field.setCurrentIndex(row.field.findData("city"))
    row.op.setCurrentIndex(row.op.findData("eq"))
    with qtbot.waitSignal(dialog.count_shown, timeout=5000) as shown:
        row.value.setText("Milano")
    assert shown.args == ["2 contacts match now"]
    dialog.name.setText("Milan")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert saved.args[0].conditions == (Condition("city", "eq", "Milano"),)
    assert [v.name for v in list_saved_views(state.db)] == ["Milan"]


def test_builder_shows_each_problem_beside_its_condition(qtbot: QtBot, state: AppState) -> None:
    dialog = SmartListDialog(state)
    qtbot.addWidget(dialog)
    row = dialog.rows[0]
    row.field.setCurrentIndex(row.field.findData("created_at"))
    row.op.setCurrentIndex(row.op.findData("after"))
    row.value.setText("last week")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert row.error.text() == "Created: 'last week' is not a date as YYYY-MM-DD"
    assert dialog.name_error.text() == "a name is required"
    assert list_saved_views(state.db) == []


def test_editing_a_view_starts_from_its_conditions(
    qtbot: QtBot, state: AppState, people: dict[str, int]
) -> None:
    view = create_saved_view(
        state.db,
        "Spring",
        "contacts",
        [Condition("created_at", "between", ("2024-03-01", "2024-05-31"))],
        "any",
    )
    dialog = SmartListDialog(state, view)
    qtbot.addWidget(dialog)
    row = dialog.rows[0]
    assert (row.value.text(), row.value2.text()) == ("2024-03-01", "2024-05-31")
    assert dialog.match.currentData() == "any"
    assert not dialog.entity.isEnabled()
    assert row.condition() == Condition("created_at", "between", ("2024-03-01", "2024-05-31"))


def test_choice_fields_offer_their_values(qtbot: QtBot, state: AppState) -> None:
    dialog = SmartListDialog(state)
    qtbot.addWidget(dialog)
    row = dialog.rows[0]
    row.field.setCurrentIndex(row.field.findData("lifecycle_stage"))
    values = [row.choice.itemData(i) for i in range(row.choice.count())]
    shown = [row.choice.itemText(i) for i in range(row.choice.count())]
    assert values == ["lead", "prospect", "customer", "former"]
    assert shown == ["Lead", "Prospect", "Customer", "Former customer"]
    row.choice.setCurrentIndex(3)
    assert row.condition().value == "former"
    assert row.choice.isVisibleTo(row) and not row.value.isVisibleTo(row)


def test_exporting_a_smart_list_writes_every_record_in_it(
    qtbot: QtBot, state: AppState, people: dict[str, int], tmp_path: Path
) -> None:
    milan = create_saved_view(state.db, "Milan", "contacts", [Condition("city", "eq", "Milano")])
    window = MainWindow(state)
    qtbot.addWidget(window)
    contacts = window.views["contacts"]
    assert isinstance(contacts, ContactsView)
    target = tmp_path / "milan.csv"
    contacts.bulk.ask_export_path = lambda _count: target  # type: ignore[method-assign]
    with qtbot.waitSignal(contacts.bulk.exported, timeout=10000) as done:
        window.export_saved_view(milan)
    assert done.args == [str(target), 2]
    text = target.read_text(encoding="utf-8")
    assert "Anna" in text and "Carla" in text and "Bruno" not in text


def test_every_kind_of_smart_list_offers_export_in_its_menu(qtbot: QtBot, state: AppState) -> None:
    views = [
        create_saved_view(
            state.db, entity, entity, [Condition("created_at", "after", "2000-01-01")]
        )
        for entity in ("contacts", "companies", "deals", "tickets")
    ]
    panel = panel_with_counts(qtbot, state)
    for view in views:
        menu = panel.menu_for(view)
        texts = [a.text() for a in menu.actions()]
        assert "E&xport…" in texts, view.entity


def test_exporting_a_ticket_smart_list_writes_exactly_its_tickets(
    qtbot: QtBot, state: AppState, tmp_path: Path
) -> None:
    create_ticket(state.db, TicketDraft(subject="Broken", priority="urgent"))
    create_ticket(state.db, TicketDraft(subject="Slow", priority="low"))
    closed = create_ticket(state.db, TicketDraft(subject="Old fire", priority="urgent"))
    update_ticket(state.db, closed.id, {"status": "closed"})
    urgent = create_saved_view(
        state.db, "Urgent", "tickets", [Condition("priority", "eq", "urgent")]
    )
    window = MainWindow(state)
    qtbot.addWidget(window)
    tickets = window.views["tickets"]
    assert isinstance(tickets, TicketsView)
    target = tmp_path / "urgent.csv"
    tickets.list_export.ask_path = lambda: target
    with qtbot.waitSignal(tickets.list_export.exported, timeout=10000) as done:
        window.export_saved_view(urgent)
    assert done.args == [str(target), 2]
    text = target.read_text(encoding="utf-8-sig")
    assert "Broken" in text and "Old fire" in text and "Slow" not in text


def test_exporting_a_deal_smart_list_writes_exactly_its_deals(
    qtbot: QtBot, state: AppState, tmp_path: Path
) -> None:
    create_deal(state.db, DealDraft(title="Boiler", value_minor=500_00))
    create_deal(state.db, DealDraft(title="Pump", value_minor=50_00))
    big = create_saved_view(state.db, "Big", "deals", [Condition("value", "gt", 100)])
    window = MainWindow(state)
    qtbot.addWidget(window)
    pipeline = window.views["pipeline"]
    assert isinstance(pipeline, PipelineView)
    target = tmp_path / "big.csv"
    pipeline.list_export.ask_path = lambda: target
    with qtbot.waitSignal(pipeline.list_export.exported, timeout=10000) as done:
        window.export_saved_view(big)
    assert done.args == [str(target), 1]
    text = target.read_text(encoding="utf-8-sig")
    assert "Boiler" in text and "Pump" not in text

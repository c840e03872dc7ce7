"""Each record's History tab shows when, who, what, and every field's old -> new value."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.domain.tickets import TicketDraft
from crm_desktop.services.companies import update_company
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.deals import create_deal, update_deal
from crm_desktop.services.tickets import create_ticket, update_ticket
from crm_desktop.ui.companies.view import CompaniesView
from crm_desktop.ui.contacts.form import ContactForm
from crm_desktop.ui.contacts.view import ContactsView
from crm_desktop.ui.pipeline.view import PipelineView
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tickets.view import TicketsView
from tests.services.records import add_company


def newest(tree: QTreeWidget) -> tuple[str, list[list[str]]]:
    """The newest entry's action and its (field, old, new) rows."""
    item = tree.topLevelItem(0)
    rows = [[item.child(i).text(c) for c in range(3)] for i in range(item.childCount())]
    return item.text(2), rows


def test_an_edit_made_in_the_form_shows_in_the_contacts_history(
    qtbot: QtBot, state: AppState
) -> None:
    view = ContactsView(state)
    qtbot.addWidget(view)
    view.show()
    contact = create_contact(state.db, ContactDraft(first_name="Ada", job_title="CTO"))
    view.open_record(contact.id)
    view.edit_record(contact.id)
    form = view.findChild(ContactForm)
    assert form is not None
    form.job_title.clear()
    qtbot.keyClicks(form.job_title, "CFO")

    with qtbot.waitSignal(state.changed):
        qtbot.keyClick(form.job_title, Qt.Key.Key_Return)

    history = view.detail.history
    qtbot.waitUntil(lambda: history.topLevelItemCount() == 2)
    assert newest(history) == ("Changed", [["Job title", "CTO", "CFO"]])
    assert history.topLevelItem(0).text(1) == "tester"
    assert view.detail.tabs.tabText(1) == "History"


def test_company_history_shows_a_rename(qtbot: QtBot, state: AppState) -> None:
    view = CompaniesView(state)
    qtbot.addWidget(view)
    company_id = add_company(state.db, "ACME Srl")
    update_company(state.db, company_id, {"name": "ACME SpA"})

    view.open_record(company_id)

    assert newest(view.detail.history) == ("Changed", [["Name", "ACME Srl", "ACME SpA"]])


def test_ticket_history_shows_a_status_change(qtbot: QtBot, state: AppState) -> None:
    view = TicketsView(state)
    qtbot.addWidget(view)
    ticket = create_ticket(state.db, TicketDraft(subject="Printer jam", description="Help"))
    update_ticket(state.db, ticket.id, {"status": "pending"})

    view.open_record(ticket.id)

    action, rows = newest(view.detail.history)
    assert action == "Changed"
    assert ["Status", "new", "pending"] in rows


def test_deal_dialog_has_a_history_of_changes(qtbot: QtBot, state: AppState) -> None:
    view = PipelineView(state)
    qtbot.addWidget(view)
    deal = create_deal(state.db, DealDraft(title="Alpha"))
    update_deal(state.db, deal.id, {"title": "Alpha renewal"})

    dialog = view.open_deal(deal.id)

    assert dialog is not None
    assert newest(dialog.history) == ("Changed", [["Title", "Alpha", "Alpha renewal"]])

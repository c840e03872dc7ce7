"""The conflict dialog and the forms that open it when someone saved in between."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.domain.tickets import TicketDraft
from crm_desktop.services.conflicts import MINE, THEIRS, Choice, Conflict, find_conflict
from crm_desktop.services.contacts import create_contact, get_contact, update_contact
from crm_desktop.services.deals import create_deal, get_deal, update_deal
from crm_desktop.services.tickets import create_ticket, get_ticket, update_ticket
from crm_desktop.ui.contacts.form import ContactForm
from crm_desktop.ui.dialogs.conflict import ConflictDialog
from crm_desktop.ui.pipeline.deal_form import DealDialog
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tickets.detail import TicketDetail


def click(qtbot: QtBot, button: QRadioButton) -> None:
    """Click the radio button's circle (its middle may lie past the label's end)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


@pytest.fixture
def conflict(state: AppState) -> Conflict:
    contact = create_contact(state.db, ContactDraft(first_name="Ada", city="Roma"))
    update_contact(state.db, contact.id, {"city": "Torino", "notes": "VIP since May"})
    return find_conflict(
        state.db,
        "contact",
        contact.id,
        {"city": "Milano", "notes": "", "job_title": "CFO"},
        {"city": "Roma", "notes": "", "job_title": ""},
    )


def test_dialog_presets_my_edits_and_their_edits(qtbot: QtBot, conflict: Conflict) -> None:
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)

    assert dialog.choices() == {"city": MINE, "notes": THEIRS, "job_title": MINE}


def test_clicking_take_theirs_changes_the_choice_for_that_field_only(
    qtbot: QtBot, conflict: Conflict
) -> None:
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    dialog.show()

    click(qtbot, dialog.buttons_of["city"][THEIRS])

    assert dialog.choices() == {"city": THEIRS, "notes": THEIRS, "job_title": MINE}
    dialog.grab().save("/tmp/conflict-dialog.png")


def test_save_button_accepts_the_dialog(qtbot: QtBot, conflict: Conflict) -> None:
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    dialog.show()

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _answer_with(dialog_clicks: dict[str, Choice], qtbot: QtBot):  # type: ignore[no-untyped-def]
    """An ask_resolution that shows the real dialog and clicks the given choices."""

    def ask(conflict: Conflict) -> dict[str, Choice] | None:
        dialog = ConflictDialog(conflict)
        qtbot.addWidget(dialog)
        dialog.show()
        for field, choice in dialog_clicks.items():
            click(qtbot, dialog.buttons_of[field][choice])
        return dialog.choices()

    return ask


def _contact_form(qtbot: QtBot, state: AppState, contact_id: int) -> ContactForm:
    form = ContactForm(state, contact_id)
    qtbot.addWidget(form)
    form.show()
    return form


def test_contact_form_saves_theirs_where_chosen_and_mine_elsewhere(
    qtbot: QtBot, state: AppState
) -> None:
    contact = create_contact(state.db, ContactDraft(first_name="Ada", city="Roma"))
    form = _contact_form(qtbot, state, contact.id)
    form.ask_resolution = _answer_with({"city": THEIRS}, qtbot)  # type: ignore[method-assign]
    update_contact(state.db, contact.id, {"city": "Torino"})  # a colleague
    form.address.city.setText("Milano")
    qtbot.keyClicks(form.job_title, "CFO")

    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    stored = get_contact(state.db, contact.id)
    assert (stored.city, stored.job_title, stored.version) == ("Torino", "CFO", 3)


def test_cancelling_the_conflict_keeps_the_form_open_with_what_was_typed(
    qtbot: QtBot, state: AppState
) -> None:
    contact = create_contact(state.db, ContactDraft(first_name="Ada"))
    form = _contact_form(qtbot, state, contact.id)
    form.ask_resolution = lambda conflict: None  # type: ignore[method-assign]
    update_contact(state.db, contact.id, {"job_title": "Boss"})
    qtbot.keyClicks(form.last_name, "Rossi")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.isVisible()
    assert form.last_name.text() == "Rossi"
    assert get_contact(state.db, contact.id).last_name == ""
    assert "someone else" in form.general.text()


def test_deal_dialog_asks_per_field_and_saves_against_the_new_version(
    qtbot: QtBot, state: AppState
) -> None:
    deal = create_deal(state.db, DealDraft("Alpha", value_minor=100_000))
    dialog = DealDialog(state, deal)
    qtbot.addWidget(dialog)
    asked: list[Conflict] = []
    dialog.ask_resolution = lambda c: asked.append(c) or c.suggested_choices()  # type: ignore[method-assign]
    update_deal(state.db, deal.id, {"notes": "their note"})
    dialog.title.setText("Alpha renewal")

    dialog.save()

    stored = get_deal(state.db, deal.id)
    assert [f.field for f in asked[0].fields] == ["title", "notes"]
    assert (stored.title, stored.notes, stored.version) == ("Alpha renewal", "their note", 3)


def test_ticket_status_change_over_a_colleagues_edit_asks_first(
    qtbot: QtBot, state: AppState
) -> None:
    ticket = create_ticket(state.db, TicketDraft(subject="Printer"))
    detail = TicketDetail(state)
    qtbot.addWidget(detail)
    detail.show_ticket(ticket.id)
    asked: list[Conflict] = []
    detail.ask_resolution = lambda c: asked.append(c) or {"priority": THEIRS}  # type: ignore[method-assign]
    update_ticket(state.db, ticket.id, {"priority": "urgent"})  # a colleague

    detail.priority.setCurrentIndex(detail.priority.findData("low"))
    detail._save("priority", "low")

    assert [(f.mine, f.theirs) for f in asked[0].fields] == [("low", "urgent")]
    assert get_ticket(state.db, ticket.id).priority == "urgent"
    assert detail.priority.currentData() == "urgent"

"""The Trash view: lists what was deleted, restores it, purges it after asking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.services.companies import delete_company
from crm_desktop.services.contacts import delete_contact, get_contact
from crm_desktop.ui.state import AppState
from crm_desktop.ui.trash.view import TrashView
from tests.services.records import add_company, add_contact


@pytest.fixture
def view(qtbot: QtBot, state: AppState) -> TrashView:
    widget = TrashView(state)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    return widget


def names(view: TrashView) -> list[str]:
    return [view.list.topLevelItem(i).text(1) for i in range(view.list.topLevelItemCount())]


def select(view: TrashView, name: str) -> None:
    for i in range(view.list.topLevelItemCount()):
        item = view.list.topLevelItem(i)
        item.setSelected(item.text(1) == name)


def test_a_deleted_record_appears_in_the_trash(
    qtbot: QtBot, view: TrashView, state: AppState
) -> None:
    contact_id = add_contact(state.db, "Giulia", "Rossi")

    delete_contact(state.db, contact_id)

    qtbot.waitUntil(lambda: names(view) == ["Giulia Rossi"])
    assert view.list.topLevelItem(0).text(0) == "Contact"
    assert view.list.topLevelItem(0).text(3) == "tester"


def test_the_kind_filter_narrows_the_list(qtbot: QtBot, view: TrashView, state: AppState) -> None:
    delete_contact(state.db, add_contact(state.db, "Giulia", "Rossi"))
    delete_company(state.db, add_company(state.db, "ACME Srl"))
    qtbot.waitUntil(lambda: len(names(view)) == 2)

    view.kind.setCurrentIndex(view.kind.findData("company"))

    assert names(view) == ["ACME Srl"]


def test_restore_brings_the_record_back(qtbot: QtBot, view: TrashView, state: AppState) -> None:
    contact_id = add_contact(state.db, "Giulia", "Rossi")
    delete_contact(state.db, contact_id)
    qtbot.waitUntil(lambda: names(view) == ["Giulia Rossi"])
    select(view, "Giulia Rossi")

    with qtbot.waitSignal(state.changed):
        qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)

    assert get_contact(state.db, contact_id).deleted_at is None
    assert names(view) == []


def test_purge_asks_first_and_does_nothing_when_declined(
    qtbot: QtBot, view: TrashView, state: AppState
) -> None:
    delete_contact(state.db, add_contact(state.db, "Giulia", "Rossi"))
    qtbot.waitUntil(lambda: names(view) == ["Giulia Rossi"])
    asked: list[list[str]] = []
    view.ask_purge = lambda shown: asked.append(shown) is not None
    select(view, "Giulia Rossi")

    qtbot.mouseClick(view.purge_button, Qt.MouseButton.LeftButton)

    assert asked == [["Giulia Rossi"]]
    assert state.db.scalar("SELECT count(*) FROM contacts") == 1


def test_purge_deletes_for_good_once_confirmed(
    qtbot: QtBot, view: TrashView, state: AppState
) -> None:
    delete_contact(state.db, add_contact(state.db, "Giulia", "Rossi"))
    qtbot.waitUntil(lambda: names(view) == ["Giulia Rossi"])
    view.ask_purge = lambda _names: True
    select(view, "Giulia Rossi")

    with qtbot.waitSignal(state.changed):
        qtbot.mouseClick(view.purge_button, Qt.MouseButton.LeftButton)

    assert state.db.scalar("SELECT count(*) FROM contacts") == 0
    assert names(view) == []

"""The window keeps answering while bulk jobs write, and refreshes read only what changed."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.services.contact_lists import count_contacts
from crm_desktop.services.contacts import create_contact, create_contacts, update_contact
from crm_desktop.services.tags import tags_for
from crm_desktop.ui.companies.view import CompaniesView
from crm_desktop.ui.contacts.view import ContactsView
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.bulk import Chosen
from crm_desktop.ui.widgets.lazy_table_model import BATCH


def _people(state: AppState, n: int) -> list[int]:
    drafts = [
        ContactDraft(first_name=f"Name{i:05d}", last_name=f"Surname{i:05d}") for i in range(n)
    ]
    return [int(i) for i in create_contacts(state.db, drafts)]


@pytest.fixture
def view(qtbot: QtBot, state: AppState) -> ContactsView:
    widget = ContactsView(state)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _load_all(view: ContactsView) -> None:
    while view.model.canFetchMore():
        view.model.fetchMore()


def test_bulk_tag_over_thousands_of_contacts_keeps_the_event_loop_running(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    ids = _people(state, 3000)
    companies = CompaniesView(state)  # a second view hearing every change, as in the window
    qtbot.addWidget(companies)
    view.reload()
    view.bulk.ask_tag_name = lambda count: "fiera"  # type: ignore[method-assign]
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heard: list[Changes] = []
    state.changed.connect(heard.append)
    heartbeat.start()
    started = time.perf_counter()

    with qtbot.waitSignal(view.bulk.finished, timeout=60000):
        view.bulk.add_tag(Chosen(len(ids), reader=lambda: list(ids)))
    beats.append(time.perf_counter())
    heartbeat.stop()

    # The event loop kept running while the job worked (how long each stall
    # lasted is a speed figure: that belongs in bench/, not in a unit test).
    assert len(beats) > 2
    # Six chunks, but the views heard of them at most every 300 ms and once at the end.
    assert len(heard) <= 1 + int((beats[-1] - started) / 0.3), len(heard)
    assert tags_for(state.db, "contact", ids[-1]) == ["fiera"]


def test_a_bulk_job_ends_with_the_views_up_to_date(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    ids = _people(state, 1200)
    view.reload()
    view.bulk.ask_tag_name = lambda count: "fiera"  # type: ignore[method-assign]

    with qtbot.waitSignal(view.bulk.finished, timeout=60000):
        view.bulk.add_tag(Chosen(len(ids), reader=lambda: list(ids)))

    assert view.filters.tag.findData("fiera") > 0  # the new tag is offered as a filter


def test_held_changes_reach_the_views_once_merged_on_release(state: AppState) -> None:
    heard: list[Changes] = []
    state.changed.connect(heard.append)
    state.hold()
    first = create_contact(state.db, ContactDraft(last_name="Rossi")).id
    second = create_contact(state.db, ContactDraft(last_name="Bianchi")).id
    assert heard == []
    state.release()
    assert len(heard) == 1
    assert heard[0].created["contacts"] == {first, second}


def test_tagging_records_does_not_refill_the_tag_filter(
    view: ContactsView, state: AppState
) -> None:
    ids = _people(state, 3)
    view.filters.tag.fill(["stale"])  # a refill would replace it with the real names
    view.bulk.ask_tag_name = lambda count: "fiera"  # type: ignore[method-assign]
    view.bulk.add_tag(ids[:1])  # creates the tag: the names change
    assert view.filters.tag.findData("fiera") > 0
    view.filters.tag.fill(["stale"])
    view.bulk.add_tag(ids[1:])  # only taggings: the names stay the same
    assert view.filters.tag.findData("stale") > 0


def test_editing_one_contact_rereads_only_its_row_after_a_long_scroll(
    view: ContactsView, state: AppState
) -> None:
    ids = _people(state, 2000)
    view.reload()
    _load_all(view)
    assert view.model.rowCount() == 2000

    update_contact(state.db, ids[1500], {"first_name": "Renamed"})

    assert view.model.refreshed_rows == 1
    assert view.model.rowCount() == 2000  # nothing dropped, nothing moved
    assert view.model.row_at(1500).first_name == "Renamed"


def test_a_new_contact_rereads_the_pages_in_view_not_every_loaded_row(
    qtmodeltester: ModelTester, view: ContactsView, state: AppState
) -> None:
    _people(state, 2000)
    view.reload()
    _load_all(view)
    view.table.scrollToTop()

    create_contact(state.db, ContactDraft(first_name="Aaron", last_name="Aardvark"))

    assert view.model.refreshed_rows == BATCH
    assert view.model.row_at(0).last_name == "Aardvark"
    assert view.model.total == count_contacts(state.db) == 2001
    assert view.model.rowCount() == BATCH  # the rows past the view come back on scrolling
    qtmodeltester.check(view.model)

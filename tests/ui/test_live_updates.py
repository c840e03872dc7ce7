"""Colleagues on one file: their edits reach open views, their names the status bar."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.services.contacts import create_contact, create_contacts, update_contact
from crm_desktop.services.files import open_crm_file
from crm_desktop.storage import sessions
from crm_desktop.storage.database import Database
from crm_desktop.storage.locking import lock_path_of
from crm_desktop.storage.modes import StorageMode
from crm_desktop.ui.contacts.view import ContactsView
from crm_desktop.ui.live_updates import LiveUpdates
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.state import AppState
from tests.ui.record_lists import click_row, shown_ids


@pytest.fixture
def shared_state(tmp_path: Path) -> Iterator[AppState]:
    db = open_crm_file(tmp_path / "office.sqlite3", user="tester", mode=StorageMode.SHARED)
    app_state = AppState(db)
    yield app_state
    app_state.db.close()


@pytest.fixture
def colleague(shared_state: AppState) -> Iterator[Database]:
    """Anna, another client of the same file (a second connection, as another app would be)."""
    other = open_crm_file(shared_state.db.path, user="anna")
    yield other
    other.close()


def test_colleagues_edit_shows_in_the_open_list_keeping_selection_and_scroll(
    qtbot: QtBot, shared_state: AppState, colleague: Database
) -> None:
    ids = create_contacts(
        colleague, [ContactDraft(first_name=f"Person {n:03}") for n in range(300)]
    )
    view = ContactsView(shared_state)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    live = LiveUpdates(shared_state, view)
    qtbot.waitUntil(lambda: len(shown_ids(view)) > 50)
    view.table.verticalScrollBar().setValue(view.table.verticalScrollBar().maximum() // 2)
    scroll = view.table.verticalScrollBar().value()
    row = view.table.rowAt(view.table.viewport().height() // 2)
    click_row(qtbot, view, row)
    chosen = view.current_id()
    assert chosen is not None

    contact = next(i for i in ids if i == chosen)
    update_contact(colleague, contact, {"city": "Annaville"})

    def shows_change() -> None:
        place = shown_ids(view).index(chosen)
        assert view.model.row_at(place).city == "Annaville"

    qtbot.waitUntil(shows_change, timeout=2500)
    assert view.current_id() == chosen
    assert view.table.verticalScrollBar().value() == scroll
    live.stop()


def test_status_bar_names_who_else_has_the_file_open(
    qtbot: QtBot, shared_state: AppState, colleague: Database
) -> None:
    window = MainWindow(shared_state)
    qtbot.addWidget(window)
    window.live.poll_timer.setInterval(50)

    sessions.register(colleague)

    qtbot.waitUntil(
        lambda: window.presence_label.text().startswith("Also open: anna@"), timeout=3000
    )
    window.live.stop()


def test_closing_the_window_removes_its_session(qtbot: QtBot, shared_state: AppState) -> None:
    window = MainWindow(shared_state)
    qtbot.addWidget(window)
    assert len(sessions.others(shared_state.db, None)) == 1

    window.close()

    assert sessions.others(shared_state.db, None) == []


def test_write_waiting_for_a_busy_file_shows_who_and_keeps_painting(
    qtbot: QtBot, shared_state: AppState
) -> None:
    window = MainWindow(shared_state)
    qtbot.addWidget(window)
    lock = lock_path_of(shared_state.db.path)
    owner = {"user": "anna", "host": "pc-2", "pid": os.getpid(), "since": "", "token": "t"}
    lock.write_text(json.dumps(owner))
    seen: list[str] = []

    def look_then_free() -> None:
        dialog = window.live.busy_dialog.dialog
        seen.append(dialog.labelText() if dialog is not None else "")
        lock.unlink()

    QTimer.singleShot(700, look_then_free)  # runs only if the wait keeps the loop turning
    created = create_contact(shared_state.db, ContactDraft(first_name="Ada"))

    assert created.id > 0
    assert seen and "in use by anna@pc-2" in seen[0]
    qtbot.waitUntil(lambda: window.live.busy_dialog.dialog is None)
    window.live.stop()


def test_mode_option_of_the_desktop_app_opens_the_file_shared(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.storage.modes import MODE_ENV
    from crm_desktop.ui import app

    monkeypatch.setenv(MODE_ENV, "auto")  # restored after the test: start() sets it
    monkeypatch.setattr(app, "ask_start_with_demo", lambda _window: False)
    path = tmp_path / "office.sqlite3"

    window = app.start(["--db", str(path), "--mode", "shared"])
    assert window is not None
    qtbot.addWidget(window)

    assert window.state.db.mode is StorageMode.SHARED
    window.close()
    window.state.db.close()

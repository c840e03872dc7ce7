from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.services.contacts import (
    create_contact,
    delete_contact,
    get_contact,
    restore_contact,
)
from crm_desktop.services.settings import get_settings
from crm_desktop.services.users import current_user
from crm_desktop.ui.dialogs.settings import SettingsDialog
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.preferences import app_settings, recent_files
from crm_desktop.ui.state import AppState


def _window(qtbot: QtBot, state: AppState) -> MainWindow:
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Shortcuts only reach the active window.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_title_shows_the_file_and_it_is_remembered(qtbot: QtBot, state: AppState) -> None:
    window = _window(qtbot, state)

    assert str(state.db.path) in window.windowTitle()
    assert recent_files(app_settings())[0] == str(state.db.path)


def test_side_bar_lists_the_seven_views_and_switches(qtbot: QtBot, state: AppState) -> None:
    window = _window(qtbot, state)

    assert list(window.views) == [
        "dashboard",
        "contacts",
        "companies",
        "pipeline",
        "tickets",
        "tasks",
        "customers",
        "trash",
    ]
    with qtbot.waitSignal(window.view_changed) as switched:
        qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)

    assert switched.args == ["tickets"]
    assert window.current_view().key == "tickets"


def test_ctrl_k_focuses_search_and_results_open_the_record(qtbot: QtBot, state: AppState) -> None:
    contact = create_contact(state.db, ContactDraft(first_name="Niccolò", last_name="Machiavelli"))
    window = _window(qtbot, state)
    opened: list[tuple[str, int]] = []
    window.search.result_chosen.connect(lambda kind, rid: opened.append((kind, rid)))

    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.hasFocus)
    with qtbot.waitSignal(window.search.results_shown) as shown:
        qtbot.keyClicks(window.search, "machia")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)

    assert shown.args[0] >= 1
    assert opened == [("contact", contact.id)]
    assert window.current_view().key == "contacts"


def test_search_says_when_nothing_matches(qtbot: QtBot, state: AppState) -> None:
    window = _window(qtbot, state)

    with qtbot.waitSignal(window.search.results_shown) as shown:
        qtbot.keyClicks(window.search, "zzqx")

    assert shown.args == [0]
    assert window.search.results.item(0).text() == "No matches"


def test_undo_in_the_status_bar_restores_a_deleted_contact(qtbot: QtBot, state: AppState) -> None:
    contact = create_contact(state.db, ContactDraft(first_name="Ada", last_name="Rossi"))
    window = _window(qtbot, state)
    delete_contact(state.db, contact.id)

    state.offer_undo("Contact deleted.", lambda: restore_contact(state.db, contact.id))
    qtbot.waitUntil(window.undo_button.isVisible)
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)

    assert get_contact(state.db, contact.id).last_name == "Rossi"
    assert not window.undo_button.isVisible()


def test_window_size_is_remembered_between_runs(qtbot: QtBot, state: AppState) -> None:
    first = _window(qtbot, state)
    # The offscreen screen is only 800 px wide, so vary the height (Qt fits the
    # restored width to the screen).
    first.resize(first.width(), 655)
    first.show_view("pipeline")
    first.close()

    second = _window(qtbot, state)

    assert second.height() == 655
    assert second.current_view().key == "pipeline"


def test_settings_dialog_saves_business_settings_and_my_name(qtbot: QtBot, state: AppState) -> None:
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    dialog.user_name.setText("Giulia Bianchi")
    dialog.company_name.setText("Bianchi Srl")
    dialog.region.setCurrentIndex(dialog.region.findData("SE"))
    dialog.currency.setCurrentText("sek")

    with qtbot.waitSignal(dialog.accepted):
        dialog.save()

    settings = get_settings(state.db)
    assert (settings.company_name, settings.default_region, settings.default_currency) == (
        "Bianchi Srl",
        "SE",
        "SEK",
    )
    assert current_user(state.db).name == "Giulia Bianchi"


def test_settings_dialog_sets_the_hours_each_ticket_priority_is_due_in(
    qtbot: QtBot, state: AppState
) -> None:
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    assert dialog.sla_hours["urgent"].value() == 4  # the defaults are shown
    dialog.sla_hours["urgent"].setValue(2)
    dialog.sla_hours["low"].setValue(120)

    with qtbot.waitSignal(dialog.accepted):
        dialog.save()

    assert get_settings(state.db).sla_hours == {"urgent": 2, "high": 8, "normal": 24, "low": 120}


def test_settings_dialog_shows_a_bad_currency_and_stays_open(qtbot: QtBot, state: AppState) -> None:
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    dialog.currency.setCurrentText("EURO")

    dialog.save()

    assert "currency" in dialog.errors.text()
    assert get_settings(state.db).default_currency == "EUR"
    assert dialog.result() == 0


def test_opening_a_file_that_is_not_ours_keeps_the_current_one(
    qtbot: QtBot, state: AppState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, state)
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    shown: list[BaseException] = []
    import crm_desktop.ui.main_window as main_window

    monkeypatch.setattr(main_window, "show_error", lambda _parent, error: shown.append(error))

    assert window.open_file(bad) is False
    assert "not an SQLite database" in str(shown[0])
    assert window.state.db.path == state.db.path
    assert bad.read_text() == "hello"


def test_undo_button_sits_beside_the_message_as_wide_as_its_text(
    qtbot: QtBot, state: AppState
) -> None:
    window = _window(qtbot, state)
    window.resize(1280, 800)

    state.offer_undo("Task done: Call Giulia", lambda: None)
    qtbot.waitUntil(window.undo_button.isVisible)

    assert window.undo_button.width() <= window.undo_button.sizeHint().width() + 8
    gap = window.undo_button.x() - window.status_label.geometry().right()
    assert gap < 40

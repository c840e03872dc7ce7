"""Backups, restores, checks on open and the read-only banner, from the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import DamagedFileError, StorageError
from crm_desktop.services.backups import back_up, list_backups
from crm_desktop.services.contact_lists import count_contacts
from crm_desktop.services.contacts import (
    create_contact,
    create_contacts,
    delete_contact,
    get_contact,
)
from crm_desktop.services.files import open_crm_file
from crm_desktop.ui.contacts.form import ContactForm
from crm_desktop.ui.dialogs.restore import RestoreDialog
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.state import AppState


@pytest.fixture
def window(qtbot: QtBot, state: AppState) -> Iterator[MainWindow]:
    main = MainWindow(state)
    qtbot.addWidget(main)
    main.show()
    yield main
    qtbot.waitUntil(lambda: main.safety.operation is None, timeout=60_000)


def test_opening_makes_a_backup_and_not_again_the_same_day(
    qtbot: QtBot, window: MainWindow
) -> None:
    with qtbot.waitSignal(window.safety.backed_up, timeout=60_000) as first:
        window.safety.check_on_open()
    with qtbot.waitSignal(window.safety.backed_up, timeout=60_000) as second:
        window.safety.check_on_open()

    assert first.args[0] is not None and second.args[0] is None
    assert len(list_backups(window.state.db)) == 1


def test_back_up_now_from_the_file_menu_adds_a_backup(qtbot: QtBot, window: MainWindow) -> None:
    action = next(
        a for a in window.menuBar().actions()[0].menu().actions() if "Back up" in a.text()
    )

    with qtbot.waitSignal(window.safety.backed_up, timeout=60_000):
        action.trigger()

    assert len(list_backups(window.state.db)) == 1


def test_restore_dialog_lists_backups_with_date_and_counts(
    qtbot: QtBot, window: MainWindow
) -> None:
    db = window.state.db
    create_contact(db, ContactDraft(first_name="Ada"))
    back_up(db)
    create_contact(db, ContactDraft(first_name="Bea"))
    back_up(db)

    dialog = RestoreDialog(window.state, window.safety, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab().save("/tmp/restore-dialog.png")

    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 2).text() for r in range(2)] == ["2", "1"]  # newest first
    assert dialog.restore_button.isEnabled()


def test_restoring_from_the_dialog_brings_back_a_deleted_contact(
    qtbot: QtBot, window: MainWindow
) -> None:
    db = window.state.db
    ada = create_contact(db, ContactDraft(first_name="Ada"))
    back_up(db)
    delete_contact(db, ada.id)
    dialog = RestoreDialog(window.state, window.safety, window)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda info: True  # type: ignore[method-assign]
    dialog.show()

    with qtbot.waitSignal(window.safety.restored, timeout=60_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert get_contact(db, ada.id).first_name == "Ada"
    assert "restored" in window.status_label.text()


def test_a_damaged_file_offers_the_newest_backup_and_restores_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    db = window.state.db
    create_contact(db, ContactDraft(first_name="Ada"))
    back_up(db)
    create_contacts(db, [ContactDraft(first_name=f"N{n}", notes="x" * 300) for n in range(2000)])
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with db.path.open("r+b") as handle:
        handle.seek(db.path.stat().st_size // 2 // 4096 * 4096)
        handle.write(b"\xff" * 4096 * 4)  # no valid page starts so
    offered: list[str] = []
    window.safety.ask_restore_damaged = (  # type: ignore[method-assign]
        lambda error, newest: offered.append(newest.made_at) or True
    )

    with (
        qtbot.waitSignal(window.safety.restored, timeout=60_000),
        qtbot.waitSignal(window.safety.checked, timeout=60_000) as checked,
    ):
        window.safety.check_on_open()

    assert isinstance(checked.args[0], DamagedFileError)
    assert len(offered) == 1
    assert count_contacts(db) == 1


def test_read_only_file_shows_the_banner(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    open_crm_file(path, user="tester").close()
    db = open_crm_file(path, read_only=True)
    state = AppState(db)
    main = MainWindow(state)
    qtbot.addWidget(main)
    main.show()
    main.grab().save("/tmp/read-only-window.png")

    assert main.safety.banner.isVisible()
    assert "read-only" in main.safety.banner.text()
    db.close()


def test_the_banner_is_hidden_for_a_writable_file(window: MainWindow) -> None:
    assert not window.safety.banner.isVisible()


# -- a save that fails keeps the edit -----------------------------------------------------------
def _fill_the_file(state: AppState) -> None:
    """SQLite's page limit makes the file "full" (a real small disk: tests/storage)."""
    db = state.db
    db.conn.execute(f"PRAGMA max_page_count = {int(db.scalar('PRAGMA page_count')) + 5}")
    with pytest.raises(StorageError):
        for batch in range(100):
            create_contacts(db, [ContactDraft(first_name=f"F{batch}-{n}") for n in range(100)])


def test_a_save_on_a_full_disk_keeps_the_form_open_with_the_typed_values(
    qtbot: QtBot, state: AppState
) -> None:
    ada = create_contact(state.db, ContactDraft(first_name="Ada"))
    form = ContactForm(state, ada.id)
    qtbot.addWidget(form)
    form.show()
    _fill_the_file(state)
    qtbot.keyClicks(form.last_name, "Rossi")
    form.notes.setPlainText("a long note " * 800)  # needs new pages

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    boxes = [w for w in form.findChildren(QMessageBox) if w.isVisible()]
    assert form.isVisible()
    assert form.last_name.text() == "Rossi"
    assert form.notes.toPlainText().startswith("a long note")
    assert "disk is full" in boxes[0].text() and "nothing was saved" in boxes[0].text()
    assert get_contact(state.db, ada.id).last_name == ""


def test_a_save_to_a_read_only_file_keeps_the_typed_values(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    writer = open_crm_file(path, user="tester")
    ada = create_contact(writer, ContactDraft(first_name="Ada"))
    writer.close()
    state = AppState(open_crm_file(path, read_only=True))
    form = ContactForm(state, ada.id)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.last_name, "Rossi")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    boxes = [w for w in form.findChildren(QMessageBox) if w.isVisible()]
    assert form.isVisible() and form.last_name.text() == "Rossi"
    assert "read-only" in boxes[0].text()
    state.db.close()

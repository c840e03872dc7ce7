"""How crm-desktop reads its command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.services.backups import back_up
from crm_desktop.services.contact_lists import list_contacts
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.files import open_crm_file
from crm_desktop.ui import app
from crm_desktop.ui.app import choose_path, parse_args


def test_a_file_given_by_position_is_opened_as_a_file_manager_passes_it(tmp_path: Path) -> None:
    wanted = tmp_path / "clients.sqlite3"

    args = parse_args([str(wanted)])

    assert choose_path(args) == wanted


def test_db_wins_over_a_file_given_by_position(tmp_path: Path) -> None:
    args = parse_args(["--db", str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")])

    assert choose_path(args) == tmp_path / "a.sqlite3"


def test_a_file_whose_start_was_overwritten_is_offered_its_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    path = tmp_path / "crm.sqlite3"
    db = open_crm_file(path, user="tester")
    create_contact(db, ContactDraft(first_name="Ada"))
    back_up(db)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    with path.open("r+b") as handle:
        handle.write(b"\x00" * 16)  # the SQLite header is gone
    offered: list[str] = []
    monkeypatch.setattr(
        app, "ask_restore_damaged", lambda _error, newest: offered.append(newest.path) or True
    )

    reopened = app.open_or_ask(path)

    assert reopened is not None and len(offered) == 1
    assert [c.first_name for c in list_contacts(reopened)] == ["Ada"]
    reopened.close()

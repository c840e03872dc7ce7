"""Backups of the open file through the services: make, list, restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.domain.companies import CompanyDraft
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import BackupError, ValidationError
from crm_desktop.services.backups import (
    back_up,
    back_up_if_due,
    backup_folder,
    check_backup,
    describe_backup,
    list_backups,
    restore_backup,
)
from crm_desktop.services.companies import create_company
from crm_desktop.services.contact_lists import list_contacts
from crm_desktop.services.contacts import create_contact, delete_contact
from crm_desktop.services.settings import update_settings
from crm_desktop.storage.database import Database


def test_backups_go_to_the_users_own_folder(db: Database, private_backups: Path) -> None:
    made = back_up(db)

    assert Path(made.path).parent == backup_folder(db)
    assert backup_folder(db).parent == private_backups


def test_listed_backups_tell_date_size_and_counts(db: Database) -> None:
    create_contact(db, ContactDraft(first_name="Ada"))
    create_company(db, CompanyDraft(name="Acme"))
    back_up(db)

    (info,) = list_backups(db)

    assert info.counts == {"contacts": 1, "companies": 1, "deals": 0, "tickets": 0}
    assert info.size_bytes > 0 and info.made_at.endswith("Z")


def test_automatic_backup_is_made_once_a_day(db: Database) -> None:
    first = back_up_if_due(db)
    second = back_up_if_due(db)

    assert first is not None and second is None
    assert len(list_backups(db)) == 1


def test_restore_brings_back_deleted_data(db: Database) -> None:
    ada = create_contact(db, ContactDraft(first_name="Ada"))
    saved = back_up(db)
    delete_contact(db, ada.id)

    restore_backup(db, Path(saved.path))

    assert [c.first_name for c in list_contacts(db)] == ["Ada"]


def test_restore_first_keeps_a_copy_of_the_current_state(db: Database) -> None:
    saved = back_up(db)
    create_contact(db, ContactDraft(first_name="Bea"))

    kept = restore_backup(db, Path(saved.path))

    assert describe_backup(kept).counts["contacts"] == 1
    assert list_contacts(db) == []


def test_restore_tells_listeners_that_everything_changed(db: Database) -> None:
    saved = back_up(db)
    heard = []
    db.subscribe(heard.append)

    restore_backup(db, Path(saved.path))

    assert heard and heard[0].touches("contacts", "deals", "tickets")


def test_a_file_that_is_not_a_backup_is_refused(db: Database, tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("hello")
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()

    with pytest.raises(BackupError, match="not an SQLite database"):
        restore_backup(db, text)
    with pytest.raises(BackupError, match="another program"):
        check_backup(other)


def test_a_damaged_backup_is_refused_and_nothing_changes(db: Database, tmp_path: Path) -> None:
    for n in range(300):
        create_contact(db, ContactDraft(first_name=f"N{n}", notes="x" * 200))
    saved = Path(back_up(db).path)
    data = bytearray(saved.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\xff" * 4096
    saved.write_bytes(bytes(data))

    with pytest.raises(BackupError, match="damaged"):
        restore_backup(db, saved)

    assert len(list_contacts(db, limit=1000)) == 300


def test_keep_days_is_a_business_setting_with_limits(db: Database) -> None:
    assert update_settings(db, backup_keep_days=30).backup_keep_days == 30
    with pytest.raises(ValidationError):
        update_settings(db, backup_keep_days=0)


def test_a_damaged_file_is_kept_aside_byte_for_byte_when_restored(db: Database) -> None:
    create_contact(db, ContactDraft(first_name="Ada"))
    saved = back_up(db)
    for n in range(2000):
        create_contact(db, ContactDraft(first_name=f"N{n}", notes="x" * 300))
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    middle = db.path.stat().st_size // 2 // 4096 * 4096
    with db.path.open("r+b") as handle:
        handle.seek(middle)
        handle.write(b"\xff" * 8192)
    damaged = db.path.read_bytes()

    kept = restore_backup(db, Path(saved.path))

    assert kept.name.startswith("damaged-") and kept.read_bytes() == damaged
    assert [c.first_name for c in list_contacts(db)] == ["Ada"]

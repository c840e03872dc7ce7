"""What the file layer tells users (busy, read-only, damaged, backups) speaks their language."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import BackupError, ReadOnlyError, StorageError
from crm_desktop.services.backups import check_backup
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.files import change_storage_mode, open_crm_file
from crm_desktop.storage import sessions
from crm_desktop.storage.database import file_failure
from crm_desktop.storage.locking import lock_path_of
from crm_desktop.storage.modes import StorageMode
from tests.translated import Speak

BUSY = (
    "{path}: the file is busy (in use by {name}); gave up after {seconds} s and nothing was saved"
)


def test_a_busy_shared_file_names_its_holder_in_italian(db_path: Path, speak: Speak) -> None:
    speak({("storage", BUSY): "{path}: il file è occupato da {name}; nulla è stato salvato"})
    db = open_crm_file(db_path, user="tester", mode=StorageMode.SHARED)
    owner = {"user": "anna", "host": "pc-2", "pid": os.getpid(), "since": "", "token": "x"}
    lock_path_of(db_path).write_text(json.dumps(owner))
    assert db.file_lock is not None
    db.file_lock.wait_seconds = 0.2

    with pytest.raises(StorageError) as caught:
        create_contact(db, ContactDraft(first_name="Ada"))
    lock_path_of(db_path).unlink()
    db.close()

    assert str(caught.value) == f"{db_path}: il file è occupato da anna@pc-2; nulla è stato salvato"


def test_a_read_only_file_refuses_changes_in_italian(db_path: Path, speak: Speak) -> None:
    open_crm_file(db_path, user="tester").close()
    speak(
        {
            (
                "storage",
                "{path} is read-only: changes cannot be saved "
                "(open a copy you can write to, or ask for write access to the file)",
            ): "{path} è di sola lettura: le modifiche non si possono salvare",
        }
    )
    db = open_crm_file(db_path, user="tester", read_only=True)

    with pytest.raises(ReadOnlyError) as caught:
        create_contact(db, ContactDraft(first_name="Ada"))
    db.close()

    assert str(caught.value) == f"{db_path} è di sola lettura: le modifiche non si possono salvare"


def test_a_full_disk_is_said_in_italian_keeping_sqlites_words(tmp_path: Path, speak: Speak) -> None:
    speak(
        {
            ("storage", "the disk is full"): "il disco è pieno",
            ("storage", "cannot open {path}: {reason}"): "impossibile aprire {path}: {reason}",
        }
    )
    path = tmp_path / "crm.sqlite3"

    error = file_failure(path, sqlite3.OperationalError("database or disk is full"))

    assert str(error) == f"impossibile aprire {path}: il disco è pieno (database or disk is full)"


def test_a_file_that_is_no_backup_is_refused_in_italian(tmp_path: Path, speak: Speak) -> None:
    speak(
        {
            ("backup", "{path} is not a valid crm-desktop backup: {reason}"): (
                "{path} non è un backup valido di crm-desktop: {reason}"
            ),
            ("backup", "it is not an SQLite database"): "non è un database SQLite",
        }
    )
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database at all, just some notes", encoding="utf-8")

    with pytest.raises(BackupError) as caught:
        check_backup(notes)

    assert (
        str(caught.value)
        == f"{notes} non è un backup valido di crm-desktop: non è un database SQLite"
    )


def test_a_mode_switch_refused_names_the_mode_and_who_in_italian(
    db_path: Path, speak: Speak
) -> None:
    speak(
        {
            ("storage", "shared", "storage mode"): "condivisa",
            (
                "storage",
                "cannot switch {path} to {mode} mode while it is open elsewhere ({names}); "
                "ask them to close it first",
            ): "impossibile passare {path} alla modalità {mode}: è aperto da {names}",
        }
    )
    db = open_crm_file(db_path, user="tester")
    other = open_crm_file(db_path, user="anna")
    sessions.register(other)

    with pytest.raises(StorageError) as caught:
        change_storage_mode(db, StorageMode.SHARED, client_id=sessions.register(db))
    other.close()
    db.close()

    assert str(caught.value).startswith(
        f"impossibile passare {db_path} alla modalità condivisa: è aperto da anna@"
    )

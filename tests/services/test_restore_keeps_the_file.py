"""A restore replaces the records, not what the file is: its storage mode and who has it open."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import StorageError
from crm_desktop.services.backups import back_up, restore_backup
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.files import change_storage_mode, open_crm_file
from crm_desktop.storage import locking, modes, sessions
from crm_desktop.storage.database import Database
from crm_desktop.storage.modes import StorageMode


def test_a_backup_from_local_mode_restored_onto_a_shared_file_keeps_it_shared(
    db: Database,
) -> None:
    create_contact(db, ContactDraft(first_name="Ada"))
    local_copy = Path(back_up(db).path)  # taken while the file used WAL
    change_storage_mode(db, StorageMode.SHARED)

    restore_backup(db, local_copy)

    assert db.scalar("PRAGMA journal_mode") == "delete"
    assert modes.recorded_mode(db.conn) is StorageMode.SHARED


def test_colleagues_in_the_file_are_still_listed_after_a_restore(
    db: Database, db_path: Path
) -> None:
    saved = Path(back_up(db).path)
    colleague = open_crm_file(db_path, user="carla")
    try:
        carla = sessions.register(colleague)

        restore_backup(db, saved)

        assert [s.client_id for s in sessions.others(db, None)] == [carla]
    finally:
        colleague.close()


def test_a_full_disk_while_taking_the_lock_says_so_and_leaves_no_lock_file(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_crm_file(db_path, user="tester", mode=StorageMode.SHARED).close()
    db = open_crm_file(db_path, user="tester")
    lock_path = Path(str(db_path) + ".lock")

    def full(_fd: int, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(locking.os, "write", full)
    try:
        with pytest.raises(StorageError, match="the disk is full"):
            create_contact(db, ContactDraft(first_name="Ada"))
        assert not lock_path.exists()
    finally:
        monkeypatch.undo()
        db.close()

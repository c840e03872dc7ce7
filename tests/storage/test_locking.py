"""The shared-mode lock file: exclusive, owned, broken only when stale, never left behind."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import StorageError
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.files import open_crm_file
from crm_desktop.storage.database import Database
from crm_desktop.storage.locking import FileLock, lock_path_of
from crm_desktop.storage.modes import StorageMode


@pytest.fixture
def shared_db(db_path: Path) -> Database:
    database = open_crm_file(db_path, user="tester", mode=StorageMode.SHARED)
    yield database
    database.close()


def _foreign_lock(path: Path, pid: int, host: str | None = None) -> None:
    owner = {
        "user": "anna",
        "host": host or socket.gethostname(),
        "pid": pid,
        "since": "2026-01-01T00:00:00Z",
        "token": "x",
    }
    lock_path_of(path).write_text(json.dumps(owner))


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_write_in_shared_mode_leaves_no_lock_file(shared_db: Database) -> None:
    create_contact(shared_db, ContactDraft(first_name="Ada"))

    assert not lock_path_of(shared_db.path).exists()


def test_lock_held_by_a_live_colleague_makes_writer_give_up_naming_them(
    shared_db: Database,
) -> None:
    _foreign_lock(shared_db.path, os.getpid(), host="pc-2")
    assert shared_db.file_lock is not None
    shared_db.file_lock.wait_seconds = 0.3
    waits: list[str] = []
    shared_db.file_lock.on_wait = lambda who, _waited, _limit: waits.append(who)

    with pytest.raises(StorageError, match=r"busy \(in use by anna@pc-2\)"):
        create_contact(shared_db, ContactDraft(first_name="Ada"))

    assert waits and waits[0] == "anna@pc-2"


def test_give_up_leaves_nothing_written(shared_db: Database) -> None:
    _foreign_lock(shared_db.path, os.getpid(), host="pc-2")
    assert shared_db.file_lock is not None
    shared_db.file_lock.wait_seconds = 0.2

    with pytest.raises(StorageError):
        create_contact(shared_db, ContactDraft(first_name="Ada"))
    lock_path_of(shared_db.path).unlink()

    assert shared_db.scalar("SELECT count(*) FROM contacts") == 0
    assert not shared_db.conn.in_transaction


def test_lock_of_a_dead_process_on_this_host_is_broken(shared_db: Database) -> None:
    _foreign_lock(shared_db.path, _dead_pid())

    create_contact(shared_db, ContactDraft(first_name="Ada"))

    assert shared_db.scalar("SELECT count(*) FROM contacts") == 1
    assert not lock_path_of(shared_db.path).exists()


def test_lock_unchanged_past_the_stale_limit_is_broken(shared_db: Database) -> None:
    _foreign_lock(shared_db.path, os.getpid(), host="pc-2")
    assert shared_db.file_lock is not None
    shared_db.file_lock.stale_after = 0.2

    create_contact(shared_db, ContactDraft(first_name="Ada"))

    assert shared_db.scalar("SELECT count(*) FROM contacts") == 1


def test_lock_is_reentrant_and_released_at_the_outermost(tmp_path: Path) -> None:
    lock = FileLock(tmp_path / "x.sqlite3", "tester")
    with lock.holding():
        with lock.holding():
            assert lock.path.exists()
        assert lock.path.exists()

    assert not lock.path.exists()


def test_release_never_deletes_someone_elses_lock(tmp_path: Path) -> None:
    lock = FileLock(tmp_path / "x.sqlite3", "tester")
    lock.acquire()
    lock.path.unlink()  # broken by a colleague who judged it stale...
    _foreign_lock(tmp_path / "x.sqlite3", os.getpid(), host="pc-2")  # ...who now holds it

    lock.release()

    assert "pc-2" in lock.path.read_text()


def test_local_mode_takes_no_lock_file(db: Database) -> None:
    _foreign_lock(db.path, os.getpid(), host="pc-2")

    create_contact(db, ContactDraft(first_name="Ada"))

    assert db.file_lock is None


def test_a_share_answering_eperm_for_an_existing_lock_means_busy(
    shared_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """sshfs (SFTP) refuses O_EXCL on an existing file with EPERM, not EEXIST."""
    real_open = os.open

    def share_open(path: object, flags: int, *args: object) -> int:
        if flags & os.O_EXCL and Path(str(path)).exists():
            raise PermissionError(1, "Operation not permitted")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", share_open)
    _foreign_lock(shared_db.path, os.getpid(), host="pc-2")
    assert shared_db.file_lock is not None
    shared_db.file_lock.wait_seconds = 0.2

    with pytest.raises(StorageError, match="in use by anna@pc-2"):
        create_contact(shared_db, ContactDraft(first_name="Ada"))

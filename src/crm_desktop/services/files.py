"""Opening a CRM file for use: storage checks plus the current user's record."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.domain.errors import DamagedFileError, StorageError
from crm_desktop.i18n import translate
from crm_desktop.services.users import ensure_user
from crm_desktop.storage import modes, sessions
from crm_desktop.storage.backup import integrity_problem
from crm_desktop.storage.database import Database, open_database
from crm_desktop.storage.locking import FileLock
from crm_desktop.storage.modes import StorageMode
from crm_desktop.storage.unit_of_work import UnitOfWork


def open_crm_file(
    path: Path | str,
    *,
    user: str | None = None,
    create: bool = True,
    read_only: bool | None = None,
    mode: StorageMode | None = None,
) -> Database:
    """Open, migrate, and make sure the person opening it is a known user.

    A file that cannot be written opens read-only (``db.read_only``); nothing is
    written to it, not even the user's record. ``mode`` forces local or shared
    mode (see storage/modes.py).
    """
    db = open_database(path, user=user, create=create, read_only=read_only, mode=mode)
    if db.read_only:
        return db
    try:
        ensure_user(db, db.user)
    except BaseException:
        db.close()
        raise
    return db


def change_storage_mode(db: Database, mode: StorageMode, *, client_id: str | None = None) -> bool:
    """Switch the file to ``mode`` (WAL checkpointed first); False if it already was.

    Only with nobody else in: other clients keep the mode they opened with
    until they reopen, and two modes on one file is how files get damaged.
    ``client_id`` is this client's own session, if it registered one.

    Raises:
        StorageError: someone else has the file open (named).
        DatabaseFileError: SQLite could not switch the journal (the file is in use).
    """
    with db.reading(), db.lock:  # the connection is shared with worker threads
        recorded = modes.recorded_mode(db.conn)
    if db.mode is mode and recorded is mode:
        return False
    present = sessions.others(db, client_id)
    if present:
        names = ", ".join(s.name for s in present)
        raise StorageError(
            translate(
                "storage",
                "cannot switch {path} to {mode} mode while it is open elsewhere ({names}); "
                "ask them to close it first",
            ).format(path=db.path, mode=modes.mode_name(mode), names=names)
        )
    with db.lock:
        guard = db.file_lock or FileLock(db.path, db.user)
        with guard.holding():
            modes.apply_journal(db.conn, mode)
            with UnitOfWork(db, quiet=True) as uow:
                modes.record_mode(uow.conn, mode)
                uow.commit()
        if guard is not db.file_lock:
            guard.close()
        if db.file_lock is not None and mode is StorageMode.LOCAL:
            db.file_lock.close()
            db.file_lock = None
        elif db.file_lock is None and mode is StorageMode.SHARED:
            db.file_lock = FileLock(db.path, db.user)
        db.mode = mode
    return True


def check_file(db: Database) -> None:
    """SQLite's quick check of the open file (reads every page: run it off the GUI thread).

    Raises:
        DamagedFileError: the check found damage; the message says how to restore.
    """
    problem = integrity_problem(db.path, quick=True)
    if problem is not None:
        raise DamagedFileError(str(db.path), problem)

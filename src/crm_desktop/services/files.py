"""Opening a CRM file for use: storage checks plus the current user's record."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.domain.errors import DamagedFileError
from crm_desktop.services.users import ensure_user
from crm_desktop.storage.backup import integrity_problem
from crm_desktop.storage.database import Database, open_database


def open_crm_file(
    path: Path | str, *, user: str | None = None, create: bool = True, read_only: bool | None = None
) -> Database:
    """Open, migrate, and make sure the person opening it is a known user.

    A file that cannot be written opens read-only (``db.read_only``); nothing is
    written to it, not even the user's record.
    """
    db = open_database(path, user=user, create=create, read_only=read_only)
    if db.read_only:
        return db
    try:
        ensure_user(db, db.user)
    except BaseException:
        db.close()
        raise
    return db


def check_file(db: Database) -> None:
    """SQLite's quick check of the open file (reads every page: run it off the GUI thread).

    Raises:
        DamagedFileError: the check found damage; the message says how to restore.
    """
    problem = integrity_problem(db.path, quick=True)
    if problem is not None:
        raise DamagedFileError(str(db.path), problem)

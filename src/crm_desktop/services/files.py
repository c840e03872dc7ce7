"""Opening a CRM file for use: storage checks plus the current user's record."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.services.users import ensure_user
from crm_desktop.storage.database import Database, open_database


def open_crm_file(path: Path | str, *, user: str | None = None, create: bool = True) -> Database:
    """Open, migrate, and make sure the person opening it is a known user."""
    db = open_database(path, user=user, create=create)
    try:
        ensure_user(db, db.user)
    except BaseException:
        db.close()
        raise
    return db

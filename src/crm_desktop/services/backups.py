"""Backups of the open file: make one, list them with what they hold, restore one.

Automatic backups run when a file is opened and then at most daily
(``back_up_if_due``): the GUI runs them in the background; the command line
does not (each ``crm`` command is short, and a big file would slow every one
of them down). ``crm backup`` makes one on demand. Copies older than the
business setting ``backup_keep_days`` are deleted; the newest always stays.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import BackupError, StorageError
from crm_desktop.i18n import translate
from crm_desktop.paths import user_data_dir
from crm_desktop.services.settings import get_settings
from crm_desktop.storage import backup, migrations, modes
from crm_desktop.storage.database import (
    APPLICATION_ID,
    SQLITE_HEADER,
    Database,
    failure_reason,
    to_iso,
)
from crm_desktop.storage.unit_of_work import UnitOfWork

COUNTED = ("contacts", "companies", "deals", "tickets")
# Tables a restore may have changed wholesale: every view reloads.
_EVERYTHING = (
    *COUNTED,
    "activities",
    "orders",
    "products",
    "tags",
    "pipelines",
    "stages",
    "users",
    "settings",
    "custom_fields",
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupInfo:
    """A backup copy: where, when (UTC ISO text), how big, and what it holds."""

    path: str
    made_at: str
    size_bytes: int
    schema_version: int
    counts: dict[str, int]


def backups_root() -> Path:
    """All backups of this user: ``$CRM_BACKUPS`` if set, else in the per-user data folder."""
    override = os.environ.get("CRM_BACKUPS")
    return Path(override).expanduser() if override else user_data_dir() / "backups"


def backup_folder(db: Database) -> Path:
    return folder_of(db.path)


def folder_of(path: Path) -> Path:
    """This user's backup folder for the CRM file at ``path``."""
    return backup.backup_folder(path, backups_root())


def describe_backup(path: Path) -> BackupInfo:
    """What a backup file holds (live records per kind).

    Raises:
        BackupError: it is not a valid crm-desktop backup (see ``check_backup``).
    """
    version = check_backup(path, thorough=False)
    conn = sqlite3.connect(backup.read_only_uri(path), uri=True)
    try:
        counts = {
            table: int(
                conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
            )
            for table in COUNTED
        }
    except sqlite3.DatabaseError as error:
        raise BackupError(
            translate("backup", "{path} cannot be read: {reason}").format(path=path, reason=error)
        ) from None
    finally:
        conn.close()
    made = next((f.made_at for f in backup.list_backup_files(path.parent) if f.path == path), None)
    return BackupInfo(
        path=str(path),
        made_at=to_iso(made) if made else _modified(path),
        size_bytes=path.stat().st_size,
        schema_version=version,
        counts=counts,
    )


def _modified(path: Path) -> str:
    return to_iso(datetime.fromtimestamp(path.stat().st_mtime, UTC))


def list_backups(db: Database) -> list[BackupInfo]:
    """This file's backups, newest first; unreadable ones are left out."""
    return list_backups_of(db.path)


def list_backups_of(path: Path) -> list[BackupInfo]:
    """The backups of the CRM file at ``path`` (which may be too damaged to open)."""
    found: list[BackupInfo] = []
    for copy in backup.list_backup_files(folder_of(path)):
        try:
            found.append(describe_backup(copy.path))
        except (BackupError, OSError):
            continue
    return found


def back_up(db: Database, out: Path | None = None, progress: Progress | None = None) -> BackupInfo:
    """Make a verified backup now: to ``out``, or into this user's backup folder (then rotate).

    Raises:
        BackupError: it could not be made or failed its check (nothing is kept).
    """
    if out is not None:
        backup.backup_to(db.path, out, progress)
        return describe_backup(out)
    made = backup.make_backup(db.path, backup_folder(db), db.clock(), progress)
    backup.rotate(backup_folder(db), db.clock(), keep_days(db))
    return describe_backup(made.path)


def back_up_if_due(db: Database, progress: Progress | None = None) -> BackupInfo | None:
    """The automatic backup: made when the newest is a day old or there is none."""
    if not backup.is_backup_due(backup_folder(db), db.clock()):
        return None
    return back_up(db, progress=progress)


def keep_days(db: Database) -> int:
    return int(get_settings(db).backup_keep_days)


def check_backup(path: Path, thorough: bool = True) -> int:
    """The schema version of a valid crm-desktop backup at ``path``.

    Raises:
        BackupError: missing, not SQLite, another program's database, from a
            newer crm-desktop, or (``thorough``) failing ``integrity_check``.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise BackupError(_refused(path, str(error.strerror))) from None
    if header != SQLITE_HEADER:
        raise BackupError(_refused(path, translate("backup", "it is not an SQLite database")))
    try:
        conn = sqlite3.connect(backup.read_only_uri(path), uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(_refused(path, str(error))) from None
    if app_id != APPLICATION_ID:
        raise BackupError(_refused(path, translate("backup", "it is another program's database")))
    if version > migrations.LATEST:
        newer = translate("backup", "it was made by a newer crm-desktop (schema {version})")
        raise BackupError(_refused(path, newer.format(version=version)))
    if thorough:
        problem = backup.integrity_problem(path)
        if problem is not None:
            damaged = translate("backup", "it is damaged ({problem})").format(problem=problem)
            raise BackupError(_refused(path, damaged))
    return version


def _refused(path: Path, reason: str) -> str:
    return translate("backup", "{path} is not a valid crm-desktop backup: {reason}").format(
        path=path, reason=reason
    )


def restore_backup(db: Database, path: Path, progress: Progress | None = None) -> Path:
    """Replace the file's content with the backup's; returns where the old content was kept.

    The current state is backed up before anything is replaced, so a restore
    can itself be undone (a damaged file is kept as it is, beside the backups).
    Other clients see the new content on their next read (their live view
    polls the file's data version).

    Raises:
        BackupError: the backup is not valid, or the old content could not be
            kept (the file is then unchanged).
        StorageError: the file could not be written (read-only, busy).
    """
    check_backup(path)
    kept = _keep_current(db.path, lambda: Path(back_up(db).path))
    with db.reading(), db.lock:  # file lock first, as everywhere
        try:
            present = db.conn.execute("SELECT * FROM sessions").fetchall()
            backup.restore_into(db.conn, path, progress)
            migrations.migrate(db.conn, APPLICATION_ID)  # an older backup: bring it up to date
            _keep_mode_and_sessions(db, present)
        except sqlite3.OperationalError as error:
            raise StorageError(
                translate("backup", "{path}: the backup was not restored: {reason}").format(
                    path=db.path, reason=failure_reason(error)
                )
            ) from error
    db.publish(Changes(updated={table: frozenset() for table in _EVERYTHING}))
    return kept


def _keep_mode_and_sessions(db: Database, present: list[tuple[object, ...]]) -> None:
    """The restored content keeps the file's storage mode and who has it open.

    A backup taken in local mode carries WAL in its header and "local" in its
    meta table; restored onto a shared file that would put WAL on a network
    drive, the one thing that damages files there. The colleagues who have the
    file open are still in it, so their heartbeat rows stay too.
    """
    modes.apply_journal(db.conn, db.mode)
    with UnitOfWork(db, quiet=True) as uow:
        modes.record_mode(uow.conn, db.mode)
        uow.conn.execute("DELETE FROM sessions")
        uow.conn.executemany("INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?)", present)
        uow.commit()


def restore_file(target: Path, path: Path, progress: Progress | None = None) -> Path:
    """Restore a file too damaged to open: the damaged one is kept aside, the backup copied in.

    Raises:
        BackupError: the backup is not valid, or the copy failed (the damaged
            file is then put back).
    """
    check_backup(path)
    kept = _keep_current(target, lambda: _verified_copy_of(target))
    aside = target.with_name(target.name + ".restoring")
    target.replace(aside)
    for side in ("-wal", "-shm", "-journal"):
        target.with_name(target.name + side).unlink(missing_ok=True)
    try:
        backup.backup_to(path, target, progress)
    except BackupError:
        aside.replace(target)
        raise
    aside.unlink()
    return kept


def _verified_copy_of(target: Path) -> Path:
    made = backup.make_backup(target, folder_of(target), datetime.now(UTC))
    return made.path


def _keep_current(target: Path, verified_copy: Callable[[], Path]) -> Path:
    """A backup of what ``target`` holds now; a damaged file is copied byte for byte instead."""
    try:
        return verified_copy()
    except BackupError:
        folder = folder_of(target)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime(backup.STAMP)
        # Not named like a backup: never listed, rotated or offered for restore.
        kept = folder / f"damaged-{stamp}.sqlite3"
        try:
            shutil.copyfile(target, kept)
        except OSError as error:
            raise BackupError(
                translate(
                    "backup",
                    "the current content of {path} could not be kept ({reason}); "
                    "nothing was restored",
                ).format(path=target, reason=error.strerror)
            ) from None
        return kept

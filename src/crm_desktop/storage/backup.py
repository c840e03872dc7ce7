"""Copies of the CRM file made with SQLite's online backup API, verified and rotated.

Backups go to the per-user data folder, not next to the file: on a shared
drive a colleague (or a broken sync) could delete both. Each file gets its own
folder, ``<stem>-<hash of its full path>``, and each copy is named for the UTC
moment it was made (``YYYYMMDD-HHMMSS.sqlite3``) so names sort by age. A copy
is checked with ``PRAGMA integrity_check`` before it counts; a bad one is
deleted and reported.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from crm_desktop.domain.errors import BackupError
from crm_desktop.i18n import translate

STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(\d{8}-\d{6})(?:-(\d+))?\.sqlite3$")
DEFAULT_KEEP_DAYS = 14
AUTOMATIC_EVERY = timedelta(days=1)
PAGES_PER_STEP = 2048  # ~8 MB with 4 KiB pages: progress shows, other readers get turns

# (pages copied, pages in all): called between steps of a copy.
CopyProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupFile:
    """One backup copy on disk."""

    path: Path
    made_at: datetime  # UTC, from the name

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backup_folder(db_path: Path, root: Path) -> Path:
    """Where the copies of ``db_path`` go: one folder per file, named for its path."""
    resolved = Path(os.path.abspath(db_path))
    digest = hashlib.sha256(os.fsencode(resolved)).hexdigest()[:12]
    return root / f"{db_path.stem}-{digest}"


def read_only_uri(path: Path, immutable: bool = False) -> str:
    """An SQLite URI opening ``path`` read-only (its bytes as the file system has them)."""
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    return f"file:{quote(os.fsencode(Path(os.path.abspath(path))))}?{flags}"


def integrity_problem(path: Path, quick: bool = False) -> str | None:
    """What ``integrity_check`` (or ``quick_check``) finds wrong with ``path``; None when ok."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        try:
            rows = _check_rows(path, pragma, immutable=False)
        except sqlite3.OperationalError:
            if os.access(path.parent, os.W_OK):
                raise
            # A WAL file in a folder we cannot write (a read-only share) has no -shm:
            # read it as it stands rather than call a sound file damaged.
            rows = _check_rows(path, pragma, immutable=True)
    except sqlite3.Error as error:
        return str(error)
    if rows == ["ok"]:
        return None
    lines = [
        line.strip()
        for row in rows
        for line in str(row).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    listed = "; ".join(lines[:3])  # SQLite's own words: not ours to translate
    if len(lines) <= 3:
        return listed
    more = len(lines) - 3
    text = (
        translate("backup", "{problems} and %n more problem", "", more)
        if more == 1
        else translate("backup", "{problems} and %n more problems", "", more)
    )
    return text.format(problems=listed)


def _check_rows(path: Path, pragma: str, immutable: bool) -> list[str]:
    conn = sqlite3.connect(read_only_uri(path, immutable), uri=True)
    try:
        return [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}(20)").fetchall()]
    finally:
        conn.close()


def copy_database(
    source: sqlite3.Connection, target: sqlite3.Connection, progress: CopyProgress | None = None
) -> None:
    """Copy every page of ``source`` into ``target`` in steps, reporting as it goes."""

    def report(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    source.backup(target, pages=PAGES_PER_STEP, progress=report)


def make_backup(
    db_path: Path, folder: Path, now: datetime, progress: CopyProgress | None = None
) -> BackupFile:
    """Copy the file at ``db_path`` into ``folder``, verify the copy, return it.

    Raises:
        BackupError: as ``backup_to``.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(
            translate("backup", "cannot create the backup folder {folder}: {reason}").format(
                folder=folder, reason=error.strerror
            )
        ) from None
    target = _free_name(folder, now)
    backup_to(db_path, target, progress)
    return BackupFile(target, _moment(now))


def backup_to(db_path: Path, target: Path, progress: CopyProgress | None = None) -> None:
    """Copy the file at ``db_path`` to ``target`` (a new file), verified.

    Reads through its own read-only connection, so the app's connection stays
    free for the user meanwhile. The copy is written beside ``target`` and
    renamed into place only once it passed ``integrity_check``.

    Raises:
        BackupError: ``target`` exists, the file could not be read, the copy
            not written, or the copy failed its integrity check (it is deleted).
    """
    if target.exists():
        raise BackupError(
            translate("backup", "{path} already exists; choose another name").format(path=target)
        )
    partial = target.with_name(target.name + ".partial")
    try:
        source = sqlite3.connect(read_only_uri(db_path), uri=True)
        try:
            dest = sqlite3.connect(partial)
            try:
                copy_database(source, dest, progress)
                # A single self-contained file: no -wal beside the copy.
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise BackupError(
            translate("backup", "cannot back up {path} to {target}: {reason}").format(
                path=db_path, target=target, reason=error
            )
        ) from None
    problem = integrity_problem(partial)
    if problem is not None:
        partial.unlink(missing_ok=True)
        raise BackupError(
            translate(
                "backup",
                "the backup of {path} failed its integrity check and was deleted: {problem}",
            ).format(path=db_path, problem=problem)
        )
    try:
        partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BackupError(
            translate("backup", "cannot write {path}: {reason}").format(
                path=target, reason=error.strerror
            )
        ) from None


def restore_into(
    conn: sqlite3.Connection, backup: Path, progress: CopyProgress | None = None
) -> None:
    """Replace the content of ``conn``'s database with the backup's, page by page.

    SQLite does this in one write transaction on the target: other connections
    see the old content or the new one, never a mix.
    """
    source = sqlite3.connect(read_only_uri(backup), uri=True)
    try:
        copy_database(source, conn, progress)
    finally:
        source.close()


def _moment(now: datetime) -> datetime:
    return now.astimezone(UTC).replace(microsecond=0)


def _free_name(folder: Path, now: datetime) -> Path:
    """``YYYYMMDD-HHMMSS.sqlite3``, or ``...-2.sqlite3`` when a copy was made that second."""
    stamp = _moment(now).strftime(STAMP)
    target = folder / f"{stamp}.sqlite3"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{stamp}-{number}.sqlite3"
    return target


def list_backup_files(folder: Path) -> list[BackupFile]:
    """The copies in ``folder``, newest first (files not named as copies are ignored)."""
    if not folder.is_dir():
        return []
    found: list[tuple[datetime, int, Path]] = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None:
            continue
        made = datetime.strptime(match[1], STAMP).replace(tzinfo=UTC)
        found.append((made, int(match[2] or 1), path))
    found.sort(reverse=True)
    return [BackupFile(path, made) for made, _n, path in found]


def is_backup_due(folder: Path, now: datetime, every: timedelta = AUTOMATIC_EVERY) -> bool:
    """Whether the newest copy is older than ``every`` (or there is none)."""
    files = list_backup_files(folder)
    return not files or _moment(now) - files[0].made_at >= every


def rotate(folder: Path, now: datetime, keep_days: int) -> list[Path]:
    """Delete copies older than ``keep_days`` (the newest always stays); returns those deleted."""
    files = list_backup_files(folder)
    limit = _moment(now) - timedelta(days=keep_days)
    removed: list[Path] = []
    for backup in files[1:]:
        if backup.made_at < limit:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed

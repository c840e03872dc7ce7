"""Opening the CRM file safely: refuse what is not ours, migrate what is.

A file that is not SQLite, an SQLite file of another program, or one written
by a newer crm-desktop is refused *before* anything is written to it: the
checks run on a read-only connection.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlite_utils

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import (
    DatabaseFileError,
    ForeignDatabaseError,
    NotADatabaseError,
    SchemaTooNewError,
    StorageError,
)
from crm_desktop.storage import migrations, modes
from crm_desktop.storage.locking import FileLock
from crm_desktop.storage.modes import StorageMode

# PRAGMA application_id marks the file as ours ("CRMD"), as sqlite.org recommends.
APPLICATION_ID = 0x43524D44
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

ChangeListener = Callable[[Changes], None]


# Ids reach SQL as one JSON parameter read by json_each: no limit on how many
# (SQLite allows some thousands of "?"), one statement however long the list.
IN_IDS = "IN (SELECT value FROM json_each(?))"

# ``Database.query`` or ``UnitOfWork.query``: code that only reads takes either.
Query = Callable[[str, Sequence[object]], list[dict[str, Any]]]


def ids_param(ids: Iterable[int]) -> str:
    """The parameter of ``IN_IDS``: the ids as a JSON array, each once, sorted."""
    return json.dumps(sorted({int(i) for i in ids}))


_FILE_FAILURES = ("locked", "busy", "disk", "i/o", "readonly", "unable to open", "full")


def is_file_failure(error: sqlite3.Error) -> bool:
    """Whether SQLite failed because of the file or its drive, not our SQL."""
    text = str(error).lower()
    return any(word in text for word in _FILE_FAILURES)


def failure_reason(error: sqlite3.Error) -> str:
    """SQLite's complaint about the file or its drive, said so a user can act on it."""
    text = str(error).lower()
    if "readonly" in text:
        reason = "the file or its folder is read-only"
    elif "unable to open" in text:
        reason = "its folder cannot be written to, or the file cannot be read"
    elif "locked" in text or "busy" in text:
        reason = "another program or window is using it; try again in a moment"
    elif "full" in text:
        reason = "the disk is full"
    elif "i/o" in text:
        reason = "the drive could not be read or written (was it disconnected?)"
    else:
        return str(error)
    return f"{reason} ({error})"


def file_failure(path: Path, error: sqlite3.Error) -> DatabaseFileError:
    """The user-facing error for SQLite failing to open or prepare the file."""
    return DatabaseFileError(f"cannot open {path}: {failure_reason(error)}")


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    """UTC ISO-8601 with a Z, sortable as text: how every timestamp is stored."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def current_login() -> str:
    try:
        return getpass.getuser() or "user"
    except (KeyError, OSError):
        # No login name (some containers and services): still a valid author.
        return "user"


class Database:
    """An open CRM file. Reads go through ``query``; writes through a UnitOfWork."""

    def __init__(self, path: Path, conn: sqlite3.Connection, user: str) -> None:
        self.path = path
        self.conn = conn
        self.user = user
        self.rows = sqlite_utils.Database(conn)
        self.clock: Callable[[], datetime] = utc_now
        self.lock = threading.RLock()
        # Set by close(): work still running on another thread can tell that its
        # failure only means the file went away under it.
        self.closed = False
        self._listeners: list[ChangeListener] = []
        self.mode = StorageMode.LOCAL
        # Shared mode: <file>.lock, held around every transaction (storage/locking.py).
        self.file_lock: FileLock | None = None
        # meta.generation as last known to this client (storage/sessions.py).
        self.generation_seen: int | None = None

    # -- reading ---------------------------------------------------------
    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        with self.reading(), self.lock:  # file lock first, as UnitOfWork
            return list(self.rows.query(sql, params))

    def query_one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Any = ()) -> Any:
        with self.reading(), self.lock:  # file lock first, as UnitOfWork
            row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Turn the file's own failures (busy, I/O, gone) into a user-facing error.

        In shared mode reads hold the lock file too: on a share whose locks do
        not reach other clients, a reader could take a writer's journal for a
        crashed one and roll it back under it.
        """
        try:
            if self.file_lock is None:
                yield
            else:
                with self.file_lock.holding():
                    yield
        except sqlite3.OperationalError as error:
            if is_file_failure(error):
                reason = failure_reason(error)
                raise StorageError(f"{self.path}: cannot read: {reason}") from error
            raise

    @property
    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    # -- time ------------------------------------------------------------
    def now(self) -> str:
        return to_iso(self.clock())

    @contextmanager
    def clock_at(self, moment: datetime) -> Iterator[None]:
        """Write as if it were ``moment``: demo data and tests build history with it."""
        saved = self.clock
        self.clock = lambda: moment
        try:
            yield
        finally:
            self.clock = saved

    # -- change notification --------------------------------------------
    def subscribe(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        self._listeners.remove(listener)

    def publish(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    def close(self) -> None:
        with self.lock:
            self.closed = True
            self.conn.close()
            if self.file_lock is not None:
                self.file_lock.close()


def open_database(
    path: Path | str,
    *,
    user: str | None = None,
    create: bool = True,
    mode: StorageMode | None = None,
) -> Database:
    """Open (and if needed create and migrate) the CRM file at ``path``.

    ``mode`` forces local or shared mode (None: ``$CRM_STORAGE_MODE``, else the
    mode the file records, else what its place suggests; see storage/modes.py).

    Raises:
        DatabaseFileError: the path is a folder, missing with ``create=False``,
            not SQLite, another program's database, or from a newer version.
    """
    path = Path(path).expanduser()
    try:
        exists = _check_place(path)
    except OSError as error:  # a name too long, a loop of links, ...
        raise DatabaseFileError(f"cannot open {path}: {error.strerror or error}") from None
    if not exists and not create:
        raise DatabaseFileError(f"{path} does not exist")
    if not exists:
        _make_folder(path)
    user = user or current_login()
    # Held from the first look at the file until its mode is set and recorded: other
    # clients may be writing, and a crashed writer's journal is rolled back under it.
    opening = FileLock(path, user, tolerate_read_only=True)
    try:
        with opening.holding():
            database = _open_under_lock(path, user, exists, mode)
    finally:
        opening.close()
    if database.mode is StorageMode.SHARED:
        database.file_lock = FileLock(path, database.user, tolerate_read_only=True)
    return database


def _open_under_lock(path: Path, user: str, exists: bool, mode: StorageMode | None) -> Database:
    if exists:
        _check_existing_file(path)
    try:
        conn = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as error:
        raise file_failure(path, error) from None
    try:
        _apply_pragmas(conn)
        forced = mode if mode is not None else modes.forced_mode_from_env()
        recorded = modes.recorded_mode(conn)
        chosen = modes.resolve_mode(recorded, forced, modes.detect_location(path))
        modes.apply_journal(conn, chosen)
        migrations.migrate(conn, APPLICATION_ID)
        if recorded is not chosen:
            modes.record_mode(conn, chosen)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise file_failure(path, error) from None
    except BaseException:
        conn.close()
        raise
    database = Database(path, conn, user)
    database.mode = chosen
    return database


def _check_place(path: Path) -> bool:
    """Whether a file is at ``path``; refuses folders, devices and pipes."""
    if path.is_dir():
        raise DatabaseFileError(f"{path} is a folder, not a crm-desktop file")
    if path.exists() and not path.is_file():
        raise DatabaseFileError(f"{path} is a device or pipe, not a crm-desktop file")
    return path.exists()


def _make_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        in_the_way = next((p for p in path.parents if p.is_file()), path.parent)
        raise DatabaseFileError(
            f"cannot create {path}: {in_the_way} is a file, not a folder"
        ) from None
    except OSError as error:
        raise DatabaseFileError(f"cannot create {path.parent}: {error.strerror}") from None


def _check_existing_file(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseFileError(f"cannot read {path}: {error.strerror}") from None
    if not header:
        return  # an empty file: becomes a new CRM file
    if header != SQLITE_HEADER:
        raise NotADatabaseError(f"{path} is not a crm-desktop file (it is not an SQLite database)")
    try:
        # The path's bytes, as the file system has them (a name need not be UTF-8).
        uri = f"file:{quote(os.fsencode(path.resolve()))}?mode=ro"
        probe = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise file_failure(path, error) from None
    try:
        if _has_hot_journal(probe):
            probe.close()
            _roll_back_crashed_write(path)
            probe = sqlite3.connect(uri, uri=True)
        app_id = probe.execute("PRAGMA application_id").fetchone()[0]
        version = probe.execute("PRAGMA user_version").fetchone()[0]
        tables = probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.OperationalError as error:
        # Read-only folder (a WAL file needs its -shm), locked, unreadable:
        # the file may be fine, so do not call it damaged.
        raise file_failure(path, error) from None
    except sqlite3.DatabaseError as error:
        raise NotADatabaseError(f"{path} is damaged or not a database: {error}") from None
    finally:
        probe.close()
    if app_id != APPLICATION_ID:
        if app_id == 0 and version == 0 and tables == 0:
            return  # an empty SQLite file: ours to fill
        raise ForeignDatabaseError(
            f"{path} is an SQLite database of another program, not a crm-desktop file; "
            "it was not changed"
        )
    if version > migrations.LATEST:
        raise SchemaTooNewError(str(path), version, migrations.LATEST)


_READONLY_ROLLBACK = 776  # SQLITE_READONLY_ROLLBACK: a hot journal a read-only link cannot undo


def _has_hot_journal(probe: sqlite3.Connection) -> bool:
    try:
        probe.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
    except sqlite3.OperationalError as error:
        return getattr(error, "sqlite_errorcode", None) == _READONLY_ROLLBACK
    return False


def _roll_back_crashed_write(path: Path) -> None:
    """A writer died mid-transaction: let SQLite undo it from its journal (a read does)."""
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        raise file_failure(path, error) from None


def _apply_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # The journal (WAL or rollback) follows the file's mode: storage/modes.py.

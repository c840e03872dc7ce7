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
    DamagedFileError,
    DatabaseFileError,
    ForeignDatabaseError,
    NotADatabaseError,
    SchemaTooNewError,
    StorageError,
)
from crm_desktop.i18n import translate
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


_FILE_FAILURES = (
    "locked",
    "busy",
    "disk",
    "i/o",
    "readonly",
    "unable to open",
    "full",
    "malformed",
)


def is_file_failure(error: sqlite3.Error) -> bool:
    """Whether SQLite failed because of the file or its drive, not our SQL."""
    text = str(error).lower()
    return any(word in text for word in _FILE_FAILURES)


def failure_reason(error: sqlite3.Error) -> str:
    """SQLite's complaint about the file or its drive, said so a user can act on it."""
    text = str(error).lower()
    if "malformed" in text:
        reason = translate(
            "storage",
            "the file is damaged; restore a backup (`crm backups list` shows them, "
            "`crm restore FILE` brings one back)",
        )
    elif "readonly" in text:
        reason = translate("storage", "the file or its folder is read-only")
    elif "unable to open" in text:
        reason = translate("storage", "its folder cannot be written to, or the file cannot be read")
    elif "locked" in text or "busy" in text:
        reason = translate(
            "storage", "another program or window is using it; try again in a moment"
        )
    elif "full" in text:
        reason = translate("storage", "the disk is full")
    elif "i/o" in text:
        reason = translate(
            "storage", "the drive could not be read or written (was it disconnected?)"
        )
    else:
        return str(error)
    # SQLite's own words stay beside ours, in English, for whoever investigates.
    return translate("storage", "{reason} ({detail})").format(reason=reason, detail=error)


def file_failure(path: Path, error: sqlite3.Error) -> DatabaseFileError:
    """The user-facing error for SQLite failing to open or prepare the file."""
    return DatabaseFileError(_cannot_open(path, failure_reason(error)))


def _cannot_open(path: Path, reason: object) -> str:
    return translate("storage", "cannot open {path}: {reason}").format(path=path, reason=reason)


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

    def __init__(
        self, path: Path, conn: sqlite3.Connection, user: str, read_only: bool = False
    ) -> None:
        self.path = path
        self.conn = conn
        self.user = user
        # Opened with mode=ro (the file or its folder cannot be written): writes are refused.
        self.read_only = read_only
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
        except sqlite3.DatabaseError as error:
            # Damaged pages surface as DatabaseError ("malformed"), the rest as OperationalError.
            if is_file_failure(error) and not isinstance(error, sqlite3.IntegrityError):
                reason = failure_reason(error)
                raise StorageError(
                    translate("storage", "{path}: cannot read: {reason}").format(
                        path=self.path, reason=reason
                    )
                ) from error
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
    read_only: bool | None = None,
    mode: StorageMode | None = None,
) -> Database:
    """Open (and if needed create and migrate) the CRM file at ``path``.

    ``read_only`` None opens read-only (``mode=ro``) when the file or its folder
    cannot be written, as on a read-only share; such a file is not migrated.
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
        raise DatabaseFileError(_cannot_open(path, error.strerror or error)) from None
    if not exists and not create:
        raise DatabaseFileError(translate("storage", "{path} does not exist").format(path=path))
    if exists and (read_only if read_only is not None else not is_writable(path)):
        # Nobody writes through this connection, so no lock file (nor could we make one).
        _check_existing_file(path)
        return _open_read_only(path, user)
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


def is_writable(path: Path) -> bool:
    """Whether the file and its folder (for the journal) can be written by us."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _open_read_only(path: Path, user: str | None) -> Database:
    options: dict[str, Any] = {
        "uri": True,
        "isolation_level": None,
        "check_same_thread": False,
        "timeout": BUSY_TIMEOUT_MS / 1000,
    }
    try:
        conn = sqlite3.connect(read_only_uri(path), **options)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.OperationalError:
            conn.close()  # a WAL file without its -shm: see _check_existing_file
            conn = sqlite3.connect(read_only_uri(path, immutable=True), **options)
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as error:
        raise file_failure(path, error) from None
    if version < migrations.LATEST:
        conn.close()
        raise DatabaseFileError(
            translate(
                "storage",
                "{path} is read-only and was made by an older crm-desktop: it must be upgraded "
                "before this version can open it; open it once where it can be written",
            ).format(path=path)
        )
    return Database(path, conn, user or current_login(), read_only=True)


def _check_place(path: Path) -> bool:
    """Whether a file is at ``path``; refuses folders, devices and pipes."""
    if path.is_dir():
        raise DatabaseFileError(
            translate("storage", "{path} is a folder, not a crm-desktop file").format(path=path)
        )
    if path.exists() and not path.is_file():
        raise DatabaseFileError(
            translate("storage", "{path} is a device or pipe, not a crm-desktop file").format(
                path=path
            )
        )
    return path.exists()


def _make_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        in_the_way = next((p for p in path.parents if p.is_file()), path.parent)
        raise DatabaseFileError(
            translate(
                "storage", "cannot create {path}: {in_the_way} is a file, not a folder"
            ).format(path=path, in_the_way=in_the_way)
        ) from None
    except OSError as error:
        raise DatabaseFileError(
            translate("storage", "cannot create {path}: {reason}").format(
                path=path.parent, reason=error.strerror
            )
        ) from None


def _check_existing_file(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseFileError(
            translate("storage", "cannot read {path}: {reason}").format(
                path=path, reason=error.strerror
            )
        ) from None
    if not header:
        return  # an empty file: becomes a new CRM file
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            translate(
                "storage", "{path} is not a crm-desktop file (it is not an SQLite database)"
            ).format(path=path)
        )
    _check_length(path)
    try:
        try:
            app_id, version, tables = _probe(path, immutable=False)
        except sqlite3.OperationalError as error:
            crashed = getattr(error, "sqlite_errorcode", None) == _READONLY_ROLLBACK
            if crashed and is_writable(path):
                # A writer died mid-transaction: its journal must be rolled back first.
                _roll_back_crashed_write(path)
                app_id, version, tables = _probe(path, immutable=False)
            elif is_writable(path):
                raise
            else:
                # A WAL file in a folder we cannot write has no -shm to share:
                # read it as it stands (immutable), as sqlite.org suggests for read-only media.
                app_id, version, tables = _probe(path, immutable=True)
    except sqlite3.OperationalError as error:
        # Read-only folder (a WAL file needs its -shm), locked, unreadable:
        # the file may be fine, so do not call it damaged.
        raise file_failure(path, error) from None
    except sqlite3.DatabaseError as error:
        if "malformed" in str(error):
            raise DamagedFileError(str(path), str(error)) from None
        raise NotADatabaseError(
            translate("storage", "{path} is damaged or not a database: {reason}").format(
                path=path, reason=error
            )
        ) from None
    if app_id != APPLICATION_ID:
        if app_id == 0 and version == 0 and tables == 0:
            return  # an empty SQLite file: ours to fill
        raise ForeignDatabaseError(
            translate(
                "storage",
                "{path} is an SQLite database of another program, not a crm-desktop file; "
                "it was not changed",
            ).format(path=path)
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


def read_only_uri(path: Path, immutable: bool = False) -> str:
    """An SQLite URI reading ``path`` without writing (its bytes as the file system has them)."""
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    return f"file:{quote(os.fsencode(path.resolve()))}?{flags}"


def _probe(path: Path, immutable: bool) -> tuple[int, int, int]:
    """The file's application id, schema version and number of schema objects."""
    conn = sqlite3.connect(read_only_uri(path, immutable), uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    finally:
        conn.close()
    return int(app_id), int(version), int(tables)


def _check_length(path: Path) -> None:
    """Refuse a file cut short (a copy that stopped, a full disk): its header says how long.

    The header's page count is trusted only when its "version-valid-for"
    number matches the change counter, as sqlite.org's file format says.
    """
    for journal in ("-wal", "-journal"):
        side = path.with_name(path.name + journal)
        if side.exists() and side.stat().st_size:
            return  # SQLite completes or undoes an interrupted write from it on open
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100:
        raise DamagedFileError(
            str(path), translate("storage", "it is cut short: the header is incomplete")
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = header[24:28]
    pages = int.from_bytes(header[28:32], "big")
    if header[92:96] != change_counter or pages == 0:
        return
    expected = pages * page_size
    actual = path.stat().st_size
    if actual < expected:
        raise DamagedFileError(
            str(path),
            translate(
                "storage", "it is cut short: {actual} bytes of the {expected} it should have"
            ).format(actual=actual, expected=expected),
        )


def _apply_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # The journal (WAL or rollback) follows the file's mode: storage/modes.py.

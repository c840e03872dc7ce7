"""Who else has the file open (a heartbeat), and whether someone else changed it.

Each running client has a row in ``sessions``: written on open, refreshed every
``BEAT_SECONDS``, removed on close. A row not refreshed for ``STALE_SECONDS``
belongs to a client that crashed, lost the share or slept, and is swept by
the next client's beat. ``seen_at`` is each client's own clock, so the stale
limit is kept generous to forgive clocks a little apart.

Heartbeats change the file, which ``PRAGMA data_version`` cannot tell from an
edit; so every unit of work that is not ``quiet`` bumps ``meta.generation``
(storage/unit_of_work.py), and a client reloads only when that moved.
"""

from __future__ import annotations

import contextlib
import os
import socket
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

from crm_desktop.domain.changes import Changes, ChangesBuilder
from crm_desktop.storage.database import Database, to_iso
from crm_desktop.storage.locking import WaitListener
from crm_desktop.storage.unit_of_work import UnitOfWork

BEAT_SECONDS = 12
STALE_SECONDS = 60
# Tables whose changes are no record's: never part of a "reload everything".
_BOOKKEEPING = ("sessions", "meta", "audit_log")
# More audit entries than this since the last poll: reload everything instead.
_MOST_AUDIT_ROWS = 2000


@dataclass(frozen=True)
class Session:
    client_id: str
    user: str
    host: str
    pid: int
    opened_at: str
    seen_at: str

    @property
    def name(self) -> str:
        return f"{self.user}@{self.host}"


def _stale_before(db: Database) -> str:
    return to_iso(db.clock() - timedelta(seconds=STALE_SECONDS))


@contextlib.contextmanager
def _patient(db: Database, patience: float | None) -> Iterator[None]:
    """Hold the lock file (shared mode) waiting at most ``patience`` seconds for it."""
    if db.file_lock is None or patience is None:
        yield
    else:
        with db.file_lock.holding(patience):
            yield


def register(db: Database, patience: float | None = None) -> str:
    """Add this client's row; returns its client id."""
    client_id = uuid.uuid4().hex
    with _patient(db, patience):
        _write_row(db, client_id, opened=True)
    return client_id


def beat(db: Database, client_id: str, patience: float | None = None) -> None:
    """Refresh this client's row (re-adding it if swept while asleep); sweep stale rows.

    Raises:
        StorageError: the file stayed busy for ``patience`` seconds (try next beat).
    """
    with _patient(db, patience):
        _write_row(db, client_id, opened=False)


def unregister(db: Database, client_id: str, patience: float | None = None) -> None:
    with _patient(db, patience), UnitOfWork(db, quiet=True) as uow:
        uow.execute("DELETE FROM sessions WHERE client_id = ?", (client_id,))
        uow.commit()


def _write_row(db: Database, client_id: str, *, opened: bool) -> None:
    with UnitOfWork(db, quiet=True) as uow:
        uow.execute("DELETE FROM sessions WHERE seen_at < ?", (_stale_before(db),))
        updated = 0
        if not opened:
            updated = uow.execute(
                "UPDATE sessions SET seen_at = ? WHERE client_id = ?", (uow.now, client_id)
            ).rowcount
        if not updated:
            uow.execute(
                "INSERT INTO sessions (client_id, user, host, pid, opened_at, seen_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (client_id, db.user, socket.gethostname(), os.getpid(), uow.now, uow.now),
            )
        uow.commit()


def others(db: Database, client_id: str | None, patience: float | None = None) -> list[Session]:
    """The live sessions other than ``client_id``'s, oldest first."""
    with _patient(db, patience):
        rows = db.query(
            "SELECT client_id, user, host, pid, opened_at, seen_at FROM sessions"
            " WHERE seen_at >= ? AND client_id IS NOT ? ORDER BY opened_at, client_id",
            (_stale_before(db), client_id),
        )
    return [Session(**row) for row in rows]


# -- changes made by other clients ----------------------------------------------------
def data_version(db: Database) -> int:
    """Moves whenever another connection committed anything (sqlite.org: PRAGMA data_version)."""
    return int(db.scalar("PRAGMA data_version"))


def generation(db: Database) -> int:
    value = db.scalar("SELECT value FROM meta WHERE key = 'generation'")
    return int(value) if value is not None else 0


class ChangeWatch:
    """Polled about every second: did another client change records since last time?

    What changed is read from the audit log (every audited write names its table
    and record), so views refresh just those rows; a change the log does not
    explain (or a very large one) is reported as "everything".
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._version = data_version(db)
        db.generation_seen = generation(db)
        self._audit_seen = int(db.scalar("SELECT coalesce(max(id), 0) FROM audit_log"))

    def changed_elsewhere(self, patience: float | None = None) -> bool:
        """True once per batch of others' edits; heartbeats and our own writes do not count.

        ``patience``: in shared mode, how long to wait for the lock file before
        giving up with StorageError (a poll on the GUI thread must not wait long).
        """
        return self.changes_elsewhere(patience) is not None

    def changes_elsewhere(self, patience: float | None = None) -> Changes | None:
        """What others changed since the last call, or None when nothing was."""
        with _patient(self.db, patience):
            if not self._changed():
                return None
            return self._what_changed()

    def _changed(self) -> bool:
        version = data_version(self.db)
        if version == self._version:
            return False  # the common case: one cheap pragma, no read of the file's pages
        self._version = version
        current = generation(self.db)
        if current == self.db.generation_seen:
            return False
        self.db.generation_seen = current
        return True

    def _what_changed(self) -> Changes:
        rows = self.db.query(
            "SELECT id, table_name, record_id, action FROM audit_log WHERE id > ?"
            " ORDER BY id LIMIT ?",
            (self._audit_seen, _MOST_AUDIT_ROWS + 1),
        )
        if not rows or len(rows) > _MOST_AUDIT_ROWS:
            self._audit_seen = int(self.db.scalar("SELECT coalesce(max(id), 0) FROM audit_log"))
            return everything_changed(self.db)
        self._audit_seen = int(rows[-1]["id"])
        builder = ChangesBuilder()
        for row in rows:
            table, ids = row["table_name"], [int(row["record_id"])]
            if row["action"] in ("create", "restore"):
                builder.created(table, ids)
            elif row["action"] in ("delete", "purge"):
                builder.deleted(table, ids)
            else:  # update, merge
                builder.updated(table, ids)
        return builder.build()


def busy(db: Database) -> bool:
    """Whether this client is waiting for the lock file right now (shared mode)."""
    return db.file_lock is not None and db.file_lock.waiting


def listen_for_waits(db: Database, listener: WaitListener | None) -> None:
    """Have ``listener(holder, waited, limit)`` called while waiting for the lock file."""
    if db.file_lock is not None:
        db.file_lock.on_wait = listener


def everything_changed(db: Database) -> Changes:
    """A ``Changes`` naming every record table, no ids: each view re-reads what it shows."""
    rows = db.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
    )
    virtual = [r["name"] for r in rows if str(r["sql"]).upper().startswith("CREATE VIRTUAL")]
    tables = sorted(
        r["name"]
        for r in rows
        if r["name"] not in _BOOKKEEPING
        # the search index and its shadow tables (search_index_data, ...)
        and not any(r["name"] == v or r["name"].startswith(v + "_") for v in virtual)
    )
    return Changes(created={table: frozenset() for table in tables})

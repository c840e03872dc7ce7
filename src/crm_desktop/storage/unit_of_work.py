"""The one way to write: a short ``BEGIN IMMEDIATE`` transaction.

Inside it every insert stamps who and when, every update checks and bumps
``version`` (optimistic concurrency), deletes are soft, and the ids touched are
collected into a ``Changes`` value that is published on commit. Every write
also gathers an audit entry (``storage/audit.py``: who, when, which record, each
field's old and new value), chained onto the log just before COMMIT. Leaving
the ``with`` block without ``commit()`` rolls everything back.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any

from crm_desktop.domain.changes import Changes, ChangesBuilder
from crm_desktop.domain.errors import ConflictError, NotFoundError, ReadOnlyError, StorageError
from crm_desktop.i18n import translate
from crm_desktop.storage import audit
from crm_desktop.storage.database import Database, failure_reason

# Link tables whose rows are not records of their own: services record their
# changes on the parent record instead (a tagging is the parent's ``tags``).
LINK_TABLES = frozenset({"taggings"})

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")


def _ident(name: str) -> str:
    # Table and column names come from our code, never from users; check anyway.
    if not _IDENTIFIER.match(name):
        raise ValueError(f"bad SQL identifier {name!r}")
    return name


def _kind(table: str) -> str:
    """Singular record kind for messages: contacts -> contact, companies -> company."""
    if table.endswith("ies"):
        return table[:-3] + "y"
    return table.removesuffix("s")


_AS_IS = frozenset({str, int, float, type(None), bytes})  # what to_sql_value leaves alone


def to_sql_value(value: object) -> object:
    """Lists and dicts are stored as JSON text; everything else as it is."""
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False)
    return value


def bump_generation(conn: sqlite3.Connection) -> tuple[int, int]:
    """Count one more committed change in ``meta.generation``; (before, after).

    Other clients poll it (storage/sessions.py) to tell real changes from heartbeats.
    """
    row = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    before = int(row[0]) if row else 0
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('generation', ?)", (str(before + 1),)
    )
    return before, before + 1


class UnitOfWork:
    """``with UnitOfWork(db) as uow: ...; uow.commit()``."""

    def __init__(self, database: Database, *, quiet: bool = False) -> None:
        """``quiet``: bookkeeping (a session heartbeat) other clients need not reload for."""
        self.database = database
        self.quiet = quiet
        self._generation: tuple[int, int] | None = None
        self.conn: sqlite3.Connection = database.conn
        self.changes = ChangesBuilder()
        self.now = ""
        self.user = database.user
        self._committed = False
        self._audit: list[audit.Pending] = []

    def __enter__(self) -> UnitOfWork:
        if self.database.read_only:
            raise ReadOnlyError(
                translate(
                    "storage",
                    "{path} is read-only: changes cannot be saved "
                    "(open a copy you can write to, or ask for write access to the file)",
                ).format(path=self.database.path)
            )
        file_lock = self.database.file_lock
        if file_lock is not None:
            # Shared mode (storage/locking.py): may wait, may give up. Taken before the
            # in-process lock, so other threads are not stuck behind a wait for the file.
            file_lock.acquire()
        self.database.lock.acquire()
        if self.conn.in_transaction:
            self._unlock(rollback=False)
            # A unit of work inside another (on this thread): a bug, not a busy file.
            raise RuntimeError("a unit of work is already open on this database")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            if not self.quiet:
                self._generation = bump_generation(self.conn)
        except sqlite3.OperationalError as error:
            self._unlock()
            reason = failure_reason(error)
            raise StorageError(
                translate("storage", "{path}: cannot start writing: {reason}").format(
                    path=self.database.path, reason=reason
                )
            ) from error
        except BaseException:
            self._unlock()
            raise
        self.now = self.database.now()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if not self._committed and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            elif self._committed and self._generation is not None:
                before, after = self._generation
                if self.database.generation_seen in (None, before):
                    self.database.generation_seen = after  # our own write: nothing to reload
        finally:
            self._unlock()
        if isinstance(exc, sqlite3.OperationalError):
            # Busy, read-only, disk full, file gone: the user can act on these.
            reason = failure_reason(exc)
            raise StorageError(
                translate("storage", "{path}: nothing was saved: {reason}").format(
                    path=self.database.path, reason=reason
                )
            ) from exc

    def _unlock(self, *, rollback: bool = True) -> None:
        try:
            if rollback and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        finally:
            self.database.lock.release()
            if self.database.file_lock is not None:
                self.database.file_lock.release()  # after COMMIT/ROLLBACK, never before

    def commit(self) -> Changes:
        audit.append(self.conn, self.now, self.user, self._audit)
        self._audit = []
        self.conn.execute("COMMIT")  # an OperationalError here becomes StorageError in __exit__
        self._committed = True
        changes = self.changes.build()
        if not changes.is_empty():
            self.database.publish(changes)
        return changes

    # -- raw access ------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def query(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    # -- live records ------------------------------------------------------
    def is_live(self, table: str, record_id: object) -> bool:
        """Whether the record exists and is not in the trash (checking a reference).

        ``record_id`` may be anything a caller was given: what is no id is no record.
        """
        return bool(
            self.conn.execute(
                f"SELECT 1 FROM {_ident(table)} WHERE id = ? AND deleted_at IS NULL", (record_id,)
            ).fetchone()
        )

    def live_row(self, table: str, record_id: int) -> dict[str, Any]:
        """The record's columns as stored, read inside this transaction.

        Raises:
            NotFoundError: no such record, or it is in the trash.
        """
        rows = self.query(
            f"SELECT * FROM {_ident(table)} WHERE id = ? AND deleted_at IS NULL", (record_id,)
        )
        if not rows:
            raise NotFoundError(_kind(table), record_id)
        return rows[0]

    def check_version(self, table: str, record_id: int, expected_version: int | None) -> None:
        """Refuse to go on unless the live record is at ``expected_version`` (None: any).

        For writes that may end up changing nothing: ``update`` checks by itself.

        Raises:
            NotFoundError: no such record, or it is in the trash.
            ConflictError: the file holds another version.
        """
        version = self.live_row(table, record_id)["version"]
        if expected_version is not None and expected_version != version:
            raise ConflictError(_kind(table), record_id, expected_version, int(version))

    # -- record helpers --------------------------------------------------
    def _stamp(self) -> dict[str, object]:
        return {
            "created_at": self.now,
            "updated_at": self.now,
            "created_by": self.user,
            "updated_by": self.user,
            "version": 1,
        }

    def record(
        self, table: str, record_id: int, action: str, changes: Mapping[str, Sequence[object]]
    ) -> None:
        """Add an audit entry for a write the helpers below did not make.

        For changes to link tables, recorded on the parent record (``tags``).
        """
        self._audit.append((_ident(table), int(record_id), action, audit.changes_text(changes)))

    def insert(self, table: str, values: Mapping[str, object]) -> int:
        """Insert one record with audit columns; returns its id."""
        row = {**self._stamp(), **values}
        columns = ", ".join(_ident(c) for c in row)
        marks = ", ".join("?" for _ in row)
        sql_values = [to_sql_value(v) for v in row.values()]
        cursor = self.conn.execute(
            f"INSERT INTO {_ident(table)} ({columns}) VALUES ({marks})", sql_values
        )
        record_id = int(cursor.lastrowid or 0)
        self.changes.created(table, [record_id])
        if table not in LINK_TABLES:
            given = [(c, v) for c, v in zip(row, sql_values, strict=True) if c in values]
            [created] = audit.created_texts([c for c, _ in given], [[v for _, v in given]])
            self._audit.append((table, record_id, "create", created))
        return record_id

    def insert_many(
        self, table: str, columns: Sequence[str], rows: Sequence[Sequence[object]]
    ) -> list[int]:
        """Insert many records in one ``executemany``; returns their ids in order.

        Ids are assigned here (max + 1 onwards): safe because BEGIN IMMEDIATE
        holds the write lock, and it saves a round trip per row.
        """
        if not rows:
            return []
        first = int(
            self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {_ident(table)}").fetchone()[0]
        )
        stamp = self._stamp()
        all_columns = ["id", *stamp, *(_ident(c) for c in columns)]
        stamp_values = tuple(stamp.values())
        marks = ", ".join("?" for _ in all_columns)
        ids = list(range(first, first + len(rows)))
        # Most values are stored as they are: only lists, dicts and tuples need converting.
        sql_rows = [tuple(v if type(v) in _AS_IS else to_sql_value(v) for v in row) for row in rows]
        self.conn.executemany(
            f"INSERT INTO {_ident(table)} ({', '.join(all_columns)}) VALUES ({marks})",
            (
                (record_id, *stamp_values, *row)
                for record_id, row in zip(ids, sql_rows, strict=True)
            ),
        )
        self.changes.created(table, ids)
        if table not in LINK_TABLES:
            texts = audit.created_texts(columns, sql_rows)
            self._audit.extend(
                (table, record_id, "create", text)
                for record_id, text in zip(ids, texts, strict=True)
            )
        return ids

    def _row(self, table: str, record_id: int) -> dict[str, Any] | None:
        rows = self.query(f"SELECT * FROM {_ident(table)} WHERE id = ?", (record_id,))
        return rows[0] if rows else None

    def update(
        self,
        table: str,
        record_id: int,
        values: Mapping[str, object],
        expected_version: int | None = None,
        *,
        include_trashed: bool = False,
    ) -> int:
        """Update a live record (with ``include_trashed``, any); returns its new version.

        Raises:
            NotFoundError: no such record, or it is in the trash.
            ConflictError: ``expected_version`` is given and the file holds another.
        """
        return self._update(table, record_id, values, expected_version, "update", include_trashed)

    def _update(
        self,
        table: str,
        record_id: int,
        values: Mapping[str, object],
        expected_version: int | None,
        action: str,
        include_trashed: bool = False,
    ) -> int:
        # The old row is read inside this transaction: it is the one being changed.
        old = self._row(table, record_id)
        if old is None or (old["deleted_at"] is not None and not include_trashed):
            raise NotFoundError(_kind(table), record_id)
        version = int(old["version"])
        if expected_version is not None and expected_version != version:
            raise ConflictError(_kind(table), record_id, expected_version, version)
        new = {_ident(c): to_sql_value(v) for c, v in values.items()}
        assignments = [f"{c} = ?" for c in new]
        assignments += ["updated_at = ?", "updated_by = ?", "version = version + 1"]
        self.conn.execute(
            f"UPDATE {_ident(table)} SET {', '.join(assignments)} WHERE id = ?",
            [*new.values(), self.now, self.user, record_id],
        )
        self.changes.updated(table, [record_id])
        if table not in LINK_TABLES:
            self._audit.append((table, record_id, action, audit.changes_text(audit.diff(old, new))))
        return version + 1

    def soft_delete(self, table: str, record_id: int, expected_version: int | None = None) -> None:
        """Move a record to the trash (``deleted_at`` set); restore brings it back."""
        self._update(table, record_id, {"deleted_at": self.now}, expected_version, "delete")
        self.changes.deleted(table, [record_id])

    def restore(self, table: str, record_id: int) -> None:
        old = self._row(table, record_id)
        if old is None or old["deleted_at"] is None:
            raise NotFoundError(_kind(table), record_id, in_trash=True)
        self.conn.execute(
            f"UPDATE {_ident(table)} SET deleted_at = NULL, updated_at = ?, updated_by = ?,"
            " version = version + 1 WHERE id = ?",
            (self.now, self.user, record_id),
        )
        self.changes.created(table, [record_id])
        self.record(table, record_id, "restore", {"deleted_at": [old["deleted_at"], None]})

    def purge(
        self, table: str, record_id: int, also: Mapping[str, object] | None = None
    ) -> dict[str, Any]:
        """Delete a row for good; its audit entry keeps every old value. Returns the row.

        ``also`` adds old values kept elsewhere (a record's ``tags``).

        Raises:
            NotFoundError: no such row.
        """
        old = self._row(table, record_id)
        if old is None:
            raise NotFoundError(_kind(table), record_id)
        self.conn.execute(f"DELETE FROM {_ident(table)} WHERE id = ?", (record_id,))
        self.changes.deleted(table, [record_id])
        kept = {**old, **(also or {})}
        self.record(
            table,
            record_id,
            "purge",
            {c: [v, None] for c, v in kept.items() if c != "id" and v is not None and v != ""},
        )
        return old

"""The one way to write: a short ``BEGIN IMMEDIATE`` transaction.

Inside it every insert stamps who and when, every update checks and bumps
``version`` (optimistic concurrency), deletes are soft, and the ids touched are
collected into a ``Changes`` value that is published on commit. Leaving the
``with`` block without ``commit()`` rolls everything back.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any

from crm_desktop.domain.changes import Changes, ChangesBuilder
from crm_desktop.domain.errors import ConflictError, NotFoundError, StorageError
from crm_desktop.storage.database import Database, failure_reason

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


def to_sql_value(value: object) -> object:
    """Lists and dicts are stored as JSON text; everything else as it is."""
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False)
    return value


class UnitOfWork:
    """``with UnitOfWork(db) as uow: ...; uow.commit()``."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.conn: sqlite3.Connection = database.conn
        self.changes = ChangesBuilder()
        self.now = ""
        self.user = database.user
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        self.database.lock.acquire()
        if self.conn.in_transaction:
            self.database.lock.release()
            # A unit of work inside another (on this thread): a bug, not a busy file.
            raise RuntimeError("a unit of work is already open on this database")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            self.database.lock.release()
            reason = failure_reason(error)
            raise StorageError(f"{self.database.path}: cannot start writing: {reason}") from error
        except BaseException:
            self.database.lock.release()
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
        finally:
            self.database.lock.release()
        if isinstance(exc, sqlite3.OperationalError):
            # Busy, read-only, disk full, file gone: the user can act on these.
            reason = failure_reason(exc)
            raise StorageError(f"{self.database.path}: nothing was saved: {reason}") from exc

    def commit(self) -> Changes:
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

    def insert(self, table: str, values: Mapping[str, object]) -> int:
        """Insert one record with audit columns; returns its id."""
        row = {**self._stamp(), **values}
        columns = ", ".join(_ident(c) for c in row)
        marks = ", ".join("?" for _ in row)
        cursor = self.conn.execute(
            f"INSERT INTO {_ident(table)} ({columns}) VALUES ({marks})",
            [to_sql_value(v) for v in row.values()],
        )
        record_id = int(cursor.lastrowid or 0)
        self.changes.created(table, [record_id])
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
        self.conn.executemany(
            f"INSERT INTO {_ident(table)} ({', '.join(all_columns)}) VALUES ({marks})",
            (
                (record_id, *stamp_values, *(to_sql_value(v) for v in row))
                for record_id, row in zip(ids, rows, strict=True)
            ),
        )
        self.changes.created(table, ids)
        return ids

    def update(
        self,
        table: str,
        record_id: int,
        values: Mapping[str, object],
        expected_version: int | None = None,
    ) -> int:
        """Update a live record; returns its new version.

        Raises:
            NotFoundError: no such record, or it is in the trash.
            ConflictError: ``expected_version`` is given and the file holds another.
        """
        assignments = [f"{_ident(c)} = ?" for c in values]
        params: list[object] = [to_sql_value(v) for v in values.values()]
        assignments += ["updated_at = ?", "updated_by = ?", "version = version + 1"]
        params += [self.now, self.user, record_id]
        sql = (
            f"UPDATE {_ident(table)} SET {', '.join(assignments)}"
            " WHERE id = ? AND deleted_at IS NULL"
        )
        if expected_version is not None:
            sql += " AND version = ?"
            params.append(expected_version)
        if self.conn.execute(sql, params).rowcount == 0:
            self._raise_missing_or_conflict(table, record_id, expected_version)
        self.changes.updated(table, [record_id])
        return int(
            self.conn.execute(
                f"SELECT version FROM {_ident(table)} WHERE id = ?", (record_id,)
            ).fetchone()[0]
        )

    def soft_delete(self, table: str, record_id: int, expected_version: int | None = None) -> None:
        """Move a record to the trash (``deleted_at`` set); restore brings it back."""
        self.update(table, record_id, {"deleted_at": self.now}, expected_version)
        self.changes.deleted(table, [record_id])

    def restore(self, table: str, record_id: int) -> None:
        cursor = self.conn.execute(
            f"UPDATE {_ident(table)} SET deleted_at = NULL, updated_at = ?, updated_by = ?,"
            " version = version + 1 WHERE id = ? AND deleted_at IS NOT NULL",
            (self.now, self.user, record_id),
        )
        if cursor.rowcount == 0:
            raise NotFoundError(f"deleted {_kind(table)}", record_id)
        self.changes.created(table, [record_id])

    def _raise_missing_or_conflict(
        self, table: str, record_id: int, expected_version: int | None
    ) -> None:
        row = self.conn.execute(
            f"SELECT version, deleted_at FROM {_ident(table)} WHERE id = ?", (record_id,)
        ).fetchone()
        if row is None or row[1] is not None:
            raise NotFoundError(_kind(table), record_id)
        raise ConflictError(_kind(table), record_id, expected_version or 0, int(row[0]))

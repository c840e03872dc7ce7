"""Rows of the FTS5 ``search_index``: one per contact, company, deal and ticket.

Services call ``put`` inside their unit of work after every write, so the
index never lags the data. The row id is derived from (kind, id), which makes
replacing or removing an entry a primary-key operation.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

KIND_CODES = {"contact": 1, "company": 2, "deal": 3, "ticket": 4}
KINDS_BY_CODE = {code: kind for kind, code in KIND_CODES.items()}


@dataclass(frozen=True)
class IndexEntry:
    kind: str
    record_id: int
    title: str
    texts: Sequence[str] = ()  # any other words to find it by
    phone_tokens: Sequence[str] = field(default_factory=tuple)  # digit strings

    @property
    def body(self) -> str:
        return " ".join([*(t for t in self.texts if t), *self.phone_tokens])


def rowid(kind: str, record_id: int) -> int:
    return record_id * 8 + KIND_CODES[kind]


def put(conn: sqlite3.Connection, entries: Iterable[IndexEntry]) -> None:
    """Insert or replace index entries (one ``executemany`` for bulk writes)."""
    rows = [(rowid(e.kind, e.record_id), e.kind, e.record_id, e.title, e.body) for e in entries]
    if not rows:
        return
    conn.executemany("DELETE FROM search_index WHERE rowid = ?", ((r[0],) for r in rows))
    conn.executemany(
        "INSERT INTO search_index (rowid, kind, record_id, title, body) VALUES (?, ?, ?, ?, ?)",
        rows,
    )


def remove(conn: sqlite3.Connection, kind: str, record_ids: Iterable[int]) -> None:
    conn.executemany(
        "DELETE FROM search_index WHERE rowid = ?", ((rowid(kind, i),) for i in record_ids)
    )

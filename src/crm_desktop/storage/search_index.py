"""Rows of the FTS5 ``search_index``: one per contact, company, deal and ticket.

Services call ``put`` inside their unit of work after every write, so the
index never lags the data. The row id is derived from (kind, id), which makes
replacing or removing an entry a primary-key operation.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from crm_desktop.domain.search import BODY_SEPARATOR

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
        # The separator is not a word character, so it changes nothing found;
        # search uses it to cut the first texts back out as a subtitle.
        return BODY_SEPARATOR.join([*(t for t in self.texts if t), *self.phone_tokens])


def rowid(kind: str, record_id: int) -> int:
    return record_id * 8 + KIND_CODES[kind]


def put(conn: sqlite3.Connection, entries: Iterable[IndexEntry]) -> None:
    """Insert or replace index entries (one ``executemany`` for bulk writes)."""
    rows = [(rowid(e.kind, e.record_id), e.kind, e.record_id, e.title, e.body) for e in entries]
    if not rows:
        return
    # FTS5 honours OR REPLACE on the rowid: one statement instead of a delete
    # and an insert per entry, which matters for bulk imports.
    conn.executemany(
        "INSERT OR REPLACE INTO search_index (rowid, kind, record_id, title, body)"
        " VALUES (?, ?, ?, ?, ?)",
        rows,
    )


def remove(conn: sqlite3.Connection, kind: str, record_ids: Iterable[int]) -> None:
    conn.executemany(
        "DELETE FROM search_index WHERE rowid = ?", ((rowid(kind, i),) for i in record_ids)
    )


# bm25 weights per column (kind, record_id, title, body): a word in the title
# (a name) counts ten times a word in the body (e-mail, company, notes).
_RANK = "bm25(search_index, 0.0, 0.0, 10.0, 1.0)"

IndexHit = tuple[str, int, str, str, float]  # kind, record_id, title, body, bm25


def match(
    conn: sqlite3.Connection,
    expression: str,
    limit: int,
    kinds: Sequence[str] | None = None,
    exclude_rowids: Sequence[int] = (),
    ranked: bool = True,
) -> list[IndexHit]:
    """Entries matching an FTS5 ``expression``, best (lowest bm25) first.

    With ``ranked=False`` the first ``limit`` matches come in index order with a
    score of 0: no bm25 over every match, which is what makes a one-letter
    query cheap.

    ``expression`` must come from ``domain.search`` (quoted terms only): raw
    user text here could be FTS5 syntax.
    """
    score = _RANK if ranked else "0"
    sql = f"SELECT kind, record_id, title, body, {score} AS score FROM search_index"
    sql += " WHERE search_index MATCH ?"
    params: list[object] = [expression]
    if kinds is not None:
        sql += f" AND kind IN ({', '.join('?' for _ in kinds)})"
        params.extend(kinds)
    if exclude_rowids:
        # One JSON parameter, however many: no limit on SQL variables to hit.
        sql += " AND rowid NOT IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(list(exclude_rowids)))
    sql += " ORDER BY score LIMIT ?" if ranked else " LIMIT ?"
    params.append(limit)
    return [
        (str(k), int(i), str(t), str(b), float(s))
        for k, i, t, b, s in conn.execute(sql, params).fetchall()
    ]


def word_terms(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every indexed term made of letters only, with the number of entries holding it.

    Digit terms (phone numbers, postcodes) are left out: they are many, and a
    typo in a number is not something to guess at. Terms are lower case, so
    ``term >= 'a'`` lets fts5vocab skip every term that starts with a digit,
    which halves the scan on a file full of phone numbers.
    """
    return [
        (str(term), int(count))
        for term, count in conn.execute(
            "SELECT term, doc FROM search_terms WHERE term >= 'a' AND term NOT GLOB '*[0-9]*'"
        ).fetchall()
    ]


def index_version(conn: sqlite3.Connection) -> bytes:
    """A value that changes whenever the index changes, by any connection, and only then.

    It is FTS5's structure record (row 10 of the ``_data`` shadow table), which
    every committed write to the index rewrites. Writes to other tables leave
    it alone, so caches keyed on it survive a new activity or a settings change.
    """
    row = conn.execute("SELECT block FROM search_index_data WHERE id = 10").fetchone()
    return bytes(row[0]) if row else b""

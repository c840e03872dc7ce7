"""The audit log: one hash-chained entry per create, update, delete, restore, purge.

The unit of work gathers entries while it runs and appends them just before
COMMIT, inside its ``BEGIN IMMEDIATE`` transaction, so the chain head it reads
cannot move under it even when other processes write the same file.

Each entry's hash is ``sha256(prev_hash + canonical)``, where ``canonical`` is
the JSON array ``[id, at, user, table_name, record_id, action, changes]`` with
no spaces and ``changes`` embedded exactly as stored. Altering any column of an
entry breaks its own hash; removing one leaves a hole in the ids and breaks the
next entry's ``prev_hash``. The newest id and hash are also kept in ``meta``,
so removing entries from the end shows too.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import Any

from crm_desktop.i18n import translate

GENESIS = "0" * 64
HEAD_KEY = "audit_head"

# (table_name, record_id, action, changes JSON text), as a unit of work gathers them.
Pending = tuple[str, int, str, str]

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode


def changes_text(changes: Mapping[str, Sequence[object]]) -> str:
    """``{field: [old, new]}`` as stored: keys sorted, no spaces."""
    return _dumps({key: list(changes[key]) for key in sorted(changes)})


def created_texts(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    """The changes of new records: ``[null, value]`` for every column given a value.

    Empty texts and NULLs are left out: a History of "notes: '' -> ''" helps no one.
    Built as text rather than through a dict per row: this runs once per row of
    a 100k-row import, and gives what ``changes_text`` would.
    """
    heads = [
        (i, f'"{columns[i]}":[null,') for i in sorted(range(len(columns)), key=columns.__getitem__)
    ]
    texts = []
    for row in rows:
        parts = []
        for index, head in heads:
            value = row[index]
            if value is None or value == "":
                continue
            if type(value) is str:
                parts.append(head + encode_basestring(value) + "]")
            elif type(value) is int:
                parts.append(head + str(value) + "]")
            else:
                parts.append(head + _dumps(value) + "]")
        texts.append("{" + ",".join(parts) + "}")
    return texts


def diff(old: Mapping[str, object], new: Mapping[str, object]) -> dict[str, list[object]]:
    """The fields of ``new`` whose value differs from ``old``, as ``[old, new]``."""
    return {
        column: [old.get(column), value]
        for column, value in new.items()
        if old.get(column) != value
    }


def canonical(
    entry_id: int, at: str, user: str, table: str, record_id: int, action: str, changes: str
) -> str:
    return (
        f"[{entry_id},{_dumps(at)},{_dumps(user)},{_dumps(table)},{int(record_id)},"
        f"{_dumps(action)},{changes}]"
    )


def entry_hash(prev_hash: str, canonical_text: str) -> str:
    return hashlib.sha256((prev_hash + canonical_text).encode()).hexdigest()


def head(conn: sqlite3.Connection) -> tuple[int, str]:
    """The newest entry's (id, hash), or (0, GENESIS) for an empty log."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def append(conn: sqlite3.Connection, at: str, user: str, entries: Sequence[Pending]) -> None:
    """Chain ``entries`` onto the log. Call inside the writing transaction only."""
    if not entries:
        return
    last_id, prev = head(conn)
    at_json, user_json = _dumps(at), _dumps(user)
    rows = []
    sha256 = hashlib.sha256
    for entry_id, (table, record_id, action, changes) in enumerate(entries, last_id + 1):
        # canonical() inlined: this loop runs once per row of a 100k-row import.
        text = f'[{entry_id},{at_json},{user_json},"{table}",{record_id},"{action}",{changes}]'
        digest = sha256((prev + text).encode()).hexdigest()
        rows.append((entry_id, at, user, table, record_id, action, changes, prev, digest))
        prev = digest
    conn.executemany(
        "INSERT INTO audit_log (id, at, user, table_name, record_id, action, changes,"
        " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (HEAD_KEY, f"{rows[-1][0]}:{prev}"),
    )


@dataclass(frozen=True)
class ChainProblem:
    """One thing wrong with the log, naming the entry it was found at."""

    entry_id: int
    reason: str

    def __str__(self) -> str:
        return translate("checks", "audit entry {id}: {reason}").format(
            id=self.entry_id, reason=self.reason
        )


def verify(conn: sqlite3.Connection) -> list[ChainProblem]:
    """Every entry altered, removed or out of chain, oldest first."""
    problems: list[ChainProblem] = []
    expected_id, prev = 1, GENESIS
    cursor = conn.execute(
        "SELECT id, at, user, table_name, record_id, action, changes, prev_hash, hash"
        " FROM audit_log ORDER BY id"
    )
    for entry_id, at, user, table, record_id, action, changes, prev_hash, stored in cursor:
        if entry_id != expected_id:
            missing = (
                translate("checks", "entry {first} was removed before it")
                if entry_id == expected_id + 1
                else translate("checks", "entries {first} to {last} were removed before it")
            )
            problems.append(
                ChainProblem(entry_id, missing.format(first=expected_id, last=entry_id - 1))
            )
        if prev_hash != prev:
            problems.append(
                ChainProblem(entry_id, translate("checks", "does not follow the entry before it"))
            )
        text = canonical(entry_id, at, user, table, record_id, action, changes)
        if entry_hash(prev_hash, text) != stored:
            problems.append(
                ChainProblem(entry_id, translate("checks", "was altered after it was written"))
            )
        expected_id, prev = entry_id + 1, stored
    recorded = conn.execute("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    if recorded is not None:
        head_id, _, head_hash = str(recorded[0]).partition(":")
        if int(head_id) >= expected_id:
            problems.append(
                ChainProblem(
                    int(head_id),
                    translate(
                        "checks", "entries {first} to {last} were removed from the end"
                    ).format(first=expected_id, last=head_id),
                )
            )
        elif int(head_id) == expected_id - 1 and head_hash != prev:
            problems.append(
                ChainProblem(int(head_id), translate("checks", "was altered after it was written"))
            )
    return problems


def entries_for(
    conn: sqlite3.Connection, table: str, record_ids: Iterable[int]
) -> list[dict[str, Any]]:
    """Entries of some records, oldest first (for History)."""
    ids = json.dumps(sorted({int(i) for i in record_ids}))
    cursor = conn.execute(
        "SELECT id, at, user, table_name, record_id, action, changes FROM audit_log"
        " WHERE table_name = ? AND record_id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (table, ids),
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

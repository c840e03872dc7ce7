"""Bulk-create 100,000 contacts through the services, against bare executemany.

The service side calls ``services.contacts.create_contacts`` (checks, phone
normalisation, search index, one transaction) on a fresh file. The baseline
writes the very same final rows (read back from the service file, index rows
included) with a bare ``sqlite3`` ``executemany`` into a copy of the file as it
was before, so the difference is exactly the cost of the service layer.

Run alone: ``python bench/bench_contacts_bulk.py [--profile]``.
"""

from __future__ import annotations

import cProfile
import pstats
import sqlite3
import sys
from pathlib import Path

from _common import (
    BASELINE_FILE,
    CONTACTS,
    SERVICE_FILE,
    Figure,
    company_drafts,
    contact_drafts,
    fresh_database,
    print_figures,
    remove_file,
    timed,
)
from crm_desktop.services.contacts import create_contacts
from crm_desktop.storage.database import Database

BENCH = "bulk contacts"
TARGET_RATIO = 3.0

Rows = dict[str, tuple[list[str], list[tuple[object, ...]]]]


def _create_companies(db: Database) -> list[int]:
    try:
        from crm_desktop.services.companies import create_company
    except ImportError:  # companies.py not written yet: contacts work without them
        return []
    return [int(create_company(db, draft).id) for draft in company_drafts()]


# Facts about the file, not records: opening it rewrites some (INSERT OR REPLACE moves the
# rowid), so the baseline would insert a key that is already there.
_FILE_FACTS = frozenset({"meta", "sessions"})


def _record_tables(conn: sqlite3.Connection) -> list[tuple[str, bool]]:
    """(table, is_fts) for every table holding records: no shadow or vocab tables."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")]
    tables = []
    for name, sql in rows:
        if any(name.startswith(f"{v}_") for v in virtual) or "fts5vocab" in sql.lower():
            continue
        if name in _FILE_FACTS:
            continue
        tables.append((name, "using fts5" in sql.lower()))
    return tables


def _rowids(conn: sqlite3.Connection) -> dict[str, set[int]]:
    return {
        table: {r[0] for r in conn.execute(f"SELECT rowid FROM {table}")}
        for table, _ in _record_tables(conn)
    }


def _new_rows(conn: sqlite3.Connection, before: dict[str, set[int]]) -> Rows:
    """Every row the service added, per table, with the columns to insert it again."""
    rows: Rows = {}
    for table, is_fts in _record_tables(conn):
        cursor = conn.execute(f"SELECT rowid, * FROM {table}")
        names = [d[0] for d in cursor.description]
        added = [r for r in cursor.fetchall() if r[0] not in before.get(table, set())]
        if not added:
            continue
        if is_fts:  # keep the rowid: it encodes (kind, record id)
            rows[table] = (names, [tuple(r) for r in added])
        else:  # the "id" column is the rowid already
            rows[table] = (names[1:], [tuple(r[1:]) for r in added])
    return rows


def _bare_insert(path: Path, rows: Rows) -> float:
    """The baseline: one transaction of plain executemany, the app's pragmas."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        with timed() as seconds:
            conn.execute("BEGIN IMMEDIATE")
            for table, (columns, values) in rows.items():
                marks = ", ".join("?" for _ in columns)
                conn.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values
                )
            conn.execute("COMMIT")
        return seconds[0]
    finally:
        conn.close()


def run(profile: bool = False) -> list[Figure]:
    # given: a fresh file with companies, and its copy for the baseline
    db = fresh_database(SERVICE_FILE)
    company_ids = _create_companies(db)
    remove_file(BASELINE_FILE)
    with sqlite3.connect(BASELINE_FILE) as copy:
        db.conn.backup(copy)
    copy.close()
    with timed() as making:
        drafts = contact_drafts(company_ids)
    before = _rowids(db.conn)

    # when: the services create the contacts
    profiler = cProfile.Profile() if profile else None
    with timed() as service:
        if profiler:
            profiler.enable()
        create_contacts(db, drafts)
        if profiler:
            profiler.disable()
    rows = _new_rows(db.conn, before)
    db.close()

    # and: the same rows go in bare
    baseline = _bare_insert(BASELINE_FILE, rows)

    if profiler:
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("tottime").print_stats(25)
        stats.sort_stats("cumulative").print_stats(30)

    count = len(drafts)
    written = ", ".join(f"{len(v):,} {t}" for t, (_, v) in rows.items())
    ratio = service[0] / baseline
    return [
        Figure(BENCH, "drafts generated", making[0], "s", f"{count:,} contacts, not timed below"),
        Figure(BENCH, "service create_contacts", service[0], "s", written),
        Figure(BENCH, "service rate", count / service[0], "rows/s"),
        Figure(BENCH, "bare executemany", baseline, "s", "same final rows, one transaction"),
        Figure(BENCH, "bare rate", count / baseline, "rows/s"),
        Figure(
            BENCH,
            "service / bare",
            ratio,
            "x",
            f"target within {TARGET_RATIO:.0f}x: {'met' if ratio <= TARGET_RATIO else 'MISSED'}",
        ),
    ]


if __name__ == "__main__":
    print(f"{CONTACTS:,} contacts into {SERVICE_FILE.parent}")
    print_figures(run(profile="--profile" in sys.argv))

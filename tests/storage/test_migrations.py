from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.storage import migrations


@pytest.fixture
def file_path(tmp_path: Path) -> Path:
    return tmp_path / "migrations.sqlite3"


@pytest.fixture
def conn(file_path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to a new, empty file on disk, as the app opens them."""
    connection = sqlite3.connect(file_path, isolation_level=None)
    yield connection
    connection.close()


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


@pytest.mark.parametrize("step", range(1, migrations.LATEST + 1))
def test_each_migration_applies_alone_on_top_of_the_previous(
    conn: sqlite3.Connection, step: int
) -> None:
    migrations.migrate(conn, 1, target=step - 1)
    before = _schema(conn)

    applied = migrations.migrate(conn, 1, target=step)

    assert applied == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == step
    assert _schema(conn) > before


def _schema(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    """Tables and indexes: a step may add either (13 adds only indexes)."""
    rows = conn.execute("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index')")
    return {(r[0], r[1]) for r in rows}


def test_every_record_table_has_the_standard_columns(conn: sqlite3.Connection) -> None:
    migrations.migrate(conn, 1)
    standard = {
        "id",
        "created_at",
        "updated_at",
        "created_by",
        "updated_by",
        "version",
        "deleted_at",
    }
    internal = {"meta", "audit_log", "sessions"}

    for table in _tables(conn) - internal:
        if table.startswith("search_") or table.startswith("sqlite_"):
            continue
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        assert standard <= columns, table


def test_money_columns_are_integers(conn: sqlite3.Connection) -> None:
    migrations.migrate(conn, 1)

    for table in ("deals", "products", "orders", "order_lines"):
        for _, name, kind, *_ in conn.execute(f"PRAGMA table_info({table})"):
            if name.endswith("_minor"):
                assert kind == "INTEGER", (table, name)


def test_failed_migration_rolls_back_and_keeps_the_version(
    conn: sqlite3.Connection, file_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    migrations.migrate(conn, 1, target=1)
    broken = [migrations.MIGRATIONS[0], lambda: "CREATE TABLE half (x); CREATE TABLE oops ("]
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)

    with pytest.raises(sqlite3.Error):
        migrations.migrate(conn, 1, target=2)

    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "half" not in _tables(conn)
    conn.close()
    reopened = sqlite3.connect(file_path)  # and so it is in the file itself
    try:
        assert reopened.execute("PRAGMA user_version").fetchone()[0] == 1
        assert "half" not in _tables(reopened)
    finally:
        reopened.close()

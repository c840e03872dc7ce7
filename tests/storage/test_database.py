from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from crm_desktop.domain.errors import (
    DatabaseFileError,
    ForeignDatabaseError,
    NotADatabaseError,
    SchemaTooNewError,
)
from crm_desktop.storage import migrations
from crm_desktop.storage.database import APPLICATION_ID, file_failure, open_database


def test_new_file_is_created_with_latest_schema_and_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "crm.sqlite3"

    db = open_database(path, user="ada")

    assert path.exists()
    assert db.schema_version == migrations.LATEST
    assert db.scalar("PRAGMA application_id") == APPLICATION_ID
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA busy_timeout") > 0
    db.close()


def test_new_file_has_the_default_sales_pipeline(tmp_path: Path) -> None:
    db = open_database(tmp_path / "crm.sqlite3")

    stages = db.query("SELECT name, probability, outcome FROM stages ORDER BY position")

    assert [(s["name"], s["probability"]) for s in stages] == [
        ("Lead", 10),
        ("Qualified", 25),
        ("Proposal", 50),
        ("Negotiation", 75),
        ("Won", 100),
        ("Lost", 0),
    ]
    assert [s["outcome"] for s in stages][-2:] == ["won", "lost"]
    db.close()


def test_reopening_keeps_data_and_applies_no_migration(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    open_database(path).close()

    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT count(*) FROM stages").fetchone()[0]
    db = open_database(path)

    assert db.scalar("SELECT count(*) FROM stages") == before
    db.close()


def test_file_that_is_not_sqlite_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "contacts.xlsx"
    content = b"PK\x03\x04 this is a spreadsheet, not a database" * 10
    path.write_bytes(content)

    with pytest.raises(NotADatabaseError) as caught:
        open_database(path)

    assert "not an SQLite database" in str(caught.value)
    assert path.read_bytes() == content
    assert not (tmp_path / "contacts.xlsx-wal").exists()


def test_sqlite_file_of_another_program_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.close()
    content = path.read_bytes()

    with pytest.raises(ForeignDatabaseError) as caught:
        open_database(path)

    assert "another program" in str(caught.value)
    assert path.read_bytes() == content


def test_file_from_a_newer_version_is_refused_naming_both_versions(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {migrations.LATEST + 3}")
    conn.close()
    content = path.read_bytes()

    with pytest.raises(SchemaTooNewError) as caught:
        open_database(path)

    message = str(caught.value)
    assert f"schema version {migrations.LATEST + 3}" in message
    assert f"schema version {migrations.LATEST} at most" in message
    assert path.read_bytes() == content


def test_empty_file_becomes_a_crm_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()

    db = open_database(path)

    assert db.schema_version == migrations.LATEST
    db.close()


def test_missing_file_without_create_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseFileError, match="does not exist"):
        open_database(tmp_path / "missing.sqlite3", create=False)
    with pytest.raises(DatabaseFileError, match="is a folder"):
        open_database(tmp_path)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs a device file")
def test_device_file_is_refused() -> None:
    with pytest.raises(DatabaseFileError, match="is a device or pipe"):
        open_database("/dev/null")


def test_read_only_and_busy_failures_say_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"

    read_only = file_failure(path, sqlite3.OperationalError("attempt to write a readonly database"))
    busy = file_failure(path, sqlite3.OperationalError("database is locked"))

    assert "the file or its folder is read-only" in str(read_only)
    assert "another program or window is using it" in str(busy)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_wal_file_in_a_read_only_folder_is_not_called_damaged(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    open_database(folder / "crm.sqlite3").close()
    folder.chmod(0o555)
    try:
        with pytest.raises(DatabaseFileError) as caught:
            open_database(folder / "crm.sqlite3")
    finally:
        folder.chmod(0o755)

    assert not isinstance(caught.value, NotADatabaseError)
    assert "read-only" in str(caught.value)


def test_name_too_long_for_the_file_system_is_a_file_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseFileError, match="cannot open"):
        open_database(tmp_path / ("x" * 300))


def test_a_file_where_a_folder_should_be_is_named(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a folder")

    with pytest.raises(DatabaseFileError) as caught:
        open_database(tmp_path / "notes.txt" / "crm" / "crm.sqlite3")

    assert str(caught.value).endswith(f"{tmp_path / 'notes.txt'} is a file, not a folder")


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes")
def test_a_file_whose_name_is_not_utf8_opens_again(tmp_path: Path) -> None:
    path = tmp_path / os.fsdecode(b"caf\xe9.sqlite3")  # Latin-1, as old drives have it
    open_database(path).close()

    db = open_database(path)

    assert db.schema_version == migrations.LATEST
    db.close()

"""Opening real damaged, cut-short, read-only and full files: clear refusals, nothing lost."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import (
    DamagedFileError,
    ReadOnlyError,
    SchemaTooNewError,
    StorageError,
)
from crm_desktop.services.contact_lists import count_contacts
from crm_desktop.services.contacts import create_contact, create_contacts, get_contact
from crm_desktop.services.files import check_file, open_crm_file
from crm_desktop.storage import migrations
from crm_desktop.storage.backup import integrity_problem
from crm_desktop.storage.database import Database

PAGE = 4096


def damage_table(path: Path, table: str) -> None:
    """Overwrite the root page of ``table`` with zeros, as a bad disk sector would."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root[0] - 1) * page_size)
        handle.write(bytes(page_size))


def _make_file(path: Path, contacts: int = 0) -> None:
    db = open_crm_file(path, user="tester")
    if contacts:
        create_contacts(
            db, [ContactDraft(first_name=f"P{n}", notes="n" * 300) for n in range(contacts)]
        )
    db.close()  # the last connection checkpoints: one self-contained file


def test_a_file_from_a_newer_version_is_refused_unchanged(db_path: Path) -> None:
    _make_file(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    before = db_path.read_bytes()

    with pytest.raises(SchemaTooNewError, match="newer crm-desktop"):
        open_crm_file(db_path)

    assert db_path.read_bytes() == before


def test_a_cut_short_file_is_refused_as_damaged(db_path: Path) -> None:
    _make_file(db_path, contacts=500)
    size = db_path.stat().st_size
    with db_path.open("r+b") as handle:
        handle.truncate(size // 2)

    with pytest.raises(DamagedFileError, match=r"cut short.*crm restore"):
        open_crm_file(db_path)


def test_a_file_with_overwritten_pages_fails_the_quick_check(db_path: Path) -> None:
    _make_file(db_path, contacts=2000)
    damage_table(db_path, "contacts")

    db = open_crm_file(db_path)
    try:
        with pytest.raises(DamagedFileError, match=r"damaged.*crm backups list"):
            check_file(db)
    finally:
        db.close()


def test_reading_a_damaged_page_says_the_file_is_damaged(db_path: Path) -> None:
    _make_file(db_path, contacts=200)
    damage_table(db_path, "contacts")
    db = open_crm_file(db_path)
    try:
        with pytest.raises(StorageError, match="damaged"):
            db.query("SELECT notes FROM contacts")
    finally:
        db.close()


def test_a_sound_file_passes_the_quick_check(db: Database) -> None:
    create_contact(db, ContactDraft(first_name="Ada"))

    check_file(db)  # no error


# -- read-only ------------------------------------------------------------------------------
def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


@pytest.fixture
def read_only_file(tmp_path: Path) -> Iterator[Path]:
    """A CRM file the process cannot write: a read-only bind mount (root) or chmod (others).

    Root ignores file permissions, so for root only a read-only mount is a real test.
    """
    folder = tmp_path / "share"
    folder.mkdir()
    _make_file(folder / "crm.sqlite3")
    create_at = open_crm_file(folder / "crm.sqlite3", user="tester")
    create_contact(create_at, ContactDraft(first_name="Ada"))
    create_at.close()
    if os.geteuid() != 0:
        (folder / "crm.sqlite3").chmod(0o444)
        folder.chmod(0o555)
        yield folder / "crm.sqlite3"
        folder.chmod(0o755)
        return
    view = tmp_path / "mounted"
    view.mkdir()
    if not shutil.which("mount") or not _mount("--bind", str(folder), str(view)):
        pytest.skip("root here cannot bind-mount, and root ignores chmod")
    try:
        if not _mount("-o", "remount,bind,ro", str(view)):
            pytest.skip("cannot remount read-only here")
        yield view / "crm.sqlite3"
    finally:
        subprocess.run(["umount", str(view)], check=False)


def test_a_read_only_file_opens_read_only_and_reads(read_only_file: Path) -> None:
    db = open_crm_file(read_only_file)
    try:
        assert db.read_only
        assert count_contacts(db) == 1
    finally:
        db.close()


def test_a_sound_read_only_file_passes_the_quick_check(read_only_file: Path) -> None:
    db = open_crm_file(read_only_file)
    try:
        check_file(db)  # no DamagedFileError: a WAL file without its -shm is read as it stands
    finally:
        db.close()


def test_writing_to_a_read_only_file_is_refused_clearly(read_only_file: Path) -> None:
    db = open_crm_file(read_only_file)
    try:
        with pytest.raises(ReadOnlyError, match="read-only: changes cannot be saved"):
            create_contact(db, ContactDraft(first_name="Bea"))
    finally:
        db.close()


# -- full disk -------------------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MB file system (tmpfs), where mounting is allowed."""
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = shutil.which("mount") and _mount("-t", "tmpfs", "-o", "size=1M", "tmpfs", str(folder))
    if not mounted:
        pytest.skip("cannot mount a tmpfs here (not root, or no mount permission)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def _fill_until_refused(db: Database) -> tuple[int, StorageError]:
    """Add contacts in batches until a write fails; the number committed, and the error."""
    committed = 0
    for batch in range(1000):
        try:
            create_contacts(
                db,
                [ContactDraft(first_name=f"B{batch}-{n}", notes="z" * 500) for n in range(50)],
            )
        except StorageError as error:
            return committed, error
        committed += 50
    raise AssertionError("the disk never filled")


def test_a_full_disk_rolls_the_write_back_and_keeps_what_was_saved(small_disk: Path) -> None:
    path = small_disk / "crm.sqlite3"
    db = open_crm_file(path, user="tester")
    first = create_contact(db, ContactDraft(first_name="Ada"))

    committed, error = _fill_until_refused(db)

    assert "disk is full" in str(error) and "nothing was saved" in str(error)
    assert count_contacts(db) == committed + 1
    assert get_contact(db, first.id).first_name == "Ada"
    db.close()
    assert integrity_problem(path) is None


def test_a_file_at_its_size_limit_refuses_writes_the_same_way(db: Database) -> None:
    """Where no tmpfs can be mounted: SQLite's own page limit gives the same "full" error."""
    pages = int(db.scalar("PRAGMA page_count"))
    db.conn.execute(f"PRAGMA max_page_count = {pages + 20}")

    committed, error = _fill_until_refused(db)

    assert "disk is full" in str(error)
    assert count_contacts(db) == committed
    assert integrity_problem(db.path) is None

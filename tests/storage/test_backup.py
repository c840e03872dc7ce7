"""Backup copies on disk: verified, named by time, rotated by age."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import BackupError
from crm_desktop.services.contacts import create_contact
from crm_desktop.storage import backup
from crm_desktop.storage.database import Database

NOW = datetime(2026, 11, 29, 9, 30, tzinfo=UTC)


def test_backup_folder_differs_for_two_files_of_the_same_name(tmp_path: Path) -> None:
    root = tmp_path / "backups"

    one = backup.backup_folder(tmp_path / "a" / "crm.sqlite3", root)
    two = backup.backup_folder(tmp_path / "b" / "crm.sqlite3", root)

    assert one != two
    assert one.name.startswith("crm-") and one.parent == root


def test_a_backup_is_a_verified_copy_named_for_its_moment(db: Database, tmp_path: Path) -> None:
    create_contact(db, ContactDraft(first_name="Ada"))

    made = backup.make_backup(db.path, tmp_path / "copies", NOW)

    assert made.path.name == "20261129-093000.sqlite3"
    assert backup.integrity_problem(made.path) is None
    assert not list((tmp_path / "copies").glob("*.partial"))


def test_two_backups_in_one_second_both_stay(db: Database, tmp_path: Path) -> None:
    first = backup.make_backup(db.path, tmp_path / "copies", NOW)
    second = backup.make_backup(db.path, tmp_path / "copies", NOW)

    assert first.path != second.path
    assert len(backup.list_backup_files(tmp_path / "copies")) == 2


def test_a_copy_that_fails_its_check_is_deleted_and_reported(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "integrity_problem", lambda path, quick=False: "page 3: bad")

    with pytest.raises(BackupError, match="failed its integrity check"):
        backup.make_backup(db.path, tmp_path / "copies", NOW)

    assert list((tmp_path / "copies").iterdir()) == []


def test_a_backup_is_due_only_a_day_after_the_last(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    assert backup.is_backup_due(folder, NOW)
    backup.make_backup(db.path, folder, NOW)

    assert not backup.is_backup_due(folder, NOW + timedelta(hours=23))
    assert backup.is_backup_due(folder, NOW + timedelta(hours=24))


def test_rotation_deletes_copies_older_than_the_days_kept(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    for days_ago in (20, 15, 3, 0):
        backup.make_backup(db.path, folder, NOW - timedelta(days=days_ago))

    removed = backup.rotate(folder, NOW, keep_days=14)

    assert sorted(p.name for p in removed) == ["20261109-093000.sqlite3", "20261114-093000.sqlite3"]
    assert [f.made_at for f in backup.list_backup_files(folder)] == [
        NOW,
        NOW - timedelta(days=3),
    ]


def test_rotation_keeps_the_newest_copy_however_old(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    backup.make_backup(db.path, folder, NOW - timedelta(days=90))

    assert backup.rotate(folder, NOW, keep_days=14) == []

"""crm backup, crm restore and crm backups list, run as the real command."""

from __future__ import annotations

import json
from pathlib import Path

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.services.contacts import create_contact, delete_contact, get_contact
from crm_desktop.storage.database import Database
from tests.cli.cli_runner import Crm


def test_backup_out_writes_a_verified_copy_to_the_file_named(
    crm: Crm, db: Database, tmp_path: Path
) -> None:
    create_contact(db, ContactDraft(first_name="Ada"))
    out = tmp_path / "copy.sqlite3"

    result = crm.run("backup", "--out", str(out), "--json")

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"]["contacts"] == 1
    assert out.exists()


def test_backups_list_shows_the_backups_made(crm: Crm, db: Database) -> None:
    crm.run("backup")

    result = crm.run("backups", "list", "--json")

    (listed,) = json.loads(result.stdout)
    assert set(listed) >= {"path", "made_at", "size_bytes", "counts"}


def test_restore_brings_back_a_deleted_contact(crm: Crm, db: Database, tmp_path: Path) -> None:
    ada = create_contact(db, ContactDraft(first_name="Ada"))
    out = tmp_path / "before.sqlite3"
    crm.run("backup", "--out", str(out))
    delete_contact(db, ada.id)

    result = crm.run("restore", str(out))

    assert result.returncode == 0, result.stderr
    assert "undo" in result.stdout
    assert get_contact(db, ada.id).first_name == "Ada"


def test_restore_refuses_a_file_that_is_not_a_backup(
    crm: Crm, db: Database, tmp_path: Path
) -> None:
    create_contact(db, ContactDraft(first_name="Ada"))
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database")

    result = crm.run("restore", str(junk))

    assert result.returncode == 1
    assert "not a valid crm-desktop backup" in result.stderr
    assert len(result.stderr.splitlines()) == 1

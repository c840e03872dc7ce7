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


def test_a_cut_short_file_names_the_restore_command_and_restore_mends_it(
    crm: Crm, db: Database, tmp_path: Path
) -> None:
    create_contact(db, ContactDraft(first_name="Ada"))
    copy = tmp_path / "good.sqlite3"
    crm.run("backup", "--out", str(copy))
    for n in range(400):
        create_contact(db, ContactDraft(first_name=f"P{n}", notes="n" * 300))
    db.close()
    with crm.db_path.open("r+b") as handle:
        handle.truncate(crm.db_path.stat().st_size // 2)

    refused = crm.run("contacts", "list")
    restored = crm.run("restore", str(copy))
    listed = crm.run("contacts", "list", "--json")

    assert refused.returncode == 1 and "crm restore FILE" in refused.stderr
    assert restored.returncode == 0, restored.stderr
    assert [c["first_name"] for c in json.loads(listed.stdout)] == ["Ada"]

"""``crm trash``, ``crm history`` and ``crm check``, run as the real program."""

from __future__ import annotations

import sqlite3

from crm_desktop.services.contacts import delete_contact, update_contact
from crm_desktop.storage.database import Database
from tests.cli.cli_runner import Crm
from tests.services.records import add_contact


def test_trash_list_restore_and_purge(crm: Crm, db: Database) -> None:
    kept, gone = add_contact(db, "Giulia", "Rossi"), add_contact(db, "Marco", "Neri")
    delete_contact(db, kept)
    delete_contact(db, gone)

    listed = crm.json("trash", "list")
    restored = crm.ok("trash", "restore", "contact", str(kept))
    purged = crm.ok("trash", "purge", "contact", str(gone))

    assert {(r["kind"], r["id"], r["name"]) for r in listed} == {
        ("contact", kept, "Giulia Rossi"),
        ("contact", gone, "Marco Neri"),
    }
    assert restored.strip() == f"restored contact {kept}"
    assert purged.strip() == f"purged contact {gone}"
    assert crm.json("trash", "list") == []


def test_purging_what_is_not_in_the_trash_fails_in_one_line(crm: Crm, db: Database) -> None:
    contact_id = add_contact(db)

    result = crm.run("trash", "purge", "contact", str(contact_id))

    assert result.returncode == 1
    assert result.stderr == f"crm: error: No contact in the trash with id {contact_id}\n"


def test_purge_all_older_than_days(crm: Crm, db: Database) -> None:
    contact_id = add_contact(db)
    delete_contact(db, contact_id)

    output = crm.ok("trash", "purge", "--all-older-than", "0")

    assert output.strip() == "purged 1 record"


def test_history_prints_each_change_old_to_new(crm: Crm, db: Database) -> None:
    contact_id = add_contact(db, "Giulia", "Rossi")
    update_contact(db, contact_id, {"last_name": "Bianchi"})

    output = crm.ok("history", "contact", str(contact_id))

    assert "tester  update\n    Last name: Rossi -> Bianchi\n" in output


def test_check_passes_a_sound_file(crm: Crm, db: Database) -> None:
    add_contact(db)

    result = crm.run("check")

    assert result.returncode == 0
    assert result.stdout.endswith("all checks passed\n")


def test_check_names_an_altered_audit_entry(crm: Crm, db: Database) -> None:
    contact_id = add_contact(db)
    update_contact(db, contact_id, {"last_name": "Bianchi"})
    entry_id = db.scalar("SELECT max(id) FROM audit_log")
    db.close()
    with sqlite3.connect(crm.db_path) as conn:
        conn.execute("UPDATE audit_log SET changes = '{}' WHERE id = ?", (entry_id,))
    conn.close()

    result = crm.run("check")

    assert result.returncode == 1
    assert f"audit entry {entry_id}: was altered after it was written" in result.stdout


def test_check_names_a_removed_audit_entry(crm: Crm, db: Database) -> None:
    contact_id = add_contact(db)
    update_contact(db, contact_id, {"last_name": "Bianchi"})
    removed = db.scalar("SELECT max(id) FROM audit_log") - 1
    db.close()
    with sqlite3.connect(crm.db_path) as conn:
        conn.execute("DELETE FROM audit_log WHERE id = ?", (removed,))
    conn.close()

    result = crm.run("check")

    assert result.returncode == 1
    assert f"audit entry {removed + 1}: entry {removed} was removed before it" in result.stdout

"""Every write path leaves an audit entry with the right old and new values, chained."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Any

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.services.contacts import (
    create_contact,
    create_contacts,
    delete_contact,
    restore_contact,
    update_contact,
)
from crm_desktop.services.tags import delete_tag, rename_tag, tag_records, untag_records
from crm_desktop.storage import audit
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import LINK_TABLES, UnitOfWork
from tests.services.records import add_contact

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "crm_desktop"


def entries(db: Database, table: str, record_id: int) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT * FROM audit_log WHERE table_name = ? AND record_id = ? ORDER BY id",
        (table, record_id),
    )
    for row in rows:
        row["changes"] = json.loads(row["changes"])
    return rows


def test_create_records_the_new_values(db: Database) -> None:
    contact = create_contact(db, ContactDraft(first_name="Giulia", last_name="Rossi"))

    [entry] = entries(db, "contacts", contact.id)

    assert entry["action"] == "create"
    assert entry["user"] == "tester"
    assert entry["changes"]["first_name"] == [None, "Giulia"]
    assert "notes" not in entry["changes"]  # empty values say nothing


def test_update_records_only_changed_fields_with_old_and_new(db: Database) -> None:
    contact_id = add_contact(db, "Giulia", "Rossi")

    update_contact(db, contact_id, {"last_name": "Bianchi", "first_name": "Giulia"})

    entry = entries(db, "contacts", contact_id)[-1]
    assert entry["action"] == "update"
    assert entry["changes"] == {"last_name": ["Rossi", "Bianchi"]}


def test_delete_and_restore_are_recorded(db: Database) -> None:
    contact_id = add_contact(db)

    delete_contact(db, contact_id)
    restore_contact(db, contact_id)

    delete, restore = entries(db, "contacts", contact_id)[-2:]
    assert delete["action"] == "delete"
    assert delete["changes"]["deleted_at"][0] is None
    assert restore["action"] == "restore"
    assert restore["changes"]["deleted_at"][1] is None


def test_bulk_create_writes_one_entry_per_record(db: Database) -> None:
    ids = create_contacts(db, [ContactDraft(first_name=f"P{i}") for i in range(50)])

    created = db.query(
        "SELECT record_id FROM audit_log WHERE table_name = 'contacts' AND action = 'create'"
    )

    assert sorted(r["record_id"] for r in created) == sorted(ids)
    assert audit.verify(db.conn) == []


def test_tagging_is_recorded_as_a_change_of_the_records_tags(db: Database) -> None:
    contact_id = add_contact(db)

    tag_records(db, "contact", [contact_id], ["VIP", "Milano"])
    untag_records(db, "contact", [contact_id], ["VIP"])

    tagged, untagged = entries(db, "contacts", contact_id)[-2:]
    assert tagged["changes"] == {"tags": [[], ["Milano", "VIP"]]}
    assert untagged["changes"] == {"tags": [["Milano", "VIP"], ["Milano"]]}
    assert db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'taggings'") == 0


def test_deleting_a_tag_records_it_leaving_each_record(db: Database) -> None:
    contact_id = add_contact(db)
    tag_records(db, "contact", [contact_id], ["VIP"])
    tag_id = db.scalar("SELECT id FROM tags WHERE name = 'VIP'")

    delete_tag(db, tag_id)

    assert entries(db, "contacts", contact_id)[-1]["changes"] == {"tags": [["VIP"], []]}
    assert entries(db, "tags", tag_id)[-1]["action"] == "delete"


def test_renaming_over_a_trashed_tag_records_the_trashed_one_moved_aside(db: Database) -> None:
    contact_id = add_contact(db)
    tag_records(db, "contact", [contact_id], ["Old", "Other"])
    old_id = db.scalar("SELECT id FROM tags WHERE name = 'Old'")
    other_id = db.scalar("SELECT id FROM tags WHERE name = 'Other'")
    delete_tag(db, old_id)

    rename_tag(db, other_id, "Old")

    moved = entries(db, "tags", old_id)[-1]
    assert moved["changes"] == {"name": ["Old", f"Old (deleted #{old_id})"]}


def test_a_rolled_back_unit_of_work_leaves_no_entry(db: Database) -> None:
    before = db.scalar("SELECT count(*) FROM audit_log")
    with UnitOfWork(db) as uow:
        uow.insert("tags", {"name": "lost"})

    assert db.scalar("SELECT count(*) FROM audit_log") == before


def test_each_entry_chains_onto_the_one_before(db: Database) -> None:
    add_contact(db)
    add_contact(db, "Marco", "Neri")

    rows = db.query("SELECT id, prev_hash, hash FROM audit_log ORDER BY id")

    assert rows[0]["prev_hash"] == audit.GENESIS
    for before, after in itertools.pairwise(rows):
        assert after["prev_hash"] == before["hash"]
        assert after["id"] == before["id"] + 1
    assert audit.verify(db.conn) == []


def test_an_altered_entry_is_found(db: Database) -> None:
    contact_id = add_contact(db)
    entry_id = entries(db, "contacts", contact_id)[0]["id"]
    db.conn.execute("UPDATE audit_log SET changes = '{}' WHERE id = ?", (entry_id,))

    problems = audit.verify(db.conn)

    assert [p.entry_id for p in problems] == [entry_id]
    assert "altered" in str(problems[0])


def test_a_removed_entry_is_found(db: Database) -> None:
    add_contact(db)
    add_contact(db, "Marco", "Neri")
    last = db.scalar("SELECT max(id) FROM audit_log")
    db.conn.execute("DELETE FROM audit_log WHERE id = ?", (last - 1,))

    problems = audit.verify(db.conn)

    assert problems and all(p.entry_id == last for p in problems)
    assert f"entry {last - 1} was removed" in str(problems[0])


def test_entries_removed_from_the_end_are_found(db: Database) -> None:
    add_contact(db)
    last = db.scalar("SELECT max(id) FROM audit_log")
    db.conn.execute("DELETE FROM audit_log WHERE id = ?", (last,))

    problems = audit.verify(db.conn)

    assert [p.entry_id for p in problems] == [last]
    assert "removed from the end" in str(problems[0])


def record_tables(db: Database) -> set[str]:
    """Tables of records (they carry ``version``), whose writes must all be logged."""
    names = [r["name"] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {
        name
        for name in names
        if "version"
        in {c["name"] for c in db.query(f"SELECT name FROM pragma_table_info('{name}')")}
    }


def test_record_tables_are_written_only_through_the_audited_helpers(db: Database) -> None:
    tables = record_tables(db) - LINK_TABLES
    unlogged = {
        str(path.relative_to(PACKAGE)): sorted(found)
        for path in PACKAGE.rglob("*.py")
        if "storage" not in path.parts
        if (
            found := tables
            & set(
                re.findall(
                    r"(?:INSERT(?: OR \w+)? INTO|UPDATE|DELETE FROM) (\w+)", path.read_text()
                )
            )
        )
    }

    assert unlogged == {}, "these write records around the audit log"

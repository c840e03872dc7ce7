"""``run_checks``: a sound file passes; an altered history or a drifted index is named."""

from __future__ import annotations

from crm_desktop.services.checks import run_checks
from crm_desktop.storage import search_index
from crm_desktop.storage.database import Database
from tests.services.records import add_company, add_contact


def problems(db: Database) -> dict[str, tuple[str, ...]]:
    return {r.name: r.problems for r in run_checks(db) if not r.ok}


def test_a_sound_file_passes_every_check(db: Database) -> None:
    add_contact(db)
    add_company(db)

    assert problems(db) == {}


def test_a_missing_search_entry_is_reported(db: Database) -> None:
    contact_id = add_contact(db)
    search_index.remove(db.conn, "contact", [contact_id])

    assert problems(db) == {
        "search index": (f"contact {contact_id} is missing from the search index",)
    }


def test_a_stale_search_entry_is_reported(db: Database) -> None:
    company_id = add_company(db, "ACME Srl")
    db.conn.execute(
        "UPDATE search_index SET title = 'Old name' WHERE rowid = ?",
        (search_index.rowid("company", company_id),),
    )

    assert problems(db) == {"search index": (f"company {company_id} has a stale search entry",)}


def test_an_entry_for_no_live_record_is_reported(db: Database) -> None:
    search_index.put(db.conn, [search_index.IndexEntry("contact", 77, "Ghost")])

    assert problems(db) == {
        "search index": ("search index holds contact 77, which is not a live contact",)
    }


def test_an_altered_audit_entry_is_reported_by_id(db: Database) -> None:
    add_contact(db)
    entry_id = db.scalar("SELECT max(id) FROM audit_log")
    db.conn.execute("UPDATE audit_log SET user = 'mallory' WHERE id = ?", (entry_id,))

    assert problems(db) == {
        "audit chain": (f"audit entry {entry_id}: was altered after it was written",)
    }

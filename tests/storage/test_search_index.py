"""The FTS5 index rows and the version that tells caches when they changed."""

from __future__ import annotations

from crm_desktop.services.settings import update_settings
from crm_desktop.storage import search_index
from crm_desktop.storage.database import Database
from crm_desktop.storage.search_index import IndexEntry
from crm_desktop.storage.unit_of_work import UnitOfWork


def put(db: Database, *entries: IndexEntry) -> None:
    with UnitOfWork(db) as uow:
        search_index.put(uow.conn, entries)
        uow.commit()


def titles(db: Database, term: str) -> list[str]:
    return [hit[2] for hit in search_index.match(db.conn, f'"{term}"*', 10)]


def test_putting_an_entry_again_replaces_it(db: Database) -> None:
    put(db, IndexEntry("contact", 1, "Mario Rossi"))
    put(db, IndexEntry("contact", 1, "Mario Verdi"))
    assert (titles(db, "rossi"), titles(db, "verdi")) == ([], ["Mario Verdi"])


def test_same_id_of_another_kind_is_another_entry(db: Database) -> None:
    put(db, IndexEntry("contact", 1, "Rossi"), IndexEntry("deal", 1, "Rossi renewal"))
    assert sorted(titles(db, "rossi")) == ["Rossi", "Rossi renewal"]


def test_removed_entry_is_not_matched(db: Database) -> None:
    put(db, IndexEntry("contact", 1, "Mario Rossi"))
    with UnitOfWork(db) as uow:
        search_index.remove(uow.conn, "contact", [1])
        uow.commit()
    assert titles(db, "rossi") == []


def test_kinds_filter_the_matches(db: Database) -> None:
    put(db, IndexEntry("contact", 1, "Rossi"), IndexEntry("deal", 1, "Rossi renewal"))
    hits = search_index.match(db.conn, '"rossi"*', 10, kinds=["deal"])
    assert [hit[0] for hit in hits] == ["deal"]


def test_word_terms_leave_out_digit_terms(db: Database) -> None:
    put(db, IndexEntry("contact", 1, "Mario Rossi", ("Örebro", "2b"), ("390612345678",)))
    assert sorted(term for term, _ in search_index.word_terms(db.conn)) == [
        "mario",
        "orebro",
        "rossi",
    ]


def test_index_version_moves_when_the_index_changes(db: Database) -> None:
    before = search_index.index_version(db.conn)
    put(db, IndexEntry("contact", 1, "Mario Rossi"))
    assert search_index.index_version(db.conn) != before


def test_index_version_stays_when_other_tables_change(db: Database) -> None:
    put(db, IndexEntry("contact", 1, "Mario Rossi"))
    before = search_index.index_version(db.conn)
    update_settings(db, company_name="Other Srl")
    assert search_index.index_version(db.conn) == before

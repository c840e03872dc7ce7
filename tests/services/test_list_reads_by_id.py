"""Lists read by ids (a view re-reading the rows a change touched) and tag names alone."""

from __future__ import annotations

from crm_desktop.domain.companies import CompanyDraft, CompanyFilter
from crm_desktop.domain.contacts import ContactDraft, ContactFilter
from crm_desktop.services.companies import create_company
from crm_desktop.services.company_lists import count_companies, list_companies
from crm_desktop.services.contact_lists import count_contacts, list_contacts
from crm_desktop.services.contacts import create_contacts
from crm_desktop.services.tags import create_tag, delete_tag, tag_names, tag_records
from crm_desktop.storage.database import Database


def test_list_contacts_with_ids_reads_only_those(db: Database) -> None:
    ids = create_contacts(db, [ContactDraft(last_name=f"Rossi {n}") for n in range(5)])
    rows = list_contacts(db, ContactFilter(ids=(ids[3], ids[1])), limit=10)
    assert [r.id for r in rows] == [ids[1], ids[3]]


def test_list_contacts_with_ids_still_applies_the_other_filters(db: Database) -> None:
    ids = create_contacts(
        db, [ContactDraft(last_name="Rossi", country=c) for c in ("IT", "SE", "IT")]
    )
    spec = ContactFilter(ids=tuple(ids), country="SE")
    assert [r.id for r in list_contacts(db, spec)] == [ids[1]]
    assert count_contacts(db, spec) == 1


def test_list_contacts_with_no_ids_reads_nothing(db: Database) -> None:
    create_contacts(db, [ContactDraft(last_name="Rossi")])
    assert list_contacts(db, ContactFilter(ids=())) == []


def test_list_companies_with_ids_reads_only_those(db: Database) -> None:
    ids = [create_company(db, CompanyDraft(name=f"Ditta {n}")).id for n in range(4)]
    rows = list_companies(db, CompanyFilter(ids=(ids[2],)))
    assert [r.id for r in rows] == [ids[2]]
    assert count_companies(db, CompanyFilter(ids=(ids[0], ids[2]))) == 2


def test_tag_names_lists_live_tags_by_name_without_counts(db: Database) -> None:
    ids = create_contacts(db, [ContactDraft(last_name="Rossi")])
    tag_records(db, "contact", ids, ["vip", "Alpha"])
    gone = create_tag(db, "old")
    delete_tag(db, gone.id)
    assert tag_names(db) == ["Alpha", "vip"]

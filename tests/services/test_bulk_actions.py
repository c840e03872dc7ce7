from __future__ import annotations

import pytest

from crm_desktop.domain.companies import CompanyDraft, CompanyFilter
from crm_desktop.domain.contacts import ContactDraft, ContactFilter
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.bulk_actions import (
    assign_companies_owner,
    assign_contacts_owner,
    delete_companies,
    delete_contacts,
    restore_companies,
    restore_contacts,
)
from crm_desktop.services.companies import count_companies, create_company, get_company
from crm_desktop.services.contacts import (
    count_contacts,
    create_contact,
    create_contacts,
    delete_contact,
    get_contact,
)
from crm_desktop.services.search import search
from crm_desktop.services.users import create_user
from crm_desktop.storage.database import Database


def _people(db: Database, n: int = 3) -> list[int]:
    return [
        int(i) for i in create_contacts(db, [ContactDraft(first_name=f"Zeno{i}") for i in range(n)])
    ]


def _found(db: Database, text: str, kind: str) -> set[int]:
    return {hit.id for hit in search(db, text) if hit.type == kind}


def test_deleting_contacts_trashes_them_all_in_one_change(db: Database) -> None:
    ids = _people(db)
    heard = []
    db.subscribe(heard.append)

    changes = delete_contacts(db, ids[:2])

    assert count_contacts(db, ContactFilter()) == 1
    assert changes.deleted["contacts"] == frozenset(ids[:2])
    assert len(heard) == 1


def test_deleting_contacts_takes_them_out_of_search(db: Database) -> None:
    ids = _people(db, 2)

    delete_contacts(db, ids)

    assert _found(db, "Zeno0", "contact") == set()


def test_deleting_a_trashed_contact_trashes_none_of_them(db: Database) -> None:
    ids = _people(db)
    delete_contact(db, ids[2])

    with pytest.raises(NotFoundError):
        delete_contacts(db, ids)

    assert count_contacts(db, ContactFilter()) == 2


def test_restoring_contacts_brings_them_back_with_search(db: Database) -> None:
    ids = _people(db)
    delete_contacts(db, ids)

    changes = restore_contacts(db, ids)

    assert [get_contact(db, i).first_name for i in ids] == ["Zeno0", "Zeno1", "Zeno2"]
    assert changes.created["contacts"] == frozenset(ids)
    assert _found(db, "Zeno1", "contact") == {ids[1]}


def test_assigning_an_owner_to_contacts_sets_it_on_each(db: Database) -> None:
    ids = _people(db)
    anna = create_user(db, login="anna", name="Anna Berg")

    assign_contacts_owner(db, ids[:2], anna.id)

    assert [get_contact(db, i).owner for i in ids] == ["Anna Berg", "Anna Berg", ""]


def test_assigning_no_owner_leaves_contacts_unassigned(db: Database) -> None:
    anna = create_user(db, login="anna", name="Anna Berg")
    contact = create_contact(db, ContactDraft(first_name="Ugo", owner_id=anna.id))

    assign_contacts_owner(db, [contact.id], None)

    assert get_contact(db, contact.id).owner_id is None


def test_assigning_an_unknown_owner_is_refused(db: Database) -> None:
    ids = _people(db, 1)

    with pytest.raises(ValidationError) as raised:
        assign_contacts_owner(db, ids, 999)

    assert set(raised.value.errors) == {"owner_id"}


def test_deleting_companies_blanks_their_contacts_company(db: Database) -> None:
    acme = create_company(db, CompanyDraft(name="Acme Srl"))
    other = create_company(db, CompanyDraft(name="Beta Spa"))
    worker = create_contact(db, ContactDraft(first_name="Pia", company_id=acme.id))

    delete_companies(db, [acme.id, other.id])

    assert count_companies(db, CompanyFilter()) == 0
    assert get_contact(db, worker.id).company == ""
    assert _found(db, "Acme", "contact") == set()


def test_restoring_companies_brings_back_them_and_their_contacts_search(db: Database) -> None:
    acme = create_company(db, CompanyDraft(name="Acme Srl"))
    worker = create_contact(db, ContactDraft(first_name="Pia", company_id=acme.id))
    delete_companies(db, [acme.id])

    restore_companies(db, [acme.id])

    assert get_company(db, acme.id).name == "Acme Srl"
    assert _found(db, "Acme", "company") == {acme.id}
    assert _found(db, "Acme", "contact") == {worker.id}


def test_assigning_an_owner_to_companies_sets_it_on_each(db: Database) -> None:
    anna = create_user(db, login="anna", name="Anna Berg")
    acme = create_company(db, CompanyDraft(name="Acme Srl"))

    assign_companies_owner(db, [acme.id], anna.id)

    assert get_company(db, acme.id).owner == "Anna Berg"

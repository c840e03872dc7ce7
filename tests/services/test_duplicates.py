"""Finding duplicate contacts and companies already in the file."""

from __future__ import annotations

import pytest

from crm_desktop.domain.companies import CompanyDraft
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.companies import create_company
from crm_desktop.services.contacts import create_contact, delete_contact
from crm_desktop.services.duplicates import (
    company_key,
    find_duplicate_companies,
    find_duplicate_contacts,
    mark_not_duplicate,
    website_key,
)
from crm_desktop.storage.database import Database


def _contact(db: Database, first: str, last: str, **fields: object) -> int:
    return int(create_contact(db, ContactDraft(first_name=first, last_name=last, **fields)).id)  # type: ignore[arg-type]


def _company(db: Database, name: str, **fields: object) -> int:
    return int(create_company(db, CompanyDraft(name=name, **fields)).id)  # type: ignore[arg-type]


def _pairs(found: list) -> set[tuple[int, int]]:  # type: ignore[type-arg]
    return {(p.first_id, p.second_id) for p in found}


def test_contacts_sharing_an_email_in_another_case_are_candidates(db: Database) -> None:
    a = _contact(db, "Giulia", "Rossi", emails=["giulia@rossi.it"])
    b = _contact(db, "G.", "Rossi", emails=["GIULIA@rossi.it"])
    _contact(db, "Marco", "Bianchi", emails=["marco@bianchi.it"])

    found = find_duplicate_contacts(db)

    assert _pairs(found) == {(a, b)}
    assert [r.kind for r in found[0].reasons] == ["email"]


def test_contacts_with_one_number_typed_two_ways_are_candidates(db: Database) -> None:
    a = _contact(db, "Anna", "Verdi", phones=["06 1234 5678"])
    b = _contact(db, "Anna", "Neri", phones=["+39 06 12345678"])

    found = find_duplicate_contacts(db)

    assert _pairs(found) == {(a, b)}
    assert found[0].reasons[0].kind == "phone"
    assert found[0].reasons[0].value == "+390612345678"


def test_close_names_at_the_same_company_are_candidates(db: Database) -> None:
    acme = _company(db, "ACME Srl")
    other = _company(db, "Other Spa")
    a = _contact(db, "Niccolò", "Ferrari", company_id=acme)
    b = _contact(db, "Nicolo", "Ferrari", company_id=acme)
    elsewhere = _contact(db, "Nicolo", "Ferrari", company_id=other)  # another firm: not paired

    found = find_duplicate_contacts(db)

    assert (a, b) in _pairs(found)
    pair = next(p for p in found if (p.first_id, p.second_id) == (a, b))
    assert pair.reasons[0].kind == "similar_name"
    assert pair.score >= 88
    assert all(elsewhere not in (p.first_id, p.second_id) for p in found)


def test_different_names_at_the_same_company_are_not_candidates(db: Database) -> None:
    acme = _company(db, "ACME Srl")
    _contact(db, "Giulia", "Rossi", company_id=acme)
    _contact(db, "Marco", "Bianchi", company_id=acme)

    assert find_duplicate_contacts(db) == []


def test_trashed_contacts_are_not_offered(db: Database) -> None:
    _contact(db, "Giulia", "Rossi", emails=["g@rossi.it"])
    b = _contact(db, "Giulia", "Rossi", emails=["g@rossi.it"])
    delete_contact(db, b)

    assert find_duplicate_contacts(db) == []


def test_a_pair_marked_not_duplicate_is_not_offered_again(db: Database) -> None:
    a = _contact(db, "Giulia", "Rossi", emails=["g@rossi.it"])
    b = _contact(db, "Giulia", "Rossi", emails=["g@rossi.it"])

    mark_not_duplicate(db, "contacts", b, a)

    assert find_duplicate_contacts(db) == []


def test_marking_a_missing_record_not_duplicate_is_refused(db: Database) -> None:
    a = _contact(db, "Giulia", "Rossi")
    with pytest.raises(NotFoundError):
        mark_not_duplicate(db, "contacts", a, 999)
    with pytest.raises(ValidationError):
        mark_not_duplicate(db, "contacts", a, a)


def test_many_contacts_sharing_one_address_give_one_pair_each(db: Database) -> None:
    ids = [_contact(db, f"P{i}", "Info", emails=["info@firm.it"]) for i in range(6)]

    found = find_duplicate_contacts(db)

    assert _pairs(found) == {(ids[0], other) for other in ids[1:]}


def test_companies_differing_only_in_legal_form_and_case_are_candidates(db: Database) -> None:
    a = _company(db, "Rossi Impianti S.r.l.")
    b = _company(db, "ROSSI IMPIANTI SRL")
    _company(db, "Bianchi Spa")

    found = find_duplicate_companies(db)

    assert _pairs(found) == {(a, b)}
    assert found[0].reasons[0].kind == "name"


def test_companies_with_a_typo_in_the_name_are_candidates(db: Database) -> None:
    a = _company(db, "Ferramenta Lombarda")
    b = _company(db, "Feramenta Lombarda")

    assert _pairs(find_duplicate_companies(db)) == {(a, b)}


def test_companies_sharing_a_website_are_candidates(db: Database) -> None:
    a = _company(db, "Alpha", website="https://www.alpha.it/contatti")
    b = _company(db, "Alpha Group", website="alpha.it")

    found = find_duplicate_companies(db)

    assert (a, b) in _pairs(found)
    assert any(r.kind == "website" and r.value == "alpha.it" for r in found[0].reasons)


def test_name_and_website_keys_fold_what_does_not_tell_firms_apart() -> None:
    assert company_key("Ørsted A/S") == company_key("orsted")
    assert company_key("Bygg AB") == "bygg"
    assert website_key("HTTP://WWW.Example.com/x?y") == "example.com"


def test_marking_a_pair_twice_keeps_one_note_of_it(db: Database) -> None:
    a = _contact(db, "Giulia", "Rossi", emails=["g@rossi.it"])
    b = _contact(db, "Giulia", "Rossi", emails=["g@rossi.it"])

    mark_not_duplicate(db, "contacts", a, b)
    mark_not_duplicate(db, "contacts", b, a)

    assert db.scalar("SELECT count(*) FROM not_duplicates") == 1

"""Deals' and tickets' search entries follow the names of their company and contact."""

from __future__ import annotations

import pytest

from crm_desktop.domain.companies import CompanyDraft
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.domain.tickets import TicketDraft
from crm_desktop.services.bulk_actions import (
    delete_companies,
    delete_contacts,
    restore_companies,
    restore_contacts,
)
from crm_desktop.services.companies import (
    create_company,
    delete_company,
    restore_company,
    update_company,
)
from crm_desktop.services.contacts import (
    create_contact,
    delete_contact,
    restore_contact,
    update_contact,
)
from crm_desktop.services.deals import create_deal
from crm_desktop.services.tickets import create_ticket, get_ticket
from crm_desktop.storage.database import Database


def _found(db: Database, word: str) -> set[tuple[str, str]]:
    """(kind, title) of the deal and ticket entries holding ``word``."""
    rows = db.query(
        "SELECT kind, title FROM search_index WHERE search_index MATCH ?"
        " AND kind IN ('deal', 'ticket')",
        (word,),
    )
    return {(r["kind"], r["title"]) for r in rows}


AROUND = {("deal", "Fit-out"), ("ticket", "Door stuck")}


@pytest.fixture
def firm(db: Database) -> dict[str, int]:
    """A company with a contact, and a deal and a ticket naming both."""
    company = create_company(db, CompanyDraft(name="Acme Srl"))
    person = create_contact(
        db, ContactDraft(first_name="Giulia", last_name="Bianchi", company_id=company.id)
    )
    links = {"company_id": company.id, "contact_id": person.id}
    create_deal(db, DealDraft(title="Fit-out", **links))
    create_ticket(db, TicketDraft(subject="Door stuck", **links))
    return links


def test_deal_and_ticket_are_found_by_company_and_contact_names(
    db: Database, firm: dict[str, int]
) -> None:
    assert (_found(db, "acme"), _found(db, "bianchi")) == (AROUND, AROUND)


def test_company_rename_reindexes_its_deals_and_tickets(db: Database, firm: dict[str, int]) -> None:
    update_company(db, firm["company_id"], {"name": "Nordvik AB"})

    assert (_found(db, "nordvik"), _found(db, "acme")) == (AROUND, set())


def test_contact_rename_reindexes_its_deals_and_tickets(db: Database, firm: dict[str, int]) -> None:
    update_contact(db, firm["contact_id"], {"last_name": "Rossi"})

    assert (_found(db, "rossi"), _found(db, "bianchi")) == (AROUND, set())


def test_trashed_company_leaves_deal_and_ticket_entries_until_restored(
    db: Database, firm: dict[str, int]
) -> None:
    delete_company(db, firm["company_id"])
    while_trashed = _found(db, "acme")
    restore_company(db, firm["company_id"])

    assert (while_trashed, _found(db, "acme")) == (set(), AROUND)


def test_trashed_contact_leaves_deal_and_ticket_entries_until_restored(
    db: Database, firm: dict[str, int]
) -> None:
    delete_contact(db, firm["contact_id"])
    while_trashed = _found(db, "giulia")
    restore_contact(db, firm["contact_id"])

    assert (while_trashed, _found(db, "giulia")) == (set(), AROUND)


def test_bulk_trash_and_restore_of_companies_reindex_deals_and_tickets(
    db: Database, firm: dict[str, int]
) -> None:
    delete_companies(db, [firm["company_id"]])
    while_trashed = _found(db, "acme")
    restore_companies(db, [firm["company_id"]])

    assert (while_trashed, _found(db, "acme")) == (set(), AROUND)


def test_bulk_trash_and_restore_of_contacts_reindex_deals_and_tickets(
    db: Database, firm: dict[str, int]
) -> None:
    delete_contacts(db, [firm["contact_id"]])
    while_trashed = _found(db, "giulia")
    restore_contacts(db, [firm["contact_id"]])

    assert (while_trashed, _found(db, "giulia")) == (set(), AROUND)


def test_ticket_shows_no_names_of_a_trashed_company_or_contact(
    db: Database, firm: dict[str, int]
) -> None:
    ticket_id = db.scalar("SELECT id FROM tickets")
    delete_contact(db, firm["contact_id"])
    delete_company(db, firm["company_id"])

    ticket = get_ticket(db, ticket_id)

    assert (ticket.contact, ticket.company) == ("", "")

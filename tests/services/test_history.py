"""A record's history, readable: names for ids, labels for columns, newest first."""

from __future__ import annotations

import pytest

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.services.contacts import update_contact
from crm_desktop.services.deals import create_deal, update_deal
from crm_desktop.services.history import record_history
from crm_desktop.storage.database import Database
from tests.services.records import add_company, add_contact


def test_history_is_newest_first_with_who_and_readable_fields(db: Database) -> None:
    contact_id = add_contact(db, "Giulia", "Rossi")
    update_contact(db, contact_id, {"last_name": "Bianchi"})

    newest, first = record_history(db, "contact", contact_id)

    assert (newest.action, first.action) == ("update", "create")
    assert newest.user == "tester"
    [change] = newest.changes
    assert (change.label, change.old, change.new) == ("Last name", "Rossi", "Bianchi")


def test_links_to_other_records_read_as_their_names(db: Database) -> None:
    contact_id = add_contact(db)
    company_id = add_company(db, "ACME Srl")

    update_contact(db, contact_id, {"company_id": company_id})

    [change] = record_history(db, "contact", contact_id)[0].changes
    assert change.label == "Company"
    assert change.new == f"ACME Srl (#{company_id})"


def test_amounts_read_with_their_currency(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Sale", value_text="100"))

    update_deal(db, deal.id, {"value_text": "250"})

    changes = {c.field: c for c in record_history(db, "deal", deal.id)[0].changes}
    assert changes["value_minor"].old == "€100.00"
    assert changes["value_minor"].new == "€250.00"


def test_history_of_no_record_is_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError):
        record_history(db, "contact", 999)


def test_history_of_an_unknown_kind_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError, match="kind"):
        record_history(db, "planet", 1)


def test_a_save_that_changed_nothing_is_left_out(db: Database) -> None:
    contact_id = add_contact(db, "Giulia", "Rossi")

    update_contact(db, contact_id, {"last_name": "Rossi"})

    assert [e.action for e in record_history(db, "contact", contact_id)] == ["create"]

"""The trash: list every kind, restore through the services, purge with History kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crm_desktop.domain.activities import ActivityDraft
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.orders import OrderDraft, OrderLineDraft
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.services.activities import log_activity
from crm_desktop.services.companies import delete_company
from crm_desktop.services.contacts import delete_contact, get_contact
from crm_desktop.services.deals import create_deal, delete_deal
from crm_desktop.services.history import record_history
from crm_desktop.services.orders import create_order, delete_order
from crm_desktop.services.search import search
from crm_desktop.services.tags import tag_records
from crm_desktop.services.trash import list_trash, purge, purge_older_than, restore_from_trash
from crm_desktop.storage import audit
from crm_desktop.storage.database import Database
from tests.services.records import add_company, add_contact


def test_the_trash_lists_every_kind_with_who_deleted_it(db: Database) -> None:
    contact_id = add_contact(db, "Giulia", "Rossi")
    company_id = add_company(db, "ACME Srl")
    deal = create_deal(db, DealDraft(title="Big sale", contact_id=contact_id))
    delete_deal(db, deal.id)
    delete_contact(db, contact_id)
    delete_company(db, company_id)

    trashed = {(r.kind, r.id): r for r in list_trash(db)}

    assert set(trashed) == {("contact", contact_id), ("company", company_id), ("deal", deal.id)}
    assert trashed[("contact", contact_id)].name == "Giulia Rossi"
    assert trashed[("deal", deal.id)].deleted_by == "tester"
    assert [r.kind for r in list_trash(db, "company")] == ["company"]


def test_restoring_from_the_trash_brings_back_the_search_entry(db: Database) -> None:
    contact_id = add_contact(db, "Giulia", "Zanardelli")
    delete_contact(db, contact_id)

    restore_from_trash(db, "contact", contact_id)

    assert get_contact(db, contact_id).deleted_at is None
    assert [r.id for r in search(db, "Zanardelli")] == [contact_id]
    assert list_trash(db) == []


def test_purge_deletes_the_row_and_keeps_its_values_in_history(db: Database) -> None:
    contact_id = add_contact(db, "Giulia", "Rossi")
    tag_records(db, "contact", [contact_id], ["VIP"])
    delete_contact(db, contact_id)

    purge(db, "contact", contact_id)

    assert db.scalar("SELECT count(*) FROM contacts WHERE id = ?", (contact_id,)) == 0
    assert db.scalar("SELECT count(*) FROM taggings") == 0
    newest = record_history(db, "contact", contact_id)[0]
    assert newest.action == "purge"
    old = {c.field: c.old for c in newest.changes}
    assert old["last_name"] == "Rossi"
    assert old["tags"] == "VIP"
    assert audit.verify(db.conn) == []


def test_purge_lets_go_of_records_pointing_at_it(db: Database) -> None:
    contact_id = add_contact(db)
    activity = log_activity(db, ActivityDraft(kind="call", subject="Hi", contact_id=contact_id))
    delete_contact(db, contact_id)

    purge(db, "contact", contact_id)

    assert db.scalar("SELECT contact_id FROM activities WHERE id = ?", (activity.id,)) is None
    changed = record_history(db, "activity", activity.id)[0]
    assert changed.action == "update"
    assert [c.field for c in changed.changes] == ["contact_id"]


def test_purge_takes_what_belongs_to_the_record_alone(db: Database) -> None:
    company_id = add_company(db)
    order = create_order(
        db,
        OrderDraft(
            company_id=company_id, lines=(OrderLineDraft(description="X", unit_price_minor=100),)
        ),
    )
    delete_order(db, order.id)

    purge(db, "order", order.id)

    assert db.scalar("SELECT count(*) FROM order_lines") == 0
    assert db.scalar(
        "SELECT count(*) FROM audit_log WHERE table_name = 'order_lines' AND action = 'purge'"
    ) == len(order.lines)


def test_purge_is_refused_when_another_record_cannot_be_without_it(db: Database) -> None:
    contact_id = add_contact(db)
    order = create_order(
        db,
        OrderDraft(
            contact_id=contact_id, lines=(OrderLineDraft(description="X", unit_price_minor=100),)
        ),
    )
    delete_contact(db, contact_id)

    with pytest.raises(ValidationError, match=f"order {order.id} cannot be without contact"):
        purge(db, "contact", contact_id)

    assert db.scalar("SELECT count(*) FROM contacts WHERE id = ?", (contact_id,)) == 1


def test_only_trashed_records_can_be_purged(db: Database) -> None:
    contact_id = add_contact(db)

    with pytest.raises(NotFoundError):
        purge(db, "contact", contact_id)


def test_purging_everything_older_than_some_days_leaves_newer_ones(db: Database) -> None:
    old_id, new_id = add_contact(db, "Old"), add_contact(db, "New")
    with db.clock_at(datetime(2020, 1, 1, tzinfo=UTC)):
        delete_contact(db, old_id)
    delete_contact(db, new_id)

    report = purge_older_than(db, 30)

    assert report.purged == (("contact", old_id),)
    assert [r.id for r in list_trash(db)] == [new_id]

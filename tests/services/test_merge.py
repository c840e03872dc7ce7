"""Merging duplicate contacts and companies: B into A, nothing of either lost."""

from __future__ import annotations

import json

import pytest

from crm_desktop.domain.activities import ActivityDraft
from crm_desktop.domain.companies import CompanyDraft
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.orders import OrderDraft, OrderLineDraft
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.domain.tickets import TicketDraft
from crm_desktop.services.activities import log_activity
from crm_desktop.services.checks import run_checks
from crm_desktop.services.companies import create_company, get_company
from crm_desktop.services.contacts import create_contact, get_contact, restore_contact
from crm_desktop.services.deals import create_deal
from crm_desktop.services.merge import merge_companies, merge_contacts, related_counts
from crm_desktop.services.orders import create_order
from crm_desktop.services.search import search
from crm_desktop.services.tags import tag_records, tags_for
from crm_desktop.services.tickets import create_ticket
from crm_desktop.storage.database import Database


def _related(db: Database, column: str, record_id: int) -> dict[str, set[int]]:
    """Ids of every deal, ticket, order and activity pointing at a record, read from SQL."""
    return {
        table: {
            int(r["id"])
            for r in db.query(f"SELECT id FROM {table} WHERE {column} = ?", (record_id,))
        }
        for table in ("deals", "tickets", "orders", "activities")
    }


def _give_records(db: Database, contact_id: int, company_id: int | None, name: str) -> None:
    create_deal(db, DealDraft(title=f"Deal {name}", contact_id=contact_id, company_id=company_id))  # type: ignore[arg-type]
    create_ticket(db, TicketDraft(subject=f"Ticket {name}", contact_id=contact_id))
    create_order(
        db,
        OrderDraft(
            lines=(OrderLineDraft(description="Box", quantity=1, unit_price_minor=1000),),
            contact_id=contact_id,  # type: ignore[arg-type]
            company_id=company_id,  # type: ignore[arg-type]
        ),
    )
    log_activity(db, ActivityDraft(kind="note", body=f"Note {name}", contact_id=contact_id))
    tag_records(db, "contact", [contact_id], [f"tag-{name}", "shared"])


@pytest.fixture
def pair(db: Database) -> tuple[int, int]:
    a = create_contact(
        db,
        ContactDraft(
            first_name="Giulia",
            last_name="Rossi",
            emails=["giulia@rossi.it"],
            phones=["06 1234 5678"],
            notes="Met at the fair.",
            custom={},
        ),
    ).id
    b = create_contact(
        db,
        ContactDraft(
            first_name="Giulia",
            last_name="Rosi",
            job_title="Buyer",
            emails=["GIULIA@rossi.it", "g.rossi@home.it"],
            phones=["+39 06 12345678", "+39 347 123 4567"],
            city="Roma",
            notes="Prefers e-mail.",
        ),
    ).id
    _give_records(db, a, None, "a")
    _give_records(db, b, None, "b")
    return int(a), int(b)


def test_merge_keeps_every_deal_ticket_order_and_activity_of_both(
    db: Database, pair: tuple[int, int]
) -> None:
    a, b = pair
    before_a, before_b = _related(db, "contact_id", a), _related(db, "contact_id", b)

    merge_contacts(db, a, b)

    after = _related(db, "contact_id", a)
    for table in after:
        assert after[table] == before_a[table] | before_b[table], table
        assert len(after[table]) == 2, table
    assert _related(db, "contact_id", b) == {t: set() for t in after}


def test_merge_gives_a_the_tags_of_both_once(db: Database, pair: tuple[int, int]) -> None:
    a, b = pair

    merge_contacts(db, a, b)

    assert sorted(tags_for(db, "contact", a)) == ["shared", "tag-a", "tag-b"]
    rows = db.query(
        "SELECT count(*) AS n FROM taggings WHERE entity_type = 'contact' AND entity_id = ?", (b,)
    )
    assert rows[0]["n"] == 0


def test_merge_keeps_a_values_and_fills_its_blanks_from_b(
    db: Database, pair: tuple[int, int]
) -> None:
    a, b = pair

    merge_contacts(db, a, b)

    merged = get_contact(db, a)
    assert merged.last_name == "Rossi"  # A's value wins
    assert merged.job_title == "Buyer"  # A had none
    assert merged.city == "Roma"
    assert [e.address for e in merged.emails] == ["giulia@rossi.it", "g.rossi@home.it"]
    assert [p.e164 for p in merged.phones] == ["+390612345678", "+393471234567"]
    assert "Met at the fair." in merged.notes and "Prefers e-mail." in merged.notes


def test_merged_contact_goes_to_the_trash_and_can_be_restored(
    db: Database, pair: tuple[int, int]
) -> None:
    a, b = pair

    merge_contacts(db, a, b)

    with pytest.raises(NotFoundError):
        get_contact(db, b)
    assert restore_contact(db, b).last_name == "Rosi"


def test_merge_keeps_the_search_index_in_step(db: Database, pair: tuple[int, int]) -> None:
    a, b = pair

    merge_contacts(db, a, b)

    found = [(str(hit.type), hit.id) for hit in search(db, "g.rossi@home.it")]
    assert found == [("contact", a)]
    assert [hit.id for hit in search(db, "Rosi", kinds=["contact"]) if hit.id == b] == []
    deals = search(db, "Deal b", kinds=["deal"])
    assert deals and "Giulia Rossi" in deals[0].subtitle


def test_merge_returns_the_changes_views_reload_on(db: Database, pair: tuple[int, int]) -> None:
    a, b = pair

    changes = merge_contacts(db, a, b)

    assert {a, b} <= changes.updated["contacts"]
    assert b in changes.deleted["contacts"]
    assert len(changes.updated["deals"]) == 1


def test_merging_a_contact_into_itself_or_a_missing_one_is_refused(
    db: Database, pair: tuple[int, int]
) -> None:
    a, _b = pair
    with pytest.raises(ValidationError):
        merge_contacts(db, a, a)
    with pytest.raises(NotFoundError):
        merge_contacts(db, a, 9999)


def test_company_merge_moves_its_people_and_records(db: Database) -> None:
    keep = int(create_company(db, CompanyDraft(name="Rossi Srl")).id)
    other = int(
        create_company(db, CompanyDraft(name="ROSSI S.R.L.", website="rossi.it", city="Roma")).id
    )
    person = int(create_contact(db, ContactDraft(first_name="Ada", company_id=other)).id)
    _give_records(db, person, other, "x")
    tag_records(db, "company", [other], ["supplier"])
    before = related_counts(db, "companies", other)

    merge_companies(db, keep, other)

    assert get_contact(db, person).company_id == keep
    assert get_contact(db, person).company == "Rossi Srl"
    assert related_counts(db, "companies", keep) == before
    assert related_counts(db, "companies", other) == {}
    merged = get_company(db, keep)
    assert merged.website == "rossi.it" and merged.city == "Roma"
    assert tags_for(db, "company", keep) == ["supplier"]
    with pytest.raises(NotFoundError):
        get_company(db, other)


def test_merge_is_in_the_audit_log_of_both_records(db: Database, pair: tuple[int, int]) -> None:
    a, b = pair

    merge_contacts(db, a, b)

    rows = db.query(
        "SELECT record_id, changes FROM audit_log WHERE table_name = 'contacts'"
        " AND action = 'merge' ORDER BY record_id"
    )
    assert [(r["record_id"], json.loads(r["changes"])) for r in rows] == [
        (a, {"merged_from": [None, b]}),
        (b, {"merged_into": [None, a]}),
    ]


def test_after_a_merge_the_file_passes_every_check(db: Database, pair: tuple[int, int]) -> None:
    a, b = pair
    keep = int(create_company(db, CompanyDraft(name="Rossi Srl")).id)
    other = int(create_company(db, CompanyDraft(name="Rossi S.r.l.")).id)
    create_contact(db, ContactDraft(first_name="Ada", company_id=other))

    merge_contacts(db, a, b)
    merge_companies(db, keep, other)

    assert [(r.name, r.problems) for r in run_checks(db) if not r.ok] == []

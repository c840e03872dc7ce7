"""Customer figures: top customers per currency, and one customer's profile."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.domain.activities import ActivityDraft
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.domain.tickets import TicketDraft
from crm_desktop.services.activities import log_activity
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.customer_figures import customer_profile, top_customers
from crm_desktop.services.deals import create_deal
from crm_desktop.services.tickets import create_ticket
from crm_desktop.storage.database import Database
from tests.services.figures_data import NOVEMBER, build_customers, order


def test_top_customers_are_ranked_within_each_currency(db: Database) -> None:
    build_customers(db)
    rows = [
        (c.currency, c.rank, c.name, c.revenue_minor, c.orders) for c in top_customers(db, NOVEMBER)
    ]
    assert rows == [
        ("EUR", 1, "Łódź Meble", 150000, 2),
        ("EUR", 2, "Antonín Dvořák", 40000, 1),
        ("EUR", 3, "Ελλάδα Α.Ε.", 25000, 1),
        ("JPY", 1, "太郎 山田", 120000, 1),
        ("SEK", 1, "Ørsted A/S", 900000, 1),
    ]


def test_top_customers_recency_counts_days_to_the_period_end(db: Database) -> None:
    build_customers(db)
    lodz = top_customers(db, NOVEMBER)[0]
    assert (lodz.first_order, lodz.last_order, lodz.days_since_last) == (
        date(2026, 11, 5),
        date(2026, 11, 20),
        10,
    )


def test_top_customers_limit_applies_per_currency(db: Database) -> None:
    build_customers(db)
    rows = top_customers(db, NOVEMBER, limit=1)
    assert [(c.currency, c.name) for c in rows] == [
        ("EUR", "Łódź Meble"),
        ("JPY", "太郎 山田"),
        ("SEK", "Ørsted A/S"),
    ]


def test_company_profile_includes_its_peoples_records(db: Database) -> None:
    customers = build_customers(db)
    anna = create_contact(
        db, ContactDraft(first_name="Anna", last_name="Nowak", company_id=customers.lodz)
    ).id
    order(db, "2026-11-25", 7000, contact=anna)
    create_deal(db, DealDraft(title="Chairs", value_minor=5000, contact_id=anna))
    create_ticket(db, TicketDraft(subject="Broken leg", company_id=customers.lodz))
    log_activity(db, ActivityDraft(kind="call", subject="Called Anna", contact_id=anna))
    profile = customer_profile(db, "company", customers.lodz)
    assert profile.name == "Łódź Meble"
    assert profile.people == ("Anna Nowak",)
    assert [o.total_minor for o in profile.orders] == [7000, 50000, 100000]
    assert [(r.currency, r.orders, r.total_minor) for r in profile.revenue] == [("EUR", 3, 157000)]
    assert [d.title for d in profile.deals] == ["Chairs"]
    assert [t.subject for t in profile.tickets] == ["Broken leg"]
    assert [a.subject for a in profile.activities] == ["Called Anna"]


def test_profile_counts_every_record_beyond_the_latest_it_lists(db: Database) -> None:
    customers = build_customers(db)
    for number in range(3):
        create_deal(db, DealDraft(title=f"Deal {number}", company_id=customers.lodz))
        create_ticket(db, TicketDraft(subject=f"Ticket {number}", company_id=customers.lodz))
        log_activity(db, ActivityDraft(kind="note", subject="Noted", company_id=customers.lodz))
    profile = customer_profile(db, "company", customers.lodz, limit=1)
    assert (len(profile.deals), len(profile.tickets), len(profile.activities)) == (1, 1, 1)
    assert (profile.deal_count, profile.ticket_count, profile.activity_count) == (3, 3, 3)
    assert (len(profile.orders), profile.order_count) == (1, 2)


def test_contact_profile_has_only_the_contacts_records(db: Database) -> None:
    customers = build_customers(db)
    profile = customer_profile(db, "contact", customers.yamada)
    assert profile.name == "太郎 山田"
    assert [(r.currency, r.total_minor) for r in profile.revenue] == [("JPY", 120000)]
    assert profile.people == ()


def test_profile_of_a_missing_customer_is_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError):
        customer_profile(db, "contact", 999)


def test_profile_kind_must_be_contact_or_company(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        customer_profile(db, "deal", 1)
    assert "kind" in caught.value.errors

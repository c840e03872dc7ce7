"""A small, hand-worked data set for the figure services and the reports built on them.

Everything is made through the services, at set moments (``db.clock_at``), in
November 2026. The answers the tests expect are worked out in the comments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from crm_desktop.domain.ids import CompanyId, ContactId, StageId
from crm_desktop.domain.orders import OrderDraft, OrderLineDraft
from crm_desktop.domain.periods import Period
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.services.deals import create_deal, move_deal_to_stage
from crm_desktop.services.orders import create_order
from crm_desktop.services.pipeline import default_pipeline, find_stage
from crm_desktop.storage.database import Database
from tests.services.records import add_company, add_contact

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


def at(month: int, day: int, hour: int = 0) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


def stage(db: Database, name: str) -> StageId:
    return find_stage(db, default_pipeline(db).id, name).id


def deal(
    db: Database,
    title: str,
    value_minor: int,
    stage_name: str = "Lead",
    currency: str = "EUR",
    expected: str | None = None,
    probability: int | None = None,
    created: datetime | None = None,
) -> int:
    with db.clock_at(created or at(11, 1)):
        return create_deal(
            db,
            DealDraft(
                title=title,
                value_minor=value_minor,
                currency=currency,
                stage_id=stage(db, stage_name),
                expected_close_date=expected,
                probability=probability,
            ),
        ).id


def close(db: Database, deal_id: int, when: datetime, reason: str = "") -> None:
    with db.clock_at(when):
        move_deal_to_stage(db, deal_id, "Lost" if reason else "Won", lost_reason=reason)


def build_sales(db: Database) -> None:
    """Open deals and deals won and lost in November (and one won in October).

    Pipeline in November: Lead 1 EUR 200.00 (weighted at its own 30 %: 60.00);
    Qualified 1 SEK 500.00 (weighted 125.00); Proposal 1 EUR 1,000.00 (500.00);
    Negotiation 2 EUR 30.00 (22.50); Won 1 EUR 300.00; Lost 2 EUR 150.00.
    Win-loss in November: 1 won, 2 lost, win rate 1/3; won cycle 10 days, lost
    cycles 4 and 2 days (average 3); lost reasons: Price 2.
    Forecast November-December: November EUR 1,000.00 (500.00) and SEK 500.00
    (125.00); December EUR 200.00 (60.00); 1 undated, 1 overdue.
    """
    deal(db, "Proposal A", 100000, "Proposal", expected="2026-11-15")
    deal(db, "Lead B", 20000, "Lead", expected="2026-12-05", probability=30)
    deal(db, "Qualified C", 50000, "Qualified", currency="SEK", expected="2026-11-20")
    deal(db, "Undated H", 1000, "Negotiation")
    deal(db, "Overdue I", 2000, "Negotiation", expected="2026-10-01")
    won = deal(db, "Won D", 30000, created=at(11, 1))
    close(db, won, at(11, 11))
    lost_e = deal(db, "Lost E", 10000, created=at(11, 2))
    close(db, lost_e, at(11, 6), reason="Price")
    lost_f = deal(db, "Lost F", 5000, created=at(11, 3))
    close(db, lost_f, at(11, 5), reason="Price")
    october = deal(db, "Won in October G", 70000, created=at(10, 1))
    close(db, october, at(10, 20))


@dataclass(frozen=True)
class Customers:
    lodz: CompanyId
    orsted: CompanyId
    dvorak: ContactId
    yamada: ContactId
    hellas: CompanyId


def order(
    db: Database,
    on: str,
    minor: int,
    company: CompanyId | None = None,
    contact: ContactId | None = None,
    currency: str = "EUR",
) -> None:
    create_order(
        db,
        OrderDraft(
            lines=(OrderLineDraft(description="Service", quantity=1, unit_price_minor=minor),),
            company_id=company,
            contact_id=contact,
            ordered_on=on,
            currency=currency,
        ),
    )


def build_customers(db: Database) -> Customers:
    """Customers with names from several scripts and their November orders.

    EUR: Łódź Meble 2 orders 1,500.00 (last 11-20); Dvořák 1 order 400.00 (11-28);
    Ελλάδα Α.Ε. 1 order 250.00 (11-02), plus one in October left out.
    SEK: Ørsted 1 order 9,000.00 (11-10). JPY: 山田 1 order ¥120,000 (11-15).
    """
    customers = Customers(
        lodz=add_company(db, "Łódź Meble"),
        orsted=add_company(db, "Ørsted A/S"),
        dvorak=add_contact(db, "Antonín", "Dvořák"),
        yamada=add_contact(db, "太郎", "山田"),
        hellas=add_company(db, "Ελλάδα Α.Ε."),
    )
    order(db, "2026-11-05", 100000, company=customers.lodz)
    order(db, "2026-11-20", 50000, company=customers.lodz)
    order(db, "2026-11-28", 40000, contact=customers.dvorak)
    order(db, "2026-11-02", 25000, company=customers.hellas)
    order(db, "2026-10-15", 99900, company=customers.hellas)
    order(db, "2026-11-10", 900000, company=customers.orsted, currency="SEK")
    order(db, "2026-11-15", 120000, contact=customers.yamada, currency="JPY")
    return customers

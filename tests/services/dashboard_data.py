"""A small, hand-worked data set for the dashboard, as of 2026-11-20 12:00 UTC.

Everything is made through the services at set moments (``db.clock_at``). The
answers the tests expect are worked out here, once, from the rows below.

Deals (default pipeline: Lead 10 %, Qualified 25 %, Proposal 50 %, Negotiation 75 %):
  open  A  Proposal     EUR 100.00  expected 11-25            weighted 50 %  ->  50.00
  open  B  Lead (30 %)  EUR 200.00  expected 12-10            weighted 30 %  ->  60.00
  open  C  Qualified    SEK 400.00  expected 11-30            weighted 25 %  -> 100.00
  open  D  Negotiation  EUR  80.00  expected 2027-01-15       weighted 75 %  ->  60.00
  won   W1 EUR 300.00  created 11-01, won 11-11   (10 days)
  won   W2 USD 500.00  created 10-20, won 11-04   (15 days)
  lost  L1 EUR  10.00  created 11-02, lost 11-06
  won   W3 EUR 700.00  created 09-01, won 10-01   (30 days)
  lost  L2, L3, L4     EUR 10.00 each, lost 10-10, 10-12, 10-20

  Open pipeline: EUR 3 deals 380.00 (A+B+D), weighted 50+60+60 = 170.00;
                 SEK 1 deal 400.00, weighted 100.00.
  Forecast this month (November, open deals expected in it): EUR A 100.00 ->
  50.00; SEK C 400.00 -> 100.00. This quarter (Oct-Dec): EUR A+B 300.00 ->
  50+60 = 110.00; SEK C 100.00. D (January) is in neither.
  November: won 2 (EUR 300.00, USD 500.00), lost 1, win rate 2/3, cycle
  (10 + 15) / 2 = 12.5 days. October: won 1 (EUR 700.00), lost 3, win rate
  1/4, cycle 30 days.

Tickets (SLA hours: urgent 4, high 8, normal 24, low 72):
  T1 normal created 11-02 09:00 resolved 11-02 15:00 (6 h: kept)
  T2 high   created 11-03 10:00 resolved 11-04 10:00 (24 h > 8: breached)
  T3 urgent created 11-10 08:00 still open             (past 4 h: breached, overdue)
  T4 low    created 11-19 08:00 still open             (due 11-22: neither)
  T5 normal created 10-28 10:00 resolved 11-10 10:00 (breached, an October ticket)
  Open now 2 (T3, T4), overdue 1 (T3). Resolved in November 3 (T1, T2, T5),
  in October none. SLA breaches of tickets created in
  November 2 (T2, T3), in October 1 (T5).
  Per week (Mondays): 10-26 opened 1 (T5); 11-02 opened 2, resolved 2 (T1, T2);
  11-09 opened 1 (T3), resolved 1 (T5); 11-16 opened 1 (T4).

Tasks: due 11-19 (overdue), two due 11-20 open and one due 11-20 done, one
due 11-21: 2 due today.

Orders: 11-05 EUR 100.00, 11-15 EUR 50.00, 11-16 SEK 300.00, 10-10 EUR 70.00.
  Revenue November: orders EUR 150.00 and SEK 300.00; deals won EUR 300.00
  and USD 500.00. October: orders EUR 70.00; deals won EUR 700.00.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from crm_desktop.domain.activities import ActivityDraft
from crm_desktop.domain.orders import OrderDraft, OrderLineDraft
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.domain.tickets import TicketDraft
from crm_desktop.services.activities import complete_task, log_activity
from crm_desktop.services.deals import create_deal, move_deal_to_stage
from crm_desktop.services.orders import create_order
from crm_desktop.services.pipeline import default_pipeline, find_stage
from crm_desktop.services.tickets import create_ticket, update_ticket
from crm_desktop.storage.database import Database
from tests.services.records import add_contact

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def at(month: int, day: int, hour: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, 0, tzinfo=UTC)


@dataclass(frozen=True)
class DashboardData:
    """Ids the tests look for in the lists a click opens."""

    open_deals: dict[str, int]
    won_november: tuple[int, ...]
    overdue_ticket: int
    breached_november: tuple[int, ...]


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
    stage = find_stage(db, default_pipeline(db).id, stage_name).id
    with db.clock_at(created or at(11, 1)):
        draft = DealDraft(
            title=title,
            value_minor=value_minor,
            currency=currency,
            stage_id=stage,
            expected_close_date=expected,
            probability=probability,
        )
        return create_deal(db, draft).id


def closed_deal(
    db: Database, title: str, value_minor: int, created: datetime, closed: datetime, **kw: str
) -> int:
    deal_id = deal(db, title, value_minor, created=created, currency=kw.get("currency", "EUR"))
    with db.clock_at(closed):
        won = "lost_reason" not in kw
        move_deal_to_stage(
            db, deal_id, "Won" if won else "Lost", lost_reason=kw.get("lost_reason", "")
        )
    return deal_id


def ticket(db: Database, subject: str, priority: str, created: datetime) -> int:
    with db.clock_at(created):
        return create_ticket(db, TicketDraft(subject=subject, priority=priority)).id


def resolve(db: Database, ticket_id: int, when: datetime) -> None:
    with db.clock_at(when):
        update_ticket(db, ticket_id, {"status": "resolved"})


def task(db: Database, subject: str, due: datetime) -> int:
    with db.clock_at(at(11, 1)):
        return log_activity(
            db,
            ActivityDraft(kind="task", subject=subject, due_at=due.strftime("%Y-%m-%dT%H:%M:%SZ")),
        ).id


def order(db: Database, contact: int, on: str, minor: int, currency: str = "EUR") -> None:
    create_order(
        db,
        OrderDraft(
            lines=(OrderLineDraft(description="Service", quantity=1, unit_price_minor=minor),),
            contact_id=contact,
            ordered_on=on,
            currency=currency,
        ),
    )


def build(db: Database) -> DashboardData:
    """The data set of the module docstring."""
    open_deals = {
        "A": deal(db, "A", 10000, "Proposal", expected="2026-11-25"),
        "B": deal(db, "B", 20000, "Lead", expected="2026-12-10", probability=30),
        "C": deal(db, "C", 40000, "Qualified", currency="SEK", expected="2026-11-30"),
        "D": deal(db, "D", 8000, "Negotiation", expected="2027-01-15"),
    }
    w1 = closed_deal(db, "W1", 30000, at(11, 1), at(11, 11))
    w2 = closed_deal(db, "W2", 50000, at(10, 20), at(11, 4), currency="USD")
    closed_deal(db, "L1", 1000, at(11, 2), at(11, 6), lost_reason="Price")
    closed_deal(db, "W3", 70000, at(9, 1), at(10, 1))
    for day in (10, 12, 20):
        closed_deal(db, f"L{day}", 1000, at(10, day - 8), at(10, day), lost_reason="Price")

    t1 = ticket(db, "T1", "normal", at(11, 2, 9))
    resolve(db, t1, at(11, 2, 15))
    t2 = ticket(db, "T2", "high", at(11, 3, 10))
    resolve(db, t2, at(11, 4, 10))
    t3 = ticket(db, "T3", "urgent", at(11, 10, 8))
    ticket(db, "T4", "low", at(11, 19, 8))
    t5 = ticket(db, "T5", "normal", at(10, 28, 10))
    resolve(db, t5, at(11, 10, 10))

    task(db, "Overdue", at(11, 19, 9))
    task(db, "Today early", at(11, 20, 8))
    task(db, "Today late", at(11, 20, 18))
    done = task(db, "Today done", at(11, 20, 9))
    with db.clock_at(at(11, 20, 10)):
        complete_task(db, done)
    task(db, "Tomorrow", at(11, 21, 9))

    buyer = add_contact(db, "Giulia", "Rossi")
    order(db, buyer, "2026-11-05", 10000)
    order(db, buyer, "2026-11-15", 5000)
    order(db, buyer, "2026-11-16", 30000, "SEK")
    order(db, buyer, "2026-10-10", 7000)
    return DashboardData(
        open_deals=open_deals,
        won_november=(w1, w2),
        overdue_ticket=t3,
        breached_november=(t2, t3),
    )

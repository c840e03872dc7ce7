"""Customer figures: top customers by revenue, and one customer's profile.

A customer is the company an order is for, or its contact when the order names
no company. Revenue is the sum of order totals and stays per currency: a
customer buying in EUR and SEK appears once per currency, ranked among the
customers of that currency.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from crm_desktop.domain.activities import Activity
from crm_desktop.domain.companies import Company
from crm_desktop.domain.contacts import Contact
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.periods import Period
from crm_desktop.domain.saved_views import ViewFilter
from crm_desktop.i18n import translate
from crm_desktop.services.activities import count_timeline, timeline
from crm_desktop.services.companies import get_company
from crm_desktop.services.contacts import get_contact
from crm_desktop.services.view_filters import view_clause
from crm_desktop.storage.database import Database

CUSTOMER_KINDS = ("contact", "company")
_CONTACT_NAME = "trim(c.first_name || ' ' || c.last_name)"


@dataclass(frozen=True)
class TopCustomer:
    """One customer's orders of one currency within the period."""

    rank: int  # 1 = highest revenue among customers of this currency
    kind: str  # company | contact
    id: int
    name: str
    currency: str
    revenue_minor: int
    orders: int  # frequency: orders in the period
    first_order: date
    last_order: date
    days_since_last: int  # recency, counted from the period's last day


def _unnamed(kind: str, record_id: int) -> str:
    """What a customer without a name is called: "Contact 12", "Company 7"."""
    if kind == "company":
        return translate("figures", "Company {id}").format(id=record_id)
    return translate("figures", "Contact {id}").format(id=record_id)


def top_customers(
    db: Database, period: Period, limit: int = 20, view: ViewFilter | None = None
) -> list[TopCustomer]:
    """The ``limit`` customers with most revenue in each currency, ranked per currency.

    ``view``: only customers in this saved view of contacts or companies (a contact
    view keeps the customers that are contacts, a company view the companies).
    """
    narrow, params = view_clause(view, "cid", db.now()[:10], ("contacts", "companies"))
    if view is not None:
        narrow = f" AND kind = :view_kind{narrow}"
        params["view_kind"] = "contact" if view.entity == "contacts" else "company"
    params |= {"start": period.start.isoformat(), "end": period.end.isoformat(), "limit": limit}
    rows = db.query(
        f"""
        WITH o AS (
            SELECT CASE WHEN o.company_id IS NOT NULL THEN 'company' ELSE 'contact' END AS kind,
                   coalesce(o.company_id, o.contact_id) AS cid, o.currency, o.total_minor,
                   o.ordered_on
            FROM orders o
            WHERE o.deleted_at IS NULL AND o.ordered_on >= :start AND o.ordered_on <= :end
        ), per AS (
            SELECT kind, cid, currency, sum(total_minor) AS revenue, count(*) AS n,
                   min(ordered_on) AS first_order, max(ordered_on) AS last_order
            FROM o WHERE 1 {narrow} GROUP BY kind, cid, currency
        ), ranked AS (
            SELECT per.*, row_number() OVER (
                PARTITION BY currency ORDER BY revenue DESC, n DESC, last_order DESC, kind, cid
            ) AS rank
            FROM per
        )
        SELECT r.*, CASE r.kind WHEN 'company' THEN co.name ELSE {_CONTACT_NAME} END AS name,
               CAST(julianday(:end) - julianday(r.last_order) AS INTEGER) AS recency
        FROM ranked r
        LEFT JOIN companies co ON r.kind = 'company' AND co.id = r.cid
        LEFT JOIN contacts c ON r.kind = 'contact' AND c.id = r.cid
        WHERE r.rank <= :limit
        ORDER BY r.currency, r.rank
        """,
        params,
    )
    return [
        TopCustomer(
            rank=r["rank"],
            kind=r["kind"],
            id=r["cid"],
            name=r["name"] or _unnamed(r["kind"], r["cid"]),
            currency=r["currency"],
            revenue_minor=r["revenue"],
            orders=r["n"],
            first_order=date.fromisoformat(r["first_order"][:10]),
            last_order=date.fromisoformat(r["last_order"][:10]),
            days_since_last=r["recency"],
        )
        for r in rows
    ]


@dataclass(frozen=True)
class ProfileDeal:
    id: int
    title: str
    stage: str
    status: str  # open | won | lost
    value_minor: int
    currency: str
    expected_close_date: str | None
    closed_at: str | None


@dataclass(frozen=True)
class ProfileOrder:
    id: int
    ordered_on: str
    total_minor: int
    currency: str
    lines: int
    buyer: str  # the contact who ordered, "" when none


@dataclass(frozen=True)
class ProfileTicket:
    id: int
    subject: str
    status: str
    priority: str
    created_at: str
    resolved_at: str | None


@dataclass(frozen=True)
class Revenue:
    currency: str
    orders: int
    total_minor: int


@dataclass(frozen=True)
class CustomerProfile:
    """Everything a one-page customer profile shows."""

    kind: str  # contact | company
    contact: Contact | None
    company: Company | None
    people: tuple[str, ...]  # a company's contacts (names); empty for a contact
    deals: tuple[ProfileDeal, ...]  # newest first
    orders: tuple[ProfileOrder, ...]  # newest first
    revenue: tuple[Revenue, ...]  # all orders, per currency
    tickets: tuple[ProfileTicket, ...]  # newest first
    activities: tuple[Activity, ...]  # latest first
    # How many there are in all: the tuples above hold only the latest ``limit``.
    deal_count: int = 0
    ticket_count: int = 0
    activity_count: int = 0

    @property
    def order_count(self) -> int:
        return sum(r.orders for r in self.revenue)

    @property
    def name(self) -> str:
        if self.company is not None:
            return self.company.name
        assert self.contact is not None
        return self.contact.name


def _owned_by(kind: str, alias: str) -> str:
    """SQL condition: the row of ``alias`` belongs to the customer ``:id``.

    A company's records include those of the people who work there.
    """
    if kind == "contact":
        return f"{alias}.contact_id = :id"
    return (
        f"({alias}.company_id = :id OR {alias}.contact_id IN"
        " (SELECT id FROM contacts WHERE company_id = :id AND deleted_at IS NULL))"
    )


def customer_profile(db: Database, kind: str, record_id: int, limit: int = 20) -> CustomerProfile:
    """The profile of one contact or company, with up to ``limit`` of each kind of record.

    Raises:
        ValidationError: ``kind`` is neither contact nor company.
        NotFoundError: there is no such live record.
    """
    if kind not in CUSTOMER_KINDS:
        raise ValidationError.single(
            "kind",
            translate("validation", "must be one of {choices}").format(
                choices=", ".join(CUSTOMER_KINDS)
            ),
        )
    contact = get_contact(db, record_id) if kind == "contact" else None
    company = get_company(db, record_id) if kind == "company" else None
    params: dict[str, Any] = {"id": record_id, "limit": limit}
    people = (
        [
            r["name"]
            for r in db.query(
                f"SELECT {_CONTACT_NAME} AS name FROM contacts c WHERE c.company_id = :id"
                " AND c.deleted_at IS NULL ORDER BY c.last_name COLLATE NOCASE,"
                " c.first_name COLLATE NOCASE LIMIT :limit",
                params,
            )
        ]
        if kind == "company"
        else []
    )
    deals = db.query(
        f"""
        SELECT d.id, d.title, s.name AS stage, d.status, d.value_minor, d.currency,
               d.expected_close_date, d.closed_at
        FROM deals d JOIN stages s ON s.id = d.stage_id
        WHERE d.deleted_at IS NULL AND {_owned_by(kind, "d")}
        ORDER BY d.created_at DESC, d.id DESC LIMIT :limit
        """,
        params,
    )
    orders = db.query(
        f"""
        SELECT o.id, o.ordered_on, o.total_minor, o.currency,
               (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id
                AND l.deleted_at IS NULL) AS lines,
               coalesce({_CONTACT_NAME}, '') AS buyer
        FROM orders o LEFT JOIN contacts c ON c.id = o.contact_id
        WHERE o.deleted_at IS NULL AND {_owned_by(kind, "o")}
        ORDER BY o.ordered_on DESC, o.id DESC LIMIT :limit
        """,
        params,
    )
    revenue = db.query(
        f"""
        SELECT o.currency, count(*) AS n, sum(o.total_minor) AS total FROM orders o
        WHERE o.deleted_at IS NULL AND {_owned_by(kind, "o")}
        GROUP BY o.currency ORDER BY o.currency
        """,
        params,
    )
    tickets = db.query(
        f"""
        SELECT t.id, t.subject, t.status, t.priority, t.created_at, t.resolved_at
        FROM tickets t WHERE t.deleted_at IS NULL AND {_owned_by(kind, "t")}
        ORDER BY t.created_at DESC, t.id DESC LIMIT :limit
        """,
        params,
    )
    return CustomerProfile(
        kind=kind,
        contact=contact,
        company=company,
        people=tuple(people),
        deals=tuple(ProfileDeal(**r) for r in deals),
        orders=tuple(ProfileOrder(**r) for r in orders),
        revenue=tuple(Revenue(r["currency"], r["n"], r["total"]) for r in revenue),
        tickets=tuple(ProfileTicket(**r) for r in tickets),
        activities=tuple(timeline(db, kind, record_id, limit=limit)),
        deal_count=_count(db, "deals", kind, record_id),
        ticket_count=_count(db, "tickets", kind, record_id),
        activity_count=count_timeline(db, kind, record_id),
    )


def _count(db: Database, table: str, kind: str, record_id: int) -> int:
    """Live rows of ``table`` (deals, tickets) that belong to the customer."""
    where = _owned_by(kind, "x")
    sql = f"SELECT count(*) FROM {table} x WHERE x.deleted_at IS NULL AND {where}"
    return int(db.scalar(sql, {"id": record_id}))

"""What customers are worth: purchase history, lifetime value, spenders, at risk.

Money stays per currency: a customer who paid in EUR and in USD has two
lifetime values, one per currency, and the lists of spenders rank the
customers of one currency only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from itertools import groupby, pairwise
from operator import itemgetter
from statistics import median

from babel.numbers import format_decimal

from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import QT_TRANSLATE_NOOP, current_locale, translate
from crm_desktop.services.analytics.customer_kind import customer_sql, live_orders
from crm_desktop.services.orders import iso_date, today
from crm_desktop.services.settings import get_settings
from crm_desktop.storage.database import Database

# The rules are marked English; shown through ``translate("analytics", RULE)``.
LIFETIME_VALUE_RULE = QT_TRANSLATE_NOOP(
    "analytics",
    "Lifetime value = the total of all the customer's orders to date, per currency;"
    " average order = that total / the number of orders.",
)
# Why 1.5: one usual gap late is normal (holidays, a slow month); half as long
# again without an order is worth a call.
AT_RISK_FACTOR = 1.5
AT_RISK_RULE = QT_TRANSLATE_NOOP(
    "analytics",
    "At risk: at least two orders on different days, and no order for longer than"
    " 1.5 x the customer's median gap between order days. Orders in every currency"
    " count here: this is about when people buy, not how much.",
)


@dataclass(frozen=True)
class PurchaseLine:
    """One order in a customer's purchase history."""

    order_id: int
    ordered_on: str
    currency: str
    total_minor: int
    products: str  # the lines' product names or descriptions, comma separated


@dataclass(frozen=True)
class CustomerValue:
    """A customer's lifetime value in one currency."""

    customer_id: int
    name: str
    currency: str
    orders: int
    total_minor: int
    first_order_on: str
    last_order_on: str

    @property
    def average_order_minor(self) -> int:
        """Average order value, rounded to the nearest minor unit (halves away from 0)."""
        return (2 * self.total_minor + self.orders) // (2 * self.orders)


@dataclass(frozen=True)
class AtRiskCustomer:
    """A customer who has gone quiet for longer than is usual for them."""

    customer_id: int
    name: str
    last_order_on: str
    days_since_last: int
    median_gap_days: float
    order_days: int

    @property
    def overdue_ratio(self) -> float:
        """How many usual gaps have passed since the last order."""
        return self.days_since_last / self.median_gap_days

    @property
    def reason(self) -> str:
        """Why the customer is at risk, in the current language, with their own figures."""
        return translate(
            "analytics",
            "No order for %n days, where this customer usually orders every {gap}",
            "",
            self.days_since_last,
        ).format(gap=_days(self.median_gap_days))


def _days(days: float) -> str:
    """A number of days, 22.5 as "22.5 days" ("22,5 giorni"): medians may fall between two."""
    shown = format_decimal(days, format="#,##0.#", locale=current_locale())
    if days == 1:
        return translate("analytics", "{n} day").format(n=shown)
    return translate("analytics", "{n} days").format(n=shown)


def purchase_history(db: Database, kind: str, customer_id: int) -> list[PurchaseLine]:
    """The customer's live orders, newest first, with what was on them.

    Raises:
        ValidationError: key ``kind``.
    """
    sql = customer_sql(kind)
    rows = db.query(
        "SELECT o.id, o.ordered_on, o.currency, o.total_minor,"
        " (SELECT group_concat(coalesce(p.name, nullif(l.description, ''), '?'), ', ')"
        "  FROM order_lines l LEFT JOIN products p ON p.id = l.product_id"
        "  WHERE l.order_id = o.id AND l.deleted_at IS NULL) AS products"
        f" FROM orders o WHERE o.deleted_at IS NULL AND o.{sql.order_column} = ?"
        " ORDER BY o.ordered_on DESC, o.id DESC",
        (customer_id,),
    )
    return [
        PurchaseLine(
            order_id=int(r["id"]),
            ordered_on=str(r["ordered_on"]),
            currency=str(r["currency"]),
            total_minor=int(r["total_minor"]),
            products=str(r["products"] or ""),
        )
        for r in rows
    ]


_VALUE_SELECT = (
    "SELECT o.{col} AS customer_id, {name} AS name, o.currency, count(*) AS orders,"
    " sum(o.total_minor) AS total, min(o.ordered_on) AS first_on, max(o.ordered_on) AS last_on"
)


def _value(row: dict[str, object]) -> CustomerValue:
    return CustomerValue(
        customer_id=int(str(row["customer_id"])),
        name=str(row["name"]),
        currency=str(row["currency"]),
        orders=int(str(row["orders"])),
        total_minor=int(str(row["total"])),
        first_order_on=str(row["first_on"]),
        last_order_on=str(row["last_on"]),
    )


def lifetime_value(db: Database, kind: str, customer_id: int) -> list[CustomerValue]:
    """The customer's lifetime value, one entry per currency they paid in (by code).

    Raises:
        ValidationError: key ``kind``.
    """
    sql = customer_sql(kind)
    select = _VALUE_SELECT.format(col=sql.order_column, name=sql.name)
    rows = db.query(
        f"{select}{live_orders(sql)} AND o.{sql.order_column} = ?"
        " GROUP BY o.currency ORDER BY o.currency",
        (customer_id,),
    )
    return [_value(r) for r in rows]


def spenders(
    db: Database,
    kind: str = "contact",
    currency: str | None = None,
    limit: int = 20,
    lowest: bool = False,
) -> list[CustomerValue]:
    """The customers who spent most (or least, with ``lowest``) in one currency.

    Only customers with at least one order in ``currency`` (default: the
    business currency) are ranked; ties go to the lower id.

    Raises:
        ValidationError: key ``kind``.
    """
    sql = customer_sql(kind)
    code = (currency or get_settings(db).default_currency).strip().upper()
    select = _VALUE_SELECT.format(col=sql.order_column, name=sql.name)
    direction = "ASC" if lowest else "DESC"
    rows = db.query(
        f"{select}{live_orders(sql, currency_filter=True)} GROUP BY o.{sql.order_column}"
        f" ORDER BY total {direction}, customer_id LIMIT ?",
        (code, max(0, int(limit))),
    )
    return [_value(r) for r in rows]


def customers_at_risk(
    db: Database, kind: str = "contact", as_of: date | str | None = None, limit: int | None = None
) -> list[AtRiskCustomer]:
    """Customers overdue by their own rhythm (see ``AT_RISK_RULE``), most overdue first.

    Orders in every currency count: this is about when people buy, not how much.

    Raises:
        ValidationError: keys ``kind``, ``as_of``.
    """
    sql = customer_sql(kind)
    errors: dict[str, str] = {}
    day = iso_date(as_of, "as_of", errors) or today(db)
    if errors:
        raise ValidationError(errors)
    col = sql.order_column
    # SQL hands over each customer's orders, grouped by customer, straight from
    # the orders_*_value index; the order days, their gaps and median are a few
    # lines of Python, five times faster than SQL window functions.
    with db.reading(), db.lock:  # file lock first, as everywhere
        rows = db.conn.execute(
            f"SELECT o.{col}, o.ordered_on FROM orders o JOIN {sql.table} cu"
            f" ON cu.id = o.{col} AND cu.deleted_at IS NULL"
            f" WHERE o.deleted_at IS NULL AND o.ordered_on <= ? ORDER BY o.{col}",
            (day,),
        ).fetchall()
    today_number = date.fromisoformat(day).toordinal()
    found: list[tuple[int, str, int, float, int]] = []
    for customer_id, group in groupby(rows, key=itemgetter(0)):
        days = sorted({d for _, d in group})
        if len(days) < 2:
            continue  # one order day: no usual interval to compare with
        numbers = [date.fromisoformat(d).toordinal() for d in days]
        median_gap = float(median(b - a for a, b in pairwise(numbers)))
        since = today_number - numbers[-1]
        if since > AT_RISK_FACTOR * median_gap:
            found.append((int(customer_id), days[-1], since, median_gap, len(numbers)))
    found.sort(key=lambda f: (-f[2] / f[3], f[0]))
    if limit is not None:
        found = found[: max(0, int(limit))]
    names = {
        int(r["id"]): str(r["name"])
        for r in db.query(
            f"SELECT cu.id, {sql.name} AS name FROM {sql.table} cu"
            " WHERE cu.id IN (SELECT value FROM json_each(?))",
            (json.dumps([f[0] for f in found]),),
        )
    }
    return [
        AtRiskCustomer(
            customer_id=cid,
            name=names.get(cid, ""),
            last_order_on=last,
            days_since_last=since,
            median_gap_days=gap,
            order_days=count,
        )
        for cid, last, since, gap, count in found
    ]

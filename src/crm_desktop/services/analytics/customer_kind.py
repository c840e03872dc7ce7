"""Who a "customer" is in customer analytics: a contact or a company.

An order names a contact, a company or both; contact analytics follow
``orders.contact_id`` and company analytics ``orders.company_id``, so an order
to Giulia at ACME counts once for Giulia and once for ACME, never twice in one
analysis.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import translate

CustomerKind = Literal["contact", "company"]
CUSTOMER_KINDS: tuple[CustomerKind, ...] = ("contact", "company")


@dataclass(frozen=True)
class CustomerSql:
    """The SQL pieces one kind of customer needs; names are ours, never the user's."""

    kind: CustomerKind
    order_column: str  # the orders column naming the customer
    table: str  # the customer's own table, aliased ``cu`` in queries
    name: str  # an expression over ``cu`` giving the customer's display name


_SQL = {
    "contact": CustomerSql(
        "contact",
        "contact_id",
        "contacts",
        "coalesce(nullif(trim(cu.first_name || ' ' || cu.last_name), ''),"
        " json_extract(cu.emails, '$[0].address'), '#' || cu.id)",
    ),
    "company": CustomerSql("company", "company_id", "companies", "cu.name"),
}


def customer_sql(kind: str) -> CustomerSql:
    """The SQL pieces for ``kind``.

    Raises:
        ValidationError: key ``kind`` when it is neither contact nor company.
    """
    if kind not in _SQL:
        raise ValidationError.single(
            "kind",
            translate("analytics", "{kind} is not contact or company").format(kind=repr(kind)),
        )
    return _SQL[kind]


def live_orders(sql: CustomerSql, currency_filter: bool = False) -> str:
    """FROM clause of live orders of live customers (alias ``o`` and ``cu``).

    With ``currency_filter`` the clause expects one ``?`` for the currency.
    """
    clause = (
        f" FROM orders o JOIN {sql.table} cu ON cu.id = o.{sql.order_column}"
        " AND cu.deleted_at IS NULL WHERE o.deleted_at IS NULL"
    )
    if currency_filter:
        clause += " AND o.currency = ?"
    return clause

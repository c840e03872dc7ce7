"""Purchase history, lifetime value, spenders and customers at risk, worked by hand.

At risk (rule: at least two order days and no order for more than 1.5 x the
median gap between order days), to 2024-07-01, on shop.RFM_ORDERS plus Gino's
one USD order:

    Anna   gaps 20, 20, 21, 18 -> sorted 18 20 20 21, median 20; 3 days since -> no
    Bruno  gap Mar 1 -> Jun 20 = 31 + 30 + 31 + 19 = 111; 11 days since      -> no
    Carla  gaps 31, 30, 45 -> median 31; 168 days since > 46.5               -> yes (5.42 gaps)
    Dario  one order: no gap to compare with                                 -> no
    Elena  gaps 31, 30 -> median 30.5; 61 days since > 45.75                 -> yes (2.0 gaps)
    Gino   one order                                                         -> no
"""

from __future__ import annotations

import pytest

from crm_desktop.services.analytics.customer_value import (
    customers_at_risk,
    lifetime_value,
    purchase_history,
    spenders,
)
from crm_desktop.storage.database import Database
from tests.services.analytics.shop import AS_OF, contact, order, rfm_shop


def test_lifetime_value_is_the_total_of_all_orders_with_its_average(db: Database) -> None:
    ids = rfm_shop(db)
    (value,) = lifetime_value(db, "contact", ids["Carla"])
    # 300 + 300 + 300 + 900 = 1800.00 over 4 orders: 450.00 each on average.
    assert (value.currency, value.orders, value.total_minor, value.average_order_minor) == (
        "EUR",
        4,
        180000,
        45000,
    )
    assert (value.first_order_on, value.last_order_on) == ("2023-10-01", "2024-01-15")


def test_lifetime_value_is_one_figure_per_currency_never_summed(db: Database) -> None:
    who = contact(db, "Hanna")
    order(db, who, "2024-01-01", 1000, "EUR")
    order(db, who, "2024-02-01", 2500, "USD")
    order(db, who, "2024-03-01", 1000, "EUR")
    assert [(v.currency, v.total_minor, v.orders) for v in lifetime_value(db, "contact", who)] == [
        ("EUR", 2000, 2),
        ("USD", 2500, 1),
    ]


def test_average_order_rounds_half_a_cent_up() -> None:
    from crm_desktop.services.analytics.customer_value import CustomerValue

    # 1001 cents over 2 orders = 500.5 -> 501.
    assert CustomerValue(1, "x", "EUR", 2, 1001, "", "").average_order_minor == 501


def test_customer_without_orders_has_no_lifetime_value_or_history(db: Database) -> None:
    ids = rfm_shop(db)
    assert lifetime_value(db, "contact", ids["Fabio"]) == []
    assert purchase_history(db, "contact", ids["Fabio"]) == []


def test_purchase_history_lists_orders_newest_first_with_their_products(db: Database) -> None:
    ids = rfm_shop(db)
    history = purchase_history(db, "contact", ids["Bruno"])
    assert [(h.ordered_on, h.total_minor, h.products) for h in history] == [
        ("2024-06-20", 5000, "Service"),
        ("2024-03-01", 5000, "Service"),
    ]


def test_top_spenders_rank_one_currency_highest_first(db: Database) -> None:
    rfm_shop(db)
    top = spenders(db, limit=3)
    assert [(s.name, s.total_minor) for s in top] == [
        ("Carla Test", 180000),
        ("Elena Test", 120000),
        ("Anna Test", 60000),
    ]


def test_low_spenders_rank_customers_with_orders_lowest_first(db: Database) -> None:
    rfm_shop(db)
    low = spenders(db, limit=2, lowest=True)
    # Fabio has no orders: he is no low spender, he is no customer yet.
    assert [(s.name, s.total_minor) for s in low] == [("Dario Test", 2000), ("Bruno Test", 10000)]


def test_spenders_in_another_currency_list_only_its_customers(db: Database) -> None:
    rfm_shop(db)
    assert [(s.name, s.currency) for s in spenders(db, currency="USD")] == [("Gino Test", "USD")]


def test_customers_at_risk_are_those_overdue_by_their_own_rhythm(db: Database) -> None:
    rfm_shop(db)
    risk = customers_at_risk(db, as_of=AS_OF)
    assert [(r.name, r.days_since_last, r.median_gap_days, r.order_days) for r in risk] == [
        ("Carla Test", 168, 31.0, 4),
        ("Elena Test", 61, 30.5, 3),
    ]
    assert risk[0].overdue_ratio == pytest.approx(168 / 31)


def test_two_orders_on_one_day_count_as_one_order_day(db: Database) -> None:
    who = contact(db, "Ivo")
    order(db, who, "2024-06-01", 100)
    order(db, who, "2024-06-01", 100)
    # One order day: no usual interval yet, so never at risk.
    assert customers_at_risk(db, as_of=AS_OF) == []


def test_exactly_one_and_a_half_gaps_is_not_yet_at_risk(db: Database) -> None:
    who = contact(db, "Lia")
    order(db, who, "2024-05-01", 100)
    order(db, who, "2024-05-21", 100)  # gap 20 days; 1.5 x 20 = 30
    assert customers_at_risk(db, as_of="2024-06-20") == []  # 30 days: not more than 30
    assert [r.name for r in customers_at_risk(db, as_of="2024-06-21")] == ["Lia Test"]

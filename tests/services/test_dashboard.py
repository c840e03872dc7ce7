"""Dashboard figures against the hand-worked data set in dashboard_data.py."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import Money
from crm_desktop.domain.periods import Period
from crm_desktop.domain.pipeline import DealFilter
from crm_desktop.domain.tickets import TicketFilter
from crm_desktop.services.dashboard import (
    Change,
    Dashboard,
    RatioChange,
    dashboard,
    dashboard_period,
    previous_period,
)
from crm_desktop.services.deal_lists import list_deals
from crm_desktop.services.sales_figures import CurrencyTotal
from crm_desktop.services.tickets import list_tickets
from crm_desktop.storage.database import Database
from tests.services.dashboard_data import NOW, build
from tests.services.records import add_contact

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def figures(db: Database) -> Dashboard:
    build(db)
    with db.clock_at(NOW):
        return dashboard(db, NOVEMBER)


# -- periods ----------------------------------------------------------------------


def test_previous_period_of_a_month_is_the_whole_month_before() -> None:
    # November has 30 days, October 31: the comparison is by month, not by days.
    assert previous_period(NOVEMBER) == Period(date(2026, 10, 1), date(2026, 10, 31))


def test_previous_period_of_a_quarter_is_the_quarter_before() -> None:
    q1 = Period(date(2027, 1, 1), date(2027, 3, 31))

    assert previous_period(q1) == Period(date(2026, 10, 1), date(2026, 12, 31))


def test_previous_period_of_some_days_is_as_many_days_before() -> None:
    last_30 = dashboard_period("last_30_days", date(2026, 11, 20))

    # 10-22 .. 11-20 is 30 days; the 30 before run 09-22 .. 10-21.
    assert last_30 == Period(date(2026, 10, 22), date(2026, 11, 20))
    assert previous_period(last_30) == Period(date(2026, 9, 22), date(2026, 10, 21))


def test_change_percent_needs_a_previous_value() -> None:
    assert Change(3, 2).percent == pytest.approx(50.0)
    assert Change(1, 4).percent == pytest.approx(-75.0)
    assert Change(3, 0).percent is None
    assert Change(None, 2).percent is None


# -- deals -----------------------------------------------------------------------


def test_open_pipeline_is_per_currency_with_weighted_values(figures: Dashboard) -> None:
    # EUR: A 100 + B 200 + D 80 = 380.00, weighted 50 + 60 + 60 = 170.00; SEK: C.
    assert figures.open_pipeline == (
        CurrencyTotal("EUR", 3, 38000, 17000),
        CurrencyTotal("SEK", 1, 40000, 10000),
    )
    assert figures.open_deals == 4


def test_forecast_this_month_weights_open_deals_expected_in_it(figures: Dashboard) -> None:
    # November: A (EUR 100.00 at 50 %) and C (SEK 400.00 at 25 %).
    assert [(t.currency, t.weighted_minor) for t in figures.forecast_month] == [
        ("EUR", 5000),
        ("SEK", 10000),
    ]


def test_forecast_this_quarter_adds_december_but_not_january(figures: Dashboard) -> None:
    # October-December: A 50.00 + B 60.00 (its own 30 %) = 110.00; D closes in January.
    assert [(t.currency, t.weighted_minor) for t in figures.forecast_quarter] == [
        ("EUR", 11000),
        ("SEK", 10000),
    ]


def test_won_in_the_period_against_the_previous_one_per_currency(figures: Dashboard) -> None:
    # November W1 EUR 300.00 and W2 USD 500.00; October W3 EUR 700.00.
    assert [(m.currency, m.current_minor, m.previous_minor) for m in figures.won] == [
        ("EUR", 30000, 70000),
        ("USD", 50000, 0),
    ]
    assert figures.won_count == Change(2, 1)


def test_win_rate_is_won_over_decided_deals(figures: Dashboard) -> None:
    # November 2 won, 1 lost; October 1 won, 3 lost.
    assert figures.win_rate.current == pytest.approx(2 / 3)
    assert figures.win_rate.previous == pytest.approx(1 / 4)


def test_win_rate_change_is_in_percentage_points_not_relative_percent(
    figures: Dashboard,
) -> None:
    # 2/3 - 1/4 = 66.67 % - 25 % = 41.67 points (relatively it would be +166.7 %).
    assert figures.win_rate.points == pytest.approx(41.6667, abs=1e-3)
    assert figures.win_rate.percent is None


def test_sales_cycle_averages_days_from_created_to_won(figures: Dashboard) -> None:
    # November (10 + 15) / 2; October one deal of 30 days.
    assert figures.sales_cycle_days.current == pytest.approx(12.5)
    assert figures.sales_cycle_days.previous == pytest.approx(30.0)


def test_pipeline_chart_has_every_stage_with_closed_deals_of_the_period(
    figures: Dashboard,
) -> None:
    counts = {s.stage: s.count for s in figures.pipeline}

    assert counts == {
        "Lead": 1,
        "Qualified": 1,
        "Proposal": 1,
        "Negotiation": 1,
        "Won": 2,  # W1, W2 (W3 was won in October)
        "Lost": 1,  # L1
    }


def test_revenue_keeps_orders_and_won_deals_apart_per_currency(figures: Dashboard) -> None:
    months = {m.month: m for m in figures.revenue}
    november, october = months[date(2026, 11, 1)], months[date(2026, 10, 1)]

    assert november.orders == (Money(15000, "EUR"), Money(30000, "SEK"))
    assert november.won_deals == (Money(30000, "EUR"), Money(50000, "USD"))
    assert october.orders == (Money(7000, "EUR"),)
    assert october.won_deals == (Money(70000, "EUR"),)


def test_revenue_chart_covers_twelve_months_up_to_the_period(figures: Dashboard) -> None:
    assert [m.month for m in figures.revenue][:1] == [date(2025, 12, 1)]
    assert len(figures.revenue) == 12
    assert figures.revenue[-1].month == date(2026, 11, 1)


def test_currencies_name_every_one_used_and_the_others_besides_the_default(
    figures: Dashboard,
) -> None:
    assert figures.currencies == ("EUR", "SEK", "USD")
    assert figures.other_currencies == ("SEK", "USD")


# -- tickets and tasks -----------------------------------------------------------------


def test_open_and_overdue_tickets_now(figures: Dashboard) -> None:
    # T3 and T4 are open; only T3 (urgent, 10 days old) is past its SLA.
    assert (figures.open_tickets, figures.overdue_tickets) == (2, 1)


def test_sla_breaches_of_tickets_created_in_each_period(figures: Dashboard) -> None:
    # November: T2 resolved after 24 h of 8, T3 still open past 4 h. October: T5.
    assert figures.sla_breaches == Change(2, 1)


def test_tickets_resolved_in_each_period_whenever_opened(figures: Dashboard) -> None:
    # November: T1 (11-02), T2 (11-04) and T5 (opened in October, resolved 11-10).
    assert figures.tickets_resolved == Change(3, 0)


def test_tickets_opened_and_resolved_per_week(figures: Dashboard) -> None:
    weeks = {w.week: (w.opened, w.resolved) for w in figures.tickets_per_week}

    assert weeks[date(2026, 10, 26)] == (1, 0)
    assert weeks[date(2026, 11, 2)] == (2, 2)
    assert weeks[date(2026, 11, 9)] == (1, 1)
    assert weeks[date(2026, 11, 16)] == (1, 0)
    # Twelve weeks ending with this one (today is Friday 11-20), none after.
    assert len(weeks) == 12
    assert max(weeks) == date(2026, 11, 16)
    assert sum(o for o, _ in weeks.values()) == 5


def test_tasks_due_today_leaves_out_done_and_other_days(figures: Dashboard) -> None:
    assert figures.tasks_due_today == 2


# -- edge cases ------------------------------------------------------------------


def test_an_empty_file_has_no_rates_and_no_money(db: Database) -> None:
    with db.clock_at(NOW):
        empty = dashboard(db, NOVEMBER)

    assert empty.open_pipeline == ()
    assert empty.won == ()
    assert empty.win_rate == RatioChange(None, None)
    assert empty.sales_cycle_days == Change(None, None)
    assert empty.win_rate.percent is None
    assert (empty.open_tickets, empty.overdue_tickets, empty.tasks_due_today) == (0, 0, 0)
    assert all(m.orders == () and m.won_deals == () for m in empty.revenue)
    assert empty.currencies == ("EUR",)


def test_one_customer_with_one_order_is_the_months_revenue(db: Database) -> None:
    from tests.services.dashboard_data import order

    order(db, add_contact(db), "2026-11-03", 12345)

    with db.clock_at(NOW):
        single = dashboard(db, NOVEMBER)

    assert single.revenue[-1].orders == (Money(12345, "EUR"),)
    assert single.revenue[-2].orders == ()


def test_the_default_period_is_this_month(db: Database) -> None:
    with db.clock_at(NOW):
        figures = dashboard(db)

    assert figures.period == NOVEMBER
    assert figures.today == date(2026, 11, 20)


# -- the lists behind the figures ------------------------------------------------------


def test_won_list_filter_finds_the_deals_the_won_figure_counts(db: Database) -> None:
    data = build(db)

    rows = list_deals(
        db, DealFilter(status="won", closed_from="2026-11-01", closed_to="2026-11-30")
    )

    assert sorted(r.id for r in rows) == sorted(data.won_november)


def test_breach_list_filter_finds_the_tickets_the_breach_figure_counts(db: Database) -> None:
    data = build(db)
    breached = TicketFilter(created_from="2026-11-01", created_to="2026-11-30", sla_breached=True)

    with db.clock_at(NOW):
        rows = list_tickets(db, breached)

    assert sorted(r.id for r in rows) == sorted(data.breached_november)


def test_tickets_resolved_in_a_week_by_day_range(db: Database) -> None:
    build(db)
    week = TicketFilter(resolved_from="2026-11-09", resolved_to="2026-11-15")

    assert [r.subject for r in list_tickets(db, week)] == ["T5"]


def test_a_bad_day_in_a_ticket_filter_names_the_field(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        list_tickets(db, TicketFilter(created_from="20 Nov"))

    assert set(caught.value.errors) == {"created_from"}

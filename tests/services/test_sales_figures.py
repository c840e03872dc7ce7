"""Sales figures against the hand-worked data set of figures_data.build_sales."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.periods import Period
from crm_desktop.domain.saved_views import Condition
from crm_desktop.services.sales_figures import (
    CurrencyTotal,
    forecast_by_month,
    pipeline_by_stage,
    win_loss,
)
from crm_desktop.services.saved_views import create_saved_view
from crm_desktop.storage.database import Database
from tests.services.figures_data import NOVEMBER, build_sales


def test_pipeline_by_stage_counts_open_deals_and_those_closed_in_the_period(db: Database) -> None:
    build_sales(db)
    stages = {s.stage: s for s in pipeline_by_stage(db, NOVEMBER)}
    assert [(name, s.count) for name, s in stages.items()] == [
        ("Lead", 1),
        ("Qualified", 1),
        ("Proposal", 1),
        ("Negotiation", 2),
        ("Won", 1),
        ("Lost", 2),
    ]
    assert stages["Lead"].totals == (CurrencyTotal("EUR", 1, 20000, 6000),)
    assert stages["Qualified"].totals == (CurrencyTotal("SEK", 1, 50000, 12500),)
    assert stages["Negotiation"].totals == (CurrencyTotal("EUR", 2, 3000, 2250),)
    assert stages["Won"].totals == (CurrencyTotal("EUR", 1, 30000, 30000),)
    assert stages["Lost"].totals == (CurrencyTotal("EUR", 2, 15000, 0),)


def test_pipeline_without_a_period_counts_every_closed_deal(db: Database) -> None:
    build_sales(db)
    won = next(s for s in pipeline_by_stage(db) if s.stage == "Won")
    assert won.totals == (CurrencyTotal("EUR", 2, 100000, 100000),)


def test_pipeline_of_an_empty_file_lists_every_stage_with_nothing(db: Database) -> None:
    stages = pipeline_by_stage(db, NOVEMBER)
    assert len(stages) == 6
    assert all(s.count == 0 and s.totals == () for s in stages)


def test_win_loss_rate_cycle_and_reasons(db: Database) -> None:
    build_sales(db)
    figures = win_loss(db, NOVEMBER)
    assert (figures.won_count, figures.lost_count) == (1, 2)
    assert figures.win_rate == 1 / 3
    assert figures.won_cycle_days == 10
    assert figures.lost_cycle_days == 3
    assert figures.won == (CurrencyTotal("EUR", 1, 30000, 30000),)
    assert [(r.reason, r.count) for r in figures.lost_reasons] == [("Price", 2)]


def test_win_loss_of_a_period_without_closed_deals_has_no_rate(db: Database) -> None:
    build_sales(db)
    figures = win_loss(db, Period(date(2025, 1, 1), date(2025, 1, 31)))
    assert (figures.won_count, figures.win_rate, figures.won_cycle_days) == (0, None, None)


def test_forecast_by_month_keeps_currencies_apart(db: Database) -> None:
    build_sales(db)
    forecast = forecast_by_month(db, Period(date(2026, 11, 1), date(2026, 12, 31)))
    november, december = forecast.months
    assert november.month == date(2026, 11, 1)
    assert november.totals == (
        CurrencyTotal("EUR", 1, 100000, 50000),
        CurrencyTotal("SEK", 1, 50000, 12500),
    )
    assert december.totals == (CurrencyTotal("EUR", 1, 20000, 6000),)
    assert forecast.totals == (
        CurrencyTotal("EUR", 2, 120000, 56000),
        CurrencyTotal("SEK", 1, 50000, 12500),
    )
    assert (forecast.undated_count, forecast.overdue_count) == (1, 1)


def test_forecast_lists_empty_months_of_the_period(db: Database) -> None:
    forecast = forecast_by_month(db, Period(date(2026, 1, 15), date(2026, 3, 2)))
    assert [m.month.month for m in forecast.months] == [1, 2, 3]
    assert all(m.count == 0 for m in forecast.months)


def test_forecast_of_a_deal_view_counts_only_its_deals(db: Database) -> None:
    build_sales(db)
    big = create_saved_view(db, "Big", "deals", [Condition("value", "gt", 100)])
    forecast = forecast_by_month(db, Period(date(2026, 11, 1), date(2026, 12, 31)), big.filter)
    # Undated H (10.00) and Overdue I (20.00) are not in the view; the rest is.
    assert (forecast.undated_count, forecast.overdue_count) == (0, 0)
    assert [(t.currency, t.count, t.value_minor) for t in forecast.totals] == [
        ("EUR", 2, 120000),
        ("SEK", 1, 50000),
    ]


def test_a_view_of_another_kind_cannot_narrow_deal_figures(db: Database) -> None:
    urgent = create_saved_view(db, "Urgent", "tickets", [Condition("priority", "eq", "urgent")])
    with pytest.raises(ValidationError) as raised:
        win_loss(db, NOVEMBER, urgent.filter)
    assert "view" in raised.value.errors

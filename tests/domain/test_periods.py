"""Periods: presets as seen on a given day, timestamp bounds, months, bad dates."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.periods import Period, parse_day, period_name, preset_period

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize(
    ("name", "start", "end"),
    [
        ("this_month", date(2026, 11, 1), date(2026, 11, 30)),
        ("last_month", date(2026, 10, 1), date(2026, 10, 31)),
        ("this_quarter", date(2026, 10, 1), date(2026, 12, 31)),
        ("this_year", date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_presets_on_a_november_day(name: str, start: date, end: date) -> None:
    assert preset_period(name, TODAY) == Period(start, end)


def test_last_month_in_january_is_last_years_december() -> None:
    assert preset_period("last_month", date(2027, 1, 10)) == Period(
        date(2026, 12, 1), date(2026, 12, 31)
    )


def test_period_bounds_take_the_whole_last_day() -> None:
    period = Period(date(2026, 11, 1), date(2026, 11, 30))
    assert (period.from_timestamp, period.to_timestamp) == (
        "2026-11-01T00:00:00Z",
        "2026-12-01T00:00:00Z",
    )


def test_months_of_a_period_across_a_new_year() -> None:
    months = Period(date(2026, 11, 15), date(2027, 1, 2)).months()
    assert months == [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)]


def test_period_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        Period(date(2026, 11, 2), date(2026, 11, 1))
    assert "before it starts" in caught.value.errors["period"]


def test_bad_day_names_its_field() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_day("30/11/2026", "--from")
    assert "year-month-day" in caught.value.errors["--from"]


@pytest.mark.parametrize(
    ("start", "end", "locale", "name"),
    [
        (date(2026, 11, 1), date(2026, 11, 30), "it_IT", "Novembre 2026"),
        (date(2026, 11, 1), date(2026, 11, 30), "sv_SE", "November 2026"),
        (date(2026, 2, 1), date(2026, 2, 28), "en_US", "February 2026"),
        (date(2026, 7, 1), date(2026, 9, 30), "it_IT", "T3 2026"),
        (date(2026, 7, 1), date(2026, 9, 30), "sv_SE", "K3 2026"),
        (date(2026, 7, 1), date(2026, 9, 30), "en_US", "Q3 2026"),
        (date(2026, 1, 1), date(2026, 12, 31), "it_IT", "2026"),
    ],
)
def test_whole_months_quarters_and_years_are_named_by_babel_in_the_locale(
    start: date, end: date, locale: str, name: str
) -> None:
    assert period_name(Period(start, end), locale) == name


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2026, 11, 2), date(2026, 11, 30)),  # not from the first
        (date(2026, 11, 1), date(2026, 11, 29)),  # not to the last
        (date(2026, 8, 1), date(2026, 10, 31)),  # three months, not a quarter
        (date(2026, 10, 1), date(2026, 11, 30)),  # two months
    ],
)
def test_other_periods_have_no_name(start: date, end: date) -> None:
    assert period_name(Period(start, end), "it_IT") == ""

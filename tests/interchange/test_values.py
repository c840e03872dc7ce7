from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crm_desktop.interchange.values import (
    NoYearError,
    country_code,
    date_text,
    lifecycle_stage,
    parse_date,
    parse_number,
    split_full_name,
)


@pytest.mark.parametrize(
    ("text", "region", "value"),
    [
        ("1.234,56", "IT", "1234.56"),
        ("1,234.56", "US", "1234.56"),
        ("1,7", "IT", "1.7"),
        ("200.000.000", "IT", "200000000"),
        ("1.234", "IT", "1234"),
        ("1.234", "US", "1.234"),
        ("1 234,5", "SE", "1234.5"),
        ("-12", "SE", "-12"),
    ],
)
def test_numbers_are_read_as_the_region_writes_them(text: str, region: str, value: str) -> None:
    assert parse_number(text, region) == Decimal(value)


@pytest.mark.parametrize("text", ["abc", "1.23.4", "", "1,2,3.4.5"])
def test_what_is_no_number_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="is not a number"):
        parse_number(text, "IT")


@pytest.mark.parametrize(
    ("text", "region", "value"),
    [
        ("2024-04-03", "IT", date(2024, 4, 3)),
        ("03/04/2024", "IT", date(2024, 4, 3)),
        ("03/04/2024", "US", date(2024, 3, 4)),
        ("31/12/1970", "US", date(1970, 12, 31)),
        ("3.4.2024", "SE", date(2024, 4, 3)),
        ("1975-12-12 00:00:00", "IT", date(1975, 12, 12)),
        ("19751212", "IT", date(1975, 12, 12)),
    ],
)
def test_dates_are_read_as_the_region_writes_them(text: str, region: str, value: date) -> None:
    assert parse_date(text, region) == value


def test_a_birthday_without_a_year_is_refused_with_advice() -> None:
    with pytest.raises(ValueError, match="has no year"):
        parse_date("--12-31", "IT")


@pytest.mark.parametrize("text", ["--05-06", "--0506"])
def test_a_date_without_a_year_says_its_month_and_day(text: str) -> None:
    with pytest.raises(NoYearError) as raised:
        parse_date(text, "US")

    assert raised.value.month_day == "05-06"


def test_a_month_and_day_without_a_year_that_no_calendar_has_is_no_date() -> None:
    with pytest.raises(ValueError, match="not a date of the calendar"):
        parse_date("--13-40", "IT")


@pytest.mark.parametrize(
    "text", ["0/0/00", "00/00/0000", "0000-00-00", "0000-00-00 00:00:00", "00.00.0000", "", " "]
)
def test_a_date_of_zeros_is_read_as_empty(text: str) -> None:
    assert date_text(text, "US") == ""


def test_a_real_date_is_read_as_iso_text() -> None:
    assert date_text("1/1/00", "US") == "2000-01-01"


def test_country_names_in_several_languages_become_codes() -> None:
    assert [country_code(n) for n in ("Italia", "Sverige", "Sweden", "se", "Atlantis")] == [
        "IT",
        "SE",
        "SE",
        "SE",
        "Atlantis",
    ]


def test_other_crms_stages_become_ours() -> None:
    assert [lifecycle_stage(s) for s in ("Marketing Qualified Lead", "Customer", "Xyz")] == [
        "lead",
        "customer",
        None,
    ]


def test_full_names_are_split() -> None:
    assert split_full_name("Anna Maria Rossi") == ("Anna Maria", "Rossi")
    assert split_full_name("Rossi, Anna") == ("Anna", "Rossi")

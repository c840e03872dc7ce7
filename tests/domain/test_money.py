"""Money values and reading amounts as people type them in Italy, Sweden and the US."""

from __future__ import annotations

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import Money, locale_for_region, parse_amount


def test_italian_amount_with_dot_groups_and_decimal_comma() -> None:
    assert parse_amount("1.234,56", "EUR", "it_IT") == 123456


def test_swedish_amount_with_space_groups_and_decimal_comma() -> None:
    assert parse_amount("1 234,56", "SEK", "sv_SE") == 123456


def test_swedish_amount_with_no_break_space_as_babel_formats_it() -> None:
    assert parse_amount("1\u00a0234,56\u00a0kr", "SEK", "sv_SE") == 123456


def test_us_amount_with_decimal_point() -> None:
    assert parse_amount("1234.56", "USD", "en_US") == 123456


def test_us_amount_with_comma_groups_and_symbol() -> None:
    assert parse_amount("$1,234,567.89", "USD", "en_US") == 123456789


def test_italian_dot_followed_by_three_digits_is_a_group_separator() -> None:
    assert parse_amount("1.234", "EUR", "it_IT") == 123400


def test_italian_amount_with_decimal_point_is_read_as_decimal() -> None:
    assert parse_amount("12.5", "EUR", "it_IT") == 1250


def test_amount_with_euro_sign_and_code() -> None:
    assert parse_amount("€ 1.234,56", "EUR", "it_IT") == 123456
    assert parse_amount("10 EUR", "EUR", "it_IT") == 1000


def test_yen_has_no_minor_units() -> None:
    assert parse_amount("1,234", "JPY", "ja_JP") == 1234
    assert parse_amount("¥500", "JPY", "en_US") == 500


def test_yen_with_decimals_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount("12.5", "JPY", "ja_JP")
    assert "whole numbers" in caught.value.errors["value"]


def test_too_many_decimals_are_refused_naming_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount("1234,567", "EUR", "it_IT", field="price")
    assert caught.value.errors == {"price": "'1234,567' has more than 2 decimals for EUR"}


def test_empty_amount_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount("  ", "EUR", "it_IT")
    assert caught.value.errors == {"value": "an amount is required"}


@pytest.mark.parametrize("text", ["abc", "1.2.3", "1,2,3", "12.34.567", "1e3", "NaN", "Infinity"])
def test_text_that_is_not_an_amount_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(text, "EUR", "en_US")
    assert "is not an amount" in caught.value.errors["value"]


def test_amount_in_another_currency_is_refused_not_taken_as_ours() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount("100 USD", "EUR", "it_IT")
    assert caught.value.errors["value"] == "'100 USD' is not an amount in EUR"


def test_money_formats_in_the_locale() -> None:
    assert Money(123456, "EUR").format("it_IT") == "1.234,56\u00a0€"
    assert Money(123456, "SEK").format("sv_SE") == "1\u00a0234,56\u00a0kr"
    assert Money(123456, "USD").format("en_US") == "$1,234.56"


def test_money_formats_yen_without_decimals() -> None:
    assert Money(1234, "JPY").format("en_US") == "¥1,234"


def test_money_adds_in_one_currency() -> None:
    assert Money(1050, "EUR") + Money(250, "EUR") == Money(1300, "EUR")


def test_money_refuses_to_add_different_currencies() -> None:
    with pytest.raises(ValueError, match="cannot add EUR and SEK"):
        _ = Money(100, "EUR") + Money(100, "SEK")


def test_money_compares_within_one_currency() -> None:
    assert Money(100, "EUR") < Money(200, "EUR")
    assert max(Money(5, "SEK"), Money(9, "SEK")) == Money(9, "SEK")


def test_money_refuses_to_compare_different_currencies() -> None:
    with pytest.raises(ValueError, match="cannot compare EUR and SEK"):
        _ = Money(100, "EUR") < Money(200, "SEK")


def test_money_refuses_float_minor_units() -> None:
    with pytest.raises(TypeError):
        Money(12.5, "EUR")  # type: ignore[arg-type]


def test_money_refuses_unknown_currency() -> None:
    with pytest.raises(ValidationError):
        Money(100, "XYZ")


def test_locale_for_region_follows_the_country() -> None:
    assert locale_for_region("IT") == "it_IT"
    assert locale_for_region("se") == "sv_SE"
    assert locale_for_region("") == "en_US"

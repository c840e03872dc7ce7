"""Dates, numbers and money as Qt-free code writes them: Babel in ``i18n.current_locale()``.

Texts are compared with no-break spaces (U+00A0, U+202F) as plain spaces, and the
separators are then checked to be the locale's own, so a test cannot pass on a
look-alike character.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from babel.dates import format_date
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

from crm_desktop import i18n
from crm_desktop.domain.money import Money, parse_amount

# locale, currency, 1234.56 in it, a big number, 24 November 2026 (long form)
CASES = [
    ("it_IT", "EUR", "1.234,56 €", "1.234.567,891", "24 novembre 2026"),
    ("sv_SE", "SEK", "1 234,56 kr", "1 234 567,891", "24 november 2026"),
    ("en_US", "USD", "$1,234.56", "1,234,567.891", "November 24, 2026"),
]


def spaced(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def separators(locale: str) -> tuple[str, str]:
    """The locale's (group, decimal) symbols, as Babel has them."""
    return get_group_symbol(locale), get_decimal_symbol(locale)


@pytest.mark.parametrize(("locale", "currency", "money", "_number", "_day"), CASES)
def test_money_is_written_in_the_current_locale(
    in_locale: Callable[[str], None],
    locale: str,
    currency: str,
    money: str,
    _number: str,
    _day: str,
) -> None:
    in_locale(locale)

    text = Money(123456, currency).format(i18n.current_locale())

    assert spaced(text) == money
    group, decimal = separators(locale)
    assert f"1{group}234{decimal}56" in text


@pytest.mark.parametrize(("locale", "currency", "_money", "_number", "_day"), CASES)
def test_money_written_in_the_current_locale_reads_back(
    in_locale: Callable[[str], None],
    locale: str,
    currency: str,
    _money: str,
    _number: str,
    _day: str,
) -> None:
    in_locale(locale)
    text = Money(123456, currency).format(i18n.current_locale())

    assert parse_amount(text, currency, i18n.current_locale()) == 123456


@pytest.mark.parametrize(("locale", "_currency", "_money", "number", "_day"), CASES)
def test_numbers_are_grouped_and_pointed_as_the_locale_does(
    in_locale: Callable[[str], None],
    locale: str,
    _currency: str,
    _money: str,
    number: str,
    _day: str,
) -> None:
    in_locale(locale)

    text = format_decimal(1234567.891, locale=i18n.current_locale())

    assert spaced(text) == number
    group, decimal = separators(locale)
    assert text == f"1{group}234{group}567{decimal}891"


@pytest.mark.parametrize(("locale", "_currency", "_money", "_number", "day"), CASES)
def test_dates_are_written_in_the_locales_words_and_order(
    in_locale: Callable[[str], None],
    locale: str,
    _currency: str,
    _money: str,
    _number: str,
    day: str,
) -> None:
    in_locale(locale)

    assert format_date(date(2026, 11, 24), "long", locale=i18n.current_locale()) == day


def test_swedish_groups_digits_with_a_no_break_space_not_a_plain_one(
    in_locale: Callable[[str], None],
) -> None:
    in_locale("sv_SE")

    text = Money(123456, "SEK").format(i18n.current_locale())

    assert " " not in text and text == "1\u00a0234,56\u00a0kr"


def test_a_language_alone_writes_as_its_home_country(
    in_locale: Callable[[str], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    in_locale("en_US")  # restores English in en_US afterwards
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")  # a system that says nothing about Italy
    i18n.set_language("it")

    assert i18n.current_locale() == "it_IT"
    assert spaced(Money(250000, "EUR").format(i18n.current_locale())) == "2.500,00 €"

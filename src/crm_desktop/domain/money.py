"""Money as integer minor units plus an ISO-4217 code; never a float."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from babel.core import Locale
from babel.numbers import (
    format_currency,
    get_currency_precision,
    get_decimal_symbol,
    get_group_symbol,
)
from babel.numbers import is_currency as babel_is_currency

from crm_desktop.domain.errors import ValidationError

_CODE = re.compile(r"^[A-Z]{3}$")


def is_currency(code: str) -> bool:
    return bool(_CODE.match(code)) and babel_is_currency(code)


def minor_digits(currency: str) -> int:
    """Digits after the decimal point: 2 for EUR and SEK, 0 for JPY."""
    return int(get_currency_precision(currency))


@dataclass(frozen=True, order=True)
class Money:
    """An amount in minor units (cents, öre) of one currency."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError("Money.minor must be an int of minor units")
        if not is_currency(self.currency):
            raise ValidationError.single("currency", f"unknown currency code {self.currency!r}")

    def as_decimal(self) -> Decimal:
        return Decimal(self.minor).scaleb(-minor_digits(self.currency))

    def format(self, locale: str = "en_US") -> str:
        return str(format_currency(self.as_decimal(), self.currency, locale=locale))

    def __add__(self, other: Money) -> Money:
        if self.currency != other.currency:
            raise ValueError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.minor + other.minor, self.currency)


def parse_amount(text: str, currency: str, locale: str = "en_US", field: str = "value") -> int:
    """Turn what a user typed (``1.234,56`` in Italy, ``1234.56``) into minor units.

    Raises:
        ValidationError: naming ``field`` when the text is not an amount in that
            currency (too many decimals, letters, several separators).
    """
    cleaned = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    for token in (currency, "€", "$", "£", "kr", "SEK", "EUR"):
        cleaned = cleaned.replace(token, "")
    cleaned = cleaned.strip().replace(" ", "").replace("'", "")
    if not cleaned:
        raise ValidationError.single(field, "an amount is required")
    loc = Locale.parse(locale)
    decimal_sep = get_decimal_symbol(loc)
    group_sep = get_group_symbol(loc).replace("\u00a0", " ").replace("\u202f", " ").strip()
    if "," in cleaned and "." in cleaned:
        # Whichever comes last is the decimal separator: 1.234,56 or 1,234.56.
        decimal_sep = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        group_sep = "." if decimal_sep == "," else ","
    elif cleaned.count(decimal_sep) == 0 and group_sep and cleaned.count(group_sep) == 1:
        # A lone separator with other than three digits after it is a decimal point.
        _, _, tail = cleaned.partition(group_sep)
        if len(tail) != 3:
            decimal_sep, group_sep = group_sep, ""
    if group_sep:
        cleaned = cleaned.replace(group_sep, "")
    cleaned = cleaned.replace(decimal_sep, ".")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError.single(field, f"{text!r} is not an amount") from None
    digits = minor_digits(currency)
    scaled = amount.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise ValidationError.single(
            field, f"{text!r} has more than {digits} decimals for {currency}"
        )
    return int(scaled)

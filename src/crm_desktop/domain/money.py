"""Money as integer minor units plus an ISO-4217 code; never a float."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from babel.core import Locale
from babel.numbers import (
    format_currency,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
)
from babel.numbers import is_currency as babel_is_currency

from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import translate

_CODE = re.compile(r"^[A-Z]{3}$")


def is_currency(code: str) -> bool:
    return bool(_CODE.match(code)) and babel_is_currency(code)


def minor_digits(currency: str) -> int:
    """Digits after the decimal point: 2 for EUR and SEK, 0 for JPY."""
    return int(get_currency_precision(currency))


@dataclass(frozen=True)
class Money:
    """An amount in minor units (cents, öre) of one currency."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError("Money.minor must be an int of minor units")
        if not is_currency(self.currency):
            raise ValidationError.single(
                "currency",
                translate("validation", "unknown currency code {code}").format(
                    code=repr(self.currency)
                ),
            )

    def as_decimal(self) -> Decimal:
        return Decimal(self.minor).scaleb(-minor_digits(self.currency))

    def format(self, locale: str = "en_US") -> str:
        return str(format_currency(self.as_decimal(), self.currency, locale=locale))

    def __add__(self, other: Money) -> Money:
        if self.currency != other.currency:
            raise ValueError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.minor + other.minor, self.currency)

    # Ordering only within one currency: a generated order=True would compare
    # 100 EUR with 200 SEK by number alone and quietly answer.
    def _minor_against(self, other: Money) -> int:
        if self.currency != other.currency:
            raise ValueError(f"cannot compare {self.currency} and {other.currency}")
        return other.minor

    def __lt__(self, other: Money) -> bool:
        return self.minor < self._minor_against(other)

    def __le__(self, other: Money) -> bool:
        return self.minor <= self._minor_against(other)

    def __gt__(self, other: Money) -> bool:
        return self.minor > self._minor_against(other)

    def __ge__(self, other: Money) -> bool:
        return self.minor >= self._minor_against(other)


def locale_for_region(region: str) -> str:
    """The usual locale of a country: IT -> it_IT, SE -> sv_SE; en_US when unknown."""
    try:
        return str(Locale.parse(f"und_{region.upper()}"))
    except (ValueError, LookupError):
        return "en_US"


# Digits with at most one "." in them, after separators are normalised: no
# exponents, underscores, NaN or Infinity, which Decimal() would all accept.
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)$")


def _symbols(currency: str, locale: str) -> list[str]:
    """What may stand next to an amount of ``currency``: code and local symbols."""
    found = {currency}
    for where in (locale, "en_US"):
        try:
            found.add(str(get_currency_symbol(currency, locale=where)))
        except (ValueError, LookupError):
            continue
    if currency in ("SEK", "NOK", "DKK", "ISK"):
        found.add("kr")
    # Longest first, so "US$" goes before "$".
    return sorted(found, key=len, reverse=True)


def _grouped_correctly(number: str, group_sep: str) -> bool:
    """1.234.567 is grouped in threes; 1.2.3 or 12.34 is not a grouping."""
    whole = number.lstrip("+-")
    parts = whole.split(group_sep)
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def parse_amount(text: str, currency: str, locale: str = "en_US", field: str = "value") -> int:
    """Turn what a user typed (``1.234,56`` in Italy, ``1234.56``) into minor units.

    Only the code or symbol of ``currency`` itself may appear with the number:
    "100 USD" typed for a EUR amount is refused, not taken as 100 euro.

    Raises:
        ValidationError: naming ``field`` when the text is not an amount in that
            currency (too many decimals, letters, several separators).
    """
    cleaned = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    for token in _symbols(currency, locale):
        cleaned = cleaned.replace(token, "")
    cleaned = cleaned.strip().replace(" ", "").replace("'", "").replace("\u2019", "")
    if not cleaned:
        raise ValidationError.single(field, translate("validation", "an amount is required"))
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
    if group_sep and group_sep in cleaned:
        whole = cleaned.partition(decimal_sep)[0] if decimal_sep else cleaned
        if not _grouped_correctly(whole, group_sep):
            raise ValidationError.single(field, _not_an_amount(text))
        cleaned = cleaned.replace(group_sep, "")
    cleaned = cleaned.replace(decimal_sep, ".")
    if not _PLAIN_NUMBER.match(cleaned):
        if any(ch.isalpha() for ch in cleaned):
            # Most likely another currency's code or symbol ("100 USD" for EUR).
            raise ValidationError.single(
                field,
                translate("validation", "{amount} is not an amount in {currency}").format(
                    amount=repr(text), currency=currency
                ),
            )
        raise ValidationError.single(field, _not_an_amount(text))
    amount = Decimal(cleaned)
    digits = minor_digits(currency)
    scaled = amount.scaleb(digits)
    if scaled != scaled.to_integral_value():
        if digits == 0:
            reason = translate(
                "validation", "{amount} has decimals, but {currency} amounts are whole numbers"
            )
        else:
            reason = (
                translate("validation", "{amount} has more than %n decimal for {currency}", "", 1)
                if digits == 1
                else translate(
                    "validation", "{amount} has more than %n decimals for {currency}", "", digits
                )
            )
        raise ValidationError.single(field, reason.format(amount=repr(text), currency=currency))
    return int(scaled)


def _not_an_amount(text: str) -> str:
    return translate("validation", "{amount} is not an amount").format(amount=repr(text))


def not_a_currency(code: str) -> str:
    """A field's reason when ``code`` is not a currency."""
    return translate("validation", "{code} is not an ISO-4217 currency code such as EUR").format(
        code=repr(code)
    )

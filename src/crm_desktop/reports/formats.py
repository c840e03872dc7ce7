"""Numbers, money, dates and durations written as the file's locale writes them (Babel)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date, format_time
from babel.numbers import format_compact_decimal, format_decimal, format_percent

from crm_desktop.domain.money import Money, minor_digits
from crm_desktop.domain.tickets import parse_utc


@dataclass(frozen=True)
class Formats:
    """How one report writes values: ``locale`` is the business's (it_IT, sv_SE, ...)."""

    locale: str = "en_US"

    def money(self, minor: int, currency: str) -> str:
        return Money(minor, currency).format(self.locale)

    def number(self, value: float | int) -> str:
        return str(format_decimal(value, locale=self.locale))

    def compact(self, value: float) -> str:
        """Short axis labels: 1,2 Mio, 35K."""
        return str(format_compact_decimal(value, locale=self.locale, fraction_digits=1))

    def percent(self, ratio: float | None) -> str:
        return "–" if ratio is None else str(format_percent(ratio, "#,##0.0%", locale=self.locale))

    def days(self, value: float | None) -> str:
        return "–" if value is None else f"{format_decimal(round(value, 1), locale=self.locale)} d"

    def duration(self, seconds: float | None) -> str:
        """2 h 05 min; 3 d 4 h past a day; "–" when there is nothing to measure."""
        if seconds is None:
            return "–"
        minutes = round(seconds / 60)
        days, rest = divmod(minutes, 24 * 60)
        hours, minutes = divmod(rest, 60)
        if days:
            return f"{days} d {hours} h"
        return f"{hours} h {minutes:02d} min"

    def day(self, value: date | str | None) -> str:
        if value is None or value == "":
            return ""
        if isinstance(value, str):
            value = date.fromisoformat(value[:10])
        return str(format_date(value, "medium", locale=self.locale))

    def month(self, first: date) -> str:
        return str(format_date(first, "MMM yyyy", locale=self.locale))

    def moment(self, stamp: str) -> str:
        """A stored UTC timestamp, with its zone said: reports travel between offices."""
        when: datetime = parse_utc(stamp)
        day = format_date(when, "medium", locale=self.locale)
        return f"{day} {format_time(when, 'short', tzinfo=when.tzinfo, locale=self.locale)} UTC"

    def plain_amount(self, minor: int, currency: str) -> str:
        """An amount for CSV: digits and a dot, no symbol or grouping (1234.50)."""
        return str(Decimal(minor).scaleb(-minor_digits(currency)))


def major(minor: int, currency: str) -> float:
    """An amount in whole units for a chart's bar (charts need floats; tables never get them)."""
    return minor / 10 ** minor_digits(currency)

"""Numbers, money, dates and durations written as the user's locale writes them (Babel).

Reports follow the language and locale the user chose (``i18n.current_locale()``:
it_IT writes 1.234,56 €, sv_SE 1 234,56 kr), not the business's region, so a
report reads like the rest of the app; each amount keeps its own currency.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date, format_skeleton, format_time, get_timezone_gmt
from babel.numbers import NumberPattern, format_compact_decimal, format_decimal

from crm_desktop.domain.money import Money, minor_digits
from crm_desktop.domain.tickets import parse_utc
from crm_desktop.i18n import current_locale, translate


@dataclass(frozen=True)
class Formats:
    """How one report writes values: ``locale`` is the user's (it_IT, sv_SE, ...)."""

    locale: str = "en_US"

    @classmethod
    def chosen(cls) -> Formats:
        """Values as the language and locale the user chose write them."""
        return cls(current_locale())

    def money(self, minor: int, currency: str) -> str:
        return Money(minor, currency).format(self.locale)

    def number(self, value: float | int) -> str:
        return str(format_decimal(value, locale=self.locale))

    def compact(self, value: float) -> str:
        """Short axis labels: 1,2 Mio, 35K, 0.6."""
        if abs(value) < 1000:
            # Babel leaves these as given, and axis steps come as 0.6000000000000001.
            return str(format_decimal(round(value, 2), locale=self.locale))
        return str(format_compact_decimal(value, locale=self.locale, fraction_digits=1))

    def percent(self, ratio: float | None, decimals: int = 1) -> str:
        """A share as the locale writes it: 57.6% in en_US, 57,6 % in sv_SE, %57,6 in tr_TR.

        Always ``decimals`` places, so a column lines up (25.0% under 66.7%);
        a stage's whole probability takes ``decimals=0``.
        """
        if ratio is None:
            return "–"
        return str(_percent_pattern(self.locale, decimals).apply(ratio, Locale.parse(self.locale)))

    def points(self, value: float) -> str:
        """A change of a share in percentage points: 41.7 pp (41,7 pp in Italy)."""
        shown = format_decimal(round(value, 1), format="#,##0.0", locale=self.locale)
        # The unit is a word to translate (p.p. in Italy); no-break spaces keep it on the line.
        unit = translate("reports", "{points} pp", "percentage points").replace(" ", "\u00a0")
        return unit.format(points=shown)

    def days(self, value: float | None) -> str:
        if value is None:
            return "–"
        shown = format_decimal(round(value, 1), locale=self.locale)
        return translate("reports", "{days} d", "days, abbreviated").format(days=shown)

    def duration(self, seconds: float | None) -> str:
        """2 h 05 min; 3 d 4 h past a day; "–" when there is nothing to measure."""
        if seconds is None:
            return "–"
        minutes = round(seconds / 60)
        days, rest = divmod(minutes, 24 * 60)
        hours, minutes = divmod(rest, 60)
        if days:
            return translate("reports", "{days} d {hours} h").format(days=days, hours=hours)
        return translate("reports", "{hours} h {minutes} min").format(
            hours=hours, minutes=f"{minutes:02d}"
        )

    def day(self, value: date | str | None) -> str:
        if value is None or value == "":
            return ""
        if isinstance(value, str):
            value = date.fromisoformat(value[:10])
        return str(format_date(value, "medium", locale=self.locale))

    def short_day(self, value: date) -> str:
        """Day and month in digits, in the locale's order: 2/11 in Sweden, 11/2 in the US."""
        return str(format_skeleton("dM", value, locale=self.locale))

    def month(self, first: date) -> str:
        return str(format_date(first, "MMM yyyy", locale=self.locale))

    def moment(self, stamp: str, zone: tzinfo | None = None) -> str:
        """A stored UTC timestamp in local time (``zone``, default this computer's).

        The zone's offset is said (and its name when it has one, CET): reports
        travel between offices.
        """
        when: datetime = parse_utc(stamp).astimezone(zone)
        day = format_date(when, "medium", locale=self.locale)
        time = format_time(when, "short", tzinfo=when.tzinfo, locale=self.locale)
        offset = get_timezone_gmt(when, "long", locale=self.locale)
        name = when.tzname() or ""
        # Names like "+03" or "UTC" would only repeat the offset.
        if name.isalpha() and name not in {"UTC", "GMT"}:
            return f"{day} {time} {name} ({offset})"
        return f"{day} {time} {offset}"

    def plain_amount(self, minor: int, currency: str) -> str:
        """An amount as plain digits and a dot, no symbol or grouping (1234.50)."""
        return str(self.amount(minor, currency))

    def amount(self, minor: int, currency: str) -> Decimal:
        """An amount for a CSV cell: a number the CSV writer puts in the locale's decimal mark.

        No symbol and no grouping (the currency has its own column), so a
        spreadsheet in the user's locale reads it as a number: 1234,50 in Italy.
        """
        return Decimal(minor).scaleb(-minor_digits(currency))


@cache
def _percent_pattern(locale: str, decimals: int) -> NumberPattern:
    """The locale's own percent pattern (sign, its place and spacing) with fixed decimals."""
    pattern = copy.copy(Locale.parse(locale).percent_formats[None])
    pattern.frac_prec = (decimals, decimals)
    return pattern


def major(minor: int, currency: str) -> float:
    """An amount in whole units for a chart's bar (charts need floats; tables never get them)."""
    return minor / 10 ** minor_digits(currency)

"""How money, dates and durations of deals read on the board, in the list and in forms."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal

from babel.core import Locale
from babel.dates import format_date, format_skeleton, format_time
from babel.numbers import format_currency, format_decimal
from PySide6.QtCore import QCoreApplication

from crm_desktop.domain.money import Money, locale_for_region, minor_digits
from crm_desktop.domain.pipeline import StageTotal

_STORED = "%Y-%m-%dT%H:%M:%SZ"


def days_since(stored: str, now: datetime) -> int:
    """Whole days from a stored UTC timestamp to ``now``; never negative."""
    start = datetime.strptime(stored, _STORED).replace(tzinfo=UTC)
    return max(0, (now.astimezone(UTC) - start).days)


def days_in_stage_text(days: int) -> str:
    if days == 0:
        return QCoreApplication.translate("pipeline", "New in stage today")
    if days == 1:
        return QCoreApplication.translate("pipeline", "%n day in stage", None, days)
    return QCoreApplication.translate("pipeline", "%n days in stage", None, days)


class MoneyFormat:
    """Amounts and dates written the way the business's country writes them.

    Built once per load from the region in the file's settings, so the board,
    the list and the form all agree with what ``parse_amount`` reads back.
    """

    def __init__(self, region: str) -> None:
        self.locale = locale_for_region(region)
        pattern = Locale.parse(self.locale).currency_formats["standard"].pattern
        # The same pattern without decimals: boards show "12.500 €", not "12.500,00 €".
        self._whole_pattern = pattern.split(";")[0].replace(".00", "")

    def money(self, minor: int, currency: str) -> str:
        """The amount with its currency; decimals only when there are any."""
        amount = Money(minor, currency).as_decimal()
        if minor % (10 ** minor_digits(currency)) == 0:
            return str(
                format_currency(
                    amount,
                    currency,
                    format=self._whole_pattern,
                    locale=self.locale,
                    currency_digits=False,
                )
            )
        return str(format_currency(amount, currency, locale=self.locale))

    def amount_text(self, minor: int, currency: str) -> str:
        """The number alone, as a user would type it back into a value field."""
        digits = minor_digits(currency)
        amount = Decimal(minor).scaleb(-digits)
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        return str(format_decimal(amount, format=pattern, locale=self.locale))

    def totals(self, totals: Iterable[StageTotal]) -> str:
        """One amount per currency, joined: amounts of different currencies never add up."""
        return " + ".join(self.money(t.value_minor, t.currency) for t in totals)

    def date(self, iso: str | None) -> str:
        if not iso:
            return ""
        return str(format_date(date.fromisoformat(iso[:10]), "medium", locale=self.locale))

    def short_date(self, iso: str | None, this_year: int) -> str:
        """A date without its year when it falls in ``this_year``: "7 mar", else "gen 2027"."""
        if not iso:
            return ""
        day = date.fromisoformat(iso[:10])
        skeleton = "MMMd" if day.year == this_year else "yMMM"
        return str(format_skeleton(skeleton, day, locale=self.locale))

    def moment(self, stored: str) -> str:
        """A stored UTC timestamp in local time, with the date and the minutes."""
        when = datetime.strptime(stored, _STORED).replace(tzinfo=UTC).astimezone()
        day = format_date(when.date(), "medium", locale=self.locale)
        return f"{day} {format_time(when.time(), 'short', locale=self.locale)}"

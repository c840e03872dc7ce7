"""Periods of calendar days that reports and figures cover, and the usual presets.

Days are UTC calendar days, as every stored timestamp is UTC: a period from
2026-11-01 to 2026-11-30 takes timestamps from "2026-11-01T00:00:00Z" up to,
but not including, "2026-12-01T00:00:00Z".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from babel.dates import format_date

from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import translate

# Preset keys, in the order a period chooser offers them.
PRESETS = ("this_month", "last_month", "this_quarter", "this_year")


@dataclass(frozen=True)
class Period:
    """From ``start`` to ``end``, both days included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError.single(
                "period",
                translate("periods", "ends ({end}) before it starts ({start})").format(
                    end=self.end.isoformat(), start=self.start.isoformat()
                ),
            )

    @property
    def from_timestamp(self) -> str:
        """The first stored timestamp inside the period."""
        return f"{self.start.isoformat()}T00:00:00Z"

    @property
    def to_timestamp(self) -> str:
        """The first stored timestamp after the period (exclusive bound)."""
        return f"{(self.end + timedelta(days=1)).isoformat()}T00:00:00Z"

    def months(self) -> list[date]:
        """The first day of every calendar month the period touches, in order."""
        first = self.start.replace(day=1)
        found: list[date] = []
        while first <= self.end:
            found.append(first)
            first = _next_month(first)
        return found


def _next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def month_period(day: date) -> Period:
    """The calendar month holding ``day``."""
    first = day.replace(day=1)
    return Period(first, _next_month(first) - timedelta(days=1))


def preset_period(name: str, today: date) -> Period:
    """A named preset (``PRESETS``) as seen on ``today``.

    Raises:
        ValidationError: ``period`` when the name is not a preset.
    """
    if name == "this_month":
        return month_period(today)
    if name == "last_month":
        return month_period(today.replace(day=1) - timedelta(days=1))
    if name == "this_quarter":
        first = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        last_month = date(first.year, first.month + 2, 1)
        return Period(first, _next_month(last_month) - timedelta(days=1))
    if name == "this_year":
        return Period(date(today.year, 1, 1), date(today.year, 12, 31))
    raise ValidationError.single(
        "period",
        translate("periods", "{name} is not one of {presets}").format(
            name=repr(name), presets=", ".join(PRESETS)
        ),
    )


def parse_day(text: str, field: str) -> date:
    """A day typed as YYYY-MM-DD.

    Raises:
        ValidationError: naming ``field`` when the text is not such a date.
    """
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError.single(
            field,
            translate("periods", "{text} is not a date like 2026-11-30 (year-month-day)").format(
                text=repr(text)
            ),
        ) from None


def period_name(period: Period, locale: str) -> str:
    """What ``locale`` calls a whole calendar month, quarter or year; "" for other periods.

    The words come from Babel (CLDR), not our catalogue: "novembre 2026",
    "T4 2026" in Italian, "K4 2026" in Swedish, "Q4 2026" in English.
    """
    start, end = period.start, period.end
    if start.day != 1 or _next_month(end) != end + timedelta(days=1):
        return ""  # not whole months
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months == 1:
        name = str(format_date(start, "LLLL y", locale=locale))
    elif months == 3 and start.month % 3 == 1:
        name = str(format_date(start, "QQQ y", locale=locale))
    elif months == 12 and start.month == 1:
        name = str(start.year)
    else:
        return ""
    # Italian and Swedish month names are lower case; at the head of a line they take a capital.
    return name[:1].upper() + name[1:]

"""Periods of calendar days that reports and figures cover, and the usual presets.

Days are UTC calendar days, as every stored timestamp is UTC: a period from
2026-11-01 to 2026-11-30 takes timestamps from "2026-11-01T00:00:00Z" up to,
but not including, "2026-12-01T00:00:00Z".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from crm_desktop.domain.errors import ValidationError

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
                f"ends ({self.end.isoformat()}) before it starts ({self.start.isoformat()})",
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

    def label(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


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
    raise ValidationError.single("period", f"{name!r} is not one of {', '.join(PRESETS)}")


def parse_day(text: str, field: str) -> date:
    """A day typed as YYYY-MM-DD.

    Raises:
        ValidationError: naming ``field`` when the text is not such a date.
    """
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError.single(
            field, f"{text!r} is not a date like 2026-11-30 (year-month-day)"
        ) from None

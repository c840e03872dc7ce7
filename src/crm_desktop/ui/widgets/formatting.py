"""How dates, times, money, countries and lifecycle stages read in the record views."""

from __future__ import annotations

from datetime import date
from functools import cache

from babel.core import Locale, UnknownLocaleError
from babel.numbers import format_currency
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone
from PySide6.QtGui import QColor

from crm_desktop.domain.money import Money, locale_for_region, minor_digits

_STORED_FORMAT = "yyyy-MM-ddTHH:mm:ss'Z'"


# -- time ------------------------------------------------------------------------------
def to_local(stamp: str) -> QDateTime:
    """The local date and time of a stored "YYYY-MM-DDTHH:MM:SSZ" timestamp."""
    moment = QDateTime.fromString(stamp[:19], "yyyy-MM-ddTHH:mm:ss")
    moment.setTimeZone(QTimeZone.utc())
    return moment.toLocalTime()


def to_stored(moment: QDateTime) -> str:
    """A QDateTime (in any zone) as the stored UTC text."""
    return moment.toUTC().toString(_STORED_FORMAT)


def moment_text(stamp: str | None) -> str:
    """A stored timestamp as local date and time: "24 Nov 2026 15:55"."""
    if not stamp:
        return ""
    moment = to_local(stamp)
    # A spelled month reads the same everywhere; numeric short dates differ by locale.
    return "{day} {time}".format(
        day=QLocale().toString(moment.date(), "d MMM yyyy"),
        time=QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat),
    )


def day_text(stamp_or_date: str | None) -> str:
    """The (local) day of a stored timestamp or a "YYYY-MM-DD" date: "24 Nov 2026"."""
    if not stamp_or_date:
        return ""
    if len(stamp_or_date) > 10:
        day = to_local(stamp_or_date).date()
    else:
        day = QDate.fromString(stamp_or_date, "yyyy-MM-dd")
    if not day.isValid():
        return stamp_or_date
    return QLocale().toString(day, "d MMM yyyy")


def iso_to_qdate(iso: str | None) -> QDate:
    return QDate.fromString(iso or "", "yyyy-MM-dd")


def qdate_to_iso(day: QDate) -> str:
    return day.toString("yyyy-MM-dd")


def count_text(number: int) -> str:
    """A count with the user's digit grouping: 1,234 or 1.234."""
    return QLocale().toString(number)


# -- money -----------------------------------------------------------------------------
def money_text(minor: int, currency: str, region: str = "") -> str:
    """An amount as the business's country writes it; decimals only when there are any."""
    locale = locale_for_region(region) if region else "en_US"
    amount = Money(minor, currency).as_decimal()
    if minor % (10 ** minor_digits(currency)) == 0:
        return str(
            format_currency(
                amount,
                currency,
                format=_whole_pattern(locale),
                locale=locale,
                currency_digits=False,
            )
        )
    return str(format_currency(amount, currency, locale=locale))


@cache
def _whole_pattern(locale: str) -> str:
    """The locale's currency pattern without decimals: "12.500 €", not "12.500,00 €"."""
    pattern = Locale.parse(locale).currency_formats["standard"].pattern
    return str(pattern).split(";")[0].replace(".00", "")


# -- countries -------------------------------------------------------------------------
@cache
def _territories(locale_name: str) -> dict[str, str]:
    try:
        locale = Locale.parse(locale_name)
    except (ValueError, UnknownLocaleError):
        locale = Locale.parse("en_US")
    return {
        code: str(name)
        for code, name in locale.territories.items()
        if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "EZ", "UN", "QO")
    }


def countries() -> list[tuple[str, str]]:
    """(ISO code, name in the user's language), sorted by name."""
    names = _territories(QLocale().name())
    return sorted(names.items(), key=lambda item: item[1].casefold())


def country_name(code: str) -> str:
    """The country's name ("Italy" for "IT"); the code itself when unknown."""
    if not code:
        return ""
    return _territories(QLocale().name()).get(code.upper(), code)


# -- lifecycle stages --------------------------------------------------------------------
def stage_label(stage: str) -> str:
    return {
        "lead": QCoreApplication.translate("formatting", "Lead"),
        "prospect": QCoreApplication.translate("formatting", "Prospect"),
        "customer": QCoreApplication.translate("formatting", "Customer"),
        "former": QCoreApplication.translate("formatting", "Former customer"),
    }.get(stage, stage)


# Colours readable on light and dark backgrounds alike (mid saturation).
_STAGE_COLOURS = {
    "lead": "#5b8def",
    "prospect": "#e0a030",
    "customer": "#3aa757",
    "former": "#9a9a9a",
}


def stage_colour(stage: str) -> QColor:
    return QColor(_STAGE_COLOURS.get(stage, "#9a9a9a"))


def birthday_text(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")

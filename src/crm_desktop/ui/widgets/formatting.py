"""How dates, times, money, countries, owners and stages read everywhere in the GUI."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from functools import cache

from babel.core import Locale, UnknownLocaleError
from babel.numbers import format_currency, format_decimal, format_percent
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from crm_desktop.domain.money import Money, minor_digits
from crm_desktop.domain.search import SearchResult
from crm_desktop.i18n import current_locale

_STORED_FORMAT = "yyyy-MM-ddTHH:mm:ss'Z'"


# -- time ------------------------------------------------------------------------------
# Dates and times use the application's QLocale for month and day names, and one
# order everywhere: a spelled month reads the same in every country ("24 Nov 2026"),
# where numeric short dates differ by locale.
_DAY = "d MMM yyyy"
_DAY_THIS_YEAR = "d MMM"
_MONTH = "MMM yyyy"


def to_local(stamp: str) -> QDateTime:
    """The local date and time of a stored "YYYY-MM-DDTHH:MM:SSZ" timestamp."""
    moment = QDateTime.fromString(stamp[:19], "yyyy-MM-ddTHH:mm:ss")
    moment.setTimeZone(QTimeZone.utc())
    return moment.toLocalTime()


def to_stored(moment: QDateTime) -> str:
    """A QDateTime (in any zone) as the stored UTC text."""
    return moment.toUTC().toString(_STORED_FORMAT)


def time_text(moment: QDateTime) -> str:
    """The time of day in the user's short format: "15:55" or "3:55 PM"."""
    return QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)


def moment_text(stamp: str | None) -> str:
    """A stored timestamp as local date and time: "24 Nov 2026 15:55"."""
    if not stamp:
        return ""
    moment = to_local(stamp)
    return f"{QLocale().toString(moment.date(), _DAY)} {time_text(moment)}"


def _day(stamp_or_date: str) -> QDate:
    """The (local) day of a stored timestamp or of a "YYYY-MM-DD" date."""
    if len(stamp_or_date) > 10:
        return to_local(stamp_or_date).date()
    return QDate.fromString(stamp_or_date, "yyyy-MM-dd")


def day_text(stamp_or_date: str | None) -> str:
    """The (local) day of a stored timestamp or a "YYYY-MM-DD" date: "24 Nov 2026"."""
    if not stamp_or_date:
        return ""
    day = _day(stamp_or_date)
    if not day.isValid():
        return stamp_or_date
    return QLocale().toString(day, _DAY)


def short_day_text(stamp_or_date: str | None, this_year: int) -> str:
    """A day without its year when it falls in ``this_year`` ("7 Mar"), else "Jan 2027"."""
    if not stamp_or_date:
        return ""
    day = _day(stamp_or_date)
    if not day.isValid():
        return stamp_or_date
    return QLocale().toString(day, _DAY_THIS_YEAR if day.year() == this_year else _MONTH)


def day_and_time_text(stamp: str, now: str) -> str:
    """Short and friendly: "Today 15:00", "Tomorrow 09:00", "Wed 25 Nov 09:00", "3 Feb 2025"."""
    moment = to_local(stamp)
    today = to_local(now).date()
    time = time_text(moment)
    day = moment.date()
    if day == today:
        return QCoreApplication.translate("formatting", "Today {time}").format(time=time)
    if day == today.addDays(1):
        return QCoreApplication.translate("formatting", "Tomorrow {time}").format(time=time)
    if day == today.addDays(-1):
        return QCoreApplication.translate("formatting", "Yesterday {time}").format(time=time)
    if day.year() == today.year():
        return "{day} {time}".format(day=QLocale().toString(day, "ddd d MMM"), time=time)
    return QLocale().toString(day, _DAY)


def seconds_until(stamp: str, now: str) -> int:
    """Seconds from ``now`` to ``stamp``; negative when ``stamp`` is past."""
    return int(to_local(now).secsTo(to_local(stamp)))


def _duration(seconds: int) -> str:
    minutes = max(1, seconds // 60)
    if minutes < 60:
        return QCoreApplication.translate("formatting", "{n} min").format(n=minutes)
    hours = minutes // 60
    if hours < 48:
        return QCoreApplication.translate("formatting", "{n} h").format(n=hours)
    return QCoreApplication.translate("formatting", "{n} d").format(n=hours // 24)


def relative_due(stamp: str, now: str) -> str:
    """The time left ("in 3 h") or past ("2 h overdue") until ``stamp``."""
    left = seconds_until(stamp, now)
    if left >= 0:
        return QCoreApplication.translate("formatting", "in {amount}").format(
            amount=_duration(left)
        )
    return QCoreApplication.translate("formatting", "{amount} overdue").format(
        amount=_duration(-left)
    )


def next_full_hour(now: str) -> QDateTime:
    """The next full hour in local time, a sensible default for a due time."""
    moment = to_local(now)
    start = QDateTime(moment.date(), QTime(moment.time().hour(), 0), moment.timeZone())
    return start.addSecs(3600)


def date_edit_format() -> str:
    """The user's short date format with a four-digit year ("dd/MM/yyyy"), for date fields."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def time_edit_format() -> str:
    """The user's short time format ("HH:mm" or "h:mm AP"), for time fields."""
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def iso_to_qdate(iso: str | None) -> QDate:
    return QDate.fromString(iso or "", "yyyy-MM-dd")


def qdate_to_iso(day: QDate) -> str:
    return day.toString("yyyy-MM-dd")


def count_text(number: int) -> str:
    """A count with the user's digit grouping: 1,234 or 1.234."""
    return QLocale().toString(number)


def number_text(value: float, decimals: int = 0) -> str:
    """A number with ``decimals`` decimals, grouped the user's way: 1,234.5 or 1.234,5."""
    return QLocale().toString(float(round(value, decimals)), "f", decimals)


def typed_number_text(value: object) -> str:
    """A stored number as a user types it back: the locale's decimal sign, no grouping.

    For custom number fields, which may hold a year or a code: "2026" must not
    become "2,026". services/custom_fields.py reads "12,5" and "12.5" alike.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    # Decimal(repr()) keeps the digits a user typed (0.1, not 0.1000000000000000055).
    text = format(Decimal(repr(value)), "f")
    return text.replace(".", QLocale().decimalPoint())


def percent_text(value: float, decimals: int = 1) -> str:
    """A percentage (``value`` 12.5 for 12.5%) as the user's locale writes it: 12,5% or 12,5 %."""
    locale = current_locale()
    pattern = _percent_pattern(locale, decimals)
    return str(format_percent(round(value, decimals) / 100, format=pattern, locale=locale))


@cache
def _percent_pattern(locale: str, decimals: int) -> str:
    """The locale's percent pattern with ``decimals`` decimals ("#,##0.0\u00a0%" in Swedish)."""
    pattern = str(Locale.parse(locale).percent_formats[None].pattern).split(";")[0]
    whole = pattern.rindex("0")  # the last digit of the integer part: "#,##0%"
    fraction = "." + "0" * decimals if decimals else ""
    return pattern[: whole + 1] + fraction + pattern[whole + 1 :]


# -- money -----------------------------------------------------------------------------
# Money is written as the user's locale writes it (``i18n.current_locale()``, chosen
# with the language at start; QLocale's default is the same one), the way
# ``domain.money.parse_amount`` reads a typed amount back in the deal form.
def money_text(minor: int, currency: str) -> str:
    """An amount with its currency: "12.500 €"; the currency's decimals only when there are any."""
    locale = current_locale()
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


def money_sum_text(amounts: Iterable[tuple[int, str]]) -> str:
    """Amounts summed per currency, one after another: "1.500 € · 2.500 SEK".

    Amounts in different currencies are never added up; a middle dot (as the
    dashboard and reports use) rather than "+", which would read as a sum.
    """
    sums: dict[str, int] = {}
    for minor, currency in amounts:
        sums[currency] = sums.get(currency, 0) + minor
    return " \u00b7 ".join(money_text(sums[c], c) for c in sorted(sums))


def amount_text(minor: int, currency: str) -> str:
    """The number alone, as a user would type it back into a value field: "1.234,50"."""
    digits = minor_digits(currency)
    amount = Decimal(minor).scaleb(-digits)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return str(format_decimal(amount, format=pattern, locale=current_locale()))


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


# -- words the app stores in English ---------------------------------------------------------
# E-mail and phone labels and consent methods are stored as these English words (imports,
# vCards and the demo write them, searches and merges compare them); they are shown, and
# typed back in the forms, in the user's language.
def point_labels() -> dict[str, str]:
    """The labels the app gives e-mails and phones, as shown."""
    return {
        "work": QCoreApplication.translate("formatting", "work", "e-mail or phone label"),
        "home": QCoreApplication.translate("formatting", "home", "e-mail or phone label"),
        "mobile": QCoreApplication.translate("formatting", "mobile", "phone label"),
        "fax": QCoreApplication.translate("formatting", "fax", "phone label"),
        "pager": QCoreApplication.translate("formatting", "pager", "phone label"),
        "main": QCoreApplication.translate("formatting", "main", "e-mail or phone label"),
        "other": QCoreApplication.translate("formatting", "other", "e-mail or phone label"),
    }


def consent_methods() -> dict[str, str]:
    """How a contact gave marketing consent (domain.contacts.CONSENT_METHODS), as shown."""
    # Context "contacts", as the domain marks them: one message for translators.
    return {
        "web form": QCoreApplication.translate("contacts", "web form"),
        "in person": QCoreApplication.translate("contacts", "in person"),
        "e-mail": QCoreApplication.translate("contacts", "e-mail"),
        "phone": QCoreApplication.translate("contacts", "phone"),
        "paper form": QCoreApplication.translate("contacts", "paper form"),
        "import": QCoreApplication.translate("contacts", "import"),
    }


def shown_word(stored: str, words: dict[str, str]) -> str:
    """A stored word as shown ("work" -> "lavoro"); other text as typed."""
    return words.get(stored, stored)


def stored_word(shown: str, words: dict[str, str]) -> str:
    """What a form stores for a shown word ("lavoro" -> "work"); other text as typed."""
    wanted = shown.strip().casefold()
    return next((k for k, v in words.items() if v.casefold() == wanted), shown.strip())


# Colours readable on light and dark backgrounds alike (mid saturation).
_STAGE_COLOURS = {
    "lead": "#5b8def",
    "prospect": "#e0a030",
    "customer": "#3aa757",
    "former": "#9a9a9a",
}


def stage_colour(stage: str) -> QColor:
    return QColor(_STAGE_COLOURS.get(stage, "#9a9a9a"))


# -- people and records ------------------------------------------------------------------
def owner_text(name: str | None) -> str:
    """Who owns (or is assigned) a record; "Unassigned" when nobody is."""
    return name or QCoreApplication.translate("formatting", "Unassigned")


def record_type_label(kind: str) -> str:
    """What a kind of record is called: "Contact" for "contact"."""
    return {
        "contact": QCoreApplication.translate("formatting", "Contact"),
        "company": QCoreApplication.translate("formatting", "Company"),
        "deal": QCoreApplication.translate("formatting", "Deal"),
        "ticket": QCoreApplication.translate("formatting", "Ticket"),
    }.get(kind, kind)


def search_result_text(result: SearchResult, with_type: bool = True) -> str:
    """A search result on one line: "Contact · Giulia Bianchi  —  ACME Srl"."""
    line = f"{record_type_label(result.type)} · {result.title}" if with_type else result.title
    return f"{line}  —  {result.subtitle}" if result.subtitle else line


# -- colours -----------------------------------------------------------------------------
# Past due (a ticket's SLA, a task, a deal's expected close): readable on light and dark.
OVERDUE_COLOUR = "#c92a2a"


def quiet_colour() -> QColor:
    """Grey text for what recedes ("Unassigned", done tasks), from the palette."""
    return QGuiApplication.palette().color(
        QPalette.ColorGroup.Normal, QPalette.ColorRole.PlaceholderText
    )

"""Values as spreadsheets write them, read the CRM's way: local numbers and dates, country names.

Each function takes the file's region (ISO 3166, "IT", "SE", "US") because
"1.234" is a thousand in Italy and one point two in the US, and 03/04/2024 is
the 3rd of April in Italy and March 4th in the US. They raise ``ValueError``
with a message fit for the user.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol

from crm_desktop.i18n import translate

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_MONTH_FIRST = {"US", "PH", "FM", "MH", "PW", "BZ"}
_DATE_PARTS = re.compile(r"^(\d{1,4})[./\-](\d{1,2})[./\-](\d{1,4})$")
# Outlook writes 0/0/00 for "no birthday", databases 0000-00-00: dates made of zeros only.
_ZERO_DATE = re.compile(r"^0+(?:[./\-]0+){0,2}$")
# A birthday without its year: "--05-06" (Google, vCard 3.0) or "--0506" (vCard 4.0).
_MONTH_DAY = re.compile(r"^--(\d{2})-?(\d{2})$")
_COUNTRY_LANGUAGES = ("en", "it", "sv", "de", "fr", "es", "nl", "pt", "da", "nb", "fi")
_STAGES = {
    "lead": "lead", "subscriber": "lead", "marketingqualifiedlead": "lead",
    "salesqualifiedlead": "lead", "new": "lead", "contatto": "lead", "nuovo": "lead",
    "prospect": "prospect", "opportunity": "prospect", "potenziale": "prospect",
    "opportunita": "prospect", "prospekt": "prospect", "mojlighet": "prospect",
    "customer": "customer", "evangelist": "customer", "client": "customer",
    "cliente": "customer", "kund": "customer", "former": "former", "other": "lead",
    "ex cliente": "former", "excliente": "former", "tidigare kund": "former",
    "former customer": "former", "churned": "former", "lost": "former",
}  # fmt: skip
_STAGE_KEYS = {re.sub(r"[^a-z]", "", key): stage for key, stage in _STAGES.items()}


@lru_cache(maxsize=65536)  # company and person names repeat a lot in one import
def fold(text: str) -> str:
    """Lower case without accents: for matching names ("Città" = "citta", "ÅBERG" = "aberg")."""
    if text.isascii():
        return " ".join(text.split()).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split()).casefold()


@cache
def decimal_comma(region: str) -> bool:
    """Whether the region writes decimals with a comma (IT, SE, DE) rather than a point."""
    try:
        locale = Locale.parse(f"und_{region.upper() or 'US'}")
    except (UnknownLocaleError, ValueError):
        return False
    return get_decimal_symbol(locale) == ","


def parse_number(text: str, region: str) -> Decimal:
    """A number as the region writes it: "1.234,56" (IT), "1,234.56" (US), "200.000.000"."""
    raw = text.strip()
    cleaned = _SPACES.sub("", raw)
    sign = ""
    if cleaned and cleaned[0] in "+-":
        sign, cleaned = cleaned[0].replace("+", ""), cleaned[1:]
    if not cleaned or not re.fullmatch(r"[\d.,]+", cleaned) or not cleaned[0].isdigit():
        raise ValueError(_not_a_number(raw))
    comma, point = cleaned.rfind(","), cleaned.rfind(".")
    if comma >= 0 and point >= 0:
        decimal_mark = "," if comma > point else "."
    elif comma >= 0 or point >= 0:
        mark = "," if comma >= 0 else "."
        parts = cleaned.split(mark)
        if len(parts) > 2:
            decimal_mark = ""  # only thousands separators: "200.000.000"
        elif len(parts[1]) == 3 and (mark == ",") != decimal_comma(region):
            decimal_mark = ""  # "1.234" in Italy, "1,234" in the US
        else:
            decimal_mark = mark
    else:
        decimal_mark = ""
    thousands = {",", "."} - {decimal_mark}
    for mark in thousands:
        groups = cleaned.split(mark)
        whole = [g.split(decimal_mark)[0] if decimal_mark else g for g in groups[1:]]
        if any(len(g) != 3 for g in whole):
            raise ValueError(
                translate(
                    "import", "{value} is not a number (check the thousands separators)"
                ).format(value=repr(raw))
            )
        cleaned = "".join(groups)
    if decimal_mark:
        cleaned = cleaned.replace(decimal_mark, ".")
    try:
        return Decimal(sign + cleaned)
    except InvalidOperation:
        raise ValueError(_not_a_number(raw)) from None


def _not_a_number(raw: str) -> str:
    return translate("import", "{value} is not a number").format(value=repr(raw))


def _no_year(raw: str) -> str:
    return translate("import", "{value} has no year; write it as YYYY-MM-DD").format(
        value=repr(raw)
    )


def _not_in_calendar(raw: str) -> str:
    return translate("import", "{value} is not a date of the calendar").format(value=repr(raw))


def _not_a_date(raw: str) -> str:
    return translate("import", "{value} is not a date such as 2024-04-03").format(value=repr(raw))


class NoYearError(ValueError):
    """A date written without its year ("--05-06"); ``month_day`` is "05-06"."""

    def __init__(self, raw: str, month_day: str) -> None:
        super().__init__(_no_year(raw))
        self.month_day = month_day


def parse_date(text: str, region: str) -> date:
    """A date as spreadsheets write it: 2024-04-03, 03/04/2024 (day first but in the US), 3.4.2024.

    Raises:
        NoYearError: a month and day without a year ("--05-06", "--0506").
        ValueError: not a date, or day and month impossible.
    """
    raw = text.strip()
    if raw.startswith("--"):
        month_day = _MONTH_DAY.match(raw)
        if month_day:
            month, day = (int(p) for p in month_day.groups())
            try:
                date(2000, month, day)  # a leap year: 29 February is a birthday too
            except ValueError:
                raise ValueError(_not_in_calendar(raw)) from None
            raise NoYearError(raw, f"{month:02d}-{day:02d}")
        raise ValueError(_no_year(raw))
    head = raw.split("T")[0].split(" ")[0]
    if re.fullmatch(r"\d{8}", head):
        head = f"{head[:4]}-{head[4:6]}-{head[6:]}"
    parts = _DATE_PARTS.match(head)
    if not parts:
        raise ValueError(_not_a_date(raw))
    a, b, c = (int(p) for p in parts.groups())
    if len(parts.group(1)) == 4:
        year, month, day = a, b, c
    elif len(parts.group(3)) in (2, 4):
        year = c if len(parts.group(3)) == 4 else 2000 + c if c < 50 else 1900 + c
        month_first = region.upper() in _MONTH_FIRST
        if a > 12 or (not month_first and b <= 12):
            day, month = a, b
        else:
            month, day = a, b
    else:
        raise ValueError(_not_a_date(raw))
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(_not_in_calendar(raw)) from None


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in _COUNTRY_LANGUAGES:
        for code, name in Locale(language).territories.items():
            if len(str(code)) == 2 and str(code).isalpha():
                names.setdefault(fold(str(name)), str(code))
    names.update({"usa": "US", "uk": "GB", "great britain": "GB", "england": "GB"})
    return names


def country_code(text: str) -> str:
    """The code of a country named in any of several languages ("Sverige" -> "SE").

    Unknown text comes back as it came, for the country check to refuse.
    """
    stripped = text.strip()
    if len(stripped) == 2 and stripped.isalpha():
        return stripped.upper()
    return _country_names().get(fold(stripped), stripped)


def lifecycle_stage(text: str) -> str | None:
    """Our stage for a stage another CRM writes ("Marketing Qualified Lead" -> lead), or None."""
    return _STAGE_KEYS.get(re.sub(r"[^a-z]", "", fold(text)))


def split_full_name(text: str) -> tuple[str, str]:
    """First and last name of "Anna Maria Rossi" or "Rossi, Anna"."""
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    words = text.split()
    if len(words) < 2:
        return text.strip(), ""
    return " ".join(words[:-1]), words[-1]


def as_iso_date(value: date | datetime) -> str:
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def is_no_date(text: str) -> bool:
    """Whether a date cell says "no date" with zeros (Outlook's 0/0/00, 0000-00-00 00:00:00)."""
    return bool(_ZERO_DATE.match(text.strip().split("T")[0].split(" ")[0]))


def date_text(text: str, region: str) -> str:
    """A date cell as we store it, YYYY-MM-DD; "" for an empty cell or a date of zeros.

    Raises:
        NoYearError, ValueError: as ``parse_date``.
    """
    if not text.strip() or is_no_date(text):
        return ""
    return as_iso_date(parse_date(text, region))

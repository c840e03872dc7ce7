"""Records written to CSV files that Excel and LibreOffice open as they are.

UTF-8 with a byte-order mark: without it Excel reads "Nicolò" and "Åberg" as
cp1252 mojibake. Where the user's locale (``i18n.current_locale()``, the
language chosen in Settings) writes decimals with a comma (Italy, Sweden),
Excel there expects ";" between cells, and numbers are written with that comma.
Column headers and yes/no cells are in the user's language; the importer knows
our headers in every language (``mappings.own_export_columns``). Text cells
that a spreadsheet would run as a formula (starting with =, +, -, @, a tab
or a carriage return) get a leading ``'``; numbers (``int``/``Decimal``
cells), negative ones included, stay numbers.
Several e-mails or phones go in one cell, "; "-separated, each as "label: value".
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import phonenumbers
from babel.numbers import get_decimal_symbol

from crm_desktop.domain.companies import Company
from crm_desktop.domain.contact_points import ContactPointError, EmailAddress, PhoneNumber
from crm_desktop.domain.contacts import Contact
from crm_desktop.domain.errors import NotFoundError
from crm_desktop.domain.fast_contact_points import fast_phone
from crm_desktop.i18n import QT_TRANSLATE_NOOP, current_locale, translate
from crm_desktop.services.companies import get_company
from crm_desktop.services.contacts import get_contact
from crm_desktop.services.tags import tags_for_many
from crm_desktop.storage.database import Database

CONTACT_HEADER = (
    QT_TRANSLATE_NOOP("export-columns", "First name"),
    QT_TRANSLATE_NOOP("export-columns", "Last name"),
    QT_TRANSLATE_NOOP("export-columns", "Job title"),
    QT_TRANSLATE_NOOP("export-columns", "Company"),
    QT_TRANSLATE_NOOP("export-columns", "E-mails"),
    QT_TRANSLATE_NOOP("export-columns", "Phones"),
    QT_TRANSLATE_NOOP("export-columns", "Street"),
    QT_TRANSLATE_NOOP("export-columns", "Postcode"),
    QT_TRANSLATE_NOOP("export-columns", "City"),
    QT_TRANSLATE_NOOP("export-columns", "Region"),
    QT_TRANSLATE_NOOP("export-columns", "Country"),
    QT_TRANSLATE_NOOP("export-columns", "Birthday"),
    QT_TRANSLATE_NOOP("export-columns", "Lifecycle stage"),
    QT_TRANSLATE_NOOP("export-columns", "Lead source"),
    QT_TRANSLATE_NOOP("export-columns", "Owner"),
    QT_TRANSLATE_NOOP("export-columns", "Marketing consent"),
    QT_TRANSLATE_NOOP("export-columns", "Tags"),
    QT_TRANSLATE_NOOP("export-columns", "Notes"),
    QT_TRANSLATE_NOOP("export-columns", "Created"),
    QT_TRANSLATE_NOOP("export-columns", "Updated"),
)
COMPANY_HEADER = (
    QT_TRANSLATE_NOOP("export-columns", "Name"),
    QT_TRANSLATE_NOOP("export-columns", "Industry"),
    QT_TRANSLATE_NOOP("export-columns", "Website"),
    QT_TRANSLATE_NOOP("export-columns", "E-mails"),
    QT_TRANSLATE_NOOP("export-columns", "Phones"),
    QT_TRANSLATE_NOOP("export-columns", "Street"),
    QT_TRANSLATE_NOOP("export-columns", "Postcode"),
    QT_TRANSLATE_NOOP("export-columns", "City"),
    QT_TRANSLATE_NOOP("export-columns", "Region"),
    QT_TRANSLATE_NOOP("export-columns", "Country"),
    QT_TRANSLATE_NOOP("export-columns", "VAT number"),
    QT_TRANSLATE_NOOP("export-columns", "Owner"),
    QT_TRANSLATE_NOOP("export-columns", "Tags"),
    QT_TRANSLATE_NOOP("export-columns", "Notes"),
    QT_TRANSLATE_NOOP("export-columns", "Created"),
    QT_TRANSLATE_NOOP("export-columns", "Updated"),
)

T = TypeVar("T")

# Called after each record: (done, total). Returns nothing; raise to stop.
Progress = Callable[[int, int], None]


# What makes a spreadsheet read a cell as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class CsvDialect:
    """How a CSV file is written: cell separator, decimal mark, formula guard."""

    delimiter: str = ","
    decimal: str = "."
    neutralise_formulas: bool = True

    @classmethod
    def for_locale(cls, locale: str, delimiter: str | None = None) -> CsvDialect:
        """What Excel in ``locale`` expects: ";" where decimals take a comma, else ","."""
        decimal = get_decimal_symbol(locale)
        if delimiter is None:
            delimiter = ";" if decimal == "," else ","
        if delimiter not in DELIMITERS:
            text = translate("export", "{delimiter} is not one of , ; or tab")
            raise ValueError(text.format(delimiter=repr(delimiter)))
        return cls(delimiter=delimiter, decimal=decimal)


def header_names(header: Sequence[str]) -> list[str]:
    """Column names (marked with context "export-columns") in the user's language."""
    return [translate("export-columns", name) for name in header]


def yes_no(value: bool) -> str:
    """Yes or no in the user's language (the importer reads "sì", "ja", "nej" too)."""
    return translate("export", "yes") if value else translate("export", "no")


def default_dialect() -> CsvDialect:
    """What Excel expects in the user's locale: ";" and "," decimals in Italy and Sweden."""
    return CsvDialect.for_locale(current_locale())


def neutralise(text: str) -> str:
    """A text cell a spreadsheet shows as text: formula starts get a leading ``'``."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def cell(value: object, dialect: CsvDialect) -> str | int:
    """One value as written: numbers as numbers (decimal mark of the dialect), text guarded."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal | float):
        return str(value).replace(".", dialect.decimal)
    text = str(value)
    return neutralise(text) if dialect.neutralise_formulas else text


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    dialect: CsvDialect | None = None,
) -> int:
    """Write ``header`` and ``rows`` to ``path`` as UTF-8 with BOM; returns the row count.

    ``dialect`` None: the user's locale's (``default_dialect``).
    """
    dialect = dialect or default_dialect()
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=dialect.delimiter)
        writer.writerow([cell(h, dialect) for h in header])
        for row in rows:
            writer.writerow([cell(value, dialect) for value in row])
            count += 1
    return count


def emails_cell(emails: Sequence[EmailAddress]) -> str:
    return "; ".join(f"{e.label}: {e.address}" if e.label else e.address for e in emails)


def portable_phone(phone: PhoneNumber, country: str) -> str:
    """The number as typed, unless its record's country would read it as another number.

    An import reads a number without "+" in its record's country (a Swede's
    "070-123 45 67" is Swedish in any file); a local number of another country
    (an Italian "06 1234 5678" for a contact in Sweden) is written in its
    international form instead, so export then import keeps the number.
    """
    raw = phone.raw.strip()
    region = country.upper()
    if raw.startswith("+") or not phone.e164 or region not in phonenumbers.SUPPORTED_REGIONS:
        return phone.raw
    try:
        if fast_phone(raw, region)[0].e164 == phone.e164:
            return phone.raw
    except ContactPointError:
        pass  # not a number there: it was read in the file's region
    number = phonenumbers.parse(phone.e164)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phones_cell(phones: Sequence[PhoneNumber], country: str = "") -> str:
    texts = [(p.label, portable_phone(p, country)) for p in phones]
    return "; ".join(f"{label}: {text}" if label else text for label, text in texts)


def contact_row(contact: Contact, tags: Sequence[str]) -> list[str]:
    return [
        contact.first_name,
        contact.last_name,
        contact.job_title,
        contact.company,
        emails_cell(contact.emails),
        phones_cell(contact.phones, contact.country),
        contact.street,
        contact.postcode,
        contact.city,
        contact.region,
        contact.country,
        contact.birthday or "",
        contact.lifecycle_stage,
        contact.lead_source,
        contact.owner,
        yes_no(contact.marketing_consent),
        ", ".join(tags),
        contact.notes,
        contact.created_at,
        contact.updated_at,
    ]


def company_row(company: Company, tags: Sequence[str]) -> list[str]:
    return [
        company.name,
        company.industry,
        company.website,
        emails_cell(company.emails),
        phones_cell(company.phones, company.country),
        company.street,
        company.postcode,
        company.city,
        company.region,
        company.country,
        company.vat_id,
        company.owner,
        ", ".join(tags),
        company.notes,
        company.created_at,
        company.updated_at,
    ]


def export_contacts(
    db: Database, ids: Sequence[int], path: Path, progress: Progress | None = None
) -> int:
    """Write these contacts, in this order, to ``path``; returns how many were written.

    Contacts trashed meanwhile are left out.
    """
    tags = tags_for_many(db, "contact", ids)

    def rows() -> Iterable[list[str]]:
        for done, contact_id in enumerate(ids, start=1):
            contact = _live(get_contact, db, contact_id)
            if contact is not None:
                yield contact_row(contact, tags.get(contact_id, []))
            if progress is not None:
                progress(done, len(ids))

    return write_csv(path, header_names(CONTACT_HEADER), rows())


def export_companies(
    db: Database, ids: Sequence[int], path: Path, progress: Progress | None = None
) -> int:
    """Write these companies, in this order, to ``path``; returns how many were written."""
    tags = tags_for_many(db, "company", ids)

    def rows() -> Iterable[list[str]]:
        for done, company_id in enumerate(ids, start=1):
            company = _live(get_company, db, company_id)
            if company is not None:
                yield company_row(company, tags.get(company_id, []))
            if progress is not None:
                progress(done, len(ids))

    return write_csv(path, header_names(COMPANY_HEADER), rows())


def _live(read: Callable[[Database, int], T], db: Database, record_id: int) -> T | None:
    """The record, or None when it went to the trash meanwhile."""
    try:
        return read(db, record_id)
    except NotFoundError:
        return None

"""Exporting any list (with its filter) to CSV, JSON, vCard or iCalendar: options + one function.

A dialog or the command line fills ``ExportOptions``; ``export_records`` runs
without Qt, so the GUI, ``crm export`` and the tests all call the same code.
Records are read a chunk at a time, so 100,000 contacts never sit in memory
as full records at once, and ``progress(done, total)`` may raise to stop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from crm_desktop.domain.companies import CompanyFilter
from crm_desktop.domain.contacts import ContactFilter
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import minor_digits
from crm_desktop.domain.pipeline import DealFilter
from crm_desktop.domain.tickets import TicketFilter
from crm_desktop.i18n import QT_TRANSLATE_NOOP, current_locale, translate
from crm_desktop.interchange.csv_export import (
    COMPANY_HEADER,
    CONTACT_HEADER,
    CsvDialect,
    company_row,
    contact_row,
    header_names,
    write_csv,
)
from crm_desktop.interchange.ical import write_ical
from crm_desktop.interchange.json_export import plain, write_json
from crm_desktop.interchange.vcard_writer import VERSIONS, write_vcard_file
from crm_desktop.services.activity_lists import ActivityFilter, list_activities
from crm_desktop.services.companies import get_companies, list_companies
from crm_desktop.services.contacts import get_contacts, list_contacts
from crm_desktop.services.deal_lists import list_deals
from crm_desktop.services.orders import list_orders
from crm_desktop.services.tags import tags_for_many
from crm_desktop.services.tickets import list_tickets
from crm_desktop.services.view_fields import choice_label
from crm_desktop.storage.database import Database

ENTITIES = ("contacts", "companies", "deals", "tickets", "activities", "orders")
FORMATS = ("csv", "json", "vcard", "ical")
# Which formats each kind of record can be written in.
ENTITY_FORMATS = {
    "contacts": ("csv", "json", "vcard"),
    "companies": ("csv", "json"),
    "deals": ("csv", "json"),
    "tickets": ("csv", "json"),
    "activities": ("csv", "json", "ical"),
    "orders": ("csv", "json"),
}
CHUNK = 500
_ALL = 2**62  # "no limit" for the list functions, which page

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class OrderFilter:
    """Orders by customer and order date (inclusive, YYYY-MM-DD)."""

    contact_id: int | None = None
    company_id: int | None = None
    date_from: str | None = None
    date_to: str | None = None


@dataclass(frozen=True)
class ExportOptions:
    """What to export, where, and how.

    ``filter`` is the list view's own filter (``ContactFilter``, ``CompanyFilter``,
    ``DealFilter``, ``TicketFilter``, ``ActivityFilter`` or ``OrderFilter``);
    ``ids``, when given, are exactly the records to write, in that order.
    ``delimiter`` None picks ";" when the user's locale (``i18n.current_locale``)
    writes decimals with a comma (Italy, Sweden), "," otherwise.
    """

    entity: str
    path: Path
    format: str = "csv"
    filter: object | None = None
    ids: tuple[int, ...] | None = None
    sort: str | None = None
    delimiter: str | None = None
    vcard_version: str = "3.0"
    neutralise_formulas: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


def _check(options: ExportOptions) -> None:
    errors: dict[str, str] = {}
    if options.entity not in ENTITIES:
        text = translate("export", "{entity} is not one of {choices}")
        errors["entity"] = text.format(entity=repr(options.entity), choices=", ".join(ENTITIES))
    elif options.format not in ENTITY_FORMATS[options.entity]:
        allowed = ", ".join(ENTITY_FORMATS[options.entity])
        text = translate("export", "{entity} can be exported as {formats}, not {format}")
        errors["format"] = text.format(
            entity=options.entity, formats=allowed, format=options.format
        )
    if options.vcard_version not in VERSIONS:
        text = translate("export", "vCard {version} cannot be written; use 3.0 or 4.0")
        errors["vcard_version"] = text.format(version=options.vcard_version)
    if options.delimiter not in (None, ",", ";", "\t"):
        text = translate("export", "{delimiter} is not one of , ; or tab")
        errors["delimiter"] = text.format(delimiter=repr(options.delimiter))
    if not options.path.parent.is_dir():
        text = translate("export", "{folder} is not a folder")
        errors["path"] = text.format(folder=options.path.parent)
    if errors:
        raise ValidationError(errors)


def dialect_for(db: Database, options: ExportOptions) -> CsvDialect:
    """The CSV dialect Excel expects in the user's locale (or the delimiter asked for).

    The locale is the one the user chose (``i18n.current_locale()``), not the
    file's region: an Italian opening the file in Excel needs ";" and decimal
    commas whatever country the business is in.
    """
    del db  # kept for callers: the dialect once followed the file's region
    dialect = CsvDialect.for_locale(current_locale(), options.delimiter)
    return CsvDialect(dialect.delimiter, dialect.decimal, options.neutralise_formulas)


def _amount(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-minor_digits(currency))


# -- which records ---------------------------------------------------------------------
def record_ids(db: Database, options: ExportOptions) -> list[int]:
    """The ids to export for contacts and companies: the selection, or all the filter matches."""
    if options.ids is not None:
        return list(options.ids)
    if options.entity == "contacts":
        spec = options.filter if isinstance(options.filter, ContactFilter) else ContactFilter()
        rows = list_contacts(db, spec, 0, _ALL, options.sort or "last_name")
    else:
        company_spec = (
            options.filter if isinstance(options.filter, CompanyFilter) else CompanyFilter()
        )
        rows = list_companies(db, company_spec, 0, _ALL, options.sort or "name")  # type: ignore[assignment]
    return [int(r.id) for r in rows]


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _pick(rows: Sequence[Any], ids: tuple[int, ...] | None) -> list[Any]:
    if ids is None:
        return list(rows)
    by_id = {int(r.id): r for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def _records(db: Database, options: ExportOptions) -> list[Any]:
    """Deals, tickets, activities or orders matching the options, as their list rows."""
    spec = options.filter
    if options.entity == "deals":
        deal_spec = spec if isinstance(spec, DealFilter) else DealFilter()
        return _pick(list_deals(db, deal_spec, 0, _ALL, options.sort or "stage"), options.ids)
    if options.entity == "tickets":
        ticket_spec = spec if isinstance(spec, TicketFilter) else TicketFilter()
        rows = list_tickets(db, ticket_spec, 0, _ALL, options.sort or "-created_at")
        return _pick(rows, options.ids)
    if options.entity == "activities":
        activity_spec = spec if isinstance(spec, ActivityFilter) else ActivityFilter()
        return _pick(list_activities(db, activity_spec), options.ids)
    order_spec = spec if isinstance(spec, OrderFilter) else OrderFilter()
    orders = list_orders(
        db, order_spec.contact_id, order_spec.company_id, order_spec.date_from, order_spec.date_to
    )
    return _pick(orders, options.ids)


# -- table columns -------------------------------------------------------------------------
DEAL_HEADER = (
    QT_TRANSLATE_NOOP("export-columns", "Title"),
    QT_TRANSLATE_NOOP("export-columns", "Pipeline"),
    QT_TRANSLATE_NOOP("export-columns", "Stage"),
    QT_TRANSLATE_NOOP("export-columns", "Status"),
    QT_TRANSLATE_NOOP("export-columns", "Value"),
    QT_TRANSLATE_NOOP("export-columns", "Currency"),
    QT_TRANSLATE_NOOP("export-columns", "Probability %"),
    QT_TRANSLATE_NOOP("export-columns", "Weighted value"),
    QT_TRANSLATE_NOOP("export-columns", "Company"),
    QT_TRANSLATE_NOOP("export-columns", "Contact"),
    QT_TRANSLATE_NOOP("export-columns", "Owner"),
    QT_TRANSLATE_NOOP("export-columns", "Expected close"),
    QT_TRANSLATE_NOOP("export-columns", "Closed"),
    QT_TRANSLATE_NOOP("export-columns", "Updated"),
)
TICKET_HEADER = (
    QT_TRANSLATE_NOOP("export-columns", "Subject"),
    QT_TRANSLATE_NOOP("export-columns", "Status"),
    QT_TRANSLATE_NOOP("export-columns", "Priority"),
    QT_TRANSLATE_NOOP("export-columns", "Channel"),
    QT_TRANSLATE_NOOP("export-columns", "Contact"),
    QT_TRANSLATE_NOOP("export-columns", "Company"),
    QT_TRANSLATE_NOOP("export-columns", "Assignee"),
    QT_TRANSLATE_NOOP("export-columns", "SLA due"),
    QT_TRANSLATE_NOOP("export-columns", "Overdue"),
    QT_TRANSLATE_NOOP("export-columns", "Created"),
    QT_TRANSLATE_NOOP("export-columns", "Updated"),
)
ACTIVITY_HEADER = (
    QT_TRANSLATE_NOOP("export-columns", "Kind"),
    QT_TRANSLATE_NOOP("export-columns", "Subject"),
    QT_TRANSLATE_NOOP("export-columns", "Body"),
    QT_TRANSLATE_NOOP("export-columns", "Due"),
    QT_TRANSLATE_NOOP("export-columns", "Done"),
    QT_TRANSLATE_NOOP("export-columns", "Owner"),
    QT_TRANSLATE_NOOP("export-columns", "Contact"),
    QT_TRANSLATE_NOOP("export-columns", "Company"),
    QT_TRANSLATE_NOOP("export-columns", "Deal"),
    QT_TRANSLATE_NOOP("export-columns", "Ticket"),
    QT_TRANSLATE_NOOP("export-columns", "Created"),
)
ORDER_HEADER = (
    QT_TRANSLATE_NOOP("export-columns", "Order"),
    QT_TRANSLATE_NOOP("export-columns", "Date"),
    QT_TRANSLATE_NOOP("export-columns", "Contact"),
    QT_TRANSLATE_NOOP("export-columns", "Company"),
    QT_TRANSLATE_NOOP("export-columns", "Currency"),
    QT_TRANSLATE_NOOP("export-columns", "Total"),
    QT_TRANSLATE_NOOP("export-columns", "Lines"),
    QT_TRANSLATE_NOOP("export-columns", "Notes"),
    QT_TRANSLATE_NOOP("export-columns", "Created"),
)


def _row(entity: str, r: Any) -> list[object]:
    """One record's cells; statuses and priorities as people read them (not re-imported)."""
    if entity == "deals":
        return [
            r.title, r.pipeline, r.stage, choice_label("deals", "status", r.status),
            _amount(r.value_minor, r.currency), r.currency, r.probability,
            _amount(r.weighted_value_minor, r.currency), r.company, r.contact, r.owner,
            r.expected_close_date, r.closed_at, r.updated_at,
        ]  # fmt: skip
    if entity == "tickets":
        return [
            r.subject, choice_label("tickets", "status", r.status),
            choice_label("tickets", "priority", r.priority),
            choice_label("tickets", "channel", r.channel), r.contact, r.company, r.assignee,
            r.sla_due_at, r.is_overdue, r.created_at, r.updated_at,
        ]  # fmt: skip
    if entity == "activities":
        return [
            r.kind, r.subject, r.body, r.due_at, r.done_at, r.owner, r.contact, r.company,
            r.deal, r.ticket, r.created_at,
        ]  # fmt: skip
    lines = "; ".join(f"{line.quantity} × {line.product or line.description}" for line in r.lines)
    return [
        int(r.id), r.ordered_on, r.contact, r.company, r.currency,
        _amount(r.total_minor, r.currency), lines, r.notes, r.created_at,
    ]  # fmt: skip


_HEADERS = {
    "deals": DEAL_HEADER,
    "tickets": TICKET_HEADER,
    "activities": ACTIVITY_HEADER,
    "orders": ORDER_HEADER,
}


# -- writing ---------------------------------------------------------------------------------
def _people(
    db: Database, entity: str, ids: Sequence[int], progress: Progress | None
) -> Iterator[tuple[Any, list[str]]]:
    """(record, tags) of contacts or companies, read a chunk at a time."""
    kind = "contact" if entity == "contacts" else "company"
    read = get_contacts if entity == "contacts" else get_companies
    done = 0
    for chunk in _chunks(ids):
        tags = tags_for_many(db, kind, chunk)
        for record in read(db, chunk):
            yield record, tags.get(int(record.id), [])
        done += len(chunk)
        if progress is not None:
            progress(done, len(ids))


def export_records(db: Database, options: ExportOptions, progress: Progress | None = None) -> int:
    """Write the records the options choose; returns how many were written.

    Raises:
        ValidationError: a bad entity, format, delimiter, vCard version or folder.
        StorageError: the file could not be written (said with its path).
    """
    _check(options)
    try:
        return _write(db, options, progress)
    except OSError as error:
        text = translate("export", "cannot write {path}: {reason}")
        raise ValidationError.single(
            "path", text.format(path=options.path, reason=error.strerror or error)
        ) from None


def _write(db: Database, options: ExportOptions, progress: Progress | None) -> int:
    entity, fmt, path = options.entity, options.format, options.path
    if entity in ("contacts", "companies"):
        ids = record_ids(db, options)
        people = _people(db, entity, ids, progress)
        if fmt == "vcard":
            return write_vcard_file(path, people, options.vcard_version)
        if fmt == "json":
            return write_json(path, ({**_plain(r), "tags": t} for r, t in people))
        if entity == "contacts":
            rows = (contact_row(r, t) for r, t in people)
            return write_csv(path, header_names(CONTACT_HEADER), rows, dialect_for(db, options))
        rows = (company_row(r, t) for r, t in people)
        return write_csv(path, header_names(COMPANY_HEADER), rows, dialect_for(db, options))
    records = _records(db, options)
    if progress is not None:
        progress(0, len(records))
    if fmt == "ical":
        count = write_ical(path, records)
    elif fmt == "json":
        count = write_json(path, (_plain(r) for r in records))
    else:
        table = (_row(entity, r) for r in records)
        count = write_csv(path, header_names(_HEADERS[entity]), table, dialect_for(db, options))
    if progress is not None:
        progress(len(records), len(records))
    return count


def _plain(record: object) -> dict[str, Any]:
    value = plain(record)
    assert isinstance(value, dict)
    return value


def today_stamp(db: Database) -> str:
    """Today's date in the file's clock, for default file names ("contacts-2026-11-29.csv")."""
    return date.fromisoformat(db.now()[:10]).isoformat()

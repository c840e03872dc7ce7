"""Every report by name, so the command line and the app's Reports menu list the same ones."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from crm_desktop.domain.errors import NotFoundError, StorageError, ValidationError
from crm_desktop.domain.periods import Period, period_name, preset_period
from crm_desktop.domain.saved_views import SavedView
from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate
from crm_desktop.interchange.csv_export import CsvDialect, write_csv
from crm_desktop.reports.formats import Formats
from crm_desktop.reports.labels import entity_label
from crm_desktop.reports.options import ReportContent, ReportOptions
from crm_desktop.services.saved_views import get_saved_view
from crm_desktop.services.settings import get_settings
from crm_desktop.storage.database import Database

Builder = Callable[[Database, ReportOptions, Formats], ReportContent]


@dataclass(frozen=True)
class ReportKind:
    name: str  # what `crm report NAME` takes
    title: str  # English, marked: shown through ``shown_title``
    description: str  # English, marked: shown through ``shown_description``
    module: str  # crm_desktop.reports.<module>.build makes it
    default_period: str = "this_month"  # a preset of domain.periods
    needs_record: bool = False  # the customer report: one contact or company
    uses_period: bool = True  # False: covers all time (a customer's whole history)
    view_entities: tuple[str, ...] = ()  # kinds of saved view that can narrow the report

    def shown_title(self) -> str:
        """The title in the user's language (the PDF's title, the menu)."""
        return translate("reports", self.title)

    def shown_description(self) -> str:
        return translate("reports", self.description)

    @property
    def build(self) -> Builder:
        # Imported when a report is made: listing reports (the CLI's parser, the
        # app's menu) need not load reportlab.
        module = importlib.import_module(f"crm_desktop.reports.{self.module}")
        builder: Builder = module.build
        return builder


REPORTS: tuple[ReportKind, ...] = (
    ReportKind(
        "pipeline",
        QT_TRANSLATE_NOOP("reports", "Pipeline by stage"),
        QT_TRANSLATE_NOOP("reports", "Deals by stage: count, value, weighted value"),
        "pipeline",
        view_entities=("deals",),
    ),
    ReportKind(
        "forecast",
        QT_TRANSLATE_NOOP("reports", "Sales forecast"),
        QT_TRANSLATE_NOOP("reports", "Weighted expected revenue by month"),
        "forecast",
        default_period="this_quarter",
        view_entities=("deals",),
    ),
    ReportKind(
        "win-loss",
        QT_TRANSLATE_NOOP("reports", "Won and lost deals"),
        QT_TRANSLATE_NOOP("reports", "Win rate, sales cycle, lost reasons"),
        "win_loss",
        view_entities=("deals",),
    ),
    ReportKind(
        "tickets",
        QT_TRANSLATE_NOOP("reports", "Support tickets"),
        QT_TRANSLATE_NOOP("reports", "Open by priority, SLA breaches, response times"),
        "tickets",
        view_entities=("tickets",),
    ),
    ReportKind(
        "customer",
        QT_TRANSLATE_NOOP("reports", "Customer profile"),
        QT_TRANSLATE_NOOP("reports", "One contact or company: deals, orders, tickets"),
        "customer",
        default_period="this_year",
        needs_record=True,
        uses_period=False,
    ),
    ReportKind(
        "customers",
        QT_TRANSLATE_NOOP("reports", "Top customers"),
        QT_TRANSLATE_NOOP("reports", "Customers by revenue, with recency and frequency"),
        "customers",
        default_period="this_year",
        view_entities=("contacts", "companies"),
    ),
    ReportKind(
        "dashboard",
        QT_TRANSLATE_NOOP("reports", "Dashboard"),
        QT_TRANSLATE_NOOP(
            "reports", "Every dashboard figure against the previous period, with its charts"
        ),
        "dashboard",
    ),
)


def find_report(name: str) -> ReportKind:
    """The report called ``name``.

    Raises:
        ValidationError: ``report`` when there is none, listing those there are.
    """
    for kind in REPORTS:
        if kind.name == name:
            return kind
    names = ", ".join(k.name for k in REPORTS)
    raise ValidationError.single(
        "report",
        translate("reports", "there is no report {name}; choose one of {names}").format(
            name=repr(name), names=names
        ),
    )


def _view_of(db: Database, view_id: int) -> SavedView | None:
    try:
        return get_saved_view(db, view_id)
    except NotFoundError:
        return None


def _view_refusal(kind: ReportKind, name: str, entity: str) -> str:
    if not kind.view_entities:
        return translate(
            "reports", "the {report} report cannot be narrowed to a saved view"
        ).format(report=kind.name)
    kinds = entity_label(kind.view_entities[0])
    for other in kind.view_entities[1:]:
        kinds = translate("reports", "{first} or {second}").format(
            first=kinds, second=entity_label(other)
        )
    return translate(
        "reports",
        "the saved view {name} is of {entity}; the {report} report takes views of {kinds}",
    ).format(name=repr(name), entity=entity_label(entity), report=kind.name, kinds=kinds)


def view_covered(db: Database, options: ReportOptions) -> str:
    """What the header says of the records covered: "" for all, else the view's name."""
    if options.view_id is None:
        return ""
    view = get_saved_view(db, options.view_id)
    return translate("reports", "Records: saved view “{name}”").format(name=view.name)


def today_of(db: Database) -> date:
    return date.fromisoformat(db.now()[:10])


def complete_options(db: Database, options: ReportOptions) -> ReportOptions:
    """The options with the report's default period filled in, checked.

    Raises:
        ValidationError: unknown report, customer report without a record,
            no output file asked for.
    """
    kind = find_report(options.name)
    errors: dict[str, str] = {}
    if kind.needs_record and options.record_id is None:
        errors["id"] = translate("reports", "say which contact or company the report is about")
    if options.pdf_path is None and options.csv_path is None:
        errors["pdf"] = translate(
            "reports", "say where to write the report (a PDF file, a CSV file or both)"
        )
    if options.view_id is not None:
        view = _view_of(db, options.view_id)
        if view is None:
            errors["view"] = translate("reports", "there is no saved view with id {id}").format(
                id=options.view_id
            )
        elif view.entity not in kind.view_entities:
            errors["view"] = _view_refusal(kind, view.name, view.entity)
    if errors:
        raise ValidationError(errors)
    if options.period is None:
        options = replace(options, period=preset_period(kind.default_period, today_of(db)))
    return options


def run_report(db: Database, options: ReportOptions) -> list[Path]:
    """Make the report: write its PDF and/or CSV; returns the files written.

    Raises:
        ValidationError: see ``complete_options``; NotFoundError: no such customer;
        StorageError: a file cannot be written.
    """
    options = complete_options(db, options)
    kind = find_report(options.name)
    settings = get_settings(db)
    # The user's language and locale, not the file's region: the report reads like the app.
    fmt = Formats.chosen()
    content = kind.build(db, options, fmt)
    assert options.period is not None
    written: list[Path] = []
    if options.pdf_path is not None:
        from crm_desktop.reports.pdf import PageInfo, write_pdf

        if kind.uses_period:
            period = _period_text(options.period, fmt)
        else:
            period = translate("reports", "Whole history up to {day}").format(
                day=fmt.day(today_of(db))
            )
        subtitle = f"{content.subtitle} · {period}" if content.subtitle else period
        covered = view_covered(db, options)
        info = PageInfo(
            title=kind.shown_title(),
            subtitle=f"{subtitle} · {covered}" if covered else subtitle,
            business=settings.company_name,
            made_at=fmt.moment(db.now()),
        )
        write_pdf(options.pdf_path, info, content.story)
        written.append(options.pdf_path)
    if options.csv_path is not None:
        try:
            # Cells and decimal mark as a spreadsheet in the user's locale expects (";" and
            # 1234,50 in Italy); amounts stay plain numbers with their currency beside them.
            dialect = CsvDialect.for_locale(fmt.locale)
            write_csv(options.csv_path, content.csv_header, content.csv_rows, dialect)
        except OSError as error:
            raise StorageError(
                translate("reports", "cannot write {path}: {reason}").format(
                    path=options.csv_path, reason=error.strerror
                )
            ) from None
        written.append(options.csv_path)
    return written


def _period_text(period: Period, fmt: Formats) -> str:
    """Its name when it has one, then its days: "Novembre 2026 · 1 nov 2026 – 30 nov 2026"."""
    days = translate("reports", "{start} – {end}", "a period from one day to another").format(
        start=fmt.day(period.start), end=fmt.day(period.end)
    )
    name = period_name(period, fmt.locale)
    return f"{name} · {days}" if name else days

"""Tickets report: open tickets by priority, SLA breaches, median response and resolution."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate
from crm_desktop.reports.formats import Formats
from crm_desktop.reports.labels import priority_label, translated
from crm_desktop.reports.options import ReportContent, ReportOptions, view_filter_of
from crm_desktop.reports.pdf import key_figures, note, section, table
from crm_desktop.services.ticket_figures import TicketFigures, ticket_figures
from crm_desktop.storage.database import Database

CSV_HEADER = (
    QT_TRANSLATE_NOOP("reports", "Section"),
    QT_TRANSLATE_NOOP("reports", "Item"),
    QT_TRANSLATE_NOOP("reports", "Value"),
)


def build(db: Database, options: ReportOptions, fmt: Formats) -> ReportContent:
    assert options.period is not None
    figures = ticket_figures(db, options.period, view=view_filter_of(db, options))
    open_now = sum(p.open_count for p in figures.open_by_priority)
    overdue_now = sum(p.overdue_count for p in figures.open_by_priority)
    story: list[Flowable] = [
        key_figures(
            [
                (translate("reports", "Open now"), fmt.number(open_now)),
                (translate("reports", "Open past their SLA"), fmt.number(overdue_now)),
                (translate("reports", "SLA breaches in period"), fmt.number(figures.breached)),
                (translate("reports", "Created in period"), fmt.number(figures.created)),
                (
                    translate("reports", "Median first response"),
                    fmt.duration(figures.median_first_response_seconds),
                ),
                (
                    translate("reports", "Median resolution"),
                    fmt.duration(figures.median_resolution_seconds),
                ),
            ]
        )
    ]
    story += section(
        translate("reports", "Open tickets by priority"),
        table(
            (
                translate("reports", "Priority"),
                translate("reports", "Open now"),
                translate("reports", "Past their SLA"),
            ),
            [
                [priority_label(p.priority), fmt.number(p.open_count), fmt.number(p.overdue_count)]
                for p in figures.open_by_priority
            ],
            widths=(3, 1.5, 1.5),
            numeric=(1, 2),
        ),
    )
    story += section(
        translate("reports", "SLA of tickets created in the period"),
        table(
            (
                translate("reports", "Priority"),
                translate("reports", "SLA"),
                translate("reports", "Tickets"),
                translate("reports", "Breached"),
                translate("reports", "Still open"),
                translate("reports", "Breach rate"),
            ),
            [
                [
                    priority_label(s.priority),
                    translate("reports", "{hours} h").format(hours=fmt.number(s.sla_hours)),
                    fmt.number(s.tickets),
                    fmt.number(s.breached),
                    fmt.number(s.breached_open),
                    fmt.percent(s.breached / s.tickets if s.tickets else None),
                ]
                for s in figures.sla
            ],
            widths=(2, 1, 1, 1, 1, 1.2),
            numeric=(1, 2, 3, 4, 5),
        ),
        note(
            translate(
                "reports",
                "A ticket breaches its SLA when it was resolved later than the hours the"
                " settings give its priority, or is still unresolved past them. First response"
                " is the first reply in the thread ({answered} answered); resolution counts"
                " the {resolved_of_created} resolved so far. Resolved in the period, whenever"
                " created: {resolved}.",
            ).format(
                answered=fmt.number(figures.responded),
                resolved_of_created=fmt.number(figures.resolved_of_created),
                resolved=fmt.number(figures.resolved),
            )
        ),
    )
    return ReportContent(
        story=story, csv_header=translated(CSV_HEADER), csv_rows=_csv_rows(figures)
    )


def _csv_rows(figures: TicketFigures) -> list[Sequence[object]]:
    """The figures as (section, item, value) rows; times in seconds, as numbers."""
    created = translate("reports", "Created")
    rows: list[Sequence[object]] = []
    for p in figures.open_by_priority:
        rows += [
            (translate("reports", "Open now"), priority_label(p.priority), p.open_count),
            (translate("reports", "Open past SLA"), priority_label(p.priority), p.overdue_count),
        ]
    for s in figures.sla:
        priority = priority_label(s.priority)
        rows += [
            (translate("reports", "SLA hours"), priority, s.sla_hours),
            (created, priority, s.tickets),
            (translate("reports", "SLA breached"), priority, s.breached),
            (translate("reports", "SLA breached, still open"), priority, s.breached_open),
        ]
    every = translate("reports", "all", "every priority")
    rows += [
        (created, every, figures.created),
        (translate("reports", "Resolved"), every, figures.resolved),
        (
            translate("reports", "Median first response seconds"),
            every,
            _blank(figures.median_first_response_seconds),
        ),
        (
            translate("reports", "Median resolution seconds"),
            every,
            _blank(figures.median_resolution_seconds),
        ),
    ]
    return rows


def _blank(value: float | None) -> object:
    return "" if value is None else value

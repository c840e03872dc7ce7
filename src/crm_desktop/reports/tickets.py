"""Tickets report: open tickets by priority, SLA breaches, median response and resolution."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from crm_desktop.reports.formats import Formats
from crm_desktop.reports.options import ReportContent, ReportOptions, view_filter_of
from crm_desktop.reports.pdf import key_figures, note, section, table
from crm_desktop.services.ticket_figures import ticket_figures
from crm_desktop.storage.database import Database

CSV_HEADER = ("Section", "Item", "Value")


def build(db: Database, options: ReportOptions, fmt: Formats) -> ReportContent:
    assert options.period is not None
    figures = ticket_figures(db, options.period, view=view_filter_of(db, options))
    open_now = sum(p.open_count for p in figures.open_by_priority)
    overdue_now = sum(p.overdue_count for p in figures.open_by_priority)
    story: list[Flowable] = [
        key_figures(
            [
                ("Open now", fmt.number(open_now)),
                ("Open past their SLA", fmt.number(overdue_now)),
                ("SLA breaches in period", fmt.number(figures.breached)),
                ("Created in period", fmt.number(figures.created)),
                ("Median first response", fmt.duration(figures.median_first_response_seconds)),
                ("Median resolution", fmt.duration(figures.median_resolution_seconds)),
            ]
        )
    ]
    story += section(
        "Open tickets by priority",
        table(
            ("Priority", "Open now", "Past their SLA"),
            [
                [p.priority.capitalize(), fmt.number(p.open_count), fmt.number(p.overdue_count)]
                for p in figures.open_by_priority
            ],
            widths=(3, 1.5, 1.5),
            numeric=(1, 2),
        ),
    )
    story += section(
        "SLA of tickets created in the period",
        table(
            ("Priority", "SLA", "Tickets", "Breached", "Still open", "Breach rate"),
            [
                [
                    s.priority.capitalize(),
                    f"{s.sla_hours} h",
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
            "A ticket breaches its SLA when it was resolved later than the hours the"
            " settings give its priority, or is still unresolved past them. First response"
            f" is the first reply in the thread ({figures.responded} answered); resolution"
            f" counts the {figures.resolved_of_created} resolved so far."
            f" Resolved in the period, whenever created: {figures.resolved}."
        ),
    )
    csv_rows: list[Sequence[object]] = []
    for p in figures.open_by_priority:
        csv_rows += [
            ("Open now", p.priority, p.open_count),
            ("Open past SLA", p.priority, p.overdue_count),
        ]
    for s in figures.sla:
        csv_rows += [
            ("SLA hours", s.priority, s.sla_hours),
            ("Created", s.priority, s.tickets),
            ("SLA breached", s.priority, s.breached),
            ("SLA breached, still open", s.priority, s.breached_open),
        ]
    csv_rows += [
        ("Created", "all", figures.created),
        ("Resolved", "all", figures.resolved),
        ("Median first response seconds", "all", _blank(figures.median_first_response_seconds)),
        ("Median resolution seconds", "all", _blank(figures.median_resolution_seconds)),
    ]
    return ReportContent(story=story, csv_header=CSV_HEADER, csv_rows=csv_rows)


def _blank(value: float | None) -> object:
    return "" if value is None else value

"""Dashboard report: the dashboard's figures and charts on paper, for a period."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Spacer

from crm_desktop.domain.money import Money
from crm_desktop.reports.charts import bar_chart
from crm_desktop.reports.dashboard_rows import figure_rows, revenue_rows, stage_rows, week_rows
from crm_desktop.reports.formats import Formats, major
from crm_desktop.reports.options import ReportContent, ReportOptions
from crm_desktop.reports.pdf import note, section, table
from crm_desktop.services.dashboard import dashboard
from crm_desktop.storage.database import Database

CSV_HEADER = ("Section", "Item", "Value", "Previous period", "Change")


def build(db: Database, options: ReportOptions, fmt: Formats) -> ReportContent:
    assert options.period is not None
    figures = dashboard(db, options.period)
    main = figures.default_currency
    rows = figure_rows(figures, fmt)
    compared = (
        f"Compared with {fmt.day(figures.previous.start)} – {fmt.day(figures.previous.end)}."
        " Open deals, forecasts, open and overdue tickets and tasks are as of"
        f" {fmt.day(figures.today)}."
    )
    story: list[Flowable] = [
        table(
            ("Figure", "Value", "Previous period", "Change"),
            [(r.name, r.value, r.previous, r.change) for r in rows],
            widths=(2.2, 2.4, 1.8, 0.9),
            numeric=(1, 2, 3),
        ),
        note(compared),
    ]
    if figures.other_currencies:
        story.append(
            note(
                f"Amounts are listed per currency ({', '.join(figures.currencies)}) and never"
                f" added across; the charts draw {main} only."
            )
        )

    def money_axis(value: float) -> str:
        return fmt.compact(value)

    def count_axis(value: float) -> str:
        return fmt.number(round(value))

    stage_values = [
        sum(major(t.value_minor, t.currency) for t in s.totals if t.currency == main)
        for s in figures.pipeline
    ]
    story += section(
        "Pipeline by stage",
        bar_chart(
            f"Value by stage, {main}",
            [s.stage for s in figures.pipeline],
            [(main, stage_values)],
            money_axis,
            whole=True,
        ),
        table(
            ("Stage", "Deals", "Value"), stage_rows(figures, fmt), widths=(2, 1, 4), numeric=(1, 2)
        ),
        note("Open deals as they stand now; won and lost deals closed in the period."),
    )
    months = [fmt.month(m.month) for m in figures.revenue]
    story += section(
        "Revenue by month",
        bar_chart(
            f"Orders placed and deals won, {main}",
            months,
            [
                ("Orders", [_in(m.orders, main) for m in figures.revenue]),
                ("Deals won", [_in(m.won_deals, main) for m in figures.revenue]),
            ],
            money_axis,
            whole=True,
        ),
        table(
            ("Month", "Orders", "Deals won"),
            revenue_rows(figures, fmt),
            widths=(1.4, 3, 3),
            numeric=(1, 2),
        ),
        note("Two series side by side, never added: an order may come from a won deal."),
    )
    story.append(Spacer(1, 4))
    story += section(
        "Tickets per week",
        bar_chart(
            "Tickets opened and resolved, weeks from Monday",
            # Day/month: twelve medium dates side by side overlap.
            [f"{w.week.day}/{w.week.month}" for w in figures.tickets_per_week],
            [
                ("Opened", [float(w.opened) for w in figures.tickets_per_week]),
                ("Resolved", [float(w.resolved) for w in figures.tickets_per_week]),
            ],
            count_axis,
            whole=True,
        ),
        table(
            ("Week of", "Opened", "Resolved"),
            week_rows(figures, fmt),
            widths=(2, 1, 1),
            numeric=(1, 2),
        ),
    )
    csv_rows: list[Sequence[object]] = [
        ("Figure", r.name, r.value, r.previous, r.change) for r in rows
    ]
    csv_rows += [("Pipeline by stage", *row, "") for row in stage_rows(figures, fmt)]
    csv_rows += [("Revenue by month", *row, "") for row in revenue_rows(figures, fmt)]
    csv_rows += [("Tickets per week", *row, "") for row in week_rows(figures, fmt)]
    return ReportContent(story=story, csv_header=CSV_HEADER, csv_rows=csv_rows)


def _in(amounts: Sequence[Money], currency: str) -> float:
    """One currency's amount of a month, for a bar (the others are in the table)."""
    return sum(major(m.minor, m.currency) for m in amounts if m.currency == currency)

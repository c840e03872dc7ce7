"""Dashboard report: the dashboard's figures and charts on paper, for a period."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Spacer

from crm_desktop.domain.money import Money
from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate
from crm_desktop.reports.charts import bar_chart
from crm_desktop.reports.dashboard_rows import figure_rows, revenue_rows, stage_rows, week_rows
from crm_desktop.reports.formats import Formats, major
from crm_desktop.reports.labels import translated
from crm_desktop.reports.options import ReportContent, ReportOptions
from crm_desktop.reports.pdf import note, section, table
from crm_desktop.services.dashboard import dashboard
from crm_desktop.storage.database import Database

CSV_HEADER = (
    QT_TRANSLATE_NOOP("reports", "Section"),
    QT_TRANSLATE_NOOP("reports", "Item"),
    QT_TRANSLATE_NOOP("reports", "Value"),
    QT_TRANSLATE_NOOP("reports", "Previous period"),
    QT_TRANSLATE_NOOP("reports", "Change"),
)


def build(db: Database, options: ReportOptions, fmt: Formats) -> ReportContent:
    assert options.period is not None
    figures = dashboard(db, options.period)
    main = figures.default_currency
    rows = figure_rows(figures, fmt)
    compared = translate(
        "reports",
        "Compared with {start} – {end}. Open deals, forecasts, open and overdue tickets and"
        " tasks are as of {today}.",
    ).format(
        start=fmt.day(figures.previous.start),
        end=fmt.day(figures.previous.end),
        today=fmt.day(figures.today),
    )
    story: list[Flowable] = [
        table(
            (
                translate("reports", "Figure"),
                translate("reports", "Value"),
                translate("reports", "Previous period"),
                translate("reports", "Change"),
            ),
            [(r.name, r.value, r.previous, r.change) for r in rows],
            widths=(2.2, 2.4, 1.8, 0.9),
            numeric=(1, 2, 3),
        ),
        note(compared),
    ]
    if figures.other_currencies:
        story.append(
            note(
                translate(
                    "reports",
                    "Amounts are listed per currency ({currencies}) and never added across;"
                    " the charts draw {currency} only.",
                ).format(currencies=", ".join(figures.currencies), currency=main)
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
    by_stage = translate("reports", "Pipeline by stage")
    story += section(
        by_stage,
        bar_chart(
            translate("reports", "Value by stage, {currency}").format(currency=main),
            [s.stage for s in figures.pipeline],
            [(main, stage_values)],
            money_axis,
            whole=True,
        ),
        table(
            (
                translate("reports", "Stage"),
                translate("reports", "Deals"),
                translate("reports", "Value"),
            ),
            stage_rows(figures, fmt),
            widths=(2, 1, 4),
            numeric=(1, 2),
        ),
        note(
            translate(
                "reports", "Open deals as they stand now; won and lost deals closed in the period."
            )
        ),
    )
    months = [fmt.month(m.month) for m in figures.revenue]
    orders, won = translate("reports", "Orders"), translate("reports", "Deals won")
    by_month = translate("reports", "Revenue by month")
    story += section(
        by_month,
        bar_chart(
            translate("reports", "Orders placed and deals won, {currency}").format(currency=main),
            months,
            [
                (orders, [_in(m.orders, main) for m in figures.revenue]),
                (won, [_in(m.won_deals, main) for m in figures.revenue]),
            ],
            money_axis,
            whole=True,
        ),
        table(
            (translate("reports", "Month"), orders, won),
            revenue_rows(figures, fmt),
            widths=(1.4, 3, 3),
            numeric=(1, 2),
        ),
        note(
            translate(
                "reports",
                "Two series side by side, never added: an order may come from a won deal.",
            )
        ),
    )
    story.append(Spacer(1, 4))
    opened, resolved = translate("reports", "Opened"), translate("reports", "Resolved")
    per_week = translate("reports", "Tickets per week")
    story += section(
        per_week,
        bar_chart(
            translate("reports", "Tickets opened and resolved, weeks from Monday"),
            # Short numeric days: twelve medium dates side by side overlap.
            [fmt.short_day(w.week) for w in figures.tickets_per_week],
            [
                (opened, [float(w.opened) for w in figures.tickets_per_week]),
                (resolved, [float(w.resolved) for w in figures.tickets_per_week]),
            ],
            count_axis,
            whole=True,
        ),
        table(
            (translate("reports", "Week of"), opened, resolved),
            week_rows(figures, fmt),
            widths=(2, 1, 1),
            numeric=(1, 2),
        ),
    )
    figure = translate("reports", "Figure")
    csv_rows: list[Sequence[object]] = [
        (figure, r.name, r.value, r.previous, r.change) for r in rows
    ]
    csv_rows += [(by_stage, *row, "") for row in stage_rows(figures, fmt)]
    csv_rows += [(by_month, *row, "") for row in revenue_rows(figures, fmt)]
    csv_rows += [(per_week, *row, "") for row in week_rows(figures, fmt)]
    return ReportContent(story=story, csv_header=translated(CSV_HEADER), csv_rows=csv_rows)


def _in(amounts: Sequence[Money], currency: str) -> float:
    """One currency's amount of a month, for a bar (the others are in the table)."""
    return sum(major(m.minor, m.currency) for m in amounts if m.currency == currency)

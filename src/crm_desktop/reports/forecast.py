"""Forecast report: weighted expected revenue of open deals by month of expected close."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Spacer

from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate
from crm_desktop.reports.charts import bar_chart
from crm_desktop.reports.formats import Formats, major
from crm_desktop.reports.labels import translated
from crm_desktop.reports.options import ReportContent, ReportOptions, view_filter_of
from crm_desktop.reports.pdf import key_figures, note, section, table
from crm_desktop.services.sales_figures import CurrencyTotal, Forecast, forecast_by_month
from crm_desktop.storage.database import Database

CSV_HEADER = (
    QT_TRANSLATE_NOOP("reports", "Month"),
    QT_TRANSLATE_NOOP("reports", "Currency"),
    QT_TRANSLATE_NOOP("reports", "Deals"),
    QT_TRANSLATE_NOOP("reports", "Value"),
    QT_TRANSLATE_NOOP("reports", "Weighted value"),
)


def _charts(forecast: Forecast, fmt: Formats) -> list[Flowable]:
    charts: list[Flowable] = []
    for total in forecast.totals:
        currency = total.currency
        empty = CurrencyTotal(currency, 0, 0, 0)
        months = [
            next((t for t in m.totals if t.currency == currency), empty) for m in forecast.months
        ]
        charts += [
            bar_chart(
                translate("reports", "Expected revenue by month, {currency}").format(
                    currency=currency
                ),
                [fmt.month(m.month) for m in forecast.months],
                [
                    (
                        translate("reports", "Weighted value"),
                        [major(t.weighted_minor, currency) for t in months],
                    ),
                    (
                        translate("reports", "Full value"),
                        [major(t.value_minor, currency) for t in months],
                    ),
                ],
                fmt.compact,
            ),
            Spacer(1, 4),
        ]
    # No spacer after the last chart: one left over would make an empty page.
    return charts[:-1]


def build(db: Database, options: ReportOptions, fmt: Formats) -> ReportContent:
    assert options.period is not None
    forecast = forecast_by_month(db, options.period, view=view_filter_of(db, options))
    figures = [
        (
            translate("reports", "Open deals expected"),
            fmt.number(sum(t.count for t in forecast.totals)),
        )
    ]
    figures += [
        (
            translate("reports", "Weighted forecast, {currency}").format(currency=t.currency),
            fmt.money(t.weighted_minor, t.currency),
        )
        for t in forecast.totals
    ]
    rows: list[list[str]] = []
    csv_rows: list[Sequence[object]] = []
    for month in forecast.months:
        label = fmt.month(month.month)
        if not month.totals:
            rows.append([label, "", "0", "–", "–"])
        for t in month.totals:
            rows.append(
                [
                    label,
                    t.currency,
                    fmt.number(t.count),
                    fmt.money(t.value_minor, t.currency),
                    fmt.money(t.weighted_minor, t.currency),
                ]
            )
            csv_rows.append(
                (
                    month.month.isoformat()[:7],
                    t.currency,
                    t.count,
                    fmt.amount(t.value_minor, t.currency),
                    fmt.amount(t.weighted_minor, t.currency),
                )
            )
    for t in forecast.totals:
        rows.append(
            [
                translate("reports", "Total"),
                t.currency,
                fmt.number(t.count),
                fmt.money(t.value_minor, t.currency),
                fmt.money(t.weighted_minor, t.currency),
            ]
        )
    story: list[Flowable] = [key_figures(figures)]
    story += section(
        translate("reports", "Expected revenue by month"),
        table(
            (
                translate("reports", "Month"),
                translate("reports", "Currency"),
                translate("reports", "Deals"),
                translate("reports", "Value"),
                translate("reports", "Weighted value"),
            ),
            rows,
            widths=(1.6, 1, 0.8, 1.8, 1.8),
            numeric=(2, 3, 4),
            total_rows=len(forecast.totals),
        ),
        note(_explain(forecast, fmt)),
    )
    if forecast.totals:
        story += section(translate("reports", "Charts"), *_charts(forecast, fmt))
    return ReportContent(story=story, csv_header=translated(CSV_HEADER), csv_rows=csv_rows)


def _explain(forecast: Forecast, fmt: Formats) -> str:
    undated, overdue = forecast.undated_count, forecast.overdue_count
    # Two source texts until an English catalogue supplies the plural forms (as the GUI does).
    without = (
        translate("reports", "%n open deal without an expected close date", "", undated)
        if undated == 1
        else translate("reports", "%n open deals without an expected close date", "", undated)
    )
    past = (
        translate("reports", "%n still open past an expected date before the period", "", overdue)
        if overdue == 1
        else translate(
            "reports", "%n still open past expected dates before the period", "", overdue
        )
    )
    return translate(
        "reports",
        "Open deals by the month of their expected close date, weighted by their"
        " probability. Not included: {without} and {past}."
        " Amounts in different currencies are never added together.",
    ).format(without=without, past=past)

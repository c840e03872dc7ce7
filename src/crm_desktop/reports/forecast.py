"""Forecast report: weighted expected revenue of open deals by month of expected close."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Spacer

from crm_desktop.domain.wording import ngettext
from crm_desktop.reports.charts import bar_chart
from crm_desktop.reports.formats import Formats, major
from crm_desktop.reports.options import ReportContent, ReportOptions, view_filter_of
from crm_desktop.reports.pdf import key_figures, note, section, table
from crm_desktop.services.sales_figures import CurrencyTotal, Forecast, forecast_by_month
from crm_desktop.storage.database import Database

CSV_HEADER = ("Month", "Currency", "Deals", "Value", "Weighted value")


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
                f"Expected revenue by month, {currency}",
                [fmt.month(m.month) for m in forecast.months],
                [
                    ("Weighted value", [major(t.weighted_minor, currency) for t in months]),
                    ("Full value", [major(t.value_minor, currency) for t in months]),
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
    figures = [("Open deals expected", fmt.number(sum(t.count for t in forecast.totals)))]
    figures += [
        (f"Weighted forecast, {t.currency}", fmt.money(t.weighted_minor, t.currency))
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
                    fmt.plain_amount(t.value_minor, t.currency),
                    fmt.plain_amount(t.weighted_minor, t.currency),
                )
            )
    for t in forecast.totals:
        rows.append(
            [
                "Total",
                t.currency,
                fmt.number(t.count),
                fmt.money(t.value_minor, t.currency),
                fmt.money(t.weighted_minor, t.currency),
            ]
        )
    story: list[Flowable] = [key_figures(figures)]
    story += section(
        "Expected revenue by month",
        table(
            ("Month", "Currency", "Deals", "Value", "Weighted value"),
            rows,
            widths=(1.6, 1, 0.8, 1.8, 1.8),
            numeric=(2, 3, 4),
            total_rows=len(forecast.totals),
        ),
        note(_explain(forecast, fmt)),
    )
    if forecast.totals:
        story += section("Charts", *_charts(forecast, fmt))
    return ReportContent(story=story, csv_header=CSV_HEADER, csv_rows=csv_rows)


def _explain(forecast: Forecast, fmt: Formats) -> str:
    undated, overdue = forecast.undated_count, forecast.overdue_count
    without = ngettext(
        "{n} open deal without an expected close date",
        "{n} open deals without an expected close date",
        undated,
    ).format(n=fmt.number(undated))
    past = ngettext(
        "{n} still open past an expected date before the period",
        "{n} still open past expected dates before the period",
        overdue,
    ).format(n=fmt.number(overdue))
    return (
        "Open deals by the month of their expected close date, weighted by their"
        f" probability. Not included: {without} and {past}."
        " Amounts in different currencies are never added together."
    )

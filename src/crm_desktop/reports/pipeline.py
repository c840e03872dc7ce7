"""Pipeline report: deals by stage with count, value and weighted value, and a chart."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from reportlab.platypus import Flowable, Spacer

from crm_desktop.domain.periods import Period
from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate
from crm_desktop.reports.charts import bar_chart
from crm_desktop.reports.formats import Formats, major
from crm_desktop.reports.labels import outcome_label, translated
from crm_desktop.reports.options import ReportContent, ReportOptions, view_filter_of
from crm_desktop.reports.pdf import key_figures, note, section, table
from crm_desktop.services.sales_figures import CurrencyTotal, StageFigure, pipeline_by_stage
from crm_desktop.storage.database import Database

CSV_HEADER = (
    QT_TRANSLATE_NOOP("reports", "Pipeline"),
    QT_TRANSLATE_NOOP("reports", "Stage"),
    QT_TRANSLATE_NOOP("reports", "Outcome"),
    QT_TRANSLATE_NOOP("reports", "Stage probability %"),
    QT_TRANSLATE_NOOP("reports", "Currency"),
    QT_TRANSLATE_NOOP("reports", "Deals"),
    QT_TRANSLATE_NOOP("reports", "Value"),
    QT_TRANSLATE_NOOP("reports", "Weighted value"),
)
MAX_CHARTS = 4


def _open_totals(stages: Sequence[StageFigure]) -> dict[str, list[int]]:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for stage in stages:
        if stage.outcome != "open":
            continue
        for t in stage.totals:
            totals[t.currency][0] += t.count
            totals[t.currency][1] += t.value_minor
            totals[t.currency][2] += t.weighted_minor
    return dict(sorted(totals.items()))


def _charts(stages: Sequence[StageFigure], fmt: Formats) -> list[Flowable]:
    """One chart per pipeline and currency: value and weighted value of each stage."""
    charts: list[Flowable] = []
    pipelines: dict[int, list[StageFigure]] = defaultdict(list)
    for stage in stages:
        pipelines[stage.pipeline_id].append(stage)
    for members in pipelines.values():
        for currency in sorted({t.currency for s in members for t in s.totals}):
            found = {s.stage_id: t for s in members for t in s.totals if t.currency == currency}
            empty = CurrencyTotal(currency, 0, 0, 0)
            totals = [found.get(s.stage_id, empty) for s in members]
            charts += [
                bar_chart(
                    translate("reports", "{pipeline}: value by stage, {currency}").format(
                        pipeline=members[0].pipeline, currency=currency
                    ),
                    [s.stage for s in members],
                    [
                        (
                            translate("reports", "Value"),
                            [major(t.value_minor, currency) for t in totals],
                        ),
                        (
                            translate("reports", "Weighted value"),
                            [major(t.weighted_minor, currency) for t in totals],
                        ),
                    ],
                    fmt.compact,
                ),
                Spacer(1, 4),
            ]
    # No spacer after the last chart: one left over would make an empty page.
    return charts[: 2 * MAX_CHARTS][:-1]


def build(db: Database, options: ReportOptions, fmt: Formats) -> ReportContent:
    period = options.period
    assert period is not None
    stages = pipeline_by_stage(db, period, view=view_filter_of(db, options))
    several = len({s.pipeline_id for s in stages}) > 1
    open_totals = _open_totals(stages)
    figures = [
        (translate("reports", "Open deals"), fmt.number(sum(v[0] for v in open_totals.values())))
    ]
    for currency, (_, value, weighted) in open_totals.items():
        figures += [
            (
                translate("reports", "Open value, {currency}").format(currency=currency),
                fmt.money(value, currency),
            ),
            (
                translate("reports", "Weighted value, {currency}").format(currency=currency),
                fmt.money(weighted, currency),
            ),
        ]
    rows: list[list[str]] = []
    csv_rows: list[Sequence[object]] = []
    for s in stages:
        name = f"{s.pipeline}: {s.stage}" if several else s.stage
        chance = fmt.percent(s.probability / 100, decimals=0)
        kind = chance if s.outcome == "open" else outcome_label(s.outcome)
        outcome = outcome_label(s.outcome)
        if not s.totals:
            rows.append([name, kind, "0", "", "–", "–"])
            csv_rows.append((s.pipeline, s.stage, outcome, s.probability, "", 0, "", ""))
        for t in s.totals:
            rows.append(
                [
                    name,
                    kind,
                    fmt.number(t.count),
                    t.currency,
                    fmt.money(t.value_minor, t.currency),
                    fmt.money(t.weighted_minor, t.currency),
                ]
            )
            csv_rows.append(
                (
                    s.pipeline,
                    s.stage,
                    outcome,
                    s.probability,
                    t.currency,
                    t.count,
                    fmt.amount(t.value_minor, t.currency),
                    fmt.amount(t.weighted_minor, t.currency),
                )
            )
    for currency, (count, value, weighted) in open_totals.items():
        rows.append(
            [
                translate("reports", "Open pipeline"),
                "",
                fmt.number(count),
                currency,
                fmt.money(value, currency),
                fmt.money(weighted, currency),
            ]
        )
    story: list[Flowable] = [key_figures(figures)]
    story += section(
        translate("reports", "Deals by stage"),
        table(
            (
                translate("reports", "Stage"),
                translate("reports", "Probability"),
                translate("reports", "Deals"),
                translate("reports", "Currency"),
                translate("reports", "Value"),
                translate("reports", "Weighted value"),
            ),
            rows,
            widths=(2.2, 1.4, 0.8, 1.2, 1.8, 1.8),
            numeric=(1, 2, 4, 5),
            total_rows=len(open_totals),
        ),
        note(_explain(period, fmt)),
    )
    story += section(translate("reports", "Charts"), *_charts(stages, fmt))
    return ReportContent(story=story, csv_header=translated(CSV_HEADER), csv_rows=csv_rows)


def _explain(period: Period, fmt: Formats) -> str:
    return translate(
        "reports",
        "Open stages show every open deal as it stands now; Won and Lost show deals closed"
        " from {start} to {end}. Weighted value is value times the deal's probability (its"
        " stage's unless set on the deal). Amounts in different currencies are never added"
        " together.",
    ).format(start=fmt.day(period.start), end=fmt.day(period.end))

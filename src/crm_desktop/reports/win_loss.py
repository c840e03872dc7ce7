"""Win-loss report: win rate, average sales cycle and why deals were lost."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate
from crm_desktop.reports.formats import Formats
from crm_desktop.reports.labels import translated
from crm_desktop.reports.options import ReportContent, ReportOptions, view_filter_of
from crm_desktop.reports.pdf import key_figures, note, section, table
from crm_desktop.services.sales_figures import win_loss
from crm_desktop.storage.database import Database

# Figures of several shapes in one file: what, which one, in what currency, how much.
CSV_HEADER = (
    QT_TRANSLATE_NOOP("reports", "Section"),
    QT_TRANSLATE_NOOP("reports", "Item"),
    QT_TRANSLATE_NOOP("reports", "Currency"),
    QT_TRANSLATE_NOOP("reports", "Value"),
)


def build(db: Database, options: ReportOptions, fmt: Formats) -> ReportContent:
    assert options.period is not None
    figures = win_loss(db, options.period, view=view_filter_of(db, options))
    story: list[Flowable] = [
        key_figures(
            [
                (translate("reports", "Deals won"), fmt.number(figures.won_count)),
                (translate("reports", "Deals lost"), fmt.number(figures.lost_count)),
                (translate("reports", "Win rate"), fmt.percent(figures.win_rate)),
                (translate("reports", "Average cycle, won"), fmt.days(figures.won_cycle_days)),
                (translate("reports", "Average cycle, lost"), fmt.days(figures.lost_cycle_days)),
            ]
        )
    ]
    currencies = sorted({t.currency for t in (*figures.won, *figures.lost)})
    won = {t.currency: t for t in figures.won}
    lost = {t.currency: t for t in figures.lost}
    rows = []
    for c in currencies:
        w, lo = won.get(c), lost.get(c)
        rows.append(
            [
                c,
                fmt.number(w.count if w else 0),
                fmt.money(w.value_minor if w else 0, c),
                fmt.number(lo.count if lo else 0),
                fmt.money(lo.value_minor if lo else 0, c),
            ]
        )
    story += section(
        translate("reports", "Value won and lost"),
        table(
            (
                translate("reports", "Currency"),
                translate("reports", "Won"),
                translate("reports", "Value won"),
                translate("reports", "Lost"),
                translate("reports", "Value lost"),
            ),
            rows,
            widths=(1, 0.8, 1.8, 0.8, 1.8),
            numeric=(1, 2, 3, 4),
        ),
        note(
            translate(
                "reports",
                "Deals closed in the period. The win rate is won deals over all closed deals;"
                " the cycle runs from a deal's creation to its close.",
            )
        ),
    )
    lost_total = figures.lost_count or 1
    reasons = [
        [r.reason, fmt.number(r.count), fmt.percent(r.count / lost_total)]
        for r in figures.lost_reasons
    ]
    story += section(
        translate("reports", "Why deals were lost"),
        table(
            (
                translate("reports", "Reason"),
                translate("reports", "Deals"),
                translate("reports", "Share of lost"),
            ),
            reasons,
            widths=(4, 1, 1.2),
            numeric=(1, 2),
        ),
    )
    deals, cycle = translate("reports", "Deals"), translate("reports", "Cycle days")
    won_word, lost_word = translate("reports", "Won"), translate("reports", "Lost")
    win_rate = "" if figures.win_rate is None else round(figures.win_rate, 4)
    csv_rows: list[Sequence[object]] = [
        (deals, won_word, "", figures.won_count),
        (deals, lost_word, "", figures.lost_count),
        (deals, translate("reports", "Win rate"), "", win_rate),
        (cycle, won_word, "", _rounded(figures.won_cycle_days)),
        (cycle, lost_word, "", _rounded(figures.lost_cycle_days)),
    ]
    csv_rows += [
        (translate("reports", "Value won"), "", t.currency, fmt.amount(t.value_minor, t.currency))
        for t in figures.won
    ]
    csv_rows += [
        (translate("reports", "Value lost"), "", t.currency, fmt.amount(t.value_minor, t.currency))
        for t in figures.lost
    ]
    lost_reason = translate("reports", "Lost reason")
    csv_rows += [(lost_reason, r.reason, "", r.count) for r in figures.lost_reasons]
    return ReportContent(story=story, csv_header=translated(CSV_HEADER), csv_rows=csv_rows)


def _rounded(days: float | None) -> object:
    return "" if days is None else round(days, 2)

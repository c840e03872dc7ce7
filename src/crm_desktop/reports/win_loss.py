"""Win-loss report: win rate, average sales cycle and why deals were lost."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from crm_desktop.reports.formats import Formats
from crm_desktop.reports.options import ReportContent, ReportOptions, view_filter_of
from crm_desktop.reports.pdf import key_figures, note, section, table
from crm_desktop.services.sales_figures import win_loss
from crm_desktop.storage.database import Database

# Figures of several shapes in one file: what, which one, in what currency, how much.
CSV_HEADER = ("Section", "Item", "Currency", "Value")


def build(db: Database, options: ReportOptions, fmt: Formats) -> ReportContent:
    assert options.period is not None
    figures = win_loss(db, options.period, view=view_filter_of(db, options))
    story: list[Flowable] = [
        key_figures(
            [
                ("Deals won", fmt.number(figures.won_count)),
                ("Deals lost", fmt.number(figures.lost_count)),
                ("Win rate", fmt.percent(figures.win_rate)),
                ("Average cycle, won", fmt.days(figures.won_cycle_days)),
                ("Average cycle, lost", fmt.days(figures.lost_cycle_days)),
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
        "Value won and lost",
        table(
            ("Currency", "Won", "Value won", "Lost", "Value lost"),
            rows,
            widths=(1, 0.8, 1.8, 0.8, 1.8),
            numeric=(1, 2, 3, 4),
        ),
        note(
            "Deals closed in the period. The win rate is won deals over all closed deals;"
            " the cycle runs from a deal's creation to its close."
        ),
    )
    lost_total = figures.lost_count or 1
    reasons = [
        [r.reason, fmt.number(r.count), fmt.percent(r.count / lost_total)]
        for r in figures.lost_reasons
    ]
    story += section(
        "Why deals were lost",
        table(("Reason", "Deals", "Share of lost"), reasons, widths=(4, 1, 1.2), numeric=(1, 2)),
    )
    csv_rows: list[Sequence[object]] = [
        ("Deals", "Won", "", figures.won_count),
        ("Deals", "Lost", "", figures.lost_count),
        ("Deals", "Win rate", "", "" if figures.win_rate is None else round(figures.win_rate, 4)),
        ("Cycle days", "Won", "", _rounded(figures.won_cycle_days)),
        ("Cycle days", "Lost", "", _rounded(figures.lost_cycle_days)),
    ]
    csv_rows += [
        ("Value won", "", t.currency, fmt.plain_amount(t.value_minor, t.currency))
        for t in figures.won
    ]
    csv_rows += [
        ("Value lost", "", t.currency, fmt.plain_amount(t.value_minor, t.currency))
        for t in figures.lost
    ]
    csv_rows += [("Lost reason", r.reason, "", r.count) for r in figures.lost_reasons]
    return ReportContent(story=story, csv_header=CSV_HEADER, csv_rows=csv_rows)


def _rounded(days: float | None) -> object:
    return "" if days is None else round(days, 2)

"""The dashboard's figures as rows of text (name, value, previous period, change).

Shared by ``crm stats`` and the dashboard PDF so both say the same thing.
Money is listed per currency ("380,00 € · 400,00 SEK"), never added across.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from crm_desktop.domain.money import Money
from crm_desktop.i18n import translate
from crm_desktop.reports.formats import Formats
from crm_desktop.services.dashboard import Change, Dashboard
from crm_desktop.services.sales_figures import CurrencyTotal

SEPARATOR = " · "


@dataclass(frozen=True)
class FigureRow:
    name: str
    value: str
    previous: str = ""  # the same figure in the previous period; "" when not compared
    # "▲ 12.5%", "▼ 3.0%", "▲ 41.7 pp" for a ratio, "" when there is no base to compare with
    change: str = ""


def change_text(change: Change, fmt: Formats) -> str:
    points = change.points
    if points is not None:
        # A share changes by percentage points: "▲ 41.7 pp", not "▲ 125.0%".
        if round(points, 1) == 0:
            return ""
        arrow = "▲" if points > 0 else "▼"
        return f"{arrow} {fmt.points(abs(points))}"
    percent = change.percent
    if percent is None or percent == 0:
        return ""
    arrow = "▲" if percent > 0 else "▼"
    return f"{arrow} {fmt.percent(abs(percent) / 100)}"


def _amounts(totals: Sequence[CurrencyTotal], fmt: Formats, weighted: bool = False) -> str:
    return (
        SEPARATOR.join(
            fmt.money(t.weighted_minor if weighted else t.value_minor, t.currency) for t in totals
        )
        or "–"
    )


def _compared(name: str, change: Change, shown: Callable[[float], str], fmt: Formats) -> FigureRow:
    def text(value: float | None) -> str:
        return "–" if value is None else shown(value)

    return FigureRow(name, text(change.current), text(change.previous), change_text(change, fmt))


def figure_rows(figures: Dashboard, fmt: Formats) -> list[FigureRow]:
    """Every tile of the dashboard, in its order, as text."""
    f = figures
    rows = [
        FigureRow(translate("reports", "Open pipeline"), _amounts(f.open_pipeline, fmt)),
        FigureRow(
            translate("reports", "Open pipeline, weighted"),
            _amounts(f.open_pipeline, fmt, weighted=True),
        ),
        FigureRow(translate("reports", "Open deals"), fmt.number(f.open_deals)),
        FigureRow(
            translate("reports", "Forecast this month (weighted)"),
            _amounts(f.forecast_month, fmt, True),
        ),
        FigureRow(
            translate("reports", "Forecast this quarter (weighted)"),
            _amounts(f.forecast_quarter, fmt, True),
        ),
    ]
    if not f.won:
        rows.append(FigureRow(translate("reports", "Won"), "–", "–"))
    for won in f.won:
        rows.append(
            FigureRow(
                translate("reports", "Won ({currency})").format(currency=won.currency),
                fmt.money(won.current_minor, won.currency),
                fmt.money(won.previous_minor, won.currency),
                change_text(won.change, fmt),
            )
        )

    def count(value: float) -> str:
        return fmt.number(int(value))

    rows += [
        _compared(translate("reports", "Deals won"), f.won_count, count, fmt),
        _compared(translate("reports", "Win rate"), f.win_rate, fmt.percent, fmt),
        _compared(translate("reports", "Average sales cycle"), f.sales_cycle_days, fmt.days, fmt),
        FigureRow(translate("reports", "Tasks due today"), fmt.number(f.tasks_due_today)),
        FigureRow(translate("reports", "Open tickets"), fmt.number(f.open_tickets)),
        FigureRow(translate("reports", "Overdue tickets"), fmt.number(f.overdue_tickets)),
        _compared(translate("reports", "SLA breaches"), f.sla_breaches, count, fmt),
        _compared(translate("reports", "Tickets resolved"), f.tickets_resolved, count, fmt),
    ]
    return rows


def stage_rows(figures: Dashboard, fmt: Formats) -> list[tuple[str, str, str]]:
    """Pipeline by stage: name, deals, value per currency."""
    several = len({s.pipeline_id for s in figures.pipeline}) > 1
    return [
        (
            f"{s.pipeline}: {s.stage}" if several else s.stage,
            fmt.number(s.count),
            _amounts(s.totals, fmt),
        )
        for s in figures.pipeline
    ]


def revenue_rows(figures: Dashboard, fmt: Formats) -> list[tuple[str, str, str]]:
    """Revenue by month: month, orders placed, deals won (per currency, never added)."""

    def listed(amounts: Sequence[Money]) -> str:
        return SEPARATOR.join(fmt.money(m.minor, m.currency) for m in amounts) or "–"

    return [(fmt.month(m.month), listed(m.orders), listed(m.won_deals)) for m in figures.revenue]


def week_rows(figures: Dashboard, fmt: Formats) -> list[tuple[str, str, str]]:
    """Tickets per week: the Monday, opened, resolved."""
    return [
        (fmt.day(w.week), fmt.number(w.opened), fmt.number(w.resolved))
        for w in figures.tickets_per_week
    ]

"""The dashboard's figures: where the business stands in a period, against the one before.

Everything is computed in SQL and returned as one frozen ``Dashboard``; the
GUI, ``crm stats`` and the dashboard PDF all show this same object. Deal
figures come from ``sales_figures`` and ticket figures from ``ticket_figures``
so a number reads the same in a report and on the dashboard.

Money stays per currency (tuples sorted by code); nothing adds euros to
kronor. Charts that need one number per bar use the default currency and say
which other currencies they leave out (``Dashboard.other_currencies``).

What "revenue" means here: two series side by side, never added together,
because an order may come from a won deal: the totals of orders placed in each
month, and the values of deals won in each month.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from crm_desktop.domain.money import Money
from crm_desktop.domain.periods import Period, month_period, preset_period
from crm_desktop.domain.tickets import ACTIVE_STATUSES, TicketFilter
from crm_desktop.services.activities import count_tasks
from crm_desktop.services.sales_figures import (
    CurrencyTotal,
    StageFigure,
    WinLoss,
    forecast_by_month,
    pipeline_by_stage,
    win_loss,
)
from crm_desktop.services.settings import get_settings
from crm_desktop.services.ticket_figures import ticket_figures
from crm_desktop.services.tickets import count_tickets
from crm_desktop.storage.database import Database

# Period choices in the order the dashboard offers them.
DASHBOARD_PERIODS = (
    "this_month",
    "last_month",
    "this_quarter",
    "this_year",
    "last_30_days",
    "last_90_days",
)
# The charts look back at least this far, even when the period is shorter:
# one bar for "this month" would say nothing about a trend.
CHART_MONTHS = 12
CHART_WEEKS = 12


@dataclass(frozen=True)
class Change:
    """A number in the period and in the period before (None when undefined)."""

    current: float | None
    previous: float | None

    @property
    def ratio(self) -> bool:
        """Whether this is a share whose change is said in ``points`` (see RatioChange)."""
        return False

    @property
    def percent(self) -> float | None:
        """Relative change from the previous period in percent; None when there is no base."""
        if self.current is None or not self.previous:
            return None
        return (self.current - self.previous) / abs(self.previous) * 100

    @property
    def points(self) -> float | None:
        """A share's change in percentage points; None for plain numbers."""
        return None


@dataclass(frozen=True)
class RatioChange(Change):
    """A share (0..1, such as the win rate) in the period and the period before.

    Its change is said in percentage points (75 % against 33.3 % is +41.7 pp):
    a relative percent of a percent ("+125 %") misleads. The same fields as
    Change, so ``--json`` reads the same.
    """

    @property
    def ratio(self) -> bool:
        return True

    @property
    def percent(self) -> float | None:
        return None

    @property
    def points(self) -> float | None:
        if self.current is None or self.previous is None:
            return None
        return (self.current - self.previous) * 100


@dataclass(frozen=True)
class MoneyChange:
    """An amount of one currency in the period and in the period before."""

    currency: str
    current_minor: int
    previous_minor: int

    @property
    def change(self) -> Change:
        return Change(self.current_minor, self.previous_minor)


@dataclass(frozen=True)
class RevenueMonth:
    """What came in during one calendar month, per currency (two series, not added)."""

    month: date  # first day of the month
    orders: tuple[Money, ...]  # totals of orders placed in the month
    won_deals: tuple[Money, ...]  # values of deals won in the month


@dataclass(frozen=True)
class TicketWeek:
    week: date  # the Monday starting the week (UTC days)
    opened: int  # tickets created that week
    resolved: int  # tickets resolved that week, whenever created


@dataclass(frozen=True)
class Dashboard:
    period: Period
    previous: Period
    today: date
    default_currency: str
    # Now, whatever the period: open deals and their weighted value per currency.
    open_pipeline: tuple[CurrencyTotal, ...]
    open_deals: int
    # Weighted value of open deals expected to close this month / this quarter.
    forecast_month: tuple[CurrencyTotal, ...]
    forecast_quarter: tuple[CurrencyTotal, ...]
    # Deals closed in the period against the previous period.
    won: tuple[MoneyChange, ...]
    won_count: Change
    win_rate: RatioChange  # won / (won + lost), a fraction 0..1
    sales_cycle_days: Change  # average days from created to won
    # Tickets: open and overdue now; SLA breaches of tickets created in the period.
    open_tickets: int
    overdue_tickets: int
    sla_breaches: Change
    tickets_resolved: Change  # resolved in the period, whenever opened
    tasks_due_today: int
    # Chart series.
    pipeline: tuple[StageFigure, ...]  # open deals now, won/lost closed in the period
    revenue: tuple[RevenueMonth, ...]
    tickets_per_week: tuple[TicketWeek, ...]
    # Every currency any money figure uses, sorted; those a one-currency chart leaves out.
    currencies: tuple[str, ...]

    @property
    def other_currencies(self) -> tuple[str, ...]:
        return tuple(c for c in self.currencies if c != self.default_currency)


# -- periods ------------------------------------------------------------------


def dashboard_period(name: str, today: date) -> Period:
    """A dashboard period choice (``DASHBOARD_PERIODS``) as seen on ``today``.

    Raises:
        ValidationError: ``period`` when the name is not a choice.
    """
    if name.startswith("last_") and name.endswith("_days") and name in DASHBOARD_PERIODS:
        days = int(name.split("_")[1])
        return Period(today - timedelta(days=days - 1), today)
    return preset_period(name, today)


def previous_period(period: Period) -> Period:
    """The period just before: the same whole months before, else as many days before.

    November compares with October (31 days), a quarter with the quarter before,
    and "the last 30 days" with the 30 days before them.
    """
    months = period.months()
    if period.start.day == 1 and period.end == month_period(period.end).end:
        start = _months_before(period.start, len(months))
        end = period.start - timedelta(days=1)
        return Period(start, end)
    length = (period.end - period.start).days + 1
    return Period(period.start - timedelta(days=length), period.start - timedelta(days=1))


def _months_before(first: date, count: int) -> date:
    index = first.year * 12 + first.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)


def _quarter(today: date) -> Period:
    return preset_period("this_quarter", today)


# -- the figures ----------------------------------------------------------------


def dashboard(db: Database, period: Period | None = None) -> Dashboard:
    """Every dashboard figure for ``period`` (default: this month) as of ``db.now()``."""
    today = date.fromisoformat(db.now()[:10])
    period = period or month_period(today)
    previous = previous_period(period)
    settings = get_settings(db)
    # Each query takes the connection's lock by itself, not the whole computation:
    # on a large file that takes a few hundred milliseconds, and the GUI thread's
    # own reads must not wait for all of it.
    stages = pipeline_by_stage(db, period)
    now_deals, before_deals = win_loss(db, period), win_loss(db, previous)
    open_stages = [s for s in stages if s.outcome == "open"]
    tickets_now = ticket_figures(db, period)
    tickets_before = ticket_figures(db, previous)
    figures = Dashboard(
        period=period,
        previous=previous,
        today=today,
        default_currency=settings.default_currency,
        open_pipeline=_merge([t for s in open_stages for t in s.totals]),
        open_deals=sum(s.count for s in open_stages),
        forecast_month=forecast_by_month(db, month_period(today)).totals,
        forecast_quarter=forecast_by_month(db, _quarter(today)).totals,
        won=_won_changes(now_deals, before_deals),
        won_count=Change(now_deals.won_count, before_deals.won_count),
        win_rate=RatioChange(now_deals.win_rate, before_deals.win_rate),
        sales_cycle_days=Change(now_deals.won_cycle_days, before_deals.won_cycle_days),
        open_tickets=count_tickets(db, TicketFilter(status=ACTIVE_STATUSES)),
        overdue_tickets=count_tickets(db, TicketFilter(overdue=True)),
        sla_breaches=Change(tickets_now.breached, tickets_before.breached),
        tickets_resolved=Change(tickets_now.resolved, tickets_before.resolved),
        tasks_due_today=count_tasks(db, bucket="today", today=today),
        pipeline=tuple(stages),
        revenue=revenue_by_month(db, _chart_months(period)),
        tickets_per_week=tickets_per_week(db, _chart_weeks(period, today)),
        currencies=(),
    )
    return _with_currencies(figures, settings.default_currency)


def _merge(totals: list[CurrencyTotal]) -> tuple[CurrencyTotal, ...]:
    """Totals of several stages added per currency (never across currencies)."""
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for total in totals:
        entry = sums[total.currency]
        entry[0] += total.count
        entry[1] += total.value_minor
        entry[2] += total.weighted_minor
    return tuple(CurrencyTotal(code, *sums[code]) for code in sorted(sums))


def _won_changes(now: WinLoss, before: WinLoss) -> tuple[MoneyChange, ...]:
    current = {t.currency: t.value_minor for t in now.won}
    previous = {t.currency: t.value_minor for t in before.won}
    return tuple(
        MoneyChange(code, current.get(code, 0), previous.get(code, 0))
        for code in sorted(current.keys() | previous.keys())
    )


def _with_currencies(figures: Dashboard, default: str) -> Dashboard:
    codes = {default}
    codes |= {t.currency for t in figures.open_pipeline}
    codes |= {t.currency for t in figures.forecast_quarter}
    codes |= {m.currency for m in figures.won}
    for month in figures.revenue:
        codes |= {m.currency for m in (*month.orders, *month.won_deals)}
    return replace(figures, currencies=tuple(sorted(codes)))


def _chart_months(period: Period) -> Period:
    """The months a revenue chart shows: the period's, at least CHART_MONTHS up to its end."""
    last = month_period(period.end)
    first = min(period.start.replace(day=1), _months_before(last.start, CHART_MONTHS - 1))
    return Period(first, last.end)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _chart_weeks(period: Period, today: date) -> Period:
    """Whole weeks (Monday to Sunday) over the period, at least CHART_WEEKS up to its end.

    A period reaching past today ends with this week: the weeks after are empty.
    """
    last_monday = _monday(max(period.start, min(period.end, today)))
    first = min(_monday(period.start), last_monday - timedelta(weeks=CHART_WEEKS - 1))
    return Period(first, last_monday + timedelta(days=6))


def revenue_by_month(db: Database, months: Period) -> tuple[RevenueMonth, ...]:
    """Orders placed and deals won per calendar month of ``months``, per currency."""
    # Grouped by day in index order, then by month here: about three times
    # faster on 200,000 orders than grouping on substr() in SQL.
    orders = db.query(
        "SELECT ordered_on AS day, currency, sum(total_minor) AS total"
        " FROM orders WHERE deleted_at IS NULL AND ordered_on >= :start AND ordered_on <= :end"
        " GROUP BY ordered_on, currency",
        {"start": months.start.isoformat(), "end": months.end.isoformat()},
    )
    won = db.query(
        "SELECT substr(closed_at, 1, 7) AS day, currency, sum(value_minor) AS total"
        " FROM deals WHERE deleted_at IS NULL AND status = 'won'"
        " AND closed_at >= :start AND closed_at < :end GROUP BY day, currency",
        {"start": months.from_timestamp, "end": months.to_timestamp},
    )
    order_sums, won_sums = _by_month(orders), _by_month(won)
    return tuple(
        RevenueMonth(
            month=first,
            orders=order_sums.get(first.isoformat()[:7], ()),
            won_deals=won_sums.get(first.isoformat()[:7], ()),
        )
        for first in months.months()
    )


def _by_month(rows: list[dict[str, Any]]) -> dict[str, tuple[Money, ...]]:
    """{"YYYY-MM": amounts per currency, sorted by code} of rows with a day or month and a total."""
    sums: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        sums[row["day"][:7]][row["currency"]] += row["total"]
    return {
        month: tuple(Money(total, code) for code, total in sorted(per_currency.items()))
        for month, per_currency in sums.items()
    }


# SQLite's "weekday 1" moves forward to a Monday; six days back first lands on
# the Monday on or before the day.
_WEEK_SQL = "date({column}, '-6 days', 'weekday 1')"


def tickets_per_week(db: Database, weeks: Period) -> tuple[TicketWeek, ...]:
    """Tickets created and tickets resolved in each week (Monday to Sunday) of ``weeks``."""
    bounds = {"start": weeks.from_timestamp, "end": weeks.to_timestamp}
    counts: dict[str, dict[str, int]] = {}
    for column in ("created_at", "resolved_at"):
        week = _WEEK_SQL.format(column=column)
        counts[column] = {
            r["week"]: r["n"]
            for r in db.query(
                f"SELECT {week} AS week, count(*) AS n FROM tickets"
                f" WHERE deleted_at IS NULL AND {column} >= :start AND {column} < :end"
                " GROUP BY week",
                bounds,
            )
        }
    result = []
    monday = weeks.start
    while monday <= weeks.end:
        key = monday.isoformat()
        result.append(
            TicketWeek(monday, counts["created_at"].get(key, 0), counts["resolved_at"].get(key, 0))
        )
        monday += timedelta(weeks=1)
    return tuple(result)

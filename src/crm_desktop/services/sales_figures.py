"""Sales figures computed in SQL: pipeline by stage, forecast by month, win and loss.

Amounts stay per currency: every money figure is a tuple of ``CurrencyTotal``
(one per currency, sorted by code) and nothing here adds euros to kronor.
Counts of deals may be added across currencies; they are not money.

A deal's weight is its own probability when set, else its stage's; won deals
weigh 100 % and lost ones 0 %. Weighted values are rounded half up per deal
(``domain.pipeline.weighted_minor``) and then summed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from crm_desktop.domain.periods import Period
from crm_desktop.domain.saved_views import ViewFilter
from crm_desktop.services.view_filters import view_clause
from crm_desktop.storage.database import Database

# The probability a deal counts with, as deal_lists.py computes it.
PROBABILITY_SQL = (
    "(CASE d.status WHEN 'won' THEN 100 WHEN 'lost' THEN 0"
    " ELSE coalesce(d.probability, s.probability) END)"
)
# Per-deal weighted value, rounded half up like weighted_minor (values are never negative).
WEIGHTED_SQL = f"((d.value_minor * {PROBABILITY_SQL} + 50) / 100)"


@dataclass(frozen=True)
class CurrencyTotal:
    """Deals of one currency: how many, their value and weighted value in minor units."""

    currency: str
    count: int
    value_minor: int
    weighted_minor: int


@dataclass(frozen=True)
class StageFigure:
    """One stage of a pipeline with the deals it holds."""

    pipeline_id: int
    pipeline: str
    stage_id: int
    stage: str
    position: int
    outcome: str  # open | won | lost
    probability: int  # the stage's default, percent
    count: int  # deals of every currency
    totals: tuple[CurrencyTotal, ...]


@dataclass(frozen=True)
class ForecastMonth:
    """Open deals expected to close in one calendar month."""

    month: date  # first day of the month
    count: int
    totals: tuple[CurrencyTotal, ...]


@dataclass(frozen=True)
class Forecast:
    months: tuple[ForecastMonth, ...]  # every month of the period, empty ones too
    totals: tuple[CurrencyTotal, ...]  # the whole period
    undated_count: int  # open deals with no expected close date: not in the forecast
    overdue_count: int  # open deals expected to close before the period and still open


@dataclass(frozen=True)
class LostReason:
    reason: str
    count: int


@dataclass(frozen=True)
class WinLoss:
    """Deals closed (won or lost) within the period."""

    won_count: int
    lost_count: int
    win_rate: float | None  # won / (won + lost); None when nothing closed
    won_cycle_days: float | None  # average days from created to closed, won deals
    lost_cycle_days: float | None
    won: tuple[CurrencyTotal, ...]
    lost: tuple[CurrencyTotal, ...]
    lost_reasons: tuple[LostReason, ...]  # most frequent first


def _totals(rows: list[dict[str, Any]]) -> tuple[CurrencyTotal, ...]:
    return tuple(
        CurrencyTotal(r["currency"], r["n"], r["value"], r["weighted"])
        for r in sorted(rows, key=lambda r: r["currency"])
    )


def _deals_of(db: Database, view: ViewFilter | None) -> tuple[str, dict[str, object]]:
    """The ``AND d.id IN (...)`` narrowing the figures to a deal view's deals ("" without)."""
    return view_clause(view, "d.id", db.now()[:10], ("deals",))


def pipeline_by_stage(
    db: Database,
    period: Period | None = None,
    pipeline_id: int | None = None,
    view: ViewFilter | None = None,
) -> list[StageFigure]:
    """Every stage in board order with its deals, open ones as they stand now.

    Won and lost deals count when closed within ``period`` (all without a period).
    ``view``: only the deals of this saved view (smart list) of deals.

    Stages without deals are listed too (count 0), so a chart shows every column.
    """
    narrow, params = _deals_of(db, view)
    params |= {"pipeline": pipeline_id}
    # Open deals and closed ones as two queries glued together: each uses its
    # own index (open deals by stage; closed ones by closing time), where one
    # WHERE with an OR scans every deal.
    closed_filter = ""
    if period is not None:
        closed_filter = "AND d.closed_at >= :start AND d.closed_at < :end"
        params |= {"start": period.from_timestamp, "end": period.to_timestamp}
    select = (
        "SELECT d.stage_id, d.currency, count(*) AS n, sum(d.value_minor) AS value,"
        f" sum({WEIGHTED_SQL}) AS weighted FROM deals d JOIN stages s ON s.id = d.stage_id"
        " WHERE d.deleted_at IS NULL AND (:pipeline IS NULL OR d.pipeline_id = :pipeline)"
        f"{narrow}"
    )
    rows = db.query(
        f"{select} AND d.status = 'open' GROUP BY d.stage_id, d.currency"
        f" UNION ALL {select} AND d.status <> 'open' {closed_filter}"
        " GROUP BY d.stage_id, d.currency",
        params,
    )
    by_stage: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_stage[row["stage_id"]].append(row)
    stages = db.query(
        """
        SELECT s.id, s.name, s.position, s.outcome, s.probability, p.id AS pipeline_id,
               p.name AS pipeline
        FROM stages s JOIN pipelines p ON p.id = s.pipeline_id
        WHERE s.deleted_at IS NULL AND p.deleted_at IS NULL
          AND (:pipeline IS NULL OR p.id = :pipeline)
        ORDER BY p.position, p.id, s.position, s.id
        """,
        {"pipeline": pipeline_id},
    )
    return [
        StageFigure(
            pipeline_id=s["pipeline_id"],
            pipeline=s["pipeline"],
            stage_id=s["id"],
            stage=s["name"],
            position=s["position"],
            outcome=s["outcome"],
            probability=s["probability"],
            count=sum(r["n"] for r in by_stage[s["id"]]),
            totals=_totals(by_stage[s["id"]]),
        )
        for s in stages
    ]


def forecast_by_month(db: Database, period: Period, view: ViewFilter | None = None) -> Forecast:
    """Weighted expected revenue of open deals, by the month of their expected close date.

    ``view``: only the deals of this saved view of deals.
    """
    narrow, bounds = _deals_of(db, view)
    bounds |= {"start": period.start.isoformat(), "end": period.end.isoformat()}
    rows = db.query(
        f"""
        SELECT substr(d.expected_close_date, 1, 7) AS month, d.currency, count(*) AS n,
               sum(d.value_minor) AS value, sum({WEIGHTED_SQL}) AS weighted
        FROM deals d JOIN stages s ON s.id = d.stage_id
        WHERE d.deleted_at IS NULL AND d.status = 'open'
          AND d.expected_close_date >= :start AND d.expected_close_date <= :end {narrow}
        GROUP BY month, d.currency
        """,
        bounds,
    )
    by_month: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_currency: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        by_month[row["month"]].append(row)
        total = by_currency[row["currency"]]
        total[0] += row["n"]
        total[1] += row["value"]
        total[2] += row["weighted"]
    counts = db.query_one(
        f"""
        SELECT sum(d.expected_close_date IS NULL) AS undated,
               sum(d.expected_close_date < :start) AS overdue
        FROM deals d WHERE d.deleted_at IS NULL AND d.status = 'open' {narrow}
        """,
        bounds,
    )
    assert counts is not None
    months = tuple(
        ForecastMonth(
            month=first,
            count=sum(r["n"] for r in by_month[first.isoformat()[:7]]),
            totals=_totals(by_month[first.isoformat()[:7]]),
        )
        for first in period.months()
    )
    return Forecast(
        months=months,
        totals=tuple(CurrencyTotal(c, *by_currency[c]) for c in sorted(by_currency)),
        undated_count=counts["undated"] or 0,
        overdue_count=counts["overdue"] or 0,
    )


def win_loss(db: Database, period: Period, view: ViewFilter | None = None) -> WinLoss:
    """Win rate, sales cycle and lost reasons of the deals closed within ``period``.

    ``view``: only the deals of this saved view of deals.
    """
    narrow, bounds = _deals_of(db, view)
    bounds |= {"start": period.from_timestamp, "end": period.to_timestamp}
    closed = f"""
        FROM deals d JOIN stages s ON s.id = d.stage_id
        WHERE d.deleted_at IS NULL AND d.status IN ('won', 'lost')
          AND d.closed_at >= :start AND d.closed_at < :end {narrow}
    """
    rows = db.query(
        f"""
        SELECT d.status, d.currency, count(*) AS n, sum(d.value_minor) AS value,
               sum({WEIGHTED_SQL}) AS weighted
        {closed} GROUP BY d.status, d.currency
        """,
        bounds,
    )
    cycles = {
        r["status"]: (r["n"], r["days"])
        for r in db.query(
            "SELECT d.status, count(*) AS n,"
            " avg(julianday(d.closed_at) - julianday(d.created_at)) AS days"
            f" {closed} GROUP BY d.status",
            bounds,
        )
    }
    reasons = db.query(
        f"""
        SELECT coalesce(nullif(trim(d.lost_reason), ''), '(no reason given)') AS reason,
               count(*) AS n
        {closed} AND d.status = 'lost'
        GROUP BY reason ORDER BY n DESC, reason COLLATE NOCASE
        """,
        bounds,
    )
    won_count = cycles.get("won", (0, None))[0]
    lost_count = cycles.get("lost", (0, None))[0]
    decided = won_count + lost_count
    return WinLoss(
        won_count=won_count,
        lost_count=lost_count,
        win_rate=won_count / decided if decided else None,
        won_cycle_days=cycles.get("won", (0, None))[1],
        lost_cycle_days=cycles.get("lost", (0, None))[1],
        won=_totals([r for r in rows if r["status"] == "won"]),
        lost=_totals([r for r in rows if r["status"] == "lost"]),
        lost_reasons=tuple(LostReason(r["reason"], r["n"]) for r in reasons),
    )

"""Dashboard compute time on the scaled file (100,000 contacts, 50,000 deals, ...).

Computes every dashboard figure for "this month" as of the data's anchor day,
cold (first call after opening the file) and warm (median of several calls),
and how long each part takes so a slow one stands out.

Run alone: ``python bench/bench_dashboard.py``.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from _common import Figure, print_figures, timed
from crm_desktop.domain.periods import month_period
from crm_desktop.services import dashboard as dash
from crm_desktop.services.files import open_crm_file
from crm_desktop.storage.database import Database
from scaled_data import ANCHOR, scaled_file

BENCH = "dashboard"
TARGET_MS = 300.0
WARM_RUNS = 5


def _parts(db: Database, today: date) -> dict[str, Callable[[], Any]]:
    period = month_period(today)
    previous = dash.previous_period(period)
    from crm_desktop.domain.tickets import TicketFilter
    from crm_desktop.services.activities import count_tasks
    from crm_desktop.services.sales_figures import forecast_by_month, pipeline_by_stage, win_loss
    from crm_desktop.services.ticket_figures import ticket_figures
    from crm_desktop.services.tickets import count_tickets

    return {
        "pipeline by stage": lambda: pipeline_by_stage(db, period),
        "win/loss x2": lambda: (win_loss(db, period), win_loss(db, previous)),
        "forecast month+quarter": lambda: (
            forecast_by_month(db, period),
            forecast_by_month(db, dash.dashboard_period("this_quarter", today)),
        ),
        "ticket figures x2": lambda: (ticket_figures(db, period), ticket_figures(db, previous)),
        "open/overdue tickets": lambda: (
            count_tickets(db, TicketFilter(status=("new", "open", "pending"))),
            count_tickets(db, TicketFilter(overdue=True)),
        ),
        "tasks due today": lambda: count_tasks(db, bucket="today", today=today),
        "revenue by month": lambda: dash.revenue_by_month(db, dash._chart_months(period)),
        "tickets per week": lambda: dash.tickets_per_week(db, dash._chart_weeks(period, today)),
    }


def _median_ms(work: Callable[[], Any], runs: int = WARM_RUNS) -> tuple[float, float]:
    """Median wall time and median CPU time of ``runs`` calls, in milliseconds.

    SQLite runs in our process, so the CPU time is what the work costs on an
    idle machine; the wall time also counts waiting for a busy one.
    """
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        work()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def run() -> list[Figure]:
    with timed() as built:
        path = scaled_file()
    db = open_crm_file(path, user="bench")
    try:
        with db.clock_at(ANCHOR):
            with timed() as cold:
                figures = dash.dashboard(db)
            median, cpu = _median_ms(lambda: dash.dashboard(db))
            parts = []
            for name, part in _parts(db, ANCHOR.date()).items():
                part_wall, part_cpu = _median_ms(part)
                parts.append(
                    Figure(BENCH, f"  part: {name}", part_wall, "ms", f"CPU {part_cpu:.1f} ms")
                )
    finally:
        db.close()
    verdict = "met" if median < TARGET_MS else "MISSED"
    return [
        Figure(BENCH, "scaled file ready", built[0], "s", "built once, then reused from bench/out"),
        Figure(BENCH, "open deals", figures.open_deals, ""),
        Figure(BENCH, "first compute", cold[0] * 1000, "ms", "cold, just opened"),
        Figure(BENCH, "compute (median)", median, "ms", f"target {TARGET_MS:.0f} ms: {verdict}"),
        Figure(BENCH, "compute CPU (median)", cpu, "ms", "the same work on an idle machine"),
        *parts,
    ]


if __name__ == "__main__":
    print_figures(run())

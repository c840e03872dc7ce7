"""Customer analytics on the scaled file: RFM, at-risk, lead sources, upsell rules.

100,000 contacts, 200,000 orders (bench/scaled_data.py, built once and kept).
Target from the issue: the RFM segmentation in under 1 s. Each figure is the
best of three runs, so a stray hiccup of the shared machine does not count.

Run alone: ``python bench/bench_analytics.py``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TypeVar

from _common import Figure, print_figures
from crm_desktop.services.analytics.customer_value import customers_at_risk, spenders
from crm_desktop.services.analytics.lead_sources import lead_source_stats
from crm_desktop.services.analytics.rfm import rfm_report, rfm_scores
from crm_desktop.services.analytics.upsell import mine_rules, suggestions_for_all
from crm_desktop.services.files import open_crm_file
from scaled_data import ANCHOR, scaled_file

BENCH = "analytics"
TARGET_RFM_MS = 1000.0
RUNS = 3
T = TypeVar("T")


CPU_MS: dict[str, float] = {}  # best CPU time per figure, for the notes


def _best_ms(work: Callable[[], T], name: str = "") -> tuple[float, T]:
    """Best wall time of RUNS runs in ms (and the best CPU time kept in CPU_MS[name]).

    SQLite runs in this process, so the CPU time is what an idle machine
    spends; on a shared one the wall time also counts the wait for a core.
    """
    best = cpu = float("inf")
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = work()
        best = min(best, (time.perf_counter() - start) * 1000)
        cpu = min(cpu, (time.process_time() - start_cpu) * 1000)
    CPU_MS[name] = cpu
    return best, result


def run() -> list[Figure]:
    path = scaled_file()
    db = open_crm_file(path, user="bench")
    day = ANCHOR.date().isoformat()
    try:
        report_ms, report = _best_ms(lambda: rfm_report(db, as_of=day), "rfm")
        scores_ms, scores = _best_ms(lambda: rfm_scores(db, as_of=day))
        risk_ms, risk = _best_ms(lambda: customers_at_risk(db, as_of=day))
        top_ms, _ = _best_ms(lambda: spenders(db, limit=50))
        sources_ms, _ = _best_ms(lambda: lead_source_stats(db))
        rules_ms, rules = _best_ms(lambda: mine_rules(db))
        all_ms, _ = _best_ms(lambda: suggestions_for_all(db, limit=200))
    finally:
        db.close()
    customers = report.customers
    ok = "ok" if report_ms < TARGET_RFM_MS else "SLOW"
    return [
        Figure(
            BENCH,
            "RFM segments (counts)",
            report_ms,
            "ms",
            f"CPU {CPU_MS['rfm']:.0f} ms; target < 1 s: {ok}",
        ),
        Figure(BENCH, "RFM scores, every customer", scores_ms, "ms", f"{len(scores)} rows"),
        Figure(BENCH, "customers scored", customers, ""),
        Figure(BENCH, "customers at risk", risk_ms, "ms", f"{len(risk)} found"),
        Figure(BENCH, "top 50 spenders", top_ms, "ms"),
        Figure(BENCH, "lead sources", sources_ms, "ms"),
        Figure(BENCH, "association rules", rules_ms, "ms", f"{len(rules.rules)} rules"),
        Figure(BENCH, "upsell list (200)", all_ms, "ms"),
    ]


if __name__ == "__main__":
    print_figures(run())
    sys.exit(0)

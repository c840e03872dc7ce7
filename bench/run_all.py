"""Run every benchmark and print one summary table (``make bench``).

The scripts print figures; none of them asserts a time. Targets are shown
next to the figures they concern, so a slow machine still gets its numbers.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

import bench_analytics
import bench_contacts_bulk
import bench_dashboard
import bench_duplicates
import bench_gui
import bench_import
import bench_reports
import bench_search
import bench_shared
from _common import Figure, machine, print_figures

# In order: the search benchmark reuses the file the bulk benchmark writes.
BENCHES: list[tuple[str, Callable[[], list[Figure]]]] = [
    ("bench_contacts_bulk", bench_contacts_bulk.run),
    ("bench_search", bench_search.run),
    ("bench_duplicates", bench_duplicates.run),
    ("bench_gui", bench_gui.run),
    ("bench_shared", bench_shared.run),
    ("bench_import", bench_import.run),
    ("bench_reports", bench_reports.run),
    ("bench_dashboard", bench_dashboard.run),
    ("bench_analytics", bench_analytics.run),
]


def main() -> int:
    started = time.perf_counter()
    figures: list[Figure] = []
    failed: list[str] = []
    for name, run in BENCHES:
        print(f"running {name} ...", flush=True)
        begun = time.perf_counter()
        try:
            results = run()
        except Exception as error:  # a broken bench must not hide the others' figures
            failed.append(f"{name}: {type(error).__name__}: {error}")
            print(f"  FAILED: {error!r}", flush=True)
            continue
        print_figures(results)
        print(f"  ({time.perf_counter() - begun:.1f} s)", flush=True)
        figures += results

    print()
    print("crm-desktop benchmarks")
    for key, value in machine():
        print(f"  {key:<8} {value}")
    print()
    print_figures(figures)
    print(f"\ntotal {time.perf_counter() - started:.0f} s")
    for failure in failed:
        print(f"FAILED {failure}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

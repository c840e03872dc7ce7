"""Desktop app on 100,000 contacts: startup, search keystroke latency, memory.

Each figure is measured in a fresh offscreen process (bench/gui_probe.py),
against a baseline from the same run: an empty Qt window for startup and
memory, typing into a plain line edit for keystrokes.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import CONTACTS, SERVICE_FILE, Figure

BENCH = "gui"
PROBE = Path(__file__).resolve().parent / "gui_probe.py"
TARGET_STARTUP_S = 1.5
TARGET_KEY_MS = 50.0
TARGET_RSS_MB = 300.0
RUNS = 3


def _probe(mode: str, words: list[str] | None = None) -> tuple[dict[str, object], float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if words is not None:
        env["PROBE_WORDS"] = json.dumps(words)
    begin = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(PROBE), mode, str(SERVICE_FILE)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=True,
    )
    wall = time.perf_counter() - begin
    line = next(line for line in done.stdout.splitlines() if line.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT ")), wall


def _ensure_file() -> str:
    if SERVICE_FILE.exists():
        return "reused the bulk benchmark's file"
    import bench_contacts_bulk

    bench_contacts_bulk.run()
    return "written by bench_contacts_bulk"


def _surnames() -> list[str]:
    from crm_desktop.services.files import open_crm_file

    db = open_crm_file(SERVICE_FILE, user="bench")
    try:
        names = [r["last_name"] for r in db.query("SELECT last_name FROM contacts LIMIT 5000")]
    finally:
        db.close()
    rng = random.Random(7)
    return [rng.choice(names)[:6] for _ in range(40)]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _verdict(value: float, target: float) -> str:
    return "met" if value < target else "MISSED"


def run() -> list[Figure]:
    source = _ensure_file()
    bare = min(_probe("bare")[1] for _ in range(RUNS))
    startups = [_probe("startup") for _ in range(RUNS)]
    startup = min(wall for _, wall in startups)
    rows = startups[0][0]["rows"]
    memory, _ = _probe("memory")
    keys, _ = _probe("keys", _surnames())
    search_ms = [float(v) for v in keys["search_ms"]]  # type: ignore[union-attr]
    plain_ms = [float(v) for v in keys["plain_ms"]]  # type: ignore[union-attr]
    p95 = _percentile(search_ms, 0.95)
    scrolled = float(memory["rss_scrolled_mb"])  # type: ignore[arg-type]
    return [
        Figure(BENCH, "file", CONTACTS, "", f"contacts; {source}"),
        Figure(BENCH, "startup, empty Qt window (baseline)", bare, "s", f"best of {RUNS}"),
        Figure(
            BENCH,
            "startup to main window shown and filled",
            startup,
            "s",
            f"best of {RUNS}, {rows} rows on screen; target under {TARGET_STARTUP_S} s: "
            + _verdict(startup, TARGET_STARTUP_S),
        ),
        Figure(BENCH, "startup / baseline", startup / bare, "x"),
        Figure(
            BENCH, "keystroke, plain line edit p95 (baseline)", _percentile(plain_ms, 0.95), "ms"
        ),
        Figure(
            BENCH, "keystroke to search results painted p50", statistics.median(search_ms), "ms"
        ),
        Figure(
            BENCH,
            "keystroke to search results painted p95",
            p95,
            "ms",
            f"{len(search_ms)} keystrokes; target under {TARGET_KEY_MS:.0f} ms: "
            + _verdict(p95, TARGET_KEY_MS),
        ),
        Figure(BENCH, "memory, window shown", float(memory["rss_shown_mb"]), "MB"),  # type: ignore[arg-type]
        Figure(
            BENCH,
            "memory after scrolling every contact",
            scrolled,
            "MB",
            f"{memory['rows']} rows loaded; target under {TARGET_RSS_MB:.0f} MB: "
            + _verdict(scrolled, TARGET_RSS_MB),
        ),
    ]


if __name__ == "__main__":
    from _common import print_figures

    print_figures(run())

"""Import a generated CSV file of 100,000 contacts through the import service.

The file is an Italian export (semicolon-separated, UTF-8 with BOM, phones
as Italians write them, dates as 31/12/1970, 2,000 companies named in the
rows), read, mapped, checked, searched for duplicates and written in one
transaction by ``services.imports.run_import``. The baseline writes the very
same final rows (companies, contacts and index entries, read back from the
service's file) with bare ``executemany`` into a copy of the file as it was,
so the ratio is the whole cost of importing over the cost of storing.

The import runs in a child process so its peak memory (RSS) is its own.
Run alone: ``python bench/bench_import.py``.
"""

from __future__ import annotations

import csv
import json
import random
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from _common import (
    COMPANY_WORDS,
    CONTACTS,
    IT_CITIES,
    IT_FIRST,
    IT_LAST,
    IT_SUFFIXES,
    JOB_TITLES,
    MAIL_DOMAINS,
    OUT,
    SEED,
    Figure,
    ascii_word,
    fresh_database,
    italian_phone,
    print_figures,
    remove_file,
    timed,
)
from bench_contacts_bulk import _bare_insert, _new_rows, _rowids
from crm_desktop.services.imports import open_import, run_import

BENCH = "import csv"
CSV_FILE = OUT / "import_100k.csv"
IMPORT_FILE = OUT / "import_service.sqlite3"
BASELINE_FILE = OUT / "import_baseline.sqlite3"
TARGET_SECONDS = 10.0
MEMORY_LIMIT_MB = 600.0
HEADER = ("Nome", "Cognome", "Ragione sociale", "Qualifica", "Email", "Telefono", "Città",
          "CAP", "Data di nascita")  # fmt: skip


def write_csv(path: Path, count: int = CONTACTS) -> None:
    """Rows an Italian spreadsheet would hold; every e-mail unique, so none is a duplicate."""
    rng = random.Random(SEED)
    companies = [
        f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_WORDS)} {rng.choice(IT_SUFFIXES)}"
        for _ in range(2_000)
    ]
    OUT.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for number in range(count):
            first, last = rng.choice(IT_FIRST), rng.choice(IT_LAST)
            email = f"{ascii_word(first)}.{ascii_word(last)}{number}@{rng.choice(MAIL_DOMAINS)}"
            birthday = (
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1950, 2000)}"
                if rng.random() < 0.3
                else ""
            )
            writer.writerow(
                (first, last, rng.choice(companies), rng.choice(JOB_TITLES), email,
                 italian_phone(rng), rng.choice(IT_CITIES), f"{rng.randint(10, 98)}100", birthday)
            )  # fmt: skip


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def child() -> None:
    """The measured import; prints its figures as JSON on the last line."""
    db = fresh_database(IMPORT_FILE)
    remove_file(BASELINE_FILE)
    with sqlite3.connect(BASELINE_FILE) as copy:
        db.conn.backup(copy)
    copy.close()
    before = _rowids(db.conn)
    start_rss = _peak_rss_mb()
    cpu_start = time.process_time()
    with timed() as seconds:
        source = open_import(db, CSV_FILE, "contacts")
        report = run_import(db, source, errors_path=OUT / "import_100k.errors.csv")
    cpu = time.process_time() - cpu_start
    peak_rss = _peak_rss_mb()
    rows = _new_rows(db.conn, before)
    db.close()
    baseline = _bare_insert(BASELINE_FILE, rows)
    result = {
        "seconds": seconds[0],
        "cpu": cpu,
        "baseline": baseline,
        "created": report.created,
        "rejected": report.rejected,
        "skipped": report.skipped,
        "companies": report.companies_created,
        "start_rss": start_rss,
        "peak_rss": peak_rss,
        "written": ", ".join(f"{len(v):,} {t}" for t, (_, v) in rows.items()),
    }
    print(json.dumps(result))


def run() -> list[Figure]:
    with timed() as making:
        write_csv(CSV_FILE)
    bench_dir = Path(__file__).resolve().parent
    completed = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child"],
        capture_output=True,
        text=True,
        check=True,
        cwd=bench_dir,
    )
    data = json.loads(completed.stdout.strip().splitlines()[-1])
    seconds, baseline = data["seconds"], data["baseline"]
    ratio = seconds / baseline
    return [
        Figure(BENCH, "file generated", making[0], "s", f"{CONTACTS:,} rows, not timed below"),
        Figure(
            BENCH,
            "run_import",
            seconds,
            "s",
            f"{data['created']:,} created, {data['skipped']:,} skipped as duplicates"
            f" (same name at the same company), {data['rejected']:,} rejected,"
            f" {data['companies']:,} companies; target {TARGET_SECONDS:.0f} s:"
            f" {'met' if seconds <= TARGET_SECONDS else 'MISSED'}",
        ),
        Figure(
            BENCH,
            "run_import CPU time",
            data["cpu"],
            "s",
            "the process's own CPU seconds: steadier than wall time on a loaded machine",
        ),
        Figure(BENCH, "import rate", data["created"] / seconds, "rows/s"),
        Figure(BENCH, "bare executemany", baseline, "s", data["written"]),
        Figure(BENCH, "import / bare", ratio, "x", "sniff, map, check, dedupe, index vs store"),
        Figure(
            BENCH,
            "peak memory (RSS)",
            data["peak_rss"],
            "MB",
            f"{data['start_rss']:.0f} MB before the import; limit {MEMORY_LIMIT_MB:.0f} MB:"
            f" {'met' if data['peak_rss'] <= MEMORY_LIMIT_MB else 'MISSED'}",
        ),
    ]


if __name__ == "__main__":
    if "--child" in sys.argv:
        child()
    else:
        print(f"{CONTACTS:,} rows from {CSV_FILE}")
        print_figures(run())

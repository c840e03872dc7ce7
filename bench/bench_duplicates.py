"""Finding duplicates in 100,000 contacts and 2,000 companies (services/duplicates.py).

The generated people share work addresses and, drawn from short name lists,
often share a name at the same company: many candidates, which is the hard
case for blocking. Reuses the file bench_contacts_bulk wrote when it is there.

Run alone: ``python bench/bench_duplicates.py``.
"""

from __future__ import annotations

import sys

from _common import CONTACTS, SERVICE_FILE, Figure, print_figures, timed
from crm_desktop.services.duplicates import find_duplicate_companies, find_duplicate_contacts
from crm_desktop.services.files import open_crm_file

BENCH = "duplicates"
TARGET_SECONDS = 10.0


def _ensure_file() -> None:
    if SERVICE_FILE.exists():
        db = open_crm_file(SERVICE_FILE, user="bench")
        try:
            if db.scalar("SELECT count(*) FROM contacts WHERE deleted_at IS NULL") >= CONTACTS:
                return
        finally:
            db.close()
    import bench_contacts_bulk

    bench_contacts_bulk.run()


def run() -> list[Figure]:
    _ensure_file()
    db = open_crm_file(SERVICE_FILE, user="bench")
    try:
        contacts = int(db.scalar("SELECT count(*) FROM contacts WHERE deleted_at IS NULL"))
        with timed() as people_time:
            people = find_duplicate_contacts(db)
        with timed() as firms_time:
            firms = find_duplicate_companies(db)
    finally:
        db.close()
    note = f"target < {TARGET_SECONDS:.0f} s"
    return [
        Figure(BENCH, f"find duplicates in {contacts:,} contacts", people_time[0], "s", note),
        Figure(BENCH, "candidate contact pairs", len(people), ""),
        Figure(BENCH, "find duplicates in the companies", firms_time[0], "s", note),
        Figure(BENCH, "candidate company pairs", len(firms), ""),
    ]


if __name__ == "__main__":
    print_figures(run())
    sys.exit(0)

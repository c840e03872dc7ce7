"""Time to make each PDF report (and its CSV) on the scaled file (50,000 deals, ...).

Each report covers this year as of the data's anchor day; the customer profile
is of the company with most orders. The PDFs land in bench/out/reports for a look.

Run alone: ``python bench/bench_reports.py``.
"""

from __future__ import annotations

from _common import OUT, Figure, print_figures, timed
from crm_desktop.domain.periods import preset_period
from crm_desktop.reports.options import ReportOptions
from crm_desktop.reports.registry import REPORTS, run_report
from crm_desktop.services.customer_figures import top_customers
from crm_desktop.services.files import open_crm_file
from scaled_data import ANCHOR, scaled_file

BENCH = "reports"
FOLDER = OUT / "reports"


def run() -> list[Figure]:
    path = scaled_file()
    FOLDER.mkdir(parents=True, exist_ok=True)
    db = open_crm_file(path, user="bench")
    figures: list[Figure] = []
    try:
        with db.clock_at(ANCHOR):
            period = preset_period("this_year", ANCHOR.date())
            biggest = top_customers(db, period, limit=1)[0]
            for kind in REPORTS:
                options = ReportOptions(
                    kind.name,
                    period=period if kind.uses_period else None,
                    record_id=biggest.id if kind.needs_record else None,
                    record_kind=biggest.kind,
                    pdf_path=FOLDER / f"{kind.name}.pdf",
                    csv_path=FOLDER / f"{kind.name}.csv",
                )
                with timed() as took:
                    run_report(db, options)
                size = options.pdf_path.stat().st_size / 1024 if options.pdf_path else 0
                figures.append(
                    Figure(BENCH, f"{kind.name} PDF + CSV", took[0] * 1000, "ms", f"{size:.0f} KB")
                )
    finally:
        db.close()
    return figures


if __name__ == "__main__":
    print_figures(run())

"""The dashboard report: the dashboard's figures in a PDF and a CSV."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.reports.registry import find_report
from crm_desktop.storage.database import Database
from tests.reports.conftest import make
from tests.reports.pdf_text import text
from tests.reports.test_sales_reports import read_csv
from tests.services.dashboard_data import build


def test_dashboard_is_a_registered_report() -> None:
    assert find_report("dashboard").title == "Dashboard"


def test_dashboard_pdf_shows_figures_against_the_previous_period(
    db: Database, tmp_path: Path
) -> None:
    build(db)

    pdf, _ = make(db, tmp_path, "dashboard")

    shown = text(pdf)
    assert "Dashboard" in shown
    assert "Win rate" in shown and "66,7%" in shown and "25,0%" in shown
    assert "▲ 41,7\u00a0pp" in shown or "▲ 41,7 pp" in shown  # points, not "▲ 166,7%"
    assert "300,00 €" in shown and "700,00 €" in shown  # won, November against October
    assert "380,00 € · 400,00 SEK" in shown  # open pipeline per currency
    assert "never" in shown and "added" in shown  # the note on currencies
    for heading in ("Pipeline by stage", "Revenue by month", "Tickets per week"):
        assert heading in shown


def test_dashboard_csv_has_a_row_per_figure(db: Database, tmp_path: Path) -> None:
    build(db)

    _, path = make(db, tmp_path, "dashboard")

    rows = read_csv(path)
    figures = {r[1]: r for r in rows[1:] if r[0] == "Figure"}
    assert figures["Deals won"][2:4] == ["2", "1"]
    # Made on Dec 1: T4 (low, due 11-22) is open past its SLA too, besides T2 and T3.
    assert figures["SLA breaches"][2:4] == ["3", "1"]


def test_an_empty_files_ticket_axis_counts_in_whole_numbers(db: Database, tmp_path: Path) -> None:
    pdf, _ = make(db, tmp_path, "dashboard")

    shown = text(pdf)
    # The ticket chart's axis is 0 to 1 in one step, never 0.2 steps printed as "0 0 1 1".
    assert "0.2" not in shown and "0,2" not in shown
    assert "0 0 0" not in shown

"""Pipeline, forecast and win-loss reports: names and totals match the file, PDF and CSV."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from crm_desktop.domain.periods import Period
from crm_desktop.reports.formats import Formats
from crm_desktop.storage.database import Database
from tests.reports.conftest import make
from tests.reports.pdf_text import page_texts, text
from tests.services.figures_data import Customers

IT = Formats("it_IT")


def read_csv(path: Path) -> list[list[str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with a BOM
    with path.open(encoding="utf-8-sig", newline="") as handle:
        # A spreadsheet in a decimal-comma locale (these tests' it_IT) expects ";" between cells.
        delimiter = ";" if ";" in handle.readline() else ","
        handle.seek(0)
        return list(csv.reader(handle, delimiter=delimiter))


def test_pipeline_pdf_shows_each_stage_and_the_open_totals(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    pdf, _ = make(db, tmp_path, "pipeline")
    shown = text(pdf)
    for stage in ("Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost"):
        assert stage in shown
    open_eur = db.scalar(
        "SELECT sum(value_minor) FROM deals WHERE status = 'open' AND currency = 'EUR'"
    )
    assert IT.money(open_eur, "EUR") == "1.230,00\xa0€"
    assert "1.230,00 €" in shown
    assert "582,50 €" in shown  # weighted: 60.00 + 500.00 + 22.50
    assert "500,00 SEK" in shown


def test_pipeline_pdf_has_title_business_period_and_page_numbers(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    pdf, _ = make(db, tmp_path, "pipeline")
    pages = page_texts(pdf)
    first = pages[0]
    assert "Pipeline by stage" in first
    assert "Test Srl" in first
    assert "1 nov 2026 – 30 nov 2026" in first
    assert "Made on 1 dic 2026" in first
    assert f"Page 1 of {len(pages)}" in first


def test_pipeline_csv_has_the_same_figures(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    _, path = make(db, tmp_path, "pipeline")
    rows = read_csv(path)
    assert rows[0][:2] == ["Pipeline", "Stage"]
    by_stage = {(r[1], r[4]): r for r in rows[1:]}
    assert by_stage[("Proposal", "EUR")][5:] == ["1", "1000,00", "500,00"]
    assert by_stage[("Qualified", "SEK")][5:] == ["1", "500,00", "125,00"]
    assert by_stage[("Lost", "EUR")][5:] == ["2", "150,00", "0,00"]


def test_win_loss_pdf_shows_the_sum_of_won_deals_and_the_rate(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    pdf, _ = make(db, tmp_path, "win-loss")
    won = db.scalar(
        "SELECT sum(value_minor) FROM deals WHERE status = 'won'"
        " AND closed_at >= '2026-11-01' AND closed_at < '2026-12-01'"
    )
    shown = text(pdf)
    assert IT.money(won, "EUR").replace("\xa0", " ") in shown
    assert "33,3%" in shown
    assert "10 d" in shown and "3 d" in shown
    assert "Price" in shown


def test_win_loss_csv_has_the_same_figures(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    _, path = make(db, tmp_path, "win-loss")
    rows = read_csv(path)[1:]
    assert ["Deals", "Win rate", "", "0,3333"] in rows
    assert ["Value won", "", "EUR", "300,00"] in rows
    assert ["Lost reason", "Price", "", "2"] in rows


def test_forecast_pdf_lists_each_month_in_its_currency(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    period = Period(date(2026, 11, 1), date(2026, 12, 31))
    pdf, path = make(db, tmp_path, "forecast", period=period)
    shown = text(pdf)
    assert "nov 2026" in shown and "dic 2026" in shown
    assert "560,00 €" in shown  # weighted EUR total: 500.00 + 60.00
    assert "125,00 SEK" in shown
    assert ["2026-12", "EUR", "1", "200,00", "60,00"] in read_csv(path)


def test_forecast_without_a_period_covers_this_quarter(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    pdf, _ = make(db, tmp_path, "forecast", period=None)
    assert "1 ott 2026 – 31 dic 2026" in text(pdf)


def test_pipeline_probabilities_are_whole_percentages_in_the_locale(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    pdf, _ = make(db, tmp_path, "pipeline")
    shown = text(pdf)
    assert "10%" in shown
    assert "10 %" not in shown


def test_forecast_charts_shrink_to_stay_on_the_page_of_their_heading(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    # Six months in two currencies: the table leaves less room than two full charts need.
    period = Period(date(2026, 7, 1), date(2026, 12, 31))
    pdf, _ = make(db, tmp_path, "forecast", period=period)
    pages = page_texts(pdf)
    assert len(pages) == 1
    assert "Expected revenue by month, EUR" in pages[0]
    assert "Expected revenue by month, SEK" in pages[0]


def test_forecast_says_how_many_deals_it_leaves_out_in_good_english(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    pdf, _ = make(db, tmp_path, "forecast", period=Period(date(2026, 7, 1), date(2026, 12, 31)))
    shown = " ".join(text(pdf).split())
    assert "(s)" not in shown
    assert "1 open deal without an expected close date" in shown

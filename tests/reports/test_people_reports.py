"""Tickets, top customers and customer profile reports: names and totals match the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.domain.tickets import TicketDraft
from crm_desktop.reports.options import ReportOptions
from crm_desktop.reports.registry import REPORTS, find_report, run_report
from crm_desktop.services.customer_figures import customer_profile
from crm_desktop.services.deals import create_deal
from crm_desktop.services.tickets import create_ticket
from crm_desktop.storage.database import Database
from tests.reports.conftest import make
from tests.reports.pdf_text import embedded_fonts, page_texts, text
from tests.reports.test_sales_reports import read_csv
from tests.services.figures_data import Customers, order
from tests.services.records import add_company

NAMES = ("Łódź Meble", "Ørsted A/S", "Antonín Dvořák", "Ελλάδα Α.Ε.", "太郎 山田")


def test_tickets_pdf_shows_breaches_and_medians(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    pdf, path = make(db, tmp_path, "tickets")
    shown = text(pdf)
    assert "Median first response" in shown and "2 h 00 min" in shown
    assert "4 h 30 min" in shown
    assert "Urgent" in shown and "50,0%" in shown
    rows = read_csv(path)[1:]
    assert ["SLA breached", "Urgent", "1"] in rows
    assert ["Median first response seconds", "all", "7200,0"] in rows


def test_top_customers_pdf_prints_every_name_and_revenue(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    pdf, _ = make(db, tmp_path, "customers")
    shown = text(pdf)
    for name in NAMES:
        assert name in shown, name
    assert "1.500,00 €" in shown
    assert "9.000,00 SEK" in shown
    assert "120.000 JPY" in shown
    assert "DroidSansFallback" in embedded_fonts(pdf)


def test_top_customers_csv_equals_the_ranking(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    _, path = make(db, tmp_path, "customers")
    rows = read_csv(path)[1:]
    assert [(r[0], r[1], r[2], r[6]) for r in rows] == [
        ("EUR", "1", "Łódź Meble", "1500,00"),
        ("EUR", "2", "Antonín Dvořák", "400,00"),
        ("EUR", "3", "Ελλάδα Α.Ε.", "250,00"),
        ("JPY", "1", "太郎 山田", "120000"),
        ("SEK", "1", "Ørsted A/S", "9000,00"),
    ]


def test_customer_profile_of_a_company(db: Database, tmp_path: Path, customers: Customers) -> None:
    pdf, path = make(db, tmp_path, "customer", record_id=customers.lodz, record_kind="company")
    shown = text(pdf)
    assert "Company: Łódź Meble" in shown
    assert "1.500,00 €" in shown
    assert "20 nov 2026" in shown
    assert ["Revenue", "2 orders", "EUR", "1500,00"] in read_csv(path)


def test_customer_profile_of_a_contact_with_a_cjk_name(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    pdf, _ = make(db, tmp_path, "customer", record_id=customers.yamada, record_kind="contact")
    assert "Contact: 太郎 山田" in text(pdf)


def test_customer_report_needs_an_id(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        run_report(db, ReportOptions("customer", pdf_path=tmp_path / "x.pdf"))
    assert "id" in caught.value.errors
    assert not (tmp_path / "x.pdf").exists()


def test_customer_report_of_a_missing_record_is_not_found(db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        run_report(db, ReportOptions("customer", record_id=42, pdf_path=tmp_path / "x.pdf"))


def test_unknown_report_lists_the_known_ones() -> None:
    with pytest.raises(ValidationError) as caught:
        find_report("sales")
    assert "pipeline, forecast, win-loss, tickets, customer, customers" in str(caught.value)


def test_a_report_needs_somewhere_to_write(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        run_report(db, ReportOptions("pipeline"))
    assert "pdf" in caught.value.errors


@pytest.mark.parametrize("kind", [k.name for k in REPORTS if not k.needs_record])
def test_every_report_runs_on_an_empty_file(db: Database, tmp_path: Path, kind: str) -> None:
    pdf, _ = make(db, tmp_path, kind)
    pages = page_texts(pdf)
    assert f"Page 1 of {len(pages)}" in pages[0]
    # One page, but for the dashboard: it always draws its three charts with their tables.
    assert len(pages) <= (3 if kind == "dashboard" else 1)


def test_customer_profile_with_many_records_stays_on_one_page(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    for day in range(1, 25):
        order(db, f"2026-11-{day:02d}", 1000 + day, company=customers.orsted, currency="SEK")
        create_deal(
            db, DealDraft(title=f"Deal {day}", value_minor=day, company_id=customers.orsted)
        )
        create_ticket(db, TicketDraft(subject=f"Ticket {day}", company_id=customers.orsted))
    pdf, _ = make(db, tmp_path, "customer", record_id=customers.orsted, record_kind="company")
    pages = page_texts(pdf)
    assert len(pages) == 1
    assert "Ticket 24" in pages[0]  # newest first


def test_customer_profile_says_its_lists_are_the_latest_of_how_many(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    before = customer_profile(db, "company", customers.orsted).order_count
    for day in range(1, 8):
        order(db, f"2026-11-{day:02d}", 1000 + day, company=customers.orsted, currency="SEK")
    pdf, _ = make(db, tmp_path, "customer", record_id=customers.orsted, record_kind="company")
    shown = text(pdf)
    assert f"Orders: latest 5 of {before + 7}" in shown
    assert "Tickets:" not in shown  # all of them are listed: no "latest" to say


def test_customer_profile_says_it_covers_the_whole_history(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    pdf, _ = make(db, tmp_path, "customer", record_id=customers.lodz, record_kind="company")
    assert "Company: Łódź Meble · Whole history up to 1 dic 2026" in text(pdf)


def test_long_ranking_continues_with_its_header_on_page_two(db: Database, tmp_path: Path) -> None:
    for number in range(60):
        company = add_company(db, f"Azienda {number:02d}")
        order(db, "2026-11-10", 100000 - number, company=company)
    pdf, _ = make(db, tmp_path, "customers", limit=60)
    pages = page_texts(pdf)
    assert len(pages) >= 2
    second = [line.strip() for line in pages[1].splitlines()]
    assert second[:3] == ["#", "Customer", "Type"]
    assert "Azienda 59" in text(pdf)
    assert f"Page 2 of {len(pages)}" in pages[1]

"""Reports narrowed to a saved view cover exactly the view's records (PDF read back)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.pipeline import DealFilter
from crm_desktop.domain.saved_views import Condition, SavedView
from crm_desktop.reports.formats import Formats
from crm_desktop.reports.options import ReportOptions
from crm_desktop.reports.registry import run_report
from crm_desktop.services.deal_lists import list_deals
from crm_desktop.services.saved_views import create_saved_view
from crm_desktop.storage.database import Database
from tests.reports.conftest import make
from tests.reports.pdf_text import text
from tests.reports.test_sales_reports import read_csv
from tests.services.figures_data import Customers

IT = Formats("it_IT")


def big_deals(db: Database) -> SavedView:
    """Deals worth more than 100 (of any currency)."""
    return create_saved_view(db, "Big deals", "deals", [Condition("value", "gt", 100)])


def test_pipeline_of_a_deal_view_totals_exactly_its_open_deals(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    view = big_deals(db)
    ids = [d.id for d in list_deals(db, DealFilter(view=view.filter), limit=1000)]
    marks = ",".join("?" * len(ids))
    open_eur = db.scalar(
        f"SELECT sum(value_minor) FROM deals WHERE id IN ({marks})"
        " AND status = 'open' AND currency = 'EUR'",
        ids,
    )
    everyone = db.scalar("SELECT sum(value_minor) FROM deals WHERE status = 'open'")

    pdf, _ = make(db, tmp_path, "pipeline", view_id=view.id)

    shown = text(pdf)
    assert open_eur == 120000 and everyone != open_eur  # the view leaves deals out
    assert IT.money(open_eur, "EUR").replace("\xa0", " ") in shown
    assert "1.230,00 €" not in shown  # the total of every open deal
    assert "Records: saved view “Big deals”" in shown


def test_win_loss_of_a_deal_view_counts_only_its_closed_deals(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    view = big_deals(db)  # won D (300) is in it; lost E (100) and F (50) are not

    _, path = make(db, tmp_path, "win-loss", view_id=view.id)

    rows = read_csv(path)[1:]
    won = db.scalar(
        "SELECT count(*) FROM deals WHERE status = 'won' AND value_minor > 10000"
        " AND closed_at >= '2026-11-01' AND closed_at < '2026-12-01'"
    )
    assert ["Deals", "Won", "", str(won)] in rows
    assert ["Deals", "Lost", "", "0"] in rows  # both lost deals are worth 100 or less


def test_tickets_report_of_a_ticket_view(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    view = create_saved_view(db, "Urgent", "tickets", [Condition("priority", "eq", "urgent")])

    pdf, path = make(db, tmp_path, "tickets", view_id=view.id)

    rows = read_csv(path)[1:]
    urgent = db.query_one(
        "SELECT sum(created_at >= '2026-11-01' AND created_at < '2026-12-01') AS created,"
        " sum(resolved_at >= '2026-11-01' AND resolved_at < '2026-12-01') AS resolved"
        " FROM tickets WHERE priority = 'urgent'"
    )
    assert urgent is not None
    assert ["Created", "all", str(urgent["created"])] in rows
    assert ["Resolved", "all", str(urgent["resolved"])] in rows  # the whole file: 3
    assert ["Created", "Normal", "0"] in rows
    assert "Records: saved view “Urgent”" in text(pdf)


def test_top_customers_of_a_company_view_lists_only_its_companies(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    view = create_saved_view(db, "Meble", "companies", [Condition("name", "contains", "Meble")])

    pdf, path = make(db, tmp_path, "customers", view_id=view.id)

    names = [r[2] for r in read_csv(path)[1:]]
    revenue = db.scalar(
        "SELECT sum(total_minor) FROM orders WHERE company_id = ?"
        " AND ordered_on BETWEEN '2026-11-01' AND '2026-11-30'",
        (customers.lodz,),
    )
    assert names == ["Łódź Meble"]
    assert IT.money(revenue, "EUR").replace("\xa0", " ") in text(pdf)


def test_top_customers_of_a_contact_view_lists_only_people(
    db: Database, tmp_path: Path, customers: Customers
) -> None:
    view = create_saved_view(db, "People", "contacts", [Condition("first_name", "not_empty", "")])

    _, path = make(db, tmp_path, "customers", view_id=view.id)

    kinds = {r[3] for r in read_csv(path)[1:]}
    assert kinds == {"Contact"}


def test_a_view_of_the_wrong_kind_is_refused(db: Database, tmp_path: Path) -> None:
    view = create_saved_view(db, "Urgent", "tickets", [Condition("priority", "eq", "urgent")])
    options = ReportOptions("pipeline", pdf_path=tmp_path / "x.pdf", view_id=view.id)

    with pytest.raises(ValidationError) as raised:
        run_report(db, options)

    assert "takes views of deals" in raised.value.errors["view"]
    assert not (tmp_path / "x.pdf").exists()

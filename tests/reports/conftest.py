"""Report fixtures: the hand-worked sales, ticket and customer data of the figure tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop import i18n
from crm_desktop.domain.periods import Period
from crm_desktop.reports.options import ReportOptions
from crm_desktop.reports.registry import run_report
from crm_desktop.storage.database import Database
from tests.services.figures_data import NOVEMBER, Customers, at, build_customers, build_sales
from tests.services.test_ticket_figures import build_tickets


@pytest.fixture(autouse=True)
def italian_values() -> Iterator[None]:
    """English text with values as Italy writes them (1.500,00 €, 1 nov 2026, ";" in CSV).

    Reports follow the user's chosen locale; the hand-worked figures of these
    tests are written the Italian way, so the user here reads English in it_IT.
    """
    i18n.set_language("en", "it_IT")
    yield
    i18n.set_language("en")


@pytest.fixture
def customers(db: Database) -> Customers:
    """The file of ``db`` with deals, tickets and customers made in November 2026."""
    build_sales(db)
    build_tickets(db)
    return build_customers(db)


def make(
    db: Database,
    tmp_path: Path,
    name: str,
    period: Period | None = NOVEMBER,
    **extra: object,
) -> tuple[Path, Path]:
    """Run report ``name`` on Dec 1, 2026; returns its PDF and CSV paths."""
    pdf, csv = tmp_path / f"{name}.pdf", tmp_path / f"{name}.csv"
    options = ReportOptions(name, period=period, pdf_path=pdf, csv_path=csv, **extra)  # type: ignore[arg-type]
    with db.clock_at(at(12, 1, 9)):
        assert run_report(db, options) == [pdf, csv]
    return pdf, csv

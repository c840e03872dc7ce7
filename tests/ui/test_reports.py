"""The Reports menu: every report listed, options dialog, PDF made in the background and opened."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.saved_views import Condition
from crm_desktop.reports.options import ReportOptions
from crm_desktop.reports.registry import REPORTS, ReportKind, find_report
from crm_desktop.services.saved_views import create_saved_view
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.reports.dialog import ReportOptionsDialog
from crm_desktop.ui.state import AppState
from tests.reports.pdf_text import text
from tests.services.figures_data import build_customers, build_sales

TODAY = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)


def dialog_for(qtbot: QtBot, state: AppState, name: str) -> ReportOptionsDialog:
    with state.db.clock_at(TODAY):
        dialog = ReportOptionsDialog(state, find_report(name), "Report")
    qtbot.addWidget(dialog)
    return dialog


def test_reports_menu_lists_every_report_of_the_registry(qtbot: QtBot, state: AppState) -> None:
    window = MainWindow(state)
    qtbot.addWidget(window)
    assert list(window.reports.actions) == [k.name for k in REPORTS]
    assert window.reports.menu.actions()[0].text() == "&Pipeline by stage…"


def test_menu_to_dialog_to_pdf_opened(qtbot: QtBot, state: AppState, tmp_path: Path) -> None:
    build_sales(state.db)
    window = MainWindow(state)
    qtbot.addWidget(window)
    target = tmp_path / "out" / "pipeline"
    target.parent.mkdir()

    def answer(kind: ReportKind) -> ReportOptions:
        # What a user does in the dialog: a preset, a file name, CSV too.
        dialog = dialog_for(qtbot, state, kind.name)
        dialog.preset.setCurrentIndex(dialog.preset.findData("this_month"))
        dialog.pdf_path.setText(str(target))
        dialog.with_csv.setChecked(True)
        return dialog.options()

    opened: list[Path] = []
    window.reports.ask_options = answer  # type: ignore[method-assign]
    window.reports.open_file = opened.append
    window.reports.actions["pipeline"].trigger()

    qtbot.waitUntil(lambda: opened != [], timeout=20000)
    pdf = target.with_name("pipeline.pdf")
    assert opened == [pdf]
    assert "Pipeline by stage" in text(pdf)
    assert "€1,230.00" in text(pdf)  # the English the tests run in, not the file's Italy
    assert pdf.with_suffix(".csv").exists()


def test_presets_fill_the_days_and_editing_a_day_makes_it_custom(
    qtbot: QtBot, state: AppState
) -> None:
    dialog = dialog_for(qtbot, state, "pipeline")
    assert dialog.period().start == date(2026, 11, 1)  # the report's default: this month
    dialog.preset.setCurrentIndex(dialog.preset.findData("last_month"))
    assert (dialog.period().start, dialog.period().end) == (date(2026, 10, 1), date(2026, 10, 31))

    dialog.start.setDate(QDate(2026, 10, 15))
    assert dialog.preset.currentData() == "custom"
    assert dialog.period().start == date(2026, 10, 15)


def test_forecast_dialog_starts_on_this_quarter(qtbot: QtBot, state: AppState) -> None:
    dialog = dialog_for(qtbot, state, "forecast")
    assert dialog.preset.currentData() == "this_quarter"
    assert dialog.period().end == date(2026, 12, 31)


def test_customer_report_needs_a_picked_customer(qtbot: QtBot, state: AppState) -> None:
    customers = build_customers(state.db)
    dialog = dialog_for(qtbot, state, "customer")
    assert dialog.preset.isHidden()  # a profile covers the whole history
    with pytest.raises(ValidationError) as caught:
        dialog.options()
    assert "customer" in caught.value.errors

    dialog.customer.set_record("company", customers.orsted, "Ørsted A/S")
    options = dialog.options()
    assert (options.record_kind, options.record_id) == ("company", customers.orsted)


def test_backwards_period_is_refused_in_the_dialog(qtbot: QtBot, state: AppState) -> None:
    dialog = dialog_for(qtbot, state, "pipeline")
    dialog.start.setDate(QDate(2026, 11, 20))
    dialog.end.setDate(QDate(2026, 11, 1))
    dialog._accept()
    assert "before it starts" in dialog.errors.text()
    assert dialog.result() != ReportOptionsDialog.DialogCode.Accepted


def test_records_offers_all_and_the_saved_views_of_the_reports_kind(
    qtbot: QtBot, state: AppState
) -> None:
    big = create_saved_view(state.db, "Big deals", "deals", [Condition("value", "gt", 100)])
    create_saved_view(state.db, "Urgent", "tickets", [Condition("priority", "eq", "urgent")])
    dialog = dialog_for(qtbot, state, "pipeline")
    items = [dialog.records.itemText(i) for i in range(dialog.records.count())]
    assert items == ["All", "Big deals"]
    assert dialog.options().view_id is None
    dialog.records.setCurrentIndex(1)
    assert dialog.options().view_id == big.id


def test_customers_report_offers_contact_and_company_views_and_customer_none(
    qtbot: QtBot, state: AppState
) -> None:
    create_saved_view(state.db, "Milan", "contacts", [Condition("city", "eq", "Milano")])
    create_saved_view(state.db, "Meble", "companies", [Condition("name", "contains", "Meble")])
    customers = dialog_for(qtbot, state, "customers")
    profile = dialog_for(qtbot, state, "customer")
    items = [customers.records.itemText(i) for i in range(customers.records.count())]
    assert items == ["All", "Milan (Contacts)", "Meble (Companies)"]
    assert profile.records.isHidden()


def test_report_made_for_a_saved_view_covers_only_its_records(
    qtbot: QtBot, state: AppState, tmp_path: Path
) -> None:
    build_sales(state.db)
    create_saved_view(state.db, "Big deals", "deals", [Condition("value", "gt", 100)])
    window = MainWindow(state)
    qtbot.addWidget(window)
    target = tmp_path / "big.pdf"

    def answer(kind: ReportKind) -> ReportOptions:
        dialog = dialog_for(qtbot, state, kind.name)
        dialog.preset.setCurrentIndex(dialog.preset.findData("this_month"))
        dialog.records.setCurrentIndex(dialog.records.findText("Big deals"))
        dialog.pdf_path.setText(str(target))
        return dialog.options()

    opened: list[Path] = []
    window.reports.ask_options = answer  # type: ignore[method-assign]
    window.reports.open_file = opened.append
    window.reports.actions["pipeline"].trigger()

    qtbot.waitUntil(lambda: opened != [], timeout=20000)
    shown = text(target)
    open_eur = state.db.scalar(
        "SELECT sum(value_minor) FROM deals WHERE status = 'open' AND currency = 'EUR'"
        " AND value_minor > 10000"
    )
    assert open_eur == 120000
    assert "€1,200.00" in shown and "€1,230.00" not in shown
    assert "Records: saved view “Big deals”" in shown

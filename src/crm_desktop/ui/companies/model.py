"""The company table as a lazily loaded model, filtered and sorted in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from crm_desktop.domain.companies import CompanyFilter, CompanyRow
from crm_desktop.services.company_lists import count_companies, list_companies
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.formatting import (
    count_text,
    country_name,
    day_text,
    owner_text,
    quiet_colour,
)
from crm_desktop.ui.widgets.lazy_table_model import LazyTableModel

COLUMNS = (
    "name",
    "industry",
    "city",
    "country",
    "phone",
    "email",
    "contacts",
    "owner",
    "updated",
)


class CompanyTableModel(LazyTableModel[CompanyRow]):
    """Rows of ``list_companies`` for one ``CompanyFilter`` and sort."""

    columns = COLUMNS
    table = "companies"
    sort_keys = {  # noqa: RUF012 - read-only
        "name": "name",
        "industry": "industry",
        "city": "city",
        "country": "country",
        "owner": "owner",
        "contacts": "contact_count",
        "updated": "updated_at",
    }
    right_aligned = frozenset({"contacts"})
    default_sort = "name"

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.filter = CompanyFilter()

    def read_page(
        self, spec: Any, sort_key: str, descending: bool, offset: int, limit: int
    ) -> list[CompanyRow]:
        return list_companies(self.state.db, spec, offset, limit, sort_key, descending)

    def count_rows(self) -> int:
        return count_companies(self.state.db, self.filter)

    def row_id(self, row: CompanyRow) -> int:
        return int(row.id)

    def column_title(self, key: str) -> str:
        return {
            "name": QCoreApplication.translate("CompanyTableModel", "Name"),
            "industry": QCoreApplication.translate("CompanyTableModel", "Industry"),
            "city": QCoreApplication.translate("CompanyTableModel", "City"),
            "country": QCoreApplication.translate("CompanyTableModel", "Country"),
            "phone": QCoreApplication.translate("CompanyTableModel", "Phone"),
            "email": QCoreApplication.translate("CompanyTableModel", "E-mail"),
            "owner": QCoreApplication.translate("CompanyTableModel", "Owner"),
            "contacts": QCoreApplication.translate("CompanyTableModel", "Contacts"),
            "updated": QCoreApplication.translate("CompanyTableModel", "Updated"),
        }[key]

    def text(self, row: CompanyRow, key: str) -> str:
        if key == "name":
            return row.name
        if key == "industry":
            return row.industry
        if key == "city":
            return row.city
        if key == "country":
            return country_name(row.country)
        if key == "phone":
            return row.primary_phone
        if key == "email":
            return row.primary_email
        if key == "owner":
            return owner_text(row.owner)
        if key == "contacts":
            return count_text(row.contact_count)
        if key == "updated":
            return day_text(row.updated_at)
        return ""

    def cell_data(self, row: CompanyRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and key == "owner" and not row.owner:
            return quiet_colour()
        return None

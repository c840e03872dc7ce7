"""The contact table as a lazily loaded model, filtered and sorted in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from crm_desktop.domain.contacts import ContactFilter, ContactRow
from crm_desktop.services.contact_lists import count_contacts, list_contacts
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.formatting import (
    country_name,
    day_text,
    owner_text,
    quiet_colour,
    stage_colour,
    stage_label,
)
from crm_desktop.ui.widgets.icons import dot_icon
from crm_desktop.ui.widgets.lazy_table_model import LazyTableModel

COLUMNS = (
    "name",
    "company",
    "email",
    "phone",
    "city",
    "country",
    "stage",
    "owner",
    "updated",
)


class ContactTableModel(LazyTableModel[ContactRow]):
    """Rows of ``list_contacts`` for one ``ContactFilter`` and sort."""

    columns = COLUMNS
    table = "contacts"
    sort_keys = {  # noqa: RUF012 - read-only
        "name": "last_name",
        "company": "company",
        "email": "email",
        "city": "city",
        "country": "country",
        "stage": "lifecycle_stage",
        "owner": "owner",
        "updated": "updated_at",
    }
    default_sort = "last_name"

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.filter = ContactFilter()

    def read_page(
        self, spec: Any, sort_key: str, descending: bool, offset: int, limit: int
    ) -> list[ContactRow]:
        return list_contacts(self.state.db, spec, offset, limit, sort_key, descending)

    def count_rows(self) -> int:
        return count_contacts(self.state.db, self.filter)

    def row_id(self, row: ContactRow) -> int:
        return int(row.id)

    def column_title(self, key: str) -> str:
        return {
            "name": QCoreApplication.translate("ContactTableModel", "Name"),
            "company": QCoreApplication.translate("ContactTableModel", "Company"),
            "email": QCoreApplication.translate("ContactTableModel", "E-mail"),
            "phone": QCoreApplication.translate("ContactTableModel", "Phone"),
            "city": QCoreApplication.translate("ContactTableModel", "City"),
            "country": QCoreApplication.translate("ContactTableModel", "Country"),
            "stage": QCoreApplication.translate("ContactTableModel", "Stage"),
            "owner": QCoreApplication.translate("ContactTableModel", "Owner"),
            "updated": QCoreApplication.translate("ContactTableModel", "Updated"),
        }[key]

    def text(self, row: ContactRow, key: str) -> str:
        if key == "name":
            return row.name
        if key == "company":
            return row.company
        if key == "email":
            return row.primary_email
        if key == "phone":
            return row.primary_phone
        if key == "city":
            return row.city
        if key == "country":
            return country_name(row.country)
        if key == "stage":
            return stage_label(row.lifecycle_stage)
        if key == "owner":
            return owner_text(row.owner)
        if key == "updated":
            return day_text(row.updated_at)
        return ""

    def cell_data(self, row: ContactRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and key == "stage":
            return dot_icon(stage_colour(row.lifecycle_stage).name())
        if role == Qt.ItemDataRole.ForegroundRole and key == "owner" and not row.owner:
            return quiet_colour()
        return None

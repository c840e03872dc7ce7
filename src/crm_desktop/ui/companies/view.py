"""The Companies view: filters, the lazily loaded company table and the company's page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.interchange.csv_export import export_companies
from crm_desktop.services.bulk_actions import (
    assign_companies_owner,
    delete_companies,
    restore_companies,
)
from crm_desktop.ui.companies.detail import CompanyDetail
from crm_desktop.ui.companies.filters import CompanyFilterBar
from crm_desktop.ui.companies.form import CompanyForm
from crm_desktop.ui.companies.model import CompanyTableModel
from crm_desktop.ui.duplicates.dialog import duplicates_button
from crm_desktop.ui.widgets.formatting import count_text
from crm_desktop.ui.widgets.record_list_view import BulkOps, ListTexts, RecordListView


def companies_text(count: int) -> str:
    """The count in words: "1 company", "1,234 companies"."""
    if count == 1:
        return QCoreApplication.translate("CompaniesView", "1 company")
    return QCoreApplication.translate("CompaniesView", "{n} companies").format(n=count_text(count))


def deleted_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("CompaniesView", "Company deleted.")
    return QCoreApplication.translate("CompaniesView", "{n} companies deleted.").format(
        n=count_text(count)
    )


class CompaniesView(RecordListView):
    key = "companies"
    # Contacts count: a contact joining or leaving changes a company's row.
    row_tables = ("companies", "contacts", "users", "taggings", "tags")
    detail_tables = ("activities", "deals", "tickets", "orders", "custom_fields")
    column_widths = {  # noqa: RUF012 - in average characters
        "name": 23,
        "industry": 13,
        "city": 13,
        "country": 11,
        "phone": 14,
        "email": 22,
        "owner": 16,
        "contacts": 10,
        "updated": 12,
    }
    hidden_columns = ("country", "email", "updated")

    def title(self) -> str:
        return self.tr("Companies")

    def make_model(self) -> CompanyTableModel:
        return CompanyTableModel(self.state, self)

    def make_filter_bar(self) -> CompanyFilterBar:
        return CompanyFilterBar(self.state)

    def make_detail(self) -> CompanyDetail:
        return CompanyDetail(self.state)

    def make_texts(self) -> ListTexts:
        return ListTexts(
            new_button=self.tr("&New company"),
            placeholder=self.tr("Choose a company to see its people, deals and history."),
            nothing_yet=self.tr("No companies yet.\nAdd the organisations you work with."),
            nothing_matches=self.tr("No companies match these filters."),
            count=companies_text,
        )

    def bulk_ops(self) -> BulkOps:
        return BulkOps(
            entity_type="company",
            delete=delete_companies,
            restore=restore_companies,
            assign_owner=assign_companies_owner,
            export=export_companies,
            default_file_name=self.tr("companies.csv"),
            selection_text=companies_text,
            deleted_text=deleted_text,
        )

    def make_form(self, record_id: int | None) -> QDialog:
        return CompanyForm(self.state, record_id, self)

    def extra_buttons(self) -> list[QWidget]:
        return [duplicates_button(self, self.state, "companies")]

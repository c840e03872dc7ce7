"""The dialog that creates or edits a company, with each problem shown beside its field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from crm_desktop.domain.companies import Company, CompanyDraft
from crm_desktop.services.companies import create_company, get_company, update_company
from crm_desktop.services.users import list_users
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.choosers import OwnerCombo
from crm_desktop.ui.widgets.form_fields import AddressFields, ContactPointsEdit
from crm_desktop.ui.widgets.record_form import RecordForm, form_layout


class CompanyForm(RecordForm):
    """New company (``company_id`` None) or edit one; ``saved(id)`` after writing."""

    record_kind = "company"

    def __init__(
        self, state: AppState, company_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(state, company_id, parent)
        self.setWindowTitle(self.tr("New company") if company_id is None else self.tr("Company"))
        self.name = QLineEdit()
        self.industry = QLineEdit()
        self.industry.setPlaceholderText(self.tr("e.g. Construction, Retail, Software"))
        self.website = QLineEdit()
        self.website.setPlaceholderText(self.tr("www.example.com"))
        self.vat_id = QLineEdit()
        self.vat_id.setPlaceholderText(self.tr("e.g. IT01234567890"))
        self.emails = ContactPointsEdit(self.tr("info@example.com\nbilling: invoices@example.com"))
        self.phones = ContactPointsEdit(self.tr("+39 06 1234 5678"))
        self.owner = OwnerCombo(self.tr("Unassigned"))
        self.owner.fill(list_users(state.db))
        self.address = AddressFields()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 14)
        for attribute, widget in vars(self).items():
            if isinstance(widget, QWidget) and not widget.objectName():
                widget.setObjectName(attribute)
        self._build()
        self.finish()
        self.name.setFocus()

    def _build(self) -> None:
        add = self.errors.add
        left = form_layout()
        left.addRow(self.tr("&Name:"), add("name", self.name))
        left.addRow(self.tr("&Industry:"), add("industry", self.industry))
        left.addRow(self.tr("&Website:"), add("website", self.website))
        left.addRow(self.tr("&E-mails:"), add("emails", self.emails))
        left.addRow(self.tr("&Phones:"), add("phones", self.phones))
        left.addRow(self.tr("&VAT number:"), add("vat_id", self.vat_id))
        left.addRow(self.tr("O&wner:"), add("owner_id", self.owner))
        right = form_layout()
        self.address.add_rows(right, self.errors)
        right.addRow(self.tr("No&tes:"), add("notes", self.notes))
        self.custom = self.add_columns(left, right, "company")

    def read_record(self, record_id: int) -> Company:
        return get_company(self.state.db, record_id)

    def load_record(self, record: Any) -> None:
        company: Company = record
        self.setWindowTitle(self.tr("Edit {name}").format(name=company.name))
        self.name.setText(company.name)
        self.industry.setText(company.industry)
        self.website.setText(company.website)
        self.vat_id.setText(company.vat_id)
        self.emails.set_emails(company.emails)
        self.phones.set_phones(company.phones)
        self.owner.set_owner_id(company.owner_id)
        self.address.load(company)
        self.notes.setPlainText(company.notes)
        self.custom.set_values(company.custom)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "industry": self.industry.text(),
            "website": self.website.text(),
            "vat_id": self.vat_id.text(),
            "emails": self.emails.items(),
            "phones": self.phones.items(),
            "owner_id": self.owner.owner_id(),
            **self.address.values(),
            "notes": self.notes.toPlainText(),
            "custom": self.custom.values(),
        }

    def create_record(self, values: Mapping[str, Any]) -> int:
        return int(create_company(self.state.db, CompanyDraft(**values)).id)

    def update_record(self, record_id: int, changes: Mapping[str, Any], version: int) -> int:
        return int(update_company(self.state.db, record_id, changes, expected_version=version).id)

"""The dialog that creates or edits a contact, with each problem shown beside its field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.domain.contacts import CONSENT_METHODS, Contact, ContactDraft
from crm_desktop.services.companies import find_company_by_name, find_or_create_company
from crm_desktop.services.contacts import create_contact, get_contact, update_contact
from crm_desktop.services.users import list_users
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.choosers import OwnerCombo, StageCombo
from crm_desktop.ui.widgets.company_field import CompanyField
from crm_desktop.ui.widgets.form_fields import AddressFields, ContactPointsEdit, DateField
from crm_desktop.ui.widgets.formatting import consent_methods, shown_word, stored_word
from crm_desktop.ui.widgets.record_form import (
    RecordForm,
    SaveDeclinedError,
    form_layout,
)


class ContactForm(RecordForm):
    """New contact (``contact_id`` None) or edit one; ``saved(id)`` after writing."""

    record_kind = "contact"

    def __init__(
        self, state: AppState, contact_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(state, contact_id, parent)
        self.setWindowTitle(self.tr("New contact") if contact_id is None else self.tr("Contact"))
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.job_title = QLineEdit()
        self.company = CompanyField(state)
        self.emails = ContactPointsEdit(self.tr("anna@example.com\nhome: anna@mail.it"))
        self.phones = ContactPointsEdit(self.tr("+39 06 1234 5678\nmobile: 333 123 4567"))
        self.lifecycle_stage = StageCombo()
        self.owner = OwnerCombo(self.tr("Unassigned"))
        self.owner.fill(list_users(state.db))
        self.lead_source = QLineEdit()
        self.lead_source.setPlaceholderText(self.tr("e.g. trade fair, website, referral"))
        self.consent = QCheckBox(self.tr("Agreed to receive marketing"))
        self.consent_method = QComboBox()
        self.consent_method.setEditable(True)
        methods = consent_methods()  # shown in the user's language, stored in English
        self.consent_method.addItems(["", *(shown_word(m, methods) for m in CONSENT_METHODS)])
        self.consent_method.setEnabled(False)
        self.consent.toggled.connect(self.consent_method.setEnabled)
        self.address = AddressFields()
        self.birthday = DateField()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 14)
        for name, widget in vars(self).items():
            if isinstance(widget, QWidget) and not widget.objectName():
                widget.setObjectName(name)
        self._build()
        self.finish()
        self.first_name.setFocus()

    def _build(self) -> None:
        add = self.errors.add
        left = form_layout()
        left.addRow(self.tr("&First name:"), add("first_name", self.first_name))
        left.addRow(self.tr("&Last name:"), add("last_name", self.last_name))
        left.addRow(self.tr("&Job title:"), add("job_title", self.job_title))
        left.addRow(self.tr("C&ompany:"), add("company_id", self.company))
        left.addRow(self.tr("&E-mails:"), add("emails", self.emails))
        left.addRow(self.tr("&Phones:"), add("phones", self.phones))
        left.addRow(self.tr("Lifecycle &stage:"), add("lifecycle_stage", self.lifecycle_stage))
        left.addRow(self.tr("O&wner:"), add("owner_id", self.owner))
        left.addRow(self.tr("Lead so&urce:"), add("lead_source", self.lead_source))
        left.addRow(self.tr("&Marketing:"), add("marketing_consent", self.consent))
        left.addRow(self.tr("Consent given &via:"), add("consent_method", self.consent_method))
        right = form_layout()
        self.address.add_rows(right, self.errors)
        right.addRow(self.tr("&Birthday:"), add("birthday", self.birthday))
        right.addRow(self.tr("No&tes:"), add("notes", self.notes))
        self.custom = self.add_columns(left, right, "contact")

    # -- reading and filling ------------------------------------------------------------------
    def read_record(self, record_id: int) -> Contact:
        return get_contact(self.state.db, record_id)

    def load_record(self, record: Any) -> None:
        contact: Contact = record
        self.setWindowTitle(self.tr("Edit {name}").format(name=contact.name))
        self.first_name.setText(contact.first_name)
        self.last_name.setText(contact.last_name)
        self.job_title.setText(contact.job_title)
        self.company.setText(contact.company)
        self.emails.set_emails(contact.emails)
        self.phones.set_phones(contact.phones)
        self.lifecycle_stage.set_stage(contact.lifecycle_stage)
        self.owner.set_owner_id(contact.owner_id)
        self.lead_source.setText(contact.lead_source)
        self.consent.setChecked(contact.marketing_consent)
        self.consent_method.setCurrentText(shown_word(contact.consent_method, consent_methods()))
        self.address.load(contact)
        self.birthday.set_value(contact.birthday)
        self.notes.setPlainText(contact.notes)
        self.custom.set_values(contact.custom)

    def values(self) -> dict[str, Any]:
        consent = self.consent.isChecked()
        return {
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "job_title": self.job_title.text(),
            "company_id": self.company.name(),  # a name until ``prepare``
            "emails": self.emails.items(),
            "phones": self.phones.items(),
            "lifecycle_stage": self.lifecycle_stage.stage() or "lead",
            "owner_id": self.owner.owner_id(),
            "lead_source": self.lead_source.text(),
            "marketing_consent": consent,
            "consent_method": (
                stored_word(self.consent_method.currentText(), consent_methods()) if consent else ""
            ),
            **self.address.values(),
            "birthday": self.birthday.value(),
            "notes": self.notes.toPlainText(),
            "custom": self.custom.values(),
        }

    def prepare(self, values: dict[str, Any]) -> dict[str, Any]:
        """The company name becomes its id; a new name is created once the user agrees."""
        if "company_id" not in values:
            return values
        name = str(values["company_id"])
        if not name:
            return {**values, "company_id": None}
        db = self.state.db
        found = find_company_by_name(db, name)
        if found is None:
            if not self.confirm_new_company(name):
                self.errors.labels["company_id"].set_message(
                    self.tr("Choose an existing company, or agree to create this one.")
                )
                raise SaveDeclinedError
            found = find_or_create_company(db, name)
        return {**values, "company_id": int(found.id)}

    def create_record(self, values: Mapping[str, Any]) -> int:
        return int(create_contact(self.state.db, ContactDraft(**values)).id)

    def update_record(self, record_id: int, changes: Mapping[str, Any], version: int) -> int:
        return int(update_contact(self.state.db, record_id, changes, expected_version=version).id)

    # -- questions (tests replace these) --------------------------------------------------------
    def confirm_new_company(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("New company"),
            self.tr("There is no company called “{name}” yet. Create it?").format(name=name),
        )
        return answer == QMessageBox.StandardButton.Yes

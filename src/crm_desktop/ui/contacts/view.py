"""The Contacts view: filters, the lazily loaded contact table and the contact's page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.interchange.csv_export import export_contacts
from crm_desktop.services.bulk_actions import (
    assign_contacts_owner,
    delete_contacts,
    restore_contacts,
)
from crm_desktop.ui.contacts.detail import ContactDetail
from crm_desktop.ui.contacts.filters import ContactFilterBar
from crm_desktop.ui.contacts.form import ContactForm
from crm_desktop.ui.contacts.model import ContactTableModel
from crm_desktop.ui.duplicates.dialog import duplicates_button
from crm_desktop.ui.widgets.formatting import count_text
from crm_desktop.ui.widgets.record_list_view import BulkOps, ListTexts, RecordListView


def contacts_text(count: int) -> str:
    """The count in words: "1 contact", "1,234 contacts"."""
    if count == 1:
        return QCoreApplication.translate("ContactsView", "1 contact")
    return QCoreApplication.translate("ContactsView", "{n} contacts").format(n=count_text(count))


def deleted_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("ContactsView", "Contact deleted.")
    return QCoreApplication.translate("ContactsView", "{n} contacts deleted.").format(
        n=count_text(count)
    )


class ContactsView(RecordListView):
    key = "contacts"
    row_tables = ("contacts", "companies", "users", "taggings", "tags")
    detail_tables = ("activities", "deals", "tickets", "orders", "custom_fields")
    column_widths = {  # noqa: RUF012 - in average characters
        "name": 18,
        "company": 15,
        "email": 20,
        "phone": 15,
        "city": 12,
        "country": 11,
        "stage": 22,
        "owner": 14,
        "updated": 12,
    }
    hidden_columns = ("phone", "city", "country", "updated")

    def title(self) -> str:
        return self.tr("Contacts")

    def make_model(self) -> ContactTableModel:
        return ContactTableModel(self.state, self)

    def make_filter_bar(self) -> ContactFilterBar:
        return ContactFilterBar(self.state)

    def make_detail(self) -> ContactDetail:
        return ContactDetail(self.state)

    def make_texts(self) -> ListTexts:
        return ListTexts(
            new_button=self.tr("&New contact"),
            placeholder=self.tr("Choose a contact to see their details and history."),
            nothing_yet=self.tr("No contacts yet.\nAdd the people you work with."),
            nothing_matches=self.tr("No contacts match these filters."),
            count=contacts_text,
        )

    def bulk_ops(self) -> BulkOps:
        return BulkOps(
            entity_type="contact",
            delete=delete_contacts,
            restore=restore_contacts,
            assign_owner=assign_contacts_owner,
            export=export_contacts,
            default_file_name=self.tr("contacts.csv"),
            selection_text=contacts_text,
            deleted_text=deleted_text,
        )

    def make_form(self, record_id: int | None) -> QDialog:
        return ContactForm(self.state, record_id, self)

    def export_formats(self) -> tuple[str, ...]:
        return ("csv", "vcard", "json")

    def extra_buttons(self) -> list[QWidget]:
        return [duplicates_button(self, self.state, "contacts")]

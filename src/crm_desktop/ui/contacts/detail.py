"""One contact in full: who they are, how to reach them, tags, deals, tickets, orders, timeline."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QWidget

from crm_desktop.domain.contacts import Contact
from crm_desktop.services.contacts import get_contact
from crm_desktop.services.custom_fields import list_custom_fields
from crm_desktop.ui.analytics.customer_value import CustomerValueSection
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.detail_text import (
    link,
)
from crm_desktop.ui.widgets.formatting import (
    consent_methods,
    count_text,
    day_text,
    shown_word,
    stage_colour,
    stage_label,
)
from crm_desktop.ui.widgets.record_detail import RecordDetail, section_title


class ContactDetail(RecordDetail):
    entity_type = "contact"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.contact: Contact | None = None
        fields = self.fields
        fields.add("emails", self.tr("E-mail"))
        fields.add("phones", self.tr("Phone"))
        fields.add("address", self.tr("Address"))
        fields.add("birthday", self.tr("Birthday"))
        fields.add("lead_source", self.tr("Lead source"))
        fields.add("consent", self.tr("Marketing"))
        fields.add("notes", self.tr("Notes"), hide_when_empty=True)
        fields.add("created", self.tr("Created"))
        fields.add("updated", self.tr("Updated"))
        for key in ("emails", "phones"):
            fields.values[key].setOpenExternalLinks(True)
        self.add_section(section_title(self.tr("About")), self.fields)
        self.add_section(self.custom_title, self.custom)
        self.add_related_sections()
        self.customer_value = CustomerValueSection(state, "contact")
        self.add_section(section_title(self.tr("Customer value")), self.customer_value)
        self.finish_layout()

    def fill(self, record_id: int) -> None:
        db = self.state.db
        contact = get_contact(db, record_id)
        self.contact = contact
        self.set_avatar(contact.name)
        self.title.setText(contact.name or self.tr("(no name)"))
        self.subtitle.setText(self._subtitle(contact))
        self.subtitle.setVisible(bool(self.subtitle.text()))
        self.badges.setText(self._badges(contact))
        self.fill_reachable(contact)
        self.fields.set("birthday", day_text(contact.birthday))
        self.fields.set("lead_source", contact.lead_source)
        self.fields.set("consent", self._consent(contact))
        self.fill_custom(list_custom_fields(db, "contact"), contact.custom)
        self.fill_related(contact_id=contact.id)
        self.customer_value.show_customer(contact.id)

    def _subtitle(self, contact: Contact) -> str:
        job = html.escape(contact.job_title)
        if contact.company_id is not None and contact.company:
            company = link("company", contact.company_id, contact.company)
            if job:
                return self.tr("{job} at {company}").format(job=job, company=company)
            return company
        return job

    def _badges(self, contact: Contact) -> str:
        colour = stage_colour(contact.lifecycle_stage).name()
        parts = [
            f'<span style="color: {colour}">●</span>&nbsp;'
            + html.escape(stage_label(contact.lifecycle_stage)),
            self.owner_badge(contact.owner),
        ]
        return "&nbsp;&nbsp;·&nbsp;&nbsp;".join(parts)

    def _consent(self, contact: Contact) -> str:
        if not contact.marketing_consent:
            return self.tr("No consent")
        how = shown_word(contact.consent_method, consent_methods())
        details = [p for p in (how, day_text(contact.consent_at)) if p]
        if details:
            return self.tr("Consented ({how})").format(how=", ".join(details))
        return self.tr("Consented")

    def many_text(self, count: int) -> str:
        return self.tr(
            "{n} contacts selected.\n\nAdd a tag, assign an owner, export or delete them"
            " with the buttons above the list."
        ).format(n=count_text(count))

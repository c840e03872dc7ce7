"""One company in full: how to reach it, tags, its people, deals, tickets, orders, timeline."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QWidget

from crm_desktop.domain.companies import Company
from crm_desktop.domain.contacts import ContactFilter
from crm_desktop.services.companies import get_company
from crm_desktop.services.contact_lists import count_contacts, list_contacts
from crm_desktop.services.custom_fields import list_custom_fields
from crm_desktop.ui.analytics.customer_value import CustomerValueSection
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.detail_text import (
    points_html,
)
from crm_desktop.ui.widgets.formatting import count_text, stage_colour, stage_label
from crm_desktop.ui.widgets.icons import dot_icon
from crm_desktop.ui.widgets.record_detail import RecordDetail, section_title
from crm_desktop.ui.widgets.related import RelatedList, RelatedRow
from crm_desktop.ui.widgets.related_records import (
    SHOWN,
    titled,
)


def website_href(website: str) -> str:
    return website if "://" in website else f"https://{website}"


class CompanyDetail(RecordDetail):
    entity_type = "company"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.company: Company | None = None
        fields = self.fields
        fields.add("emails", self.tr("E-mail"))
        fields.add("phones", self.tr("Phone"))
        fields.add("website", self.tr("Website"))
        fields.add("address", self.tr("Address"))
        fields.add("vat_id", self.tr("VAT number"))
        fields.add("notes", self.tr("Notes"), hide_when_empty=True)
        fields.add("created", self.tr("Created"))
        fields.add("updated", self.tr("Updated"))
        for key in ("emails", "phones", "website"):
            fields.values[key].setOpenExternalLinks(True)
        self.people = RelatedList(
            "contact",
            [self.tr("Name"), self.tr("E-mail"), self.tr("Stage")],
            self.tr("Nobody from this company yet."),
            stretch=1,  # names stay whole; long e-mails elide
        )
        self.people_title = section_title(self.tr("People"))
        self.add_section(section_title(self.tr("About")), self.fields)
        self.add_section(self.custom_title, self.custom)
        self.add_section(self.people_title, self.people)
        self.add_related_sections()
        self.customer_value = CustomerValueSection(state, "company")
        self.add_section(section_title(self.tr("Customer value")), self.customer_value)
        self.finish_layout()

    def fill(self, record_id: int) -> None:
        db = self.state.db
        company = get_company(db, record_id)
        self.company = company
        self.set_avatar(company.name)
        self.title.setText(company.name)
        subtitle = [html.escape(p) for p in (company.industry, company.city) if p]
        self.subtitle.setText(" · ".join(subtitle))
        self.subtitle.setVisible(bool(subtitle))
        people_total = count_contacts(db, ContactFilter(company_id=company.id))
        people = self.tr("1 person") if people_total == 1 else self.tr("{n} people")
        self.badges.setText(
            "&nbsp;&nbsp;·&nbsp;&nbsp;".join(
                [
                    self.owner_badge(company.owner),
                    html.escape(people.format(n=count_text(people_total))),
                ]
            )
        )
        self.fill_reachable(company)
        self.fields.set(
            "website",
            points_html([(website_href(company.website), company.website, "")])
            if company.website
            else "",
            rich=True,
        )
        self.fields.set("vat_id", company.vat_id)
        self.fill_custom(list_custom_fields(db, "company"), company.custom)

        self.people.set_rows(
            [
                RelatedRow(
                    record_id=int(row.id),
                    cells=(row.name, row.primary_email, stage_label(row.lifecycle_stage)),
                    icon=dot_icon(stage_colour(row.lifecycle_stage).name()),
                )
                for row in list_contacts(db, ContactFilter(company_id=company.id), 0, SHOWN)
            ]
        )
        self.people_title.setText(titled(self.tr("People"), people_total))
        self.fill_related(company_id=company.id)
        self.customer_value.show_customer(company.id)

    def many_text(self, count: int) -> str:
        return self.tr(
            "{n} companies selected.\n\nAdd a tag, assign an owner, export or delete them"
            " with the buttons above the list."
        ).format(n=count_text(count))

"""Companies and contacts for tests of other areas, made through their services."""

from __future__ import annotations

from crm_desktop.domain.companies import CompanyDraft
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.ids import CompanyId, ContactId
from crm_desktop.services.companies import create_company
from crm_desktop.services.contacts import create_contact
from crm_desktop.storage.database import Database


def add_company(db: Database, name: str = "ACME Srl") -> CompanyId:
    return create_company(db, CompanyDraft(name=name)).id


def add_contact(db: Database, first: str = "Giulia", last: str = "Rossi") -> ContactId:
    return create_contact(db, ContactDraft(first_name=first, last_name=last)).id

"""Export to CSV (interchange/csv_export.py), import into a new file: the same records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.domain.companies import CompanyDraft
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.interchange.csv_export import export_companies, export_contacts
from crm_desktop.services.companies import create_company, get_companies, list_companies
from crm_desktop.services.contacts import create_contact, get_contacts, list_contacts
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.imports import open_import, run_import
from crm_desktop.services.settings import update_settings
from crm_desktop.services.tags import tag_records, tags_for
from crm_desktop.storage.database import Database

_CONTACT_FIELDS = (
    "first_name", "last_name", "job_title", "company", "emails", "phones", "street", "postcode",
    "city", "region", "country", "birthday", "lifecycle_stage", "lead_source", "notes",
)  # fmt: skip
_COMPANY_FIELDS = (
    "name", "industry", "website", "emails", "phones", "street", "postcode", "city", "region",
    "country", "vat_id", "notes",
)  # fmt: skip


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Database]:
    database = open_crm_file(tmp_path / "other.sqlite3", user="tester")
    update_settings(database, default_region="IT")
    yield database
    database.close()


def test_contacts_exported_then_imported_are_the_same(
    db: Database, other: Database, tmp_path: Path
) -> None:
    company = create_company(db, CompanyDraft(name="Åberg & Rossi Srl"))
    made = [
        create_contact(
            db,
            ContactDraft(
                first_name="Nicolò",
                last_name="Åberg",
                job_title="CEO, founder",
                company_id=company.id,
                emails=[("work", "nicolo@aberg.example.it"), ("home", "n@casa.example.it")],
                phones=[("mobile", "347 123 4567"), ("work", "+46 8 123 456 78")],
                street="Via Roma 1",
                postcode="00100",
                city="Roma",
                region="RM",
                country="IT",
                birthday="1970-12-31",
                lifecycle_stage="customer",
                lead_source="fair",
                notes='Line one\nline "two"; three',
            ),
        ),
        create_contact(db, ContactDraft(emails=["only@example.com"], lifecycle_stage="prospect")),
    ]
    tag_records(db, "contact", [made[0].id], ["VIP", "Roma"])
    path = tmp_path / "contacts.csv"
    export_contacts(db, [c.id for c in made], path)

    report = run_import(other, open_import(other, path, "contacts"), errors_path=tmp_path / "e.csv")

    assert (report.created, report.rejected) == (2, 0)
    again = get_contacts(other, sorted(r.id for r in list_contacts(other)))
    assert [{f: getattr(c, f) for f in _CONTACT_FIELDS} for c in again] == [
        {f: getattr(c, f) for f in _CONTACT_FIELDS} for c in made
    ]
    assert tags_for(other, "contact", again[0].id) == ["Roma", "VIP"]


def test_companies_exported_then_imported_are_the_same(
    db: Database, other: Database, tmp_path: Path
) -> None:
    made = create_company(
        db,
        CompanyDraft(
            name="Alfa Srl",
            industry="Edilizia",
            website="www.alfa.example.it",
            emails=[("pec", "alfa@pec.example.it")],
            phones=[("work", "02 1234 5678")],
            street="Via Po 3",
            postcode="10121",
            city="Torino",
            region="TO",
            country="IT",
            vat_id="01234567890",
            notes="Client since 2001",
        ),
    )
    path = tmp_path / "companies.csv"
    export_companies(db, [made.id], path)

    report = run_import(other, open_import(other, path, "companies"), errors_path=tmp_path / "e")

    assert report.created == 1
    (again,) = get_companies(other, [r.id for r in list_companies(other)])
    assert {f: getattr(again, f) for f in _COMPANY_FIELDS} == {
        f: getattr(made, f) for f in _COMPANY_FIELDS
    }


def test_cells_guarded_against_formulas_come_back_as_they_were(
    db: Database, other: Database, tmp_path: Path
) -> None:
    company = create_company(db, CompanyDraft(name="=Tools Srl"))
    made = [
        create_contact(db, ContactDraft(first_name="=Eve", last_name="-Bo", company_id=company.id)),
        create_contact(db, ContactDraft(first_name="+Anna", city="@home", job_title="=SUM(A1)")),
        create_contact(db, ContactDraft(first_name="'Quoted", notes="-- five -- ")),
    ]
    path = tmp_path / "contacts.csv"
    export_contacts(db, [c.id for c in made], path)
    assert "'=Eve" in path.read_text(encoding="utf-8-sig")  # guarded in the file

    report = run_import(other, open_import(other, path, "contacts"), errors_path=tmp_path / "e.csv")

    assert (report.created, report.rejected) == (3, 0)
    again = get_contacts(other, sorted(r.id for r in list_contacts(other)))
    assert [{f: getattr(c, f) for f in _CONTACT_FIELDS} for c in again] == [
        {f: getattr(c, f) for f in _CONTACT_FIELDS} for c in made
    ]

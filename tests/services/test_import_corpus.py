"""Every CSV file of the shared corpus imports or is refused with a message naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.domain.errors import ImportFileError
from crm_desktop.services.companies import get_companies, list_companies
from crm_desktop.services.contacts import get_contacts, list_contacts
from crm_desktop.services.custom_fields import define_custom_field
from crm_desktop.services.imports import open_import, run_import, with_mapping
from crm_desktop.storage.database import Database
from tests.import_files import corpus, file_state


def test_legacy_google_export_imports_its_contact_with_warnings_for_placeholder_phones(
    db: Database, tmp_path: Path
) -> None:
    source = open_import(db, corpus("roundcube_gmail.csv"), "contacts")
    assert source.mapping_source == "Google Contacts"

    report = run_import(db, source, errors_path=tmp_path / "e.csv")

    # Its phones are the words "pager", "mobile"...: dropped, each with a warning.
    assert (report.rows, report.created, report.rejected) == (1, 1, 0)
    (outcome,) = report.outcomes
    assert (outcome.line, outcome.action, outcome.problems) == (2, "create", {})
    assert outcome.warnings["phones[0]"].startswith("'pager' is not a phone number")
    assert "home_country" in outcome.warnings["country"]
    assert report.errors_path is None and not (tmp_path / "e.csv").exists()
    (contact,) = get_contacts(db, [r.id for r in list_contacts(db)])
    assert (contact.first_name, contact.last_name) == ("Firstname", "Lastname")
    assert len(contact.emails) == 4 and contact.phones == () and contact.country == ""


def test_legacy_google_export_keeps_the_text_of_what_it_could_not_import_in_the_notes(
    db: Database, tmp_path: Path
) -> None:
    source = open_import(db, corpus("roundcube_gmail.csv"), "contacts")

    run_import(db, source, errors_path=tmp_path / "e.csv")

    (contact,) = get_contacts(db, [r.id for r in list_contacts(db)])
    lines = contact.notes.splitlines()
    assert lines[0] == 'note"note'
    assert "Country: home_country" in lines
    assert "Not imported (not a valid phone number): pager" in lines
    assert "Not imported (not a valid phone number): workfax" in lines


def test_legacy_google_export_imports_once_the_placeholder_columns_are_left_out(
    db: Database, tmp_path: Path
) -> None:
    source = open_import(db, corpus("roundcube_gmail.csv"), "contacts")
    mapping = {
        h: f for h, f in source.mapping.items() if f not in ("phones", "phone_label", "country")
    }

    report = run_import(db, with_mapping(db, source, mapping), errors_path=tmp_path / "e.csv")

    assert report.created == 1
    (contact,) = get_contacts(db, [r.id for r in list_contacts(db)])
    assert (contact.first_name, contact.last_name, contact.birthday) == (
        "Firstname",
        "Lastname",
        "1975-12-12",
    )
    assert [e.address for e in contact.emails] == [
        "home@aaa.pl",
        "work@email.pl",
        "unknown@email.com",
        "other@email.com",
    ]
    assert contact.notes == 'note"note'
    assert contact.company == "company"


def test_outlook_export_with_only_emails_imports_one_contact(db: Database, tmp_path: Path) -> None:
    source = open_import(db, corpus("roundcube_outlook.csv"), "contacts")

    report = run_import(db, source, errors_path=tmp_path / "e.csv")

    assert report.created == 1
    (contact,) = get_contacts(db, [r.id for r in list_contacts(db)])
    assert [e.address for e in contact.emails] == [
        "test1@domain.tld",
        "test2@domain.tld",
        "test3@domain.tld",
    ]


def test_italian_invoicing_clients_import_as_companies_with_partita_iva_as_text(
    db: Database, tmp_path: Path
) -> None:
    source = open_import(db, corpus("openfatture_clients.csv"), "companies")

    report = run_import(db, source, errors_path=tmp_path / "e.csv")

    assert (report.created, report.rejected) == (3, 0)
    companies = {c.name: c for c in get_companies(db, [r.id for r in list_companies(db)])}
    aurora = companies["Studio Legale Aurora"]
    assert aurora.vat_id == "01928374650"
    assert (aurora.postcode, aurora.city, aurora.region, aurora.country) == (
        "40121",
        "Bologna",
        "BO",
        "IT",
    )
    assert [e.label for e in aurora.emails] == ["pec", "work"]
    assert aurora.phones[0].e164 == "+390512233445"


@pytest.mark.parametrize(
    "name",
    [
        "csvkit_test_locale.csv",
        "csvkit_test_utf8_bom.csv",
        "salesforce_dataloader_csvtext_BOM_UTF16LE.csv",
    ],
)
def test_files_without_a_recognisable_column_are_refused_until_mapped(
    db: Database, tmp_path: Path, name: str
) -> None:
    source = open_import(db, corpus(name), "contacts")
    before = file_state(db.path)

    with pytest.raises(ImportFileError, match=f"{name}: no column .* matches a field"):
        run_import(db, source, errors_path=tmp_path / "e.csv")

    assert file_state(db.path) == before


def test_utf16_excel_unicode_text_reads_once_mapped(db: Database, tmp_path: Path) -> None:
    source = open_import(db, corpus("salesforce_dataloader_csvtext_BOM_UTF16LE.csv"), "contacts")
    assert source.format.encoding == "utf-16"

    mapped = with_mapping(db, source, {"column1": "first_name", "column2": "last_name"})
    report = run_import(db, mapped, errors_path=tmp_path / "e.csv")

    assert report.created == 2
    names = {c.first_name for c in get_contacts(db, [r.id for r in list_contacts(db)])}
    assert names == {"row1-1", "row2-1"}


def test_locale_numbers_read_into_a_custom_number_field(db: Database, tmp_path: Path) -> None:
    define_custom_field(db, "contact", "weight", "Weight", "number")
    define_custom_field(db, "contact", "budget", "Budget", "number")
    source = open_import(db, corpus("csvkit_test_locale.csv"), "contacts")
    mapped = with_mapping(
        db, source, {"a": "custom.weight", "b": "custom.budget", "c": "first_name"}
    )

    report = run_import(db, mapped, errors_path=tmp_path / "e.csv")

    # No name or e-mail: the row is refused, as a form refuses it, with the reason.
    assert report.rejected == 1
    assert "first_name" in report.outcomes[0].problems
    # With a name it goes in: "1,7" is 1.7 and "200.000.000" two hundred million.
    path = tmp_path / "named.csv"
    data_row = corpus("csvkit_test_locale.csv").read_text().splitlines()[1]
    path.write_text(f"a,b,c\n{data_row}Anna\n", encoding="utf-8")
    run_import(db, with_mapping(db, open_import(db, path, "contacts"), mapped.mapping))
    (anna,) = get_contacts(db, [r.id for r in list_contacts(db)])
    assert anna.custom == {"weight": 1.7, "budget": 200000000}

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from crm_desktop.domain.companies import CompanyDraft
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.interchange.csv_export import (
    COMPANY_HEADER,
    CONTACT_HEADER,
    export_companies,
    export_contacts,
    neutralise,
    write_csv,
)
from crm_desktop.interchange.csv_import import unguard
from crm_desktop.services.companies import create_company
from crm_desktop.services.contacts import create_contact, delete_contact
from crm_desktop.services.tags import tag_records
from crm_desktop.storage.database import Database


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_written_file_starts_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"

    write_csv(path, ["Name"], [["Nicolò Åberg"]])

    assert path.read_bytes().startswith(b"\xef\xbb\xbfName\r\n")
    assert _read(path) == [["Name"], ["Nicolò Åberg"]]


def test_cells_with_commas_quotes_and_newlines_read_back_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    awkward = ['Rossi, "Ugo"', "line one\nline two", None]

    count = write_csv(path, ["a", "b", "c"], [awkward])

    assert count == 1
    assert _read(path)[1] == ['Rossi, "Ugo"', "line one\nline two", ""]


def test_exported_contacts_come_in_the_order_given_with_tags(db: Database, tmp_path: Path) -> None:
    acme = create_company(db, CompanyDraft(name="Acme Srl"))
    ada = create_contact(
        db,
        ContactDraft(
            first_name="Ada",
            last_name="Rossi",
            company_id=acme.id,
            emails=[("home", "ada@example.it"), "ada@acme.it"],
            phones=["06 1234 5678"],
        ),
    )
    ugo = create_contact(db, ContactDraft(first_name="Ugo", last_name="Bassi"))
    tag_records(db, "contact", [ada.id], ["vip", "newsletter"])
    path = tmp_path / "contacts.csv"

    written = export_contacts(db, [ugo.id, ada.id], path)

    rows = _read(path)
    assert written == 2
    assert rows[0] == list(CONTACT_HEADER)
    assert [r[0] for r in rows[1:]] == ["Ugo", "Ada"]
    ada_row = dict(zip(CONTACT_HEADER, rows[2], strict=True))
    assert ada_row["Company"] == "Acme Srl"
    assert ada_row["E-mails"] == "home: ada@example.it; work: ada@acme.it"
    assert ada_row["Phones"] == "work: 06 1234 5678"
    assert ada_row["Tags"] == "newsletter, vip"


def test_contacts_trashed_before_the_export_are_left_out(db: Database, tmp_path: Path) -> None:
    ada = create_contact(db, ContactDraft(first_name="Ada"))
    gone = create_contact(db, ContactDraft(first_name="Gone"))
    delete_contact(db, gone.id)
    seen: list[tuple[int, int]] = []

    written = export_contacts(
        db, [ada.id, gone.id], tmp_path / "c.csv", lambda done, total: seen.append((done, total))
    )

    assert written == 1
    assert seen == [(1, 2), (2, 2)]


def test_exported_companies_hold_vat_number_and_owner(db: Database, tmp_path: Path) -> None:
    acme = create_company(db, CompanyDraft(name="Acme Srl", vat_id="IT01234567890", city="Roma"))
    path = tmp_path / "companies.csv"

    export_companies(db, [acme.id], path)

    row = dict(zip(COMPANY_HEADER, _read(path)[1], strict=True))
    assert (row["Name"], row["VAT number"], row["City"]) == ("Acme Srl", "IT01234567890", "Roma")


@pytest.mark.parametrize("text", ["=Eve", "-Bo", "+Anna", "@home", "\tx", "\rx", "plain", "'tis"])
def test_unguard_gives_back_what_neutralise_guarded(text: str) -> None:
    assert unguard(neutralise(text)) == text

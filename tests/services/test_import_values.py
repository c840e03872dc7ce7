"""Values real exports write that a form would not: Outlook's 0/0/00, Google's --05-06, phones
of another country than the file's."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.domain.contacts import Contact
from crm_desktop.services.contacts import get_contacts, list_contacts
from crm_desktop.services.imports import ImportReport, open_import, run_import
from crm_desktop.storage.database import Database
from tests.import_files import fixture


def _contacts(db: Database) -> dict[str, Contact]:
    found = get_contacts(db, [r.id for r in list_contacts(db)])
    return {c.last_name: c for c in found}


def _run(db: Database, path: Path, tmp_path: Path, region: str) -> ImportReport:
    source = open_import(db, path, "contacts", region=region)
    return run_import(db, source, "skip", errors_path=tmp_path / "errors.csv")


def test_every_row_of_a_full_outlook_export_imports_and_0_0_00_is_no_birthday(
    db: Database, tmp_path: Path
) -> None:
    report = _run(db, fixture("outlook_full_cp1252.csv"), tmp_path, "US")

    assert (report.created, report.rejected) == (3, 0)
    contacts = _contacts(db)
    assert {name: c.birthday for name, c in contacts.items()} == {
        "Smith": None,
        "Rossi": "1975-12-31",
        "Ström": None,
    }
    assert contacts["Ström"].company == "Ström & Söner AB"
    assert [e.address for e in contacts["Rossi"].emails] == ["anna.rossi@example.it"]


def test_a_file_with_a_title_line_above_its_header_imports_every_row(
    db: Database, tmp_path: Path
) -> None:
    report = _run(db, fixture("title_line.csv"), tmp_path, "IT")

    assert (report.created, report.rejected) == (2, 0)
    assert [p.e164 for p in _contacts(db)["Rossi"].phones] == ["+393471234567"]


def test_a_utf16_file_without_a_bom_imports_with_its_accents(db: Database, tmp_path: Path) -> None:
    report = _run(db, fixture("utf16le_no_bom.txt"), tmp_path, "SE")

    assert (report.created, report.rejected) == (1, 0)
    asa = _contacts(db)["Öberg"]
    assert (asa.first_name, [e.address for e in asa.emails]) == ("Åsa", ["asa@oberg.example.se"])

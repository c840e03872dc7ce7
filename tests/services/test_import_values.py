"""Values real exports write that a form would not: Outlook's 0/0/00, Google's --05-06, phones
of another country than the file's."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.domain.contacts import Contact, ContactDraft
from crm_desktop.interchange.exports import ExportOptions, export_records
from crm_desktop.services.contacts import (
    create_contact,
    delete_contact,
    get_contacts,
    list_contacts,
)
from crm_desktop.services.imports import ImportReport, import_vcard, open_import, run_import
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


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "contacts.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_rows_own_country_reads_its_numbers_without_a_country_code(
    db: Database, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path,
        "First Name,Last Name,Country,Phone\nEva,Holm,Sverige,070-222 33 44\n"
        "Luca,Bruno,,347 123 4567\n",
    )

    _run(db, path, tmp_path, "IT")

    phones = {name: [p.e164 for p in c.phones] for name, c in _contacts(db).items()}
    assert phones == {"Holm": ["+46702223344"], "Bruno": ["+393471234567"]}


def test_the_shipped_outlook_file_imported_in_italy_keeps_swedish_numbers_swedish(
    db: Database, tmp_path: Path
) -> None:
    report = _run(db, fixture("outlook_cp1252.csv"), tmp_path, "IT")

    assert report.rejected == 0
    aberg = _contacts(db)["Åberg"]
    assert [p.e164 for p in aberg.phones] == ["+46812345678", "+46701234567"]


def test_a_number_invalid_in_the_rows_country_is_read_in_the_files_region(
    db: Database, tmp_path: Path
) -> None:
    path = _csv(tmp_path, "First Name,Last Name,Country,Phone\nEva,Holm,Sverige,347 123 4567\n")

    _run(db, path, tmp_path, "IT")

    assert [p.e164 for p in _contacts(db)["Holm"].phones] == ["+393471234567"]


def test_a_vcards_address_country_reads_its_numbers(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "eva.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Holm;Eva;;;\r\nFN:Eva Holm\r\n"
        "TEL;TYPE=CELL:070-222 33 44\r\nADR;TYPE=HOME:;;Storgatan 1;Stockholm;;111 22;Sverige\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )

    import_vcard(db, path, region="IT", errors_path=tmp_path / "errors.csv")

    assert [p.e164 for p in _contacts(db)["Holm"].phones] == ["+46702223344"]


def test_duplicates_are_found_by_the_number_read_in_the_rows_country(
    db: Database, tmp_path: Path
) -> None:
    eva = ContactDraft(first_name="Eva", last_name="Holm", phones=["+46 70 222 33 44"])
    create_contact(db, eva)
    path = _csv(tmp_path, "First Name,Last Name,Country,Phone\nE.,Holm-Berg,SE,070-222 33 44\n")

    report = _run(db, path, tmp_path, "IT")

    assert (report.created, report.skipped) == (0, 1)


@pytest.mark.parametrize("fmt", ["csv", "vcard"])
def test_a_local_number_of_another_country_survives_export_then_import(
    db: Database, tmp_path: Path, fmt: str
) -> None:
    # Typed in an Italian file for a contact in Sweden: an Italian number.
    eva = ContactDraft(first_name="Eva", last_name="Holm", country="SE", phones=["06 1234 5678"])
    made = create_contact(db, eva)
    path = tmp_path / f"out.{fmt}"
    export_records(db, ExportOptions("contacts", path, format=fmt, ids=(made.id,)))
    delete_contact(db, made.id, made.version)

    if fmt == "csv":
        _run(db, path, tmp_path, "IT")
    else:
        import_vcard(db, path, region="IT", errors_path=tmp_path / "errors.csv")

    phones = [(p.raw, p.e164) for p in _contacts(db)["Holm"].phones]
    assert phones == [("+39 06 1234 5678", "+390612345678")]


def test_a_birthday_without_a_year_is_left_out_with_a_warning_and_kept_in_the_notes(
    db: Database, tmp_path: Path
) -> None:
    path = _csv(tmp_path, "First Name,Last Name,Birthday,Notes\nEva,Holm,--05-06,Likes fika\n")

    report = _run(db, path, tmp_path, "IT")

    assert (report.created, report.rejected) == (1, 0)
    holm = _contacts(db)["Holm"]
    assert (holm.birthday, holm.notes) == (None, "Likes fika\n\nBirthday (no year): 05-06")
    (warned,) = report.outcomes
    assert warned.warnings == {"birthday": "'--05-06' has no year: left out, kept in the notes"}


def test_a_vcard_birthday_without_a_year_goes_to_the_notes(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "eva.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Holm;Eva;;;\r\nFN:Eva Holm\r\nBDAY:--0506\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )

    report = import_vcard(db, path, region="IT", errors_path=tmp_path / "errors.csv")

    assert (report.created, report.rejected) == (1, 0)
    holm = _contacts(db)["Holm"]
    assert (holm.birthday, holm.notes) == (None, "Birthday (no year): 05-06")

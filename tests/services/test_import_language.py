"""Import messages reach the user in their language, still naming the line and the field."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from crm_desktop.cli.imports import _print
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import ImportFileError
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.imports import open_import, preview_import, run_import
from crm_desktop.storage.database import Database
from tests.import_files import fixture
from tests.interchange.fake_catalog import speaking

ITALIAN = {
    ("import", "line {line}: {problems}"): "riga {line}: {problems}",
    ("import", "{value} is not a date of the calendar"): "{value} non è una data del calendario",
    ("import", "there is no user {name}: left unassigned"): (
        "non c'è nessun utente {name}: lasciato senza responsabile"
    ),
    ("import", "same e-mail {address}"): "stessa e-mail {address}",
    ("import", "the file is empty"): "il file è vuoto",
    ("import", "%n rows read: {created} created, {merged} merged,"
     " {skipped} skipped as duplicates, {rejected} rejected"): (
        "%n riga letta: {created} create, {merged} unite, {skipped} saltate, {rejected} rifiutate",
        "%n righe lette: {created} create, {merged} unite, {skipped} saltate, {rejected} rifiutate",
    ),
    ("import", "line {line}: rejected: {reasons}"): "riga {line}: rifiutata: {reasons}",
}  # fmt: skip


@pytest.fixture
def italian(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    with speaking(monkeypatch, tmp_path, ITALIAN):
        yield


def test_the_error_csv_gives_the_reason_in_italian_with_line_and_field(
    db: Database, tmp_path: Path, italian: None
) -> None:
    source = open_import(db, fixture("invalid_rows.csv"), "contacts")

    report = run_import(db, source, errors_path=tmp_path / "errors.csv")

    assert report.errors_path is not None
    with report.errors_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    reason = rows[0]["Import error"]  # the column's name stays: it is read back by programs
    assert reason == "riga 4: birthday: '32/13/1980' non è una data del calendario"


def test_a_warning_of_the_checks_page_is_in_italian(
    db: Database, tmp_path: Path, italian: None
) -> None:
    path = tmp_path / "owners.csv"
    path.write_text("First Name,Last Name,Owner\nAda,Lovelace,Nobody\n", encoding="utf-8")
    source = open_import(db, path, "contacts")

    preview = preview_import(db, source)
    report = run_import(db, source, errors_path=tmp_path / "errors.csv")

    italian_warning = "non c'è nessun utente 'Nobody': lasciato senza responsabile"
    assert preview[0].warnings == {"owner": italian_warning}
    assert [(o.line, o.warnings) for o in report.outcomes] == [(2, {"owner": italian_warning})]


def test_a_duplicate_is_explained_in_italian(db: Database, tmp_path: Path, italian: None) -> None:
    create_contact(db, ContactDraft(first_name="Ok", emails=["ok@example.com"]))
    source = open_import(db, fixture("invalid_rows.csv"), "contacts")

    report = run_import(db, source, errors_path=tmp_path / "errors.csv")

    skipped = [o for o in report.outcomes if o.action == "skip"]
    assert [(o.line, o.duplicate_reason) for o in skipped] == [(2, "stessa e-mail ok@example.com")]


def test_a_file_that_cannot_be_read_is_refused_in_italian_naming_the_file(
    db: Database, italian: None
) -> None:
    with pytest.raises(ImportFileError) as raised:
        open_import(db, fixture("empty.csv"), "contacts")

    assert str(raised.value) == f"{fixture('empty.csv')}: il file è vuoto"


def test_the_command_line_summary_counts_rows_in_italian(
    db: Database, tmp_path: Path, italian: None, capsys: pytest.CaptureFixture[str]
) -> None:
    source = open_import(db, fixture("invalid_rows.csv"), "contacts")
    report = run_import(db, source, errors_path=tmp_path / "errors.csv")

    _print(report)

    out = capsys.readouterr().out
    assert "4 righe lette: 3 create, 0 unite, 0 saltate, 1 rifiutate" in out
    assert "  riga 4: rifiutata: birthday: '32/13/1980' non è una data del calendario" in out


def test_english_is_back_after_an_italian_test(db: Database, tmp_path: Path) -> None:
    source = open_import(db, fixture("invalid_rows.csv"), "contacts")

    report = run_import(db, source, errors_path=tmp_path / "errors.csv")

    assert [o.problems for o in report.outcomes if o.action == "reject"] == [
        {"birthday": "'32/13/1980' is not a date of the calendar"}
    ]

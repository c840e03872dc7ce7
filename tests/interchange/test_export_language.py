"""Exports speak the user's language (headers, yes/no, messages) and still import back."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import vobject

from crm_desktop import i18n
from crm_desktop.cli import build_parser
from crm_desktop.cli.duplicates import moved_text, reason_text
from crm_desktop.cli.exports import exported
from crm_desktop.domain.activities import ActivityDraft
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.interchange.exports import ExportOptions, export_records
from crm_desktop.services.activities import log_activity
from crm_desktop.services.contacts import create_contact, get_contacts, list_contacts
from crm_desktop.services.deals import create_deal
from crm_desktop.services.duplicates import Reason
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.imports import open_import, run_import
from crm_desktop.storage.database import Database
from tests.interchange.fake_catalog import speaking

COLUMNS = {
    "First name": "Nome",
    "Last name": "Cognome",
    "E-mails": "Indirizzi e-mail",
    "Marketing consent": "Consenso marketing",
    "Country": "Paese",
    "Title": "Titolo",
    "Value": "Valore",
}
ITALIAN = {
    **{("export-columns", english): italian for english, italian in COLUMNS.items()},
    ("export", "yes"): "sì",
    ("export", "Contact: {name}"): "Contatto: {name}",
    ("export", "{folder} is not a folder"): "{folder} non è una cartella",
    ("export", "Exported %n contact to {path}"): ("Esportato %n contatto in {path}", "?"),
    ("export", "Exported %n contacts to {path}"): ("?", "Esportati %n contatti in {path}"),
    ("duplicates", "same e-mail {value}"): "stessa e-mail {value}",
    ("view fields", "Open", "deal status"): "Aperta",
    ("duplicates", "%n deals"): ("%n trattativa", "%n trattative"),
}


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def _giulia(db: Database) -> None:
    draft = ContactDraft(
        first_name="Giulia",
        last_name="Bianchi",
        emails=["giulia@bianchi.it"],
        country="IT",
        marketing_consent=True,
    )
    create_contact(db, draft)


def test_an_italian_export_has_italian_headers_and_yes_no(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _giulia(db)
    path = tmp_path / "contatti.csv"

    with speaking(monkeypatch, tmp_path, ITALIAN):
        export_records(db, ExportOptions("contacts", path))

    header, row = _rows(path)
    assert header[:2] == ["Nome", "Cognome"]
    assert row[header.index("Consenso marketing")] == "sì"
    assert row[header.index("Indirizzi e-mail")] == "work: giulia@bianchi.it"


def test_a_file_exported_in_italian_is_imported_by_an_english_user(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _giulia(db)
    path = tmp_path / "contatti.csv"
    with speaking(monkeypatch, tmp_path, ITALIAN):
        export_records(db, ExportOptions("contacts", path))
    # The English user's installation has the Italian catalogue too.
    real = i18n.translation_file
    italian_ts = tmp_path / "crm_desktop_it.ts"
    monkeypatch.setattr(
        i18n,
        "translation_file",
        lambda lang, suffix=".ts": italian_ts if lang == "it" else real(lang, suffix),
    )
    other = open_crm_file(tmp_path / "other.sqlite3", user="tester")
    try:
        source = open_import(other, path, "contacts", region="IT")
        report = run_import(other, source, errors_path=tmp_path / "errors.csv")
        [back] = get_contacts(other, [r.id for r in list_contacts(other)])
    finally:
        other.close()

    assert source.mapping_source == "crm-desktop"
    assert (report.created, report.rejected) == (1, 0)
    assert (back.first_name, back.last_name, back.country) == ("Giulia", "Bianchi", "IT")
    assert [e.address for e in back.emails] == ["giulia@bianchi.it"]
    assert back.marketing_consent


def test_a_deal_export_names_its_columns_in_italian(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_deal(db, DealDraft(title="Caldaia", value_minor=123456))
    path = tmp_path / "trattative.csv"

    with speaking(monkeypatch, tmp_path, ITALIAN):
        export_records(db, ExportOptions("deals", path))

    header, row = _rows(path)
    assert header[0] == "Titolo"
    assert row[header.index("Valore")] == "1234,56"
    assert row[3] == "Aperta"  # the status as people read it


def test_an_icalendar_entry_names_its_contact_in_italian(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = create_contact(db, ContactDraft(first_name="Giulia", last_name="Rossi")).id
    log_activity(db, ActivityDraft(kind="task", subject="Chiamare", contact_id=person))
    path = tmp_path / "a.ics"

    with speaking(monkeypatch, tmp_path, ITALIAN):
        export_records(db, ExportOptions("activities", path, format="ical"))

    todo = vobject.readOne(path.read_text(encoding="utf-8")).vtodo
    assert todo.description.value.splitlines()[0] == "Contatto: Giulia Rossi"


def test_a_refused_export_says_why_in_italian(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "missing" / "c.csv"

    with speaking(monkeypatch, tmp_path, ITALIAN), pytest.raises(ValidationError) as raised:
        export_records(db, ExportOptions("contacts", path))

    assert raised.value.errors == {"path": f"{path.parent} non è una cartella"}


def test_command_line_counts_are_italian_in_the_singular_and_plural(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with speaking(monkeypatch, tmp_path, ITALIAN):
        one = exported("contacts", 1).format(path="c.csv")
        three = exported("contacts", 3).format(path="c.csv")
        deals = moved_text("deals", 2)
        why = reason_text(Reason("email", "a@b.it"))

    assert (one, three) == ("Esportato 1 contatto in c.csv", "Esportati 3 contatti in c.csv")
    assert deals == "2 trattative"
    assert why == "stessa e-mail a@b.it"


def test_the_export_command_explains_its_options_in_italian(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    messages = {("cli", "the file to write"): "il file da scrivere"}
    with speaking(monkeypatch, tmp_path, messages):
        parser = build_parser()

    with pytest.raises(SystemExit):
        parser.parse_args(["export", "--help"])

    assert "il file da scrivere" in " ".join(capsys.readouterr().out.split())

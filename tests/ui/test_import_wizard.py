"""The import wizard driven like a user: file, columns, preview, check, import."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWizard
from pytestqt.qtbot import QtBot

from crm_desktop.services.contact_lists import count_contacts, list_contacts
from crm_desktop.services.contacts import get_contact
from crm_desktop.services.imports import open_import
from crm_desktop.services.settings import update_settings
from crm_desktop.ui.imports.check_pages import RunPage
from crm_desktop.ui.imports.wizard import (
    CHECK_PAGE,
    FILE_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    RUN_PAGE,
    ImportWizard,
)
from crm_desktop.ui.state import AppState
from tests.import_files import CORPUS, FIXTURES

VCARDS = CORPUS.parent / "vcard"


def _wizard(qtbot: QtBot, state: AppState, path: Path, entity: str = "contacts") -> ImportWizard:
    wizard = ImportWizard(state, None, entity, path)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _to_check_page(qtbot: QtBot, wizard: ImportWizard) -> None:
    """Next through the pages until every row has been checked."""
    while wizard.currentId() != CHECK_PAGE:
        wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=20000)


def _import(qtbot: QtBot, wizard: ImportWizard) -> None:
    _to_check_page(qtbot, wizard)
    with qtbot.waitSignal(wizard.run_page.finished, timeout=20000):
        wizard.next()


def test_google_export_imports_without_touching_a_column(qtbot: QtBot, state: AppState) -> None:
    wizard = _wizard(qtbot, state, FIXTURES / "google_new.csv")

    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    mapping = wizard.mapping_page.mapping()
    assert mapping["First Name"] == "first_name"
    assert mapping["E-mail 1 - Value"] == "emails"
    wizard.next()
    assert wizard.currentId() == PREVIEW_PAGE
    assert wizard.preview_page.table.rowCount() == 1
    _import(qtbot, wizard)

    assert wizard.currentId() == RUN_PAGE
    assert wizard.report is not None and wizard.report.created == 1
    contacts = list_contacts(state.db)
    assert [(c.first_name, c.last_name) for c in contacts] == [("Anna", "Lindqvist")]
    assert "1 created" in wizard.run_page.summary.text()


def test_check_page_reports_rejected_rows_by_line_before_anything_is_stored(
    qtbot: QtBot, state: AppState
) -> None:
    wizard = _wizard(qtbot, state, FIXTURES / "invalid_rows.csv")

    _to_check_page(qtbot, wizard)

    report = wizard.check_page.report
    assert report is not None and report.dry_run
    assert (report.created, report.rejected) == (3, 1)
    table = wizard.check_page.table
    actions = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    # A bad e-mail or phone of a named row is left out with a warning; a bad date rejects.
    assert actions == {"3": "Create", "4": "Reject", "5": "Create"}
    assert count_contacts(state.db) == 0


def test_rejected_rows_go_to_an_error_file_and_the_valid_ones_are_stored(
    qtbot: QtBot, state: AppState, tmp_path: Path
) -> None:
    source = tmp_path / "people.csv"
    source.write_bytes((FIXTURES / "invalid_rows.csv").read_bytes())
    wizard = _wizard(qtbot, state, source)

    _import(qtbot, wizard)

    assert count_contacts(state.db) == 3
    report = wizard.report
    assert report is not None and report.errors_path is not None
    with report.errors_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 2  # the header and the rejected row, with its reason
    assert str(report.errors_path) in wizard.run_page.summary.text()


def test_a_file_that_is_not_csv_is_refused_on_the_first_page(qtbot: QtBot, state: AppState) -> None:
    wizard = _wizard(qtbot, state, FIXTURES / "binary_garbage.csv")

    wizard.next()

    assert wizard.currentId() == FILE_PAGE
    problem = wizard.file_page.problem
    assert problem.isVisibleTo(wizard) and "binary_garbage.csv" in problem.text()


def test_a_column_set_to_skip_is_left_out(qtbot: QtBot, state: AppState) -> None:
    wizard = _wizard(qtbot, state, FIXTURES / "google_new.csv")
    wizard.next()

    wizard.mapping_page.set_field("Organization Title", None)
    _import(qtbot, wizard)

    (row,) = list_contacts(state.db)
    assert get_contact(state.db, row.id).job_title == ""


def test_a_remembered_matching_is_found_for_the_next_file_with_those_columns(
    qtbot: QtBot, state: AppState
) -> None:
    wizard = _wizard(qtbot, state, FIXTURES / "google_new.csv")
    wizard.next()
    wizard.mapping_page.set_field("Organization Title", None)
    wizard.mapping_page.remember.setChecked(True)

    _import(qtbot, wizard)

    again = open_import(state.db, FIXTURES / "google_new.csv", "contacts")
    assert again.mapping_source == "saved"
    assert again.mapping["Organization Title"] is None


def test_duplicates_are_skipped_merged_or_created_as_chosen(qtbot: QtBot, state: AppState) -> None:
    first = _wizard(qtbot, state, FIXTURES / "google_new.csv")
    _import(qtbot, first)
    wizard = _wizard(qtbot, state, FIXTURES / "google_new.csv")
    _to_check_page(qtbot, wizard)
    assert wizard.check_page.report is not None and wizard.check_page.report.skipped == 1

    with qtbot.waitSignal(wizard.check_page.analysed, timeout=20000) as checked:
        wizard.check_page.create_anyway.setChecked(True)
    assert checked.args[0].created == 1
    with qtbot.waitSignal(wizard.run_page.finished, timeout=20000):
        wizard.next()

    assert count_contacts(state.db) == 2


def _big_file(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "Email"])
        for n in range(rows):
            writer.writerow([f"Name{n}", f"Surname{n}", f"person{n}@example.com"])
    return path


def test_cancelling_the_import_stores_nothing(
    qtbot: QtBot, state: AppState, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, state, _big_file(tmp_path / "big.csv", 4000))
    _to_check_page(qtbot, wizard)
    run_page: RunPage = wizard.run_page

    with qtbot.waitSignal(run_page.finished, timeout=20000) as finished:
        wizard.next()
        run_page.cancel.click()

    assert "nothing was stored" in run_page.summary.text()
    assert type(finished.args[0]).__name__ == "ImportCancelledError"
    assert count_contacts(state.db) == 0


@pytest.mark.skipif(not VCARDS.is_dir(), reason="the shared corpus folder is absent")
def test_a_vcard_from_a_phone_goes_straight_to_the_check(qtbot: QtBot, state: AppState) -> None:
    pytest.importorskip("crm_desktop.interchange.vcard")
    update_settings(state.db, default_region="US")  # the card's numbers are American
    wizard = _wizard(qtbot, state, VCARDS / "ezvcard_John_Doe_GMAIL.vcf")

    wizard.next()
    assert wizard.currentId() == CHECK_PAGE
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=20000)
    with qtbot.waitSignal(wizard.run_page.finished, timeout=20000):
        wizard.next()

    assert count_contacts(state.db) == 1


def test_preview_shows_a_bad_email_with_its_reason(qtbot: QtBot, state: AppState) -> None:
    wizard = _wizard(qtbot, state, FIXTURES / "invalid_rows.csv")
    wizard.next()
    wizard.next()

    table = wizard.preview_page.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    cell = table.item(1, headers.index("E-mail"))  # line 3: "not-an-email"
    assert "not-an-email" in cell.text()
    assert cell.toolTip() and cell.background().color().name() != "#000000"


def test_rejected_rows_go_to_the_file_the_user_chose(
    qtbot: QtBot, state: AppState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "elsewhere" / "rejected.csv"
    chosen.parent.mkdir()
    wizard = _wizard(qtbot, state, FIXTURES / "invalid_rows.csv")
    monkeypatch.setattr(wizard, "choose_errors_file", lambda _parent, _suggested: str(chosen))
    _to_check_page(qtbot, wizard)

    change = next(b for b in wizard.check_page.findChildren(QPushButton) if "ange" in b.text())
    change.click()
    with qtbot.waitSignal(wizard.run_page.finished, timeout=20000):
        wizard.next()

    assert wizard.report is not None and wizard.report.errors_path == chosen
    assert chosen.exists()
    assert not (FIXTURES / "invalid_rows.errors.csv").exists()


def test_back_is_disabled_once_the_import_is_stored(qtbot: QtBot, state: AppState) -> None:
    wizard = _wizard(qtbot, state, FIXTURES / "google_new.csv")

    _import(qtbot, wizard)

    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()


def test_numbers_without_a_country_code_are_read_for_the_chosen_country(
    qtbot: QtBot, state: AppState, tmp_path: Path
) -> None:
    source = tmp_path / "svenska.csv"
    source.write_text("Förnamn,Efternamn,Telefon\nAnna,Berg,070-123 45 67\n", encoding="utf-8")
    wizard = _wizard(qtbot, state, source)
    wizard.file_page.region.set_code("SE")

    _import(qtbot, wizard)

    (row,) = list_contacts(state.db)
    assert [p.e164 for p in get_contact(state.db, row.id).phones] == ["+46701234567"]

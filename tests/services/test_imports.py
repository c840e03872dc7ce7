from __future__ import annotations

import csv
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pytest

from crm_desktop.domain.contacts import Contact, ContactDraft
from crm_desktop.domain.errors import ImportCancelledError, ImportFileError
from crm_desktop.services.companies import get_companies, list_companies
from crm_desktop.services.contacts import create_contact, get_contacts, list_contacts
from crm_desktop.services.custom_fields import define_custom_field
from crm_desktop.services.imports import (
    ImportReport,
    analyse_import,
    import_vcard,
    open_import,
    preview_import,
    run_import,
    save_mapping,
    with_format,
    with_mapping,
)
from crm_desktop.services.search import search
from crm_desktop.services.tags import tags_for
from crm_desktop.storage.database import Database
from tests.import_files import file_state, fixture


def _contacts(db: Database) -> list[Contact]:
    rows = list_contacts(db)
    return get_contacts(db, [r.id for r in rows])


def _run(
    db: Database,
    name: str,
    tmp_path: Path,
    entity: str = "contacts",
    region: str = "",
    on_duplicate: str = "skip",
) -> ImportReport:
    source = open_import(db, fixture(name), entity, region=region)
    return run_import(db, source, on_duplicate, errors_path=tmp_path / "errors.csv")


def test_google_legacy_export_imports_names_emails_labels_phones_company_and_groups(
    db: Database, tmp_path: Path
) -> None:
    report = _run(db, "google_legacy.csv", tmp_path)

    assert (report.created, report.rejected) == (2, 0)
    mario = next(c for c in _contacts(db) if c.last_name == "Rossi")
    assert mario.first_name == "Mario"
    assert [(e.label, e.address) for e in mario.emails] == [
        ("work", "mario.rossi@example.it"),
        ("home", "mario@casa.example.it"),
    ]
    assert [(p.label, p.e164) for p in mario.phones] == [("mobile", "+393471234567")]
    assert mario.company == "Rossi Impianti Srl"
    assert mario.job_title == "Titolare"
    assert mario.birthday == "1975-12-12"
    assert mario.notes == "Met at the fair\r\nin Bologna"
    assert tags_for(db, "contact", mario.id) == ["Clienti"]


def test_google_new_export_reads_labels_and_international_phones(
    db: Database, tmp_path: Path
) -> None:
    _run(db, "google_new.csv", tmp_path)

    (anna,) = _contacts(db)
    assert (anna.first_name, anna.last_name, anna.company) == ("Anna", "Lindqvist", "Lindqvist AB")
    assert [p.e164 for p in anna.phones] == ["+46701234567", "+46812345678"]
    assert anna.birthday == "1980-02-29"
    assert tags_for(db, "contact", anna.id) == ["Kunder"]


def test_outlook_export_in_cp1252_keeps_accents_and_reads_country_names(
    db: Database, tmp_path: Path
) -> None:
    report = _run(db, "outlook_cp1252.csv", tmp_path, region="SE")

    assert report.rejected == 0
    names = {(c.first_name, c.last_name, c.company, c.country) for c in _contacts(db)}
    assert names == {
        ("Nicolò", "Åberg", "Åberg Konsult AB", "SE"),
        ("François", "Müller", "Café Crème", "FR"),
    }


def test_hubspot_stage_is_translated_and_an_unknown_owner_is_a_warning(
    db: Database, tmp_path: Path
) -> None:
    report = _run(db, "hubspot.csv", tmp_path)

    assert (report.created, report.rejected) == (2, 0)
    stages = {c.last_name: c.lifecycle_stage for c in _contacts(db)}
    assert stages == {"Verdi": "lead", "Neri": "customer"}
    warned = next(o for o in report.outcomes if o.line == 2)
    assert "owner" in warned.warnings


def test_salesforce_dates_are_read_month_first_for_a_us_file(db: Database, tmp_path: Path) -> None:
    source = open_import(db, fixture("salesforce.csv"), "contacts", region="US")
    run_import(db, source, errors_path=tmp_path / "e.csv")

    (john,) = _contacts(db)
    assert (john.birthday, john.country, john.company) == ("1970-12-31", "US", "Acme Corp")
    assert john.phones[0].e164 == "+16502530000"


def test_pipedrive_full_name_is_split_and_both_emails_kept(db: Database, tmp_path: Path) -> None:
    _run(db, "pipedrive.csv", tmp_path)

    (sara,) = _contacts(db)
    assert (sara.first_name, sara.last_name) == ("Sara", "Colombo")
    assert [e.address for e in sara.emails] == ["sara@colombo.example.it", "sara.c@home.example.it"]
    assert [e.label for e in sara.emails] == ["work", "home"]


def test_italian_semicolon_file_with_local_dates_and_numbers(db: Database, tmp_path: Path) -> None:
    define_custom_field(db, "contact", "fatturato", "Fatturato", "number")
    source = open_import(db, fixture("italian_semicolon_bom.csv"), "contacts")
    assert source.mapping["Fatturato"] == "custom.fatturato"

    report = run_import(db, source, errors_path=tmp_path / "e.csv")

    assert report.rejected == 0
    by_name = {c.first_name: c for c in _contacts(db)}
    assert by_name["Lucia"].birthday == "1970-12-31"
    assert by_name["Lucia"].custom == {"fatturato": 1234.56}
    assert by_name["Marco"].birthday == "1982-04-03"
    assert by_name["Marco"].custom == {"fatturato": 200000000}
    assert [p.e164 for p in by_name["Lucia"].phones] == ["+390287654321", "+393471112233"]
    assert by_name["Lucia"].city == "Milano" and by_name["Lucia"].postcode == "20121"


def test_swedish_utf16_tab_file_imports(db: Database, tmp_path: Path) -> None:
    report = _run(db, "swedish_tab_utf16le.txt", tmp_path, region="SE")

    assert report.created == 1
    (bjorn,) = _contacts(db)
    assert (bjorn.first_name, bjorn.last_name, bjorn.city, bjorn.country) == (
        "Björn",
        "Ström",
        "Stockholm",
        "SE",
    )
    assert bjorn.company == "Ström & Söner AB"


def test_companies_import_keeps_vat_leading_zero_and_website(db: Database, tmp_path: Path) -> None:
    report = _run(db, "companies_italian.csv", tmp_path, entity="companies")

    assert (report.created, report.rejected) == (2, 0)
    companies = get_companies(db, [r.id for r in list_companies(db)])
    alfa = next(c for c in companies if c.name == "Alfa Srl")
    assert (alfa.vat_id, alfa.website, alfa.industry, alfa.country) == (
        "01234567890",
        "www.alfa.example.it",
        "Edilizia",
        "IT",
    )


def test_rejected_rows_go_to_the_error_csv_with_line_and_field(
    db: Database, tmp_path: Path
) -> None:
    report = _run(db, "invalid_rows.csv", tmp_path)

    assert (report.created, report.rejected) == (3, 1)
    assert report.errors_path == tmp_path / "errors.csv"
    with report.errors_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["Last Name"] for r in rows] == ["Date"]
    assert rows[0]["Import error"].startswith("line 4: birthday:")


def test_a_bad_email_or_phone_of_a_named_row_is_dropped_with_a_warning_and_noted(
    db: Database, tmp_path: Path
) -> None:
    report = _run(db, "invalid_rows.csv", tmp_path)

    warned = {o.line: o.warnings for o in report.outcomes if o.action == "create"}
    assert warned[3]["emails[0]"].startswith("'not-an-email' is not a valid e-mail address")
    assert "'12'" in warned[5]["phones[0]"]
    by_name = {c.last_name: c for c in _contacts(db)}
    assert by_name["Email"].emails == ()
    assert by_name["Email"].notes == "Not imported (not a valid e-mail address): not-an-email"
    assert by_name["Phone"].phones == ()
    assert by_name["Phone"].notes == "Not imported (not a valid phone number): 12"


def test_one_bad_phone_among_several_drops_only_that_one(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "phones.csv"
    path.write_text(
        "First Name,Notes,Phone 1 - Value,Phone 2 - Value,Phone 3 - Value\n"
        "Anna,Met in Rome,347 123 4567,pager,02 8765 4321\n",
        encoding="utf-8",
    )

    report = run_import(db, open_import(db, path, "contacts"), errors_path=tmp_path / "e.csv")

    assert (report.created, report.rejected) == (1, 0)
    assert list(report.outcomes[0].warnings) == ["phones[1]"]
    (anna,) = _contacts(db)
    assert [p.e164 for p in anna.phones] == ["+393471234567", "+390287654321"]
    assert anna.notes == "Met in Rome\n\nNot imported (not a valid phone number): pager"


def test_a_row_with_only_a_bad_email_is_still_rejected_for_it(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "nameless.csv"
    path.write_text("Email,Phone\nnot-an-email,347 123 4567\n", encoding="utf-8")

    report = run_import(db, open_import(db, path, "contacts"), errors_path=tmp_path / "e.csv")

    assert (report.created, report.rejected) == (0, 1)
    assert list(report.outcomes[0].problems) == ["emails[0]"]
    assert "line 2: emails[0]" in (tmp_path / "e.csv").read_text(encoding="utf-8-sig")


def test_a_row_rejected_for_its_birthday_lists_its_bad_phone_too(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "both.csv"
    path.write_text("First Name,Phone,Birthday\nAnna,12,32/13/1980\n", encoding="utf-8")

    report = run_import(db, open_import(db, path, "contacts"), errors_path=tmp_path / "e.csv")

    assert report.rejected == 1
    assert set(report.outcomes[0].problems) == {"birthday", "phones[0]"}


def test_an_unknown_country_is_a_warning_and_kept_in_the_notes(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "country.csv"
    path.write_text("Name,Country\nAlfa Srl,Atlantide\nBeta AB,Sverige\n", encoding="utf-8")

    report = run_import(db, open_import(db, path, "companies"), errors_path=tmp_path / "e.csv")

    assert (report.created, report.rejected) == (2, 0)
    assert "'Atlantide'" in report.outcomes[0].warnings["country"]
    companies = {c.name: c for c in get_companies(db, [r.id for r in list_companies(db)])}
    alfa = companies["Alfa Srl"]
    assert (alfa.country, alfa.notes) == ("", "Country: Atlantide")
    assert companies["Beta AB"].country == "SE"


def test_preview_shows_normalised_values_without_storing(db: Database, tmp_path: Path) -> None:
    source = open_import(db, fixture("italian_semicolon_bom.csv"), "contacts")
    before = file_state(db.path)

    rows = preview_import(db, source, limit=1)

    assert [r.line for r in rows] == [2]
    assert rows[0].values["phones"] == "+390287654321, +393471112233"
    assert rows[0].values["birthday"] == "1970-12-31"
    assert file_state(db.path) == before


def test_dry_run_reports_and_stores_nothing(db: Database, tmp_path: Path) -> None:
    source = open_import(db, fixture("invalid_rows.csv"), "contacts")
    before = file_state(db.path)

    report = analyse_import(db, source)

    assert (report.dry_run, report.created, report.rejected) == (True, 3, 1)
    assert report.errors_path is None and not (tmp_path / "errors.csv").exists()
    assert file_state(db.path) == before
    assert list_contacts(db) == []


def test_cancel_mid_run_stores_nothing(db: Database, tmp_path: Path) -> None:
    rows = "".join(f"P{i},Q,p{i}@example.com\n" for i in range(600))
    path = tmp_path / "many.csv"
    path.write_text("First Name,Last Name,Email\n" + rows, encoding="utf-8")
    source = open_import(db, path, "contacts")
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 500

    with pytest.raises(ImportCancelledError):
        run_import(db, source, progress=progress, errors_path=tmp_path / "e.csv")

    assert seen[0] == (250, 600)
    assert list_contacts(db) == []
    assert not (tmp_path / "e.csv").exists()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", "the file is empty"),
        ("blank_lines.csv", "the file is empty"),
        ("binary_garbage.csv", "not a text file"),
        ("unknown_encoding.csv", "line 2: unknown text encoding"),
    ],
)
def test_unreadable_files_are_refused_on_opening(db: Database, name: str, message: str) -> None:
    before = file_state(db.path)

    with pytest.raises(ImportFileError, match=message):
        open_import(db, fixture(name), "contacts")

    assert file_state(db.path) == before


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("ragged.csv", "line 3: this row has 4 cells but the header has 3"),
        ("unclosed_quote.csv", "line 2: a quoted cell starting in this row is never closed"),
    ],
)
def test_a_broken_row_stops_the_import_and_stores_nothing(
    db: Database, tmp_path: Path, name: str, message: str
) -> None:
    source = open_import(db, fixture(name), "contacts")
    before = file_state(db.path)

    with pytest.raises(ImportFileError, match=message):
        run_import(db, source, errors_path=tmp_path / "e.csv")

    assert file_state(db.path) == before


def test_a_50_mb_line_is_refused_without_reading_it_whole(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("First Name,Notes\nAnna,")
        for _ in range(50):
            handle.write("x" * 1_000_000)
        handle.write("\n")
    before = file_state(db.path)

    with pytest.raises(ImportFileError, match="line 2: the line is longer than"):
        source = open_import(db, path, "contacts")
        run_import(db, source, errors_path=tmp_path / "e.csv")

    assert file_state(db.path) == before


def test_a_file_without_a_matching_column_asks_for_a_mapping(db: Database, tmp_path: Path) -> None:
    source = open_import(db, fixture("no_header.csv"), "contacts")

    with pytest.raises(ImportFileError, match=r"no column .* matches a field of contacts"):
        run_import(db, source)

    mapped = with_mapping(db, source, {"Column 1": "emails", "Column 2": "first_name"})
    report = run_import(db, mapped, errors_path=tmp_path / "e.csv")
    assert report.created == 2


def _existing(db: Database) -> int:
    return int(
        create_contact(
            db,
            ContactDraft(
                first_name="Mario",
                last_name="Rossi",
                emails=["mario.rossi@example.it"],
                job_title="",
                notes="Already here",
            ),
        ).id
    )


def test_duplicate_by_email_is_skipped_by_default(db: Database, tmp_path: Path) -> None:
    existing = _existing(db)

    report = _run(db, "google_legacy.csv", tmp_path)

    assert (report.created, report.skipped) == (1, 1)
    (skipped,) = [o for o in report.outcomes if o.action == "skip"]
    assert skipped.duplicate_id == existing
    assert "same e-mail mario.rossi@example.it" in skipped.duplicate_reason
    assert len(list_contacts(db)) == 2


def test_merge_fills_empty_fields_adds_emails_and_tags_and_keeps_the_rest(
    db: Database, tmp_path: Path
) -> None:
    existing = _existing(db)

    report = _run(db, "google_legacy.csv", tmp_path, on_duplicate="merge")

    assert (report.created, report.merged) == (1, 1)
    (mario,) = get_contacts(db, [existing])
    assert [e.address for e in mario.emails] == ["mario.rossi@example.it", "mario@casa.example.it"]
    assert mario.job_title == "Titolare"  # was empty: filled
    assert mario.notes == "Already here"  # was filled: kept
    assert mario.company == "Rossi Impianti Srl"
    assert tags_for(db, "contact", existing) == ["Clienti"]
    merged = next(o for o in report.outcomes if o.action == "merge")
    assert merged.warnings["notes"].startswith("kept 'Already here'")


def test_create_on_duplicate_stores_a_second_record(db: Database, tmp_path: Path) -> None:
    _existing(db)

    report = _run(db, "google_legacy.csv", tmp_path, on_duplicate="create")

    assert report.created == 2
    assert len(list_contacts(db)) == 3


def test_duplicates_within_the_file_by_phone_and_by_similar_name_at_the_same_company(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "dups.csv"
    path.write_text(
        "First Name,Last Name,Company,Phone,Email\n"
        "Mario,Rossi,Acme Srl,06 1234 5678,\n"
        "Luigi,Verdi,Other,+39 06 12345678,\n"
        "Maria,Rossi,ACME SRL,,\n"
        "Mario,Rossi,Beta Srl,,mr@example.it\n",
        encoding="utf-8",
    )
    source = open_import(db, path, "contacts")

    report = analyse_import(db, source)

    assert (report.created, report.skipped) == (2, 2)
    by_line = {o.line: o for o in report.outcomes}
    assert (
        by_line[3].duplicate_line == 2 and "same phone +390612345678" in by_line[3].duplicate_reason
    )
    assert by_line[4].duplicate_line == 2 and "similar name" in by_line[4].duplicate_reason


def test_companies_named_in_contact_rows_are_linked_ignoring_case_and_accents(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "First Name,Company,Email\n"
        "A,Åberg Konsult AB,a@example.se\n"
        "B,aberg konsult ab,b@example.se\n",
        encoding="utf-8",
    )

    report = run_import(db, open_import(db, path, "contacts"), errors_path=tmp_path / "e.csv")

    assert report.companies_created == 1
    assert [c.name for c in list_companies(db)] == ["Åberg Konsult AB"]
    assert {c.company for c in _contacts(db)} == {"Åberg Konsult AB"}


def test_imported_contacts_are_found_by_search(db: Database, tmp_path: Path) -> None:
    _run(db, "outlook_cp1252.csv", tmp_path, region="SE")

    hits = search(db, "Åberg")

    assert any(h.type == "contact" and "Nicolò" in h.title for h in hits)


def test_saved_mapping_is_found_again_for_the_same_headers(db: Database) -> None:
    source = open_import(db, fixture("no_header.csv"), "contacts")
    mapping = {"Column 1": "emails", "Column 2": "last_name"}
    save_mapping(db, "contacts", source.headers, mapping)

    again = open_import(db, fixture("no_header.csv"), "contacts")

    assert again.mapping_source == "saved"
    assert again.mapping == mapping


def test_the_wizard_can_change_the_delimiter_and_the_header_is_read_again(
    db: Database,
) -> None:
    source = open_import(db, fixture("italian_semicolon_bom.csv"), "contacts")

    wrong = with_format(db, source, delimiter=",")
    right = with_format(db, wrong, delimiter=";")

    assert len(wrong.headers) < len(source.headers)
    assert right.headers == source.headers
    assert right.mapping["Cognome"] == "last_name"


def test_a_vcard_reader_feeds_the_same_pipeline(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    @dataclass
    class Card:
        line: int
        fields: dict[str, object]
        original: dict[str, str]

    reader = types.ModuleType("crm_desktop.interchange.vcard")
    reader.read_vcards = lambda path: [  # type: ignore[attr-defined]
        Card(1, {"first_name": "Åsa", "emails": [("home", "asa@example.se")]}, {}),
        # No name, and its only e-mail is bad: nothing says who it is.
        Card(9, {"emails": ["nope"]}, {"EMAIL": "nope"}),
    ]
    monkeypatch.setitem(sys.modules, "crm_desktop.interchange.vcard", reader)
    path = tmp_path / "phone.vcf"
    path.write_text("BEGIN:VCARD\n", encoding="utf-8")

    report = import_vcard(db, path, errors_path=tmp_path / "e.csv")

    assert (report.created, report.rejected) == (1, 1)
    assert report.outcomes[0].line == 9
    (asa,) = _contacts(db)
    assert [(e.label, e.address) for e in asa.emails] == [("home", "asa@example.se")]
    assert "line 9: emails[0]:" in (tmp_path / "e.csv").read_text(encoding="utf-8-sig")


def test_rows_of_one_person_within_the_file_merge_into_one_contact(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "twice.csv"
    path.write_text(
        "First Name,Last Name,Email,Phone,City,Tags\n"
        "Anna,Rossi,anna@example.it,,Roma,a\n"
        "Anna,Rossi,ANNA@example.it,347 123 4567,Milano,b\n",
        encoding="utf-8",
    )

    report = run_import(db, open_import(db, path, "contacts"), "merge", errors_path=tmp_path / "e")

    assert (report.created, report.merged) == (1, 1)
    (anna,) = _contacts(db)
    assert anna.city == "Roma"  # the first row's value stands; the second is reported
    assert [p.e164 for p in anna.phones] == ["+393471234567"]
    assert tags_for(db, "contact", anna.id) == ["a", "b"]
    merged = next(o for o in report.outcomes if o.action == "merge")
    assert merged.duplicate_line == 2
    assert merged.warnings["city"] == "kept 'Roma'; the file has 'Milano'"


def test_a_merge_never_blanks_or_overwrites_what_is_stored(db: Database, tmp_path: Path) -> None:
    stored = create_contact(
        db, ContactDraft(first_name="Anna", last_name="Rossi", emails=["anna@example.it"],
                         city="Roma", job_title="CEO")
    )  # fmt: skip
    path = tmp_path / "less.csv"
    path.write_text("Email,City,Job Title\nanna@example.it,,Buyer\n", encoding="utf-8")

    run_import(db, open_import(db, path, "contacts"), "merge", errors_path=tmp_path / "e")

    (after,) = get_contacts(db, [stored.id])
    assert (after.first_name, after.city, after.job_title) == ("Anna", "Roma", "CEO")
    assert after.version == stored.version  # nothing to fill: no write at all

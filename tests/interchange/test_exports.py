"""Exports through ExportOptions: CSV as Excel reads it, JSON, vCard and iCalendar."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import vobject

from crm_desktop import i18n
from crm_desktop.domain.activities import ActivityDraft
from crm_desktop.domain.contacts import ContactDraft, ContactFilter
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.interchange.csv_export import CONTACT_HEADER, CsvDialect, neutralise, write_csv
from crm_desktop.interchange.exports import ExportOptions, export_records
from crm_desktop.interchange.vcard import read_vcards
from crm_desktop.services.activities import complete_task, log_activity
from crm_desktop.services.activity_lists import ActivityFilter
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.deals import create_deal
from crm_desktop.services.settings import update_settings
from crm_desktop.services.tags import tag_records
from crm_desktop.storage.database import Database


def _excel_rows(path: Path, delimiter: str) -> list[list[str]]:
    """The file as Excel reads it: BOM means UTF-8, then the list separator of its locale."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


@pytest.fixture
def italian_locale() -> Iterator[None]:
    """Values written the Italian way (English messages, so the asserts read as before)."""
    i18n.set_language("en", "it_IT")
    yield
    i18n.set_language("en")


def _contact(db: Database, **fields: object) -> int:
    return int(create_contact(db, ContactDraft(**fields)).id)  # type: ignore[arg-type]


def test_an_italian_user_gets_semicolons_and_decimal_commas(
    db: Database, tmp_path: Path, italian_locale: None
) -> None:
    create_deal(db, DealDraft(title="Caldaia", value_minor=123456))
    path = tmp_path / "deals.csv"

    export_records(db, ExportOptions("deals", path))

    header, row = _excel_rows(path, ";")
    assert header[:5] == ["Title", "Pipeline", "Stage", "Status", "Value"]
    assert row[0] == "Caldaia"
    assert row[header.index("Value")] == "1234,56"


def test_an_english_user_gets_commas_and_decimal_points(db: Database, tmp_path: Path) -> None:
    update_settings(db, default_region="US", default_currency="USD")
    create_deal(db, DealDraft(title="Boiler", value_minor=123456))
    path = tmp_path / "deals.csv"

    export_records(db, ExportOptions("deals", path))

    header, row = _excel_rows(path, ",")
    assert row[header.index("Value")] == "1234.56"


@pytest.mark.parametrize("locale", ["sv_SE", "it_IT"])
def test_the_dialect_follows_the_users_locale_not_the_files_region(
    db: Database, tmp_path: Path, locale: str
) -> None:
    update_settings(db, default_region="US", default_currency="USD")
    create_deal(db, DealDraft(title="Boiler", value_minor=123456))
    path = tmp_path / "deals.csv"
    i18n.set_language("en", locale)
    try:
        export_records(db, ExportOptions("deals", path))
    finally:
        i18n.set_language("en")

    header, row = _excel_rows(path, ";")
    assert row[header.index("Value")] == "1234,56"


def test_an_italian_file_exported_by_an_english_user_uses_commas(
    db: Database, tmp_path: Path
) -> None:
    create_deal(db, DealDraft(title="Caldaia", value_minor=123456))  # the db fixture is Italian
    path = tmp_path / "deals.csv"

    export_records(db, ExportOptions("deals", path))

    header, row = _excel_rows(path, ",")
    assert row[header.index("Value")] == "1234.56"


def test_an_explicit_delimiter_wins_over_the_region(db: Database, tmp_path: Path) -> None:
    _contact(db, first_name="Ada", last_name="Lovelace")
    path = tmp_path / "c.csv"

    export_records(db, ExportOptions("contacts", path, delimiter="\t"))

    assert _excel_rows(path, "\t")[1][:2] == ["Ada", "Lovelace"]


def test_cells_that_would_run_as_formulas_are_neutralised(
    db: Database, tmp_path: Path, italian_locale: None
) -> None:
    a = _contact(db, first_name='=HYPERLINK("http://evil")', last_name="@SUM(A1)", notes="-2+3")
    b = _contact(db, first_name="+39 06 1234 5678", last_name="-", job_title="=1+1")
    path = tmp_path / "c.csv"

    export_records(db, ExportOptions("contacts", path, ids=(a, b)))

    rows = _excel_rows(path, ";")
    first, second = rows[1], rows[2]
    assert first[0] == '\'=HYPERLINK("http://evil")'
    assert first[1] == "'@SUM(A1)"
    assert first[CONTACT_HEADER.index("Notes")] == "'-2+3"
    assert second[:3] == ["'+39 06 1234 5678", "'-", "'=1+1"]


@pytest.mark.parametrize("text", ["\tcmd", "\rcmd", "=1", "+1", "-1", "@x"])
def test_every_formula_start_is_guarded(text: str) -> None:
    assert neutralise(text) == "'" + text


def test_text_not_starting_a_formula_is_left_alone() -> None:
    assert neutralise("Rossi = Rossi") == "Rossi = Rossi"


def test_negative_numbers_stay_numbers_and_negative_text_is_guarded(tmp_path: Path) -> None:
    path = tmp_path / "n.csv"

    write_csv(
        path,
        ["Text", "Amount", "Count"],
        [["-Refund", Decimal("-25.00"), -3]],
        CsvDialect(delimiter=";", decimal=","),
    )

    assert _excel_rows(path, ";")[1] == ["'-Refund", "-25,00", "-3"]


def test_contacts_export_follows_the_list_filter(
    db: Database, tmp_path: Path, italian_locale: None
) -> None:
    _contact(db, first_name="Ada", country="IT")
    _contact(db, first_name="Bo", country="SE")
    keep = _contact(db, first_name="Cy", country="IT")
    tag_records(db, "contact", [keep], ["vip"])
    path = tmp_path / "c.csv"

    count = export_records(
        db, ExportOptions("contacts", path, filter=ContactFilter(country="IT", tag="vip"))
    )

    assert count == 1
    rows = _excel_rows(path, ";")
    assert [r[0] for r in rows[1:]] == ["Cy"]
    assert rows[1][CONTACT_HEADER.index("Tags")] == "vip"


def test_json_export_keys_records_by_field_name(db: Database, tmp_path: Path) -> None:
    keep = _contact(db, first_name="Nicolò", emails=["n@x.it"])
    tag_records(db, "contact", [keep], ["vip"])
    path = tmp_path / "c.json"

    export_records(db, ExportOptions("contacts", path, format="json"))

    [record] = json.loads(path.read_text(encoding="utf-8"))
    assert record["first_name"] == "Nicolò"
    assert record["emails"] == [{"address": "n@x.it", "label": "work"}]
    assert record["tags"] == ["vip"]


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcard_export_reads_back_as_the_same_contact(
    db: Database, tmp_path: Path, version: str
) -> None:
    keep = _contact(
        db,
        first_name="Nicolò",
        last_name="Åberg",
        job_title="CEO",
        emails=[("work", "n@aberg.se"), ("home", "nicolo@home.se")],
        phones=[("mobile", "+46 70 123 45 67"), ("assistant", "+46 8 123 456 78")],
        street="Storgatan 1",
        city="Stockholm",
        postcode="111 22",
        country="SE",
        birthday="1975-12-31",
        notes="Met in Lund; likes fika,\nand snow.",
    )
    tag_records(db, "contact", [keep], ["VIP", "Stockholm"])
    path = tmp_path / "c.vcf"

    export_records(db, ExportOptions("contacts", path, format="vcard", vcard_version=version))

    [card] = read_vcards(path)
    assert card.fields == {
        "first_name": "Nicolò",
        "last_name": "Åberg",
        "job_title": "CEO",
        "emails": [("work", "n@aberg.se"), ("home", "nicolo@home.se")],
        "phones": [("mobile", "+46 70 123 45 67"), ("assistant", "+46 8 123 456 78")],
        "street": "Storgatan 1",
        "city": "Stockholm",
        "postcode": "111 22",
        "country": "SE",
        "birthday": "1975-12-31",
        "notes": "Met in Lund; likes fika,\nand snow.",
        "tags": ["Stockholm", "VIP"],
    }
    assert f"VERSION:{version}" in path.read_text(encoding="utf-8")


def test_ical_export_has_meetings_as_events_and_tasks_as_todos(
    db: Database, tmp_path: Path
) -> None:
    person = _contact(db, first_name="Giulia", last_name="Rossi")
    log_activity(
        db,
        ActivityDraft(
            kind="meeting", subject="Demo", due_at="2026-12-01T09:00:00Z", contact_id=person
        ),
    )
    task = log_activity(
        db,
        ActivityDraft(
            kind="task", subject="Send offer", due_at="2026-12-02T12:00:00Z", contact_id=person
        ),
    )
    complete_task(db, task.id)
    log_activity(db, ActivityDraft(kind="note", body="not exported", contact_id=person))
    path = tmp_path / "c.ics"

    count = export_records(
        db,
        ExportOptions(
            "activities", path, format="ical", filter=ActivityFilter(kinds=("meeting", "task"))
        ),
    )

    assert count == 2
    cal = vobject.readOne(path.read_text(encoding="utf-8"))
    [event] = cal.vevent_list
    assert event.summary.value == "Demo"
    assert event.dtstart.value.isoformat() == "2026-12-01T09:00:00+00:00"
    assert "Contact: Giulia Rossi" in event.description.value
    [todo] = cal.vtodo_list
    assert todo.summary.value == "Send offer"
    assert todo.status.value == "COMPLETED"
    assert todo.due.value.isoformat() == "2026-12-02T12:00:00+00:00"


def test_ical_uids_stay_the_same_on_a_second_export(db: Database, tmp_path: Path) -> None:
    person = _contact(db, first_name="Giulia")
    log_activity(db, ActivityDraft(kind="task", subject="Call back", contact_id=person))
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"

    for path in (first, second):
        export_records(db, ExportOptions("activities", path, format="ical"))

    uids = [vobject.readOne(p.read_text()).vtodo.uid.value for p in (first, second)]
    assert uids[0] == uids[1]


def test_a_format_the_records_cannot_take_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        export_records(db, ExportOptions("deals", tmp_path / "d.vcf", format="vcard"))

    assert "deals can be exported as csv, json" in str(caught.value)


def test_a_missing_folder_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        export_records(db, ExportOptions("contacts", tmp_path / "nope" / "c.csv"))

    assert "is not a folder" in str(caught.value)

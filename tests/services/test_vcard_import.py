"""vCard files through the import pipeline: round trips and the corpus of real exports."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import ImportFileError
from crm_desktop.interchange.exports import ExportOptions, export_records
from crm_desktop.interchange.vcard import read_vcards
from crm_desktop.services.companies import find_or_create_company
from crm_desktop.services.contacts import create_contact, get_contacts, list_contacts
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.imports import import_vcard
from crm_desktop.services.settings import update_settings
from crm_desktop.services.tags import tag_records, tags_for
from crm_desktop.storage.database import Database
from tests.interchange.corpus import corpus_file

CORPUS = [
    "vcard/ezvcard_John_Doe_ANDROID.vcf",
    "vcard/ezvcard_John_Doe_GMAIL.vcf",
    "vcard/ezvcard_John_Doe_IPHONE.vcf",
    "vcard/ezvcard_John_Doe_MS_OUTLOOK.vcf",
    "vcard/ezvcard_outlook-2007.vcf",
]


@pytest.fixture
def other_db(tmp_path: Path) -> Database:
    database = open_crm_file(tmp_path / "other.sqlite3", user="tester")
    update_settings(database, default_region="IT", default_currency="EUR")
    return database


def _contact_view(db: Database, contact_id: int) -> dict[str, object]:
    [c] = get_contacts(db, [contact_id])
    return {
        "name": (c.first_name, c.last_name),
        "job_title": c.job_title,
        "company": c.company,
        "emails": [(e.label, e.address) for e in c.emails],
        "phones": [(p.label, p.raw, p.e164) for p in c.phones],
        "address": (c.street, c.postcode, c.city, c.region, c.country),
        "birthday": c.birthday,
        "notes": c.notes,
        "tags": sorted(tags_for(db, "contact", contact_id)),
    }


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_exported_vcards_import_as_the_same_contacts(
    db: Database, other_db: Database, tmp_path: Path, version: str
) -> None:
    company = find_or_create_company(db, "Åberg Bygg AB").id
    first = create_contact(
        db,
        ContactDraft(
            first_name="Nicolò",
            last_name="Åberg",
            job_title="CEO",
            company_id=company,
            emails=[("work", "nicolo@aberg.se"), ("home", "nico@home.it")],
            phones=[("mobile", "+46 70 123 45 67"), ("home", "+39 06 1234 5678")],
            street="Storgatan 1",
            postcode="111 22",
            city="Stockholm",
            country="SE",
            birthday="1975-12-31",
            notes="Met in Lund; likes fika,\nand snow.",
        ),
    ).id
    second = create_contact(db, ContactDraft(first_name="Giulia", emails=["g@rossi.it"])).id
    tag_records(db, "contact", [first], ["VIP", "Sverige"])
    path = tmp_path / "people.vcf"
    export_records(db, ExportOptions("contacts", path, format="vcard", vcard_version=version))

    report = import_vcard(other_db, path, region="IT")

    assert (report.rows, report.created, report.rejected) == (2, 2, 0)
    imported = {c.first_name: int(c.id) for c in list_contacts(other_db, limit=10)}
    for original in (first, second):
        name = _contact_view(db, original)["name"][0]  # type: ignore[index]
        assert _contact_view(other_db, imported[str(name)]) == _contact_view(db, original)


@pytest.mark.parametrize("relative", CORPUS, ids=lambda p: Path(p).stem)
def test_every_corpus_card_is_imported_with_its_bad_numbers_left_out_by_line(
    db: Database, relative: str
) -> None:
    path = corpus_file(relative)
    cards = read_vcards(path)

    report = import_vcard(db, path, region="IT", on_duplicate="create")

    assert (report.rows, report.created, report.rejected) == (len(cards), len(cards), 0)
    card_lines = {c.line for c in cards}
    for outcome in report.outcomes:
        # A number left out (the corpus's made-up "123456", or a US number read
        # as Italian) is a warning saying where the card starts and which item.
        assert outcome.line in card_lines
        assert all(k.startswith(("emails[", "phones[")) for k in outcome.warnings)


def test_an_outlook_card_is_stored_with_its_names_address_and_numbers(db: Database) -> None:
    update_settings(db, default_region="US", default_currency="USD")

    report = import_vcard(db, corpus_file("vcard/ezvcard_John_Doe_MS_OUTLOOK.vcf"), region="US")

    assert (report.created, report.rejected) == (1, 0)
    [row] = list_contacts(db, limit=5)
    [contact] = get_contacts(db, [row.id])
    assert (contact.first_name, contact.last_name) == ("John Richter James", "Doe")
    assert contact.company == "IBM"
    assert contact.job_title == "Money Counter"
    assert [p.e164 for p in contact.phones] == ["+19055551234", "+19056661234"]
    assert (contact.city, contact.region, contact.country) == ("Albaney", "New York", "US")
    assert contact.birthday == "1980-03-22"
    assert contact.notes.startswith("THIS SOFTWARE IS PROVIDED BY GEORGE EL-HADDAD")


def test_an_iphone_card_keeps_its_six_valid_numbers_and_notes_the_bad_one(
    db: Database, tmp_path: Path
) -> None:
    update_settings(db, default_region="US", default_currency="USD")

    report = import_vcard(
        db,
        corpus_file("vcard/ezvcard_John_Doe_IPHONE.vcf"),
        region="US",
        errors_path=tmp_path / "e.csv",
    )

    assert (report.created, report.rejected) == (1, 0)
    (outcome,) = report.outcomes
    assert list(outcome.warnings) == ["phones[5]"]
    assert outcome.warnings["phones[5]"].startswith("'905-111-1234' is not a valid phone number")
    [row] = list_contacts(db, limit=5)
    [contact] = get_contacts(db, [row.id])
    assert [p.e164 for p in contact.phones] == [
        "+19055551234",
        "+19056661234",
        "+19057771234",
        "+19058881234",
        "+19059991234",
        "+19052221234",
    ]
    assert "Not imported (not a valid phone number): 905-111-1234" in contact.notes.splitlines()
    assert not (tmp_path / "e.csv").exists()


def test_an_android_card_with_made_up_numbers_imports_its_name_and_notes_them(
    db: Database,
) -> None:
    path = corpus_file("vcard/ezvcard_John_Doe_ANDROID.vcf")

    report = import_vcard(db, path, region="IT", on_duplicate="create")

    assert report.rejected == 0
    contacts = get_contacts(db, [r.id for r in list_contacts(db)])
    bad = "Not imported (not a valid phone number): 123456789"
    (noted,) = [c for c in contacts if bad in c.notes.splitlines()]
    assert noted.phones == () and noted.last_name


def test_an_unparsable_card_stores_nothing(db: Database) -> None:
    with pytest.raises(ImportFileError) as caught:
        import_vcard(db, corpus_file("vcard/khard_unparsable.vcf"), region="IT")

    assert caught.value.line == 1
    assert db.scalar("SELECT count(*) FROM contacts") == 0

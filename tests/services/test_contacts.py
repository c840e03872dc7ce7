from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crm_desktop.domain.companies import CompanyDraft
from crm_desktop.domain.contact_points import EmailAddress, PhoneNumber
from crm_desktop.domain.contacts import ContactDraft, ContactFilter
from crm_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from crm_desktop.services.companies import create_company, delete_company
from crm_desktop.services.contacts import (
    MAX_BAD_ROWS,
    count_contacts,
    create_contact,
    create_contacts,
    delete_contact,
    get_contact,
    get_contacts,
    list_contacts,
    restore_contact,
    update_contact,
)
from crm_desktop.services.custom_fields import define_custom_field
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.settings import update_settings
from crm_desktop.services.tags import tag_records
from crm_desktop.services.users import create_user, current_user
from crm_desktop.storage.database import Database

JAN_1 = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)
FEB_1 = datetime(2024, 2, 1, 9, 0, tzinfo=UTC)


def _index_row(db: Database, contact_id: int) -> dict[str, object] | None:
    return db.query_one(
        "SELECT title, body FROM search_index WHERE kind = 'contact' AND record_id = ?",
        (contact_id,),
    )


# -- create and read ----------------------------------------------------------
def test_created_contact_reads_back_with_company_and_owner_names(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="Rossi Srl"))
    owner = current_user(db)

    created = create_contact(
        db,
        ContactDraft(
            first_name=" Mario ",
            last_name="Rossi",
            job_title="Buyer",
            company_id=company.id,
            emails=["mario@rossi.it"],
            phones=["06 1234 5678"],
            street="Via Roma 1",
            city="Roma",
            postcode="00100",
            region="RM",
            country="it",
            birthday="1980-05-17",
            lead_source="fair",
            lifecycle_stage="prospect",
            owner_id=owner.id,
            notes="Likes espresso",
        ),
    )
    contact = get_contact(db, created.id)

    assert contact == created
    assert (contact.first_name, contact.last_name, contact.name) == (
        "Mario",
        "Rossi",
        "Mario Rossi",
    )
    assert (contact.company_id, contact.company) == (company.id, "Rossi Srl")
    assert (contact.owner_id, contact.owner) == (owner.id, owner.name)
    assert contact.emails == (EmailAddress("mario@rossi.it", "work"),)
    assert (contact.street, contact.city, contact.postcode, contact.region, contact.country) == (
        "Via Roma 1",
        "Roma",
        "00100",
        "RM",
        "IT",
    )
    assert (contact.birthday, contact.lead_source, contact.lifecycle_stage) == (
        "1980-05-17",
        "fair",
        "prospect",
    )
    assert (contact.version, contact.created_by, contact.deleted_at) == (1, "tester", None)


def test_italian_number_is_stored_in_e164_keeping_what_was_typed(db: Database) -> None:
    contact = create_contact(db, ContactDraft(first_name="Anna", phones=["0612345678"]))

    assert contact.phones == (PhoneNumber(raw="0612345678", e164="+390612345678", label="work"),)


def test_swedish_number_is_read_with_the_swedish_region(db: Database) -> None:
    update_settings(db, default_region="SE")

    contact = create_contact(db, ContactDraft(first_name="Åsa", phones=["070-123 45 67"]))

    assert contact.phones[0].e164 == "+46701234567"
    assert contact.phones[0].raw == "070-123 45 67"


def test_several_emails_and_phones_keep_their_labels_and_order(db: Database) -> None:
    contact = create_contact(
        db,
        ContactDraft(
            first_name="Luca",
            emails=[("home", "luca@casa.it"), "Luca.Bianchi@Ditta.IT"],
            phones=[("mobile", "347 123 4567"), ("office", "+46 8 123 456 78")],
        ),
    )

    assert contact.emails == (
        EmailAddress("luca@casa.it", "home"),
        EmailAddress("Luca.Bianchi@ditta.it", "work"),
    )
    assert [(p.label, p.e164) for p in contact.phones] == [
        ("mobile", "+393471234567"),
        ("office", "+46812345678"),
    ]
    assert contact.primary_email == "luca@casa.it"
    assert contact.primary_phone == "347 123 4567"


def test_emails_and_phones_are_stored_as_json_json_dumps_would_write(db: Database) -> None:
    label = 'casa "Nonna" \\ è\t1'
    contact = create_contact(
        db,
        ContactDraft(
            first_name="Anna", emails=[(label, "anna@x.it")], phones=[(label, "(06) 1234 5678")]
        ),
    )

    stored = db.query_one("SELECT emails, phones FROM contacts WHERE id = ?", (contact.id,))

    assert stored == {
        "emails": json.dumps([{"label": label, "address": "anna@x.it"}], ensure_ascii=False),
        "phones": json.dumps(
            [{"label": label, "raw": "(06) 1234 5678", "e164": "+390612345678"}],
            ensure_ascii=False,
        ),
    }


def test_bad_email_bad_phone_and_future_birthday_are_reported_together(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_contact(
            db,
            ContactDraft(
                first_name="Bob",
                emails=["bob@example.com", "bob@"],
                phones=["12"],
                birthday="2999-01-01",
            ),
        )

    errors = caught.value.errors
    assert set(errors) == {"emails[1]", "phones[0]", "birthday"}
    assert errors["emails[1]"].startswith("'bob@' is not a valid e-mail address")
    assert "'12'" in errors["phones[0]"]
    assert "future" in errors["birthday"]
    assert count_contacts(db) == 0


def test_birthday_must_be_a_calendar_date(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_contact(db, ContactDraft(first_name="Bob", birthday="1990-02-30"))

    assert set(caught.value.errors) == {"birthday"}


def test_contact_needs_a_name_or_an_email(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_contact(db, ContactDraft(job_title="Buyer"))

    assert set(caught.value.errors) == {"first_name"}


def test_contact_with_only_an_email_is_titled_by_it(db: Database) -> None:
    contact = create_contact(db, ContactDraft(emails=["info@rossi.it"]))

    assert contact.name == "info@rossi.it"
    assert _index_row(db, contact.id) == {"title": "info@rossi.it", "body": "info@rossi.it"}


def test_unknown_company_id_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_contact(db, ContactDraft(first_name="Anna", company_id=999))

    assert caught.value.errors == {"company_id": "there is no company with id 999"}


def test_company_in_the_trash_is_refused(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="Gone Srl"))
    delete_company(db, company.id)

    with pytest.raises(ValidationError) as caught:
        create_contact(db, ContactDraft(first_name="Anna", company_id=company.id))

    assert set(caught.value.errors) == {"company_id"}


def test_unknown_owner_and_stage_and_country_are_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_contact(
            db,
            ContactDraft(first_name="Anna", owner_id=77, lifecycle_stage="vip", country="XX"),
        )

    assert set(caught.value.errors) == {"owner_id", "lifecycle_stage", "country"}


def test_bad_custom_value_is_reported_under_its_key(db: Database) -> None:
    define_custom_field(db, "contact", "size", "Size", "number")

    with pytest.raises(ValidationError) as caught:
        create_contact(db, ContactDraft(first_name="Anna", custom={"size": "big"}))

    assert set(caught.value.errors) == {"custom.size"}


def test_custom_values_are_stored_normalised(db: Database) -> None:
    define_custom_field(db, "contact", "size", "Size", "number")

    contact = create_contact(db, ContactDraft(first_name="Anna", custom={"size": "42,5"}))

    assert contact.custom == {"size": 42.5}


def test_marketing_consent_yes_is_dated_now_with_its_method(db: Database) -> None:
    with db.clock_at(JAN_1):
        contact = create_contact(
            db,
            ContactDraft(first_name="Anna", marketing_consent="yes", consent_method="web form"),
        )

    assert contact.marketing_consent is True
    assert contact.consent_at == "2024-01-01T09:00:00Z"
    assert contact.consent_method == "web form"


def test_withdrawn_consent_clears_its_date_and_method(db: Database) -> None:
    contact = create_contact(
        db, ContactDraft(first_name="Anna", marketing_consent=True, consent_method="in person")
    )

    changed = update_contact(db, contact.id, {"marketing_consent": "no"})

    assert (changed.marketing_consent, changed.consent_at, changed.consent_method) == (
        False,
        None,
        "",
    )


def test_index_entry_holds_emails_job_company_city_notes_and_phone_digits(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="Bianchi Spa"))
    contact = create_contact(
        db,
        ContactDraft(
            first_name="Giulia",
            last_name="Verdi",
            job_title="CTO",
            company_id=company.id,
            emails=["giulia@bianchi.it"],
            phones=["06 1234 5678"],
            city="Torino",
            notes="met at fair",
        ),
    )

    row = _index_row(db, contact.id)

    assert row is not None
    assert row["title"] == "Giulia Verdi"
    body = str(row["body"])
    for text in ("giulia@bianchi.it", "CTO", "Bianchi Spa", "Torino", "met at fair"):
        assert text in body
    for digits in ("390612345678", "0612345678", "612345678"):
        assert digits in body


# -- update -------------------------------------------------------------------
def test_update_bumps_version_and_records_when_and_who(db: Database, db_path: Path) -> None:
    with db.clock_at(JAN_1):
        contact = create_contact(db, ContactDraft(first_name="Anna"))
    create_user(db, login="marta", name="Marta")
    other = open_crm_file(db_path, user="marta")
    try:
        with other.clock_at(FEB_1):
            changed = update_contact(other, contact.id, {"job_title": "CEO"}, contact.version)
    finally:
        other.close()

    assert changed.job_title == "CEO"
    assert changed.version == contact.version + 1
    assert changed.updated_at == "2024-02-01T09:00:00Z"
    assert (changed.created_by, changed.updated_by) == ("tester", "marta")


def test_stale_expected_version_raises_conflict(db: Database) -> None:
    contact = create_contact(db, ContactDraft(first_name="Anna"))
    update_contact(db, contact.id, {"city": "Roma"}, expected_version=contact.version)

    with pytest.raises(ConflictError):
        update_contact(db, contact.id, {"city": "Milano"}, expected_version=contact.version)

    assert get_contact(db, contact.id).city == "Roma"


def test_changed_phones_are_normalised_again_and_reindexed(db: Database) -> None:
    contact = create_contact(db, ContactDraft(first_name="Anna", phones=["06 1234 5678"]))

    changed = update_contact(db, contact.id, {"phones": [("mobile", "347 765 4321")]})

    assert changed.phones == (PhoneNumber("347 765 4321", "+393477654321", "mobile"),)
    body = str((_index_row(db, contact.id) or {})["body"])
    assert "3477654321" in body
    assert "0612345678" not in body


def test_update_checks_the_merged_result(db: Database) -> None:
    contact = create_contact(db, ContactDraft(first_name="Anna", emails=["anna@x.it"]))

    with pytest.raises(ValidationError) as caught:
        update_contact(db, contact.id, {"first_name": "", "emails": []})

    assert set(caught.value.errors) == {"first_name"}


def test_update_refuses_unknown_fields(db: Database) -> None:
    contact = create_contact(db, ContactDraft(first_name="Anna"))

    with pytest.raises(ValidationError) as caught:
        update_contact(db, contact.id, {"shoe_size": 42})

    assert set(caught.value.errors) == {"shoe_size"}


def test_update_keeps_company_that_went_to_the_trash_since(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="Later Gone Srl"))
    contact = create_contact(db, ContactDraft(first_name="Anna", company_id=company.id))
    delete_company(db, company.id)

    changed = update_contact(db, contact.id, {"city": "Bari"})

    assert (changed.city, changed.company_id, changed.company) == ("Bari", company.id, "")


# -- trash --------------------------------------------------------------------
def test_deleted_contact_is_hidden_from_get_list_and_index(db: Database) -> None:
    contact = create_contact(db, ContactDraft(first_name="Anna"))

    delete_contact(db, contact.id)

    with pytest.raises(NotFoundError):
        get_contact(db, contact.id)
    assert list_contacts(db, ContactFilter()) == []
    assert _index_row(db, contact.id) is None
    assert count_contacts(db, ContactFilter(include_deleted=True)) == 1


def test_restore_brings_contact_back_with_its_index_entry(db: Database) -> None:
    contact = create_contact(db, ContactDraft(first_name="Anna", last_name="Neri"))
    delete_contact(db, contact.id)

    restored = restore_contact(db, contact.id)

    assert restored.deleted_at is None
    assert [r.id for r in list_contacts(db)] == [contact.id]
    assert (_index_row(db, contact.id) or {})["title"] == "Anna Neri"


def test_restoring_a_live_contact_is_not_found(db: Database) -> None:
    contact = create_contact(db, ContactDraft(first_name="Anna"))

    with pytest.raises(NotFoundError):
        restore_contact(db, contact.id)


# -- lists --------------------------------------------------------------------
@pytest.fixture
def people(db: Database) -> dict[str, int]:
    """Four contacts across two companies, stages, countries and owners."""
    marta = create_user(db, login="marta", name="Marta")
    acme = create_company(db, CompanyDraft(name="Acme"))
    zeta = create_company(db, CompanyDraft(name="Zeta"))
    drafts = {
        "rossi": ContactDraft(
            first_name="Mario",
            last_name="Rossi",
            company_id=acme.id,
            country="IT",
            lifecycle_stage="customer",
            emails=["mario@acme.it"],
        ),
        "bianchi": ContactDraft(
            first_name="Anna", last_name="Bianchi", company_id=zeta.id, country="IT"
        ),
        "berg": ContactDraft(
            first_name="Erik",
            last_name="Berg",
            company_id=acme.id,
            country="SE",
            lifecycle_stage="customer",
            owner_id=marta.id,
        ),
        "smith": ContactDraft(first_name="John", last_name="smith", country="GB"),
    }
    ids = {key: create_contact(db, draft).id for key, draft in drafts.items()}
    return {**ids, "acme": acme.id, "marta": marta.id}


def _names(
    db: Database,
    spec: ContactFilter,
    sort: str = "last_name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
) -> list[str]:
    rows = list_contacts(db, spec, offset=offset, limit=limit, sort=sort, descending=descending)
    return [row.last_name for row in rows]


def test_list_is_sorted_by_last_name_ignoring_case(db: Database, people: dict[str, int]) -> None:
    assert _names(db, ContactFilter()) == ["Berg", "Bianchi", "Rossi", "smith"]
    assert _names(db, ContactFilter(), descending=True) == ["smith", "Rossi", "Bianchi", "Berg"]


def test_minus_in_front_of_the_sort_key_sorts_descending(
    db: Database, people: dict[str, int]
) -> None:
    assert _names(db, ContactFilter(), sort="-last_name") == ["smith", "Rossi", "Bianchi", "Berg"]


def test_list_sorts_on_company_then_name(db: Database, people: dict[str, int]) -> None:
    assert _names(db, ContactFilter(), sort="company") == ["smith", "Berg", "Rossi", "Bianchi"]


def test_list_refuses_a_sort_column_off_the_whitelist(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        list_contacts(db, ContactFilter(), sort="last_name; DROP TABLE contacts")

    assert set(caught.value.errors) == {"sort"}


def test_list_filters_by_lifecycle_stage(db: Database, people: dict[str, int]) -> None:
    spec = ContactFilter(lifecycle_stage="customer")

    assert _names(db, spec) == ["Berg", "Rossi"]
    assert count_contacts(db, spec) == 2


def test_list_filters_by_country(db: Database, people: dict[str, int]) -> None:
    assert _names(db, ContactFilter(country="it")) == ["Bianchi", "Rossi"]


def test_list_filters_by_owner(db: Database, people: dict[str, int]) -> None:
    assert _names(db, ContactFilter(owner_id=people["marta"])) == ["Berg"]


def test_list_filters_by_company(db: Database, people: dict[str, int]) -> None:
    assert _names(db, ContactFilter(company_id=people["acme"])) == ["Berg", "Rossi"]


def test_list_filters_by_tag(db: Database, people: dict[str, int]) -> None:
    tag_records(db, "contact", [people["smith"], people["bianchi"]], ["VIP"])

    assert _names(db, ContactFilter(tag="vip")) == ["Bianchi", "smith"]
    assert count_contacts(db, ContactFilter(tag="no such tag")) == 0


def test_list_filters_by_text_in_names_and_emails(db: Database, people: dict[str, int]) -> None:
    assert _names(db, ContactFilter(text="mario@")) == ["Rossi"]
    assert _names(db, ContactFilter(text="anna bianchi")) == ["Bianchi"]
    assert _names(db, ContactFilter(text="100%")) == []


def test_list_pages_with_offset_and_limit(db: Database, people: dict[str, int]) -> None:
    assert _names(db, ContactFilter(), offset=1, limit=2) == ["Bianchi", "Rossi"]


def test_list_rows_carry_company_primary_email_and_owner(
    db: Database, people: dict[str, int]
) -> None:
    rows = {row.last_name: row for row in list_contacts(db)}

    assert (rows["Rossi"].company, rows["Rossi"].primary_email) == ("Acme", "mario@acme.it")
    assert (rows["Berg"].owner, rows["Berg"].country) == ("Marta", "SE")
    assert rows["smith"].company == ""


# -- bulk ---------------------------------------------------------------------
def test_bulk_create_stores_and_indexes_every_contact(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="Bulk Srl"))
    drafts = [
        ContactDraft(
            first_name=f"Name{i}",
            last_name="Bulk",
            company_id=company.id if i % 2 else None,
            emails=[f"n{i}@bulk.it"],
            phones=[f"06 1234 {i:04d}"],
        )
        for i in range(50)
    ]

    ids = create_contacts(db, drafts)

    assert len(ids) == 50 == count_contacts(db)
    assert db.scalar("SELECT count(*) FROM search_index WHERE kind = 'contact'") == 50
    third = get_contact(db, ids[3])
    assert (third.first_name, third.company, third.phones[0].e164) == (
        "Name3",
        "Bulk Srl",
        "+390612340003",
    )
    assert "Bulk Srl" in str((_index_row(db, ids[3]) or {})["body"])


def test_bulk_create_with_one_bad_row_names_it_and_stores_nothing(db: Database) -> None:
    drafts = [ContactDraft(first_name=f"N{i}", emails=[f"n{i}@x.it"]) for i in range(5)]
    drafts[3] = ContactDraft(first_name="Bad", emails=["bad@"])

    with pytest.raises(ValidationError) as caught:
        create_contacts(db, drafts)

    assert set(caught.value.errors) == {"rows[3].emails[0]"}
    assert count_contacts(db, ContactFilter(include_deleted=True)) == 0
    assert db.scalar("SELECT count(*) FROM search_index") == 0


def test_bulk_create_counts_one_bad_row_past_those_it_names_in_the_singular(
    db: Database,
) -> None:
    drafts = [ContactDraft(first_name="Bad", emails=["bad@"]) for _ in range(MAX_BAD_ROWS + 1)]

    with pytest.raises(ValidationError) as caught:
        create_contacts(db, drafts)

    assert caught.value.errors["rows"] == "1 more row has errors too"


def test_bulk_create_keeps_the_columns_rows_leave_empty_at_their_defaults(db: Database) -> None:
    ids = create_contacts(db, [ContactDraft(first_name="Only"), ContactDraft(last_name="Names")])

    contact = get_contact(db, ids[1])
    assert (contact.first_name, contact.last_name, contact.lifecycle_stage) == ("", "Names", "lead")
    assert (contact.emails, contact.custom, contact.marketing_consent) == ((), {}, False)


def test_bulk_create_of_nothing_writes_nothing(db: Database) -> None:
    assert create_contacts(db, []) == []


def test_text_filter_ignores_accents_and_finds_company_names(
    db: Database, people: dict[str, int]
) -> None:
    update_contact(db, people["bianchi"], {"first_name": "Ánna"})

    assert _names(db, ContactFilter(text="anna")) == ["Bianchi"]
    assert _names(db, ContactFilter(text="acme")) == ["Berg", "Rossi"]


def test_bulk_create_reads_the_custom_field_definitions_once(db: Database) -> None:
    define_custom_field(db, "contact", "size", "Size", "number")
    drafts = [ContactDraft(first_name=f"P{i}", custom={"size": str(i)}) for i in range(30)]
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        ids = create_contacts(db, drafts)
    finally:
        db.conn.set_trace_callback(None)

    assert [get_contact(db, i).custom for i in ids[:2]] == [{"size": 0}, {"size": 1}]
    assert sum("FROM custom_fields" in s for s in statements) == 1


def test_get_contacts_gives_live_contacts_in_the_order_asked(db: Database) -> None:
    ada, bea, cloe = (
        create_contact(db, ContactDraft(first_name=name)) for name in ("Ada", "Bea", "Cloe")
    )
    delete_contact(db, bea.id)

    found = get_contacts(db, [cloe.id, bea.id, ada.id, cloe.id, 9999])

    assert found == [get_contact(db, cloe.id), get_contact(db, ada.id)]


def test_get_contacts_of_no_ids_is_empty(db: Database) -> None:
    create_contact(db, ContactDraft(first_name="Ada"))

    assert get_contacts(db, []) == []

from __future__ import annotations

import pytest

from crm_desktop.domain.companies import CompanyDraft, CompanyFilter
from crm_desktop.domain.contact_points import EmailAddress
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from crm_desktop.services.companies import (
    count_companies,
    create_company,
    delete_company,
    find_company_by_name,
    find_or_create_company,
    get_companies,
    get_company,
    list_companies,
    restore_company,
    update_company,
)
from crm_desktop.services.contacts import create_contact, delete_contact, get_contact
from crm_desktop.services.tags import tag_records
from crm_desktop.services.users import create_user, current_user
from crm_desktop.storage.database import Database


def _index_body(db: Database, kind: str, record_id: int) -> str | None:
    return db.scalar(
        "SELECT body FROM search_index WHERE kind = ? AND record_id = ?", (kind, record_id)
    )


# -- create and read ----------------------------------------------------------
def test_created_company_reads_back_with_every_field(db: Database) -> None:
    owner = current_user(db)

    created = create_company(
        db,
        CompanyDraft(
            name=" Rossi Costruzioni Srl ",
            industry="Construction",
            website="www.rossicostruzioni.it",
            emails=[("billing", "Fatture@Rossi.IT")],
            phones=["06 1234 5678"],
            street="Via Appia 10",
            city="Roma",
            postcode="00179",
            region="RM",
            country="it",
            vat_id="IT 01234567890",
            owner_id=owner.id,
            notes="Pays on time",
        ),
    )
    company = get_company(db, created.id)

    assert company == created
    assert company.name == "Rossi Costruzioni Srl"
    assert company.emails == (EmailAddress("Fatture@rossi.it", "billing"),)
    assert company.phones[0].e164 == "+390612345678"
    assert (company.city, company.country, company.owner) == ("Roma", "IT", owner.name)
    assert company.version == 1


def test_vat_id_keeps_its_leading_zeros(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="Zero Srl", vat_id="00743110157"))

    assert company.vat_id == "00743110157"


def test_company_needs_a_name(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_company(db, CompanyDraft(name="  ", city="Roma"))

    assert set(caught.value.errors) == {"name"}


def test_bad_fields_are_reported_together(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_company(
            db,
            CompanyDraft(
                name="Bad Srl",
                website="not a site",
                emails=["info@"],
                country="ITA",
                vat_id="IT-0123-ÄÖ",
                owner_id=404,
            ),
        )

    assert set(caught.value.errors) == {"website", "emails[0]", "country", "vat_id", "owner_id"}


def test_company_index_entry_holds_name_contact_points_and_details(db: Database) -> None:
    company = create_company(
        db,
        CompanyDraft(
            name="Fjäll AB",
            industry="Software",
            website="https://fjall.se",
            emails=["info@fjall.se"],
            phones=["+46 8 123 456 78"],
            city="Umeå",
            vat_id="SE556677889901",
        ),
    )

    title = db.scalar(
        "SELECT title FROM search_index WHERE kind = 'company' AND record_id = ?", (company.id,)
    )
    body = _index_body(db, "company", company.id) or ""

    assert title == "Fjäll AB"
    for text in ("info@fjall.se", "https://fjall.se", "Umeå", "SE556677889901", "Software"):
        assert text in body
    for digits in ("46812345678", "0812345678", "812345678"):
        assert digits in body


# -- finding by name ----------------------------------------------------------
def test_find_by_name_ignores_letter_case_and_spacing(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="Acme Srl"))

    found = find_company_by_name(db, "  ACME   srl ")

    assert found is not None and found.id == company.id


def test_find_by_name_folds_case_beyond_ascii(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="Åberg Bygg AB"))

    found = find_company_by_name(db, "ÅBERG BYGG AB")

    assert found is not None and found.id == company.id


def test_find_by_name_needs_the_whole_name(db: Database) -> None:
    create_company(db, CompanyDraft(name="Acme Srl"))

    assert find_company_by_name(db, "Acme") is None
    assert find_company_by_name(db, "") is None


def test_find_by_name_skips_companies_in_the_trash(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="Gone Srl"))
    delete_company(db, company.id)

    assert find_company_by_name(db, "Gone Srl") is None


def test_find_or_create_creates_once_then_finds(db: Database) -> None:
    first = find_or_create_company(db, "Nuova Srl")
    second = find_or_create_company(db, "nuova srl")

    assert first.id == second.id
    assert count_companies(db) == 1


def test_find_or_create_refuses_an_empty_name(db: Database) -> None:
    with pytest.raises(ValidationError):
        find_or_create_company(db, " ")


# -- update -------------------------------------------------------------------
def test_rename_rewrites_the_search_entries_of_its_contacts(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="Old Name Srl"))
    contact = create_contact(db, ContactDraft(first_name="Anna", company_id=company.id))

    renamed = update_company(db, company.id, {"name": "Brand New Spa"}, company.version)

    assert renamed.name == "Brand New Spa"
    assert renamed.version == company.version + 1
    body = _index_body(db, "contact", contact.id) or ""
    assert "Brand New Spa" in body
    assert "Old Name" not in body
    assert get_contact(db, contact.id).company == "Brand New Spa"


def test_rename_leaves_trashed_contacts_out_of_the_index(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="Old Srl"))
    contact = create_contact(db, ContactDraft(first_name="Anna", company_id=company.id))
    delete_contact(db, contact.id)

    update_company(db, company.id, {"name": "New Srl"})

    assert _index_body(db, "contact", contact.id) is None


def test_stale_expected_version_raises_conflict(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="Acme"))
    update_company(db, company.id, {"city": "Roma"}, company.version)

    with pytest.raises(ConflictError):
        update_company(db, company.id, {"city": "Milano"}, company.version)


def test_update_checks_the_merged_result(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="Acme"))

    with pytest.raises(ValidationError) as caught:
        update_company(db, company.id, {"name": "", "country": "Italy"})

    assert set(caught.value.errors) == {"name", "country"}
    assert get_company(db, company.id).name == "Acme"


# -- trash --------------------------------------------------------------------
def test_deleted_company_is_hidden_and_its_contacts_lose_its_name(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="Trash Srl"))
    contact = create_contact(db, ContactDraft(first_name="Anna", company_id=company.id))

    delete_company(db, company.id)

    with pytest.raises(NotFoundError):
        get_company(db, company.id)
    assert list_companies(db) == []
    assert _index_body(db, "company", company.id) is None
    assert get_contact(db, contact.id).company == ""
    assert "Trash Srl" not in (_index_body(db, "contact", contact.id) or "")


def test_restore_brings_company_back_for_its_contacts_too(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="Back Srl"))
    contact = create_contact(db, ContactDraft(first_name="Anna", company_id=company.id))
    delete_company(db, company.id)

    restored = restore_company(db, company.id)

    assert restored.deleted_at is None
    assert get_contact(db, contact.id).company == "Back Srl"
    assert "Back Srl" in (_index_body(db, "contact", contact.id) or "")
    assert _index_body(db, "company", company.id) is not None


# -- lists --------------------------------------------------------------------
@pytest.fixture
def firms(db: Database) -> dict[str, int]:
    marta = create_user(db, login="marta", name="Marta")
    ids = {
        "acme": create_company(
            db, CompanyDraft(name="acme", country="IT", industry="Retail", owner_id=marta.id)
        ).id,
        "berg": create_company(
            db, CompanyDraft(name="Berg AB", country="SE", website="berg.se")
        ).id,
        "conti": create_company(db, CompanyDraft(name="Conti Spa", country="IT")).id,
    }
    for name in ("Anna", "Luca"):
        create_contact(db, ContactDraft(first_name=name, company_id=ids["conti"]))
    return {**ids, "marta": marta.id}


def _names(db: Database, spec: CompanyFilter | None = None, sort: str = "name") -> list[str]:
    return [row.name for row in list_companies(db, spec, sort=sort)]


def test_list_is_sorted_by_name_ignoring_case(db: Database, firms: dict[str, int]) -> None:
    assert _names(db) == ["acme", "Berg AB", "Conti Spa"]


def test_list_sorts_by_contact_count(db: Database, firms: dict[str, int]) -> None:
    rows = list_companies(db, sort="contact_count", descending=True)

    assert [(r.name, r.contact_count) for r in rows] == [
        ("Conti Spa", 2),
        ("Berg AB", 0),
        ("acme", 0),
    ]


def test_list_filters_by_country_owner_industry_and_text(
    db: Database, firms: dict[str, int]
) -> None:
    assert _names(db, CompanyFilter(country="it")) == ["acme", "Conti Spa"]
    assert _names(db, CompanyFilter(owner_id=firms["marta"])) == ["acme"]
    assert _names(db, CompanyFilter(industry="retail")) == ["acme"]
    assert _names(db, CompanyFilter(text="berg.se")) == ["Berg AB"]
    assert count_companies(db, CompanyFilter(country="SE")) == 1


def test_list_filters_by_tag(db: Database, firms: dict[str, int]) -> None:
    tag_records(db, "company", [firms["berg"]], ["Supplier"])

    assert _names(db, CompanyFilter(tag="supplier")) == ["Berg AB"]


def test_list_refuses_a_search_text_too_long_to_look_for(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        list_companies(db, CompanyFilter(text="x" * 100_000))
    assert set(caught.value.errors) == {"text"}


def test_list_refuses_a_sort_column_off_the_whitelist(db: Database) -> None:
    with pytest.raises(ValidationError):
        list_companies(db, sort="vat_id")


def test_get_companies_gives_live_companies_in_the_order_asked(db: Database) -> None:
    acme, bygg, cono = (
        create_company(db, CompanyDraft(name=name)) for name in ("Acme", "Bygg AB", "Cono Srl")
    )
    delete_company(db, bygg.id)

    found = get_companies(db, [cono.id, bygg.id, acme.id, 9999])

    assert found == [get_company(db, cono.id), get_company(db, acme.id)]
    assert found[0].name == "Cono Srl"

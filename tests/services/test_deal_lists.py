"""Deal lists for views: each filter, sorting, paging and counting."""

from __future__ import annotations

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.ids import CompanyId, ContactId, UserId
from crm_desktop.domain.pipeline import DealDraft, DealFilter, StageDraft
from crm_desktop.services.deal_lists import DEAL_SORTS, count_deals, list_deals
from crm_desktop.services.deals import create_deal, delete_deal, move_deal_to_stage
from crm_desktop.services.pipeline import create_pipeline, default_pipeline
from crm_desktop.services.tags import tag_records
from crm_desktop.services.users import create_user
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork


def add_record(db: Database, table: str, values: dict[str, object]) -> int:
    with UnitOfWork(db) as uow:
        record_id = uow.insert(table, values)
        uow.commit()
    return record_id


def titles(db: Database, spec: DealFilter, sort: str = "title") -> list[str]:
    return [row.title for row in list_deals(db, spec, sort=sort)]


@pytest.fixture
def deals(db: Database) -> dict[str, int]:
    """Four deals: two for ACME (one won), one for Giulia by Anna, one deleted."""
    company = CompanyId(add_record(db, "companies", {"name": "ACME"}))
    contact = ContactId(add_record(db, "contacts", {"first_name": "Giulia"}))
    anna = create_user(db, "anna", "Anna")
    ids = {
        "alpha": create_deal(
            db,
            DealDraft(
                "Alpha", company_id=company, value_minor=300, expected_close_date="2024-05-01"
            ),
        ).id,
        "beta": create_deal(
            db,
            DealDraft(
                "Beta", company_id=company, value_minor=100, expected_close_date="2024-06-15"
            ),
        ).id,
        "gamma": create_deal(
            db, DealDraft("Gamma", contact_id=contact, owner_id=anna.id, value_minor=200)
        ).id,
        "delta": create_deal(db, DealDraft("Delta")).id,
    }
    move_deal_to_stage(db, ids["beta"], "Won")
    move_deal_to_stage(db, ids["gamma"], "Proposal")
    delete_deal(db, ids["delta"])
    return {**ids, "company": company, "contact": contact, "anna": anna.id}


def test_list_hides_deleted_deals(db: Database, deals: dict[str, int]) -> None:
    assert titles(db, DealFilter()) == ["Alpha", "Beta", "Gamma"]


def test_list_can_include_deleted_deals(db: Database, deals: dict[str, int]) -> None:
    assert titles(db, DealFilter(include_deleted=True)) == ["Alpha", "Beta", "Delta", "Gamma"]


def test_filter_by_status(db: Database, deals: dict[str, int]) -> None:
    assert titles(db, DealFilter(status="won")) == ["Beta"]


def test_filter_by_stage(db: Database, deals: dict[str, int]) -> None:
    lead = default_pipeline(db).first_stage
    assert titles(db, DealFilter(stage_id=lead.id)) == ["Alpha"]


def test_filter_by_company_and_contact(db: Database, deals: dict[str, int]) -> None:
    assert titles(db, DealFilter(company_id=CompanyId(deals["company"]))) == ["Alpha", "Beta"]
    assert titles(db, DealFilter(contact_id=ContactId(deals["contact"]))) == ["Gamma"]


def test_filter_by_owner(db: Database, deals: dict[str, int]) -> None:
    assert titles(db, DealFilter(owner_id=UserId(deals["anna"]))) == ["Gamma"]


def test_filter_by_expected_close_range(db: Database, deals: dict[str, int]) -> None:
    spec = DealFilter(expected_close_from="2024-06-01", expected_close_to="2024-06-30")
    assert titles(db, spec) == ["Beta"]


def test_filter_by_pipeline(db: Database, deals: dict[str, int]) -> None:
    other = create_pipeline(
        db, "Renewals", [StageDraft("Asked", 20), StageDraft("Signed", 100, "won")]
    )
    create_deal(db, DealDraft("Renewal", pipeline_id=other.id))
    assert titles(db, DealFilter(pipeline_id=other.id)) == ["Renewal"]


def test_filter_by_tag_name_in_any_case(db: Database, deals: dict[str, int]) -> None:
    tag_records(db, "deal", [deals["alpha"], deals["gamma"]], ["Priority"])
    assert titles(db, DealFilter(tag="priority")) == ["Alpha", "Gamma"]


def test_filter_by_unknown_tag_matches_nothing(db: Database, deals: dict[str, int]) -> None:
    assert titles(db, DealFilter(tag="nope")) == []


def test_bad_status_filter_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        list_deals(db, DealFilter(status="maybe"))
    assert set(caught.value.errors) == {"status"}


def test_sort_by_value_descending(db: Database, deals: dict[str, int]) -> None:
    assert titles(db, DealFilter(), sort="-value") == ["Alpha", "Gamma", "Beta"]


def test_sort_by_stage_follows_the_board(db: Database, deals: dict[str, int]) -> None:
    assert titles(db, DealFilter(), sort="stage") == ["Alpha", "Gamma", "Beta"]


def test_sort_by_probability_descending_puts_won_deals_first(
    db: Database, deals: dict[str, int]
) -> None:
    assert titles(db, DealFilter(), sort="-probability") == ["Beta", "Gamma", "Alpha"]


@pytest.mark.parametrize("sort", [*DEAL_SORTS, *(f"-{key}" for key in DEAL_SORTS)])
def test_every_sort_key_lists_every_deal_in_both_directions(
    db: Database, deals: dict[str, int], sort: str
) -> None:
    assert sorted(titles(db, DealFilter(), sort=sort)) == ["Alpha", "Beta", "Gamma"]


def test_unknown_sort_key_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        list_deals(db, sort="colour")
    assert set(caught.value.errors) == {"sort"}


def test_rows_carry_effective_probability_and_weighted_value(
    db: Database, deals: dict[str, int]
) -> None:
    rows = {row.title: row for row in list_deals(db)}
    assert (rows["Gamma"].stage, rows["Gamma"].probability) == ("Proposal", 50)
    assert rows["Gamma"].weighted_value_minor == 100
    assert (rows["Beta"].probability, rows["Beta"].company) == (100, "ACME")
    assert rows["Gamma"].owner == "Anna"


def test_paging_with_offset_and_limit(db: Database, deals: dict[str, int]) -> None:
    page = list_deals(db, DealFilter(), offset=1, limit=1, sort="title")
    assert [row.title for row in page] == ["Beta"]


def test_count_matches_the_filter(db: Database, deals: dict[str, int]) -> None:
    assert count_deals(db) == 3
    assert count_deals(db, DealFilter(company_id=CompanyId(deals["company"]))) == 2
    assert count_deals(db, DealFilter(include_deleted=True)) == 4

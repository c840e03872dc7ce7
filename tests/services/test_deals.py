"""Deals: defaults, moving through stages with history, winning, losing, reopening."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from crm_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from crm_desktop.domain.ids import CompanyId
from crm_desktop.domain.orders import OrderDraft, OrderLineDraft
from crm_desktop.domain.pipeline import DealDraft, StageDraft
from crm_desktop.services.custom_fields import define_custom_field
from crm_desktop.services.deal_lists import deal_stage_history
from crm_desktop.services.deals import (
    create_deal,
    delete_deal,
    get_deal,
    move_deal_to_stage,
    reindex_deals,
    restore_deal,
    update_deal,
)
from crm_desktop.services.orders import create_product, list_orders
from crm_desktop.services.pipeline import (
    create_pipeline,
    default_pipeline,
    find_stage,
    update_stage,
)
from crm_desktop.services.settings import update_settings
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork
from tests.services.records import add_company, add_contact


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2024, 3, day, hour, 0, tzinfo=UTC)


def search_titles(db: Database, word: str) -> list[str]:
    rows = db.query(
        "SELECT title FROM search_index WHERE search_index MATCH ? AND kind = 'deal'", (word,)
    )
    return [r["title"] for r in rows]


def test_new_deal_starts_in_lead_at_ten_percent_in_euro(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Website redesign", value_minor=500000))
    assert (deal.stage, deal.pipeline, deal.status) == ("Lead", "Sales", "open")
    assert (deal.probability, deal.effective_probability) == (None, 10)
    assert deal.currency == "EUR"
    assert deal.weighted_value_minor == 50000


def test_new_deal_belongs_to_the_current_user(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Website redesign"))
    assert deal.owner == "tester"


def test_currency_default_follows_settings(db: Database) -> None:
    update_settings(db, default_currency="SEK")
    assert create_deal(db, DealDraft(title="Offert")).currency == "SEK"


def test_probability_override_wins_over_the_stage(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Big one", value_minor=100000, probability=40))
    assert (deal.probability, deal.stage_probability, deal.effective_probability) == (40, 10, 40)
    assert deal.weighted_value_minor == 40000


def test_value_typed_as_italian_text_is_read_in_the_users_locale(
    db: Database, in_locale: Callable[[str], None]
) -> None:
    in_locale("it_IT")
    deal = create_deal(db, DealDraft(title="Impianto", value_text="12.500,50"))
    assert deal.value_minor == 1250050


def test_value_text_is_read_in_the_users_locale_not_the_business_region(db: Database) -> None:
    # The file's region is IT (conftest), but the user writes as in the US (en_US).
    deal = create_deal(db, DealDraft(title="Plant", value_text="12,500.50"))
    assert deal.value_minor == 1250050


def test_bad_value_text_is_refused_naming_the_field(
    db: Database, in_locale: Callable[[str], None]
) -> None:
    in_locale("it_IT")
    with pytest.raises(ValidationError) as caught:
        create_deal(db, DealDraft(title="Impianto", value_text="12,505"))
    assert set(caught.value.errors) == {"value_text"}


def test_deal_without_title_and_with_bad_fields_reports_each(db: Database) -> None:
    draft = DealDraft(
        title=" ",
        value_minor=-5,
        probability=120,
        expected_close_date="2024-02-30",
        company_id=CompanyId(404),
    )
    with pytest.raises(ValidationError) as caught:
        create_deal(db, draft)
    assert set(caught.value.errors) == {
        "title",
        "value_minor",
        "probability",
        "expected_close_date",
        "company_id",
    }


def test_deal_shows_company_and_contact_names(db: Database) -> None:
    draft = DealDraft(title="Fit-out", company_id=add_company(db), contact_id=add_contact(db))
    deal = create_deal(db, draft)
    assert (deal.company, deal.contact) == ("ACME Srl", "Giulia Rossi")


def test_deal_is_found_by_title_and_company_in_the_search_index(db: Database) -> None:
    create_deal(db, DealDraft(title="Fit-out", company_id=add_company(db, "Örebro Bygg AB")))
    assert search_titles(db, "orebro") == ["Fit-out"]


def test_creation_records_the_first_stage_in_history(db: Database) -> None:
    with db.clock_at(at(1)):
        deal = create_deal(db, DealDraft(title="Fit-out"))
    [first] = deal_stage_history(db, deal.id)
    assert (first.from_stage_id, first.to_stage, first.changed_at) == (
        None,
        "Lead",
        "2024-03-01T09:00:00Z",
    )


def test_moving_through_stages_records_history_with_times(db: Database) -> None:
    with db.clock_at(at(1)):
        deal = create_deal(db, DealDraft(title="Fit-out"))
    with db.clock_at(at(4)):
        move_deal_to_stage(db, deal.id, "Qualified")
    with db.clock_at(at(10)):
        move_deal_to_stage(db, deal.id, "proposal")
    history = deal_stage_history(db, deal.id)
    assert [(h.from_stage, h.to_stage, h.changed_at) for h in history] == [
        ("", "Lead", "2024-03-01T09:00:00Z"),
        ("Lead", "Qualified", "2024-03-04T09:00:00Z"),
        ("Qualified", "Proposal", "2024-03-10T09:00:00Z"),
    ]
    assert history[-1].changed_by == "tester"


def test_days_in_stage_count_from_entering_it(db: Database) -> None:
    with db.clock_at(at(1)):
        deal = create_deal(db, DealDraft(title="Fit-out"))
    with db.clock_at(at(4)):
        move_deal_to_stage(db, deal.id, "Qualified")
    with db.clock_at(at(11, hour=8)):
        moved = get_deal(db, deal.id)
    assert moved.stage_entered_at == "2024-03-04T09:00:00Z"
    assert moved.days_in_stage == 6


def test_moving_to_won_closes_the_deal_as_won(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fit-out", value_minor=1000))
    with db.clock_at(at(20)):
        won = move_deal_to_stage(db, deal.id, "Won")
    assert (won.status, won.closed_at) == ("won", "2024-03-20T09:00:00Z")
    assert won.effective_probability == 100


def test_winning_with_an_order_records_it_for_the_deal_customer(db: Database) -> None:
    company_id = add_company(db)
    deal = create_deal(db, DealDraft(title="Fit-out", company_id=company_id))
    chair = create_product(db, "Chair", "CH-1", 12550)
    order = OrderDraft(
        lines=(
            OrderLineDraft(product_id=chair.id, quantity=4),
            OrderLineDraft(description="Delivery", unit_price_minor=3000),
        )
    )
    move_deal_to_stage(db, deal.id, "Won", order=order)
    [recorded] = list_orders(db, company_id=company_id)
    assert (recorded.deal_id, recorded.total_minor, recorded.currency) == (deal.id, 53200, "EUR")


def test_bad_order_keeps_the_deal_where_it_was(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fit-out", company_id=add_company(db)))
    order = OrderDraft(lines=(OrderLineDraft(description="Work", quantity=0, unit_price_minor=1),))
    with pytest.raises(ValidationError) as caught:
        move_deal_to_stage(db, deal.id, "Won", order=order)
    assert set(caught.value.errors) == {"order.lines[0].quantity"}
    assert get_deal(db, deal.id).stage == "Lead"
    assert len(deal_stage_history(db, deal.id)) == 1


def test_order_on_a_move_to_an_open_stage_is_refused(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fit-out", company_id=add_company(db)))
    order = OrderDraft(lines=(OrderLineDraft(description="Work", unit_price_minor=1),))
    with pytest.raises(ValidationError) as caught:
        move_deal_to_stage(db, deal.id, "Qualified", order=order)
    assert set(caught.value.errors) == {"order"}


def test_a_lost_reason_for_a_move_to_another_stage_is_refused(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fit-out"))
    with pytest.raises(ValidationError) as caught:
        move_deal_to_stage(db, deal.id, "Won", lost_reason="Too expensive")
    assert set(caught.value.errors) == {"lost_reason"}
    assert get_deal(db, deal.id).status == "open"


def test_moving_to_lost_without_a_reason_is_refused(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fit-out"))
    with pytest.raises(ValidationError) as caught:
        move_deal_to_stage(db, deal.id, "Lost", lost_reason="  ")
    assert set(caught.value.errors) == {"lost_reason"}
    assert get_deal(db, deal.id).status == "open"


def test_moving_to_lost_with_a_reason_stores_it(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fit-out", value_minor=1000))
    with db.clock_at(at(5)):
        lost = move_deal_to_stage(db, deal.id, "Lost", lost_reason="Chose a cheaper supplier")
    assert (lost.status, lost.lost_reason, lost.closed_at) == (
        "lost",
        "Chose a cheaper supplier",
        "2024-03-05T09:00:00Z",
    )
    assert lost.weighted_value_minor == 0


def test_reopening_a_lost_deal_clears_close_date_and_reason(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fit-out"))
    move_deal_to_stage(db, deal.id, "Lost", lost_reason="No budget")
    reopened = move_deal_to_stage(db, deal.id, "Negotiation")
    assert (reopened.status, reopened.closed_at, reopened.lost_reason) == ("open", None, "")


def test_moving_to_the_current_stage_is_refused(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fit-out"))
    with pytest.raises(ValidationError) as caught:
        move_deal_to_stage(db, deal.id, deal.stage_id)
    assert caught.value.errors == {"stage": "the deal is in stage Lead already"}


def test_stage_of_another_pipeline_is_refused(db: Database) -> None:
    other = create_pipeline(
        db, "Renewals", [StageDraft("Asked", 20), StageDraft("Signed", 100, "won")]
    )
    deal = create_deal(db, DealDraft(title="Fit-out"))
    with pytest.raises(ValidationError) as caught:
        move_deal_to_stage(db, deal.id, other.stages[1].id)
    assert "belongs to pipeline Renewals" in caught.value.errors["stage"]


def test_move_with_a_stale_version_conflicts(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fit-out"))
    update_deal(db, deal.id, {"notes": "Called back"})
    with pytest.raises(ConflictError):
        move_deal_to_stage(db, deal.id, "Qualified", expected_version=deal.version)


def test_update_with_a_stale_version_conflicts(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fit-out"))
    update_deal(db, deal.id, {"title": "Fit-out, phase 1"}, expected_version=deal.version)
    with pytest.raises(ConflictError):
        update_deal(db, deal.id, {"title": "Fit-out, phase 2"}, expected_version=deal.version)


def test_update_changes_fields_and_search_index(
    db: Database, in_locale: Callable[[str], None]
) -> None:
    in_locale("it_IT")
    deal = create_deal(db, DealDraft(title="Fit-out"))
    updated = update_deal(
        db, deal.id, {"title": "Showroom", "probability": 60, "value_text": "2.000"}
    )
    assert (updated.title, updated.effective_probability, updated.value_minor) == (
        "Showroom",
        60,
        200000,
    )
    assert search_titles(db, "showroom") == ["Showroom"]


def test_update_refuses_stage_changes(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fit-out"))
    with pytest.raises(ValidationError) as caught:
        update_deal(db, deal.id, {"stage_id": deal.stage_id + 1})
    assert set(caught.value.errors) == {"stage_id"}


def test_deal_created_in_a_stage_of_another_pipeline_is_refused(db: Database) -> None:
    other = create_pipeline(
        db, "Renewals", [StageDraft("Asked", 20), StageDraft("Signed", 100, "won")]
    )
    sales = default_pipeline(db)
    with pytest.raises(ValidationError) as caught:
        create_deal(db, DealDraft(title="X", pipeline_id=sales.id, stage_id=other.stages[0].id))
    assert set(caught.value.errors) == {"stage_id"}


def test_deal_created_with_a_stage_goes_to_its_pipeline(db: Database) -> None:
    other = create_pipeline(
        db, "Renewals", [StageDraft("Asked", 20), StageDraft("Signed", 100, "won")]
    )
    deal = create_deal(db, DealDraft(title="Renewal", stage_id=other.stages[0].id))
    assert (deal.pipeline, deal.stage) == ("Renewals", "Asked")
    assert find_stage(db, other.id, "signed").id == other.stages[1].id


def test_deleted_deal_is_hidden_and_out_of_search(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fit-out"))
    delete_deal(db, deal.id)
    with pytest.raises(NotFoundError):
        get_deal(db, deal.id)
    assert search_titles(db, "fit") == []


def test_restored_deal_is_back_with_its_history(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fit-out"))
    move_deal_to_stage(db, deal.id, "Qualified")
    delete_deal(db, deal.id)
    restored = restore_deal(db, deal.id)
    assert restored.stage == "Qualified"
    assert len(deal_stage_history(db, deal.id)) == 2
    assert search_titles(db, "fit") == ["Fit-out"]


def test_deal_without_its_required_custom_field_is_refused(db: Database) -> None:
    define_custom_field(db, "deal", "source", "Source", "choice", ["Fair", "Web"], required=True)
    with pytest.raises(ValidationError) as caught:
        create_deal(db, DealDraft(title="Fit-out"))
    assert caught.value.errors == {"custom.source": "Source is required"}


def test_custom_values_are_normalised_and_merged_on_update(db: Database) -> None:
    define_custom_field(db, "deal", "source", "Source", "choice", ["Fair", "Web"])
    define_custom_field(db, "deal", "seats", "Seats", "number")
    deal = create_deal(db, DealDraft(title="Fit-out", custom={"source": "fair"}))
    updated = update_deal(db, deal.id, {"custom": {"seats": "12"}})
    assert updated.custom == {"source": "Fair", "seats": 12}


def test_deals_follow_a_changed_stage_probability_unless_overridden(db: Database) -> None:
    plain = create_deal(db, DealDraft(title="Plain"))
    fixed = create_deal(db, DealDraft(title="Fixed", probability=30))
    update_stage(db, plain.stage_id, probability=15)
    assert get_deal(db, plain.id).effective_probability == 15
    assert get_deal(db, fixed.id).effective_probability == 30


def test_winning_with_an_order_needs_a_customer(db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fit-out"))
    order = OrderDraft(lines=(OrderLineDraft(description="Work", unit_price_minor=100),))
    with pytest.raises(ValidationError) as caught:
        move_deal_to_stage(db, deal.id, "Won", order=order)
    assert caught.value.errors == {"order.contact_id": "an order needs a contact or a company"}


def test_reindexing_after_a_company_rename_finds_deals_by_the_new_name(db: Database) -> None:
    company_id = add_company(db, "ACME Srl")
    create_deal(db, DealDraft(title="Fit-out", company_id=company_id))
    with UnitOfWork(db) as uow:
        uow.update("companies", company_id, {"name": "Bianchi Arredi"})
        reindex_deals(uow, "d.company_id = ?", (company_id,))
        uow.commit()
    assert search_titles(db, "bianchi") == ["Fit-out"]
    assert search_titles(db, "acme") == []

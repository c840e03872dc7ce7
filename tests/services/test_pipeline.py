"""Pipelines and stages: the default Sales pipeline, creating and editing others."""

from __future__ import annotations

import pytest

from crm_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from crm_desktop.domain.pipeline import LOST, WON, StageDraft
from crm_desktop.services.pipeline import (
    add_stage,
    create_pipeline,
    default_pipeline,
    find_stage,
    get_pipeline,
    list_pipelines,
    rename_pipeline,
    reorder_stages,
    update_stage,
)
from crm_desktop.storage.database import Database

SUPPORT = [
    StageDraft("Asked", 20),
    StageDraft("Quoted", 60),
    StageDraft("Signed", 100, WON),
]


def test_new_file_has_the_sales_pipeline_with_its_probabilities(db: Database) -> None:
    pipeline = default_pipeline(db)
    assert pipeline.name == "Sales"
    assert [(s.name, s.probability, s.outcome) for s in pipeline.stages] == [
        ("Lead", 10, "open"),
        ("Qualified", 25, "open"),
        ("Proposal", 50, "open"),
        ("Negotiation", 75, "open"),
        ("Won", 100, "won"),
        ("Lost", 0, "lost"),
    ]


def test_sales_pipeline_starts_deals_in_lead(db: Database) -> None:
    pipeline = default_pipeline(db)
    assert pipeline.first_stage.name == "Lead"
    assert pipeline.won_stage is not None and pipeline.won_stage.name == "Won"
    assert pipeline.lost_stage is not None and pipeline.lost_stage.name == "Lost"


def test_created_pipeline_comes_after_sales_with_stages_in_order(db: Database) -> None:
    created = create_pipeline(db, "Renewals", SUPPORT)
    assert [p.name for p in list_pipelines(db)] == ["Sales", "Renewals"]
    assert [s.name for s in get_pipeline(db, created.id).stages] == ["Asked", "Quoted", "Signed"]


def test_pipeline_without_won_stage_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_pipeline(db, "Nowhere", [StageDraft("Talk", 10)])
    assert caught.value.errors == {"stages": "a pipeline needs exactly one won stage"}


def test_pipeline_with_two_lost_stages_is_refused(db: Database) -> None:
    stages = [*SUPPORT, StageDraft("Lost", 0, LOST), StageDraft("Gone", 0, LOST)]
    with pytest.raises(ValidationError) as caught:
        create_pipeline(db, "Twice lost", stages)
    assert caught.value.errors == {"stages": "a pipeline can have at most one lost stage"}


def test_pipeline_with_only_closed_stages_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_pipeline(db, "Closed", [StageDraft("Won", 100, WON)])
    assert "open stage" in caught.value.errors["stages"]


def test_stage_probability_out_of_range_and_blank_name_are_refused(db: Database) -> None:
    stages = [StageDraft(" ", 10), StageDraft("Quoted", 101), StageDraft("Signed", 100, WON)]
    with pytest.raises(ValidationError) as caught:
        create_pipeline(db, "Bad", stages)
    assert set(caught.value.errors) == {"stages[0].name", "stages[1].probability"}


def test_pipeline_name_in_use_is_refused_in_any_case(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_pipeline(db, "sales", SUPPORT)
    assert "in use" in caught.value.errors["name"]


def test_rename_pipeline(db: Database) -> None:
    renamed = rename_pipeline(db, default_pipeline(db).id, "Vendite")
    assert get_pipeline(db, renamed.id).name == "Vendite"


def test_rename_pipeline_with_stale_version_conflicts(db: Database) -> None:
    pipeline = default_pipeline(db)
    rename_pipeline(db, pipeline.id, "Vendite", expected_version=pipeline.version)
    with pytest.raises(ConflictError):
        rename_pipeline(db, pipeline.id, "Försäljning", expected_version=pipeline.version)


def test_get_missing_pipeline_raises_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError):
        get_pipeline(db, 99)


def test_added_open_stage_goes_before_won_and_lost(db: Database) -> None:
    pipeline = default_pipeline(db)
    add_stage(db, pipeline.id, StageDraft("Contract", 90))
    names = [s.name for s in get_pipeline(db, pipeline.id).stages]
    assert names == ["Lead", "Qualified", "Proposal", "Negotiation", "Contract", "Won", "Lost"]


def test_added_stage_at_position_shifts_later_stages(db: Database) -> None:
    pipeline = default_pipeline(db)
    stage = add_stage(db, pipeline.id, StageDraft("Contacted", 15), position=1)
    stages = get_pipeline(db, pipeline.id).stages
    assert [s.name for s in stages][:3] == ["Lead", "Contacted", "Qualified"]
    assert [s.position for s in stages] == list(range(7))
    assert stage.position == 1


def test_second_won_stage_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        add_stage(db, default_pipeline(db).id, StageDraft("Won again", 100, WON))
    assert "won stage already" in caught.value.errors["outcome"]


def test_update_stage_changes_name_and_probability(db: Database) -> None:
    lead = default_pipeline(db).first_stage
    updated = update_stage(db, lead.id, name="Prospect", probability=5)
    assert (updated.name, updated.probability) == ("Prospect", 5)


def test_update_stage_refuses_a_name_of_another_stage(db: Database) -> None:
    lead = default_pipeline(db).first_stage
    with pytest.raises(ValidationError) as caught:
        update_stage(db, lead.id, name="won")
    assert "in use" in caught.value.errors["name"]


def test_reorder_stages_puts_them_in_the_given_order(db: Database) -> None:
    pipeline = default_pipeline(db)
    ids = [s.id for s in pipeline.stages]
    reordered = reorder_stages(db, pipeline.id, [ids[1], ids[0], *ids[2:]])
    assert [s.name for s in reordered.stages][:2] == ["Qualified", "Lead"]
    assert reordered.first_stage.name == "Qualified"


def test_reorder_stages_refuses_a_missing_stage(db: Database) -> None:
    pipeline = default_pipeline(db)
    with pytest.raises(ValidationError):
        reorder_stages(db, pipeline.id, [s.id for s in pipeline.stages][:-1])


def test_find_stage_by_name_in_any_case(db: Database) -> None:
    pipeline = default_pipeline(db)
    assert find_stage(db, pipeline.id, "  PROPOSAL ").name == "Proposal"


def test_find_stage_by_id(db: Database) -> None:
    pipeline = default_pipeline(db)
    won = pipeline.won_stage
    assert won is not None
    assert find_stage(db, pipeline.id, str(won.id)) == won


def test_find_stage_of_another_pipeline_is_refused_listing_the_stages(db: Database) -> None:
    create_pipeline(db, "Renewals", SUPPORT)
    with pytest.raises(ValidationError) as caught:
        find_stage(db, default_pipeline(db).id, "Signed")
    assert "Lead, Qualified, Proposal, Negotiation, Won, Lost" in caught.value.errors["stage"]

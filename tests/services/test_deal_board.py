"""The pipeline board's reads: cards per stage with a limit, and totals per stage and currency."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from crm_desktop.domain.pipeline import DealDraft, DealFilter
from crm_desktop.services.deal_lists import board_deals, board_totals, lost_reasons
from crm_desktop.services.deals import create_deal, move_deal_to_stage
from crm_desktop.services.pipeline import default_pipeline
from crm_desktop.services.users import create_user
from crm_desktop.storage.database import Database

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def sales(db: Database) -> DealFilter:
    return DealFilter(pipeline_id=default_pipeline(db).id)


def add(db: Database, title: str, value: int, **fields: Any) -> int:
    with db.clock_at(NOW):
        return create_deal(db, DealDraft(title, value_minor=value, **fields)).id


def close(db: Database, deal_id: int, stage: str, when: datetime) -> None:
    with db.clock_at(when):
        move_deal_to_stage(db, deal_id, stage, lost_reason="Price" if stage == "Lost" else "")


def named_totals(db: Database) -> set[tuple[str, int, int]]:
    names = {s.id: s.name for s in default_pipeline(db).stages}
    return {(names[t.stage_id], t.count, t.value_minor) for t in board_totals(db, sales(db))}


def test_totals_count_and_sum_each_stage(db: Database) -> None:
    add(db, "A", 1000)
    add(db, "B", 2500)
    moved = add(db, "C", 400)
    with db.clock_at(NOW):
        move_deal_to_stage(db, moved, "Proposal")

    with db.clock_at(NOW):
        totals = named_totals(db)

    assert totals == {("Lead", 2, 3500), ("Proposal", 1, 400)}


def test_totals_keep_currencies_apart(db: Database) -> None:
    add(db, "Euro", 1000)
    add(db, "Krona", 5000, currency="SEK")

    with db.clock_at(NOW):
        totals = {(t.currency, t.count, t.value_minor) for t in board_totals(db, sales(db))}

    assert totals == {("EUR", 1, 1000), ("SEK", 1, 5000)}


def test_totals_carry_the_weighted_value(db: Database) -> None:
    add(db, "A", 1001)  # Lead, 10 %: 100.1 rounds to 100
    add(db, "B", 1005)  # 100.5 rounds half up to 101

    with db.clock_at(NOW):
        (total,) = board_totals(db, sales(db))

    assert total.weighted_value_minor == 201


def test_closed_deals_older_than_the_window_are_left_off(db: Database) -> None:
    recent = add(db, "Recent win", 100)
    old = add(db, "Old loss", 200)
    close(db, old, "Lost", NOW)
    close(db, recent, "Won", NOW + timedelta(days=100))

    with db.clock_at(NOW + timedelta(days=101)):
        cards = [row.title for row in board_deals(db, sales(db), closed_within_days=90)]
        counted = sum(t.count for t in board_totals(db, sales(db), closed_within_days=90))

    assert (cards, counted) == (["Recent win"], 1)


def test_open_deals_stay_on_the_board_however_old(db: Database) -> None:
    add(db, "Ancient", 100)

    with db.clock_at(NOW + timedelta(days=1000)):
        cards = [row.title for row in board_deals(db, sales(db))]

    assert cards == ["Ancient"]


def test_without_a_window_every_closed_deal_shows(db: Database) -> None:
    old = add(db, "Old loss", 200)
    close(db, old, "Lost", NOW)

    with db.clock_at(NOW + timedelta(days=1000)):
        cards = [row.title for row in board_deals(db, sales(db), closed_within_days=None)]

    assert cards == ["Old loss"]


def test_cards_are_limited_per_stage_but_totals_count_all(db: Database) -> None:
    for number in range(5):
        add(db, f"Lead {number}", 100)
    proposal = add(db, "Proposal deal", 100)
    with db.clock_at(NOW):
        move_deal_to_stage(db, proposal, "Proposal")

    with db.clock_at(NOW):
        cards = board_deals(db, sales(db), per_stage=2)
        counts = sorted(t.count for t in board_totals(db, sales(db)))

    assert [(row.stage, row.title) for row in cards] == [
        ("Lead", "Lead 0"),
        ("Lead", "Lead 1"),
        ("Proposal", "Proposal deal"),
    ]
    assert counts == [1, 5]


def test_open_cards_come_closing_soonest_first_undated_last(db: Database) -> None:
    add(db, "Undated", 100)
    add(db, "June", 100, expected_close_date="2026-06-01")
    add(db, "April", 100, expected_close_date="2026-04-01")

    with db.clock_at(NOW):
        cards = [row.title for row in board_deals(db, sales(db))]

    assert cards == ["April", "June", "Undated"]


def test_closed_cards_come_most_recently_closed_first(db: Database) -> None:
    first = add(db, "Closed first", 100)
    second = add(db, "Closed later", 100)
    close(db, first, "Won", NOW - timedelta(days=5))
    close(db, second, "Won", NOW - timedelta(days=2))

    with db.clock_at(NOW):
        cards = [row.title for row in board_deals(db, sales(db))]

    assert cards == ["Closed later", "Closed first"]


def test_board_follows_the_owner_filter(db: Database) -> None:
    anna = create_user(db, "anna", "Anna")
    add(db, "Mine", 100)
    add(db, "Anna's", 300, owner_id=anna.id)
    spec = DealFilter(pipeline_id=default_pipeline(db).id, owner_id=anna.id)

    with db.clock_at(NOW):
        cards = [row.title for row in board_deals(db, spec)]
        totals = [(t.count, t.value_minor) for t in board_totals(db, spec)]

    assert (cards, totals) == (["Anna's"], [(1, 300)])


def test_lost_reasons_come_most_used_first(db: Database) -> None:
    for title, reason in (("A", "Price"), ("B", "Timing"), ("C", "price"), ("D", "")):
        deal_id = add(db, title, 100)
        if reason:
            with db.clock_at(NOW):
                move_deal_to_stage(db, deal_id, "Lost", lost_reason=reason)

    reasons = lost_reasons(db)

    assert [r.casefold() for r in reasons] == ["price", "timing"]

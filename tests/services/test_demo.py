from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.demo import generate_demo_data
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.settings import get_settings
from crm_desktop.storage.database import Database

ANCHOR = datetime(2026, 6, 15, 10, 0, tzinfo=UTC)


def _fingerprint(db: Database) -> list[tuple[object, ...]]:
    contacts = db.query(
        "SELECT first_name, last_name, phones, created_at FROM contacts ORDER BY id"
    )
    deals = db.query("SELECT title, value_minor, status, stage_id FROM deals ORDER BY id")
    return [tuple(r.values()) for r in contacts + deals]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    db = open_crm_file(tmp_path_factory.mktemp("demo") / "crm.sqlite3", user="tester")
    generate_demo_data(db, contacts=150, seed=11, locale="it_IT", anchor=ANCHOR)
    return db


def test_demo_makes_records_in_the_documented_proportions(tmp_path: Path) -> None:
    db = open_crm_file(tmp_path / "crm.sqlite3", user="tester")

    counts = generate_demo_data(db, contacts=50, seed=2, anchor=ANCHOR)

    assert counts["contacts"] == 50
    assert counts["companies"] == 15
    assert counts["deals"] == 30
    assert counts["tickets"] == 20
    assert counts["activities"] == 200
    assert counts["orders"] > 0
    assert db.scalar("SELECT count(*) FROM contacts") == 50
    assert db.scalar("SELECT count(*) FROM search_index WHERE kind = 'contact'") == 50


def test_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    first = open_crm_file(tmp_path / "a.sqlite3", user="tester")
    second = open_crm_file(tmp_path / "b.sqlite3", user="tester")
    third = open_crm_file(tmp_path / "c.sqlite3", user="tester")

    generate_demo_data(first, contacts=20, seed=7, anchor=ANCHOR)
    generate_demo_data(second, contacts=20, seed=7, anchor=ANCHOR)
    generate_demo_data(third, contacts=20, seed=8, anchor=ANCHOR)

    assert _fingerprint(first) == _fingerprint(second)
    assert _fingerprint(first) != _fingerprint(third)


def test_deals_cover_every_stage_over_eighteen_months(demo_db: Database) -> None:
    stages = demo_db.query(
        "SELECT s.name, count(d.id) AS n FROM stages s LEFT JOIN deals d ON d.stage_id = s.id"
        " GROUP BY s.id ORDER BY s.position"
    )
    span = demo_db.query_one("SELECT min(created_at) AS first, max(created_at) AS last FROM deals")

    assert all(row["n"] > 0 for row in stages), stages
    assert span is not None
    assert span["first"] < "2025-03-01" and span["last"] > "2026-03-01"


def test_won_deals_carry_orders_and_lost_ones_a_reason(demo_db: Database) -> None:
    won_without_order = demo_db.scalar(
        "SELECT count(*) FROM deals d WHERE status = 'won'"
        " AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.deal_id = d.id)"
    )
    lost_without_reason = demo_db.scalar(
        "SELECT count(*) FROM deals WHERE status = 'lost' AND lost_reason = ''"
    )

    assert demo_db.scalar("SELECT count(*) FROM deals WHERE status = 'won'") > 0
    assert won_without_order == 0
    assert lost_without_reason == 0


def test_tickets_and_tasks_have_a_realistic_mix(demo_db: Database) -> None:
    statuses = {r["status"] for r in demo_db.query("SELECT DISTINCT status FROM tickets")}
    open_tasks = demo_db.query(
        "SELECT due_at FROM activities WHERE kind = 'task' AND done_at IS NULL"
    )

    assert {"open", "resolved", "closed"} <= statuses
    assert any(t["due_at"] < "2026-06-15" for t in open_tasks)  # overdue ones
    assert any(t["due_at"] > "2026-06-16" for t in open_tasks)  # upcoming ones


def test_swedish_demo_sets_region_and_stores_swedish_numbers(tmp_path: Path) -> None:
    db = open_crm_file(tmp_path / "crm.sqlite3", user="tester")

    generate_demo_data(db, contacts=10, seed=1, locale="sv_SE", anchor=ANCHOR)

    settings = get_settings(db)
    phones = [r["phones"] for r in db.query("SELECT phones FROM contacts")]
    assert (settings.default_region, settings.default_currency) == ("SE", "SEK")
    assert all('"+46' in p for p in phones)


def test_bad_demo_options_are_refused(tmp_path: Path) -> None:
    db = open_crm_file(tmp_path / "crm.sqlite3", user="tester")

    with pytest.raises(ValidationError) as caught:
        generate_demo_data(db, contacts=0)
    with pytest.raises(ValidationError):
        generate_demo_data(db, locale="xx_XX")

    assert "contacts" in caught.value.errors
    assert db.scalar("SELECT count(*) FROM contacts") == 0

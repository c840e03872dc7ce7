from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.demo import generate_demo_data
from crm_desktop.services.demo_texts import TEXTS
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.orders import create_product
from crm_desktop.services.settings import get_settings
from crm_desktop.storage.database import Database, to_iso

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


_COUNTED = ("contacts", "companies", "deals", "tickets", "activities", "orders", "products")


def _counts(db: Database) -> dict[str, int]:
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in (*_COUNTED, "users")}


def test_demo_in_another_locale_is_refused_and_adds_nothing(tmp_path: Path) -> None:
    db = open_crm_file(tmp_path / "crm.sqlite3", user="tester")
    generate_demo_data(db, contacts=10, seed=1, locale="sv_SE", anchor=ANCHOR)
    before = _counts(db)

    with pytest.raises(ValidationError) as caught:
        generate_demo_data(db, contacts=10, seed=2, locale="it_IT", anchor=ANCHOR)

    assert "SE and SEK" in caught.value.errors["locale"]
    assert "--locale sv_SE" in caught.value.errors["locale"]
    assert _counts(db) == before


def test_demo_refuses_an_existing_product_with_its_sku_in_another_currency(
    tmp_path: Path,
) -> None:
    db = open_crm_file(tmp_path / "crm.sqlite3", user="tester")
    create_product(db, "NAS", "HW-NAS4", 620000, "SEK")
    before = _counts(db)

    with pytest.raises(ValidationError) as caught:
        generate_demo_data(db, contacts=10, seed=1, locale="it_IT", anchor=ANCHOR)

    assert "HW-NAS4" in caught.value.errors["locale"]
    assert _counts(db) == before


def test_the_same_locale_twice_on_one_file_adds_more_data(tmp_path: Path) -> None:
    db = open_crm_file(tmp_path / "crm.sqlite3", user="tester")
    generate_demo_data(db, contacts=10, seed=1, locale="sv_SE", anchor=ANCHOR)

    counts = generate_demo_data(db, contacts=10, seed=2, locale="sv_SE", anchor=ANCHOR)

    assert counts["contacts"] == 10 and "products" not in counts  # catalogue reused
    assert db.scalar("SELECT count(*) FROM contacts") == 20
    assert db.scalar("SELECT count(*) FROM products") == len(TEXTS["sv_SE"].products)


def test_activities_link_only_their_own_contacts_deals(demo_db: Database) -> None:
    linked = demo_db.query(
        "SELECT a.contact_id, d.contact_id AS deal_contact, a.created_at, d.created_at AS opened"
        " FROM activities a JOIN deals d ON d.id = a.deal_id"
    )

    assert len(linked) > 20
    assert all(r["contact_id"] == r["deal_contact"] for r in linked)
    assert all(r["created_at"] >= r["opened"] for r in linked)


def test_activities_link_only_their_own_contacts_tickets(demo_db: Database) -> None:
    linked = demo_db.query(
        "SELECT a.contact_id, t.contact_id AS ticket_contact"
        " FROM activities a JOIN tickets t ON t.id = a.ticket_id"
    )

    assert len(linked) > 5
    assert all(r["contact_id"] == r["ticket_contact"] for r in linked)


def test_nothing_is_stamped_after_the_anchor(demo_db: Database) -> None:
    tables = (*_COUNTED, "deal_stage_changes", "ticket_messages", "order_lines", "taggings")
    latest = {
        t: demo_db.scalar(f"SELECT max(max(created_at), max(updated_at)) FROM {t}") for t in tables
    }

    assert all(latest.values()), latest
    assert all(stamp <= to_iso(ANCHOR) for stamp in latest.values()), latest


def test_each_ticket_opens_with_the_message_paired_with_its_subject(demo_db: Database) -> None:
    firsts = demo_db.query(
        "SELECT t.subject, m.body FROM tickets t JOIN ticket_messages m ON m.id ="
        " (SELECT min(id) FROM ticket_messages WHERE ticket_id = t.id)"
    )
    paired = dict(TEXTS["it_IT"].tickets)

    assert len(firsts) == demo_db.scalar("SELECT count(*) FROM tickets")
    assert all(r["body"] == paired[r["subject"]] for r in firsts)

"""Saved views: each operator, all/any, validation, injection safety and live counts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crm_desktop.domain.contacts import ContactDraft, ContactFilter
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.domain.saved_views import Condition, ViewFilter
from crm_desktop.domain.tickets import TicketDraft
from crm_desktop.services.contact_lists import list_contacts
from crm_desktop.services.contacts import create_contact, update_contact
from crm_desktop.services.deals import create_deal, move_deal_to_stage
from crm_desktop.services.saved_views import (
    count_view,
    create_saved_view,
    delete_saved_view,
    find_saved_view,
    list_saved_views,
    run_view,
    update_saved_view,
    view_counts,
)
from crm_desktop.services.tags import tag_records
from crm_desktop.services.tickets import create_ticket
from crm_desktop.storage.database import Database
from tests.services.records import add_company


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    """Five contacts, made on 2024-05-01 (Eva on 2024-06-20)."""
    acme = add_company(db, "ACME Srl")
    made = {}
    with db.clock_at(datetime(2024, 5, 1, 9, tzinfo=UTC)):
        for first, last, city, stage, source, email, consent in (
            ("Anna", "Bianchi", "Milano", "customer", "Web", "anna@acme.it", True),
            ("Bruno", "Rossi", "Roma", "lead", "Referral", "bruno@example.com", False),
            ("Carla", "Verdi", "Milano", "prospect", "", "carla_v@example.com", False),
            ("Dario", "Neri", "", "lead", "Web", "", False),
        ):
            made[first] = create_contact(
                db,
                ContactDraft(
                    first_name=first,
                    last_name=last,
                    city=city,
                    lifecycle_stage=stage,
                    lead_source=source,
                    emails=(email,) if email else (),
                    marketing_consent=consent,
                    company_id=acme if first == "Anna" else None,
                ),
            ).id
    with db.clock_at(datetime(2024, 6, 20, 9, tzinfo=UTC)):
        made["Eva"] = create_contact(db, ContactDraft(first_name="Eva", last_name="50%_off")).id
    tag_records(db, "contact", [made["Anna"], made["Bruno"]], ["VIP"])
    return made


MILAN = Condition("city", "eq", "Milano")


def names(db: Database, *conditions: Condition, match: str = "all") -> list[str]:
    view = ViewFilter("contacts", match, conditions)
    return sorted(r.first_name for r in run_view(db, view, limit=100))


@pytest.mark.parametrize(
    ("field", "op", "value", "expected"),
    [
        ("city", "eq", "milano", ["Anna", "Carla"]),  # any letter case
        ("city", "=", "Milano", ["Anna", "Carla"]),  # the CLI's spelling
        ("city", "ne", "Milano", ["Bruno", "Dario", "Eva"]),
        ("last_name", "contains", "ss", ["Bruno"]),
        ("last_name", "not_contains", "i", ["Eva"]),
        ("first_name", "starts_with", "ca", ["Carla"]),
        ("first_name", "starts with", "B", ["Bruno"]),
        ("email", "contains", "example.com", ["Bruno", "Carla"]),
        ("company", "eq", "ACME Srl", ["Anna"]),
        ("lifecycle_stage", "eq", "Lead", ["Bruno", "Dario", "Eva"]),
        ("city", "is_empty", None, ["Dario", "Eva"]),
        ("lead_source", "not_empty", None, ["Anna", "Bruno", "Dario"]),
        ("created_at", "before", "2024-06-01", ["Anna", "Bruno", "Carla", "Dario"]),
        ("created_at", "after", "2024-05-01", ["Eva"]),
        ("created_at", "eq", "2024-05-01", ["Anna", "Bruno", "Carla", "Dario"]),
        ("created_at", "between", ["2024-06-01", "2024-06-30"], ["Eva"]),
        ("created_at", "between", "2024-04-01..2024-05-01", ["Anna", "Bruno", "Carla", "Dario"]),
        ("tag", "has_tag", "vip", ["Anna", "Bruno"]),
        ("tag", "no_tag", "VIP", ["Carla", "Dario", "Eva"]),
        ("marketing_consent", "is_true", None, ["Anna"]),
        ("marketing_consent", "is_false", None, ["Bruno", "Carla", "Dario", "Eva"]),
    ],
)
def test_each_operator_keeps_the_contacts_it_should(
    db: Database, people: dict[str, int], field: str, op: str, value: object, expected: list[str]
) -> None:
    assert names(db, Condition(field, op, value)) == expected


def test_percent_and_underscore_are_taken_literally(db: Database, people: dict[str, int]) -> None:
    assert names(db, Condition("last_name", "contains", "%_")) == ["Eva"]
    assert names(db, Condition("email", "contains", "a_v")) == ["Carla"]


def test_in_the_last_days_counts_back_from_today(db: Database, people: dict[str, int]) -> None:
    with db.clock_at(datetime(2024, 6, 25, 12, tzinfo=UTC)):
        assert names(db, Condition("created_at", "in_last_days", "10")) == ["Eva"]


def test_all_needs_every_condition_and_any_one_of_them(
    db: Database, people: dict[str, int]
) -> None:
    city = Condition("city", "eq", "Milano")
    web = Condition("lead_source", "eq", "Web")
    assert names(db, city, web) == ["Anna"]
    assert names(db, city, web, match="any") == ["Anna", "Carla", "Dario"]


def test_no_condition_keeps_every_live_record(db: Database, people: dict[str, int]) -> None:
    assert len(names(db)) == 5


@pytest.mark.parametrize(
    "value", ["x' OR '1'='1", "'; DROP TABLE contacts; --", "Milano' --", '" OR 1=1']
)
def test_values_that_look_like_sql_are_just_text(
    db: Database, people: dict[str, int], value: str
) -> None:
    assert names(db, Condition("city", "eq", value)) == []
    assert names(db, Condition("city", "contains", value)) == []
    assert len(names(db)) == 5  # the table is still there


def test_a_field_outside_the_whitelist_is_refused(db: Database, people: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as error:
        names(db, Condition("1=1) OR (1", "eq", "x"))
    assert "conditions[0].field" in error.value.errors


def test_bad_conditions_get_a_message_each_naming_where(db: Database) -> None:
    with pytest.raises(ValidationError) as error:
        create_saved_view(
            db,
            "",
            "contacts",
            [
                {"field": "shoe_size", "op": "eq", "value": "42"},
                {"field": "city", "op": "gt", "value": "Roma"},
                {"field": "created_at", "op": "after", "value": "yesterday"},
                {"field": "created_at", "op": "between", "value": ["2024-02-01", "2024-01-01"]},
                {"field": "lifecycle_stage", "op": "eq", "value": "vip"},
                {"field": "city", "op": "contains", "value": "  "},
            ],
        )
    errors = error.value.errors
    assert errors["name"] == "a name is required"
    assert "shoe_size" in errors["conditions[0].field"]
    assert "does not apply to City" in errors["conditions[1].op"]
    assert errors["conditions[2].value"] == "Created: 'yesterday' is not a date as YYYY-MM-DD"
    assert "must not be above" in errors["conditions[3].value"]
    assert "'vip' is not one of lead, prospect, customer, former" in errors["conditions[4].value"]
    assert errors["conditions[5].value"] == "City: enter a value"


def test_unknown_entity_and_match_are_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as entity:
        create_saved_view(db, "x", "orders", [])
    with pytest.raises(ValidationError) as match:
        create_saved_view(db, "x", "contacts", [], match="some")
    assert list(entity.value.errors) == ["entity"]
    assert list(match.value.errors) == ["match"]


def test_a_tag_that_does_not_exist_is_refused_when_saving(db: Database) -> None:
    with pytest.raises(ValidationError) as error:
        create_saved_view(db, "x", "contacts", [Condition("tag", "has_tag", "Nope")])
    assert error.value.errors == {"conditions[0].value": "there is no tag named 'Nope'"}


def test_saved_view_round_trips_and_is_found_by_name(db: Database, people: dict[str, int]) -> None:
    made = create_saved_view(
        db,
        "  Milan   customers ",
        "contacts",
        [Condition("created_at", "between", "2024-01-01..2024-12-31")],
    )
    found = find_saved_view(db, "milan customers")
    assert found == made
    assert found.name == "Milan customers"
    assert found.conditions == (Condition("created_at", "between", ("2024-01-01", "2024-12-31")),)


def test_names_are_unique_in_any_letter_case(db: Database) -> None:
    create_saved_view(db, "Hot", "contacts", [])
    with pytest.raises(ValidationError) as error:
        create_saved_view(db, "hot", "deals", [])
    assert error.value.errors == {"name": "a saved view named 'hot' exists already"}


def test_views_are_listed_by_entity_then_position(db: Database) -> None:
    create_saved_view(db, "B deals", "deals", [])
    create_saved_view(db, "Z contacts", "contacts", [])
    create_saved_view(db, "A contacts", "contacts", [])
    assert [v.name for v in list_saved_views(db)] == ["Z contacts", "A contacts", "B deals"]
    assert [v.name for v in list_saved_views(db, "deals")] == ["B deals"]


def test_live_count_follows_an_edit(db: Database, people: dict[str, int]) -> None:
    view = create_saved_view(db, "Milan", "contacts", [Condition("city", "eq", "Milano")])
    assert view_counts(db) == {view.id: 2}
    update_contact(db, people["Bruno"], {"city": "Milano"})
    assert view_counts(db) == {view.id: 3}


def test_changing_the_filter_changes_the_count(db: Database, people: dict[str, int]) -> None:
    view = create_saved_view(db, "Milan", "contacts", [Condition("city", "eq", "Milano")])
    changed = update_saved_view(
        db,
        view.id,
        "Milan or Rome",
        [Condition("city", "eq", "Milano"), Condition("city", "eq", "Roma")],
        "any",
    )
    assert (changed.name, changed.match, count_view(db, changed.filter)) == (
        "Milan or Rome",
        "any",
        3,
    )


def test_deleted_view_is_gone(db: Database) -> None:
    view = create_saved_view(db, "Gone", "contacts", [])
    delete_saved_view(db, view.id)
    assert list_saved_views(db) == []
    with pytest.raises(NotFoundError):
        find_saved_view(db, "Gone")


def test_contact_list_applies_the_view_with_its_other_filters(
    db: Database, people: dict[str, int]
) -> None:
    view = ViewFilter("contacts", "all", (Condition("city", "eq", "Milano"),))
    rows = list_contacts(db, ContactFilter(lifecycle_stage="prospect", view=view))
    assert [r.first_name for r in rows] == ["Carla"]


def test_deal_views_filter_on_value_in_whole_units_and_status(db: Database) -> None:
    small = create_deal(db, DealDraft(title="Small", value_minor=50000, currency="EUR"))
    create_deal(db, DealDraft(title="Big", value_minor=500000, currency="EUR"))
    create_deal(db, DealDraft(title="Yen", value_minor=1000, currency="JPY"))  # 1000 yen
    move_deal_to_stage(db, small.id, "Won")
    over = ViewFilter("deals", "all", (Condition("value", "gt", "999"),))
    assert sorted(r.title for r in run_view(db, over)) == ["Big", "Yen"]
    won = ViewFilter("deals", "all", (Condition("status", "eq", "won"),))
    assert [r.title for r in run_view(db, won)] == ["Small"]


def test_ticket_views_filter_on_priority(db: Database) -> None:
    create_ticket(db, TicketDraft(subject="Printer on fire", priority="urgent"))
    create_ticket(db, TicketDraft(subject="Question", priority="low"))
    urgent = ViewFilter("tickets", "all", (Condition("priority", "eq", "urgent"),))
    assert [r.subject for r in run_view(db, urgent)] == ["Printer on fire"]
    assert count_view(db, urgent) == 1

"""``crm views``, run as the real program on files in tmp_path."""

from __future__ import annotations

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.services.contacts import create_contact, update_contact
from crm_desktop.storage.database import Database
from tests.cli.cli_runner import Crm


def add_people(db: Database) -> int:
    for first, city in (("Anna", "Milano"), ("Bruno", "Roma"), ("Carla", "Milano")):
        created = create_contact(db, ContactDraft(first_name=first, last_name="Test", city=city))
    return int(created.id)


def test_add_list_run_and_delete_a_view(crm: Crm, db: Database) -> None:
    add_people(db)
    added = crm.json(
        "views", "add", "Milan", "--entity", "contacts", "--where", "city", "=", "milano",
        "--where", "first_name", "starts with", "A", "--where", "created_at", "between",
        "2000-01-01", "2999-12-31", "--any",
    )  # fmt: skip
    listed = crm.json("views", "list")
    run = crm.json("views", "run", "milan")
    table = crm.ok("views", "run", "Milan")
    crm.ok("views", "delete", "Milan")
    after = crm.json("views", "list")

    assert added["match"] == "any"
    assert added["conditions"][2] == {
        "field": "created_at",
        "op": "between",
        "value": ["2000-01-01", "2999-12-31"],
    }
    assert [(v["name"], v["entity"], v["count"]) for v in listed] == [("Milan", "contacts", 3)]
    assert sorted(r["first_name"] for r in run) == ["Anna", "Bruno", "Carla"]
    assert "Carla Test" in table
    assert after == []


def test_show_says_the_filter_in_words_and_counts_after_an_edit(crm: Crm, db: Database) -> None:
    carla = add_people(db)
    crm.ok("views", "add", "Milan", "--entity", "contacts", "--where", "city", "=", "Milano")
    before = crm.json("views", "show", "Milan")
    update_contact(db, carla, {"city": "Torino"})
    after = crm.json("views", "show", "Milan")
    text = crm.ok("views", "show", "Milan")
    assert (before["count"], after["count"]) == (2, 1)
    assert "City is Milano" in text


def test_bad_condition_is_one_line_naming_the_condition(crm: Crm) -> None:
    result = crm.run(
        "views", "add", "Bad", "--entity", "deals", "--where", "value", "contains", "x"
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "conditions[0].op" in result.stderr and "does not apply to Value" in result.stderr


def test_unknown_view_is_a_user_error(crm: Crm) -> None:
    result = crm.run("views", "run", "Nope")
    assert result.returncode == 1
    assert "saved view" in result.stderr


def test_fields_lists_each_field_with_its_operators(crm: Crm) -> None:
    text = crm.ok("views", "fields", "tickets")
    assert "priority" in text and "low normal high urgent" in text

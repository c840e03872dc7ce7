"""The record commands, run as the real ``crm`` program on files in tmp_path."""

from __future__ import annotations

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.domain.tickets import TicketDraft
from crm_desktop.services.companies import list_companies
from crm_desktop.services.contacts import count_contacts, create_contact, update_contact
from crm_desktop.services.deal_lists import deal_stage_history
from crm_desktop.services.deals import create_deal, get_deal
from crm_desktop.services.tickets import create_ticket, update_ticket
from crm_desktop.storage.database import Database
from tests.cli.cli_runner import Crm


def test_contact_round_trip_from_add_to_restore(crm: Crm, db: Database) -> None:
    added = crm.json(
        "contacts", "add", "--first-name", "Giulia", "--last-name", "Bianchi",
        "--email", "Giulia@Example.it", "--phone", "06 1234 5678", "--company", "Bianchi Srl",
        "--tag", "vip", "--stage", "prospect", "--country", "it", "--birthday", "1985-03-02",
    )  # fmt: skip
    contact_id = str(added["id"])
    listed = crm.json("contacts", "list", "--tag", "VIP")
    shown = crm.json("contacts", "show", contact_id)
    updated = crm.json(
        "contacts", "update", contact_id, "--email", "g.bianchi@example.it",
        "--email", "giulia@casa.it", "--city", "Roma", "--expected-version", str(shown["version"]),
    )  # fmt: skip
    deleted = crm.ok("contacts", "delete", contact_id)
    listed_after_delete = crm.json("contacts", "list")
    crm.ok("contacts", "restore", contact_id)
    restored = crm.json("contacts", "show", contact_id)

    assert {"id", "first_name", "last_name", "emails", "phones", "company", "tags"} <= set(added)
    assert added["emails"] == [{"address": "Giulia@example.it", "label": "work"}]
    assert added["phones"][0]["e164"] == "+390612345678"
    assert (added["company"], added["tags"], added["country"]) == ("Bianchi Srl", ["vip"], "IT")
    assert [(r["id"], r["last_name"], r["company"]) for r in listed] == [
        (added["id"], "Bianchi", "Bianchi Srl")
    ]
    assert shown == added
    assert listed == [shown]  # list --json prints the same records as show --json
    assert [e["address"] for e in updated["emails"]] == ["g.bianchi@example.it", "giulia@casa.it"]
    assert updated["city"] == "Roma"
    assert "trash" in deleted
    assert listed_after_delete == []
    assert restored["city"] == "Roma"
    assert restored["tags"] == ["vip"]


def test_update_with_a_stale_version_fails_with_the_conflict(crm: Crm, db: Database) -> None:
    contact = create_contact(db, ContactDraft(first_name="Anna", last_name="Ek"))
    update_contact(db, contact.id, {"city": "Malmö"})

    result = crm.run(
        "contacts", "update", str(contact.id), "--city", "Lund", "--expected-version", "1"
    )

    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert "changed by someone else" in result.stderr
    assert "version 2" in result.stderr


def test_bad_email_exits_1_with_one_line_naming_the_field(crm: Crm, db: Database) -> None:
    result = crm.run(
        "contacts", "add", "--first-name", "Mario", "--email", "mario-at-example.it",
        "--company", "Never Made Srl",
    )  # fmt: skip

    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("crm: error: --email #1: ")
    assert "Traceback" not in result.stderr
    assert count_contacts(db) == 0
    assert list_companies(db) == []


def test_unknown_contact_id_exits_1_saying_so(crm: Crm, db: Database) -> None:
    result = crm.run("contacts", "show", "99")

    assert result.returncode == 1
    assert result.stderr == "crm: error: No contact with id 99\n"


def test_contacts_naming_one_company_in_any_case_share_it(crm: Crm, db: Database) -> None:
    crm.ok("contacts", "add", "--first-name", "Eva", "--company", "Nordvik AB")
    crm.ok("contacts", "add", "--first-name", "Olle", "--company", "NORDVIK ab")

    companies = list_companies(db)

    assert [(c.name, c.contact_count) for c in companies] == [("Nordvik AB", 2)]


def test_companies_add_then_list(crm: Crm, db: Database) -> None:
    added = crm.json(
        "companies", "add", "--name", "Rossi Trasporti", "--vat-id", "01234567890",
        "--country", "it", "--email", "info@rossi.it", "--tag", "partner",
    )  # fmt: skip
    listed = crm.json("companies", "list", "--country", "IT")

    assert (added["name"], added["vat_id"], added["tags"]) == (
        "Rossi Trasporti",
        "01234567890",
        ["partner"],
    )
    assert listed == [added]
    assert listed[0]["emails"] == [{"address": "info@rossi.it", "label": "work"}]
    assert "primary_email" not in listed[0]


def test_contacts_list_json_keeps_the_page_order_and_limit(crm: Crm, db: Database) -> None:
    for name in ("Cloe", "Ada", "Bea"):
        create_contact(db, ContactDraft(first_name=name, phones=("333 123 4567",)))

    listed = crm.json("contacts", "list", "--sort", "first_name", "--limit", "2")

    assert [r["first_name"] for r in listed] == ["Ada", "Bea"]
    assert listed[0]["phones"][0]["e164"] == "+393331234567"
    assert "primary_phone" not in listed[0]


def test_deal_show_json_names_who_created_and_changed_it(crm: Crm, db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fleet renewal"))

    shown = crm.json("deals", "show", str(deal.id))

    assert (shown["created_by"], shown["updated_by"]) == ("tester", "tester")


def test_ticket_show_json_has_its_custom_values(crm: Crm, db: Database) -> None:
    ticket = create_ticket(db, TicketDraft(subject="Printer on fire"))

    shown = crm.json("tickets", "show", str(ticket.id))

    assert shown["custom"] == {}
    assert shown["created_by"] == "tester"


def test_deal_moves_to_a_stage_given_by_name(crm: Crm, db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fleet renewal", value_minor=1_250_000))

    said = crm.ok("deals", "move", str(deal.id), "negotiation")

    moved = get_deal(db, deal.id)
    assert (moved.stage, moved.status) == ("Negotiation", "open")
    assert [h.to_stage for h in deal_stage_history(db, deal.id)] == ["Lead", "Negotiation"]
    assert "Negotiation" in said


def test_deal_move_to_an_unknown_stage_names_the_stage_field(crm: Crm, db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fleet renewal"))

    result = crm.run("deals", "move", str(deal.id), "Signed")

    assert result.returncode == 1
    assert result.stderr.startswith("crm: error: STAGE: pipeline Sales has no stage")
    assert get_deal(db, deal.id).stage == "Lead"


def test_tickets_list_filters_by_status_and_priority(crm: Crm, db: Database) -> None:
    wanted = create_ticket(db, TicketDraft(subject="Printer on fire", priority="high"))
    create_ticket(db, TicketDraft(subject="Invoice copy", priority="low"))
    done = create_ticket(db, TicketDraft(subject="Login fails", priority="high"))
    update_ticket(db, done.id, {"status": "resolved"})

    listed = crm.json(
        "tickets", "list", "--status", "new", "--status", "open", "--priority", "high"
    )

    assert [(t["id"], t["subject"]) for t in listed] == [(wanted.id, "Printer on fire")]


def test_a_page_short_of_every_match_says_how_to_see_more(crm: Crm, db: Database) -> None:
    for name in ("Ada", "Bea", "Cloe"):
        create_contact(db, ContactDraft(first_name=name))

    page = crm.run("contacts", "list", "--sort", "first_name", "--limit", "2")
    last = crm.run("contacts", "list", "--sort", "first_name", "--offset", "2")

    assert page.stderr == "(2 of 3 shown from 1; use --limit and --offset for more)\n"
    assert (last.returncode, last.stderr) == (0, "")
    assert "Cloe" in last.stdout and "Ada" not in last.stdout

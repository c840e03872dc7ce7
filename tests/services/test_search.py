"""Search across contacts, companies, deals and tickets on a real file."""

from __future__ import annotations

import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.domain.companies import CompanyDraft
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.domain.tickets import TicketDraft
from crm_desktop.services.companies import create_company
from crm_desktop.services.contacts import (
    create_contact,
    create_contacts,
    delete_contact,
    update_contact,
)
from crm_desktop.services.deals import create_deal, delete_deal
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.search import search, search_exact
from crm_desktop.services.tickets import create_ticket
from crm_desktop.storage.database import Database


def add_contact(db: Database, first: str, last: str, **fields: Any) -> int:
    return int(create_contact(db, ContactDraft(first_name=first, last_name=last, **fields)).id)


def add_company(db: Database, name: str, city: str) -> int:
    return int(create_company(db, CompanyDraft(name=name, city=city)).id)


def found(db: Database, text: str, **options: Any) -> list[tuple[str, int]]:
    return [(r.type, r.id) for r in search(db, text, **options)]


@dataclass
class People:
    db: Database
    acme: int
    mario: int
    niccolo: int
    anna: int
    lars: int
    deal: int
    ticket: int


@pytest.fixture
def people(db: Database) -> People:
    acme = add_company(db, "Acme Srl", "Roma")
    mario = add_contact(
        db,
        "Mario",
        "Rossi",
        emails=("mario.rossi@example.it",),
        phones=("06 1234 5678",),
        company_id=acme,
    )
    niccolo = add_contact(db, "Niccolò", "Bianchi", emails=("niccolo@bianchi.it",), city="Firenze")
    anna = add_contact(
        db,
        "Anna",
        "Lindqvist",
        emails=("anna@lindqvist.se",),
        phones=("+46 70 123 45 67",),
        city="Örebro",
    )
    lars = add_contact(db, "Lars", "Orebro", emails=("lars@example.se",), city="Uppsala")
    deal = create_deal(db, DealDraft(title="Rossi renewal 2025", contact_id=mario, company_id=acme))
    ticket = create_ticket(
        db, TicketDraft(subject="Printer broken", description="toner", contact_id=mario)
    )
    return People(db, acme, mario, niccolo, anna, lars, int(deal.id), int(ticket.id))


def test_prefix_of_a_surname_finds_the_contact(people: People) -> None:
    assert ("contact", people.mario) in found(people.db, "ross")


def test_every_word_must_match(people: People) -> None:
    assert found(people.db, "mario ross", kinds=["contact"]) == [("contact", people.mario)]


def test_query_without_accent_finds_accented_text(people: People) -> None:
    assert ("contact", people.anna) in found(people.db, "orebro")


def test_query_with_accent_in_capitals_finds_plain_text(people: People) -> None:
    assert ("contact", people.lars) in found(people.db, "ÖREBRO")


def test_nicolo_finds_niccolo_by_fuzzy_match(people: People) -> None:
    assert found(people.db, "nicolo") == [("contact", people.niccolo)]


def test_typo_in_surname_finds_the_contact(people: People) -> None:
    assert ("contact", people.mario) in found(people.db, "rosi", kinds=["contact"])


def test_exact_search_does_not_guess(people: People) -> None:
    assert search_exact(people.db, "nicolo") == []


def test_fuzzy_results_rank_after_exact_ones(db: Database) -> None:
    rosi = add_contact(db, "Rosi", "Verdi")
    rossi = add_contact(db, "Mario", "Rossi")
    results = search(db, "rosi")
    assert [r.id for r in results] == [rosi, rossi]
    assert results[0].score > results[1].score


@pytest.mark.parametrize(
    "typed",
    [
        "06 1234 5678",
        "0612345678",
        "06-1234-5678",
        "(06) 1234 5678",
        "06/1234.5678",
        "+39 06 1234 5678",
        "+390612345678",
        "0039 06 1234 5678",
        "06 1234",
    ],
)
def test_italian_phone_is_found_in_any_format(people: People, typed: str) -> None:
    assert found(people.db, typed) == [("contact", people.mario)]


@pytest.mark.parametrize(
    "typed",
    ["+46 70 123 45 67", "0046 70 123 45 67", "+46 (0)70 123 45 67", "070-123 45 67", "70 123"],
)
def test_swedish_phone_is_found_in_any_format(people: People, typed: str) -> None:
    assert found(people.db, typed) == [("contact", people.anna)]


def test_title_match_ranks_above_body_match(db: Database) -> None:
    colleague = add_contact(db, "Anna", "Verdi", notes="colleague of Bruno Ferri")
    bruno = add_contact(db, "Bruno", "Ferri")
    assert [r.id for r in search(db, "ferri")] == [bruno, colleague]


def test_results_are_typed_by_record_kind(people: People) -> None:
    assert [r.type for r in search(people.db, "printer")] == ["ticket"]
    assert {r.type for r in search(people.db, "rossi")} == {"contact", "deal", "ticket"}


def test_companies_are_found_by_name(people: People) -> None:
    assert ("company", people.acme) in found(people.db, "acme")


def test_result_carries_title_and_email_as_subtitle(people: People) -> None:
    (result,) = search(people.db, "mario.rossi@example.it")
    assert (result.title, result.subtitle.split(" · ")[0]) == (
        "Mario Rossi",
        "mario.rossi@example.it",
    )


def test_subtitle_leaves_out_phone_digits(people: People) -> None:
    (result,) = search(people.db, "anna lindqvist")
    assert result.subtitle == "anna@lindqvist.se · Örebro"


def test_kinds_filter_keeps_only_those_kinds(people: People) -> None:
    assert sorted(found(people.db, "rossi", kinds={"deal", "ticket"})) == [
        ("deal", people.deal),
        ("ticket", people.ticket),
    ]


def test_empty_kinds_finds_nothing(people: People) -> None:
    assert search(people.db, "rossi", kinds=[]) == []


def test_unknown_kind_is_a_bug(people: People) -> None:
    with pytest.raises(ValueError, match="unknown record types"):
        search(people.db, "rossi", kinds=["contacts"])


def test_limit_caps_the_results(db: Database) -> None:
    create_contacts(db, [ContactDraft(first_name="Giulia", last_name="Conti")] * 30)
    assert len(search(db, "conti", limit=7)) == 7


def test_limit_also_caps_fuzzy_results(db: Database) -> None:
    create_contacts(db, [ContactDraft(first_name="Giulia", last_name="Conti")] * 30)
    assert len(search(db, "cnoti", limit=5)) == 5


def test_zero_limit_finds_nothing(people: People) -> None:
    assert search(people.db, "rossi", limit=0) == []


def test_results_are_ordered_by_descending_score(people: People) -> None:
    scores = [r.score for r in search(people.db, "rossi")]
    assert scores == sorted(scores, reverse=True) and len(scores) == 3


@pytest.mark.parametrize("text", ["", "   ", "\t\n", "!!!", "🙂", "* * *", '""'])
def test_text_without_words_finds_nothing(people: People, text: str) -> None:
    assert search(people.db, text) == []


@pytest.mark.parametrize(
    "text",
    [
        'mario "rossi',
        '"rossi"',
        "rossi)",
        "(rossi",
        "ross*",
        "^rossi",
        "mario: rossi",
        "mario + rossi",
        "rossi 🙂",
        "r\u0300ossi",
        "ｒｏｓｓｉ",
    ],
)
def test_punctuation_in_user_text_is_ignored(people: People, text: str) -> None:
    assert ("contact", people.mario) in found(people.db, text)


@pytest.mark.parametrize(
    "text",
    [
        "title:rossi",
        "NEAR(mario rossi)",
        "NEAR(mario rossi, 2)",
        "mario AND rossi",
        "mario OR",
        "NOT rossi",
        "rossi NOT",
        "AND",
        "{title body}: rossi",
        "- rossi",
        "'; DROP TABLE contacts; --",
        "rossi\x00mario",
    ],
)
def test_query_syntax_in_user_text_never_raises(people: People, text: str) -> None:
    assert isinstance(search(people.db, text), list)


def test_query_operators_are_searched_as_words(db: Database) -> None:
    ticket = create_ticket(db, TicketDraft(subject="Rock AND roll"))
    assert found(db, "rock AND") == [("ticket", int(ticket.id))]


def test_random_printable_and_unicode_text_never_raises(people: People) -> None:
    alphabet = string.printable + "àéöÖß€😀\u0300\u200b\ue000«»„“·—"
    pieces = [
        alphabet[(i * 7919) % len(alphabet) : (i * 7919) % len(alphabet) + 9] for i in range(300)
    ]
    for text in pieces:
        assert isinstance(search(people.db, text), list)


def test_very_long_text_is_accepted(people: People) -> None:
    assert isinstance(search(people.db, "rossi " * 5000), list)


def test_deleted_contact_is_not_found(people: People) -> None:
    delete_contact(people.db, people.niccolo)
    assert search(people.db, "niccolo") == []


def test_deleted_deal_is_not_found(people: People) -> None:
    delete_deal(people.db, people.deal)
    assert ("deal", people.deal) not in found(people.db, "renewal")


def test_fuzzy_vocabulary_sees_records_written_after_a_search(people: People) -> None:
    assert search(people.db, "gustafsson") == []
    karin = add_contact(people.db, "Karin", "Gustafson")
    assert found(people.db, "gustafsson") == [("contact", karin)]


def test_changed_contact_is_found_by_its_new_name_only(people: People) -> None:
    update_contact(people.db, people.lars, {"last_name": "Nyberg"})
    assert ("contact", people.lars) not in found(people.db, "orebro")
    assert found(people.db, "nyberg") == [("contact", people.lars)]


def test_fuzzy_vocabulary_sees_records_written_by_another_connection(
    people: People, db_path: Path
) -> None:
    assert search(people.db, "gustafsson") == []
    other = open_crm_file(db_path, user="colleague")
    try:
        karin = int(create_contact(other, ContactDraft(last_name="Gustafson")).id)
    finally:
        other.close()
    assert found(people.db, "gustafsson") == [("contact", karin)]


def test_whole_word_match_ranks_above_a_longer_word_with_that_prefix(db: Database) -> None:
    longer = create_contact(db, ContactDraft(first_name="Silvio", last_name="Bianchini"))
    exact = create_contact(db, ContactDraft(first_name="Alessia", last_name="Bianchi"))

    results = search(db, "bianchi")

    assert [r.id for r in results[:2]] == [exact.id, longer.id]


def test_one_letter_query_lists_names_starting_with_it(db: Database) -> None:
    bruno = create_contact(db, ContactDraft(first_name="Bruno", last_name="Neri"))
    create_contact(db, ContactDraft(first_name="Carla", last_name="Verdi", emails=["b@x.it"]))

    results = search(db, "b")

    assert [(r.type, r.id) for r in results] == [("contact", bruno.id)]

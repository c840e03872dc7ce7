"""Search across contacts, companies, deals and tickets on a real file."""

from __future__ import annotations

import string
from typing import Any

import pytest

from crm_desktop.domain.contact_points import normalise_phone, phone_search_tokens
from crm_desktop.services.search import search, search_exact
from crm_desktop.storage import search_index
from crm_desktop.storage.database import Database
from crm_desktop.storage.search_index import IndexEntry
from crm_desktop.storage.unit_of_work import UnitOfWork


def index(db: Database, *entries: IndexEntry) -> None:
    with UnitOfWork(db) as uow:
        search_index.put(uow.conn, entries)
        uow.commit()


def contact(
    record_id: int, name: str, *texts: str, phones: tuple[str, ...] = (), region: str = "IT"
) -> IndexEntry:
    tokens = [t for p in phones for t in phone_search_tokens(normalise_phone(p, region).e164)]
    return IndexEntry("contact", record_id, name, texts, tokens)


def found(db: Database, text: str, **options: Any) -> list[tuple[str, int]]:
    return [(r.type, r.id) for r in search(db, text, **options)]


@pytest.fixture
def people(db: Database) -> Database:
    index(
        db,
        contact(1, "Mario Rossi", "mario.rossi@example.it", "Acme Srl", phones=("06 1234 5678",)),
        contact(2, "Niccolò Bianchi", "niccolo@bianchi.it", "Firenze"),
        contact(3, "Anna Lindqvist", "anna@lindqvist.se", "Örebro", phones=("+46 70 123 45 67",)),
        contact(4, "Lars Orebro", "lars@example.se", "Uppsala"),
        IndexEntry("company", 1, "Acme Srl", ("Roma", "info@acme.it")),
        IndexEntry("deal", 1, "Rossi renewal 2025", ("Acme Srl",)),
        IndexEntry("ticket", 1, "Printer broken", ("Mario Rossi", "toner")),
    )
    return db


def test_prefix_of_a_surname_finds_the_contact(people: Database) -> None:
    assert ("contact", 1) in found(people, "ross")


def test_every_word_must_match(people: Database) -> None:
    assert found(people, "mario ross", kinds=["contact"]) == [("contact", 1)]


def test_query_without_accent_finds_accented_text(people: Database) -> None:
    assert ("contact", 3) in found(people, "orebro")


def test_query_with_accent_in_capitals_finds_plain_text(people: Database) -> None:
    assert ("contact", 4) in found(people, "ÖREBRO")


def test_nicolo_finds_niccolo_by_fuzzy_match(people: Database) -> None:
    assert found(people, "nicolo") == [("contact", 2)]


def test_typo_in_surname_finds_the_contact(people: Database) -> None:
    assert ("contact", 1) in found(people, "rosi", kinds=["contact"])


def test_exact_search_does_not_guess(people: Database) -> None:
    assert search_exact(people, "nicolo") == []


def test_fuzzy_results_rank_after_exact_ones(db: Database) -> None:
    index(
        db,
        contact(1, "Rosi Verdi", "rosi@example.it"),
        contact(2, "Mario Rossi", "mario@example.it"),
    )
    results = search(db, "rosi")
    assert [r.id for r in results] == [1, 2]
    assert results[0].score > results[1].score


@pytest.mark.parametrize(
    "typed",
    [
        "06 1234 5678",
        "0612345678",
        "06-1234-5678",
        "(06) 1234 5678",
        "+39 06 1234 5678",
        "+390612345678",
        "0039 06 1234 5678",
        "06 1234",
    ],
)
def test_italian_phone_is_found_in_any_format(people: Database, typed: str) -> None:
    assert found(people, typed) == [("contact", 1)]


@pytest.mark.parametrize(
    "typed", ["+46 70 123 45 67", "0046 70 123 45 67", "+46 (0)70 123 45 67", "070-123 45 67"]
)
def test_swedish_phone_is_found_in_any_format(people: Database, typed: str) -> None:
    assert found(people, typed) == [("contact", 3)]


def test_title_match_ranks_above_body_match(db: Database) -> None:
    index(
        db,
        contact(1, "Anna Verdi", "colleague of Bruno Ferri"),
        contact(2, "Bruno Ferri", "bruno@example.it"),
    )
    assert [r.id for r in search(db, "ferri")] == [2, 1]


def test_results_are_typed_by_record_kind(people: Database) -> None:
    assert {r.type for r in search(people, "acme")} == {"contact", "company", "deal"}


def test_result_carries_title_and_subtitle(people: Database) -> None:
    (result,) = search(people, "mario.rossi@example.it")
    assert (result.title, result.subtitle) == ("Mario Rossi", "mario.rossi@example.it · Acme Srl")


def test_subtitle_leaves_out_phone_digits(people: Database) -> None:
    (result,) = search(people, "anna lindqvist")
    assert result.subtitle == "anna@lindqvist.se · Örebro"


def test_kinds_filter_keeps_only_those_kinds(people: Database) -> None:
    assert sorted(found(people, "rossi", kinds={"deal", "ticket"})) == [("deal", 1), ("ticket", 1)]


def test_empty_kinds_finds_nothing(people: Database) -> None:
    assert search(people, "rossi", kinds=[]) == []


def test_unknown_kind_is_a_bug(people: Database) -> None:
    with pytest.raises(ValueError, match="unknown record types"):
        search(people, "rossi", kinds=["contacts"])


def test_limit_caps_the_results(db: Database) -> None:
    index(db, *(contact(i, f"Giulia Conti {i}") for i in range(1, 31)))
    assert len(search(db, "conti", limit=7)) == 7


def test_limit_also_caps_fuzzy_results(db: Database) -> None:
    index(db, *(contact(i, f"Giulia Conti {i}") for i in range(1, 31)))
    assert len(search(db, "cnoti", limit=5)) == 5


def test_results_are_ordered_by_descending_score(people: Database) -> None:
    scores = [r.score for r in search(people, "rossi")]
    assert scores == sorted(scores, reverse=True) and len(scores) == 3


@pytest.mark.parametrize("text", ["", "   ", "\t\n", "!!!", "🙂", "* * *", '""'])
def test_text_without_words_finds_nothing(people: Database, text: str) -> None:
    assert search(people, text) == []


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
def test_punctuation_in_user_text_is_ignored(people: Database, text: str) -> None:
    assert ("contact", 1) in found(people, text)


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
def test_query_syntax_in_user_text_never_raises(people: Database, text: str) -> None:
    assert isinstance(search(people, text), list)


def test_query_operators_are_searched_as_words(people: Database) -> None:
    index(people, IndexEntry("ticket", 2, "Rock AND roll", ()))
    assert found(people, "rock AND") == [("ticket", 2)]


def test_random_printable_and_unicode_text_never_raises(people: Database) -> None:
    alphabet = string.printable + "àéöÖß€😀\u0300\u200b\ue000«»„“·—"
    pieces = [
        alphabet[(i * 7919) % len(alphabet) : (i * 7919) % len(alphabet) + 9] for i in range(300)
    ]
    for text in pieces:
        assert isinstance(search(people, text), list)


def test_very_long_text_is_accepted(people: Database) -> None:
    assert isinstance(search(people, "rossi " * 5000), list)


def test_removed_record_is_not_found(people: Database) -> None:
    with UnitOfWork(people) as uow:
        search_index.remove(uow.conn, "contact", [2])
        uow.commit()
    assert search(people, "niccolo") == []


def test_fuzzy_vocabulary_sees_records_written_after_a_search(people: Database) -> None:
    assert search(people, "gustafsson") == []
    index(people, contact(9, "Karin Gustafson"))
    assert found(people, "gustafsson") == [("contact", 9)]


def test_entry_put_again_replaces_its_old_words(people: Database) -> None:
    index(people, contact(2, "Niccolò Verdi", "niccolo@verdi.it"))
    assert (found(people, "bianchi"), found(people, "verdi")) == ([], [("contact", 2)])

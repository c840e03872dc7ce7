"""Turning user text into safe FTS5 queries."""

from __future__ import annotations

import pytest

from crm_desktop.domain.search import (
    exact_expression,
    fold,
    fuzzy_expression,
    parse_query,
    phone_digits,
    subtitle_from_body,
)


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("+39 06 1234 5678", "390612345678"),
        ("06-1234-5678", "0612345678"),
        ("(06) 1234", "061234"),
        ("0046 70 123 45 67", "46701234567"),
        ("+46 (0)70 123 45 67", "46701234567"),
        ("070/123.45.67", "0701234567"),
    ],
)
def test_phone_text_is_reduced_to_digits(typed: str, digits: str) -> None:
    assert phone_digits(typed) == digits


@pytest.mark.parametrize("typed", ["rossi", "06 rossi", "12", "+", "", "Via Roma 12"])
def test_text_that_is_not_a_phone_has_no_phone_digits(typed: str) -> None:
    assert phone_digits(typed) == ""


def test_words_are_quoted_prefix_terms_joined_by_and() -> None:
    assert exact_expression(parse_query('ma"rio ross*')) == (
        '("ma" OR "ma"*) AND ("rio" OR "rio"*) AND ("ross" OR "ross"*)'
    )


def test_phone_query_also_tries_the_digit_groups_as_words() -> None:
    assert exact_expression(parse_query("06 1234")) == (
        '"061234"* OR (("06" OR "06"*) AND ("1234" OR "1234"*))'
    )


def test_single_digit_word_is_one_prefix_term() -> None:
    assert exact_expression(parse_query("0612")) == '"0612"*'


def test_fuzzy_expression_ors_alternatives_within_a_word() -> None:
    expression = fuzzy_expression([[("mario", True)], [("rosi", True), ("rossi", False)]])
    assert expression == '("mario"*) AND ("rosi"* OR "rossi")'


def test_full_width_letters_become_plain_words() -> None:
    assert parse_query("ＲＯＳＳＩ").words == ("ROSSI",)


def test_fold_removes_accents_and_case() -> None:
    assert fold("ÖrebrÖ Niccolò") == "orebro niccolo"


def test_subtitle_is_the_first_two_texts() -> None:
    body = "a@b.it · Acme Srl · Roma · 390612345678 · 0612345678"
    assert subtitle_from_body(body) == "a@b.it · Acme Srl"


def test_long_subtitle_is_cut_with_an_ellipsis() -> None:
    assert subtitle_from_body("x" * 200).endswith("…")

"""Association rules and suggestions on eight hand-built baskets.

Products (ids in this order): Printer 1, Toner 2, Paper 3, Cable 4, Stapler 5.

    customer  1: P T A   2: P T   3: P T A   4: P A   5: T A   6: P   7: C   8: S P

N = 8. Bought: P 6, T 4, A 4, C 1, S 1. Both: PT 3 (1,2,3), PA 3 (1,3,4),
TA 3 (1,3,5), PTA 2 (1,3). min support 0.2 -> ceil(1.6) = 2 customers, so C, S
and SP (1 each) are not frequent. min confidence 0.5.

    rule      support  confidence     lift
    T -> A    3/8      3/4 = 0.75     0.75 / (4/8) = 1.5
    A -> T    3/8      0.75           1.5
    T -> P    3/8      0.75           0.75 / (6/8) = 1.0
    A -> P    3/8      0.75           1.0
    PT -> A   2/8      2/3            (2/3) / (4/8) = 4/3
    PA -> T   2/8      2/3            4/3
    TA -> P   2/8      2/3            (2/3) / (6/8) = 8/9
    P -> T    3/8      3/6 = 0.5      1.0
    P -> A    3/8      0.5            1.0

(strongest first: confidence, then lift, then customers, then product ids).
TA -> P has a lift under 1 (Toner and Paper buyers buy Printers less often than
customers at large), so by default it is left out.
"""

from __future__ import annotations

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.ids import ContactId, ProductId
from crm_desktop.services.analytics.upsell import (
    mine_rules,
    suggest_for_customer,
    suggestions_for,
    suggestions_for_all,
)
from crm_desktop.services.orders import create_product, update_product
from crm_desktop.storage.database import Database
from tests.services.analytics.shop import basket_order, contact

BASKETS = {1: "PTA", 2: "PT", 3: "PTA", 4: "PA", 5: "TA", 6: "P", 7: "C", 8: "SP"}
PRODUCTS = {"P": "Printer", "T": "Toner", "A": "Paper", "C": "Cable", "S": "Stapler"}


@pytest.fixture
def shop(db: Database) -> dict[int, ContactId]:
    ids = {
        letter: create_product(db, name, f"SKU-{letter}", 1000).id
        for letter, name in PRODUCTS.items()
    }
    customers = {}
    for number, letters in BASKETS.items():
        customers[number] = contact(db, f"C{number}")
        basket_order(db, customers[number], *(ProductId(ids[x]) for x in letters))
    return customers


def short(names: tuple[str, ...], consequent: str) -> str:
    return (
        "".join(n[0] if n != "Paper" else "A" for n in names)
        + "->"
        + (consequent[0] if consequent != "Paper" else "A")
    )


def test_rules_support_confidence_and_lift_are_those_worked_out(
    db: Database, shop: dict[int, ContactId]
) -> None:
    rules = mine_rules(db, min_support=0.2, min_confidence=0.5)
    found = [
        (
            short(r.antecedent_names, r.consequent_name),
            r.with_both,
            round(r.support, 9),
            round(r.confidence, 9),
            round(r.lift, 9),
        )
        for r in rules.rules
    ]
    assert found == [
        (n, both, round(s, 9), round(c, 9), round(lift, 9))
        for n, both, s, c, lift in [
            ("T->A", 3, 3 / 8, 0.75, 1.5),
            ("A->T", 3, 3 / 8, 0.75, 1.5),
            ("T->P", 3, 3 / 8, 0.75, 1.0),
            ("A->P", 3, 3 / 8, 0.75, 1.0),
            ("PT->A", 2, 2 / 8, 2 / 3, 4 / 3),
            ("PA->T", 2, 2 / 8, 2 / 3, 4 / 3),
            ("P->T", 3, 3 / 8, 0.5, 1.0),
            ("P->A", 3, 3 / 8, 0.5, 1.0),
        ]
    ]
    assert rules.customers == 8


def test_rules_with_a_lift_under_one_are_left_out_unless_asked_for(
    db: Database, shop: dict[int, ContactId]
) -> None:
    default = mine_rules(db, min_support=0.2, min_confidence=0.5)
    every = mine_rules(db, min_support=0.2, min_confidence=0.5, min_lift=0)
    extra = {short(r.antecedent_names, r.consequent_name) for r in every.rules} - {
        short(r.antecedent_names, r.consequent_name) for r in default.rules
    }
    assert extra == {"TA->P"}


def test_a_higher_minimum_confidence_drops_weaker_rules(
    db: Database, shop: dict[int, ContactId]
) -> None:
    rules = mine_rules(db, min_support=0.2, min_confidence=0.7)
    assert len(rules.rules) == 4  # the four at 0.75


def test_suggestion_names_the_product_and_says_why(
    db: Database, shop: dict[int, ContactId]
) -> None:
    (first,) = suggest_for_customer(db, "contact", shop[2], min_support=0.2, min_confidence=0.5)
    assert first.product_name == "Paper"
    assert first.rule.reason == "75% of customers who bought Toner also bought Paper (3 customers)"


def test_pair_antecedent_reads_with_and(db: Database, shop: dict[int, ContactId]) -> None:
    rules = mine_rules(db, min_support=0.2, min_confidence=0.5)
    pair = next(r for r in rules.rules if len(r.antecedent) == 2)
    assert pair.reason == (
        "67% of customers who bought Printer and Toner also bought Paper (2 customers)"
    )


def test_one_product_buyer_gets_each_missing_product_strongest_first(
    db: Database, shop: dict[int, ContactId]
) -> None:
    rules = mine_rules(db, min_support=0.2, min_confidence=0.5)
    assert [s.product_name for s in suggestions_for(rules, shop[6])] == ["Toner", "Paper"]


def test_customer_who_has_everything_or_nothing_frequent_gets_no_suggestion(
    db: Database, shop: dict[int, ContactId]
) -> None:
    rules = mine_rules(db, min_support=0.2, min_confidence=0.5)
    assert suggestions_for(rules, shop[1]) == []  # bought P, T and A already
    assert suggestions_for(rules, shop[7]) == []  # only Cable, bought by nobody else


def test_customer_without_orders_gets_no_suggestion(
    db: Database, shop: dict[int, ContactId]
) -> None:
    newcomer = contact(db, "New")
    assert suggest_for_customer(db, "contact", newcomer, min_support=0.2) == []


def test_inactive_products_are_never_suggested(db: Database, shop: dict[int, ContactId]) -> None:
    toner = next(p for p in mine_rules(db).names.items() if p[1] == "Toner")[0]
    update_product(db, toner, {"active": False})
    rules = mine_rules(db, min_support=0.2, min_confidence=0.5)
    assert suggestions_for(rules, shop[4]) == []  # Toner was its only suggestion
    assert [s.product_name for s in suggestions_for(rules, shop[6])] == ["Paper"]


def test_list_across_customers_gives_each_its_best_suggestion_strongest_first(
    db: Database, shop: dict[int, ContactId]
) -> None:
    found = suggestions_for_all(db, min_support=0.2, min_confidence=0.5)
    assert [(s.customer_name, s.product_name) for s in found] == [
        ("C2 Test", "Paper"),  # T -> A
        ("C4 Test", "Toner"),  # A -> T
        ("C5 Test", "Printer"),  # T -> P
        ("C6 Test", "Toner"),  # P -> T
        ("C8 Test", "Toner"),  # P -> T
    ]


def test_no_orders_means_no_rules(db: Database) -> None:
    rules = mine_rules(db)
    assert (rules.customers, rules.rules) == (0, ())


def test_thresholds_out_of_range_are_refused_naming_each(db: Database) -> None:
    with pytest.raises(ValidationError) as error:
        mine_rules(db, min_support=1.5, min_confidence=-0.1)
    assert set(error.value.errors) == {"min_support", "min_confidence"}

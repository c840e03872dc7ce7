"""Upsell and cross-sell: association rules over what customers bought.

A customer's *basket* is the set of products on all their live orders (one
customer, one basket, however many orders). Over all N customers with a basket:

    support(X -> Y)    = customers who bought X and Y / N
    confidence(X -> Y) = customers who bought X and Y / customers who bought X
    lift(X -> Y)       = confidence / (customers who bought Y / N)

X is one product or a pair, Y one product. Lift above 1 means buying X makes
buying Y more likely than it is anyway. A suggestion for a customer is the
consequent of a rule whose antecedent they bought and whose consequent they
did not, and only an active product is ever suggested.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.analytics.customer_kind import customer_sql
from crm_desktop.storage.database import Database

DEFAULT_MIN_SUPPORT = 0.01
DEFAULT_MIN_CONFIDENCE = 0.3
# One customer buying two things together is an anecdote, not a pattern.
DEFAULT_MIN_CUSTOMERS = 2


@dataclass(frozen=True)
class AssociationRule:
    """Customers who bought ``antecedent`` also bought ``consequent``."""

    antecedent: tuple[int, ...]  # product ids, ascending
    antecedent_names: tuple[str, ...]
    consequent: int
    consequent_name: str
    customers: int  # N, customers with a basket
    with_antecedent: int
    with_consequent: int
    with_both: int

    @property
    def support(self) -> float:
        return self.with_both / self.customers

    @property
    def confidence(self) -> float:
        return self.with_both / self.with_antecedent

    @property
    def lift(self) -> float:
        return self.confidence / (self.with_consequent / self.customers)

    @property
    def reason(self) -> str:
        """The rule in plain words, with its evidence."""
        bought = " and ".join(self.antecedent_names)
        return (
            f"{self.confidence:.0%} of customers who bought {bought} also bought"
            f" {self.consequent_name} ({self.with_both} customers)"
        )


@dataclass(frozen=True)
class RuleSet:
    """The rules mined from one kind of customer's baskets, and those baskets."""

    kind: str
    customers: int
    rules: tuple[AssociationRule, ...]  # strongest first
    baskets: dict[int, frozenset[int]]
    active: frozenset[int]  # products that may be suggested
    names: dict[int, str]


@dataclass(frozen=True)
class Suggestion:
    """A product to offer one customer, and the rule that suggests it."""

    customer_id: int
    customer_name: str
    product_id: int
    product_name: str
    rule: AssociationRule


def _check(min_support: float, min_confidence: float, min_customers: int) -> None:
    errors: dict[str, str] = {}
    if not 0 <= min_support <= 1:
        errors["min_support"] = "must be between 0 and 1"
    if not 0 <= min_confidence <= 1:
        errors["min_confidence"] = "must be between 0 and 1"
    if min_customers < 1:
        errors["min_customers"] = "must be 1 or more"
    if errors:
        raise ValidationError(errors)


def _strength(rule: AssociationRule) -> tuple[float, float, int, tuple[int, ...], int]:
    return (-rule.confidence, -rule.lift, -rule.with_both, rule.antecedent, rule.consequent)


def mine_rules(
    db: Database,
    kind: str = "contact",
    min_support: float = DEFAULT_MIN_SUPPORT,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    min_customers: int = DEFAULT_MIN_CUSTOMERS,
) -> RuleSet:
    """Rules X -> Y with X of one or two products, frequent enough and confident enough.

    An itemset is frequent when at least ``max(min_customers, ceil(min_support * N))``
    customers bought all of it (Apriori: pairs only from frequent products,
    triples only from frequent pairs).

    Raises:
        ValidationError: keys ``kind``, ``min_support``, ``min_confidence``, ``min_customers``.
    """
    _check(min_support, min_confidence, min_customers)
    sql = customer_sql(kind)
    baskets: dict[int, set[int]] = {}
    for row in db.query(
        f"SELECT DISTINCT o.{sql.order_column} AS cid, l.product_id AS pid"
        f" FROM order_lines l JOIN orders o ON o.id = l.order_id"
        f" JOIN {sql.table} cu ON cu.id = o.{sql.order_column} AND cu.deleted_at IS NULL"
        " WHERE o.deleted_at IS NULL AND l.deleted_at IS NULL AND l.product_id IS NOT NULL"
    ):
        cid, pid = row["cid"], row["pid"]
        baskets.setdefault(int(cid), set()).add(int(pid))
    products = db.query("SELECT id, name, active, deleted_at FROM products")
    names = {int(p["id"]): str(p["name"]) for p in products}
    active = frozenset(int(p["id"]) for p in products if p["active"] and p["deleted_at"] is None)
    total = len(baskets)
    frozen = {cid: frozenset(items) for cid, items in baskets.items()}
    if not total:
        return RuleSet(kind, 0, (), frozen, active, names)
    need = max(min_customers, math.ceil(min_support * total))
    singles = Counter(p for items in frozen.values() for p in items)
    frequent = {p for p, n in singles.items() if n >= need}
    pairs: Counter[tuple[int, ...]] = Counter()
    for items in frozen.values():
        pairs.update(combinations(sorted(items & frequent), 2))
    frequent_pairs = {pair: n for pair, n in pairs.items() if n >= need}
    triples: Counter[tuple[int, ...]] = Counter()
    for items in frozen.values():
        for triple in combinations(sorted(items & frequent), 3):
            if all(sub in frequent_pairs for sub in combinations(triple, 2)):
                triples[triple] += 1
    support = {(p,): n for p, n in singles.items()} | frequent_pairs
    rules: list[AssociationRule] = []
    itemsets = list(frequent_pairs.items()) + [(t, n) for t, n in triples.items() if n >= need]
    for itemset, both in itemsets:
        for consequent in itemset:
            antecedent = tuple(p for p in itemset if p != consequent)
            rule = AssociationRule(
                antecedent=antecedent,
                antecedent_names=tuple(names.get(p, f"#{p}") for p in antecedent),
                consequent=consequent,
                consequent_name=names.get(consequent, f"#{consequent}"),
                customers=total,
                with_antecedent=support[antecedent],
                with_consequent=singles[consequent],
                with_both=both,
            )
            if rule.confidence >= min_confidence:
                rules.append(rule)
    rules.sort(key=_strength)
    return RuleSet(kind, total, tuple(rules), frozen, active, names)


def _best_per_product(
    rules: Iterable[AssociationRule], basket: frozenset[int], active: frozenset[int]
) -> dict[int, AssociationRule]:
    best: dict[int, AssociationRule] = {}
    for rule in rules:  # strongest first, so the first rule per product wins
        if (
            rule.consequent not in basket
            and rule.consequent in active
            and rule.consequent not in best
            and basket.issuperset(rule.antecedent)
        ):
            best[rule.consequent] = rule
    return best


def suggestions_for(
    rules: RuleSet, customer_id: int, customer_name: str = "", limit: int = 5
) -> list[Suggestion]:
    """The products to offer one customer, strongest reason first.

    A customer without orders gets no suggestion: there is nothing to go on.
    """
    basket = rules.baskets.get(customer_id, frozenset())
    if not basket:
        return []
    best = _best_per_product(rules.rules, basket, rules.active)
    ranked = sorted(best.values(), key=_strength)[: max(0, limit)]
    return [
        Suggestion(customer_id, customer_name, r.consequent, r.consequent_name, r) for r in ranked
    ]


def suggest_for_customer(
    db: Database,
    kind: str,
    customer_id: int,
    limit: int = 5,
    min_support: float = DEFAULT_MIN_SUPPORT,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> list[Suggestion]:
    """Mine the rules and suggest for one customer (the detail pane's call)."""
    rules = mine_rules(db, kind, min_support, min_confidence)
    return suggestions_for(rules, customer_id, limit=limit)


def suggestions_for_all(
    db: Database,
    kind: str = "contact",
    limit: int = 200,
    min_support: float = DEFAULT_MIN_SUPPORT,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> list[Suggestion]:
    """Each customer's best suggestion, strongest first, at most ``limit`` of them."""
    rules = mine_rules(db, kind, min_support, min_confidence)
    found: list[Suggestion] = []
    for cid, basket in rules.baskets.items():
        best = _best_per_product(rules.rules, basket, rules.active)
        if best:
            rule = min(best.values(), key=_strength)
            found.append(Suggestion(cid, "", rule.consequent, rule.consequent_name, rule))
    found.sort(key=lambda s: (_strength(s.rule), s.customer_id))
    found = found[: max(0, limit)]
    sql = customer_sql(kind)
    names = {
        int(r["id"]): str(r["name"])
        for r in db.query(
            f"SELECT cu.id, {sql.name} AS name FROM {sql.table} cu"
            " WHERE cu.id IN (SELECT value FROM json_each(?))",
            (json.dumps([s.customer_id for s in found]),),
        )
    }
    return [
        Suggestion(
            s.customer_id, names.get(s.customer_id, ""), s.product_id, s.product_name, s.rule
        )
        for s in found
    ]

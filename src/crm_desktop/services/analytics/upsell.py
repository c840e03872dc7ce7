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
from collections.abc import Iterable
from dataclasses import dataclass, field

from babel.numbers import format_percent

from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import current_locale, translate
from crm_desktop.services.analytics.customer_kind import customer_sql
from crm_desktop.storage.database import Database

DEFAULT_MIN_SUPPORT = 0.01
DEFAULT_MIN_CONFIDENCE = 0.3
# One customer buying two things together is an anecdote, not a pattern.
DEFAULT_MIN_CUSTOMERS = 2
# Below 1, customers who bought X buy Y less often than customers at large:
# no reason to offer Y. At 1 exactly they are independent, which we still show.
DEFAULT_MIN_LIFT = 1.0


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
        """The rule in plain words, with its evidence, in the current language."""
        if len(self.antecedent_names) == 2:
            first, second = self.antecedent_names
            bought = translate("analytics", "{first} and {second}").format(
                first=first, second=second
            )
        else:
            bought = ", ".join(self.antecedent_names)
        return translate(
            "analytics",
            "{share} of customers who bought {bought} also bought {offer} (%n customers)",
            "",
            self.with_both,
        ).format(
            share=format_percent(self.confidence, locale=current_locale()),
            bought=bought,
            offer=self.consequent_name,
        )


@dataclass(frozen=True)
class RuleSet:
    """The rules mined from one kind of customer's baskets, and who bought what.

    ``bits`` holds, per product, one integer whose bit *n* is set when the
    customer with id *n* bought it: an itemset's buyers are an AND, their
    number a bit count.
    """

    kind: str
    customers: int
    rules: tuple[AssociationRule, ...]  # strongest first
    active: frozenset[int]  # products that may be suggested
    names: dict[int, str]
    bits: dict[int, int] = field(default_factory=dict)
    buyers: int = 0  # the bits of every customer with a basket

    def basket(self, customer_id: int) -> frozenset[int]:
        """The products the customer bought (none for an unknown customer)."""
        if customer_id < 0:
            return frozenset()
        return frozenset(p for p, b in self.bits.items() if b >> customer_id & 1)


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
        errors["min_support"] = translate("analytics", "must be between 0 and 1")
    if not 0 <= min_confidence <= 1:
        errors["min_confidence"] = translate("analytics", "must be between 0 and 1")
    if min_customers < 1:
        errors["min_customers"] = translate("analytics", "must be 1 or more")
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
    min_lift: float = DEFAULT_MIN_LIFT,
) -> RuleSet:
    """Rules X -> Y with X of one or two products, frequent enough and confident enough.

    An itemset is frequent when at least ``max(min_customers, ceil(min_support * N))``
    customers bought all of it (Apriori: pairs only from frequent products,
    triples only from frequent pairs). Rules with a lift under ``min_lift`` are
    left out.

    Raises:
        ValidationError: keys ``kind``, ``min_support``, ``min_confidence``, ``min_customers``.
    """
    _check(min_support, min_confidence, min_customers)
    sql = customer_sql(kind)
    # File lock first, then the in-process lock, as everywhere (no lock-order deadlock).
    # Plain tuples: 400,000 rows as dicts cost half a second.
    with db.reading(), db.lock:
        # Lines first, in table order, each finding its order by primary key:
        # three times faster than walking orders and their lines by index.
        col = sql.order_column
        pairs_read = db.conn.execute(
            f"SELECT o.{col}, l.product_id FROM order_lines l NOT INDEXED CROSS JOIN orders o"
            f" WHERE o.id = l.order_id AND o.{col} IS NOT NULL AND o.deleted_at IS NULL"
            " AND l.deleted_at IS NULL AND l.product_id IS NOT NULL"
        ).fetchall()
        live = db.conn.execute(f"SELECT id FROM {sql.table} WHERE deleted_at IS NULL").fetchall()
    products = db.query("SELECT id, name, active, deleted_at FROM products")
    names = {int(p["id"]): str(p["name"]) for p in products}
    active = frozenset(int(p["id"]) for p in products if p["active"] and p["deleted_at"] is None)
    bits = _product_bits(pairs_read, live)
    buyers = 0
    for product_bits in bits.values():
        buyers |= product_bits
    total = buyers.bit_count()
    if not total:
        return RuleSet(kind, 0, (), active, names, bits, buyers)
    need = max(min_customers, math.ceil(min_support * total))
    # Who bought what as one big integer per product, a bit per customer: an
    # itemset's customers are an AND and their number a bit count, so pairs
    # and triples of 60 products over 100,000 customers count in milliseconds.
    singles = {p: b.bit_count() for p, b in bits.items()}
    frequent = sorted(p for p, n in singles.items() if n >= need)
    support: dict[tuple[int, ...], int] = {(p,): n for p, n in singles.items()}
    pair_bits: dict[tuple[int, int], int] = {}
    for i, a in enumerate(frequent):
        for b in frequent[i + 1 :]:
            both = bits[a] & bits[b]
            count = both.bit_count()
            if count >= need:
                pair_bits[(a, b)] = both
                support[(a, b)] = count
    triples: dict[tuple[int, ...], int] = {}
    for (a, b), both in pair_bits.items():
        for c in frequent:
            if c > b and (a, c) in pair_bits and (b, c) in pair_bits:
                count = (both & bits[c]).bit_count()
                if count >= need:
                    triples[(a, b, c)] = count
    rules: list[AssociationRule] = []
    itemsets = [(pair, support[pair]) for pair in pair_bits] + list(triples.items())
    labels: dict[tuple[int, ...], tuple[str, ...]] = {}
    for itemset, with_both in itemsets:
        for consequent in itemset:
            antecedent = tuple(p for p in itemset if p != consequent)
            if with_both < min_confidence * support[antecedent]:
                continue  # not confident enough: skip before making the rule
            if with_both * total < min_lift * support[antecedent] * singles[consequent]:
                continue  # buying the antecedent makes the consequent no likelier
            if antecedent not in labels:
                labels[antecedent] = tuple(names.get(p, f"#{p}") for p in antecedent)
            rules.append(
                AssociationRule(
                    antecedent=antecedent,
                    antecedent_names=labels[antecedent],
                    consequent=consequent,
                    consequent_name=names.get(consequent, f"#{consequent}"),
                    customers=total,
                    with_antecedent=support[antecedent],
                    with_consequent=singles[consequent],
                    with_both=with_both,
                )
            )
    rules.sort(key=_strength)
    return RuleSet(kind, total, tuple(rules), active, names, bits, buyers)


def _product_bits(pairs: list[tuple[int, int]], live: list[tuple[int]]) -> dict[int, int]:
    """Per product, an integer whose bit n is set when the live customer n bought it."""
    size = max((cid for (cid,) in live), default=0) // 8 + 1
    alive = bytearray(size)
    for (cid,) in live:
        alive[cid >> 3] |= 1 << (cid & 7)
    flags: dict[int, bytearray] = {}
    for cid, pid in pairs:
        row = flags.get(pid)
        if row is None:
            row = flags[pid] = bytearray(size)
        if cid >> 3 < size:
            row[cid >> 3] |= 1 << (cid & 7)
    mask = int.from_bytes(alive, "little")
    return {pid: int.from_bytes(row, "little") & mask for pid, row in flags.items()}


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
    basket = rules.basket(customer_id)
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


def _best_for_each(rules: RuleSet, limit: int) -> list[Suggestion]:
    """The first ``limit`` (customer, best rule) pairs, strongest rule first, then by id.

    Rules are taken strongest first; each one goes to the customers it applies
    to (antecedent bought, consequent not) who have no suggestion yet, so each
    customer gets their best rule and the walk stops once ``limit`` are found.
    """
    found: list[Suggestion] = []
    waiting = rules.buyers  # customers without a suggestion yet
    for rule in rules.rules:
        if len(found) >= limit or not waiting:
            break
        if rule.consequent not in rules.active:
            continue
        applies = waiting & ~rules.bits.get(rule.consequent, 0)
        for product in rule.antecedent:
            applies &= rules.bits.get(product, 0)
        waiting &= ~applies
        while applies and len(found) < limit:
            lowest = applies & -applies
            customer = lowest.bit_length() - 1
            found.append(Suggestion(customer, "", rule.consequent, rule.consequent_name, rule))
            applies ^= lowest
    return found


def suggestions_for_all(
    db: Database,
    kind: str = "contact",
    limit: int = 200,
    min_support: float = DEFAULT_MIN_SUPPORT,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> list[Suggestion]:
    """Each customer's best suggestion, strongest first, at most ``limit`` of them."""
    rules = mine_rules(db, kind, min_support, min_confidence)
    found = _best_for_each(rules, max(0, limit))
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

"""Saved views ("smart lists"): a named filter over one kind of record.

A filter is a list of conditions ``{field, op, value}`` joined by "all" (AND) or
"any" (OR). Which fields exist per entity lives in ``services/view_fields.py``;
the operators, what kinds of field they apply to and how many values they take
live here, so the CLI, the dialog and the compiler agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.i18n import QT_TRANSLATE_NOOP

ENTITIES = ("contacts", "companies", "deals", "tickets")
MATCHES = ("all", "any")

# Kinds of field: what a value looks like and which operators make sense.
TEXT, CHOICE, NUMBER, MONEY, DATE, BOOL, TAG = (
    "text",
    "choice",
    "number",
    "money",
    "date",
    "bool",
    "tag",
)


@dataclass(frozen=True)
class Operator:
    """An operator: its key (stored), its label (shown) and the values it takes.

    ``label`` is English, marked for the catalogue: show ``translate("saved views", op.label)``.
    """

    key: str
    label: str
    kinds: frozenset[str]
    arity: int  # 0: no value; 1: one value; 2: a range [low, high]


def _op(key: str, label: str, kinds: str, arity: int = 1) -> Operator:
    return Operator(key, label, frozenset(kinds.split()), arity)


OPERATORS: tuple[Operator, ...] = (
    _op("eq", QT_TRANSLATE_NOOP("saved views", "is"), "text choice number money date"),
    _op("ne", QT_TRANSLATE_NOOP("saved views", "is not"), "text choice number money"),
    _op("contains", QT_TRANSLATE_NOOP("saved views", "contains"), "text"),
    _op("not_contains", QT_TRANSLATE_NOOP("saved views", "does not contain"), "text"),
    _op("starts_with", QT_TRANSLATE_NOOP("saved views", "starts with"), "text"),
    _op("gt", QT_TRANSLATE_NOOP("saved views", "is more than"), "number money"),
    _op("lt", QT_TRANSLATE_NOOP("saved views", "is less than"), "number money"),
    _op("between", QT_TRANSLATE_NOOP("saved views", "is between"), "number money date", 2),
    _op("before", QT_TRANSLATE_NOOP("saved views", "is before"), "date"),
    _op("after", QT_TRANSLATE_NOOP("saved views", "is after"), "date"),
    _op("in_last_days", QT_TRANSLATE_NOOP("saved views", "is in the last N days"), "date"),
    _op("is_empty", QT_TRANSLATE_NOOP("saved views", "is empty"), "text choice number date", 0),
    _op(
        "not_empty", QT_TRANSLATE_NOOP("saved views", "is not empty"), "text choice number date", 0
    ),
    _op("has_tag", QT_TRANSLATE_NOOP("saved views", "has tag"), "tag"),
    _op("no_tag", QT_TRANSLATE_NOOP("saved views", "does not have tag"), "tag"),
    _op("is_true", QT_TRANSLATE_NOOP("saved views", "is yes"), "bool", 0),
    _op("is_false", QT_TRANSLATE_NOOP("saved views", "is no"), "bool", 0),
)
OPERATORS_BY_KEY = {op.key: op for op in OPERATORS}

# What people type on the command line for some operators.
OPERATOR_ALIASES = {
    "=": "eq",
    "==": "eq",
    "is": "eq",
    "!=": "ne",
    "<>": "ne",
    ">": "gt",
    "<": "lt",
    "on": "eq",
    "starts with": "starts_with",
    "not contains": "not_contains",
    "is empty": "is_empty",
    "is not empty": "not_empty",
    "has tag": "has_tag",
    "no tag": "no_tag",
    "is true": "is_true",
    "is false": "is_false",
    "yes": "is_true",
    "no": "is_false",
}


def operator_key(text: str) -> str:
    """The operator key for what a user typed ("=", "starts with", "gt"); as is if unknown."""
    cleaned = " ".join(text.strip().lower().replace("_", " ").split())
    key = OPERATOR_ALIASES.get(cleaned, cleaned.replace(" ", "_"))
    return key


def operators_for(kind: str) -> list[Operator]:
    """The operators a field of ``kind`` offers, in menu order."""
    return [op for op in OPERATORS if kind in op.kinds]


@dataclass(frozen=True)
class Condition:
    """One line of a filter: ``field`` ``op`` ``value`` (a list of two for ranges)."""

    field: str
    op: str
    value: object = None

    def as_json(self) -> dict[str, object]:
        return {"field": self.field, "op": self.op, "value": self.value}


@dataclass(frozen=True)
class ViewFilter:
    """A filter a list can apply: the entity, all/any and the conditions."""

    entity: str
    match: str = "all"
    conditions: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class SavedView:
    """A saved, named filter, as listed in the side bar."""

    id: int
    name: str
    entity: str
    match: str
    conditions: tuple[Condition, ...]
    position: int
    version: int

    @property
    def filter(self) -> ViewFilter:
        return ViewFilter(self.entity, self.match, self.conditions)

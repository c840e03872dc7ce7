"""Saved-view filters: checked against the whitelist and compiled to parameterised SQL.

Every value a user gave travels as a parameter; the SQL text is assembled only
from our own field expressions and operator templates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from babel.numbers import format_decimal

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.saved_views import (
    BOOL,
    CHOICE,
    DATE,
    ENTITIES,
    MATCHES,
    MONEY,
    NUMBER,
    OPERATORS_BY_KEY,
    TAG,
    TEXT,
    Condition,
    ViewFilter,
    operator_key,
    operators_for,
)
from crm_desktop.i18n import current_locale, translate
from crm_desktop.services.view_fields import ViewField, find_view_field, view_fields

MAX_TEXT = 1000
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RawCondition = Condition | Mapping[str, Any]


def _like(text: str) -> str:
    r"""``%text%`` for LIKE ... ESCAPE '\\', the user's own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _as_condition(raw: RawCondition) -> Condition:
    if isinstance(raw, Condition):
        return raw
    return Condition(str(raw.get("field", "")), str(raw.get("op", "")), raw.get("value"))


def _range(value: object) -> list[object] | None:
    """Two values from a list or "low..high"."""
    if isinstance(value, list | tuple) and len(value) == 2:
        return list(value)
    if isinstance(value, str) and ".." in value:
        low, _, high = value.partition("..")
        return [low.strip(), high.strip()]
    return None


def _one_value(field: ViewField, op: str, value: object) -> object:
    """The value made clean for ``field``; raises ValueError with the reason."""
    text = "" if value is None else str(value).strip()
    if field.kind == DATE and op == "in_last_days":
        if not text.isdigit() or int(text) > 36500:
            raise ValueError(translate("smart lists", "enter a number of days, such as 30"))
        return int(text)
    if field.kind == DATE:
        try:
            if _DATE.match(text):
                return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
        if not text:
            raise ValueError(translate("smart lists", "enter a date"))
        raise ValueError(
            translate("smart lists", "{text} is not a date as YYYY-MM-DD").format(text=repr(text))
        )
    if field.kind in (NUMBER, MONEY):
        try:
            number = Decimal(text.replace(",", "") if "." in text else text.replace(",", "."))
        except InvalidOperation:
            number = Decimal("NaN")
        if not number.is_finite():
            if not text:
                raise ValueError(translate("smart lists", "enter a number"))
            raise ValueError(
                translate("smart lists", "{text} is not a number").format(text=repr(text))
            )
        return float(number)
    if not text:
        raise ValueError(translate("smart lists", "enter a value"))
    if len(text) > MAX_TEXT:
        raise ValueError(
            translate("smart lists", "at most {count} characters").format(
                count=format_decimal(MAX_TEXT, locale=current_locale())
            )
        )
    if field.kind == CHOICE:
        found = next((c for c in field.choices if c.casefold() == text.casefold()), None)
        if found is None:
            raise ValueError(
                translate("smart lists", "{text} is not one of {choices}").format(
                    text=repr(text), choices=", ".join(field.choices)
                )
            )
        return found
    return text


def _check_condition(
    entity: str, index: int, raw: RawCondition, errors: dict[str, str]
) -> Condition:
    condition = _as_condition(raw)
    where = f"conditions[{index}]"
    field = find_view_field(entity, condition.field)
    if field is None:
        known = ", ".join(f.key for f in view_fields(entity))
        errors[f"{where}.field"] = translate(
            "smart lists", "{entity} have no field {field} (fields: {known})"
        ).format(entity=entity, field=repr(condition.field), known=known)
        return condition
    op = OPERATORS_BY_KEY.get(operator_key(condition.op))
    allowed = operators_for(field.kind)
    if op is None or op not in allowed:
        names = ", ".join(o.key for o in allowed)
        errors[f"{where}.op"] = translate(
            "smart lists", "{op} does not apply to {field} (use {names})"
        ).format(op=repr(condition.op), field=field.label, names=names)
        return condition
    value: object = None
    try:
        if op.arity == 2:
            pair = _range(condition.value)
            if pair is None:
                raise ValueError(
                    translate("smart lists", "enter two values, low and high (low..high)")
                )
            low, high = (_one_value(field, op.key, v) for v in pair)
            if low > high:  # type: ignore[operator]
                raise ValueError(
                    translate("smart lists", "the first value must not be above the second")
                )
            value = (low, high)
        elif op.arity == 1:
            value = _one_value(field, op.key, condition.value)
    except ValueError as reason:
        errors[f"{where}.value"] = translate("smart lists", "{field}: {reason}").format(
            field=field.label, reason=reason
        )
    return Condition(field.key, op.key, value)


def check_filter(entity: str, match: str, conditions: Sequence[RawCondition]) -> ViewFilter:
    """The filter with every condition checked and its value made clean.

    Raises:
        ValidationError: keys ``entity``, ``match`` and ``conditions[i].field``,
            ``conditions[i].op``, ``conditions[i].value``, each with a reason.
    """
    errors: dict[str, str] = {}
    if entity not in ENTITIES:
        raise ValidationError.single(
            "entity",
            translate("smart lists", "{text} is not one of {choices}").format(
                text=repr(entity), choices=", ".join(ENTITIES)
            ),
        )
    if match not in MATCHES:
        errors["match"] = translate("smart lists", "{match} is not all or any").format(
            match=repr(match)
        )
    clean = tuple(_check_condition(entity, i, c, errors) for i, c in enumerate(conditions))
    if errors:
        raise ValidationError(errors)
    return ViewFilter(entity, match, clean)


class _Params:
    """Placeholders for the values: ``?`` in order, or ``:name`` in a dict."""

    def __init__(self, prefix: str | None) -> None:
        self.prefix = prefix
        self.positional: list[object] = []
        self.named: dict[str, object] = {}

    def __call__(self, value: object) -> str:
        if self.prefix is None:
            self.positional.append(value)
            return "?"
        name = f"{self.prefix}{len(self.named)}"
        self.named[name] = value
        return f":{name}"


def _pair(value: object) -> tuple[object, object]:
    assert isinstance(value, tuple) and len(value) == 2  # check_filter made it so
    return value[0], value[1]


def _condition_sql(field: ViewField, condition: Condition, bind: _Params, today: str) -> str:
    op, value, e = condition.op, condition.value, field.sql
    if field.kind == TAG:
        exists = (
            "EXISTS (SELECT 1 FROM taggings g JOIN tags tg ON tg.id = g.tag_id"
            " AND tg.deleted_at IS NULL WHERE g.deleted_at IS NULL"
            f" AND g.entity_type = '{field.sql}' AND g.entity_id = sv.id"
            f" AND tg.name = {bind(value)} COLLATE NOCASE)"
        )
        return exists if op == "has_tag" else f"NOT {exists}"
    if field.kind == BOOL:
        return f"coalesce({e}, 0) = {1 if op == 'is_true' else 0}"
    if op == "is_empty":
        return f"coalesce({e}, '') = ''"
    if op == "not_empty":
        return f"coalesce({e}, '') != ''"
    if field.kind == TEXT:
        text = f"coalesce({e}, '')"
        if op in ("contains", "not_contains", "starts_with"):
            pattern = _like(str(value))
            if op == "starts_with":
                pattern = pattern[1:]
            negate = "NOT " if op == "not_contains" else ""
            return f"{text} {negate}LIKE {bind(pattern)} ESCAPE '\\'"
        return f"{text} {'=' if op == 'eq' else '!='} {bind(value)} COLLATE NOCASE"
    if field.kind == DATE:
        day = f"substr({e}, 1, 10)"
        if op == "in_last_days":
            return f"{day} BETWEEN date({bind(today)}, {bind(f'-{value} days')}) AND {bind(today)}"
        if op == "between":
            low, high = _pair(value)
            return f"{day} BETWEEN {bind(low)} AND {bind(high)}"
        symbol = {"eq": "=", "before": "<", "after": ">"}[op]
        return f"{day} {symbol} {bind(value)}"
    # CHOICE, NUMBER, MONEY
    if op == "between":
        low, high = _pair(value)
        return f"{e} BETWEEN {bind(low)} AND {bind(high)}"
    if op == "ne":
        return f"({e} IS NULL OR {e} != {bind(value)})"
    symbol = {"eq": "=", "gt": ">", "lt": "<"}[op]
    return f"{e} {symbol} {bind(value)}"


def filter_sql(view: ViewFilter, id_column: str, today: str) -> tuple[str, list[object]]:
    """SQL true for the records of ``id_column`` the filter keeps, with ``?`` values.

    ``today`` (YYYY-MM-DD) anchors "in the last N days".

    Raises:
        ValidationError: the filter names an unknown field or operator, or a bad value.
    """
    bind = _Params(None)
    return _compile(view, id_column, today, bind), bind.positional


def filter_sql_named(
    view: ViewFilter, id_column: str, today: str, prefix: str = "view"
) -> tuple[str, dict[str, object]]:
    """As ``filter_sql``, with ``:prefixN`` placeholders for queries written with names."""
    bind = _Params(prefix)
    return _compile(view, id_column, today, bind), bind.named


def _compile(view: ViewFilter, id_column: str, today: str, bind: _Params) -> str:
    # Checked again here: a filter read back from the file is trusted no more
    # than one typed in.
    view = check_filter(view.entity, view.match, view.conditions)
    parts = []
    for condition in view.conditions:
        field = find_view_field(view.entity, condition.field)
        assert field is not None  # check_filter refuses unknown fields
        parts.append(f"({_condition_sql(field, condition, bind, today)})")
    joiner = " AND " if view.match == "all" else " OR "
    where = joiner.join(parts) if parts else "1"
    return f"{id_column} IN (SELECT sv.id FROM {view.entity} sv WHERE {where})"


def view_clause(
    view: ViewFilter | None,
    id_column: str,
    today: str,
    entities: Sequence[str],
) -> tuple[str, dict[str, object]]:
    """``" AND <id_column> IN (the view's records)"`` and its named values, or ``("", {})``.

    For figure queries that take an optional saved view: the values are bound
    (``:viewN``), never written into the SQL.

    Raises:
        ValidationError: ``view`` is of a kind of record other than ``entities``.
    """
    if view is None:
        return "", {}
    if view.entity not in entities:
        kinds = " / ".join(entities)
        raise ValidationError.single(
            "view",
            translate("smart lists", "a view of {entity} cannot narrow {kinds}").format(
                entity=view.entity, kinds=kinds
            ),
        )
    sql, params = filter_sql_named(view, id_column, today)
    return f" AND {sql}", params

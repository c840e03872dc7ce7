"""Saved views ("smart lists"): create, change, list and run named filters.

The filter itself is checked and compiled in ``view_filters.py``; the lists
apply it through the ``view`` field of their filter (ContactFilter.view, ...),
so a view's rows, count and export are the same query.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal

from crm_desktop.domain.companies import CompanyFilter
from crm_desktop.domain.contacts import ContactFilter
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.pipeline import DealFilter
from crm_desktop.domain.saved_views import (
    CHOICE,
    DATE,
    TAG,
    Condition,
    SavedView,
    ViewFilter,
)
from crm_desktop.domain.tickets import TicketFilter
from crm_desktop.i18n import current_locale, translate
from crm_desktop.services.company_lists import count_companies, list_companies
from crm_desktop.services.contact_lists import count_contacts, list_contacts
from crm_desktop.services.deal_lists import count_deals, list_deals
from crm_desktop.services.tags import find_tag
from crm_desktop.services.tickets import count_tickets, list_tickets
from crm_desktop.services.view_fields import ViewField, choice_label, find_view_field
from crm_desktop.services.view_filters import RawCondition, check_filter
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork

MAX_NAME = 100


def _sentence(op: str) -> str | None:
    """The condition ``op`` as a whole sentence around {field} and {value} (or {low}, {high})."""
    return {
        "eq": translate("smart lists", "{field} is {value}"),
        "ne": translate("smart lists", "{field} is not {value}"),
        "contains": translate("smart lists", "{field} contains {value}"),
        "not_contains": translate("smart lists", "{field} does not contain {value}"),
        "starts_with": translate("smart lists", "{field} starts with {value}"),
        "gt": translate("smart lists", "{field} is more than {value}"),
        "lt": translate("smart lists", "{field} is less than {value}"),
        "between": translate("smart lists", "{field} is between {low} and {high}"),
        "before": translate("smart lists", "{field} is before {value}"),
        "after": translate("smart lists", "{field} is after {value}"),
        "is_empty": translate("smart lists", "{field} is empty"),
        "not_empty": translate("smart lists", "{field} is not empty"),
        "has_tag": translate("smart lists", "Tagged {value}"),
        "no_tag": translate("smart lists", "Not tagged {value}"),
        "is_true": translate("smart lists", "{field} is yes"),
        "is_false": translate("smart lists", "{field} is no"),
    }.get(op)


def _shown(entity: str, field: ViewField | None, value: object) -> str:
    """A condition's value as people read it: choices by name, numbers and days in the locale."""
    if isinstance(value, float):
        return format_decimal(value, locale=current_locale())
    if field is not None and field.kind == DATE and isinstance(value, str):
        try:
            return format_date(date.fromisoformat(value), "medium", locale=current_locale())
        except ValueError:
            return value  # not a day (a filter read back from an older file): as stored
    if field is not None and field.kind == CHOICE:
        return choice_label(entity, field.key, str(value))
    return str(value)


def describe_condition(entity: str, condition: Condition) -> str:
    """A condition in words: "City is Milano", "Created is between Jan 1, 2024 and Mar 31, 2024"."""
    field = find_view_field(entity, condition.field)
    label = field.label if field else condition.field
    value = condition.value
    if condition.op == "in_last_days" and str(value).isdigit():
        return translate(
            "smart lists", "{field} is in the last %n days", "", int(str(value))
        ).format(field=label)
    sentence = _sentence(condition.op)
    if sentence is None:  # an operator this version does not know: say it as stored
        sentence = "{field} {op} {value}"
    if isinstance(value, tuple | list) and len(value) == 2:
        low, high = (_shown(entity, field, v) for v in value)
        pair = f"{low}..{high}"
        return sentence.format(field=label, op=condition.op, low=low, high=high, value=pair)
    shown = "" if value is None else _shown(entity, field, value)
    return sentence.format(field=label, op=condition.op, value=shown, low=shown, high=shown).strip()


def _every(entity: str) -> str:
    return {
        "contacts": translate("smart lists", "every contact"),
        "companies": translate("smart lists", "every company"),
        "deals": translate("smart lists", "every deal"),
        "tickets": translate("smart lists", "every ticket"),
    }.get(entity, entity)


def describe_filter(view: ViewFilter) -> str:
    """The whole filter in words, its conditions joined by "and" or "or"."""
    if not view.conditions:
        return _every(view.entity)
    joiner = (
        translate("smart lists", "{left} and {right}")
        if view.match == "all"
        else translate("smart lists", "{left} or {right}")
    )
    parts = [describe_condition(view.entity, c) for c in view.conditions]
    text = parts[0]
    for part in parts[1:]:
        text = joiner.format(left=text, right=part)
    return text


def _view(row: Mapping[str, Any]) -> SavedView:
    conditions = tuple(
        Condition(
            str(c.get("field", "")),
            str(c.get("op", "")),
            tuple(c["value"]) if isinstance(c.get("value"), list) else c.get("value"),
        )
        for c in json.loads(row["conditions"] or "[]")
    )
    return SavedView(
        id=int(row["id"]),
        name=str(row["name"]),
        entity=str(row["entity"]),
        match=str(row["match"]),
        conditions=conditions,
        position=int(row["position"]),
        version=int(row["version"]),
    )


def get_saved_view(db: Database, view_id: int) -> SavedView:
    row = db.query_one("SELECT * FROM saved_views WHERE id = ? AND deleted_at IS NULL", (view_id,))
    if row is None:
        raise NotFoundError("saved view", view_id)
    return _view(row)


def list_saved_views(db: Database, entity: str | None = None) -> list[SavedView]:
    """Live saved views, by entity, then position, then name."""
    rows = db.query(
        "SELECT * FROM saved_views WHERE deleted_at IS NULL AND (? IS NULL OR entity = ?)"
        " ORDER BY CASE entity WHEN 'contacts' THEN 0 WHEN 'companies' THEN 1"
        " WHEN 'deals' THEN 2 ELSE 3 END, position, name COLLATE NOCASE, id",
        (entity, entity),
    )
    return [_view(r) for r in rows]


def find_saved_view(db: Database, name_or_id: str) -> SavedView:
    """The view named ``name_or_id`` (any letter case), or with that id.

    Raises:
        NotFoundError: no live view has that name or id.
    """
    row = db.query_one(
        "SELECT * FROM saved_views WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE",
        (name_or_id.strip(),),
    )
    if row is None and name_or_id.strip().isdigit():
        return get_saved_view(db, int(name_or_id))
    if row is None:
        raise NotFoundError("saved view", repr(name_or_id))
    return _view(row)


def _check(
    db: Database,
    name: str,
    entity: str,
    match: str,
    conditions: Sequence[RawCondition],
    view_id: int | None,
) -> tuple[str, ViewFilter]:
    errors: dict[str, str] = {}
    clean_name = " ".join(name.split())
    if not clean_name:
        errors["name"] = translate("smart lists", "a name is required")
    elif len(clean_name) > MAX_NAME:
        errors["name"] = translate("smart lists", "at most %n characters", "", MAX_NAME)
    elif db.scalar(
        "SELECT 1 FROM saved_views WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE"
        " AND id IS NOT ?",
        (clean_name, view_id),
    ):
        errors["name"] = translate(
            "smart lists", "a saved view named {name} exists already"
        ).format(name=repr(clean_name))
    try:
        checked = check_filter(entity, match, conditions)
    except ValidationError as error:
        raise ValidationError({**errors, **error.errors}) from None
    for index, condition in enumerate(checked.conditions):
        field = find_view_field(entity, condition.field)
        if field is not None and field.kind == TAG and find_tag(db, str(condition.value)) is None:
            errors[f"conditions[{index}].value"] = translate(
                "smart lists", "there is no tag named {tag}"
            ).format(tag=repr(condition.value))
    if errors:
        raise ValidationError(errors)
    return clean_name, checked


def _conditions_json(view: ViewFilter) -> str:
    return json.dumps(
        [
            {**c.as_json(), "value": list(c.value) if isinstance(c.value, tuple) else c.value}
            for c in view.conditions
        ],
        ensure_ascii=False,
    )


def create_saved_view(
    db: Database,
    name: str,
    entity: str,
    conditions: Sequence[RawCondition],
    match: str = "all",
) -> SavedView:
    """Save a named filter; it goes last in its entity's list.

    Raises:
        ValidationError: keys ``name``, ``entity``, ``match``, ``conditions[i].<part>``.
    """
    clean_name, checked = _check(db, name, entity, match, conditions, None)
    with UnitOfWork(db) as uow:
        (last,) = uow.execute(
            "SELECT coalesce(max(position), -1) FROM saved_views"
            " WHERE deleted_at IS NULL AND entity = ?",
            (entity,),
        ).fetchone()
        view_id = uow.insert(
            "saved_views",
            {
                "name": clean_name,
                "entity": entity,
                "match": checked.match,
                "conditions": _conditions_json(checked),
                "position": int(last) + 1,
            },
        )
        uow.commit()
    return get_saved_view(db, view_id)


def update_saved_view(
    db: Database,
    view_id: int,
    name: str,
    conditions: Sequence[RawCondition],
    match: str = "all",
    expected_version: int | None = None,
) -> SavedView:
    """Rename the view or change its filter (its entity stays).

    Raises:
        ValidationError: as create_saved_view; NotFoundError; ConflictError.
    """
    current = get_saved_view(db, view_id)
    clean_name, checked = _check(db, name, current.entity, match, conditions, view_id)
    with UnitOfWork(db) as uow:
        uow.update(
            "saved_views",
            view_id,
            {"name": clean_name, "match": checked.match, "conditions": _conditions_json(checked)},
            expected_version,
        )
        uow.commit()
    return get_saved_view(db, view_id)


def delete_saved_view(db: Database, view_id: int, expected_version: int | None = None) -> None:
    with UnitOfWork(db) as uow:
        uow.soft_delete("saved_views", view_id, expected_version)
        uow.commit()


def count_view(db: Database, view: ViewFilter) -> int:
    """How many live records the filter keeps."""
    if view.entity == "contacts":
        return count_contacts(db, ContactFilter(view=view))
    if view.entity == "companies":
        return count_companies(db, CompanyFilter(view=view))
    if view.entity == "deals":
        return count_deals(db, DealFilter(view=view))
    return count_tickets(db, TicketFilter(view=view))


def view_counts(db: Database) -> dict[int, int]:
    """Every saved view's live count, by view id (the side bar's figures)."""
    return {v.id: count_view(db, v.filter) for v in list_saved_views(db)}


def run_view(db: Database, view: ViewFilter, offset: int = 0, limit: int = 100) -> list[Any]:
    """A page of the rows the filter keeps, as the entity's list shows them."""
    if view.entity == "contacts":
        return list(list_contacts(db, ContactFilter(view=view), offset, limit))
    if view.entity == "companies":
        return list(list_companies(db, CompanyFilter(view=view), offset, limit))
    if view.entity == "deals":
        return list(list_deals(db, DealFilter(view=view), offset=offset, limit=limit))
    return list(list_tickets(db, TicketFilter(view=view), offset, limit))

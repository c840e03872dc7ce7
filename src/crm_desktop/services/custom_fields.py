"""Custom field definitions, and checking values against them.

Values live in each record's ``custom`` JSON column as
``{key: value}``: text as str, number as int or float text-free, date as
"YYYY-MM-DD", choice as one of the choices, boolean as bool.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

from crm_desktop.domain.custom_fields import ENTITY_TYPES, FIELD_KINDS, CustomField
from crm_desktop.domain.errors import NotFoundError, ValidationError, kind_name, one_of
from crm_desktop.domain.ids import CustomFieldId
from crm_desktop.i18n import translate
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork

_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_TRUE = {"yes", "y", "true", "1", "si", "sì", "ja", "x"}
_FALSE = {"no", "n", "false", "0", "nej", ""}


def _field(row: Mapping[str, object]) -> CustomField:
    return CustomField(
        id=CustomFieldId(int(str(row["id"]))),
        entity_type=str(row["entity_type"]),
        key=str(row["key"]),
        label=str(row["label"]),
        kind=str(row["kind"]),
        choices=tuple(json.loads(str(row["choices"]))),
        required=bool(row["required"]),
        position=int(str(row["position"])),
    )


def list_custom_fields(db: Database, entity_type: str) -> list[CustomField]:
    rows = db.query(
        "SELECT * FROM custom_fields WHERE entity_type = ? AND deleted_at IS NULL"
        " ORDER BY position, id",
        (entity_type,),
    )
    return [_field(r) for r in rows]


def define_custom_field(
    db: Database,
    entity_type: str,
    key: str,
    label: str,
    kind: str,
    choices: Sequence[str] = (),
    required: bool = False,
) -> CustomField:
    """Add a field to every record of ``entity_type``.

    Raises:
        ValidationError: bad entity type, key, kind, missing choices or a key in use.
    """
    errors: dict[str, str] = {}
    if entity_type not in ENTITY_TYPES:
        errors["entity_type"] = one_of(ENTITY_TYPES)
    if not _KEY.match(key):
        errors["key"] = translate(
            "validation", "must start with a letter and hold only a-z, 0-9 and _ (40 at most)"
        )
    if not label.strip():
        errors["label"] = translate("validation", "a label is required")
    if kind not in FIELD_KINDS:
        errors["kind"] = one_of(FIELD_KINDS)
    cleaned_choices = [c.strip() for c in choices if c.strip()]
    if kind == "choice" and not cleaned_choices:
        errors["choices"] = translate("validation", "a choice field needs at least one choice")
    if not errors and db.query_one(
        "SELECT id FROM custom_fields WHERE entity_type = ? AND key = ?", (entity_type, key)
    ):
        errors["key"] = translate("validation", "a {kind} field named {key} exists already").format(
            key=repr(key), kind=kind_name(entity_type)
        )
    if errors:
        raise ValidationError(errors)
    with UnitOfWork(db) as uow:
        position = uow.query(
            "SELECT coalesce(max(position), -1) + 1 AS p FROM custom_fields WHERE entity_type = ?",
            (entity_type,),
        )[0]["p"]
        field_id = uow.insert(
            "custom_fields",
            {
                "entity_type": entity_type,
                "key": key,
                "label": label.strip(),
                "kind": kind,
                "choices": cleaned_choices,
                "required": int(required),
                "position": position,
            },
        )
        uow.commit()
    return get_custom_field(db, field_id)


def get_custom_field(db: Database, field_id: int) -> CustomField:
    row = db.query_one(
        "SELECT * FROM custom_fields WHERE id = ? AND deleted_at IS NULL", (field_id,)
    )
    if row is None:
        raise NotFoundError("custom field", field_id)
    return _field(row)


def remove_custom_field(db: Database, field_id: int) -> None:
    """Hide the definition; stored values stay in the records, untouched."""
    with UnitOfWork(db) as uow:
        uow.soft_delete("custom_fields", field_id)
        uow.commit()


def validate_custom_values(
    db: Database,
    entity_type: str,
    values: Mapping[str, object],
    definitions: Sequence[CustomField] | None = None,
) -> dict[str, object]:
    """Check and normalise ``values`` against the definitions of ``entity_type``.

    Text from forms and imports is accepted for every kind ("12,5" for a number,
    "yes"/"sì"/"ja" for a boolean). Required fields must have a value.

    Args:
        db: the open CRM file.
        entity_type: "contact", "company", "deal" or "ticket".
        values: custom values by field key, as typed or stored.
        definitions: the entity type's fields from ``list_custom_fields``, when
            the caller has read them already (bulk imports check many records
            against one read); None reads them here.

    Raises:
        ValidationError: keys ``custom.<key>``, one per bad or unknown field.
    """
    if definitions is None:
        definitions = list_custom_fields(db, entity_type)
    by_key = {f.key: f for f in definitions}
    errors: dict[str, str] = {}
    result: dict[str, object] = {}
    for key, value in values.items():
        definition = by_key.get(key)
        if definition is None:
            errors[f"custom.{key}"] = translate(
                "validation", "there is no {kind} field named {key}"
            ).format(key=repr(key), kind=kind_name(entity_type))
            continue
        if value is None or value == "":
            continue
        try:
            result[key] = _coerce(definition, value)
        except ValueError as error:
            errors[f"custom.{key}"] = str(error)
    for key, definition in by_key.items():
        if definition.required and key not in result and f"custom.{key}" not in errors:
            errors[f"custom.{key}"] = translate("validation", "{field} is required").format(
                field=definition.label
            )
    if errors:
        raise ValidationError(errors)
    return result


def _coerce(definition: CustomField, value: object) -> object:
    kind = definition.kind
    if kind == "text":
        return str(value).strip()
    if kind == "number":
        if isinstance(value, bool):
            raise ValueError(
                translate("validation", "{field} must be a number").format(field=definition.label)
            )
        if isinstance(value, int | float):
            return value
        text = str(value).strip().replace(" ", "").replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError(
                translate("validation", "{field} must be a number, not {value}").format(
                    field=definition.label, value=repr(value)
                )
            ) from None
        return int(number) if number == number.to_integral_value() else float(number)
    if kind == "date":
        text = value.isoformat() if isinstance(value, date) else str(value).strip()
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise ValueError(
                translate("validation", "{field} must be a date as YYYY-MM-DD").format(
                    field=definition.label
                )
            ) from None
    if kind == "choice":
        text = str(value).strip()
        for choice in definition.choices:
            if choice.casefold() == text.casefold():
                return choice
        raise ValueError(
            translate("validation", "{field} must be one of: {choices}").format(
                field=definition.label, choices=", ".join(definition.choices)
            )
        )
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(
        translate("validation", "{field} must be yes or no").format(field=definition.label)
    )

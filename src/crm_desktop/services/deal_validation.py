"""Checking the fields of a deal as given to create_deal and update_deal."""

from __future__ import annotations

from collections.abc import Mapping

from crm_desktop.domain.errors import ValidationError, no_such
from crm_desktop.domain.money import is_currency, not_a_currency, parse_amount
from crm_desktop.i18n import current_locale, translate
from crm_desktop.services.custom_fields import validate_custom_values
from crm_desktop.services.orders import iso_date
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork


def check_refs(uow: UnitOfWork, values: Mapping[str, object], errors: dict[str, str]) -> None:
    """Contact, company and owner must be live records when given."""
    for key, table, kind in (
        ("contact_id", "contacts", "contact"),
        ("company_id", "companies", "company"),
        ("owner_id", "users", "user"),
    ):
        record_id = values.get(key)
        if record_id is None:
            continue
        if not uow.is_live(table, record_id):
            errors[key] = no_such(kind, record_id)


def check_deal_fields(
    values: Mapping[str, object],
    currency: str,
    errors: dict[str, str],
) -> dict[str, object]:
    """Validate the editable deal fields present in ``values``; returns column values."""
    clean: dict[str, object] = {}
    if "title" in values:
        clean["title"] = str(values["title"] or "").strip()
        if not clean["title"]:
            errors["title"] = translate("validation", "a title is required")
    for key in ("contact_id", "company_id", "owner_id"):
        if key in values:
            clean[key] = values[key]
    if "currency" in values:
        if not is_currency(currency):
            errors["currency"] = not_a_currency(currency)
        clean["currency"] = currency
    text = str(values.get("value_text") or "").strip()
    if text and values.get("value_minor") is not None:
        errors["value_text"] = translate(
            "validation", "give the value either as text or in minor units, not both"
        )
    elif text and "currency" not in errors:
        # Read as the GUI wrote it (ui/pipeline/formatting.py): in the user's locale.
        try:
            clean["value_minor"] = parse_amount(
                text, currency, current_locale(), field="value_text"
            )
        except ValidationError as error:
            errors.update(error.errors)
    elif values.get("value_minor") is not None:
        clean["value_minor"] = values["value_minor"]
    value = clean.get("value_minor", 0)
    if not isinstance(value, int) or isinstance(value, bool):
        errors["value_minor"] = translate("validation", "must be a whole number of minor units")
    elif value < 0:
        errors["value_text" if text else "value_minor"] = translate(
            "validation", "a deal value cannot be negative"
        )
    if "probability" in values:
        probability = values["probability"]
        clean["probability"] = probability
        if probability is not None and (
            not isinstance(probability, int)
            or isinstance(probability, bool)
            or not 0 <= probability <= 100
        ):
            errors["probability"] = translate(
                "validation", "must be a whole percentage from 0 to 100, or empty"
            )
    if "expected_close_date" in values:
        clean["expected_close_date"] = iso_date(
            values["expected_close_date"],  # type: ignore[arg-type]
            "expected_close_date",
            errors,
        )
    for key in ("notes", "lost_reason"):
        if key in values:
            clean[key] = str(values[key] or "").strip()
    return clean


def check_custom(
    db: Database, values: Mapping[str, object], errors: dict[str, str]
) -> dict[str, object]:
    try:
        return validate_custom_values(db, "deal", values)
    except ValidationError as error:
        errors.update(error.errors)
        return {}

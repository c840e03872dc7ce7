from __future__ import annotations

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.custom_fields import (
    define_custom_field,
    list_custom_fields,
    remove_custom_field,
    validate_custom_values,
)
from crm_desktop.storage.database import Database


def test_defined_fields_are_listed_in_order(db: Database) -> None:
    define_custom_field(db, "contact", "shoe_size", "Shoe size", "number")
    define_custom_field(db, "contact", "vip", "VIP", "boolean")

    assert [f.key for f in list_custom_fields(db, "contact")] == ["shoe_size", "vip"]
    assert list_custom_fields(db, "company") == []


def test_values_from_text_are_normalised_per_kind(db: Database) -> None:
    define_custom_field(db, "contact", "size", "Size", "number")
    define_custom_field(db, "contact", "since", "Customer since", "date")
    define_custom_field(db, "contact", "tier", "Tier", "choice", ["Gold", "Silver"])
    define_custom_field(db, "contact", "vip", "VIP", "boolean")

    values = validate_custom_values(
        db, "contact", {"size": "42,5", "since": "2024-03-01", "tier": "gold", "vip": "sì"}
    )

    assert values == {"size": 42.5, "since": "2024-03-01", "tier": "Gold", "vip": True}


def test_bad_values_are_reported_per_field(db: Database) -> None:
    define_custom_field(db, "deal", "size", "Size", "number")
    define_custom_field(db, "deal", "tier", "Tier", "choice", ["Gold"])
    define_custom_field(db, "deal", "region", "Region", "text", required=True)

    with pytest.raises(ValidationError) as caught:
        validate_custom_values(db, "deal", {"size": "big", "tier": "Bronze", "colour": "red"})

    assert set(caught.value.errors) == {
        "custom.size",
        "custom.tier",
        "custom.colour",
        "custom.region",
    }
    assert "Gold" in caught.value.errors["custom.tier"]


def test_duplicate_key_and_bad_definition_are_refused(db: Database) -> None:
    define_custom_field(db, "ticket", "product", "Product", "text")

    with pytest.raises(ValidationError) as duplicate:
        define_custom_field(db, "ticket", "product", "Product again", "text")
    with pytest.raises(ValidationError) as bad:
        define_custom_field(db, "lead", "9x", "", "colour")

    assert "exists already" in duplicate.value.errors["key"]
    assert set(bad.value.errors) == {"entity_type", "key", "label", "kind"}


def test_removed_field_is_no_longer_accepted(db: Database) -> None:
    field = define_custom_field(db, "company", "size", "Size", "number")
    remove_custom_field(db, field.id)

    with pytest.raises(ValidationError):
        validate_custom_values(db, "company", {"size": 3})


def test_definitions_given_by_the_caller_are_used_instead_of_read(db: Database) -> None:
    define_custom_field(db, "contact", "size", "Size", "number")
    read_before = list_custom_fields(db, "contact")
    define_custom_field(db, "contact", "tier", "Tier", "text")

    with pytest.raises(ValidationError) as caught:
        validate_custom_values(db, "contact", {"size": "3", "tier": "Gold"}, read_before)

    assert caught.value.errors == {"custom.tier": "there is no contact field named 'tier'"}

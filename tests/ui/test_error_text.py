"""Error dialogs name fields as the forms do, never by their column names."""

from __future__ import annotations

from crm_desktop.domain.errors import ValidationError
from crm_desktop.ui.errors import error_text, field_name


def test_a_field_is_named_by_its_label_and_its_position() -> None:
    assert field_name("last_name") == "Last name"
    assert field_name("emails[1]") == "E-mail 2"


def test_a_validation_error_lists_each_field_by_name() -> None:
    error = ValidationError({"emails[0]": "not a valid e-mail address", "first_name": "required"})
    assert error_text(error).splitlines() == [
        "• E-mail 1: not a valid e-mail address",
        "• First name: required",
    ]

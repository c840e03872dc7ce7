"""Texts of a record page: addresses, e-mail and phone links, custom values."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from crm_desktop.domain.custom_fields import CustomField
from crm_desktop.ui.widgets.formatting import (
    country_name,
    day_text,
    moment_text,
    typed_number_text,
)


def custom_value_text(definition: CustomField, value: object) -> str:
    """A stored custom value as shown: dates spelled, booleans as Yes/No."""
    if value is None or value == "":
        return ""
    if definition.kind == "boolean":
        return (
            QCoreApplication.translate("detail", "Yes")
            if value
            else QCoreApplication.translate("detail", "No")
        )
    if definition.kind == "date":
        return day_text(str(value))
    if definition.kind == "number":
        return typed_number_text(value)
    return str(value)


def address_text(street: str, postcode: str, city: str, region: str, country: str) -> str:
    place = " ".join(p for p in (postcode, city) if p)
    if region:
        place = f"{place} ({region})" if place else region
    return "\n".join(p for p in (street, place, country_name(country)) if p)


def link(kind: str, record_id: int, text: str) -> str:
    """A link the record page opens in the app ("company:12")."""
    return f'<a href="{kind}:{record_id}">{html.escape(text)}</a>'


def points_html(items: list[tuple[str, str, str]]) -> str:
    """Rows of (href, text, label) as "anna@x.it  work", each a link."""
    return "<br>".join(
        f'<a href="{html.escape(href)}">{html.escape(text)}</a>'
        f'&nbsp;&nbsp;<span style="color: gray">{html.escape(label)}</span>'
        for href, text, label in items
    )


def created_text(created_at: str, created_by: str) -> str:
    return QCoreApplication.translate("detail", "{when} by {who}").format(
        when=moment_text(created_at), who=created_by
    )

"""Names a person reads for the fields an import can fill (the services use the column names)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CUSTOM_PREFIX = "custom."


def field_labels() -> dict[str, str]:
    """Every importable field's label, translated; made on call so the language can change."""
    return {
        "first_name": QCoreApplication.translate("ImportFields", "First name"),
        "last_name": QCoreApplication.translate("ImportFields", "Last name"),
        "full_name": QCoreApplication.translate("ImportFields", "Full name (split)"),
        "job_title": QCoreApplication.translate("ImportFields", "Job title"),
        "company": QCoreApplication.translate("ImportFields", "Company"),
        "emails": QCoreApplication.translate("ImportFields", "E-mail"),
        "phones": QCoreApplication.translate("ImportFields", "Phone"),
        "street": QCoreApplication.translate("ImportFields", "Street"),
        "postcode": QCoreApplication.translate("ImportFields", "Postcode"),
        "city": QCoreApplication.translate("ImportFields", "City"),
        "region": QCoreApplication.translate("ImportFields", "Region / province"),
        "country": QCoreApplication.translate("ImportFields", "Country"),
        "birthday": QCoreApplication.translate("ImportFields", "Birthday"),
        "lifecycle_stage": QCoreApplication.translate("ImportFields", "Stage"),
        "lead_source": QCoreApplication.translate("ImportFields", "Lead source"),
        "owner": QCoreApplication.translate("ImportFields", "Owner"),
        "marketing_consent": QCoreApplication.translate("ImportFields", "Marketing consent"),
        "tags": QCoreApplication.translate("ImportFields", "Tags"),
        "notes": QCoreApplication.translate("ImportFields", "Notes"),
        "name": QCoreApplication.translate("ImportFields", "Name"),
        "industry": QCoreApplication.translate("ImportFields", "Industry"),
        "website": QCoreApplication.translate("ImportFields", "Website"),
        "vat_id": QCoreApplication.translate("ImportFields", "VAT number"),
        "email_label": QCoreApplication.translate("ImportFields", "E-mail label"),
        "phone_label": QCoreApplication.translate("ImportFields", "Phone label"),
    }


def field_label(field: str) -> str:
    """The label of ``field``; custom fields show their key after "Custom:"."""
    if field.startswith(CUSTOM_PREFIX):
        key = field.removeprefix(CUSTOM_PREFIX)
        return QCoreApplication.translate("ImportFields", "Custom: {key}").format(key=key)
    return field_labels().get(field, field)


def action_label(action: str) -> str:
    """What happens to a row, said for the summary tables."""
    labels = {
        "create": QCoreApplication.translate("ImportFields", "Create"),
        "merge": QCoreApplication.translate("ImportFields", "Merge into existing"),
        "skip": QCoreApplication.translate("ImportFields", "Skip (duplicate)"),
        "reject": QCoreApplication.translate("ImportFields", "Reject"),
    }
    return labels.get(action, action)

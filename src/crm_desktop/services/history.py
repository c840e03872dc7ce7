"""History of one record, read from the audit log: who changed what, when, from what to what.

Values are made readable here (names for ids, addresses for e-mail lists,
amounts with their currency) so the GUI and the command line say the same.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.money import Money, is_currency
from crm_desktop.i18n import QT_TRANSLATE_NOOP, current_locale, translate
from crm_desktop.storage import audit
from crm_desktop.storage.database import Database

# Record kinds as users name them (CLI, links), and the table of each.
KIND_TABLES = {
    "contact": "contacts",
    "company": "companies",
    "deal": "deals",
    "ticket": "tickets",
    "activity": "activities",
    "order": "orders",
    "product": "products",
    "tag": "tags",
    "custom_field": "custom_fields",
    "pipeline": "pipelines",
    "stage": "stages",
    "user": "users",
}

# What each column is called in History, in the current language when shown.
_LABELS = {
    "active": QT_TRANSLATE_NOOP("history", "Active"),
    "assignee_id": QT_TRANSLATE_NOOP("history", "Assignee"),
    "author": QT_TRANSLATE_NOOP("history", "Author"),
    "birthday": QT_TRANSLATE_NOOP("history", "Birthday"),
    "body": QT_TRANSLATE_NOOP("history", "Text"),
    "channel": QT_TRANSLATE_NOOP("history", "Channel"),
    "choices": QT_TRANSLATE_NOOP("history", "Choices"),
    "city": QT_TRANSLATE_NOOP("history", "City"),
    "closed_at": QT_TRANSLATE_NOOP("history", "Closed"),
    "color": QT_TRANSLATE_NOOP("history", "Colour"),
    "company_id": QT_TRANSLATE_NOOP("history", "Company"),
    "conditions": QT_TRANSLATE_NOOP("history", "Conditions"),
    "consent_at": QT_TRANSLATE_NOOP("history", "Consent given"),
    "consent_method": QT_TRANSLATE_NOOP("history", "Consent method"),
    "contact_id": QT_TRANSLATE_NOOP("history", "Contact"),
    "country": QT_TRANSLATE_NOOP("history", "Country"),
    "created_at": QT_TRANSLATE_NOOP("history", "Created"),
    "created_by": QT_TRANSLATE_NOOP("history", "Created by"),
    "currency": QT_TRANSLATE_NOOP("history", "Currency"),
    "custom": QT_TRANSLATE_NOOP("history", "More fields"),
    "deal_id": QT_TRANSLATE_NOOP("history", "Deal"),
    "deleted_at": QT_TRANSLATE_NOOP("history", "In trash since"),
    "description": QT_TRANSLATE_NOOP("history", "Description"),
    "done_at": QT_TRANSLATE_NOOP("history", "Done"),
    "due_at": QT_TRANSLATE_NOOP("history", "Due"),
    "email": QT_TRANSLATE_NOOP("history", "E-mail"),
    "emails": QT_TRANSLATE_NOOP("history", "E-mails"),
    "entity": QT_TRANSLATE_NOOP("history", "Kind of record"),
    "entity_id": QT_TRANSLATE_NOOP("history", "Record"),
    "entity_type": QT_TRANSLATE_NOOP("history", "Kind of record"),
    "expected_close_date": QT_TRANSLATE_NOOP("history", "Expected close"),
    "first_name": QT_TRANSLATE_NOOP("history", "First name"),
    "first_response_at": QT_TRANSLATE_NOOP("history", "First response"),
    "industry": QT_TRANSLATE_NOOP("history", "Industry"),
    "job_title": QT_TRANSLATE_NOOP("history", "Job title"),
    "key": QT_TRANSLATE_NOOP("history", "Key"),
    "kind": QT_TRANSLATE_NOOP("history", "Kind"),
    "label": QT_TRANSLATE_NOOP("history", "Label"),
    "last_name": QT_TRANSLATE_NOOP("history", "Last name"),
    "lead_source": QT_TRANSLATE_NOOP("history", "Lead source"),
    "lifecycle_stage": QT_TRANSLATE_NOOP("history", "Lifecycle stage"),
    "line_total_minor": QT_TRANSLATE_NOOP("history", "Line total"),
    "login": QT_TRANSLATE_NOOP("history", "Login"),
    "lost_reason": QT_TRANSLATE_NOOP("history", "Lost reason"),
    "marketing_consent": QT_TRANSLATE_NOOP("history", "Marketing consent"),
    "match": QT_TRANSLATE_NOOP("history", "Match"),
    "name": QT_TRANSLATE_NOOP("history", "Name"),
    "notes": QT_TRANSLATE_NOOP("history", "Notes"),
    "order_id": QT_TRANSLATE_NOOP("history", "Order"),
    "ordered_on": QT_TRANSLATE_NOOP("history", "Ordered on"),
    "outcome": QT_TRANSLATE_NOOP("history", "Outcome"),
    "owner_id": QT_TRANSLATE_NOOP("history", "Owner"),
    "phones": QT_TRANSLATE_NOOP("history", "Phones"),
    "pipeline_id": QT_TRANSLATE_NOOP("history", "Pipeline"),
    "position": QT_TRANSLATE_NOOP("history", "Position"),
    "postcode": QT_TRANSLATE_NOOP("history", "Postcode"),
    "priority": QT_TRANSLATE_NOOP("history", "Priority"),
    "probability": QT_TRANSLATE_NOOP("history", "Probability"),
    "product_id": QT_TRANSLATE_NOOP("history", "Product"),
    "quantity": QT_TRANSLATE_NOOP("history", "Quantity"),
    "region": QT_TRANSLATE_NOOP("history", "Region"),
    "required": QT_TRANSLATE_NOOP("history", "Required"),
    "resolved_at": QT_TRANSLATE_NOOP("history", "Resolved"),
    "role": QT_TRANSLATE_NOOP("history", "Role"),
    "sku": QT_TRANSLATE_NOOP("history", "SKU"),
    "sla_due_at": QT_TRANSLATE_NOOP("history", "SLA due"),
    "stage_entered_at": QT_TRANSLATE_NOOP("history", "In stage since"),
    "stage_id": QT_TRANSLATE_NOOP("history", "Stage"),
    "status": QT_TRANSLATE_NOOP("history", "Status"),
    "street": QT_TRANSLATE_NOOP("history", "Street"),
    "subject": QT_TRANSLATE_NOOP("history", "Subject"),
    "tags": QT_TRANSLATE_NOOP("history", "Tags"),
    "tag_id": QT_TRANSLATE_NOOP("history", "Tag"),
    "ticket_id": QT_TRANSLATE_NOOP("history", "Ticket"),
    "title": QT_TRANSLATE_NOOP("history", "Title"),
    "total_minor": QT_TRANSLATE_NOOP("history", "Total"),
    "unit_price_minor": QT_TRANSLATE_NOOP("history", "Unit price"),
    "updated_at": QT_TRANSLATE_NOOP("history", "Updated"),
    "updated_by": QT_TRANSLATE_NOOP("history", "Updated by"),
    "value_minor": QT_TRANSLATE_NOOP("history", "Value"),
    "vat_id": QT_TRANSLATE_NOOP("history", "VAT id"),
    "version": QT_TRANSLATE_NOOP("history", "Version"),
    "website": QT_TRANSLATE_NOOP("history", "Website"),
}

# Stored codes (statuses, priorities, stages of life, e-mail and phone labels...) as read.
_CODES = {
    "new": QT_TRANSLATE_NOOP("history", "new"),
    "open": QT_TRANSLATE_NOOP("history", "open"),
    "pending": QT_TRANSLATE_NOOP("history", "pending"),
    "resolved": QT_TRANSLATE_NOOP("history", "resolved"),
    "closed": QT_TRANSLATE_NOOP("history", "closed"),
    "won": QT_TRANSLATE_NOOP("history", "won"),
    "lost": QT_TRANSLATE_NOOP("history", "lost"),
    "low": QT_TRANSLATE_NOOP("history", "low"),
    "normal": QT_TRANSLATE_NOOP("history", "normal"),
    "high": QT_TRANSLATE_NOOP("history", "high"),
    "urgent": QT_TRANSLATE_NOOP("history", "urgent"),
    "email": QT_TRANSLATE_NOOP("history", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("history", "phone"),
    "web": QT_TRANSLATE_NOOP("history", "web"),
    "in_person": QT_TRANSLATE_NOOP("history", "in person"),
    "lead": QT_TRANSLATE_NOOP("history", "lead"),
    "prospect": QT_TRANSLATE_NOOP("history", "prospect"),
    "customer": QT_TRANSLATE_NOOP("history", "customer"),
    "former": QT_TRANSLATE_NOOP("history", "former customer"),
    "call": QT_TRANSLATE_NOOP("history", "call"),
    "meeting": QT_TRANSLATE_NOOP("history", "meeting"),
    "note": QT_TRANSLATE_NOOP("history", "note"),
    "task": QT_TRANSLATE_NOOP("history", "task"),
    "web form": QT_TRANSLATE_NOOP("history", "web form"),
    "in person": QT_TRANSLATE_NOOP("history", "in person"),
    "e-mail": QT_TRANSLATE_NOOP("history", "e-mail"),
    "paper form": QT_TRANSLATE_NOOP("history", "paper form"),
    "import": QT_TRANSLATE_NOOP("history", "import"),
    "work": QT_TRANSLATE_NOOP("history", "work"),
    "home": QT_TRANSLATE_NOOP("history", "home"),
    "mobile": QT_TRANSLATE_NOOP("history", "mobile"),
    "fax": QT_TRANSLATE_NOOP("history", "fax"),
    "other": QT_TRANSLATE_NOOP("history", "other"),
}
# The columns holding one of those codes (free text elsewhere is shown as typed).
_CODED = frozenset({"status", "priority", "channel", "lifecycle_stage", "kind", "consent_method"})

# Columns holding the id of another record, and how to name that record.
_NAMES = {
    "company_id": "SELECT name FROM companies WHERE id = ?",
    "contact_id": "SELECT trim(first_name || ' ' || last_name) FROM contacts WHERE id = ?",
    "owner_id": "SELECT name FROM users WHERE id = ?",
    "assignee_id": "SELECT name FROM users WHERE id = ?",
    "stage_id": "SELECT name FROM stages WHERE id = ?",
    "pipeline_id": "SELECT name FROM pipelines WHERE id = ?",
    "deal_id": "SELECT title FROM deals WHERE id = ?",
    "ticket_id": "SELECT subject FROM tickets WHERE id = ?",
    "product_id": "SELECT name FROM products WHERE id = ?",
    "tag_id": "SELECT name FROM tags WHERE id = ?",
}

_YES_NO = frozenset({"marketing_consent", "required", "active"})


@dataclass(frozen=True)
class FieldChange:
    """One field of one entry: its column, a readable label, old and new as text."""

    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: str
    user: str
    action: str  # create, update, delete, restore, purge, merge
    changes: tuple[FieldChange, ...]


def table_of(kind: str) -> str:
    """The table of a record kind ("contact" -> "contacts").

    Raises:
        ValidationError: not a kind of record (key ``kind``).
    """
    try:
        return KIND_TABLES[kind]
    except KeyError:
        known = ", ".join(sorted(KIND_TABLES))
        raise ValidationError.single(
            "kind",
            translate("validation", "unknown kind {kind} (one of {known})").format(
                kind=repr(kind), known=known
            ),
        ) from None


def field_label(field: str) -> str:
    """A readable name for a column ("first_name" -> "First name")."""
    known = _LABELS.get(field)
    # A column added later without a label: its own name, readable, is better than nothing.
    return translate("history", known) if known else field.replace("_", " ").capitalize()


def code_text(code: str) -> str:
    """A stored code as read ("urgent", "work"), in the current language; others unchanged."""
    label = _CODES.get(code)
    return translate("history", label) if label else code


def record_history(db: Database, kind: str, record_id: int) -> list[HistoryEntry]:
    """The audit entries of one record, newest first, trashed and purged records too.

    Raises:
        ValidationError: ``kind`` is no kind of record.
        NotFoundError: no such record, and none ever logged.
    """
    table = table_of(kind)
    with db.reading(), db.lock:  # file lock first, as everywhere
        rows = audit.entries_for(db.conn, table, [record_id])
    if not rows and db.scalar(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)) is None:
        raise NotFoundError(kind, record_id)
    currency = _currency(db, table, record_id, rows)
    entries = [
        HistoryEntry(
            id=int(row["id"]),
            at=str(row["at"]),
            user=str(row["user"]),
            action=str(row["action"]),
            changes=tuple(
                change
                for field, (old, new) in json.loads(row["changes"]).items()
                # "{}" -> nothing reads as no change at all: leave it out.
                if (change := _field_change(db, field, old, new, currency)).old != change.new
            ),
        )
        for row in rows
    ]
    # A save that changed nothing still bumps the version and is logged; it is
    # no news to a reader, so History leaves it out.
    return [e for e in entries[::-1] if e.changes or e.action != "update"]


def _field_change(db: Database, field: str, old: object, new: object, currency: str) -> FieldChange:
    return FieldChange(
        field,
        field_label(field),
        value_text(db, field, old, currency),
        value_text(db, field, new, currency),
    )


def _currency(db: Database, table: str, record_id: int, rows: list[dict[str, Any]]) -> str:
    """The record's currency, for its amounts: from the record, or from its log once purged."""
    # Through db.query: the connection is shared with worker threads, under db.lock.
    if "currency" in {c["name"] for c in db.query(f"PRAGMA table_info({table})")}:
        found = db.scalar(f"SELECT currency FROM {table} WHERE id = ?", (record_id,))
        if found:
            return str(found)
    for row in reversed(rows):
        pair = json.loads(row["changes"]).get("currency")
        if pair:
            return str(pair[1] or pair[0])
    return ""


def value_text(db: Database, field: str, value: object, currency: str = "") -> str:
    """A stored value as a person reads it; empty for nothing."""
    if value is None or value == "":
        return ""
    if field in _YES_NO and value in (0, 1):
        return translate("history", "yes") if value else translate("history", "no")
    if field in _CODED and isinstance(value, str):
        return code_text(value)
    if field in _NAMES and isinstance(value, int):
        name = db.scalar(_NAMES[field], (value,))
        return f"{name} (#{value})" if name else f"#{value}"
    if field.endswith("_minor") and isinstance(value, int) and is_currency(currency):
        return Money(value, currency).format(current_locale())
    if isinstance(value, str) and value[:1] in "[{" and field in {"emails", "phones", "custom"}:
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            return str(value)
    if isinstance(value, list):
        return ", ".join(_item_text(item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def _item_text(item: object) -> str:
    if isinstance(item, dict):  # an e-mail {label, address} or a phone {label, raw, e164}
        text = str(item.get("address") or item.get("raw") or item.get("e164") or "")
        return f"{text} ({code_text(str(item['label']))})" if item.get("label") else text
    return str(item)

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
from crm_desktop.i18n import current_locale
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

_LABELS = {
    "first_name": "First name",
    "last_name": "Last name",
    "job_title": "Job title",
    "company_id": "Company",
    "contact_id": "Contact",
    "owner_id": "Owner",
    "assignee_id": "Assignee",
    "stage_id": "Stage",
    "pipeline_id": "Pipeline",
    "deal_id": "Deal",
    "ticket_id": "Ticket",
    "order_id": "Order",
    "product_id": "Product",
    "tag_id": "Tag",
    "emails": "E-mails",
    "phones": "Phones",
    "vat_id": "VAT id",
    "value_minor": "Value",
    "total_minor": "Total",
    "unit_price_minor": "Unit price",
    "sla_due_at": "SLA due",
    "deleted_at": "In trash since",
    "custom": "More fields",
    "marketing_consent": "Marketing consent",
}

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
        raise ValidationError.single("kind", f"unknown kind {kind!r} (one of {known})") from None


def field_label(field: str) -> str:
    """A readable name for a column ("first_name" -> "First name")."""
    return _LABELS.get(field) or field.replace("_", " ").capitalize()


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
        return "yes" if value else "no"
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
        return f"{text} ({item['label']})" if item.get("label") else text
    return str(item)

"""Merging two contacts (or two companies) that are one: B into A, in one unit of work.

A keeps its values and fills its blanks from B; it gains B's e-mails, phones,
tags and custom values. Every row that points at B (deals, tickets, orders,
activities, contacts of a company, and whatever table later migrations add
with a foreign key to it) is re-pointed to A, in the trash or not. B goes to
the trash, where it can be seen and restored. Notes are the one field where
both are kept: B's notes are added below A's, as nobody wants a note lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import translate
from crm_desktop.services.companies import _check as check_company
from crm_desktop.services.companies import _entry as company_entry
from crm_desktop.services.companies import put_companies_in_trash
from crm_desktop.services.contact_checks import check_contact, contact_entry
from crm_desktop.services.contact_validation import (
    Checker,
    Errors,
    altered_columns,
    merge_changes,
)
from crm_desktop.services.contacts import put_contacts_in_trash
from crm_desktop.services.related_index import reindex_around_companies, reindex_around_contacts
from crm_desktop.services.tags import record_tag_changes, tags_before
from crm_desktop.storage import search_index
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork

# Columns that are never "filled from B": identity, audit stamps, and the
# lists merged on their own.
_NOT_FILLED = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "created_by",
        "updated_by",
        "version",
        "deleted_at",
        "emails",
        "phones",
        "custom",
        "notes",
        "marketing_consent",
        "consent_at",
        "consent_method",
        "lifecycle_stage",
    }
)
_TABLES = (
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
)
_TAG_KINDS = {"contacts": "contact", "companies": "company"}


def _blank(value: object) -> bool:
    return value is None or value == ""


def merged_values(keep: Mapping[str, Any], other: Mapping[str, Any]) -> dict[str, Any]:
    """The draft of the merged record from two stored rows (decoded as ``merge_changes`` does).

    A's values win; B fills A's blanks; e-mails and phones are A's then B's
    not already there; custom values likewise; notes are both.
    """
    a = merge_changes(keep, {})
    b = merge_changes(other, {})
    result = dict(a)
    for column, value in a.items():
        if column not in _NOT_FILLED and _blank(value) and not _blank(b.get(column)):
            result[column] = b[column]
    known = {e.address.casefold() for e in a["emails"]}
    added = [e for e in b["emails"] if e.address.casefold() not in known]
    result["emails"] = [*a["emails"], *added]
    numbers = {p.e164 for p in a["phones"]}
    result["phones"] = [*a["phones"], *(p for p in b["phones"] if p.e164 not in numbers)]
    result["custom"] = {
        **b["custom"],
        **{k: v for k, v in a["custom"].items() if not _blank(v)},
    }
    notes = [n for n in (a["notes"].strip(), b["notes"].strip()) if n]
    result["notes"] = "\n\n".join(dict.fromkeys(notes))
    if "lifecycle_stage" in a and a["lifecycle_stage"] == "lead":  # the default says nothing
        result["lifecycle_stage"] = b["lifecycle_stage"]
    if "marketing_consent" in a and not a["marketing_consent"] and b["marketing_consent"]:
        for column in ("marketing_consent", "consent_at", "consent_method"):
            result[column] = b[column]
    return result


def _references(uow: UnitOfWork, table: str) -> list[tuple[str, str]]:
    """(table, column) of every foreign key to ``table``, read from the schema itself.

    So a table added by a later migration (with its REFERENCES) is re-pointed too.
    """
    found: list[tuple[str, str]] = []
    for row in uow.query(_TABLES):
        name = str(row["name"])
        for key in uow.query(f"SELECT * FROM pragma_foreign_key_list('{name}')"):
            if key["table"] == table:
                found.append((name, str(key["from"])))
    return found


def _repoint(uow: UnitOfWork, table: str, keep_id: int, other_id: int) -> None:
    """Point every row that references ``other_id`` at ``keep_id``, trashed rows included.

    Each row through ``uow.update`` so it is stamped, versioned and audited.
    """
    for referring, column in _references(uow, table):
        for row in uow.query(f"SELECT id FROM {referring} WHERE {column} = ?", (other_id,)):
            uow.update(referring, int(row["id"]), {column: keep_id}, include_trashed=True)
    _move_taggings(uow, _TAG_KINDS[table], keep_id, other_id)


def _move_taggings(uow: UnitOfWork, kind: str, keep_id: int, other_id: int) -> None:
    """B's tags go to A; a tag both carry stays once (taggings are unique).

    Taggings are links, audited as the records' ``tags`` (``record_tag_changes``).
    """
    rows = uow.query(
        "SELECT id, tag_id, entity_type, entity_id FROM taggings"
        " WHERE entity_type = ? AND entity_id IN (?, ?)",
        (kind, keep_id, other_id),
    )
    before = tags_before(uow, rows)
    held = {int(r["tag_id"]) for r in rows if int(r["entity_id"]) == keep_id}
    for row in rows:
        if int(row["entity_id"]) != other_id:
            continue
        if int(row["tag_id"]) in held:
            uow.execute("DELETE FROM taggings WHERE id = ?", (row["id"],))
            uow.changes.deleted("taggings", [int(row["id"])])
        else:
            uow.update("taggings", int(row["id"]), {"entity_id": keep_id}, include_trashed=True)
    record_tag_changes(uow, before)


def _audit_merge(uow: UnitOfWork, table: str, keep_id: int, other_id: int) -> None:
    """The audit log says which record went into which (action "merge" on both)."""
    uow.record(table, keep_id, "merge", {"merged_from": [None, other_id]})
    uow.record(table, other_id, "merge", {"merged_into": [None, keep_id]})


def _refuse_same(keep_id: int, other_id: int) -> None:
    if int(keep_id) == int(other_id):
        raise ValidationError.single(
            "other_id", translate("duplicates", "a record cannot be merged into itself")
        )


def merge_contacts(db: Database, keep_id: int, other_id: int) -> Changes:
    """Merge contact ``other_id`` into ``keep_id``; the other goes to the trash.

    Raises:
        ValidationError: the same id twice, or the merged contact is not valid.
        NotFoundError: one of them is missing or in the trash.
    """
    _refuse_same(keep_id, other_id)
    with UnitOfWork(db) as uow:
        keep = uow.live_row("contacts", keep_id)
        other = uow.live_row("contacts", other_id)
        draft = merged_values(keep, other)
        errors: Errors = {}
        # A's company, owner and custom values were checked when stored; B's too.
        checked = check_contact(
            Checker(uow, "contact"), draft, errors, frozenset({"company_id", "owner_id", "custom"})
        )
        if errors:
            raise ValidationError(errors)
        uow.update("contacts", keep_id, altered_columns(checked.values, keep))
        _repoint(uow, "contacts", keep_id, other_id)
        put_contacts_in_trash(uow, [other_id])
        _audit_merge(uow, "contacts", keep_id, other_id)
        search_index.put(uow.conn, [contact_entry(keep_id, checked)])
        reindex_around_contacts(uow, [keep_id])
        uow.changes.updated("contacts", [keep_id])
        return uow.commit()


def merge_companies(db: Database, keep_id: int, other_id: int) -> Changes:
    """Merge company ``other_id`` into ``keep_id``: its people, deals, orders... move over.

    Raises:
        ValidationError: the same id twice, or the merged company is not valid.
        NotFoundError: one of them is missing or in the trash.
    """
    _refuse_same(keep_id, other_id)
    with UnitOfWork(db) as uow:
        keep = uow.live_row("companies", keep_id)
        other = uow.live_row("companies", other_id)
        draft = merged_values(keep, other)
        errors: Errors = {}
        checked = check_company(
            Checker(uow, "company"), draft, errors, frozenset({"owner_id", "custom"})
        )
        if errors:
            raise ValidationError(errors)
        uow.update("companies", keep_id, altered_columns(checked.values, keep))
        _repoint(uow, "companies", keep_id, other_id)
        put_companies_in_trash(uow, [other_id])
        _audit_merge(uow, "companies", keep_id, other_id)
        search_index.put(uow.conn, [company_entry(keep_id, checked)])
        reindex_around_companies(uow, [keep_id])
        return uow.commit()


def merge_records(db: Database, entity: str, keep_id: int, other_id: int) -> Changes:
    """``merge_contacts`` or ``merge_companies`` by ``entity`` ("contacts", "companies").

    Raises:
        ValidationError: a bad entity, or as the merge does.
    """
    if entity == "contacts":
        return merge_contacts(db, keep_id, other_id)
    if entity == "companies":
        return merge_companies(db, keep_id, other_id)
    text = translate("duplicates", "{entity} is not contacts or companies")
    raise ValidationError.single("entity", text.format(entity=repr(entity)))


def related_counts(db: Database, entity: str, record_id: int) -> dict[str, int]:
    """How many live rows of each table point at a record: what a merge would move.

    ``{"deals": 3, "tickets": 1, ...}``, tables with none left out.
    """
    counts: dict[str, int] = {}
    for referring, column in _references_in(db, entity):
        count = int(
            db.scalar(
                f"SELECT count(*) FROM {referring} WHERE {column} = ? AND deleted_at IS NULL",
                (record_id,),
            )
        )
        if count:
            counts[referring] = counts.get(referring, 0) + count
    return counts


def _references_in(db: Database, table: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for row in db.query(_TABLES):
        name = str(row["name"])
        for key in db.query(f"SELECT * FROM pragma_foreign_key_list('{name}')"):
            if key["table"] == table:
                found.append((name, str(key["from"])))
    return found

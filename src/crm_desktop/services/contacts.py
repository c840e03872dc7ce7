"""Contacts: create (one or many), read, change, trash and restore them.

Every write keeps the contact's search-index entry in step inside the same
unit of work, and those of its deals and tickets, which hold its name. Lists
and counts for table views are in ``contact_lists.py``.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.contacts import Contact, ContactDraft
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.ids import CompanyId, ContactId, UserId
from crm_desktop.i18n import translate
from crm_desktop.services.contact_checks import (
    COLUMN_DEFAULTS,
    CONTACT_COLUMNS,
    DRAFT_FIELDS,
    CheckedContact,
    check_contact,
    contact_entry,
    index_contacts_of_company,
    stored_contact_entry,
)
from crm_desktop.services.contact_lists import count_contacts, list_contacts
from crm_desktop.services.contact_validation import (
    Checker,
    Errors,
    altered_columns,
    decode_emails,
    decode_phones,
    merge_changes,
    refuse_unknown_fields,
)
from crm_desktop.services.related_index import reindex_around_contacts
from crm_desktop.storage import search_index
from crm_desktop.storage.database import IN_IDS, Database, ids_param
from crm_desktop.storage.unit_of_work import UnitOfWork

__all__ = [
    "count_contacts",
    "create_contact",
    "create_contacts",
    "delete_contact",
    "get_contact",
    "get_contacts",
    "index_contacts_of_company",
    "list_contacts",
    "restore_contact",
    "update_contact",
]

_ROW = itemgetter(*CONTACT_COLUMNS)
# Deals' and tickets' search entries hold these (the contact's name).
_NAME_FIELDS = frozenset({"first_name", "last_name"})
# Bulk imports report the first bad rows, not a message of a million lines.
MAX_BAD_ROWS = 100

_SELECT = (
    "SELECT c.*, co.name AS company, u.name AS owner FROM contacts c"
    " LEFT JOIN companies co ON co.id = c.company_id AND co.deleted_at IS NULL"
    " LEFT JOIN users u ON u.id = c.owner_id"
)


def _without_default_columns(
    rows: list[tuple[object, ...]],
) -> tuple[list[str], list[tuple[object, ...]]]:
    """Leave out the columns every row leaves at the table's default."""
    kept = [
        i
        for i, column in enumerate(CONTACT_COLUMNS)
        # Stops at the first row that sets the column; scans only unused ones.
        if any(row[i] != COLUMN_DEFAULTS[column] for row in rows)
    ]
    if not rows or len(kept) == len(CONTACT_COLUMNS):
        return list(CONTACT_COLUMNS), rows
    if len(kept) == 1:
        return [CONTACT_COLUMNS[kept[0]]], [(row[kept[0]],) for row in rows]
    pick = itemgetter(*kept)
    return [CONTACT_COLUMNS[i] for i in kept], list(map(pick, rows))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Hold Python's cycle collector while a bulk write allocates millions of objects.

    Left on, it walks every draft again and again (a third of the time for
    100,000 contacts); nothing made here holds a reference cycle.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _draft_values(draft: ContactDraft) -> Mapping[str, Any]:
    return vars(draft)  # a dataclass's fields, without copying


def _contact(row: Mapping[str, Any]) -> Contact:
    return Contact(
        id=ContactId(row["id"]),
        first_name=row["first_name"],
        last_name=row["last_name"],
        job_title=row["job_title"],
        company_id=None if row["company_id"] is None else CompanyId(row["company_id"]),
        company=row["company"] or "",
        emails=decode_emails(row["emails"]),
        phones=decode_phones(row["phones"]),
        street=row["street"],
        city=row["city"],
        postcode=row["postcode"],
        region=row["region"],
        country=row["country"],
        birthday=row["birthday"],
        lead_source=row["lead_source"],
        lifecycle_stage=row["lifecycle_stage"],
        owner_id=None if row["owner_id"] is None else UserId(row["owner_id"]),
        owner=row["owner"] or "",
        marketing_consent=bool(row["marketing_consent"]),
        consent_at=row["consent_at"],
        consent_method=row["consent_method"],
        notes=row["notes"],
        custom=json.loads(row["custom"] or "{}"),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        created_by=row["created_by"],
        updated_by=row["updated_by"],
        version=row["version"],
        deleted_at=row["deleted_at"],
    )


# -- reading ------------------------------------------------------------------
def get_contact(db: Database, contact_id: int) -> Contact:
    """The live contact with this id.

    Raises:
        NotFoundError: no such contact, or it is in the trash.
    """
    row = db.query_one(_SELECT + " WHERE c.id = ? AND c.deleted_at IS NULL", (contact_id,))
    if row is None:
        raise NotFoundError("contact", contact_id)
    return _contact(row)


def get_contacts(db: Database, ids: Sequence[int]) -> list[Contact]:
    """The live contacts with these ids, in the order asked, in one query.

    Ids of missing or trashed contacts are left out; an id asked twice comes once.
    """
    rows = db.query(_SELECT + f" WHERE c.id {IN_IDS} AND c.deleted_at IS NULL", (ids_param(ids),))
    by_id = {int(row["id"]): row for row in rows}
    order = dict.fromkeys(int(i) for i in ids)
    return [_contact(by_id[i]) for i in order if i in by_id]


# -- writing ------------------------------------------------------------------
def create_contact(db: Database, draft: ContactDraft) -> Contact:
    """Check, normalise and store one contact.

    Raises:
        ValidationError: naming every bad field (``emails[1]``, ``birthday``, ...).
    """
    with UnitOfWork(db) as uow:
        errors: Errors = {}
        checked = check_contact(Checker(uow, "contact"), _draft_values(draft), errors)
        if errors:
            raise ValidationError(errors)
        contact_id = uow.insert("contacts", checked.values)
        search_index.put(uow.conn, [contact_entry(contact_id, checked)])
        uow.commit()
    return get_contact(db, contact_id)


def create_contacts(db: Database, drafts: Sequence[ContactDraft]) -> list[ContactId]:
    """Store many contacts at once (imports, demo data): all of them or none.

    Everything is checked first, with settings, users, companies and custom
    field definitions read once; then one multi-row insert and one index write.

    Raises:
        ValidationError: keys ``rows[<index>].<field>`` for the first bad rows.
    """
    with _collector_paused(), UnitOfWork(db) as uow:
        checker = Checker(uow, "contact")
        checker.load_companies(d.company_id for d in drafts)
        rows: list[tuple[object, ...]] = []
        checked_rows: list[CheckedContact] = []
        errors: Errors = {}
        bad_rows = 0
        for index, draft in enumerate(drafts):
            row_errors: Errors = {}
            checked = check_contact(checker, _draft_values(draft), row_errors)
            if row_errors:
                bad_rows += 1
                if bad_rows <= MAX_BAD_ROWS:
                    errors.update({f"rows[{index}].{k}": v for k, v in row_errors.items()})
            elif not errors:
                rows.append(_ROW(checked.values))
                checked_rows.append(checked)
        if errors:
            if bad_rows > MAX_BAD_ROWS:
                more = bad_rows - MAX_BAD_ROWS
                errors["rows"] = (
                    translate("validation", "%n more row has errors too", "", more)
                    if more == 1
                    else translate("validation", "%n more rows have errors too", "", more)
                )
            raise ValidationError(errors)
        columns, rows = _without_default_columns(rows)
        ids = uow.insert_many("contacts", columns, rows)
        search_index.put(
            uow.conn, [contact_entry(i, c) for i, c in zip(ids, checked_rows, strict=True)]
        )
        uow.commit()
    return [ContactId(i) for i in ids]


def update_contact(
    db: Database,
    contact_id: int,
    changes: Mapping[str, object],
    expected_version: int | None = None,
) -> Contact:
    """Change some fields of a contact; the whole result is checked again.

    ``changes`` uses ``ContactDraft`` field names and values (``emails`` and
    ``phones`` replace the whole list and are normalised again; ``custom``
    replaces all custom values).

    Raises:
        ValidationError: unknown field names, or bad values in the result.
        NotFoundError: no such contact, or it is in the trash.
        ConflictError: ``expected_version`` is given and the file holds another.
    """
    refuse_unknown_fields(changes, DRAFT_FIELDS, "contact")
    with UnitOfWork(db) as uow:
        current = uow.live_row("contacts", contact_id)
        merged = merge_changes(current, changes)
        errors: Errors = {}
        keep = frozenset({"company_id", "owner_id", "custom"} - set(changes))
        checked = check_contact(Checker(uow, "contact"), merged, errors, keep)
        if errors:
            raise ValidationError(errors)
        altered = altered_columns(checked.values, current)
        uow.update("contacts", contact_id, altered, expected_version)
        search_index.put(uow.conn, [contact_entry(contact_id, checked)])
        if _NAME_FIELDS & altered.keys():
            reindex_around_contacts(uow, [contact_id])
        uow.commit()
    return get_contact(db, contact_id)


def put_contacts_in_trash(
    uow: UnitOfWork, ids: Sequence[int], expected_version: int | None = None
) -> None:
    """Trash contacts inside ``uow``, taking them and their names out of the index.

    Raises:
        NotFoundError: one is missing or in the trash already.
        ConflictError: ``expected_version`` is given and the file holds another.
    """
    for contact_id in ids:
        uow.soft_delete("contacts", contact_id, expected_version)
    search_index.remove(uow.conn, "contact", ids)
    reindex_around_contacts(uow, ids)


def take_contacts_from_trash(uow: UnitOfWork, ids: Sequence[int]) -> None:
    """Restore contacts inside ``uow``, with their search entries and their names in others.

    Raises:
        NotFoundError: one is not in the trash.
    """
    for contact_id in ids:
        uow.restore("contacts", contact_id)
    rows = uow.query(
        "SELECT c.*, co.name AS company FROM contacts c LEFT JOIN companies co"
        f" ON co.id = c.company_id AND co.deleted_at IS NULL WHERE c.id {IN_IDS}",
        (ids_param(ids),),
    )
    search_index.put(uow.conn, [stored_contact_entry(row, row["company"] or "") for row in rows])
    reindex_around_contacts(uow, ids)


def delete_contact(db: Database, contact_id: int, expected_version: int | None = None) -> Changes:
    """Move a contact to the trash; ``restore_contact`` brings it back.

    Raises:
        NotFoundError: no such live contact.
        ConflictError: ``expected_version`` is given and the file holds another.
    """
    with UnitOfWork(db) as uow:
        put_contacts_in_trash(uow, [contact_id], expected_version)
        return uow.commit()


def restore_contact(db: Database, contact_id: int) -> Contact:
    """Bring a contact back from the trash, with its search entry.

    Raises:
        NotFoundError: no contact with this id in the trash.
    """
    with UnitOfWork(db) as uow:
        take_contacts_from_trash(uow, [contact_id])
        uow.commit()
    return get_contact(db, contact_id)

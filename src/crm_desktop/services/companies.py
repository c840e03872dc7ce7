"""Companies: create, find by name, read, change, trash and restore them.

The search entries of a company's contacts, deals and tickets hold its name,
so renaming, trashing or restoring a company rewrites them in the same unit of
work (``related_index.py``).
Lists and counts for table views are in ``company_lists.py``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.companies import Company, CompanyDraft
from crm_desktop.domain.contact_points import EmailAddress, PhoneNumber
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.ids import CompanyId, UserId
from crm_desktop.i18n import translate
from crm_desktop.services.company_lists import count_companies, list_companies
from crm_desktop.services.contact_validation import (
    Checker,
    Errors,
    altered_columns,
    decode_emails,
    decode_phones,
    emails_json,
    merge_changes,
    phones_json,
    refuse_unknown_fields,
    stored_phone_tokens,
    to_json,
)
from crm_desktop.services.related_index import reindex_around_companies
from crm_desktop.storage import search_index
from crm_desktop.storage.database import IN_IDS, Database, ids_param
from crm_desktop.storage.search_index import IndexEntry
from crm_desktop.storage.unit_of_work import UnitOfWork

__all__ = [
    "count_companies",
    "create_company",
    "delete_company",
    "find_company_by_name",
    "find_or_create_company",
    "get_companies",
    "get_company",
    "list_companies",
    "restore_company",
    "stored_company_entry",
    "update_company",
]

DRAFT_FIELDS = frozenset(f.name for f in fields(CompanyDraft))
_TEXT_FIELDS = ("name", "industry", "street", "city", "postcode", "region", "notes")
_WEBSITE = re.compile(r"^(?:https?://)?[^\s/.]+(?:\.[^\s/.]+)+(?:[/?#]\S*)?$", re.IGNORECASE)
_VAT_SEPARATORS = re.compile(r"[\s.\-/]")
_VAT = re.compile(r"^[A-Z0-9]{2,20}$")

_SELECT = "SELECT co.*, u.name AS owner FROM companies co LEFT JOIN users u ON u.id = co.owner_id"


@dataclass
class _Checked:
    values: dict[str, object]  # column -> value as stored
    emails: list[EmailAddress]
    phone_tokens: list[str]
    phones: list[PhoneNumber] = field(default_factory=list)  # as for contacts


def _website(value: object, errors: Errors) -> str:
    text = Checker.text(value, "website", errors)
    if text and not _WEBSITE.match(text):
        errors["website"] = translate(
            "validation", "{address} is not a web address such as www.example.com"
        ).format(address=repr(text))
    return text


def _vat_id(value: object, errors: Errors) -> str:
    """VAT numbers stay text ("IT01234567890": leading zeros matter), spaces dropped."""
    text = _VAT_SEPARATORS.sub("", Checker.text(value, "vat_id", errors)).upper()
    if text and not _VAT.match(text):
        errors["vat_id"] = translate(
            "validation", "a VAT number holds 2 to 20 letters and digits, e.g. IT01234567890"
        )
    return text


def _check(
    checker: Checker,
    draft: Mapping[str, Any],
    errors: Errors,
    keep: frozenset[str] = frozenset(),
) -> _Checked:
    """Check and normalise a company draft; ``keep`` as for contacts (owner_id, custom)."""
    values: dict[str, object] = {
        column: checker.text(draft[column], column, errors) for column in _TEXT_FIELDS
    }
    if not values["name"] and "name" not in errors:
        errors["name"] = translate("validation", "a company name is required")
    values["website"] = _website(draft["website"], errors)
    emails = checker.emails(draft["emails"], errors)
    phones, tokens = checker.phones(draft["phones"], errors)
    values["emails"] = emails_json(emails)
    values["phones"] = phones_json(phones)
    values["country"] = checker.country(draft["country"], "country", errors)
    values["vat_id"] = _vat_id(draft["vat_id"], errors)
    if "owner_id" in keep:
        values["owner_id"] = draft["owner_id"]
    else:
        values["owner_id"], _ = checker.reference(draft["owner_id"], "owner_id", "user", errors)
    custom = draft["custom"] if "custom" in keep else checker.custom(draft["custom"], errors)
    values["custom"] = to_json(custom) if custom else "{}"
    return _Checked(values, emails, tokens, phones)


def _entry(company_id: int, checked: _Checked) -> IndexEntry:
    v = checked.values
    return IndexEntry(
        kind="company",
        record_id=company_id,
        title=str(v["name"]),
        texts=(
            *(e.address for e in checked.emails),
            str(v["website"]),
            str(v["city"]),
            str(v["vat_id"]),
            str(v["industry"]),
            str(v["notes"]),
        ),
        phone_tokens=checked.phone_tokens,
    )


def stored_company_entry(row: Mapping[str, Any]) -> IndexEntry:
    """The index entry of a company as stored (after a restore)."""
    emails = list(decode_emails(row["emails"]))
    checked = _Checked(dict(row), emails, stored_phone_tokens(row["phones"]))
    return _entry(int(row["id"]), checked)


def _company(row: Mapping[str, Any]) -> Company:
    return Company(
        id=CompanyId(row["id"]),
        name=row["name"],
        industry=row["industry"],
        website=row["website"],
        emails=decode_emails(row["emails"]),
        phones=decode_phones(row["phones"]),
        street=row["street"],
        city=row["city"],
        postcode=row["postcode"],
        region=row["region"],
        country=row["country"],
        vat_id=row["vat_id"],
        owner_id=None if row["owner_id"] is None else UserId(row["owner_id"]),
        owner=row["owner"] or "",
        notes=row["notes"],
        custom=json.loads(row["custom"] or "{}"),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        created_by=row["created_by"],
        updated_by=row["updated_by"],
        version=row["version"],
        deleted_at=row["deleted_at"],
    )


def _name_key(name: str) -> str:
    """What two names share when they are "the same" company: case and spacing aside."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


# -- reading ------------------------------------------------------------------
def get_company(db: Database, company_id: int) -> Company:
    """The live company with this id.

    Raises:
        NotFoundError: no such company, or it is in the trash.
    """
    row = db.query_one(_SELECT + " WHERE co.id = ? AND co.deleted_at IS NULL", (company_id,))
    if row is None:
        raise NotFoundError("company", company_id)
    return _company(row)


def get_companies(db: Database, ids: Sequence[int]) -> list[Company]:
    """The live companies with these ids, in the order asked, in one query.

    Ids of missing or trashed companies are left out; an id asked twice comes once.
    """
    rows = db.query(_SELECT + f" WHERE co.id {IN_IDS} AND co.deleted_at IS NULL", (ids_param(ids),))
    by_id = {int(row["id"]): row for row in rows}
    order = dict.fromkeys(int(i) for i in ids)
    return [_company(by_id[i]) for i in order if i in by_id]


def find_company_by_name(db: Database, name: str) -> Company | None:
    """The oldest live company called ``name``, ignoring letter case and spacing."""
    key = _name_key(name)
    if not key:
        return None
    # The index answers the usual case; NOCASE folds ASCII only, so on a miss
    # compare every name the way Python folds case ("ÅBERG AB" = "Åberg AB").
    row = db.query_one(
        "SELECT id FROM companies WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE"
        " ORDER BY id LIMIT 1",
        (" ".join(name.split()),),
    )
    if row is None:
        rows = db.query("SELECT id, name FROM companies WHERE deleted_at IS NULL ORDER BY id")
        row = next((r for r in rows if _name_key(r["name"]) == key), None)
    return None if row is None else get_company(db, row["id"])


def find_or_create_company(db: Database, name: str) -> Company:
    """The company called ``name`` (see ``find_company_by_name``), created if there is none.

    Raises:
        ValidationError: ``name`` is empty.
    """
    found = find_company_by_name(db, name)
    return found if found is not None else create_company(db, CompanyDraft(name=name))


# -- writing ------------------------------------------------------------------
def create_company(db: Database, draft: CompanyDraft) -> Company:
    """Check, normalise and store a company.

    Raises:
        ValidationError: naming every bad field (``name``, ``country``, ``phones[0]``, ...).
    """
    with UnitOfWork(db) as uow:
        errors: Errors = {}
        checked = _check(Checker(uow, "company"), vars(draft), errors)
        if errors:
            raise ValidationError(errors)
        company_id = uow.insert("companies", checked.values)
        search_index.put(uow.conn, [_entry(company_id, checked)])
        uow.commit()
    return get_company(db, company_id)


def update_company(
    db: Database,
    company_id: int,
    changes: Mapping[str, object],
    expected_version: int | None = None,
) -> Company:
    """Change some fields of a company; the whole result is checked again.

    ``changes`` uses ``CompanyDraft`` field names. A new name is written into
    the search entries of the company's contacts, deals and tickets too.

    Raises:
        ValidationError: unknown field names, or bad values in the result.
        NotFoundError: no such company, or it is in the trash.
        ConflictError: ``expected_version`` is given and the file holds another.
    """
    refuse_unknown_fields(changes, DRAFT_FIELDS, "company")
    with UnitOfWork(db) as uow:
        current = uow.live_row("companies", company_id)
        merged = merge_changes(current, changes)
        errors: Errors = {}
        keep = frozenset({"owner_id", "custom"} - set(changes))
        checked = _check(Checker(uow, "company"), merged, errors, keep)
        if errors:
            raise ValidationError(errors)
        altered = altered_columns(checked.values, current)
        uow.update("companies", company_id, altered, expected_version)
        search_index.put(uow.conn, [_entry(company_id, checked)])
        if "name" in altered:
            reindex_around_companies(uow, [company_id])
        uow.commit()
    return get_company(db, company_id)


def put_companies_in_trash(
    uow: UnitOfWork, ids: Sequence[int], expected_version: int | None = None
) -> None:
    """Trash companies inside ``uow``; their contacts', deals' and tickets' entries lose the name.

    Raises:
        NotFoundError: one is missing or in the trash already.
        ConflictError: ``expected_version`` is given and the file holds another.
    """
    for company_id in ids:
        uow.soft_delete("companies", company_id, expected_version)
    search_index.remove(uow.conn, "company", ids)
    reindex_around_companies(uow, ids)


def take_companies_from_trash(uow: UnitOfWork, ids: Sequence[int]) -> None:
    """Restore companies inside ``uow``, with their entries and their names in others.

    Raises:
        NotFoundError: one is not in the trash.
    """
    for company_id in ids:
        uow.restore("companies", company_id)
    rows = uow.query(f"SELECT * FROM companies WHERE id {IN_IDS}", (ids_param(ids),))
    search_index.put(uow.conn, [stored_company_entry(row) for row in rows])
    reindex_around_companies(uow, ids)


def delete_company(db: Database, company_id: int, expected_version: int | None = None) -> Changes:
    """Move a company to the trash; its contacts stay, showing no company until restored.

    Raises:
        NotFoundError: no such live company.
        ConflictError: ``expected_version`` is given and the file holds another.
    """
    with UnitOfWork(db) as uow:
        put_companies_in_trash(uow, [company_id], expected_version)
        return uow.commit()


def restore_company(db: Database, company_id: int) -> Company:
    """Bring a company back from the trash, with its and its contacts' search entries.

    Raises:
        NotFoundError: no company with this id in the trash.
    """
    with UnitOfWork(db) as uow:
        take_companies_from_trash(uow, [company_id])
        uow.commit()
    return get_company(db, company_id)


# -- for bulk writers (imports) ----------------------------------------------
CheckedCompany = _Checked


def check_company(checker: Checker, draft: Mapping[str, Any], errors: Errors) -> CheckedCompany:
    """Check and normalise a company draft (all ``CompanyDraft`` fields) as forms do."""
    return _check(checker, draft, errors)


def company_entry(company_id: int, checked: CheckedCompany) -> IndexEntry:
    """The search-index entry of a checked company."""
    return _entry(company_id, checked)

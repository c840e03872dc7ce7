"""Checking contact drafts and writing their search-index entries.

Shared by the single and bulk writes of ``contacts.py`` and by ``companies.py``
(a contact's entry holds its company's name).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from crm_desktop.domain.contact_points import EmailAddress, PhoneNumber
from crm_desktop.domain.contacts import LIFECYCLE_STAGES, ContactDraft, contact_title
from crm_desktop.i18n import translate
from crm_desktop.services.contact_validation import (
    Checker,
    Errors,
    decode_emails,
    emails_json,
    phones_json,
    stored_phone_tokens,
    to_json,
)
from crm_desktop.storage import search_index
from crm_desktop.storage.search_index import IndexEntry
from crm_desktop.storage.unit_of_work import UnitOfWork

# The columns a draft fills, in the order bulk inserts give them.
CONTACT_COLUMNS = tuple(f.name for f in fields(ContactDraft))
DRAFT_FIELDS = frozenset(CONTACT_COLUMNS)
TEXT_FIELDS = (
    "first_name",
    "last_name",
    "job_title",
    "street",
    "city",
    "postcode",
    "region",
    "lead_source",
    "notes",
)
# What the table holds when a column is not given: bulk inserts leave out
# columns no row sets (fewer values to convert and bind).
COLUMN_DEFAULTS: dict[str, object] = {
    **dict.fromkeys(TEXT_FIELDS, ""),
    "consent_method": "",
    "country": "",
    "emails": "[]",
    "phones": "[]",
    "custom": "{}",
    "lifecycle_stage": "lead",
    "marketing_consent": 0,
    "company_id": None,
    "owner_id": None,
    "birthday": None,
    "consent_at": None,
}


@dataclass
class CheckedContact:
    """A draft checked and normalised: its columns, and what its index entry needs."""

    values: dict[str, object]  # column -> value as stored
    emails: list[EmailAddress]
    company: str
    phone_tokens: list[str]
    # The checked phones (bulk imports find duplicates by them without decoding the JSON).
    phones: list[PhoneNumber] = field(default_factory=list)


def check_contact(
    checker: Checker,
    draft: Mapping[str, Any],
    errors: Errors,
    keep: frozenset[str] = frozenset(),
) -> CheckedContact:
    """Check and normalise a draft's fields, noting every problem in ``errors``.

    Fields named in ``keep`` (company_id, owner_id, custom) are taken as
    stored: an update that leaves them alone must not fail because the company
    went to the trash or a custom field was removed since.
    """
    values: dict[str, object] = {}
    for column in TEXT_FIELDS:
        value = draft[column]
        # Inline for the common case: bulk imports call this 100,000 times.
        values[column] = (
            value.strip() if type(value) is str else checker.text(value, column, errors)
        )
    emails = checker.emails(draft["emails"], errors)
    phones, tokens = checker.phones(draft["phones"], errors)
    values["emails"] = emails_json(emails)
    values["phones"] = phones_json(phones)
    named = values["first_name"] or values["last_name"] or emails
    # A bad e-mail is reported as such; the "name or e-mail" rule only when none was typed.
    if not named and not any(k.startswith("emails") for k in errors):
        errors["first_name"] = translate(
            "validation", "give a first name, a last name or an e-mail address"
        )
    values["country"] = checker.country(draft["country"], "country", errors)
    values["birthday"] = checker.date(draft["birthday"], "birthday", errors, past=True)
    values["lifecycle_stage"] = checker.choice(
        draft["lifecycle_stage"], LIFECYCLE_STAGES, "lifecycle_stage", errors
    )
    if "company_id" in keep:
        values["company_id"] = kept_id = draft["company_id"]
        company = (checker.company_name(kept_id) or "") if kept_id is not None else ""
    else:
        values["company_id"], company = checker.reference(
            draft["company_id"], "company_id", "company", errors
        )
    if "owner_id" in keep:
        values["owner_id"] = draft["owner_id"]
    else:
        values["owner_id"], _ = checker.reference(draft["owner_id"], "owner_id", "user", errors)
    consent = checker.yes_no(draft["marketing_consent"], "marketing_consent", errors)
    values["marketing_consent"] = int(consent)
    if consent:
        given = checker.moment(draft["consent_at"], "consent_at", errors)
        values["consent_at"] = given or checker.now
        values["consent_method"] = checker.text(draft["consent_method"], "consent_method", errors)
    else:
        # No consent: nothing to prove, so no date or method either.
        values["consent_at"] = None
        values["consent_method"] = ""
    custom = draft["custom"] if "custom" in keep else checker.custom(draft["custom"], errors)
    values["custom"] = to_json(custom) if custom else "{}"
    return CheckedContact(values, emails, company, tokens, phones)


def contact_entry(contact_id: int, checked: CheckedContact) -> IndexEntry:
    v = checked.values
    first, last = str(v["first_name"]), str(v["last_name"])
    return IndexEntry(
        kind="contact",
        record_id=contact_id,
        title=contact_title(first, last, checked.emails),
        texts=(
            *(e.address for e in checked.emails),
            str(v["job_title"]),
            checked.company,
            str(v["city"]),
            str(v["notes"]),
        ),
        phone_tokens=checked.phone_tokens,
    )


def stored_contact_entry(row: Mapping[str, Any], company: str) -> IndexEntry:
    """The index entry of a contact as stored (after restore or a company rename)."""
    emails = list(decode_emails(row["emails"]))
    checked = CheckedContact(dict(row), emails, company, stored_phone_tokens(row["phones"]))
    return contact_entry(int(row["id"]), checked)


def index_contacts_of_company(uow: UnitOfWork, company_id: int, company: str) -> int:
    """Rewrite the index entries of a company's live contacts; returns how many.

    For ``services/companies.py``: a contact's entry holds its company's name.
    """
    rows = uow.query(
        "SELECT * FROM contacts WHERE company_id = ? AND deleted_at IS NULL", (company_id,)
    )
    search_index.put(uow.conn, [stored_contact_entry(row, company) for row in rows])
    return len(rows)

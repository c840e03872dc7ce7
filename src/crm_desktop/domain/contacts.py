"""Contacts: the people a business deals with, as drafts, records and table rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from crm_desktop.domain.contact_points import EmailAddress, PhoneNumber
from crm_desktop.domain.ids import CompanyId, ContactId, UserId
from crm_desktop.domain.saved_views import ViewFilter
from crm_desktop.i18n import QT_TRANSLATE_NOOP

LIFECYCLE_STAGES = ("lead", "prospect", "customer", "former")
# Suggestions for forms; any short text is accepted (and stored as typed, so a form
# offers ``translate("contacts", method)``: what the user picks is their own text).
CONSENT_METHODS = (
    QT_TRANSLATE_NOOP("contacts", "web form"),
    QT_TRANSLATE_NOOP("contacts", "in person"),
    QT_TRANSLATE_NOOP("contacts", "e-mail"),
    QT_TRANSLATE_NOOP("contacts", "phone"),
    QT_TRANSLATE_NOOP("contacts", "paper form"),
    QT_TRANSLATE_NOOP("contacts", "import"),
)

# What a form or an import may give for one e-mail: "a@b.it", ("home", "a@b.it")
# as (label, address), or an EmailAddress. Phones likewise, (label, typed number).
EmailInput = str | tuple[str, str] | EmailAddress
PhoneInput = str | tuple[str, str] | PhoneNumber

# Columns a contact list can be sorted by (the SQL lives in services/contacts.py).
CONTACT_SORTS = (
    "last_name",
    "first_name",
    "company",
    "email",
    "city",
    "country",
    "lifecycle_stage",
    "owner",
    "created_at",
    "updated_at",
)


@dataclass(frozen=True)
class ContactDraft:
    """A contact as the user typed it, before checking and normalising.

    At least one of ``first_name``, ``last_name`` or an e-mail is required.
    ``owner_id`` None leaves the contact unassigned. ``marketing_consent``
    takes a bool or "yes"/"no"; when yes, ``consent_at`` defaults to now.
    """

    first_name: str = ""
    last_name: str = ""
    job_title: str = ""
    company_id: int | None = None
    emails: Sequence[EmailInput] = ()
    phones: Sequence[PhoneInput] = ()
    street: str = ""
    city: str = ""
    postcode: str = ""
    region: str = ""
    country: str = ""  # ISO 3166 alpha-2 ("IT", "se" is upper-cased)
    birthday: str | date | None = None  # "YYYY-MM-DD"
    lead_source: str = ""
    lifecycle_stage: str = "lead"
    owner_id: int | None = None
    marketing_consent: bool | str = False
    consent_at: str | None = None  # UTC "YYYY-MM-DDTHH:MM:SSZ"
    consent_method: str = ""
    notes: str = ""
    custom: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Contact:
    """A stored contact, with its company's and owner's names for display."""

    id: ContactId
    first_name: str
    last_name: str
    job_title: str
    company_id: CompanyId | None
    company: str  # the company's name, "" when none (or it is in the trash)
    emails: tuple[EmailAddress, ...]
    phones: tuple[PhoneNumber, ...]
    street: str
    city: str
    postcode: str
    region: str
    country: str
    birthday: str | None
    lead_source: str
    lifecycle_stage: str
    owner_id: UserId | None
    owner: str  # the owner's name, "" when unassigned
    marketing_consent: bool
    consent_at: str | None
    consent_method: str
    notes: str
    custom: dict[str, object]
    created_at: str
    updated_at: str
    created_by: str
    updated_by: str
    version: int
    deleted_at: str | None = None

    @property
    def name(self) -> str:
        """The full name ("First Last"), or the first e-mail when there is no name."""
        return contact_title(self.first_name, self.last_name, self.emails)

    @property
    def primary_email(self) -> str:
        return self.emails[0].address if self.emails else ""

    @property
    def primary_phone(self) -> str:
        return self.phones[0].raw if self.phones else ""


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact table: light, read straight from SQL."""

    id: ContactId
    first_name: str
    last_name: str
    company: str
    primary_email: str
    primary_phone: str  # as typed
    city: str
    country: str
    lifecycle_stage: str
    owner: str
    updated_at: str

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p) or self.primary_email


@dataclass(frozen=True)
class ContactFilter:
    """What a contact list shows; empty fields do not filter.

    ``text`` matches names and e-mails (a plain substring match; the ranked
    search is ``services/search.py``). ``tag`` is a tag name, any letter case.
    ``ids``, when not None, keeps only those contacts (a view re-reading the
    few rows a change touched).
    """

    text: str = ""
    lifecycle_stage: str | None = None
    owner_id: int | None = None
    country: str | None = None
    company_id: int | None = None
    tag: str | None = None
    include_deleted: bool = False
    ids: tuple[int, ...] | None = None
    view: ViewFilter | None = None  # a saved view's filter ("smart list")


def contact_title(first_name: str, last_name: str, emails: Sequence[EmailAddress]) -> str:
    name = " ".join(p for p in (first_name, last_name) if p)
    if name:
        return name
    return emails[0].address if emails else ""

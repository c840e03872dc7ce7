"""Companies: the organisations contacts work for, as drafts, records and table rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from crm_desktop.domain.contact_points import EmailAddress, PhoneNumber
from crm_desktop.domain.contacts import EmailInput, PhoneInput
from crm_desktop.domain.ids import CompanyId, UserId
from crm_desktop.domain.saved_views import ViewFilter

# Columns a company list can be sorted by (the SQL lives in services/companies.py).
COMPANY_SORTS = (
    "name",
    "industry",
    "city",
    "country",
    "owner",
    "contact_count",
    "created_at",
    "updated_at",
)


@dataclass(frozen=True)
class CompanyDraft:
    """A company as the user typed it. Only ``name`` is required.

    ``vat_id`` stays text: an Italian partita IVA may start with zeros.
    """

    name: str = ""
    industry: str = ""
    website: str = ""
    emails: Sequence[EmailInput] = ()
    phones: Sequence[PhoneInput] = ()
    street: str = ""
    city: str = ""
    postcode: str = ""
    region: str = ""
    country: str = ""  # ISO 3166 alpha-2
    vat_id: str = ""
    owner_id: int | None = None
    notes: str = ""
    custom: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Company:
    id: CompanyId
    name: str
    industry: str
    website: str
    emails: tuple[EmailAddress, ...]
    phones: tuple[PhoneNumber, ...]
    street: str
    city: str
    postcode: str
    region: str
    country: str
    vat_id: str
    owner_id: UserId | None
    owner: str  # the owner's name, "" when unassigned
    notes: str
    custom: dict[str, object]
    created_at: str
    updated_at: str
    created_by: str
    updated_by: str
    version: int
    deleted_at: str | None = None


@dataclass(frozen=True)
class CompanyRow:
    """One line of the company table, read straight from SQL."""

    id: CompanyId
    name: str
    industry: str
    primary_email: str
    primary_phone: str  # as typed
    city: str
    country: str
    owner: str
    contact_count: int  # live contacts working there
    updated_at: str


@dataclass(frozen=True)
class CompanyFilter:
    """What a company list shows; empty fields do not filter.

    ``text`` is a substring of the name, an e-mail, the website or the VAT id.
    ``ids``, when not None, keeps only those companies.
    """

    text: str = ""
    industry: str | None = None
    owner_id: int | None = None
    country: str | None = None
    tag: str | None = None
    include_deleted: bool = False
    ids: tuple[int, ...] | None = None
    view: ViewFilter | None = None  # a saved view's filter ("smart list")

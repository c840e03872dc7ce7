"""Support tickets and their message thread: plain data and time arithmetic."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from crm_desktop.domain.ids import CompanyId, ContactId, TicketId, UserId
from crm_desktop.domain.saved_views import ViewFilter

STATUSES = ("new", "open", "pending", "resolved", "closed")
# Statuses in which the SLA clock still runs; the others are finished.
ACTIVE_STATUSES = ("new", "open", "pending")
FINISHED_STATUSES = ("resolved", "closed")
PRIORITIES = ("low", "normal", "high", "urgent")
CHANNELS = ("email", "phone", "web", "in_person")
MESSAGE_KINDS = ("incoming", "reply", "note")

_ISO = "%Y-%m-%dT%H:%M:%SZ"


def parse_utc(text: str) -> datetime:
    """The aware datetime of a stored timestamp ("2024-05-01T09:30:00Z")."""
    return datetime.strptime(text, _ISO).replace(tzinfo=UTC)


def format_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_ISO)


def sla_due_at(created_at: str, hours: int) -> str:
    """When a ticket created at ``created_at`` must be resolved by."""
    return format_utc(parse_utc(created_at) + timedelta(hours=hours))


def seconds_between(start: str, end: str | None) -> int | None:
    if end is None:
        return None
    return int((parse_utc(end) - parse_utc(start)).total_seconds())


def is_overdue(status: str, sla_due: str, now: str) -> bool:
    """Past its SLA due time and not yet resolved or closed (timestamps compare as text)."""
    return status in ACTIVE_STATUSES and sla_due < now


def status_stamps(
    status: str, resolved_at: str | None, closed_at: str | None, now: str
) -> dict[str, str | None]:
    """The ``resolved_at`` / ``closed_at`` values that go with moving to ``status``.

    Resolving stamps ``resolved_at``; closing stamps ``closed_at`` and also
    ``resolved_at`` if it was never resolved; going back to new, open or
    pending clears both. Stamps already there are kept.
    """
    if status == "resolved":
        return {"resolved_at": resolved_at or now, "closed_at": None}
    if status == "closed":
        return {"resolved_at": resolved_at or now, "closed_at": closed_at or now}
    return {"resolved_at": None, "closed_at": None}


@dataclass(frozen=True)
class TicketDraft:
    """What a user fills in to open a ticket."""

    subject: str
    description: str = ""
    contact_id: int | None = None
    # Left empty with a contact given, the contact's company is used.
    company_id: int | None = None
    priority: str = "normal"
    channel: str = "email"
    assignee_id: int | None = None


@dataclass(frozen=True)
class Ticket:
    id: TicketId
    subject: str
    description: str
    contact_id: ContactId | None
    company_id: CompanyId | None
    status: str
    priority: str
    channel: str
    assignee_id: UserId | None
    sla_due_at: str
    first_response_at: str | None
    resolved_at: str | None
    closed_at: str | None
    custom: dict[str, object]
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str
    version: int
    deleted_at: str | None
    # Read-side conveniences.
    contact: str  # the contact's name, "" if none
    company: str  # the company's name, "" if none
    assignee: str  # the assignee's user name, "" if unassigned
    is_overdue: bool
    first_response_seconds: int | None  # from creation to the first reply
    resolution_seconds: int | None  # from creation to resolution
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class TicketMessage:
    id: int
    ticket_id: TicketId
    kind: str  # incoming (from the customer), reply (to the customer), note (internal)
    author: str
    body: str
    created_at: str
    created_by: str


@dataclass(frozen=True)
class TicketRow:
    """One line of the ticket queue."""

    id: TicketId
    subject: str
    status: str
    priority: str
    channel: str
    contact_id: ContactId | None
    contact: str
    company_id: CompanyId | None
    company: str
    assignee_id: UserId | None
    assignee: str
    sla_due_at: str
    is_overdue: bool
    created_at: str
    updated_at: str
    version: int
    deleted_at: str | None


@dataclass(frozen=True)
class TicketFilter:
    """Which tickets a queue shows; empty fields do not filter.

    ``status`` and ``priority`` take one value or several.
    """

    status: str | Sequence[str] | None = None
    priority: str | Sequence[str] | None = None
    assignee_id: int | None = None
    unassigned: bool = False
    contact_id: int | None = None
    company_id: int | None = None
    overdue: bool = False
    tag: str | None = None
    include_deleted: bool = False
    # UTC days, YYYY-MM-DD, both ends included.
    created_from: str | None = None
    created_to: str | None = None
    resolved_from: str | None = None
    resolved_to: str | None = None
    # Resolved later than the SLA hours of the settings, or unresolved past them
    # (the rule of services/ticket_figures.py, so a list matches its count).
    sla_breached: bool = False
    view: ViewFilter | None = None  # a saved view's filter ("smart list")

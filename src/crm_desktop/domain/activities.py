"""Activities (calls, meetings, e-mails, notes, tasks) and the task list: plain data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from crm_desktop.domain.ids import ActivityId, CompanyId, ContactId, DealId, TicketId, UserId
from crm_desktop.i18n import translate

KINDS = ("call", "meeting", "email", "note", "task")
# Only these have a due time; a meeting must have one.
KINDS_WITH_DUE = ("task", "meeting")
# The record kinds an activity can be linked to, most specific first: a task
# row opens the first of them that is set.
LINKS = ("ticket_id", "deal_id", "contact_id", "company_id")
TASK_BUCKETS = ("overdue", "today", "upcoming", "all_open", "done")


def normalise_timestamp(text: str) -> str:
    """Any ISO-8601 time with a zone, as the stored UTC form "YYYY-MM-DDTHH:MM:SSZ".

    Raises:
        ValueError: not an ISO-8601 date and time, or without a time zone;
            the message is fit to show.
    """
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            translate("validation", "must be a date and time like 2024-05-01T09:30:00Z")
        ) from None
    if moment.tzinfo is None:
        raise ValueError(translate("validation", "must include a time zone (Z for UTC)"))
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class ActivityDraft:
    """What a user fills in to log an activity or add a task."""

    kind: str
    subject: str = ""
    body: str = ""
    due_at: str | None = None  # tasks and meetings only; UTC ISO-8601
    owner_id: int | None = None  # defaults to the current user
    contact_id: int | None = None
    company_id: int | None = None
    deal_id: int | None = None
    ticket_id: int | None = None


@dataclass(frozen=True)
class Activity:
    id: ActivityId
    kind: str
    subject: str
    body: str
    due_at: str | None
    done_at: str | None
    owner_id: UserId | None
    contact_id: ContactId | None
    company_id: CompanyId | None
    deal_id: DealId | None
    ticket_id: TicketId | None
    created_at: str
    created_by: str
    updated_at: str
    version: int
    deleted_at: str | None
    # Read-side conveniences: names of the owner and of the linked records ("" if none).
    owner: str = ""
    contact: str = ""
    company: str = ""
    deal: str = ""
    ticket: str = ""


@dataclass(frozen=True)
class TaskRow:
    """One line of the task list, with the record it is about so a GUI can open it."""

    id: ActivityId
    subject: str
    body: str
    due_at: str | None
    done_at: str | None
    owner_id: UserId | None
    owner: str
    # The most specific linked record (ticket, deal, contact, company), or
    # None / None / "" for a task about nothing in particular.
    linked_type: str | None
    linked_id: int | None
    linked_title: str
    is_overdue: bool
    version: int

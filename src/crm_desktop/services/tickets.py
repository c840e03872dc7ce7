"""Support tickets: open, answer, resolve and list them, with SLA due times.

A ticket's SLA due time is its creation time plus the hours the business
settings give its priority; it is recomputed from the creation time whenever
the priority changes. A ticket is overdue while it is new, open or pending
past that time. The thread (customer messages, replies, internal notes) lives
in ``ticket_messages``; the first reply stamps ``first_response_at``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import NotFoundError, ValidationError, one_of
from crm_desktop.domain.ids import CompanyId, ContactId, TicketId, UserId
from crm_desktop.domain.tickets import (
    ACTIVE_STATUSES,
    CHANNELS,
    PRIORITIES,
    STATUSES,
    Ticket,
    TicketDraft,
    TicketFilter,
    TicketRow,
    is_overdue,
    seconds_between,
    sla_due_at,
    status_stamps,
)
from crm_desktop.i18n import translate
from crm_desktop.services.orders import today
from crm_desktop.services.settings import get_settings
from crm_desktop.services.sorting import ordering, parse_sort
from crm_desktop.services.tags import find_tag, tagged_condition, tags_for
from crm_desktop.services.ticket_filters import breached_condition, day_clauses
from crm_desktop.services.ticket_thread import (
    add_incoming,
    add_note,
    add_reply,
    ticket_thread,
)
from crm_desktop.services.users import current_user
from crm_desktop.services.view_filters import filter_sql
from crm_desktop.storage import search_index
from crm_desktop.storage.database import Database, Query
from crm_desktop.storage.search_index import IndexEntry
from crm_desktop.storage.unit_of_work import UnitOfWork

__all__ = [
    "EDITABLE",
    "SORTS",
    "add_incoming",
    "add_note",
    "add_reply",
    "count_tickets",
    "create_ticket",
    "delete_ticket",
    "get_ticket",
    "list_tickets",
    "reindex_tickets",
    "restore_ticket",
    "ticket_in_queue",
    "ticket_thread",
    "update_ticket",
]

# Fields ``update_ticket`` accepts.
EDITABLE = (
    "subject",
    "description",
    "status",
    "priority",
    "channel",
    "assignee_id",
    "contact_id",
    "company_id",
)

# Sort keys for ``list_tickets``; prefix "-" for descending.
SORTS = {
    "id": "t.id",
    "created_at": "t.created_at",
    "updated_at": "t.updated_at",
    "sla_due_at": "t.sla_due_at",
    "subject": "t.subject COLLATE NOCASE",
    "status": "CASE t.status "
    + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUSES))
    + " END",
    # Ascending puts urgent first: what a support queue wants on top.
    "priority": "CASE t.priority "
    + " ".join(f"WHEN '{p}' THEN {i}" for i, p in enumerate(reversed(PRIORITIES)))
    + " END",
    "contact": "contact COLLATE NOCASE",
    "company": "company COLLATE NOCASE",
    "assignee": "assignee COLLATE NOCASE",
}

_SELECT = """
SELECT t.*,
       coalesce(trim(c.first_name || ' ' || c.last_name), '') AS contact,
       coalesce(co.name, '') AS company,
       coalesce(u.name, '') AS assignee
FROM tickets t
LEFT JOIN contacts c ON c.id = t.contact_id AND c.deleted_at IS NULL
LEFT JOIN companies co ON co.id = t.company_id AND co.deleted_at IS NULL
LEFT JOIN users u ON u.id = t.assignee_id
"""


def _ticket(row: dict[str, Any], now: str, tags: list[str]) -> Ticket:
    return Ticket(
        id=TicketId(row["id"]),
        subject=row["subject"],
        description=row["description"],
        contact_id=ContactId(row["contact_id"]) if row["contact_id"] is not None else None,
        company_id=CompanyId(row["company_id"]) if row["company_id"] is not None else None,
        status=row["status"],
        priority=row["priority"],
        channel=row["channel"],
        assignee_id=UserId(row["assignee_id"]) if row["assignee_id"] is not None else None,
        sla_due_at=row["sla_due_at"],
        first_response_at=row["first_response_at"],
        resolved_at=row["resolved_at"],
        closed_at=row["closed_at"],
        custom=json.loads(row["custom"] or "{}"),
        created_at=row["created_at"],
        created_by=row["created_by"],
        updated_at=row["updated_at"],
        updated_by=row["updated_by"],
        version=row["version"],
        deleted_at=row["deleted_at"],
        contact=row["contact"],
        company=row["company"],
        assignee=row["assignee"],
        is_overdue=is_overdue(row["status"], row["sla_due_at"], now),
        first_response_seconds=seconds_between(row["created_at"], row["first_response_at"]),
        resolution_seconds=seconds_between(row["created_at"], row["resolved_at"]),
        tags=tuple(tags),
    )


def get_ticket(db: Database, ticket_id: int) -> Ticket:
    """The live ticket with this id.

    Raises:
        NotFoundError: there is none, or it is in the trash.
    """
    row = db.query_one(_SELECT + " WHERE t.id = ? AND t.deleted_at IS NULL", (ticket_id,))
    if row is None:
        raise NotFoundError("ticket", ticket_id)
    return _ticket(row, db.now(), tags_for(db, "ticket", ticket_id))


# -- validation ----------------------------------------------------------------
def _check(uow: UnitOfWork, values: Mapping[str, Any]) -> dict[str, str]:
    """Reasons per field for the values given (only the keys present are checked)."""
    errors: dict[str, str] = {}
    if "subject" in values and not str(values["subject"]).strip():
        errors["subject"] = translate("validation", "a subject is required")
    if "status" in values and values["status"] not in STATUSES:
        errors["status"] = one_of(STATUSES)
    if "priority" in values and values["priority"] not in PRIORITIES:
        errors["priority"] = one_of(PRIORITIES)
    if "channel" in values and values["channel"] not in CHANNELS:
        errors["channel"] = one_of(CHANNELS)
    links = (
        (
            "contact_id",
            "contacts",
            translate("validation", "no such contact (it may have been deleted)"),
        ),
        (
            "company_id",
            "companies",
            translate("validation", "no such company (it may have been deleted)"),
        ),
        ("assignee_id", "users", translate("validation", "no such user")),
    )
    for field, table, reason in links:
        if values.get(field) is not None and not uow.is_live(table, int(values[field])):
            errors[field] = reason
    return errors


def _index(uow: UnitOfWork, ticket_id: int) -> None:
    reindex_tickets(uow, "t.id = ?", (ticket_id,))


def reindex_tickets(uow: UnitOfWork, where: str, params: Sequence[object] = ()) -> None:
    """Rewrite the search entries of the live tickets matching ``where`` (alias ``t``).

    Ticket entries hold their contact's and company's names, so the contacts
    and companies services call this after a rename, in the same unit of work:
    ``reindex_tickets(uow, "t.contact_id = ?", (contact_id,))``.
    """
    search_index.put(uow.conn, ticket_entries(uow.query, where, params))


def ticket_entries(query: Query, where: str, params: Sequence[object] = ()) -> list[IndexEntry]:
    """The search entries the live tickets matching ``where`` should have (``crm check`` too)."""
    rows = query(
        "SELECT t.id, t.subject, t.description,"
        " coalesce(trim(c.first_name || ' ' || c.last_name), '') AS contact,"
        " coalesce(co.name, '') AS company FROM tickets t"
        " LEFT JOIN contacts c ON c.id = t.contact_id AND c.deleted_at IS NULL"
        " LEFT JOIN companies co ON co.id = t.company_id AND co.deleted_at IS NULL"
        f" WHERE t.deleted_at IS NULL AND ({where})",
        params,
    )
    return [
        IndexEntry("ticket", r["id"], r["subject"], (r["description"], r["contact"], r["company"]))
        for r in rows
    ]


# -- writing ---------------------------------------------------------------------
def create_ticket(db: Database, draft: TicketDraft) -> Ticket:
    """Open a new ticket; its description also becomes the first customer message.

    Raises:
        ValidationError: per field (subject, priority, channel, contact_id,
            company_id, assignee_id).
    """
    settings = get_settings(db)
    me = current_user(db)
    values: dict[str, Any] = {
        "subject": draft.subject.strip(),
        "description": draft.description.strip(),
        "contact_id": draft.contact_id,
        "company_id": draft.company_id,
        "priority": draft.priority,
        "channel": draft.channel,
        "assignee_id": draft.assignee_id,
    }
    with UnitOfWork(db) as uow:
        errors = _check(uow, values)
        if errors:
            raise ValidationError(errors)
        contact = uow.live_row("contacts", draft.contact_id) if draft.contact_id else None
        if contact is not None and values["company_id"] is None:
            values["company_id"] = contact["company_id"]
        values["status"] = "new"
        values["sla_due_at"] = sla_due_at(uow.now, settings.sla_hours[draft.priority])
        ticket_id = uow.insert("tickets", values)
        if values["description"]:
            author = me.name
            if contact is not None:
                author = f"{contact['first_name']} {contact['last_name']}".strip() or author
            uow.insert(
                "ticket_messages",
                {
                    "ticket_id": ticket_id,
                    "kind": "incoming",
                    "author": author,
                    "body": values["description"],
                },
            )
        _index(uow, ticket_id)
        uow.commit()
    return get_ticket(db, ticket_id)


def update_ticket(
    db: Database,
    ticket_id: int,
    changes: Mapping[str, Any],
    expected_version: int | None = None,
) -> Ticket:
    """Change fields of a ticket (see ``EDITABLE``).

    A new priority recomputes ``sla_due_at`` from the creation time; moving to
    resolved or closed stamps ``resolved_at`` / ``closed_at``, and moving back
    to new, open or pending clears them.

    Raises:
        ValidationError: an unknown field or a refused value, per field.
        NotFoundError: the ticket is missing or in the trash.
        ConflictError: ``expected_version`` is not the version in the file.
    """
    errors = {
        k: translate("validation", "cannot be changed here") for k in changes if k not in EDITABLE
    }
    if errors:
        raise ValidationError(errors)
    values = dict(changes)
    for key in ("subject", "description"):
        if key in values:
            values[key] = str(values[key]).strip()
    settings = get_settings(db)
    with UnitOfWork(db) as uow:
        uow.check_version("tickets", ticket_id, expected_version)
        current = uow.live_row("tickets", ticket_id)
        errors = _check(uow, values)
        if errors:
            raise ValidationError(errors)
        if "priority" in values and values["priority"] != current["priority"]:
            values["sla_due_at"] = sla_due_at(
                current["created_at"], settings.sla_hours[values["priority"]]
            )
        if "status" in values and values["status"] != current["status"]:
            values.update(
                status_stamps(
                    values["status"], current["resolved_at"], current["closed_at"], uow.now
                )
            )
        if values:
            uow.update("tickets", ticket_id, values, expected_version)
            _index(uow, ticket_id)
        uow.commit()
    return get_ticket(db, ticket_id)


def delete_ticket(db: Database, ticket_id: int, expected_version: int | None = None) -> Changes:
    """Move a ticket to the trash (its thread stays with it for a restore)."""
    with UnitOfWork(db) as uow:
        uow.soft_delete("tickets", ticket_id, expected_version)
        search_index.remove(uow.conn, "ticket", [ticket_id])
        return uow.commit()


def restore_ticket(db: Database, ticket_id: int) -> Ticket:
    with UnitOfWork(db) as uow:
        uow.restore("tickets", ticket_id)
        _index(uow, ticket_id)
        uow.commit()
    return get_ticket(db, ticket_id)


# -- the queue -------------------------------------------------------------------
def _one_or_many(value: str | Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _where(db: Database, flt: TicketFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if not flt.include_deleted:
        clauses.append("t.deleted_at IS NULL")
    for column, value in (("status", flt.status), ("priority", flt.priority)):
        if value is not None:
            wanted = _one_or_many(value)
            clauses.append(f"t.{column} IN ({', '.join('?' for _ in wanted)})")
            params += wanted
    for column, record_id in (
        ("assignee_id", flt.assignee_id),
        ("contact_id", flt.contact_id),
        ("company_id", flt.company_id),
    ):
        if record_id is not None:
            clauses.append(f"t.{column} = ?")
            params.append(record_id)
    if flt.unassigned:
        clauses.append("t.assignee_id IS NULL")
    if flt.overdue:
        active = ", ".join(f"'{s}'" for s in ACTIVE_STATUSES)
        clauses.append(f"t.status IN ({active}) AND t.sla_due_at < ?")
        params.append(db.now())
    if flt.tag is not None:
        tag = find_tag(db, flt.tag)
        clauses.append(tagged_condition("ticket", "t.id"))
        params.append(tag.id if tag else -1)
    day_clauses(flt, clauses, params)
    if flt.sla_breached:
        clauses.append(breached_condition(get_settings(db).sla_hours))
        params.append(db.now())
    if flt.view is not None:
        view_sql, values = filter_sql(flt.view, "t.id", today(db))
        clauses.append(view_sql)
        params += values
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _order(sort: str) -> str:
    key, descending = parse_sort(sort, SORTS)
    return " ORDER BY " + ordering([SORTS[key], "t.id"], descending)


def list_tickets(
    db: Database,
    filter: TicketFilter | None = None,
    offset: int = 0,
    limit: int = 200,
    sort: str = "-created_at",
) -> list[TicketRow]:
    """A page of the ticket queue, filtered and sorted in SQL (``sort`` is a key of SORTS).

    Raises:
        ValidationError: key ``sort`` when it is not a key of SORTS.
    """
    where, params = _where(db, filter or TicketFilter())
    rows = db.query(_SELECT + where + _order(sort) + " LIMIT ? OFFSET ?", [*params, limit, offset])
    now = db.now()
    return [
        TicketRow(
            id=TicketId(r["id"]),
            subject=r["subject"],
            status=r["status"],
            priority=r["priority"],
            channel=r["channel"],
            contact_id=ContactId(r["contact_id"]) if r["contact_id"] is not None else None,
            contact=r["contact"],
            company_id=CompanyId(r["company_id"]) if r["company_id"] is not None else None,
            company=r["company"],
            assignee_id=UserId(r["assignee_id"]) if r["assignee_id"] is not None else None,
            assignee=r["assignee"],
            sla_due_at=r["sla_due_at"],
            is_overdue=is_overdue(r["status"], r["sla_due_at"], now),
            created_at=r["created_at"],
            updated_at=r["updated_at"],
            version=r["version"],
            deleted_at=r["deleted_at"],
        )
        for r in rows
    ]


def count_tickets(db: Database, filter: TicketFilter | None = None) -> int:
    where, params = _where(db, filter or TicketFilter())
    return int(db.scalar("SELECT count(*) FROM tickets t" + where, params))


def ticket_in_queue(db: Database, ticket_id: int, filter: TicketFilter | None = None) -> bool:
    """Whether the ticket is one of those ``list_tickets`` shows for ``filter``."""
    where, params = _where(db, filter or TicketFilter())
    where = (where + " AND" if where else " WHERE") + " t.id = ?"
    return db.scalar("SELECT 1 FROM tickets t" + where, [*params, ticket_id]) is not None

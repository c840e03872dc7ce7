"""Activities on records (calls, meetings, e-mails, notes), tasks, and the timeline.

Every activity except a task must be linked to at least one contact, company,
deal or ticket; a task may stand alone ("renew the office insurance").
Task buckets compare UTC calendar dates: a task due today (UTC) is in "today"
all day, and only becomes "overdue" the next UTC day. Tasks without a due
time are listed under "upcoming", after the dated ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from crm_desktop.domain.activities import (
    KINDS,
    KINDS_WITH_DUE,
    LINKS,
    TASK_BUCKETS,
    Activity,
    ActivityDraft,
    TaskRow,
    normalise_timestamp,
)
from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import NotFoundError, ValidationError, one_of
from crm_desktop.domain.ids import ActivityId, CompanyId, ContactId, DealId, TicketId, UserId
from crm_desktop.domain.tags import ENTITY_TABLES
from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate
from crm_desktop.services.users import current_user
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork

# Fields ``update_activity`` accepts (done_at moves only via complete/reopen_task).
EDITABLE = ("kind", "subject", "body", "due_at", "owner_id", *LINKS)

_LINK_TABLES = {f"{kind}_id": table for kind, table in ENTITY_TABLES.items()}
_GONE = {
    "ticket_id": QT_TRANSLATE_NOOP("validation", "no such ticket (it may have been deleted)"),
    "deal_id": QT_TRANSLATE_NOOP("validation", "no such deal (it may have been deleted)"),
    "contact_id": QT_TRANSLATE_NOOP("validation", "no such contact (it may have been deleted)"),
    "company_id": QT_TRANSLATE_NOOP("validation", "no such company (it may have been deleted)"),
}

_SELECT = """
SELECT a.*,
       coalesce(u.name, '') AS owner,
       coalesce(trim(c.first_name || ' ' || c.last_name), '') AS contact,
       coalesce(co.name, '') AS company,
       coalesce(d.title, '') AS deal,
       coalesce(t.subject, '') AS ticket
FROM activities a
LEFT JOIN users u ON u.id = a.owner_id
LEFT JOIN contacts c ON c.id = a.contact_id
LEFT JOIN companies co ON co.id = a.company_id
LEFT JOIN deals d ON d.id = a.deal_id
LEFT JOIN tickets t ON t.id = a.ticket_id
"""

# Per record kind: which activities its timeline shows (``:id`` is the record).
_TIMELINE = {
    "contact": "a.contact_id = :id"
    " OR a.deal_id IN (SELECT id FROM deals WHERE contact_id = :id AND deleted_at IS NULL)"
    " OR a.ticket_id IN (SELECT id FROM tickets WHERE contact_id = :id AND deleted_at IS NULL)",
    "company": "a.company_id = :id"
    " OR a.contact_id IN (SELECT id FROM contacts WHERE company_id = :id AND deleted_at IS NULL)"
    " OR a.deal_id IN (SELECT id FROM deals WHERE company_id = :id AND deleted_at IS NULL)"
    " OR a.ticket_id IN (SELECT id FROM tickets WHERE company_id = :id AND deleted_at IS NULL)",
    "deal": "a.deal_id = :id",
    "ticket": "a.ticket_id = :id",
}


def _activity(row: Mapping[str, Any]) -> Activity:
    return Activity(
        id=ActivityId(row["id"]),
        kind=row["kind"],
        subject=row["subject"],
        body=row["body"],
        due_at=row["due_at"],
        done_at=row["done_at"],
        owner_id=UserId(row["owner_id"]) if row["owner_id"] is not None else None,
        contact_id=ContactId(row["contact_id"]) if row["contact_id"] is not None else None,
        company_id=CompanyId(row["company_id"]) if row["company_id"] is not None else None,
        deal_id=DealId(row["deal_id"]) if row["deal_id"] is not None else None,
        ticket_id=TicketId(row["ticket_id"]) if row["ticket_id"] is not None else None,
        created_at=row["created_at"],
        created_by=row["created_by"],
        updated_at=row["updated_at"],
        version=row["version"],
        deleted_at=row["deleted_at"],
        owner=row["owner"],
        contact=row["contact"],
        company=row["company"],
        deal=row["deal"],
        ticket=row["ticket"],
    )


def get_activity(db: Database, activity_id: int) -> Activity:
    row = db.query_one(_SELECT + " WHERE a.id = ? AND a.deleted_at IS NULL", (activity_id,))
    if row is None:
        raise NotFoundError("activity", activity_id)
    return _activity(row)


# -- writing ---------------------------------------------------------------------
def _clean(uow: UnitOfWork, values: dict[str, Any]) -> dict[str, Any]:
    """Check a whole activity (every column given) and return it tidied.

    Raises:
        ValidationError: every field that is refused, with its reason.
    """
    errors: dict[str, str] = {}
    kind = values["kind"]
    values["subject"] = str(values["subject"] or "").strip()
    values["body"] = str(values["body"] or "").strip()
    if kind not in KINDS:
        errors["kind"] = one_of(KINDS)
    if not values["subject"] and not values["body"]:
        errors["subject"] = translate("validation", "give a subject or some text")
    if values["due_at"] is not None:
        if kind not in KINDS_WITH_DUE:
            errors["due_at"] = translate("validation", "only tasks and meetings have a due time")
        else:
            try:
                values["due_at"] = normalise_timestamp(str(values["due_at"]))
            except ValueError as error:
                errors["due_at"] = str(error)
    elif kind == "meeting":
        errors["due_at"] = translate("validation", "a meeting needs a date and time")
    if kind != "task" and all(values[link] is None for link in LINKS):
        errors["contact_id"] = translate(
            "validation", "link it to a contact, company, deal or ticket"
        )
    for link, table in _LINK_TABLES.items():
        if values[link] is not None and not uow.is_live(table, int(values[link])):
            errors[link] = translate("validation", _GONE[link])
    if values["owner_id"] is not None and not uow.is_live("users", int(values["owner_id"])):
        errors["owner_id"] = translate("validation", "no such user")
    if errors:
        raise ValidationError(errors)
    return values


def log_activity(db: Database, draft: ActivityDraft) -> Activity:
    """Record an activity or add a task (owned by the current user unless said otherwise).

    Raises:
        ValidationError: per field: kind, subject, due_at, owner_id, and the
            links (``contact_id`` also when no link is given at all).
    """
    owner_id = draft.owner_id if draft.owner_id is not None else current_user(db).id
    values: dict[str, Any] = {
        "kind": draft.kind,
        "subject": draft.subject,
        "body": draft.body,
        "due_at": draft.due_at,
        "owner_id": owner_id,
        "contact_id": draft.contact_id,
        "company_id": draft.company_id,
        "deal_id": draft.deal_id,
        "ticket_id": draft.ticket_id,
    }
    with UnitOfWork(db) as uow:
        activity_id = uow.insert("activities", _clean(uow, values))
        uow.commit()
    return get_activity(db, activity_id)


def update_activity(
    db: Database,
    activity_id: int,
    changes: Mapping[str, Any],
    expected_version: int | None = None,
) -> Activity:
    """Change fields of an activity (see ``EDITABLE``); the result is checked as a whole.

    Raises:
        ValidationError: an unknown field or a refused value, per field.
        NotFoundError: the activity is missing or in the trash.
        ConflictError: ``expected_version`` is not the version in the file.
    """
    errors = {
        k: translate("validation", "cannot be changed here") for k in changes if k not in EDITABLE
    }
    if errors:
        raise ValidationError(errors)
    with UnitOfWork(db) as uow:
        current = uow.live_row("activities", activity_id)
        merged = _clean(uow, {**{k: current[k] for k in EDITABLE}, **changes})
        values = {k: merged[k] for k in changes}
        if merged["kind"] != "task":
            values["done_at"] = None  # only tasks get done
        uow.update("activities", activity_id, values, expected_version)
        uow.commit()
    return get_activity(db, activity_id)


def complete_task(db: Database, activity_id: int, expected_version: int | None = None) -> Activity:
    """Mark a task done now.

    Raises:
        ValidationError: it is not a task (``kind``) or is done already (``done_at``).
    """
    with UnitOfWork(db) as uow:
        current = uow.live_row("activities", activity_id)
        if current["kind"] != "task":
            raise ValidationError.single(
                "kind", translate("validation", "only tasks can be marked done")
            )
        if current["done_at"] is not None:
            raise ValidationError.single(
                "done_at", translate("validation", "the task is already done")
            )
        uow.update("activities", activity_id, {"done_at": uow.now}, expected_version)
        uow.commit()
    return get_activity(db, activity_id)


def reopen_task(db: Database, activity_id: int, expected_version: int | None = None) -> Activity:
    """Make a done task open again."""
    with UnitOfWork(db) as uow:
        current = uow.live_row("activities", activity_id)
        if current["kind"] != "task":
            raise ValidationError.single(
                "kind", translate("validation", "only tasks can be reopened")
            )
        if current["done_at"] is None:
            raise ValidationError.single("done_at", translate("validation", "the task is not done"))
        uow.update("activities", activity_id, {"done_at": None}, expected_version)
        uow.commit()
    return get_activity(db, activity_id)


def delete_activity(db: Database, activity_id: int, expected_version: int | None = None) -> Changes:
    with UnitOfWork(db) as uow:
        uow.soft_delete("activities", activity_id, expected_version)
        return uow.commit()


def restore_activity(db: Database, activity_id: int) -> Activity:
    with UnitOfWork(db) as uow:
        uow.restore("activities", activity_id)
        uow.commit()
    return get_activity(db, activity_id)


# -- reading lists -----------------------------------------------------------------
def timeline(db: Database, entity_type: str, entity_id: int, limit: int = 100) -> list[Activity]:
    """What happened around a record, newest first (by when it was logged).

    A contact's timeline also shows the activities on its deals and tickets;
    a company's also those of its contacts, deals and tickets.

    Raises:
        ValidationError: ``entity_type`` is not contact, company, deal or ticket.
        NotFoundError: the record is missing or in the trash.
    """
    if entity_type not in _TIMELINE:
        raise ValidationError.single("entity_type", one_of(_TIMELINE))
    table = ENTITY_TABLES[entity_type]
    if (
        db.scalar(f"SELECT 1 FROM {table} WHERE id = ? AND deleted_at IS NULL", (entity_id,))
        is None
    ):
        raise NotFoundError(entity_type, entity_id)
    rows = db.query(
        _SELECT + f" WHERE a.deleted_at IS NULL AND ({_TIMELINE[entity_type]})"
        " ORDER BY a.created_at DESC, a.id DESC LIMIT :limit",
        {"id": entity_id, "limit": limit},
    )
    return [_activity(r) for r in rows]


def count_timeline(db: Database, entity_type: str, entity_id: int) -> int:
    """How many activities ``timeline`` has for the record in all (its ``limit`` aside).

    Raises:
        ValidationError: ``entity_type`` is not contact, company, deal or ticket.
    """
    if entity_type not in _TIMELINE:
        raise ValidationError.single("entity_type", one_of(_TIMELINE))
    return int(
        db.scalar(
            "SELECT count(*) FROM activities a"
            f" WHERE a.deleted_at IS NULL AND ({_TIMELINE[entity_type]})",
            {"id": entity_id},
        )
    )


def _task_row(row: Mapping[str, Any], day_start: str) -> TaskRow:
    linked_type: str | None = None
    linked_id: int | None = None
    linked_title = ""
    for link in LINKS:
        if row[link] is not None:
            linked_type = link.removesuffix("_id")
            linked_id = int(row[link])
            linked_title = row[linked_type]
            break
    return TaskRow(
        id=ActivityId(row["id"]),
        subject=row["subject"],
        body=row["body"],
        due_at=row["due_at"],
        done_at=row["done_at"],
        owner_id=UserId(row["owner_id"]) if row["owner_id"] is not None else None,
        owner=row["owner"],
        linked_type=linked_type,
        linked_id=linked_id,
        linked_title=linked_title,
        is_overdue=row["done_at"] is None
        and row["due_at"] is not None
        and row["due_at"] < day_start,
        version=row["version"],
    )


def list_tasks(
    db: Database,
    owner_id: int | None = None,
    bucket: str = "all_open",
    today: date | None = None,
    limit: int = 500,
) -> list[TaskRow]:
    """Tasks in one bucket, for one owner or (``owner_id`` None) for everyone.

    ``today`` defaults to the UTC date of ``db.now()``. Buckets: "overdue" (due
    before today), "today", "upcoming" (due later, or undated), "all_open",
    and "done" (most recently done first). Open buckets are soonest due first.
    """
    where, params = _task_where(db, owner_id, bucket, today)
    order = "a.done_at DESC" if bucket == "done" else "a.due_at IS NULL, a.due_at"
    rows = db.query(
        f"{_SELECT}{where} ORDER BY {order}, a.id LIMIT :limit", {**params, "limit": limit}
    )
    return [_task_row(r, params["start"]) for r in rows]


def count_tasks(
    db: Database, owner_id: int | None = None, bucket: str = "all_open", today: date | None = None
) -> int:
    """How many tasks ``list_tasks`` would list for the same arguments without a limit."""
    where, params = _task_where(db, owner_id, bucket, today)
    return int(db.scalar(f"SELECT count(*) FROM activities a{where}", params))


def _task_where(
    db: Database, owner_id: int | None, bucket: str, today: date | None
) -> tuple[str, dict[str, Any]]:
    if bucket not in TASK_BUCKETS:
        raise ValidationError.single("bucket", one_of(TASK_BUCKETS))
    day = today or date.fromisoformat(db.now()[:10])
    # Whole-day bounds as stored timestamps, so the due_at index does the work.
    params: dict[str, Any] = {
        "start": f"{day.isoformat()}T00:00:00Z",
        "end": f"{(day + timedelta(days=1)).isoformat()}T00:00:00Z",
        "owner": owner_id,
    }
    where = {
        "overdue": "a.done_at IS NULL AND a.due_at < :start",
        "today": "a.done_at IS NULL AND a.due_at >= :start AND a.due_at < :end",
        "upcoming": "a.done_at IS NULL AND (a.due_at >= :end OR a.due_at IS NULL)",
        "all_open": "a.done_at IS NULL",
        "done": "a.done_at IS NOT NULL",
    }[bucket]
    owner = " AND a.owner_id = :owner" if owner_id is not None else ""
    return f" WHERE a.kind = 'task' AND a.deleted_at IS NULL AND {where}{owner}", params

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from crm_desktop.domain.activities import ActivityDraft
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.tickets import TicketDraft
from crm_desktop.services.activities import (
    complete_task,
    count_tasks,
    delete_activity,
    get_activity,
    list_tasks,
    log_activity,
    reopen_task,
    restore_activity,
    timeline,
    update_activity,
)
from crm_desktop.services.tickets import create_ticket
from crm_desktop.services.users import create_user, current_user
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork

MONDAY_9 = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)
MONDAY = date(2024, 5, 6)


def _records(db: Database) -> dict[str, int]:
    # Minimal rows: the contacts, companies and deals services are other areas.
    with UnitOfWork(db) as uow:
        company = uow.insert("companies", {"name": "ACME Srl"})
        contact = uow.insert(
            "contacts", {"first_name": "Ada", "last_name": "Rossi", "company_id": company}
        )
        other = uow.insert("contacts", {"first_name": "Bo", "last_name": "Berg"})
        deal = uow.insert(
            "deals",
            {
                "title": "50 printers",
                "contact_id": contact,
                "pipeline_id": 1,
                "stage_id": 1,
                "currency": "EUR",
                "stage_entered_at": uow.now,
            },
        )
        uow.commit()
    return {"company": company, "contact": contact, "other": other, "deal": deal}


def _log_at(db: Database, moment: datetime, **fields: Any) -> int:
    with db.clock_at(moment):
        return log_activity(db, ActivityDraft(**fields)).id


def _task(db: Database, subject: str, due_at: str | None) -> int:
    return log_activity(db, ActivityDraft(kind="task", subject=subject, due_at=due_at)).id


def test_activity_without_links_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        log_activity(db, ActivityDraft(kind="call", subject="Called about the offer"))

    assert set(caught.value.errors) == {"contact_id"}


def test_task_without_links_is_accepted(db: Database) -> None:
    task = log_activity(db, ActivityDraft(kind="task", subject="Renew insurance"))

    assert (task.kind, task.done_at) == ("task", None)


def test_owner_defaults_to_current_user(db: Database) -> None:
    records = _records(db)

    call = log_activity(db, ActivityDraft(kind="call", body="Hi", contact_id=records["contact"]))

    assert (call.owner_id, call.owner) == (current_user(db).id, "tester")
    assert call.contact == "Ada Rossi"


def test_bad_activity_fields_are_all_reported(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        log_activity(db, ActivityDraft(kind="meeting", contact_id=404, deal_id=405, owner_id=406))

    assert set(caught.value.errors) == {"subject", "due_at", "contact_id", "deal_id", "owner_id"}


def test_call_cannot_have_a_due_time(db: Database) -> None:
    records = _records(db)

    with pytest.raises(ValidationError) as caught:
        log_activity(
            db,
            ActivityDraft(
                kind="call",
                subject="x",
                due_at="2024-05-06T09:00:00Z",
                contact_id=records["contact"],
            ),
        )

    assert set(caught.value.errors) == {"due_at"}


def test_due_time_with_offset_is_stored_as_utc(db: Database) -> None:
    records = _records(db)

    meeting = log_activity(
        db,
        ActivityDraft(
            kind="meeting",
            subject="Demo",
            due_at="2024-05-06T14:30:00+02:00",
            company_id=records["company"],
        ),
    )

    assert meeting.due_at == "2024-05-06T12:30:00Z"


def test_due_time_without_zone_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        log_activity(db, ActivityDraft(kind="task", subject="x", due_at="2024-05-06T14:30"))

    assert "time zone" in caught.value.errors["due_at"]


def test_contact_activities_show_in_contact_and_company_timeline_newest_first(
    db: Database,
) -> None:
    records = _records(db)
    first = _log_at(db, MONDAY_9, kind="call", subject="Intro", contact_id=records["contact"])
    second = _log_at(
        db,
        MONDAY_9 + timedelta(hours=1),
        kind="email",
        subject="Offer",
        contact_id=records["contact"],
    )
    on_company = _log_at(
        db,
        MONDAY_9 + timedelta(hours=2),
        kind="note",
        body="Moved office",
        company_id=records["company"],
    )
    _log_at(db, MONDAY_9, kind="call", subject="Elsewhere", contact_id=records["other"])

    of_contact = [a.id for a in timeline(db, "contact", records["contact"])]
    of_company = [a.id for a in timeline(db, "company", records["company"])]

    assert of_contact == [second, first]
    assert of_company == [on_company, second, first]


def test_contact_timeline_includes_its_deals_and_tickets(db: Database) -> None:
    records = _records(db)
    ticket = create_ticket(db, TicketDraft(subject="Jam", contact_id=records["contact"]))
    on_deal = _log_at(
        db,
        MONDAY_9,
        kind="meeting",
        subject="Pitch",
        due_at="2024-05-07T10:00:00Z",
        deal_id=records["deal"],
    )
    on_ticket = _log_at(
        db, MONDAY_9 + timedelta(hours=1), kind="call", subject="Jam call", ticket_id=ticket.id
    )

    assert [a.id for a in timeline(db, "contact", records["contact"])] == [on_ticket, on_deal]
    assert [a.id for a in timeline(db, "deal", records["deal"])] == [on_deal]


def test_deleted_activity_leaves_the_timeline_until_restored(db: Database) -> None:
    records = _records(db)
    call = _log_at(db, MONDAY_9, kind="call", subject="Intro", contact_id=records["contact"])

    delete_activity(db, call)
    hidden = timeline(db, "contact", records["contact"])
    restore_activity(db, call)

    assert hidden == []
    assert [a.id for a in timeline(db, "contact", records["contact"])] == [call]


def test_timeline_of_a_missing_record_is_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError):
        timeline(db, "company", 12345)


def test_task_buckets_split_by_utc_date(db: Database) -> None:
    late = _task(db, "Call back", "2024-05-05T16:00:00Z")
    today_early = _task(db, "Send offer", "2024-05-06T08:00:00Z")
    today_late = _task(db, "Book demo", "2024-05-06T23:30:00Z")
    tomorrow = _task(db, "Follow up", "2024-05-07T09:00:00Z")
    undated = _task(db, "Tidy CRM", None)

    with db.clock_at(MONDAY_9):
        buckets = {
            b: [t.id for t in list_tasks(db, bucket=b)] for b in ("overdue", "today", "upcoming")
        }

    assert buckets == {
        "overdue": [late],
        "today": [today_early, today_late],
        "upcoming": [tomorrow, undated],
    }


def test_task_buckets_follow_the_day_given(db: Database) -> None:
    task = _task(db, "Follow up", "2024-05-07T09:00:00Z")

    rows = list_tasks(db, bucket="overdue", today=date(2024, 5, 8))

    assert [t.id for t in rows] == [task]
    assert rows[0].is_overdue


def test_count_tasks_counts_what_the_bucket_lists(db: Database) -> None:
    _task(db, "Late", "2024-05-07T09:00:00Z")
    _task(db, "Today", "2024-05-08T09:00:00Z")
    _task(db, "Today too", "2024-05-08T23:59:59Z")
    _task(db, "Tomorrow", "2024-05-09T00:00:00Z")
    day = date(2024, 5, 8)

    counts = {b: count_tasks(db, bucket=b, today=day) for b in ("overdue", "today", "upcoming")}

    assert counts == {"overdue": 1, "today": 2, "upcoming": 1}


def test_complete_task_moves_it_to_done(db: Database) -> None:
    task = _task(db, "Send offer", "2024-05-06T08:00:00Z")

    with db.clock_at(MONDAY_9):
        done = complete_task(db, task)
        today = list_tasks(db, bucket="today")
        finished = list_tasks(db, bucket="done")

    assert done.done_at == "2024-05-06T09:00:00Z"
    assert today == []
    assert [t.id for t in finished] == [task]


def test_completing_twice_is_refused(db: Database) -> None:
    task = _task(db, "Send offer", None)
    complete_task(db, task)

    with pytest.raises(ValidationError) as caught:
        complete_task(db, task)

    assert set(caught.value.errors) == {"done_at"}


def test_only_tasks_can_be_completed(db: Database) -> None:
    records = _records(db)
    call = _log_at(db, MONDAY_9, kind="call", subject="Intro", contact_id=records["contact"])

    with pytest.raises(ValidationError) as caught:
        complete_task(db, call)

    assert set(caught.value.errors) == {"kind"}


def test_reopened_task_is_open_again(db: Database) -> None:
    task = _task(db, "Send offer", None)
    complete_task(db, task)

    reopen_task(db, task)

    assert [t.id for t in list_tasks(db, bucket="all_open")] == [task]


def test_task_list_filters_by_owner(db: Database) -> None:
    giulia = create_user(db, login="giulia", name="Giulia Bianchi")
    hers = log_activity(db, ActivityDraft(kind="task", subject="Hers", owner_id=giulia.id)).id
    _task(db, "Mine", None)

    rows = list_tasks(db, owner_id=giulia.id)

    assert [(t.id, t.owner) for t in rows] == [(hers, "Giulia Bianchi")]


def test_task_row_names_the_most_specific_linked_record(db: Database) -> None:
    records = _records(db)
    log_activity(
        db,
        ActivityDraft(
            kind="task", subject="Chase", contact_id=records["contact"], deal_id=records["deal"]
        ),
    )

    (row,) = list_tasks(db)

    assert (row.linked_type, row.linked_id, row.linked_title) == (
        "deal",
        records["deal"],
        "50 printers",
    )


def test_removing_the_last_link_is_refused(db: Database) -> None:
    records = _records(db)
    call = _log_at(db, MONDAY_9, kind="call", subject="Intro", contact_id=records["contact"])

    with pytest.raises(ValidationError):
        update_activity(db, call, {"contact_id": None})

    assert get_activity(db, call).contact_id == records["contact"]


def test_update_changes_the_fields_given(db: Database) -> None:
    records = _records(db)
    call = _log_at(db, MONDAY_9, kind="call", subject="Intro", contact_id=records["contact"])

    updated = update_activity(
        db, call, {"subject": " Intro call ", "company_id": records["company"]}
    )

    assert (updated.subject, updated.company, updated.version) == ("Intro call", "ACME Srl", 2)

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from crm_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from crm_desktop.domain.tickets import TicketDraft, TicketFilter
from crm_desktop.services.settings import update_settings
from crm_desktop.services.tags import tag_records
from crm_desktop.services.tickets import (
    SORTS,
    add_incoming,
    add_note,
    add_reply,
    count_tickets,
    create_ticket,
    delete_ticket,
    get_ticket,
    list_tickets,
    reindex_tickets,
    restore_ticket,
    ticket_thread,
    update_ticket,
)
from crm_desktop.services.users import create_user
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork

MONDAY_9 = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)


def _company_and_contact(db: Database) -> tuple[int, int]:
    # Minimal rows: the contacts and companies services are another area.
    with UnitOfWork(db) as uow:
        company_id = uow.insert("companies", {"name": "ACME Srl"})
        contact_id = uow.insert(
            "contacts", {"first_name": "Ada", "last_name": "Rossi", "company_id": company_id}
        )
        uow.commit()
    return company_id, contact_id


def _ticket_at(db: Database, moment: datetime, subject: str = "Printer jam", **fields: Any) -> int:
    with db.clock_at(moment):
        return create_ticket(db, TicketDraft(subject=subject, **fields)).id


def _search(db: Database, word: str) -> list[int]:
    rows = db.query(
        "SELECT record_id FROM search_index WHERE search_index MATCH ? AND kind = 'ticket'",
        (word,),
    )
    return [r["record_id"] for r in rows]


@pytest.mark.parametrize(
    ("priority", "hours"), [("low", 72), ("normal", 24), ("high", 8), ("urgent", 4)]
)
def test_sla_due_time_is_creation_plus_priority_hours(
    db: Database, priority: str, hours: int
) -> None:
    ticket = get_ticket(db, _ticket_at(db, MONDAY_9, priority=priority))

    assert ticket.created_at == "2024-05-06T09:00:00Z"
    assert ticket.sla_due_at == (MONDAY_9 + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_sla_due_time_follows_changed_setting(db: Database) -> None:
    update_settings(db, sla_hours={"urgent": 2})

    ticket = get_ticket(db, _ticket_at(db, MONDAY_9, priority="urgent"))

    assert ticket.sla_due_at == "2024-05-06T11:00:00Z"


def test_priority_change_recomputes_due_time_from_creation(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9, priority="low")

    with db.clock_at(MONDAY_9 + timedelta(hours=30)):
        ticket = update_ticket(db, ticket_id, {"priority": "high"})

    assert ticket.sla_due_at == "2024-05-06T17:00:00Z"


def test_ticket_is_overdue_once_the_clock_passes_sla_due_time(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9, priority="urgent")

    with db.clock_at(MONDAY_9 + timedelta(hours=3, minutes=59)):
        before = get_ticket(db, ticket_id).is_overdue
    with db.clock_at(MONDAY_9 + timedelta(hours=4, minutes=1)):
        after = get_ticket(db, ticket_id).is_overdue

    assert (before, after) == (False, True)


def test_resolved_ticket_is_never_overdue(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9, priority="urgent")
    update_ticket(db, ticket_id, {"status": "resolved"})

    with db.clock_at(MONDAY_9 + timedelta(days=10)):
        assert get_ticket(db, ticket_id).is_overdue is False


def test_first_reply_sets_first_response_and_opens_ticket(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9)

    with db.clock_at(MONDAY_9 + timedelta(minutes=45)):
        reply = add_reply(db, ticket_id, "We are on it.")
    ticket = get_ticket(db, ticket_id)

    assert reply.author == "tester"
    assert ticket.status == "open"
    assert ticket.first_response_at == "2024-05-06T09:45:00Z"
    assert ticket.first_response_seconds == 45 * 60


def test_later_reply_keeps_first_response_time(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9)
    with db.clock_at(MONDAY_9 + timedelta(hours=1)):
        add_reply(db, ticket_id, "First answer", author="Giulia")
    with db.clock_at(MONDAY_9 + timedelta(hours=5)):
        add_reply(db, ticket_id, "Second answer")

    assert get_ticket(db, ticket_id).first_response_at == "2024-05-06T10:00:00Z"


def test_note_is_not_a_response(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9)

    note = add_note(db, ticket_id, "Customer called twice already")
    ticket = get_ticket(db, ticket_id)

    assert note.kind == "note"
    assert (ticket.status, ticket.first_response_at) == ("new", None)


def test_incoming_message_reopens_resolved_ticket(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9)
    update_ticket(db, ticket_id, {"status": "resolved"})

    add_incoming(db, ticket_id, "It jammed again", author="Ada Rossi")
    ticket = get_ticket(db, ticket_id)

    assert (ticket.status, ticket.resolved_at) == ("open", None)


def test_incoming_message_leaves_new_ticket_new(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9)

    add_incoming(db, ticket_id, "Any news?", author="Ada Rossi")

    assert get_ticket(db, ticket_id).status == "new"


def test_resolving_stamps_resolved_at_and_resolution_time(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9)

    with db.clock_at(MONDAY_9 + timedelta(hours=2)):
        ticket = update_ticket(db, ticket_id, {"status": "resolved"})

    assert (ticket.resolved_at, ticket.closed_at) == ("2024-05-06T11:00:00Z", None)
    assert ticket.resolution_seconds == 2 * 3600


def test_closing_an_unresolved_ticket_stamps_both(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9)

    with db.clock_at(MONDAY_9 + timedelta(hours=3)):
        ticket = update_ticket(db, ticket_id, {"status": "closed"})

    assert ticket.resolved_at == ticket.closed_at == "2024-05-06T12:00:00Z"


def test_closing_a_resolved_ticket_keeps_its_resolution_time(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9)
    with db.clock_at(MONDAY_9 + timedelta(hours=1)):
        update_ticket(db, ticket_id, {"status": "resolved"})

    with db.clock_at(MONDAY_9 + timedelta(days=2)):
        ticket = update_ticket(db, ticket_id, {"status": "closed"})

    assert (ticket.resolved_at, ticket.closed_at) == (
        "2024-05-06T10:00:00Z",
        "2024-05-08T09:00:00Z",
    )


def test_reopening_clears_resolved_and_closed(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9)
    update_ticket(db, ticket_id, {"status": "closed"})

    ticket = update_ticket(db, ticket_id, {"status": "open"})

    assert (ticket.resolved_at, ticket.closed_at) == (None, None)


def test_thread_is_oldest_first_starting_with_description(db: Database) -> None:
    _, contact_id = _company_and_contact(db)
    ticket_id = _ticket_at(db, MONDAY_9, description="The printer jams", contact_id=contact_id)
    with db.clock_at(MONDAY_9 + timedelta(hours=1)):
        add_reply(db, ticket_id, "Try the rear tray")
    with db.clock_at(MONDAY_9 + timedelta(hours=2)):
        add_note(db, ticket_id, "Probably the roller")
    with db.clock_at(MONDAY_9 + timedelta(hours=3)):
        add_incoming(db, ticket_id, "Still jams", author="Ada Rossi")

    thread = ticket_thread(db, ticket_id)

    assert [(m.kind, m.body) for m in thread] == [
        ("incoming", "The printer jams"),
        ("reply", "Try the rear tray"),
        ("note", "Probably the roller"),
        ("incoming", "Still jams"),
    ]
    assert thread[0].author == "Ada Rossi"


def test_empty_reply_is_refused(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9)

    with pytest.raises(ValidationError) as caught:
        add_reply(db, ticket_id, "   ")

    assert set(caught.value.errors) == {"body"}


def test_ticket_shows_contact_company_and_assignee_names(db: Database) -> None:
    _, contact_id = _company_and_contact(db)
    giulia = create_user(db, login="giulia", name="Giulia Bianchi")

    ticket = get_ticket(db, _ticket_at(db, MONDAY_9, contact_id=contact_id, assignee_id=giulia.id))

    assert (ticket.contact, ticket.company, ticket.assignee) == (
        "Ada Rossi",
        "ACME Srl",
        "Giulia Bianchi",
    )


def test_bad_ticket_fields_are_all_reported(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_ticket(
            db,
            TicketDraft(subject=" ", priority="asap", channel="fax", contact_id=99, assignee_id=42),
        )

    assert set(caught.value.errors) == {
        "subject",
        "priority",
        "channel",
        "contact_id",
        "assignee_id",
    }


def test_update_with_stale_version_is_a_conflict(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9)
    update_ticket(db, ticket_id, {"subject": "Printer jams daily"}, expected_version=1)

    with pytest.raises(ConflictError):
        update_ticket(db, ticket_id, {"priority": "high"}, expected_version=1)


def test_an_empty_update_with_a_stale_version_is_a_conflict_too(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9)
    update_ticket(db, ticket_id, {"subject": "Printer jams daily"})

    with pytest.raises(ConflictError):
        update_ticket(db, ticket_id, {}, expected_version=1)


def test_status_filter_takes_one_or_several(db: Database) -> None:
    new_id = _ticket_at(db, MONDAY_9)
    open_id = _ticket_at(db, MONDAY_9)
    closed_id = _ticket_at(db, MONDAY_9)
    update_ticket(db, open_id, {"status": "open"})
    update_ticket(db, closed_id, {"status": "closed"})

    only_new = [t.id for t in list_tickets(db, TicketFilter(status="new"))]
    active = {t.id for t in list_tickets(db, TicketFilter(status=("new", "open")))}

    assert only_new == [new_id]
    assert active == {new_id, open_id}


def test_priority_and_assignee_filters(db: Database) -> None:
    giulia = create_user(db, login="giulia", name="Giulia Bianchi")
    mine = _ticket_at(db, MONDAY_9, priority="urgent", assignee_id=giulia.id)
    _ticket_at(db, MONDAY_9, priority="urgent")
    _ticket_at(db, MONDAY_9, priority="low", assignee_id=giulia.id)

    found = list_tickets(db, TicketFilter(priority="urgent", assignee_id=giulia.id))

    assert [t.id for t in found] == [mine]
    assert found[0].assignee == "Giulia Bianchi"


def test_overdue_filter_lists_only_late_active_tickets(db: Database) -> None:
    late = _ticket_at(db, MONDAY_9, priority="urgent")
    resolved_late = _ticket_at(db, MONDAY_9, priority="urgent")
    _ticket_at(db, MONDAY_9, priority="low")
    update_ticket(db, resolved_late, {"status": "resolved"})

    with db.clock_at(MONDAY_9 + timedelta(hours=5)):
        found = list_tickets(db, TicketFilter(overdue=True))
        counted = count_tickets(db, TicketFilter(overdue=True))

    assert [t.id for t in found] == [late]
    assert found[0].is_overdue
    assert counted == 1


def test_contact_and_tag_filters(db: Database) -> None:
    _, contact_id = _company_and_contact(db)
    of_contact = _ticket_at(db, MONDAY_9, contact_id=contact_id)
    other = _ticket_at(db, MONDAY_9)
    tag_records(db, "ticket", [other], ["Billing"])

    by_contact = [t.id for t in list_tickets(db, TicketFilter(contact_id=contact_id))]
    by_tag = [t.id for t in list_tickets(db, TicketFilter(tag="billing"))]
    by_unknown_tag = list_tickets(db, TicketFilter(tag="nope"))

    assert (by_contact, by_tag, by_unknown_tag) == ([of_contact], [other], [])


def test_sort_by_priority_puts_urgent_first(db: Database) -> None:
    low = _ticket_at(db, MONDAY_9, priority="low")
    urgent = _ticket_at(db, MONDAY_9, priority="urgent")
    normal = _ticket_at(db, MONDAY_9)

    rows = list_tickets(db, TicketFilter(), sort="priority")

    assert [t.id for t in rows] == [urgent, normal, low]


def test_unknown_sort_key_is_refused_naming_sort(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        list_tickets(db, TicketFilter(), sort="-colour")

    assert set(caught.value.errors) == {"sort"}
    assert "priority" in caught.value.errors["sort"]


@pytest.mark.parametrize("sort", [*SORTS, *(f"-{key}" for key in SORTS)])
def test_every_sort_key_lists_the_queue_in_both_directions(db: Database, sort: str) -> None:
    ids = {_ticket_at(db, MONDAY_9, priority="low"), _ticket_at(db, MONDAY_9)}

    assert {t.id for t in list_tickets(db, TicketFilter(), sort=sort)} == ids


def test_deleted_ticket_leaves_queue_and_search_until_restored(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9, subject="Toner leak")

    delete_ticket(db, ticket_id)
    hidden = (list_tickets(db, TicketFilter()), _search(db, "toner"))
    in_trash = [t.id for t in list_tickets(db, TicketFilter(include_deleted=True))]
    restore_ticket(db, ticket_id)

    assert hidden == ([], [])
    assert in_trash == [ticket_id]
    assert [t.id for t in list_tickets(db, TicketFilter())] == [ticket_id]
    assert _search(db, "toner") == [ticket_id]


def test_deleted_ticket_is_not_found(db: Database) -> None:
    ticket_id = _ticket_at(db, MONDAY_9)
    delete_ticket(db, ticket_id)

    with pytest.raises(NotFoundError):
        get_ticket(db, ticket_id)


def test_ticket_is_found_by_contact_company_and_description(db: Database) -> None:
    _, contact_id = _company_and_contact(db)
    ticket_id = _ticket_at(db, MONDAY_9, description="paper stuck", contact_id=contact_id)

    assert _search(db, "acme") == _search(db, "rossi") == _search(db, "stuck") == [ticket_id]


def test_reindex_after_contact_rename_finds_ticket_by_new_name(db: Database) -> None:
    _, contact_id = _company_and_contact(db)
    ticket_id = _ticket_at(db, MONDAY_9, contact_id=contact_id)

    with UnitOfWork(db) as uow:
        uow.update("contacts", contact_id, {"last_name": "Bianchi"})
        reindex_tickets(uow, "t.contact_id = ?", (contact_id,))
        uow.commit()

    assert (_search(db, "bianchi"), _search(db, "rossi")) == ([ticket_id], [])

"""The queue reads the Tickets view relies on: sorting by number, membership of a filter."""

from __future__ import annotations

from crm_desktop.domain.tickets import TicketDraft, TicketFilter
from crm_desktop.services.tickets import (
    create_ticket,
    delete_ticket,
    list_tickets,
    ticket_in_queue,
    update_ticket,
)
from crm_desktop.storage.database import Database


def test_sort_by_id_lists_tickets_by_number(db: Database) -> None:
    ids = [create_ticket(db, TicketDraft(subject=f"Ticket {n}")).id for n in range(3)]

    rows = list_tickets(db, sort="-id")

    assert [r.id for r in rows] == sorted(ids, reverse=True)


def test_ticket_in_queue_follows_the_filter(db: Database) -> None:
    ticket = create_ticket(db, TicketDraft(subject="Printer jam", priority="high"))
    update_ticket(db, ticket.id, {"status": "resolved"})

    assert ticket_in_queue(db, ticket.id, TicketFilter(status="resolved", priority="high"))
    assert not ticket_in_queue(db, ticket.id, TicketFilter(status=("new", "open")))


def test_ticket_in_queue_without_filter_is_false_for_trashed_tickets(db: Database) -> None:
    ticket = create_ticket(db, TicketDraft(subject="Printer jam"))
    delete_ticket(db, ticket.id)

    assert not ticket_in_queue(db, ticket.id)

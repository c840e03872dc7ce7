"""Ticket figures against a hand-worked set of tickets made in November 2026."""

from __future__ import annotations

from datetime import UTC, datetime

from crm_desktop.domain.tickets import TicketDraft
from crm_desktop.services.settings import update_settings
from crm_desktop.services.ticket_figures import PriorityOpen, SlaFigure, ticket_figures
from crm_desktop.services.tickets import add_note, add_reply, create_ticket, update_ticket
from crm_desktop.storage.database import Database
from tests.services.figures_data import NOVEMBER

# "Now" for every figure: open tickets are measured against it.
NOW = datetime(2026, 12, 1, tzinfo=UTC)


def at(month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def ticket(db: Database, subject: str, priority: str, created: datetime) -> int:
    with db.clock_at(created):
        return create_ticket(db, TicketDraft(subject=subject, priority=priority)).id


def reply(db: Database, ticket_id: int, when: datetime) -> None:
    with db.clock_at(when):
        add_reply(db, ticket_id, "On it", author="Agent")


def resolve(db: Database, ticket_id: int, when: datetime) -> None:
    with db.clock_at(when):
        update_ticket(db, ticket_id, {"status": "resolved"})


def build_tickets(db: Database) -> None:
    """SLA hours by default: urgent 4, high 8, normal 24, low 72.

    Urgent one: answered in 1 h, resolved in 3 h. Urgent two: answered in 2 h,
    resolved in 6 h (breach). Normal: a note at 30 min (not a response), answered
    in 5 h, still open on Dec 1 (breach). Low: untouched (breach). High: opened
    4 h before Dec 1 (within SLA). One from October resolved in November.
    """
    one = ticket(db, "Urgent one", "urgent", at(11, 2))
    reply(db, one, at(11, 2, 1))
    resolve(db, one, at(11, 2, 3))
    two = ticket(db, "Urgent two", "urgent", at(11, 3))
    reply(db, two, at(11, 3, 2))
    resolve(db, two, at(11, 3, 6))
    normal = ticket(db, "Normal", "normal", at(11, 4))
    with db.clock_at(at(11, 4, 0, 30)):
        add_note(db, normal, "internal only")
    reply(db, normal, at(11, 4, 5))
    ticket(db, "Low", "low", at(11, 5))
    ticket(db, "High", "high", at(11, 30, 20))
    october = ticket(db, "From October", "normal", at(10, 1))
    resolve(db, october, at(11, 10))


def test_open_tickets_by_priority_with_those_past_their_sla(db: Database) -> None:
    build_tickets(db)
    with db.clock_at(NOW):
        figures = ticket_figures(db, NOVEMBER)
    assert figures.open_by_priority == (
        PriorityOpen("urgent", 0, 0),
        PriorityOpen("high", 1, 0),
        PriorityOpen("normal", 1, 1),
        PriorityOpen("low", 1, 1),
    )


def test_sla_breaches_of_tickets_created_in_the_period(db: Database) -> None:
    build_tickets(db)
    with db.clock_at(NOW):
        figures = ticket_figures(db, NOVEMBER)
    assert figures.sla == (
        SlaFigure("urgent", 4, tickets=2, breached=1, breached_open=0),
        SlaFigure("high", 8, tickets=1, breached=0, breached_open=0),
        SlaFigure("normal", 24, tickets=1, breached=1, breached_open=1),
        SlaFigure("low", 72, tickets=1, breached=1, breached_open=1),
    )
    assert (figures.created, figures.resolved, figures.breached) == (5, 3, 3)


def test_sla_breaches_follow_the_hours_in_the_settings(db: Database) -> None:
    build_tickets(db)
    update_settings(db, sla_hours={"urgent": 8})
    with db.clock_at(NOW):
        urgent = ticket_figures(db, NOVEMBER).sla[0]
    assert (urgent.sla_hours, urgent.breached) == (8, 0)


def test_median_first_response_counts_replies_not_notes(db: Database) -> None:
    build_tickets(db)
    with db.clock_at(NOW):
        figures = ticket_figures(db, NOVEMBER)
    # Replies after 1 h, 2 h and 5 h: the median is 2 h.
    assert (figures.responded, figures.median_first_response_seconds) == (3, 7200)


def test_median_resolution_of_an_even_count_is_the_middle_pair_average(db: Database) -> None:
    build_tickets(db)
    with db.clock_at(NOW):
        figures = ticket_figures(db, NOVEMBER)
    # Resolved after 3 h and 6 h: the median is 4.5 h.
    assert (figures.resolved_of_created, figures.median_resolution_seconds) == (2, 16200)


def test_no_tickets_give_zero_counts_and_no_medians(db: Database) -> None:
    figures = ticket_figures(db, NOVEMBER)
    assert figures.created == 0
    assert figures.median_first_response_seconds is None
    assert figures.median_resolution_seconds is None

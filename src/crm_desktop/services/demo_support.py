"""Demo tickets with their threads, and the activity timeline with tasks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from crm_desktop.domain.activities import ActivityDraft
from crm_desktop.domain.ids import ContactId, DealId, TicketId, UserId
from crm_desktop.domain.tickets import TicketDraft
from crm_desktop.services import activities, tickets
from crm_desktop.services.demo_maker import DemoContact, Maker
from crm_desktop.storage.database import to_iso


def make_tickets(
    maker: Maker, n: int, people: Sequence[DemoContact], owners: Sequence[UserId]
) -> dict[ContactId, list[tuple[TicketId, datetime]]]:
    """Tickets per contact, each with when it was opened."""
    priorities = ("low", "normal", "high", "urgent")
    channels = ("email", "phone", "web", "in_person")
    made: dict[ContactId, list[tuple[TicketId, datetime]]] = {}
    # The queue always shows a few tickets that came in since yesterday and
    # nobody has answered yet, however the dice fall.
    fresh = max(1, n // 25)
    for i in range(n):
        contact_id, _, _, created = maker.rng.choice(people)
        opened = maker.moment(not_before=created, recent_days=2 if i < fresh else 240)
        subject, message = maker.rng.choice(maker.texts.tickets)
        draft = TicketDraft(
            subject=subject,
            description=message,
            contact_id=contact_id,
            priority=maker.rng.choices(priorities, (20, 50, 22, 8))[0],
            channel=maker.rng.choices(channels, (55, 25, 15, 5))[0],
            assignee_id=maker.rng.choice(owners),
        )
        with maker.db.clock_at(opened):
            ticket = tickets.create_ticket(maker.db, draft)
        made.setdefault(contact_id, []).append((ticket.id, opened))
        age_days = (maker.anchor - opened).days
        when = opened + timedelta(hours=maker.rng.randint(1, 30))
        if i < fresh or when >= maker.anchor or (age_days < 5 and maker.rng.random() < 0.3):
            continue  # still waiting for a first answer
        with maker.db.clock_at(when):
            tickets.add_reply(maker.db, ticket.id, maker.rng.choice(maker.texts.ticket_replies))
            if maker.rng.random() < 0.3:
                tickets.add_note(maker.db, ticket.id, maker.rng.choice(maker.texts.note_bodies))
        # A small team closes nearly everything within a couple of weeks; what
        # is still open is recent, with a few stragglers that breach the SLA.
        settled = maker.rng.random() < (0.97 if age_days > 14 else 0.35)
        done = when + timedelta(hours=maker.rng.randint(2, 120))
        if settled and done < maker.anchor:
            status = "closed" if maker.rng.random() < 0.5 else "resolved"
            with maker.db.clock_at(done):
                tickets.update_ticket(maker.db, ticket.id, {"status": status})
        elif maker.rng.random() < 0.4:
            with maker.db.clock_at(when):
                tickets.update_ticket(maker.db, ticket.id, {"status": "pending"})
    maker.count("tickets", n)
    return made


def make_activities(
    maker: Maker,
    n: int,
    people: Sequence[DemoContact],
    deals_of: dict[ContactId, list[tuple[DealId, datetime]]],
    tickets_of: dict[ContactId, list[tuple[TicketId, datetime]]],
    owners: Sequence[UserId],
) -> None:
    """Activities about a contact, linked only to that contact's deals and tickets."""
    kinds = ("call", "email", "meeting", "note", "task")
    texts = maker.texts
    me = owners[0]
    for _ in range(n):
        kind = maker.rng.choices(kinds, (30, 25, 12, 18, 15))[0]
        contact_id, company_id, _, created = maker.rng.choice(people)
        # About 45% of contacts have deals and 33% tickets, so these odds give
        # roughly 15% deal-linked activities and 10% ticket-linked e-mails.
        own_deals = deals_of.get(contact_id, [])
        deal = maker.rng.choice(own_deals) if own_deals and maker.rng.random() < 0.33 else None
        own_tickets = tickets_of.get(contact_id, [])
        ticket = (
            maker.rng.choice(own_tickets)
            if kind == "email" and own_tickets and maker.rng.random() < 0.3
            else None
        )
        # Nothing is logged about a deal or ticket before it existed.
        not_before = max([created] + [link[1] for link in (deal, ticket) if link is not None])
        when = maker.moment(not_before=not_before)
        due: str | None = None
        subject = {
            "call": maker.rng.choice(texts.call_subjects),
            "email": maker.rng.choice(texts.deal_words),
            "meeting": maker.rng.choice(texts.meeting_subjects),
            "note": "",
            "task": maker.rng.choice(texts.task_subjects),
        }[kind]
        owner = me if kind == "task" and maker.rng.random() < 0.4 else maker.rng.choice(owners)
        if kind in ("task", "meeting"):
            # Tasks cluster around today: some overdue, some due now, most ahead.
            when = maker.moment(not_before, recent_days=30) if kind == "task" else when
            due_moment = maker.anchor + timedelta(
                days=maker.rng.randint(-10, 21), hours=maker.rng.randint(-3, 5)
            )
            due = to_iso(
                due_moment if kind == "task" else when + timedelta(days=maker.rng.randint(1, 10))
            )
        draft = ActivityDraft(
            kind=kind,
            subject=subject,
            body=maker.rng.choice(texts.note_bodies) if kind in ("note", "call") else "",
            due_at=due,
            owner_id=owner,
            contact_id=contact_id,
            company_id=company_id,
            deal_id=deal[0] if deal else None,
            ticket_id=ticket[0] if ticket else None,
        )
        with maker.db.clock_at(when):
            activity = activities.log_activity(maker.db, draft)
            if kind == "task" and due and due < to_iso(maker.anchor) and maker.rng.random() < 0.5:
                activities.complete_task(maker.db, activity.id)
    maker.count("activities", n)

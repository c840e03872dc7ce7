"""``crm tickets``: the support queue with filters, and one ticket with its thread."""

from __future__ import annotations

import argparse

from crm_desktop.cli import record_args as ra
from crm_desktop.domain.tickets import PRIORITIES, STATUSES, TicketFilter
from crm_desktop.services.tickets import SORTS, count_tickets, get_ticket, list_tickets
from crm_desktop.services.tickets import ticket_thread as thread_of
from crm_desktop.storage.database import Database

_COLUMNS = [
    ("id", "id"),
    ("subject", "subject"),
    ("status", "status"),
    ("priority", "priority"),
    ("contact", "contact"),
    ("company", "company"),
    ("assignee", "assignee"),
    ("sla_due_at", "due"),
    ("is_overdue", "overdue"),
]


def register(commands: ra.Subparsers, parent: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "tickets",
        help="support tickets: list, show",
        description="Support tickets: the queue, and one ticket with its thread.",
    )
    sub = group.add_subparsers(dest="action", metavar="ACTION", parser_class=type(group))
    sub.required = True

    listing = sub.add_parser("list", parents=[parent], help="the ticket queue")
    listing.add_argument(
        "--status", action="append", metavar="STATUS", help=" | ".join(STATUSES) + "; repeat"
    )
    listing.add_argument(
        "--priority", action="append", metavar="P", help=" | ".join(PRIORITIES) + "; repeat"
    )
    listing.add_argument("--assignee", metavar="USER", help="login or name")
    listing.add_argument("--unassigned", action="store_true", help="only tickets nobody has")
    listing.add_argument("--overdue", action="store_true", help="only tickets past their SLA")
    listing.add_argument("--tag", metavar="TAG", help="only tickets with this tag")
    ra.page_options(listing, list(SORTS), default=200)
    listing.set_defaults(handler=cmd_list)

    show = sub.add_parser("show", parents=[parent], help="one ticket with its thread")
    ra.record_id(show, "ticket")
    ra.json_flag(show)
    show.set_defaults(handler=cmd_show)


def _choices(values: list[str] | None, choices: tuple[str, ...], field: str) -> list[str] | None:
    if not values:
        return None
    return [ra.choice(v, choices, field) or "" for v in values]


def cmd_list(db: Database, args: argparse.Namespace) -> int:
    spec = TicketFilter(
        status=_choices(args.status, STATUSES, "status"),
        priority=_choices(args.priority, PRIORITIES, "priority"),
        assignee_id=ra.user_id(db, args.assignee, "assignee"),
        unassigned=args.unassigned,
        overdue=args.overdue,
        tag=args.tag,
    )
    rows = list_tickets(db, spec, args.offset, args.limit, args.sort or "-created_at")
    ra.print_page(rows, _COLUMNS, args, lambda: count_tickets(db, spec))
    return 0


def cmd_show(db: Database, args: argparse.Namespace) -> int:
    ticket = get_ticket(db, args.id)
    thread = thread_of(db, ticket.id)
    if args.json:
        ra.show_record(ticket, {"thread": thread}, as_json=True)
        return 0
    ra.show_record(ticket, {}, as_json=False)
    print("\nThread:" if thread else "\nThread: (no messages)")
    for message in thread:
        # Whole messages, not table cells: a reply is read, not scanned.
        print(f"\n{message.created_at}  {message.kind} by {message.author}")
        for line in message.body.splitlines() or [""]:
            print(f"    {line}")
    return 0

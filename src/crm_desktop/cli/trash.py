"""``crm trash list|restore|purge`` and ``crm history KIND ID``."""

from __future__ import annotations

import argparse

from crm_desktop.cli import record_args as ra
from crm_desktop.cli.output import print_json, print_table
from crm_desktop.domain.wording import counted
from crm_desktop.services.history import KIND_TABLES, record_history
from crm_desktop.services.trash import (
    TRASH_KINDS,
    list_trash,
    purge,
    purge_older_than,
    restore_from_trash,
)
from crm_desktop.storage.database import Database


def _kind_and_id(parser: argparse.ArgumentParser, kinds: list[str], optional: bool = False) -> None:
    nargs = "?" if optional else None
    parser.add_argument("kind", choices=kinds, nargs=nargs, metavar="KIND", help=", ".join(kinds))
    parser.add_argument("id", type=ra._record_id, nargs=nargs, metavar="ID", help="the record's id")


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    trash = commands.add_parser("trash", help="list, restore or purge deleted records")
    actions = trash.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    kinds = list(TRASH_KINDS)

    listing = actions.add_parser("list", parents=[parent], help="what is in the trash")
    listing.add_argument("--kind", choices=kinds, help="only this kind of record")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=cmd_list)

    restore = actions.add_parser("restore", parents=[parent], help="bring a record back")
    _kind_and_id(restore, kinds)
    restore.set_defaults(handler=cmd_restore)

    purging = actions.add_parser(
        "purge",
        parents=[parent],
        help="delete for good (History keeps what it held)",
        description="Delete one trashed record for good, or with --all-older-than every"
        " record in the trash for longer than DAYS days.",
    )
    _kind_and_id(purging, kinds, optional=True)
    purging.add_argument(
        "--all-older-than", type=ra.count, metavar="DAYS", help="purge all trashed this long ago"
    )
    purging.set_defaults(handler=cmd_purge)

    history = commands.add_parser(
        "history", parents=[parent], help="who changed a record, when, and what"
    )
    _kind_and_id(history, sorted(KIND_TABLES))
    history.add_argument("--json", action="store_true", help="print JSON")
    history.set_defaults(handler=cmd_history)


def cmd_list(db: Database, args: argparse.Namespace) -> int:
    records = list_trash(db, args.kind)
    if args.json:
        print_json(records)
    else:
        print_table(
            records,
            [
                ("kind", "kind"),
                ("id", "id"),
                ("name", "name"),
                ("deleted_at", "deleted"),
                ("deleted_by", "by"),
            ],
        )
    return 0


def cmd_restore(db: Database, args: argparse.Namespace) -> int:
    restore_from_trash(db, args.kind, args.id)
    print(f"restored {args.kind} {args.id}")
    return 0


def cmd_purge(db: Database, args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.command_parser
    if args.all_older_than is not None:
        if args.kind is not None:
            parser.error("give KIND ID or --all-older-than, not both")
        report = purge_older_than(db, args.all_older_than)
        print(f"purged {counted(len(report.purged), 'record', 'records')}")
        for reason in report.refused:
            print(f"kept {reason}")
        return 1 if report.refused else 0
    if args.kind is None or args.id is None:
        parser.error("give KIND ID, or --all-older-than DAYS")
    purge(db, args.kind, args.id)
    print(f"purged {args.kind} {args.id}")
    return 0


def cmd_history(db: Database, args: argparse.Namespace) -> int:
    entries = record_history(db, args.kind, args.id)
    if args.json:
        print_json(entries)
        return 0
    if not entries:
        print("(no history)")
    for entry in entries:
        print(f"{entry.at}  {entry.user}  {entry.action}")
        for change in entry.changes:
            old = change.old or "—"
            new = change.new or "—"
            print(f"    {change.label}: {old} -> {new}")
    return 0

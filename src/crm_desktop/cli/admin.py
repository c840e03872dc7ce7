"""File-level commands: init, info, demo, search."""

from __future__ import annotations

import argparse

from crm_desktop.cli import record_args as ra
from crm_desktop.cli.output import print_json, print_table
from crm_desktop.services import demo
from crm_desktop.services.info import file_info
from crm_desktop.services.search import search
from crm_desktop.storage.database import Database


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    init = commands.add_parser("init", parents=[parent], help="create the CRM file if missing")
    init.set_defaults(handler=cmd_init)

    info = commands.add_parser("info", parents=[parent], help="path, schema version, counts")
    info.add_argument("--json", action="store_true", help="print JSON")
    info.set_defaults(handler=cmd_info)

    demo_parser = commands.add_parser(
        "demo",
        parents=[parent],
        help="fill the file with realistic demo data",
        description="Add a believable small business: 18 months of people, companies,"
        " deals, tickets, activities and orders, made with Faker.",
    )
    demo_parser.add_argument(
        "--contacts",
        type=int,
        default=500,
        metavar="N",
        help="how many people (500); companies, deals, tickets and activities follow",
    )
    demo_parser.add_argument(
        "--seed", type=int, default=1, metavar="S", help="the same seed makes the same data (1)"
    )
    demo_parser.add_argument(
        "--locale",
        choices=demo.LOCALES,
        default="it_IT",
        help="the country of names, addresses and phone numbers (it_IT)",
    )
    demo_parser.set_defaults(handler=cmd_demo)

    find = commands.add_parser("search", parents=[parent], help="search every record")
    find.add_argument("text", nargs="+", help="words, an e-mail or a phone number")
    find.add_argument(
        "--limit", type=ra.count, default=20, metavar="N", help="at most N results (20)"
    )
    find.add_argument("--json", action="store_true", help="print JSON")
    find.set_defaults(handler=cmd_search)


def cmd_init(db: Database, args: argparse.Namespace) -> int:
    print(f"{db.path} is ready (schema version {db.schema_version})")
    return 0


def cmd_info(db: Database, args: argparse.Namespace) -> int:
    info = file_info(db)
    if args.json:
        print_json(info)
        return 0
    print(f"file            {info.path}")
    print(f"schema version  {info.schema_version}")
    print(f"storage mode    {info.storage_mode}")
    print(f"journal mode    {info.journal_mode}")
    print(f"size            {info.size_bytes / 1024:.0f} KiB")
    for table, count in info.counts.items():
        print(f"{table:<15} {count}")
    print(f"{'in trash':<15} {info.in_trash}")
    return 0


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    summary = demo.generate_demo_data(
        db, contacts=args.contacts, seed=args.seed, locale=args.locale
    )
    print("Added demo data: " + ", ".join(f"{count} {table}" for table, count in summary.items()))
    return 0


def cmd_search(db: Database, args: argparse.Namespace) -> int:
    results = search(db, " ".join(args.text), limit=args.limit)
    if args.json:
        print_json(results)
    else:
        print_table(results, [("type", "type"), ("id", "id"), ("title", "title"), ("subtitle", "")])
    return 0

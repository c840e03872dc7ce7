"""``crm companies``: add, list and show companies."""

from __future__ import annotations

import argparse

from crm_desktop.cli import record_args as ra
from crm_desktop.domain.companies import COMPANY_SORTS, CompanyDraft, CompanyFilter
from crm_desktop.services import companies
from crm_desktop.services.tags import tag_records, tags_for, tags_for_many
from crm_desktop.storage.database import Database

_COLUMNS = [
    ("id", "id"),
    ("name", "name"),
    ("industry", "industry"),
    ("primary_email", "e-mail"),
    ("primary_phone", "phone"),
    ("city", "city"),
    ("country", "country"),
    ("owner", "owner"),
    ("contact_count", "contacts"),
]


def register(commands: ra.Subparsers, parent: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "companies",
        help="organisations: add, list, show",
        description="Organisations: add, list and show.",
    )
    sub = group.add_subparsers(dest="action", metavar="ACTION", parser_class=type(group))
    sub.required = True

    add = sub.add_parser("add", parents=[parent], help="add a company")
    add.add_argument("--name", required=True, metavar="TEXT")
    add.add_argument("--industry", default="", metavar="TEXT")
    add.add_argument("--website", default="", metavar="URL")
    add.add_argument("--email", action="append", metavar="ADDRESS", help="repeat for more")
    add.add_argument("--phone", action="append", metavar="NUMBER", help="repeat for more")
    add.add_argument("--city", default="", metavar="TEXT")
    add.add_argument("--country", default="", metavar="CC", help="two-letter country code")
    add.add_argument("--vat-id", default="", metavar="TEXT")
    add.add_argument("--owner", metavar="USER", help="login or name")
    add.add_argument("--notes", default="", metavar="TEXT")
    add.add_argument("--tag", action="append", metavar="TAG", help="repeat for more")
    ra.json_flag(add)
    add.set_defaults(handler=cmd_add)

    listing = sub.add_parser("list", parents=[parent], help="list companies")
    listing.add_argument("--industry", metavar="TEXT")
    listing.add_argument("--country", metavar="CC", help="two-letter country code")
    listing.add_argument("--tag", metavar="TAG", help="only companies with this tag")
    listing.add_argument("--owner", metavar="USER", help="login or name")
    listing.add_argument(
        "--search", metavar="TEXT", help="part of the name, an e-mail, website or VAT id"
    )
    ra.page_options(listing, COMPANY_SORTS, default=100)
    listing.set_defaults(handler=cmd_list)

    show = sub.add_parser("show", parents=[parent], help="one company with its tags")
    ra.record_id(show, "company")
    ra.json_flag(show)
    show.set_defaults(handler=cmd_show)


def cmd_add(db: Database, args: argparse.Namespace) -> int:
    tags = ra.tag_names(args.tag)
    draft = CompanyDraft(
        name=args.name,
        industry=args.industry,
        website=args.website,
        emails=ra.contact_points(args.email) or (),
        phones=ra.contact_points(args.phone) or (),
        city=args.city,
        country=args.country,
        vat_id=args.vat_id,
        owner_id=ra.user_id(db, args.owner, "owner"),
        notes=args.notes,
    )
    company = companies.create_company(db, draft)
    if tags:
        tag_records(db, "company", [company.id], tags)
    if args.json:
        ra.show_record(company, {"tags": tags_for(db, "company", company.id)}, as_json=True)
    else:
        print(f"Added company {company.id}: {company.name}")
    return 0


def cmd_list(db: Database, args: argparse.Namespace) -> int:
    spec = CompanyFilter(
        text=args.search or "",
        industry=args.industry,
        owner_id=ra.user_id(db, args.owner, "owner"),
        country=args.country,
        tag=args.tag,
    )
    rows = companies.list_companies(db, spec, args.offset, args.limit, args.sort or "name")
    if args.json:
        # The records themselves, keyed as in show --json, not the table's rows.
        ids = [row.id for row in rows]
        ra.print_records_json(companies.get_companies(db, ids), tags_for_many(db, "company", ids))
        return 0
    ra.print_page(rows, _COLUMNS, args, lambda: companies.count_companies(db, spec))
    return 0


def cmd_show(db: Database, args: argparse.Namespace) -> int:
    company = companies.get_company(db, args.id)
    ra.show_record(company, {"tags": tags_for(db, "company", company.id)}, args.json)
    return 0

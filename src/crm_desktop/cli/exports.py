"""``crm export``: any list, with the list commands' filters, to CSV, JSON, vCard or iCalendar."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from crm_desktop.cli import record_args as ra
from crm_desktop.cli.deals import deal_filter
from crm_desktop.domain.activities import KINDS
from crm_desktop.domain.companies import CompanyFilter
from crm_desktop.domain.contacts import LIFECYCLE_STAGES, ContactFilter
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.saved_views import ENTITIES as SAVED_VIEW_ENTITIES
from crm_desktop.domain.tickets import TicketFilter
from crm_desktop.i18n import translate
from crm_desktop.interchange.exports import (
    ENTITIES,
    FORMATS,
    ExportOptions,
    OrderFilter,
    export_records,
)
from crm_desktop.services.activity_lists import ActivityFilter
from crm_desktop.services.saved_views import find_saved_view
from crm_desktop.storage.database import Database

# Which filter options each kind of record takes.
_APPLIES = {
    "contacts": {"stage", "country", "tag", "owner", "search"},
    "companies": {"industry", "country", "tag", "owner", "search"},
    "deals": {"pipeline", "stage", "status", "owner", "tag"},
    "tickets": {"status", "priority", "assignee", "unassigned", "overdue", "tag"},
    "activities": {"kind", "owner", "state"},
    "orders": {"date_from", "date_to"},
}
_DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\\t": "\t", "\t": "\t"}


def register(commands: ra.Subparsers, parent: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "export",
        parents=[parent],
        help=translate("cli", "write a list of records to a CSV, JSON, vCard or iCalendar file"),
        description=translate(
            "cli",
            "Write contacts, companies, deals, tickets, activities or orders to a file."
            " CSV opens in Excel as it is: UTF-8 with BOM, ';' where your language's locale"
            " writes decimals with a comma (or --delimiter), formula-like cells guarded.",
        ),
    )
    parser.add_argument("entity", choices=ENTITIES, metavar="|".join(ENTITIES))
    parser.add_argument(
        "--format", choices=FORMATS, default="csv", help=translate("cli", "csv (default)")
    )
    parser.add_argument(
        "--out", required=True, metavar="FILE", help=translate("cli", "the file to write")
    )
    parser.add_argument(
        "--delimiter", metavar="SEP", help=translate("cli", "',', ';' or tab (CSV only)")
    )
    parser.add_argument(
        "--vcard-version",
        choices=("3.0", "4.0"),
        default="3.0",
        help=translate("cli", "3.0 (default) or 4.0"),
    )
    parser.add_argument(
        "--stage",
        metavar="STAGE",
        help=translate("cli", "contacts: lifecycle stage; deals: stage name or id"),
    )
    parser.add_argument(
        "--pipeline", metavar="NAME", help=translate("cli", "deals: pipeline name or id")
    )
    parser.add_argument("--country", metavar="CC", help=translate("cli", "two-letter country code"))
    parser.add_argument("--industry", metavar="TEXT", help=translate("cli", "companies: industry"))
    parser.add_argument("--tag", metavar="TAG", help=translate("cli", "only records with this tag"))
    parser.add_argument("--owner", metavar="USER", help=translate("cli", "login or name"))
    parser.add_argument(
        "--search", metavar="TEXT", help=translate("cli", "part of a name or e-mail")
    )
    parser.add_argument(
        "--status", metavar="STATUS", help=translate("cli", "deals or tickets: status")
    )
    parser.add_argument(
        "--priority", metavar="PRIORITY", help=translate("cli", "tickets: priority")
    )
    parser.add_argument(
        "--assignee", metavar="USER", help=translate("cli", "tickets: login or name")
    )
    parser.add_argument(
        "--unassigned", action="store_true", help=translate("cli", "tickets nobody has")
    )
    parser.add_argument(
        "--overdue", action="store_true", help=translate("cli", "tickets past their SLA")
    )
    parser.add_argument(
        "--kind",
        action="append",
        choices=KINDS,
        help=translate("cli", "activities: kind (repeat for more)"),
    )
    parser.add_argument(
        "--state", choices=("open", "done"), help=translate("cli", "activities: open or done")
    )
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", help=translate("cli", "orders: from day")
    )
    parser.add_argument(
        "--to", dest="date_to", metavar="DATE", help=translate("cli", "orders: to day")
    )
    parser.add_argument(
        "--view",
        metavar="NAME",
        help=translate(
            "cli", "only the records of this saved view (name or id) of the same kind of record"
        ),
    )
    parser.set_defaults(handler=cmd_export)


def _refuse_foreign_filters(args: argparse.Namespace) -> None:
    given = {name for names in _APPLIES.values() for name in names if getattr(args, name)}
    foreign = sorted(given - _APPLIES[args.entity])
    if foreign:
        option = "--" + foreign[0].replace("date_", "").replace("_", "-")
        text = translate("export", "{option} does not filter {entity}")
        raise ValidationError.single(foreign[0], text.format(option=option, entity=args.entity))


def _with_view(db: Database, args: argparse.Namespace, spec: object) -> object:
    """``spec`` narrowed to the saved view ``--view`` names, if any.

    Raises:
        NotFoundError: no such view; ValidationError: a view of another kind of record.
    """
    if args.view is None:
        return spec
    try:
        view = find_saved_view(db, args.view)
    except NotFoundError:
        text = translate("export", "there is no saved view {name}")
        raise ValidationError.single("view", text.format(name=repr(args.view))) from None
    if view.entity != args.entity:
        text = translate("export", "the saved view {name} is of {entity}, not of {wanted}")
        raise ValidationError.single(
            "view", text.format(name=repr(view.name), entity=view.entity, wanted=args.entity)
        )
    return replace(spec, view=view.filter)  # type: ignore[type-var]


def _filter(db: Database, args: argparse.Namespace) -> object:
    owner = ra.user_id(db, args.owner, "owner")
    if args.entity == "contacts":
        stage = ra.choice(args.stage, LIFECYCLE_STAGES, "lifecycle_stage")
        return ContactFilter(
            text=args.search or "",
            lifecycle_stage=stage,
            owner_id=owner,
            country=args.country,
            tag=args.tag,
        )
    if args.entity == "companies":
        return CompanyFilter(
            text=args.search or "",
            industry=args.industry,
            owner_id=owner,
            country=args.country,
            tag=args.tag,
        )
    if args.entity == "deals":
        return deal_filter(db, args)
    if args.entity == "tickets":
        return TicketFilter(
            status=args.status,
            priority=args.priority,
            assignee_id=ra.user_id(db, args.assignee, "assignee"),
            unassigned=args.unassigned,
            overdue=args.overdue,
            tag=args.tag,
        )
    if args.entity == "activities":
        kinds = tuple(args.kind or (("meeting", "task") if args.format == "ical" else ()))
        return ActivityFilter(kinds=kinds, owner_id=owner, state=args.state or "")
    return OrderFilter(date_from=args.date_from, date_to=args.date_to)


def cmd_export(db: Database, args: argparse.Namespace) -> int:
    _refuse_foreign_filters(args)
    if args.view is not None and args.entity not in SAVED_VIEW_ENTITIES:
        text = translate("export", "saved views are of {entities}, not of {entity}")
        raise ValidationError.single(
            "view", text.format(entities=", ".join(SAVED_VIEW_ENTITIES), entity=args.entity)
        )
    delimiter = None
    if args.delimiter is not None:
        delimiter = _DELIMITERS.get(args.delimiter.strip() or args.delimiter)
        if delimiter is None:
            raise ValidationError.single("delimiter", translate("export", "give ',', ';' or tab"))
    path = Path(args.out).expanduser()
    options = ExportOptions(
        entity=args.entity,
        path=path,
        format=args.format,
        filter=_with_view(db, args, _filter(db, args)),
        delimiter=delimiter,
        vcard_version=args.vcard_version,
    )
    count = export_records(db, options)
    print(exported(args.entity, count).format(path=path))
    return 0


def exported(entity: str, n: int) -> str:
    """The line "Exported 3 contacts to {path}": one sentence per kind and count."""
    one = n == 1
    if entity == "contacts":
        if one:
            return translate("export", "Exported %n contact to {path}", "", n)
        return translate("export", "Exported %n contacts to {path}", "", n)
    if entity == "companies":
        if one:
            return translate("export", "Exported %n company to {path}", "", n)
        return translate("export", "Exported %n companies to {path}", "", n)
    if entity == "deals":
        if one:
            return translate("export", "Exported %n deal to {path}", "", n)
        return translate("export", "Exported %n deals to {path}", "", n)
    if entity == "tickets":
        if one:
            return translate("export", "Exported %n ticket to {path}", "", n)
        return translate("export", "Exported %n tickets to {path}", "", n)
    if entity == "activities":
        if one:
            return translate("export", "Exported %n activity to {path}", "", n)
        return translate("export", "Exported %n activities to {path}", "", n)
    if one:
        return translate("export", "Exported %n order to {path}", "", n)
    return translate("export", "Exported %n orders to {path}", "", n)

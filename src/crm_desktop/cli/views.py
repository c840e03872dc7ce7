"""``crm views``: saved views ("smart lists") - list, show, add, delete, run, fields."""

from __future__ import annotations

import argparse

from crm_desktop.cli import record_args as ra
from crm_desktop.cli.companies import _COLUMNS as COMPANY_COLUMNS
from crm_desktop.cli.contacts import _COLUMNS as CONTACT_COLUMNS
from crm_desktop.cli.deals import _COLUMNS as DEAL_COLUMNS
from crm_desktop.cli.output import plain, print_json, print_record, print_table
from crm_desktop.cli.tickets import _COLUMNS as TICKET_COLUMNS
from crm_desktop.domain.saved_views import ENTITIES, Condition, SavedView, operators_for
from crm_desktop.services.saved_views import (
    count_view,
    create_saved_view,
    delete_saved_view,
    describe_filter,
    find_saved_view,
    list_saved_views,
    run_view,
)
from crm_desktop.services.view_fields import view_fields
from crm_desktop.storage.database import Database

_ROW_COLUMNS = {
    "contacts": CONTACT_COLUMNS,
    "companies": COMPANY_COLUMNS,
    "deals": DEAL_COLUMNS,
    "tickets": TICKET_COLUMNS,
}
_VIEW_COLUMNS = [
    ("id", "id"),
    ("name", "name"),
    ("entity", "of"),
    ("count", "count"),
    ("filter", "filter"),
]


def register(commands: ra.Subparsers, parent: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "views",
        help="saved views (smart lists): list, show, add, delete, run",
        description="Saved views: named filters over contacts, companies, deals or tickets.",
    )
    sub = group.add_subparsers(dest="action", metavar="ACTION", parser_class=type(group))
    sub.required = True

    listing = sub.add_parser("list", parents=[parent], help="the saved views with their counts")
    listing.add_argument("--entity", choices=ENTITIES, help="only views of these records")
    ra.json_flag(listing)
    listing.set_defaults(handler=cmd_list)

    show = sub.add_parser("show", parents=[parent], help="one view: its filter and count")
    show.add_argument("name", metavar="NAME", help="the view's name (any case) or id")
    ra.json_flag(show)
    show.set_defaults(handler=cmd_show)

    add = sub.add_parser(
        "add",
        parents=[parent],
        help="save a new view",
        epilog="Example: crm views add 'Milan leads' --entity contacts"
        " --where city = Milano --where lifecycle_stage = lead --where created_at between"
        " 2024-01-01 2024-06-30. `crm views fields ENTITY` lists fields and operators.",
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--entity", required=True, choices=ENTITIES)
    add.add_argument(
        "--where",
        nargs="+",
        action="append",
        metavar="FIELD OP [VALUE",
        default=[],
        help="a condition: field, operator and none, one or two values",
    )
    add.add_argument("--any", action="store_true", help="match any condition (default: all)")
    ra.json_flag(add)
    add.set_defaults(handler=cmd_add)

    delete = sub.add_parser("delete", parents=[parent], help="delete a saved view")
    delete.add_argument("name", metavar="NAME", help="the view's name (any case) or id")
    delete.set_defaults(handler=cmd_delete)

    run = sub.add_parser("run", parents=[parent], help="the records a view keeps")
    run.add_argument("name", metavar="NAME", help="the view's name (any case) or id")
    run.add_argument("--limit", type=ra.count, default=200, help="at most this many (200)")
    run.add_argument("--offset", type=ra.count, default=0, help="skip this many first")
    ra.json_flag(run)
    run.set_defaults(handler=cmd_run)

    fields = sub.add_parser("fields", parents=[parent], help="fields and operators of a kind")
    fields.add_argument("entity", choices=ENTITIES)
    fields.set_defaults(handler=cmd_fields)


def _summary(db: Database, view: SavedView) -> dict[str, object]:
    return {
        **plain(view),
        "count": count_view(db, view.filter),
        "filter": describe_filter(view.filter),
    }


def cmd_list(db: Database, args: argparse.Namespace) -> int:
    rows = [_summary(db, v) for v in list_saved_views(db, args.entity)]
    if args.json:
        print_json(rows)
    else:
        print_table([argparse.Namespace(**r) for r in rows], _VIEW_COLUMNS)
    return 0


def cmd_show(db: Database, args: argparse.Namespace) -> int:
    summary = _summary(db, find_saved_view(db, args.name))
    if args.json:
        print_json(summary)
    else:
        print_record({k: v for k, v in summary.items() if k != "conditions"})
    return 0


def _condition(parts: list[str]) -> Condition:
    """``FIELD OP [VALUE [VALUE]]`` as typed after --where; checked by the service."""
    field, op, values = parts[0], (parts[1] if len(parts) > 1 else ""), parts[2:]
    value: object = None
    if len(values) == 1:
        value = values[0]
    elif values:
        value = values
    return Condition(field, op, value)


def cmd_add(db: Database, args: argparse.Namespace) -> int:
    conditions = [_condition(parts) for parts in args.where]
    view = create_saved_view(db, args.name, args.entity, conditions, "any" if args.any else "all")
    if args.json:
        print_json(_summary(db, view))
    else:
        print(f"Saved view {view.id} ({view.name}): {describe_filter(view.filter)}")
    return 0


def cmd_delete(db: Database, args: argparse.Namespace) -> int:
    view = find_saved_view(db, args.name)
    delete_saved_view(db, view.id)
    print(f"Deleted saved view {view.id} ({view.name})")
    return 0


def cmd_run(db: Database, args: argparse.Namespace) -> int:
    view = find_saved_view(db, args.name)
    rows = run_view(db, view.filter, args.offset, args.limit)
    shown = rows
    if view.entity == "deals":
        shown = [ra.row_view(r, value=ra.money_text(r.value_minor, r.currency)) for r in rows]
    ra.print_page(
        rows, _ROW_COLUMNS[view.entity], args, lambda: count_view(db, view.filter), shown=shown
    )
    return 0


def cmd_fields(db: Database, args: argparse.Namespace) -> int:
    rows = [
        argparse.Namespace(
            key=f.key,
            label=f.label,
            kind=f.kind,
            operators=" ".join(o.key for o in operators_for(f.kind)),
            choices=" ".join(f.choices),
        )
        for f in view_fields(args.entity)
    ]
    columns = [("key", "field"), ("label", "label"), ("kind", "kind"), ("operators", "operators")]
    print_table(rows, [*columns, ("choices", "values")])
    return 0

"""``crm settings``: show or change the business settings stored in the file."""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.cli.output import print_json, print_record
from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import translate
from crm_desktop.services.settings import PRIORITIES, get_settings, update_settings
from crm_desktop.storage.database import Database


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    settings = commands.add_parser(
        "settings",
        parents=[parent],
        help="show or change the business settings",
        description="Without options, show the settings; with them, change those and show"
        " the result.",
    )
    settings.add_argument(
        "--region", metavar="CC", help="country whose phone numbers need no +code (IT, SE, US)"
    )
    settings.add_argument("--currency", metavar="CODE", help="default ISO-4217 currency (EUR)")
    settings.add_argument("--company-name", metavar="NAME", help="your business's name")
    settings.add_argument(
        "--sla-hours",
        metavar="PRIORITY=H,...",
        help="hours to resolve a ticket per priority, e.g. urgent=4,high=8,normal=24,low=72",
    )
    settings.add_argument(
        "--backup-keep-days",
        type=int,
        metavar="N",
        help="days each user's automatic backups of this file are kept (14)",
    )
    settings.add_argument("--json", action="store_true", help="print JSON")
    settings.set_defaults(handler=cmd_settings)


def sla_hours(text: str) -> dict[str, int]:
    """``"urgent=4, high=8"`` as ``{"urgent": 4, "high": 8}``.

    Raises:
        ValidationError: on ``sla_hours``, saying which part is wrong.
    """
    hours: dict[str, int] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        priority, equals, value = (s.strip() for s in part.partition("="))
        if not equals:
            raise ValidationError.single(
                "sla_hours",
                translate("cli", "{part} is not PRIORITY=HOURS").format(part=repr(part)),
            )
        if priority not in PRIORITIES:
            raise ValidationError.single(
                "sla_hours",
                translate("cli", "{priority} is not a priority ({priorities})").format(
                    priority=repr(priority), priorities=", ".join(PRIORITIES)
                ),
            )
        if not value.isdigit() or int(value) <= 0:
            raise ValidationError.single(
                "sla_hours",
                translate(
                    "cli", "{value} for {priority} is not a positive whole number of hours"
                ).format(value=repr(value), priority=priority),
            )
        hours[priority] = int(value)
    if not hours:
        raise ValidationError.single(
            "sla_hours", translate("cli", "give at least one PRIORITY=HOURS")
        )
    return hours


def cmd_settings(db: Database, args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    if args.region is not None:
        changes["default_region"] = args.region.strip()
    if args.currency is not None:
        changes["default_currency"] = args.currency.strip()
    if args.company_name is not None:
        changes["company_name"] = args.company_name.strip()
    if args.sla_hours is not None:
        changes["sla_hours"] = sla_hours(args.sla_hours)
    if args.backup_keep_days is not None:
        changes["backup_keep_days"] = args.backup_keep_days
    settings = update_settings(db, **changes) if changes else get_settings(db)
    if args.json:
        print_json(settings)
    else:
        print_record(settings)
    return 0

"""``crm report NAME``: write a PDF report (and its figures as CSV) like the app's Reports menu."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.periods import Period, parse_day
from crm_desktop.i18n import translate
from crm_desktop.reports.options import ReportOptions
from crm_desktop.reports.registry import REPORTS, find_report, run_report, today_of
from crm_desktop.services.customer_figures import CUSTOMER_KINDS
from crm_desktop.services.saved_views import find_saved_view
from crm_desktop.storage.database import Database


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    listing = "; ".join(f"{k.name} ({k.shown_description()})" for k in REPORTS)
    report = commands.add_parser(
        "report",
        parents=[parent],
        help=translate("cli", "write a PDF report and/or its figures as CSV"),
        description=translate(
            "cli",
            "Reports: {listing}. Without --from/--to, each covers its usual period (this month;"
            " this quarter for forecast; this year for customers); the customer profile covers"
            " the whole history and takes no period.",
        ).format(listing=listing),
    )
    report.add_argument("report", metavar="NAME", help=", ".join(k.name for k in REPORTS))
    report.add_argument(
        "--pdf", metavar="OUT", type=Path, help=translate("cli", "write the PDF here")
    )
    report.add_argument(
        "--csv", metavar="OUT", type=Path, help=translate("cli", "write the figures as CSV here")
    )
    report.add_argument(
        "--from", dest="from_", metavar="DATE", help=translate("cli", "first day, YYYY-MM-DD")
    )
    report.add_argument(
        "--to", metavar="DATE", help=translate("cli", "last day, YYYY-MM-DD (default: today)")
    )
    report.add_argument(
        "--id", type=int, metavar="ID", help=translate("cli", "the customer report's record")
    )
    report.add_argument(
        "--kind",
        choices=CUSTOMER_KINDS,
        default="contact",
        help=translate("cli", "whether --id is a contact or a company (default: contact)"),
    )
    report.add_argument(
        "--view",
        metavar="NAME",
        help=translate(
            "cli",
            "only the records of this saved view (name or id): deal views for pipeline,"
            " forecast and win-loss; ticket views for tickets; contact or company views for"
            " customers",
        ),
    )
    report.set_defaults(handler=cmd_report)


def _period(db: Database, args: argparse.Namespace) -> Period | None:
    if args.from_ is None and args.to is None:
        return None
    if args.from_ is None:
        raise ValidationError.single(
            "from", translate("cli", "give the first day too (--from YYYY-MM-DD)")
        )
    start = parse_day(args.from_, "from")
    end: date = parse_day(args.to, "to") if args.to is not None else today_of(db)
    if end < start:
        raise ValidationError.single(
            "to", translate("cli", "{end} is before --from {start}").format(end=end, start=start)
        )
    return Period(start, end)


def _view_id(db: Database, name: str | None) -> int | None:
    if name is None:
        return None
    try:
        return find_saved_view(db, name).id
    except NotFoundError:
        raise ValidationError.single(
            "view", translate("cli", "there is no saved view {name}").format(name=repr(name))
        ) from None


def cmd_report(db: Database, args: argparse.Namespace) -> int:
    kind = find_report(args.report)
    if not kind.uses_period and (args.from_ is not None or args.to is not None):
        option = "from" if args.from_ is not None else "to"
        raise ValidationError.single(
            option,
            translate(
                "cli", "the {report} report covers the whole history; leave out --from and --to"
            ).format(report=kind.name),
        )
    options = ReportOptions(
        name=args.report,
        period=_period(db, args),
        record_id=args.id,
        record_kind=args.kind,
        pdf_path=args.pdf,
        csv_path=args.csv,
        view_id=_view_id(db, args.view),
    )
    for path in run_report(db, options):
        print(path)
    return 0

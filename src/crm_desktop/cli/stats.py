"""``crm stats``: everything the dashboard shows, as text or JSON."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date

from crm_desktop.cli.output import print_json
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.periods import Period, parse_day
from crm_desktop.i18n import translate
from crm_desktop.reports.dashboard_rows import figure_rows, revenue_rows, stage_rows, week_rows
from crm_desktop.reports.formats import Formats
from crm_desktop.services.dashboard import DASHBOARD_PERIODS, dashboard, dashboard_period
from crm_desktop.storage.database import Database


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    stats = commands.add_parser(
        "stats",
        parents=[parent],
        help=translate("cli", "print the dashboard's figures"),
        description=translate(
            "cli",
            "The dashboard's figures for a period, against the period before it: pipeline,"
            " forecast, won deals, win rate, sales cycle, tickets, SLA breaches, tasks; and its"
            " charts as tables. Money is listed per currency, never added across.",
        ),
    )
    stats.add_argument(
        "--period",
        choices=DASHBOARD_PERIODS,
        default="this_month",
        help=translate("cli", "a named period (default: this_month)"),
    )
    stats.add_argument(
        "--from", dest="from_", metavar="DATE", help=translate("cli", "first day, YYYY-MM-DD")
    )
    stats.add_argument(
        "--to", metavar="DATE", help=translate("cli", "last day, YYYY-MM-DD (default: today)")
    )
    stats.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    stats.set_defaults(handler=cmd_stats)


def _period(db: Database, args: argparse.Namespace) -> Period:
    today = date.fromisoformat(db.now()[:10])
    if args.from_ is None and args.to is None:
        return dashboard_period(args.period, today)
    if args.from_ is None:
        raise ValidationError.single(
            "from", translate("cli", "give the first day too (--from YYYY-MM-DD)")
        )
    start = parse_day(args.from_, "from")
    end = parse_day(args.to, "to") if args.to is not None else today
    if end < start:
        raise ValidationError.single(
            "to", translate("cli", "{end} is before --from {start}").format(end=end, start=start)
        )
    return Period(start, end)


def cmd_stats(db: Database, args: argparse.Namespace) -> int:
    figures = dashboard(db, _period(db, args))
    if args.json:
        print_json(figures)
        return 0
    # Words, dates and amounts all in the user's language and locale ($CRM_LANG, $LANG):
    # one language per line, never English text around Italian month names.
    fmt = Formats.chosen()
    out = sys.stdout
    heading = translate(
        "cli", "Dashboard {start} – {end}, compared with {previous_start} – {previous_end}"
    )
    out.write(
        heading.format(
            start=fmt.day(figures.period.start),
            end=fmt.day(figures.period.end),
            previous_start=fmt.day(figures.previous.start),
            previous_end=fmt.day(figures.previous.end),
        )
        + "\n"
    )
    if figures.other_currencies:
        listed = translate("cli", "Amounts per currency ({currencies}), never added across.")
        out.write(listed.format(currencies=", ".join(figures.currencies)) + "\n")
    out.write("\n")
    rows = [(r.name, r.value, r.previous, r.change) for r in figure_rows(figures, fmt)]
    value, deals = translate("reports", "Value"), translate("reports", "Deals")
    figure, previous = translate("reports", "Figure"), translate("reports", "Previous period")
    _table((figure, value, previous, translate("reports", "Change")), rows)
    out.write(
        "\n"
        + translate("cli", "Pipeline by stage (open deals now; won and lost in the period)")
        + "\n"
    )
    _table((translate("reports", "Stage"), deals, value), stage_rows(figures, fmt))
    out.write(
        "\n"
        + translate("cli", "Revenue by month (orders placed and deals won, not added together)")
        + "\n"
    )
    _table(
        (
            translate("reports", "Month"),
            translate("reports", "Orders"),
            translate("reports", "Deals won"),
        ),
        revenue_rows(figures, fmt),
    )
    out.write("\n" + translate("cli", "Tickets per week (from Monday)") + "\n")
    _table(
        (
            translate("reports", "Week"),
            translate("reports", "Opened"),
            translate("reports", "Resolved"),
        ),
        week_rows(figures, fmt),
    )
    return 0


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)
    ]
    for row in (header, *rows):
        line = "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        sys.stdout.write("  " + line.rstrip() + "\n")

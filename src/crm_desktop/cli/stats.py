"""``crm stats``: everything the dashboard shows, as text or JSON."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from babel import Locale, UnknownLocaleError

from crm_desktop.cli.output import print_json
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import locale_for_region
from crm_desktop.domain.periods import Period, parse_day
from crm_desktop.reports.dashboard_rows import figure_rows, revenue_rows, stage_rows, week_rows
from crm_desktop.reports.formats import Formats
from crm_desktop.services.dashboard import DASHBOARD_PERIODS, dashboard, dashboard_period
from crm_desktop.services.settings import get_settings
from crm_desktop.storage.database import Database


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    stats = commands.add_parser(
        "stats",
        parents=[parent],
        help="print the dashboard's figures",
        description="The dashboard's figures for a period, against the period before it:"
        " pipeline, forecast, won deals, win rate, sales cycle, tickets, SLA breaches, tasks;"
        " and its charts as tables. Money is listed per currency, never added across.",
    )
    stats.add_argument(
        "--period",
        choices=DASHBOARD_PERIODS,
        default="this_month",
        help="a named period (default: this_month)",
    )
    stats.add_argument("--from", dest="from_", metavar="DATE", help="first day, YYYY-MM-DD")
    stats.add_argument("--to", metavar="DATE", help="last day, YYYY-MM-DD (default: today)")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(handler=cmd_stats)


def _period(db: Database, args: argparse.Namespace) -> Period:
    today = date.fromisoformat(db.now()[:10])
    if args.from_ is None and args.to is None:
        return dashboard_period(args.period, today)
    if args.from_ is None:
        raise ValidationError.single("from", "give the first day too (--from YYYY-MM-DD)")
    start = parse_day(args.from_, "from")
    end = parse_day(args.to, "to") if args.to is not None else today
    if end < start:
        raise ValidationError.single("to", f"{end} is before --from {start}")
    return Period(start, end)


@dataclass(frozen=True)
class EnglishDates(Formats):
    """Amounts and numbers as the business's country writes them, dates in English.

    The CLI's text is English, so its month names must be too (it_IT would mix
    in "ott"); amounts stay as the app and the PDF write them ("500,00 USD").
    """

    words: str = "en_US"  # an English locale of the country, en_IT: "1 Nov 2026"

    def day(self, value: date | str | None) -> str:
        return Formats(self.words).day(value)

    def month(self, first: date) -> str:
        return Formats(self.words).month(first)


def english_locale(region: str) -> str:
    """English with the country's conventions (en_IT, en_SE); en_US when unknown."""
    try:
        return str(Locale.parse(f"en_{region.upper()}")) if region else "en_US"
    except (ValueError, UnknownLocaleError):
        return "en_US"


def cmd_stats(db: Database, args: argparse.Namespace) -> int:
    figures = dashboard(db, _period(db, args))
    if args.json:
        print_json(figures)
        return 0
    region = get_settings(db).default_region
    fmt = EnglishDates(locale_for_region(region), english_locale(region))
    out = sys.stdout
    out.write(
        f"Dashboard {fmt.day(figures.period.start)} – {fmt.day(figures.period.end)},"
        f" compared with {fmt.day(figures.previous.start)} – {fmt.day(figures.previous.end)}\n"
    )
    if figures.other_currencies:
        out.write(f"Amounts per currency ({', '.join(figures.currencies)}), never added across.\n")
    out.write("\n")
    rows = [(r.name, r.value, r.previous, r.change) for r in figure_rows(figures, fmt)]
    _table(("Figure", "Value", "Previous period", "Change"), rows)
    out.write("\nPipeline by stage (open deals now; won and lost in the period)\n")
    _table(("Stage", "Deals", "Value"), stage_rows(figures, fmt))
    out.write("\nRevenue by month (orders placed and deals won, not added together)\n")
    _table(("Month", "Orders", "Deals won"), revenue_rows(figures, fmt))
    out.write("\nTickets per week (from Monday)\n")
    _table(("Week", "Opened", "Resolved"), week_rows(figures, fmt))
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

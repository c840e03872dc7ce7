"""``crm import contacts|companies FILE``: bring in a CSV export (or a .vcf file of contacts).

Exit 0 when the import ran, even with rejected rows (they are counted and
written to the error CSV); 1 when the file cannot be read at all, nothing
stored.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crm_desktop.cli.output import print_json
from crm_desktop.domain.wording import ngettext
from crm_desktop.interchange.mappings import read_mapping_file, write_mapping_file
from crm_desktop.services.import_errors import default_errors_path
from crm_desktop.services.imports import (
    ON_DUPLICATE,
    ImportReport,
    import_vcard,
    is_vcard,
    open_import,
    run_import,
    save_mapping,
    with_mapping,
)
from crm_desktop.storage.database import Database


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "import",
        help="bring in contacts or companies from a CSV (or vCard) file",
        description="Import a CSV file (Google, Outlook, HubSpot, Salesforce, Pipedrive"
        " exports, or any spreadsheet) in one transaction: every valid row is stored and"
        " rejected rows go to an error CSV, or nothing is stored.",
    )
    sub = group.add_subparsers(dest="entity", metavar="WHAT", parser_class=type(group))
    sub.required = True
    for entity in ("contacts", "companies"):
        command = sub.add_parser(entity, parents=[parent], help=f"import {entity}")
        command.add_argument("file", metavar="FILE", help="the CSV file (or .vcf for contacts)")
        command.add_argument(
            "--mapping", metavar="FILE", help='JSON {"mapping": {"column": "field"}} to use'
        )
        command.add_argument(
            "--save-mapping", metavar="FILE", help="write the mapping used to this JSON file"
        )
        command.add_argument(
            "--on-duplicate",
            choices=ON_DUPLICATE,
            default="skip",
            help="a row matching a stored record (same e-mail or phone, similar name at the"
            " same company): skip it (default), merge it into the record, or create anyway",
        )
        command.add_argument(
            "--dry-run", action="store_true", help="report what would happen; store nothing"
        )
        command.add_argument(
            "--errors", metavar="OUT", help="the error CSV (default: FILE.errors.csv beside FILE)"
        )
        command.add_argument(
            "--region", metavar="CC", help="read phones, dates and numbers as in this country"
        )
        command.add_argument("--json", action="store_true", help="print the summary as JSON")
        command.set_defaults(handler=cmd_import, entity_name=entity)


def cmd_import(db: Database, args: argparse.Namespace) -> int:
    path = Path(args.file)
    errors_path = Path(args.errors) if args.errors else default_errors_path(path)
    region = (args.region or "").strip()
    if is_vcard(path):
        report = import_vcard(
            db,
            path,
            args.entity_name,
            region=region,
            on_duplicate=args.on_duplicate,
            dry_run=args.dry_run,
            errors_path=errors_path,
        )
        mapping: dict[str, str | None] = {}
    else:
        source = open_import(db, path, args.entity_name, region=region)
        if args.mapping:
            source = with_mapping(db, source, read_mapping_file(args.mapping))
        mapping = source.mapping
        if args.save_mapping:
            write_mapping_file(args.save_mapping, args.entity_name, mapping)
        report = run_import(
            db,
            source,
            args.on_duplicate,
            dry_run=args.dry_run,
            errors_path=errors_path,
        )
        if args.mapping and not args.dry_run:
            # The next file with these headers is mapped the same way, --mapping or not.
            save_mapping(db, args.entity_name, source.headers, mapping)
    if args.json:
        print_json({**_summary(report), "mapping": mapping})
    else:
        _print(report)
    return 0


def _summary(report: ImportReport) -> dict[str, object]:
    return {
        "entity": report.entity,
        "dry_run": report.dry_run,
        "rows": report.rows,
        "created": report.created,
        "merged": report.merged,
        "skipped": report.skipped,
        "rejected": report.rejected,
        "companies_created": report.companies_created,
        "errors_path": str(report.errors_path) if report.errors_path else None,
        "outcomes": [o for o in report.outcomes if o.action != "create" or o.warnings],
    }


def _print(report: ImportReport) -> None:
    out = sys.stdout
    kind = "contact" if report.entity == "contacts" else "company"
    would = "would be " if report.dry_run else ""
    read = ngettext("{n} row read", "{n} rows read", report.rows).format(n=report.rows)
    out.write(
        f"{read}: {report.created} {would}created, {report.merged} {would}merged,"
        f" {report.skipped} {would}skipped as duplicates, {report.rejected} rejected\n"
    )
    if report.companies_created:
        made = ngettext(
            "{n} company {would}created by name",
            "{n} companies {would}created by name",
            report.companies_created,
        )
        out.write(made.format(n=report.companies_created, would=would) + "\n")
    for outcome in report.outcomes[:20]:
        if outcome.action == "reject":
            reasons = "; ".join(f"{k}: {v}" for k, v in outcome.problems.items())
            out.write(f"  line {outcome.line}: rejected: {reasons}\n")
        elif outcome.duplicate_reason:
            other = (
                f"{kind} {outcome.duplicate_id}"
                if outcome.duplicate_id is not None
                else f"line {outcome.duplicate_line}"
            )
            out.write(
                f"  line {outcome.line}: {outcome.action}: {outcome.duplicate_reason} as {other}\n"
            )
        for key, warning in outcome.warnings.items():
            out.write(f"  line {outcome.line}: warning: {key}: {warning}\n")
    if len(report.outcomes) > 20:
        out.write(f"  ... and {len(report.outcomes) - 20} more\n")
    if report.errors_path is not None:
        out.write(f"rejected rows written to {report.errors_path}\n")
    if report.dry_run:
        out.write("dry run: nothing was stored\n")

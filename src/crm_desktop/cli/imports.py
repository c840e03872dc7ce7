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
from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate
from crm_desktop.interchange.mappings import read_mapping_file, write_mapping_file
from crm_desktop.services.import_errors import default_errors_path
from crm_desktop.services.imports import (
    ON_DUPLICATE,
    ImportReport,
    RowOutcome,
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
        help=translate("cli", "bring in contacts or companies from a CSV (or vCard) file"),
        description=translate(
            "cli",
            "Import a CSV file (Google, Outlook, HubSpot, Salesforce, Pipedrive"
            " exports, or any spreadsheet) in one transaction: every valid row is stored and"
            " rejected rows go to an error CSV, or nothing is stored.",
        ),
    )
    sub = group.add_subparsers(dest="entity", metavar="WHAT", parser_class=type(group))
    sub.required = True
    for entity in ("contacts", "companies"):
        what = (
            translate("cli", "import contacts")
            if entity == "contacts"
            else translate("cli", "import companies")
        )
        command = sub.add_parser(entity, parents=[parent], help=what)
        command.add_argument(
            "file", metavar="FILE", help=translate("cli", "the CSV file (or .vcf for contacts)")
        )
        command.add_argument(
            "--mapping",
            metavar="FILE",
            help=translate("cli", 'JSON {"mapping": {"column": "field"}} to use'),
        )
        command.add_argument(
            "--save-mapping",
            metavar="FILE",
            help=translate("cli", "write the mapping used to this JSON file"),
        )
        command.add_argument(
            "--on-duplicate",
            choices=ON_DUPLICATE,
            default="skip",
            help=translate(
                "cli",
                "a row matching a stored record (same e-mail or phone, similar name at the"
                " same company): skip it (default), merge it into the record, or create anyway",
            ),
        )
        command.add_argument(
            "--dry-run",
            action="store_true",
            help=translate("cli", "report what would happen; store nothing"),
        )
        command.add_argument(
            "--errors",
            metavar="OUT",
            help=translate("cli", "the error CSV (default: FILE.errors.csv beside FILE)"),
        )
        command.add_argument(
            "--region",
            metavar="CC",
            help=translate("cli", "read phones, dates and numbers as in this country"),
        )
        command.add_argument(
            "--json", action="store_true", help=translate("cli", "print the summary as JSON")
        )
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


def _summary_line(report: ImportReport) -> str:
    """The counts line ("4 rows read: 3 created, ...") as one sentence per case, for translators."""
    counts = {
        "created": report.created,
        "merged": report.merged,
        "skipped": report.skipped,
        "rejected": report.rejected,
    }
    n = report.rows
    if report.dry_run:
        text = (
            translate(
                "import",
                "%n row read: {created} would be created, {merged} would be merged,"
                " {skipped} would be skipped as duplicates, {rejected} rejected",
                "",
                n,
            )
            if n == 1
            else translate(
                "import",
                "%n rows read: {created} would be created, {merged} would be merged,"
                " {skipped} would be skipped as duplicates, {rejected} rejected",
                "",
                n,
            )
        )
    else:
        text = (
            translate(
                "import",
                "%n row read: {created} created, {merged} merged,"
                " {skipped} skipped as duplicates, {rejected} rejected",
                "",
                n,
            )
            if n == 1
            else translate(
                "import",
                "%n rows read: {created} created, {merged} merged,"
                " {skipped} skipped as duplicates, {rejected} rejected",
                "",
                n,
            )
        )
    return text.format(**counts)


def _companies_line(report: ImportReport) -> str:
    n = report.companies_created
    if report.dry_run:
        if n == 1:
            return translate("import", "%n company would be created by name", "", n)
        return translate("import", "%n companies would be created by name", "", n)
    if n == 1:
        return translate("import", "%n company created by name", "", n)
    return translate("import", "%n companies created by name", "", n)


_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("import", "create"),
    "merge": QT_TRANSLATE_NOOP("import", "merge"),
    "skip": QT_TRANSLATE_NOOP("import", "skip"),
}


def _other(report: ImportReport, outcome: RowOutcome) -> str:
    """The record a row duplicates: a stored one by id, or an earlier line of the file."""
    if outcome.duplicate_id is None:
        return translate("import", "line {line}").format(line=outcome.duplicate_line)
    if report.entity == "contacts":
        return translate("import", "contact {id}").format(id=outcome.duplicate_id)
    return translate("import", "company {id}").format(id=outcome.duplicate_id)


def _print(report: ImportReport) -> None:
    out = sys.stdout
    out.write(_summary_line(report) + "\n")
    if report.companies_created:
        out.write(_companies_line(report) + "\n")
    for outcome in report.outcomes[:20]:
        line = outcome.line
        if outcome.action == "reject":
            reasons = "; ".join(f"{k}: {v}" for k, v in outcome.problems.items())
            text = translate("import", "line {line}: rejected: {reasons}")
            out.write("  " + text.format(line=line, reasons=reasons) + "\n")
        elif outcome.duplicate_reason:
            action = _ACTIONS.get(outcome.action)
            text = translate("import", "line {line}: {action}: {reason} as {other}")
            shown = text.format(
                line=line,
                action=translate("import", action) if action else outcome.action,
                reason=outcome.duplicate_reason,
                other=_other(report, outcome),
            )
            out.write("  " + shown + "\n")
        for key, warning in outcome.warnings.items():
            text = translate("import", "line {line}: warning: {field}: {warning}")
            out.write("  " + text.format(line=line, field=key, warning=warning) + "\n")
    if len(report.outcomes) > 20:
        more = len(report.outcomes) - 20
        out.write("  " + translate("import", "... and %n more", "", more) + "\n")
    if report.errors_path is not None:
        text = translate("import", "rejected rows written to {path}")
        out.write(text.format(path=report.errors_path) + "\n")
    if report.dry_run:
        out.write(translate("import", "dry run: nothing was stored") + "\n")

"""One import run: every record checked, matched against what is stored, then written at once.

``import_records`` is the engine under ``services/imports.py``: it takes
``SourceRecord``s from any reader (CSV, vCard) and decides create, merge,
skip or reject for each, in one unit of work (see ``imports.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import ImportCancelledError, ValidationError
from crm_desktop.i18n import translate
from crm_desktop.interchange.records import ENTITIES, SourceRecord
from crm_desktop.services.import_duplicates import CompanyRef, DuplicateFinder, Ref
from crm_desktop.services.import_errors import ErrorFile
from crm_desktop.services.import_rows import PreparedRow, RowPreparer
from crm_desktop.services.import_writes import (
    CompanyNames,
    WritePlan,
    fill_values,
    merge_rows,
    write_plan,
)
from crm_desktop.services.settings import get_settings
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork

ON_DUPLICATE = ("skip", "merge", "create")
# (done, total); total is 0 when unknown. Return False (or raise) to cancel.
ImportProgress = Callable[[int, int], object]
_PROGRESS_EVERY = 250


@dataclass(frozen=True)
class RowOutcome:
    """What happens to one row that is not simply created (or created despite a duplicate)."""

    line: int
    action: str  # "create", "merge", "skip" or "reject"
    name: str
    problems: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)
    duplicate_id: int | None = None  # the stored record it duplicates
    duplicate_line: int | None = None  # or the earlier line of this import
    duplicate_reason: str = ""


@dataclass(frozen=True)
class ImportReport:
    entity: str
    dry_run: bool
    rows: int
    created: int
    merged: int
    skipped: int
    rejected: int
    companies_created: int  # contacts' companies created by name
    outcomes: tuple[RowOutcome, ...]  # rows rejected, skipped, merged, duplicated or warned
    errors_path: Path | None  # the error CSV written (None: no row rejected, or a dry run)
    changes: Changes = field(default_factory=Changes)


def check_entity(entity: str) -> None:
    if entity not in ENTITIES:
        reason = translate("import", "must be one of {choices}")
        raise ValidationError.single("entity", reason.format(choices=", ".join(ENTITIES)))


class _Importer:
    """One pass over the records, deciding create, merge, skip or reject for each."""

    def __init__(self, uow: UnitOfWork, entity: str, region: str, on_duplicate: str) -> None:
        self.uow = uow
        self.entity = entity
        self.on_duplicate = on_duplicate
        self.preparer = RowPreparer(uow, entity, region)
        self.finder = DuplicateFinder(uow, entity)
        self.companies = CompanyNames(uow) if entity == "contacts" else None
        self.plan = WritePlan(entity)
        self.create_lines: list[int] = []
        self.counts = {"create": 0, "merge": 0, "skip": 0, "reject": 0}
        self.outcomes: list[RowOutcome] = []

    def take(self, record: SourceRecord, errors: ErrorFile | None) -> None:
        row = self.preparer.prepare(record)
        name = row.display_name
        if row.problems:
            self.counts["reject"] += 1
            self.outcomes.append(RowOutcome(row.line, "reject", name, row.problems, row.warnings))
            if errors is not None:
                errors.add(record, row.problems)
            return
        company: CompanyRef = ("", None)
        if self.companies is not None:
            company = self.companies.ref(row.company)
        match = self.finder.find(row, company)
        action = "create" if match is None else self.on_duplicate
        self.counts[action] += 1
        warnings = dict(row.warnings)
        if action != "skip" and company[0] == "new":
            self.plan.new_companies.setdefault(str(company[1]), row.company)
        if action == "create":
            ref: Ref = ("new", len(self.plan.creates))
            self.plan.creates.append(row)
            self.plan.create_companies.append(company)
            self.create_lines.append(row.line)
        elif action == "merge" and match is not None:
            ref = match.ref
            warnings.update(self._merge(ref, row, company))
        if action != "skip":
            self.finder.add(ref, row, company)
        if match is not None or warnings:
            duplicate_id = duplicate_line = None
            if match is not None and match.ref[0] == "db":
                duplicate_id = match.ref[1]
            elif match is not None:
                duplicate_line = self.create_lines[match.ref[1]]
            reason = match.reason if match is not None else ""
            self.outcomes.append(
                RowOutcome(
                    row.line, action, name, {}, warnings, duplicate_id, duplicate_line, reason
                )
            )

    def _merge(self, ref: Ref, row: PreparedRow, company: CompanyRef) -> dict[str, str]:
        if ref[0] == "new":
            index = ref[1]
            if not self.plan.create_companies[index][0]:
                self.plan.create_companies[index] = company
            return merge_rows(self.plan.creates[index], row, row.company)
        record_id = ref[1]
        self.plan.merge_companies.setdefault(record_id, company)
        if record_id in self.plan.merges:
            conflicts = merge_rows(self.plan.merges[record_id], row, row.company)
        else:
            self.plan.merges[record_id] = row
            conflicts = {}
        # What the stored record keeps against this row: said now, not found out later.
        stored = dict(self.uow.live_row(self.entity, record_id))
        fill_values(stored, row.values, conflicts)
        return conflicts


def import_records(
    db: Database,
    entity: str,
    records: Iterable[SourceRecord],
    *,
    region: str = "",
    on_duplicate: str = "skip",
    dry_run: bool = False,
    errors_path: Path | None = None,
    error_header: Sequence[str] = (),
    total: int = 0,
    progress: ImportProgress | None = None,
) -> ImportReport:
    """Import records from any reader in one transaction (see the module docstring).

    ``errors_path`` None writes no error CSV; ``error_header`` gives its
    columns (else those of the first rejected record's ``original``).
    """
    check_entity(entity)
    if on_duplicate not in ON_DUPLICATE:
        reason = translate("import", "must be one of {choices}")
        raise ValidationError.single("on_duplicate", reason.format(choices=", ".join(ON_DUPLICATE)))
    region = (region or get_settings(db).default_region).upper()
    errors = None if dry_run or errors_path is None else ErrorFile(errors_path, error_header)
    changes = Changes()
    try:
        with UnitOfWork(db) as uow:
            importer = _Importer(uow, entity, region, on_duplicate)
            done = 0
            for done, record in enumerate(records, start=1):
                importer.take(record, errors)
                if progress is not None and done % _PROGRESS_EVERY == 0:
                    _report(progress, done, total)
            if progress is not None:
                _report(progress, done, max(total, done))
            if not dry_run:
                write_plan(uow, importer.plan, importer.preparer.checker)
                if errors is not None:
                    errors.finish()  # written before the commit: a full disk stops the import
                changes = uow.commit()
    except BaseException:
        if errors is not None:
            errors.discard()
        raise
    written = errors.publish() if errors is not None else None
    counts = importer.counts
    return ImportReport(
        entity=entity,
        dry_run=dry_run,
        rows=done,
        created=counts["create"],
        merged=counts["merge"],
        skipped=counts["skip"],
        rejected=counts["reject"],
        companies_created=len(importer.plan.new_companies),
        outcomes=tuple(importer.outcomes),
        errors_path=written,
        changes=changes,
    )


def _report(progress: ImportProgress, done: int, total: int) -> None:
    if progress(done, total) is False:
        raise ImportCancelledError

"""Importing contacts and companies from CSV (and any reader of ``SourceRecord``s), step by step.

The steps a wizard (or ``crm import``) takes, each a plain function::

    source = open_import(db, path, "contacts")      # sniffed format + proposed mapping
    source = with_mapping(db, source, {...})        # the user's changes, checked
    rows = preview_import(db, source, limit=20)     # first rows as they would be stored
    report = analyse_import(db, source, "merge")    # every row checked, duplicates found
    report = run_import(db, source, "merge", progress=...)   # one transaction
    save_mapping(db, "contacts", source.headers, source.mapping)  # for the next such file

Other formats feed ``import_records(db, entity, records, ...)`` with
``interchange.records.SourceRecord``s (a vCard reader does). A run is one
unit of work: every valid record is stored and the rejected ones go to the
error CSV, or, when cancelled (``progress`` returns False or raises) or
stopped by an error, nothing is stored. ``dry_run`` goes through every step
and rolls back, so its report says exactly what a run would do.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from crm_desktop.domain.errors import ImportFileError, ValidationError
from crm_desktop.i18n import translate
from crm_desktop.interchange.csv_import import csv_records
from crm_desktop.interchange.mappings import (
    LABEL_FIELDS,
    check_mapping,
    propose_mapping,
)
from crm_desktop.interchange.records import CUSTOM_PREFIX, SourceRecord, fields_of
from crm_desktop.interchange.sniff import CsvFormat, read_rows, reformat, sniff_csv
from crm_desktop.services.contact_validation import decode_phones
from crm_desktop.services.custom_fields import list_custom_fields
from crm_desktop.services.import_errors import default_errors_path
from crm_desktop.services.import_mappings import find_saved_mapping, save_mapping
from crm_desktop.services.import_rows import PreparedRow, RowPreparer
from crm_desktop.services.import_run import (
    ON_DUPLICATE,
    ImportProgress,
    ImportReport,
    RowOutcome,
    check_entity,
    import_records,
)
from crm_desktop.services.settings import get_settings
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork

__all__ = [
    "ON_DUPLICATE",
    "ImportFile",
    "ImportProgress",
    "ImportReport",
    "PreviewRow",
    "RowOutcome",
    "analyse_import",
    "count_rows",
    "default_errors_path",
    "import_fields",
    "import_records",
    "import_vcard",
    "is_vcard",
    "open_import",
    "preview_import",
    "run_import",
    "save_mapping",
    "source_records",
    "vcard_records",
    "with_format",
    "with_mapping",
]


@dataclass(frozen=True)
class ImportFile:
    """A CSV file opened for import: how it is written and which column fills which field."""

    path: Path
    entity: str  # "contacts" or "companies"
    format: CsvFormat
    mapping: dict[str, str | None]
    mapping_source: str  # "saved", "file", "Google Contacts", ..., "similar names"
    region: str  # phones without a country code and local dates/numbers are read for it

    @property
    def headers(self) -> tuple[str, ...]:
        return self.format.header


@dataclass(frozen=True)
class PreviewRow:
    line: int
    values: dict[str, str]  # field -> value as it would be stored, for showing
    problems: dict[str, str]
    warnings: dict[str, str]


def _custom_fields(db: Database, entity: str) -> list[tuple[str, str]]:
    kind = "contact" if entity == "contacts" else "company"
    return [(f.key, f.label) for f in list_custom_fields(db, kind)]


def import_fields(db: Database, entity: str) -> list[str]:
    """Every field a column may fill: the entity's, its custom fields, the label fields."""
    check_entity(entity)
    names = list(fields_of(entity)) + [CUSTOM_PREFIX + k for k, _ in _custom_fields(db, entity)]
    return names + list(LABEL_FIELDS)


def open_import(db: Database, path: Path | str, entity: str, *, region: str = "") -> ImportFile:
    """Sniff a CSV file and propose a mapping: the one saved for its headers, else a guess.

    Raises:
        ImportFileError: the file cannot be read as CSV (the message names file and line).
    """
    check_entity(entity)
    path = Path(path)
    fmt = sniff_csv(path)
    region = (region or get_settings(db).default_region).upper()
    saved = find_saved_mapping(db, entity, fmt.header)
    custom = _custom_fields(db, entity)
    if saved is not None:
        try:
            mapping = check_mapping(saved, fmt.header, entity, (k for k, _ in custom))
            return ImportFile(path, entity, fmt, mapping, "saved", region)
        except ValidationError:
            pass  # a field was removed since: guess afresh
    proposed = propose_mapping(fmt.header, entity, custom)
    return ImportFile(path, entity, fmt, proposed.mapping, proposed.source, region)


def with_mapping(
    db: Database, source: ImportFile, mapping: Mapping[str, object], origin: str = "file"
) -> ImportFile:
    """The source with the user's mapping (headers it does not name are left out).

    Raises:
        ValidationError: keys ``mapping.<header>`` for unknown fields, or ``mapping``
            when no column is matched at all.
    """
    custom = (k for k, _ in _custom_fields(db, source.entity))
    checked = check_mapping(mapping, source.headers, source.entity, custom)
    return replace(source, mapping=checked, mapping_source=origin)


def with_format(
    db: Database,
    source: ImportFile,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    has_header: bool | None = None,
) -> ImportFile:
    """The source read another way (the wizard's encoding, delimiter and header choices).

    The header is read again, so the mapping is proposed afresh.

    Raises:
        ImportFileError: the file does not read that way.
    """
    fmt = reformat(
        source.path, source.format, encoding=encoding, delimiter=delimiter, has_header=has_header
    )
    proposed = propose_mapping(fmt.header, source.entity, _custom_fields(db, source.entity))
    return replace(source, format=fmt, mapping=proposed.mapping, mapping_source=proposed.source)


def source_records(source: ImportFile) -> Iterator[SourceRecord]:
    """The file's rows as records under the source's mapping.

    Raises:
        ImportFileError: no column is mapped to a field (nothing could be imported).
    """
    if not any(source.mapping.values()):
        columns = ", ".join(source.headers[:8]) + (", ..." if len(source.headers) > 8 else "")
        if source.entity == "companies":
            reason = translate(
                "import",
                "no column ({columns}) matches a field of companies;"
                " map the columns (--mapping FILE) and try again",
            )
        else:
            reason = translate(
                "import",
                "no column ({columns}) matches a field of contacts;"
                " map the columns (--mapping FILE) and try again",
            )
        raise ImportFileError(source.path, reason.format(columns=columns))
    return csv_records(source.path, source.format, source.mapping)


def count_rows(source: ImportFile) -> int:
    """The data rows of the file (reading it once: checks every row can be read)."""
    return sum(1 for _ in read_rows(source.path, source.format))


def _shown(row: PreparedRow) -> dict[str, str]:
    values: dict[str, str] = {}
    for column, value in row.values.items():
        if column == "emails":
            values[column] = ", ".join(e.address for e in row.emails)
        elif column == "phones":
            values[column] = ", ".join(p.e164 for p in decode_phones(value))
        elif column == "marketing_consent":
            values[column] = translate("import", "yes") if value else translate("import", "no")
        elif column != "company_id" and value not in (None, "", "{}", "[]"):
            values[column] = str(value)
    if row.company:
        values["company"] = row.company
    if row.tags:
        values["tags"] = ", ".join(row.tags)
    return values


def preview_import(db: Database, source: ImportFile, limit: int = 20) -> list[PreviewRow]:
    """The first ``limit`` rows as they would be stored (normalised), with their problems."""
    result: list[PreviewRow] = []
    with UnitOfWork(db) as uow:  # read only: rolled back on leaving
        preparer = RowPreparer(uow, source.entity, source.region)
        for record in source_records(source):
            row = preparer.prepare(record)
            result.append(PreviewRow(row.line, _shown(row), row.problems, row.warnings))
            if len(result) >= limit:
                break
    return result


def analyse_import(
    db: Database,
    source: ImportFile,
    on_duplicate: str = "skip",
    progress: ImportProgress | None = None,
) -> ImportReport:
    """Check every row and find duplicates; writes nothing (a dry run)."""
    return run_import(db, source, on_duplicate, dry_run=True, progress=progress)


def run_import(
    db: Database,
    source: ImportFile,
    on_duplicate: str = "skip",
    *,
    dry_run: bool = False,
    errors_path: Path | None = None,
    progress: ImportProgress | None = None,
) -> ImportReport:
    """Import the file in one transaction (see the module docstring).

    ``errors_path`` defaults to ``<file>.errors.csv`` next to the input.

    Raises:
        ImportFileError: a row cannot be read (nothing is stored).
        ImportCancelledError: ``progress`` returned False (nothing is stored).
        ValidationError: a bad ``on_duplicate`` or an empty mapping.
    """
    # Only progress needs the total; a row that cannot be read stops the run itself.
    total = count_rows(source) if progress is not None else 0
    return import_records(
        db,
        source.entity,
        source_records(source),
        region=source.region,
        on_duplicate=on_duplicate,
        dry_run=dry_run,
        errors_path=errors_path or default_errors_path(source.path),
        error_header=source.headers,
        total=total,
        progress=progress,
    )


# -- other formats -------------------------------------------------------------
VCARD_SUFFIXES = (".vcf", ".vcard")


def is_vcard(path: Path) -> bool:
    return path.suffix.lower() in VCARD_SUFFIXES


def vcard_records(path: Path) -> Iterator[SourceRecord]:
    """The cards of a .vcf file as records, from ``interchange/vcard.py``.

    The reader there gives ``read_vcard_records(path)`` (or ``read_vcards``)
    returning objects with ``line``, ``fields`` and ``original``.
    """
    try:
        # Imported when asked for: the vCard reader is its own area and may be missing.
        vcard = importlib.import_module("crm_desktop.interchange.vcard")
    except ImportError:
        raise ImportFileError(
            path, translate("import", "vCard import is not available in this version")
        ) from None
    reader = getattr(vcard, "read_vcard_records", None) or getattr(vcard, "read_vcards", None)
    if reader is None:
        raise ImportFileError(
            path, translate("import", "vCard import is not available in this version")
        )
    for card in reader(path):
        if isinstance(card, SourceRecord):
            yield card
        else:
            yield SourceRecord(card.line, card.fields, getattr(card, "original", {}) or {})


def import_vcard(
    db: Database,
    path: Path,
    entity: str = "contacts",
    *,
    region: str = "",
    on_duplicate: str = "skip",
    dry_run: bool = False,
    errors_path: Path | None = None,
    progress: ImportProgress | None = None,
) -> ImportReport:
    """Import the contacts of a .vcf file, like ``run_import`` does a CSV file."""
    if entity != "contacts":
        reason = translate("import", "a vCard file holds contacts: use `import contacts`")
        raise ImportFileError(path, reason)
    records = list(vcard_records(path))  # a broken card refuses the file before any write
    return import_records(
        db,
        entity,
        records,
        region=region,
        on_duplicate=on_duplicate,
        dry_run=dry_run,
        errors_path=errors_path,
        total=len(records),
        progress=progress,
    )

"""CSV rows turned into ``SourceRecord``s by a column mapping (see ``records.py``).

Our CSV export guards text cells a spreadsheet would run as a formula with a
leading ``'`` ("'=Eve", see ``csv_export.neutralise``); one such ``'`` before
a formula start is taken off again here, so export then import gives the same
records. A ``'`` before anything else is text and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from crm_desktop.interchange.csv_export import FORMULA_STARTS
from crm_desktop.interchange.mappings import (
    LABEL_FIELDS,
    clean_label,
    header_key,
    label_from_header,
)
from crm_desktop.interchange.records import LIST_FIELDS, FieldValue, ListItem, SourceRecord
from crm_desktop.interchange.sniff import CsvFormat, read_rows

# Google writes several values in one cell as "a ::: b"; our own export as "work: a; home: b".
_GOOGLE_SEPARATOR = " ::: "
_LABELLED = re.compile(r"^\s*([^:@+\d][^:@]{0,30}):\s*(\S.*)$")
# Google's own groups, which are no tags of ours.
_SYSTEM_GROUPS = {"my contacts", "mycontacts", "starred", "imported on"}
_GUARDED = tuple("'" + start for start in FORMULA_STARTS)


def unguard(cell: str) -> str:
    """The cell without the ``'`` our export puts before a formula start ("'=Eve" -> "=Eve")."""
    return cell[1:] if cell.startswith(_GUARDED) else cell


def _pair_key(header: str) -> str:
    """What a label column shares with its value column ("E-mail 1 - Type", "E-mail 1 - Value")."""
    digits = re.findall(r"\d+", header)
    words = [w for w in re.split(r"[^a-z#]+", header_key(header)) if w]
    kept = [w for w in words if w not in ("type", "label", "value", "address")]
    return " ".join(kept) + "|" + ",".join(digits)


def _split_items(cell: str, field: str) -> list[str]:
    if _GOOGLE_SEPARATOR in cell:
        return [p.strip() for p in cell.split(":::") if p.strip()]
    if field == "tags":
        return [p.strip() for p in re.split(r"[;,]", cell) if p.strip()]
    if ";" in cell:
        return [p.strip() for p in cell.split(";") if p.strip()]
    return [cell.strip()] if cell.strip() else []


def _items(cell: str, field: str, label: str) -> list[ListItem]:
    items: list[ListItem] = []
    for part in _split_items(cell, field):
        if field == "tags":
            if not any(part.casefold().lstrip("* ").startswith(g) for g in _SYSTEM_GROUPS):
                items.append(part.lstrip("* ").strip())
            continue
        labelled = _LABELLED.match(part)
        if labelled:  # "work: a@b.it" as our export writes it
            items.append((clean_label(labelled.group(1)), labelled.group(2).strip()))
        else:
            items.append((label, part) if label else part)
    return items


class RecordMaker:
    """Turns rows of one file into records with one mapping (work planned once)."""

    def __init__(self, header: Sequence[str], mapping: Mapping[str, str | None]) -> None:
        self.header = tuple(header)
        self.single: list[tuple[int, str]] = []
        self.lists: list[tuple[int, str, str, int | None]] = []  # index, field, label, label col
        label_columns = {
            _pair_key(h): i for i, h in enumerate(self.header) if mapping.get(h) in LABEL_FIELDS
        }
        for index, column in enumerate(self.header):
            field = mapping.get(column)
            if not field or field in LABEL_FIELDS:
                continue
            if field in LIST_FIELDS:
                label_at = label_columns.get(_pair_key(column)) if field != "tags" else None
                self.lists.append((index, field, label_from_header(column), label_at))
            else:
                self.single.append((index, field))

    def record(self, line: int, cells: Sequence[str]) -> SourceRecord:
        fields: dict[str, FieldValue] = {}
        for index, field in self.single:
            cell = unguard(cells[index]).strip()
            if cell and not fields.get(field):
                fields[field] = cell
        lists: dict[str, list[ListItem]] = {}
        for index, field, header_label, label_at in self.lists:
            label = header_label
            if label_at is not None and cells[label_at].strip():
                label = clean_label(unguard(cells[label_at]))
            lists.setdefault(field, []).extend(_items(unguard(cells[index]), field, label))
        fields.update({k: v for k, v in lists.items() if v})
        return SourceRecord(line, fields, dict(zip(self.header, cells, strict=True)))


def csv_records(
    path: Path | str, fmt: CsvFormat, mapping: Mapping[str, str | None]
) -> Iterator[SourceRecord]:
    """The file's rows as records, read lazily (``ImportFileError`` at a bad row)."""
    maker = RecordMaker(fmt.header, mapping)
    for row in read_rows(path, fmt):
        yield maker.record(row.line, row.cells)

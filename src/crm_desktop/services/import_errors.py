"""The error CSV of an import: each rejected row's own cells plus why it was rejected.

Written to a temporary file beside the target while the import runs and put
in place only after the import committed, so a cancelled or failed import
leaves no half-written error file behind.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TextIO

from crm_desktop.domain.errors import ImportFileError
from crm_desktop.i18n import translate
from crm_desktop.interchange.records import SourceRecord

REASON_COLUMN = "Import error"


def default_errors_path(source: Path) -> Path:
    """``contacts.csv`` -> ``contacts.errors.csv`` in the same folder."""
    return source.with_name(f"{source.stem}.errors.csv")


def describe_problems(line: int, problems: Mapping[str, str]) -> str:
    """The reason cell: "line 12: emails[0]: 'x' is not a valid e-mail address; ...".

    In the user's language; the field names (``emails[0]``) are the CRM's own.
    """
    listed = "; ".join(f"{k}: {v}" for k, v in problems.items())
    return translate("import", "line {line}: {problems}").format(line=line, problems=listed)


def _cannot_write(error: OSError) -> str:
    return translate("import", "cannot be written: {reason}").format(reason=error.strerror)


class ErrorFile:
    def __init__(self, path: Path, header: Sequence[str]) -> None:
        self.path = path
        self.header = list(header)
        self._temp = path.with_name(f".{path.name}.part")
        self._handle: TextIO | None = None
        self._writer: csv.DictWriter[str] | None = None
        self.count = 0

    def add(self, record: SourceRecord, problems: Mapping[str, str]) -> None:
        if self._writer is None:
            if not self.header:
                self.header = list(record.original) or ["Line"]
            try:
                self._handle = self._temp.open("w", encoding="utf-8-sig", newline="")
            except OSError as error:
                raise ImportFileError(self.path, _cannot_write(error)) from None
            self._writer = csv.DictWriter(
                self._handle, [*self.header, REASON_COLUMN], extrasaction="ignore"
            )
            self._writer.writeheader()
        cells = dict(record.original) or {"Line": str(record.line)}
        self._writer.writerow({**cells, REASON_COLUMN: describe_problems(record.line, problems)})
        self.count += 1

    def finish(self) -> None:
        if self._handle is not None:
            try:
                self._handle.close()
            except OSError as error:
                raise ImportFileError(self.path, _cannot_write(error)) from None

    def discard(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._temp.unlink(missing_ok=True)
            self._handle = None

    def publish(self) -> Path | None:
        """Put the finished file in place; None when no row was rejected."""
        if self._handle is None:
            return None
        os.replace(self._temp, self.path)
        return self.path

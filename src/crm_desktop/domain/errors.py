"""Expected errors, each with a message fit to show a user as it is.

Anything else that is raised is a bug. The GUI maps these to dialogs in one
place (``ui/errors.py``); the command line prints ``str(error)`` and exits 1.
"""

from __future__ import annotations

from collections.abc import Mapping


class CrmError(Exception):
    """Base of every error a user can cause and must be told about."""


class ValidationError(CrmError):
    """One or more fields hold values the service refuses.

    ``errors`` maps a field name (``email``, ``phones[1]``, ``custom.size``)
    to the reason, so a form can show each message next to its field.
    """

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        detail = "; ".join(f"{field}: {reason}" for field, reason in self.errors.items())
        super().__init__(f"Invalid input ({detail})")

    @classmethod
    def single(cls, field: str, reason: str) -> ValidationError:
        return cls({field: reason})


class NotFoundError(CrmError):
    """The record asked for does not exist (or is in the trash)."""

    def __init__(self, kind: str, record_id: object) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(f"No {kind} with id {record_id}")


class ConflictError(CrmError):
    """Someone else changed the record since it was read."""

    def __init__(self, kind: str, record_id: int, expected: int, actual: int) -> None:
        self.kind = kind
        self.record_id = record_id
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"The {kind} {record_id} was changed by someone else "
            f"(you edited version {expected}, the file now has version {actual}); "
            "reload it and apply your change again"
        )


class DatabaseFileError(CrmError):
    """The database file cannot be used as it is."""


class NotADatabaseError(DatabaseFileError):
    """The file is not an SQLite database at all."""


class ForeignDatabaseError(DatabaseFileError):
    """The file is an SQLite database written by some other program."""


class SchemaTooNewError(DatabaseFileError):
    """The file was written by a newer crm-desktop than this one."""

    def __init__(self, path: str, file_version: int, supported_version: int) -> None:
        self.file_version = file_version
        self.supported_version = supported_version
        super().__init__(
            f"{path} was written by a newer crm-desktop (schema version {file_version}); "
            f"this program understands schema version {supported_version} at most. "
            "Update crm-desktop to open it; the file was not changed."
        )


class StorageError(CrmError):
    """The file could not be read or written (busy, read-only, disk full, gone).

    Whatever the unit of work had written is rolled back.
    """


class ImportFileError(CrmError):
    """A file to import cannot be read at all; the message names the file and the line.

    Nothing is stored when it is raised.
    """

    def __init__(self, path: object, reason: str, line: int | None = None) -> None:
        self.path = str(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}, line {line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


class ImportCancelledError(CrmError):
    """The user stopped an import; the transaction was rolled back, nothing was stored."""

    def __init__(self) -> None:
        super().__init__("import cancelled: nothing was stored")


class BackupError(CrmError):
    """A backup could not be made, verified or restored; the CRM file is unchanged."""


class DamagedFileError(DatabaseFileError):
    """The file fails SQLite's integrity check: damaged or cut short."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            f"{path} is damaged ({problem}). Restore a backup: `crm backups list` shows them, "
            "`crm restore FILE` brings one back."
        )


class ReadOnlyError(StorageError):
    """The file was opened read-only; nothing can be saved to it."""

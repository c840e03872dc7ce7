"""Expected errors, each with a message fit to show a user as it is.

Anything else that is raised is a bug. The GUI maps these to dialogs in one
place (``ui/errors.py``); the command line prints ``str(error)`` and exits 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate

# One whole sentence per kind of record, so a translation can agree in gender and
# case with the noun ("Nessun contatto", "Nessuna azienda"). ``kind`` itself stays
# the English machine word callers compare against.
_NOT_FOUND = {
    "activity": QT_TRANSLATE_NOOP("errors", "No activity with id {id}"),
    "company": QT_TRANSLATE_NOOP("errors", "No company with id {id}"),
    "contact": QT_TRANSLATE_NOOP("errors", "No contact with id {id}"),
    "custom field": QT_TRANSLATE_NOOP("errors", "No custom field with id {id}"),
    "custom_field": QT_TRANSLATE_NOOP("errors", "No custom field with id {id}"),
    "deal": QT_TRANSLATE_NOOP("errors", "No deal with id {id}"),
    "order": QT_TRANSLATE_NOOP("errors", "No order with id {id}"),
    "pipeline": QT_TRANSLATE_NOOP("errors", "No pipeline with id {id}"),
    "product": QT_TRANSLATE_NOOP("errors", "No product with id {id}"),
    "saved view": QT_TRANSLATE_NOOP("errors", "No saved view with id {id}"),
    "saved_view": QT_TRANSLATE_NOOP("errors", "No saved view with id {id}"),
    "stage": QT_TRANSLATE_NOOP("errors", "No stage with id {id}"),
    "tag": QT_TRANSLATE_NOOP("errors", "No tag with id {id}"),
    "ticket": QT_TRANSLATE_NOOP("errors", "No ticket with id {id}"),
    "user": QT_TRANSLATE_NOOP("errors", "No user with id {id}"),
}

# The kinds of record as a noun on its own, for sentences that name one
# ("contact 12 was changed by someone else").
KIND_NAMES = {
    "activity": QT_TRANSLATE_NOOP("records", "activity"),
    "company": QT_TRANSLATE_NOOP("records", "company"),
    "contact": QT_TRANSLATE_NOOP("records", "contact"),
    "custom field": QT_TRANSLATE_NOOP("records", "custom field"),
    "custom_field": QT_TRANSLATE_NOOP("records", "custom field"),
    "deal": QT_TRANSLATE_NOOP("records", "deal"),
    "order": QT_TRANSLATE_NOOP("records", "order"),
    "order_line": QT_TRANSLATE_NOOP("records", "order line"),
    "pipeline": QT_TRANSLATE_NOOP("records", "pipeline"),
    "product": QT_TRANSLATE_NOOP("records", "product"),
    "saved view": QT_TRANSLATE_NOOP("records", "saved view"),
    "saved_view": QT_TRANSLATE_NOOP("records", "saved view"),
    "setting": QT_TRANSLATE_NOOP("records", "setting"),
    "stage": QT_TRANSLATE_NOOP("records", "stage"),
    "tag": QT_TRANSLATE_NOOP("records", "tag"),
    "ticket": QT_TRANSLATE_NOOP("records", "ticket"),
    "ticket_message": QT_TRANSLATE_NOOP("records", "ticket message"),
    "user": QT_TRANSLATE_NOOP("records", "user"),
}


def kind_name(kind: str) -> str:
    """The kind of record (``contact``, ``custom_field``) as a word of the current language."""
    known = KIND_NAMES.get(kind)
    return translate("records", known) if known else kind.replace("_", " ")


class CrmError(Exception):
    """Base of every error a user can cause and must be told about."""


class ValidationError(CrmError):
    """One or more fields hold values the service refuses.

    ``errors`` maps a field name (``email``, ``phones[1]``, ``custom.size``)
    to the reason, so a form can show each message next to its field.
    """

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        detail = "; ".join(
            translate("errors", "{field}: {reason}").format(field=field, reason=reason)
            for field, reason in self.errors.items()
        )
        super().__init__(translate("errors", "Invalid input ({detail})").format(detail=detail))

    @classmethod
    def single(cls, field: str, reason: str) -> ValidationError:
        return cls({field: reason})


class NotFoundError(CrmError):
    """The record asked for does not exist (or is in the trash)."""

    def __init__(self, kind: str, record_id: object, *, in_trash: bool = False) -> None:
        self.kind = kind
        self.record_id = record_id
        self.in_trash = in_trash
        known = _NOT_FOUND.get(kind)
        if in_trash:
            text = translate("errors", "No {kind} in the trash with id {id}").format(
                kind=kind_name(kind), id=record_id
            )
        elif known is not None:
            text = translate("errors", known).format(id=record_id)
        else:
            text = translate("errors", "No {kind} with id {id}").format(
                kind=kind_name(kind), id=record_id
            )
        super().__init__(text)


class ConflictError(CrmError):
    """Someone else changed the record since it was read."""

    def __init__(self, kind: str, record_id: int, expected: int, actual: int) -> None:
        self.kind = kind
        self.record_id = record_id
        self.expected = expected
        self.actual = actual
        super().__init__(
            translate(
                "errors",
                "The {kind} {id} was changed by someone else (you edited version {expected}, "
                "the file now has version {actual}); reload it and apply your change again",
            ).format(kind=kind_name(kind), id=record_id, expected=expected, actual=actual)
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
            translate(
                "errors",
                "{path} was written by a newer crm-desktop (schema version {file_version}); "
                "this program understands schema version {supported} at most. "
                "Update crm-desktop to open it; the file was not changed.",
            ).format(path=path, file_version=file_version, supported=supported_version)
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
        if line is None:
            text = translate("errors", "{path}: {reason}").format(path=self.path, reason=reason)
        else:
            text = translate("errors", "{path}, line {line}: {reason}").format(
                path=self.path, line=line, reason=reason
            )
        super().__init__(text)


class ImportCancelledError(CrmError):
    """The user stopped an import; the transaction was rolled back, nothing was stored."""

    def __init__(self) -> None:
        super().__init__(translate("errors", "import cancelled: nothing was stored"))


class BackupError(CrmError):
    """A backup could not be made, verified or restored; the CRM file is unchanged."""


class DamagedFileError(DatabaseFileError):
    """The file fails SQLite's integrity check: damaged or cut short."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            translate(
                "errors",
                "{path} is damaged ({problem}). Restore a backup: `crm backups list` shows them, "
                "`crm restore FILE` brings one back.",
            ).format(path=path, problem=problem)
        )


class ReadOnlyError(StorageError):
    """The file was opened read-only; nothing can be saved to it."""


_NO_SUCH = {
    "company": QT_TRANSLATE_NOOP("validation", "there is no company with id {id}"),
    "contact": QT_TRANSLATE_NOOP("validation", "there is no contact with id {id}"),
    "deal": QT_TRANSLATE_NOOP("validation", "there is no deal with id {id}"),
    "pipeline": QT_TRANSLATE_NOOP("validation", "there is no pipeline with id {id}"),
    "product": QT_TRANSLATE_NOOP("validation", "there is no product with id {id}"),
    "stage": QT_TRANSLATE_NOOP("validation", "there is no stage with id {id}"),
    "user": QT_TRANSLATE_NOOP("validation", "there is no user with id {id}"),
}


def no_such(kind: str, record_id: object) -> str:
    """A field's reason when the id it holds names no live record of ``kind``."""
    known = _NO_SUCH.get(kind)
    if known is None:
        return translate("validation", "there is no {kind} with id {id}").format(
            kind=kind_name(kind), id=record_id
        )
    return translate("validation", known).format(id=record_id)


def one_of(choices: Iterable[str]) -> str:
    """A field's reason when its value is not among ``choices`` (machine words, shown as is)."""
    return translate("validation", "must be one of {choices}").format(choices=", ".join(choices))

"""One mapping from errors to what the user sees.

Expected errors (``CrmError``) get a plain message; anything else is a bug and
says so, with the details folded away, so the user can report it.
"""

from __future__ import annotations

import re
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.domain.errors import (
    ConflictError,
    CrmError,
    NotFoundError,
    StorageError,
    ValidationError,
)


def error_title(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        return QCoreApplication.translate("errors", "Please check the highlighted fields")
    if isinstance(error, ConflictError):
        return QCoreApplication.translate("errors", "Changed by someone else")
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate("errors", "Not found")
    if isinstance(error, StorageError):
        return QCoreApplication.translate("errors", "The file could not be used")
    if isinstance(error, CrmError):
        return QCoreApplication.translate("errors", "Cannot do that")
    return QCoreApplication.translate("errors", "Something went wrong")


def error_text(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        return "\n".join(
            f"• {field_name(field)}: {reason}" for field, reason in error.errors.items()
        )
    if isinstance(error, CrmError):
        return str(error)
    return QCoreApplication.translate(
        "errors",
        "An unexpected error happened. Nothing was saved by the action that failed. "
        "Please report this with the details below.",
    )


def field_name(key: str) -> str:
    """A field as people call it: "emails[1]" is "E-mail 2", "last_name" "Last name"."""
    from crm_desktop.ui.imports.fields import field_label

    found = _INDEXED.match(key)
    base, index = (found.group(1), int(found.group(2))) if found else (key, None)
    label = field_label(base)
    return label if index is None else f"{label} {index + 1}"


_INDEXED = re.compile(r"^(.+)\[(\d+)\]$")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(parent)
    box.setIcon(
        QMessageBox.Icon.Warning if isinstance(error, CrmError) else QMessageBox.Icon.Critical
    )
    box.setWindowTitle(error_title(error))
    box.setText(error_text(error))
    if not isinstance(error, CrmError):
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.open()

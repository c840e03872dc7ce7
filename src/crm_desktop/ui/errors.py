"""One mapping from errors to what the user sees.

Expected errors (``CrmError``) get a plain message; anything else is a bug and
says so, with the details folded away, so the user can report it.
"""

from __future__ import annotations

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


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def error_title(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        return _tr("Please check the highlighted fields")
    if isinstance(error, ConflictError):
        return _tr("Changed by someone else")
    if isinstance(error, NotFoundError):
        return _tr("Not found")
    if isinstance(error, StorageError):
        return _tr("The file could not be used")
    if isinstance(error, CrmError):
        return _tr("Cannot do that")
    return _tr("Something went wrong")


def error_text(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        return "\n".join(f"• {field}: {reason}" for field, reason in error.errors.items())
    if isinstance(error, CrmError):
        return str(error)
    return _tr(
        "An unexpected error happened. Nothing was saved by the action that failed. "
        "Please report this with the details below."
    )


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

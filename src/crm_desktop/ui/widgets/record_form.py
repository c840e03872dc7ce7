"""The create/edit dialog every record form shares: save, errors by field, conflicts.

A subclass builds its fields, reads them into a dict of draft field names
(``values``) and fills them from a record (``load_record``). Saving a new record
sends every value; saving an edit sends only what changed since ``load_record``,
with the version read, so a clash with someone else's edit is noticed. A clash
opens the conflict dialog: field by field, keep mine or take theirs, then save
against the version now stored; what was typed stays in the form until saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import ConflictError, CrmError, ValidationError
from crm_desktop.services.conflicts import Choice, Conflict, find_conflict
from crm_desktop.services.custom_fields import list_custom_fields
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.custom_fields_editor import CustomFieldsEditor
from crm_desktop.ui.widgets.form_fields import ErrorLabel, FieldErrors, sentence


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setVerticalSpacing(8)
    return form


def two_columns(left: QFormLayout, right: QFormLayout) -> QHBoxLayout:
    """Two forms side by side, each held to the top (spare height goes below them)."""
    columns = QHBoxLayout()
    columns.setSpacing(28)
    for form in (left, right):
        column = QVBoxLayout()
        column.addLayout(form)
        column.addStretch(1)
        columns.addLayout(column, 1)
    return columns


class SaveDeclinedError(Exception):
    """Raised by ``prepare`` when the user declined a question; nothing is saved."""


class RecordForm(QDialog):
    """A dialog that creates (``record_id`` None) or edits one record."""

    saved = Signal(int)  # the record's id, after a successful save
    # Service error keys that another field of the form shows ("contact_id" -> "contact").
    field_aliases: Mapping[str, str] = {}
    # The record kind services.conflicts reads ("contact"); set by forms that edit.
    record_kind = ""

    def __init__(
        self, state: AppState, record_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.record_id = record_id
        self.record: Any = None
        self._loaded: dict[str, Any] = {}
        self.errors = FieldErrors(self.field_aliases)
        self.general = ErrorLabel("error_form")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)  # Enter saves (outside multi-line fields)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.general)

    def finish(self) -> None:
        """Subclasses call this after building their fields."""
        self.outer.addWidget(self.buttons)
        if self.record_id is not None:
            self.reload_record()

    def add_columns(
        self, left: QFormLayout, right: QFormLayout, entity_type: str
    ) -> CustomFieldsEditor:
        """The two columns of a contact or company form, the custom fields under the right one."""
        definitions = list_custom_fields(self.state.db, entity_type)
        custom = CustomFieldsEditor(definitions, right, self.errors, self)
        self.outer.addLayout(two_columns(left, right))
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.sizeHint().height())
        return custom

    def reload_record(self) -> None:
        assert self.record_id is not None
        self.record = self.read_record(self.record_id)
        self.load_record(self.record)
        self._loaded = self.values()
        self.errors.clear()
        self.general.set_message("")

    # -- what subclasses provide ----------------------------------------------------------------
    def read_record(self, record_id: int) -> Any:
        raise NotImplementedError

    def load_record(self, record: Any) -> None:
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        """The fields as the draft names them, as typed (before ``prepare``)."""
        raise NotImplementedError

    def prepare(self, values: dict[str, Any]) -> dict[str, Any]:
        """Turn typed values into what the service takes (may ask; raise SaveDeclinedError)."""
        return values

    def create_record(self, values: Mapping[str, Any]) -> int:
        raise NotImplementedError

    def update_record(self, record_id: int, changes: Mapping[str, Any], version: int) -> int:
        raise NotImplementedError

    # -- saving -----------------------------------------------------------------------------------
    def changes(self) -> dict[str, Any]:
        current = self.values()
        if self.record_id is None:
            return current
        return {k: v for k, v in current.items() if v != self._loaded.get(k)}

    def save(self) -> None:
        self.errors.clear()
        self.general.set_message("")
        changes = self.changes()
        if self.record_id is not None and not changes:
            self.accept()  # nothing changed: nothing to write
            return
        try:
            prepared = self.prepare(changes)
            if self.record_id is None:
                saved_id = self.create_record(prepared)
            else:
                saved_id = self.update_record(self.record_id, prepared, self.record.version)
        except SaveDeclinedError:
            return
        except ValidationError as error:
            self.show_errors(error.errors)
            return
        except ConflictError:
            self.resolve_conflict()
            return
        except CrmError as error:
            show_error(self, error)
            return
        self.saved.emit(saved_id)
        self.accept()

    def values_of(self, record: Any) -> dict[str, Any]:
        """``record`` as this form's ``values`` would read it (a hidden twin form loads it)."""
        twin = type(self)(self.state, None)
        try:
            twin.load_record(record)
            return twin.values()
        finally:
            twin.deleteLater()

    def resolve_conflict(self) -> None:
        """Someone saved the record meanwhile: ask per field, then save against their version.

        Cancelling keeps the form open with what was typed; nothing is written.
        """
        assert self.record_id is not None
        try:
            conflict = find_conflict(
                self.state.db,
                self.record_kind,
                self.record_id,
                self.values(),
                self._loaded,
                self.values_of,
            )
        except CrmError as error:  # deleted meanwhile, file busy
            show_error(self, error)
            return
        choices = self.ask_resolution(conflict) if conflict.fields else {}
        if choices is None:
            self.general.set_message(
                self.tr("Not saved: someone else changed this record. Save again to compare.")
            )
            return
        try:
            changes = self.prepare(conflict.resolve(choices))
            saved_id = (
                self.update_record(self.record_id, changes, conflict.version)
                if changes
                else self.record_id
            )
        except SaveDeclinedError:
            return
        except ValidationError as error:
            # The form still edits the version it opened: saving again compares again.
            self.show_errors(error.errors)
            return
        except ConflictError:
            self.resolve_conflict()  # yet another save came in between: compare again
            return
        except CrmError as error:
            show_error(self, error)
            return
        self.saved.emit(saved_id)
        self.accept()

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Each reason under its field; the rest at the top. What was typed stays."""
        left = self.errors.show(errors)
        self.general.set_message("\n".join(sentence(reason) for reason in left.values()))
        # Messages take room: grow so no field is squeezed under its message.
        self.outer.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        field = self.errors.first_field_with_error()
        if field is not None:
            field.setFocus()

    # -- questions (tests replace these) ---------------------------------------------------
    def ask_resolution(self, conflict: Conflict) -> dict[str, Choice] | None:
        """Mine or theirs for each differing field; None when the user cancelled."""
        from crm_desktop.ui.dialogs.conflict import ask_resolution

        return ask_resolution(self, conflict)

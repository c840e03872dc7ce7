"""Typed fields for a record's custom fields, built from their definitions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from crm_desktop.domain.custom_fields import CustomField
from crm_desktop.ui.widgets.form_fields import DateField, FieldErrors
from crm_desktop.ui.widgets.formatting import typed_number_text


class CustomFieldsEditor(QObject):
    """Adds one row per definition to a form; reads and writes the ``custom`` dict."""

    def __init__(
        self,
        definitions: Sequence[CustomField],
        form: QFormLayout,
        errors: FieldErrors,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.definitions = list(definitions)
        self.widgets: dict[str, QWidget] = {}
        for definition in self.definitions:
            widget = self._widget(definition)
            widget.setObjectName(f"custom_{definition.key}")
            self.widgets[definition.key] = widget
            label = definition.label + (" *" if definition.required else "")
            # Ends like the form's own labels ("Birthday:"); some languages space it.
            label = QCoreApplication.translate("form", "{label}:").format(label=label)
            form.addRow(label, errors.add(f"custom.{definition.key}", widget))

    def _widget(self, definition: CustomField) -> QWidget:
        if definition.kind == "boolean":
            return QCheckBox()
        if definition.kind == "date":
            return DateField()
        if definition.kind == "choice":
            combo = QComboBox()
            combo.addItem("", "")
            for choice in definition.choices:
                combo.addItem(choice, choice)
            return combo
        edit = QLineEdit()
        if definition.kind == "number":
            edit.setPlaceholderText(self.tr("a number"))
        return edit

    def values(self) -> dict[str, object]:
        """Values as typed (text, a date, a choice, True/False); empty ones left out."""
        result: dict[str, object] = {}
        for key, widget in self.widgets.items():
            value: object
            if isinstance(widget, QCheckBox):
                value = widget.isChecked()
            elif isinstance(widget, DateField):
                value = widget.value()
            elif isinstance(widget, QComboBox):
                value = widget.currentData() or ""
            else:
                assert isinstance(widget, QLineEdit)
                value = widget.text().strip()
            if value not in (None, ""):
                result[key] = value
        return result

    def set_values(self, values: Mapping[str, object]) -> None:
        for key, widget in self.widgets.items():
            value = values.get(key)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, DateField):
                widget.set_value(str(value) if value else None)
            elif isinstance(widget, QComboBox):
                index = widget.findData(str(value) if value is not None else "")
                if index < 0:
                    widget.addItem(str(value), str(value))
                    index = widget.count() - 1
                widget.setCurrentIndex(index)
            else:
                assert isinstance(widget, QLineEdit)
                widget.setText("" if value is None else typed_number_text(value))

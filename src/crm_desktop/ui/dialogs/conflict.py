"""Someone else saved the record while I edited it: choose, field by field, whose value stays."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.conflicts import MINE, THEIRS, Choice, Conflict
from crm_desktop.services.history import field_label as history_label

ValueText = Callable[[Any], str]


def field_label(name: str) -> str:
    """``first_name`` -> "First name", as the History tab names it (translated there)."""
    return history_label(name)


def value_text(value: Any) -> str:
    """A stored or typed value as one short line a user can compare."""
    if value is None or value == "" or value == [] or value == {} or value == ():
        return QCoreApplication.translate("conflict", "(empty)")
    if isinstance(value, bool):
        yes = QCoreApplication.translate("conflict", "Yes")
        return yes if value else QCoreApplication.translate("conflict", "No")
    if isinstance(value, dict):
        return "; ".join(f"{k}: {value_text(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        if len(value) == 2 and all(isinstance(v, str) for v in value) and "@" not in value[0]:
            return f"{value[0]}: {value[1]}"  # a labelled e-mail or phone
        return ", ".join(value_text(v) for v in value)
    address = getattr(value, "address", None) or getattr(value, "number", None)
    if address is not None:  # an EmailAddress or PhoneNumber
        label = getattr(value, "label", "")
        return f"{label}: {address}" if label else str(address)
    text = str(value)
    return text if len(text) <= 80 else text[:79] + "…"


class ConflictDialog(QDialog):
    """For each differing field: my value or theirs, preset to what each side changed."""

    def __init__(
        self,
        conflict: Conflict,
        labels: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
        text_of: ValueText = value_text,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict = conflict
        self.setWindowTitle(self.tr("Changed by someone else"))
        who = getattr(conflict.record, "updated_by", "") or self.tr("someone else")
        intro = QLabel(self._intro(conflict.kind).format(who=who))
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for column, title in enumerate(
            (self.tr("Field"), self.tr("Keep mine"), self.tr("Take theirs"), self.tr("Before"))
        ):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, column)
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons_of: dict[str, dict[Choice, QRadioButton]] = {}
        for row, field in enumerate(conflict.fields, start=1):
            name = (labels or {}).get(field.field) or field_label(field.field)
            grid.addWidget(QLabel(name), row, 0)
            group = QButtonGroup(self)
            buttons: dict[Choice, QRadioButton] = {}
            for column, (choice, value) in enumerate(
                ((MINE, field.mine), (THEIRS, field.theirs)), start=1
            ):
                button = QRadioButton(text_of(value))
                button.setObjectName(f"{choice}_{field.field}")
                button.setToolTip(str(value))
                group.addButton(button)
                grid.addWidget(button, row, column)
                buttons[choice] = button
            before = QLabel(text_of(field.base))
            before.setEnabled(False)  # greyed: what both edits started from
            grid.addWidget(before, row, 3)
            buttons[field.suggested].setChecked(True)
            self.groups[field.field] = group
            self.buttons_of[field.field] = buttons
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.save_button = box.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(box)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

    def _intro(self, kind: str) -> str:
        """Whole sentences per kind of record, so each language can inflect the noun."""
        after = " " + self.tr(
            "For each field that differs, choose which value to keep. "
            "Nothing is saved until you press Save."
        )
        first = {
            "contact": self.tr("{who} saved this contact while you were editing it."),
            "company": self.tr("{who} saved this company while you were editing it."),
            "deal": self.tr("{who} saved this deal while you were editing it."),
            "ticket": self.tr("{who} saved this ticket while you were editing it."),
        }.get(kind, self.tr("{who} saved this record while you were editing it."))
        return first + after

    def choose(self, field: str, choice: Choice) -> None:
        self.buttons_of[field][choice].setChecked(True)

    def choices(self) -> dict[str, Choice]:
        return {
            field: MINE if buttons[MINE].isChecked() else THEIRS
            for field, buttons in self.buttons_of.items()
        }


def ask_resolution(
    parent: QWidget | None, conflict: Conflict, labels: Mapping[str, str] | None = None
) -> dict[str, Choice] | None:
    """Show the dialog; the choices per field, or None when the user cancelled."""
    dialog = ConflictDialog(conflict, labels, parent)
    try:
        return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()

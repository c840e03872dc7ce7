"""The tags of one record as chips: × takes one off, the field at the end adds one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.services.tags import tag_names, tag_records, tags_for, untag_records
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.flow_layout import FlowLayout, fixed_size_policy

_CHIP_STYLE = (
    "QFrame#tagChip { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-radius: 10px; }"
    " QFrame#tagChip QToolButton { border: none; padding: 0px; }"
)


class TagChip(QFrame):
    """One tag: its name and a small × button."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagChip")
        self.setStyleSheet(_CHIP_STYLE)
        self.setSizePolicy(fixed_size_policy())
        self.name = name
        self.label = QLabel(name)
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("removeTag")
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.remove_button.setToolTip(self.tr("Remove the tag “{name}”").format(name=name))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 4, 1)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)


class TagEditor(QWidget):
    """Tags of the record shown (``show_record``); changes are saved at once."""

    def __init__(self, state: AppState, entity_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.entity_type = entity_type
        self.record_id: int | None = None
        self.names: list[str] = []
        self.chips: list[TagChip] = []
        self._flow = FlowLayout(self, spacing=4)
        self.add_field = QLineEdit()
        self.add_field.setObjectName("addTagField")
        self.add_field.setPlaceholderText(self.tr("+ Add tag"))
        self.add_field.setToolTip(self.tr("Type a tag and press Enter"))
        self.add_field.setFixedWidth(self.add_field.fontMetrics().averageCharWidth() * 16)
        self._choices = QStringListModel(self)
        completer = QCompleter(self._choices, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_field.setCompleter(completer)
        self.add_field.returnPressed.connect(self._add_typed)
        self.add_field.installEventFilter(self)
        self._flow.addWidget(self.add_field)

    def show_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.reload()

    def reload(self) -> None:
        db = self.state.db
        self.names = tags_for(db, self.entity_type, self.record_id) if self.record_id else []
        for chip in self.chips:
            self._flow.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        self._flow.removeWidget(self.add_field)
        for name in self.names:
            chip = TagChip(name, self)
            chip.remove_button.clicked.connect(lambda _c=False, n=name: self.remove_tag(n))
            self._flow.addWidget(chip)
            self.chips.append(chip)
        self._flow.addWidget(self.add_field)
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.add_field and event.type() == QEvent.Type.FocusIn:
            self._fill_choices()
        return super().eventFilter(watched, event)

    def _fill_choices(self) -> None:
        """The tags the record lacks, read when the field is entered, not on every show."""
        taken = {n.casefold() for n in self.names}
        self._choices.setStringList(
            [name for name in tag_names(self.state.db) if name.casefold() not in taken]
        )

    def add_tag(self, name: str) -> bool:
        """Put the tag ``name`` on the record; False (and a message) if refused."""
        if self.record_id is None or not name.strip():
            return False
        try:
            tag_records(self.state.db, self.entity_type, [self.record_id], [name])
        except ValidationError as error:
            self.state.say(next(iter(error.errors.values())))
            return False
        except CrmError as error:
            show_error(self, error)
            return False
        self.reload()  # the change signal reloads too; this keeps it immediate
        return True

    def remove_tag(self, name: str) -> None:
        if self.record_id is None:
            return
        try:
            untag_records(self.state.db, self.entity_type, [self.record_id], [name])
        except CrmError as error:
            show_error(self, error)
            return
        self.reload()

    def _add_typed(self) -> None:
        if self.add_tag(self.add_field.text()):
            self.add_field.clear()
            self.add_field.setFocus()


class TagNameDialog(QDialog):
    """Asks for one tag name, completing over the tags the file has."""

    def __init__(self, names: list[str], count_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add tag"))
        self.field = QLineEdit()
        self.field.setObjectName("tagNameField")
        self.field.setPlaceholderText(self.tr("Tag name"))
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(completer)
        prompt = QLabel(count_text)
        prompt.setWordWrap(True)
        prompt.setBuddy(self.field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add tag"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.field)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)

    def name(self) -> str:
        return self.field.text().strip()

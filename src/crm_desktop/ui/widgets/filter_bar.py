"""The filter bar above a record list: a text field, then owner, country and tag choosers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from crm_desktop.domain.saved_views import ViewFilter
from crm_desktop.services.tags import tag_names
from crm_desktop.services.users import list_users
from crm_desktop.ui.smart_lists.chip import SavedViewChip
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.choosers import (
    TYPING_PAUSE_MS,
    CountryCombo,
    OwnerCombo,
    TagFilterCombo,
)


class FilterBar(QWidget):
    """Emits ``changed`` when a chooser moves, or when the user pauses typing.

    Subclasses put their own choosers before the shared ones (``insert_chooser``)
    and say what filter the bar means (``current_filter``, ``is_default``).
    """

    changed = Signal()

    def __init__(
        self,
        state: AppState,
        text_width: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.text = QLineEdit()  # subclasses say what it searches (placeholder text)
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(self.text.fontMetrics().averageCharWidth() * text_width)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        self.text.textChanged.connect(lambda _t: self._typing.start())
        self.text.returnPressed.connect(self._apply_now)
        self.owner = OwnerCombo(self.tr("Any owner"))
        self.owner.setObjectName("ownerFilter")
        self.country = CountryCombo(self.tr("Any country"))
        self.country.setObjectName("countryFilter")
        self.tag = TagFilterCombo(self.tr("Any tag"))
        self.tag.setObjectName("tagFilter")
        self.choosers: list[QComboBox] = []
        # A smart list narrowing the list, on top of the choosers.
        self.saved_view = SavedViewChip()
        self.saved_view.cleared.connect(self.changed)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.text, 2)
        self._layout.addWidget(self.saved_view)
        for combo in (self.owner, self.country, self.tag):
            self.insert_chooser(combo, len(self.choosers))
        self.reload_choices()

    def insert_chooser(self, combo: QComboBox, position: int = 0) -> None:
        """Add ``combo`` at ``position`` among the choosers (0: right after the text)."""
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._layout.insertWidget(2 + position, combo)
        self.choosers.insert(position, combo)

    def _apply_now(self) -> None:
        self._typing.stop()
        self.changed.emit()

    def current_filter(self) -> Any:
        raise NotImplementedError

    def is_default(self) -> bool:
        raise NotImplementedError

    def reload_choices(self) -> None:
        """Refill users and tags after they changed."""
        self.reload_owners()
        self.reload_tags()

    def reload_owners(self) -> None:
        self.owner.fill(list_users(self.state.db))

    def reload_tags(self) -> None:
        """Only the names: putting a tag on records does not change the choices."""
        self.tag.fill(tag_names(self.state.db))

    def reset(self) -> None:
        """Every chooser back to its first entry and no text (one ``changed``)."""
        for combo in self.choosers:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.saved_view.set_view("", None)
        self.changed.emit()

    def show_saved_view(self, name: str, view_filter: ViewFilter) -> None:
        """Narrow the list to a smart list, the other choosers back to "any" (one ``changed``)."""
        self.saved_view.set_view(name, view_filter)
        for combo in self.choosers:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.changed.emit()

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

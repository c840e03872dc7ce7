"""Combo boxes for values records share: country, currency, owner, lifecycle stage, tag."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from crm_desktop.domain.contacts import LIFECYCLE_STAGES
from crm_desktop.services.users import User
from crm_desktop.ui.widgets.formatting import countries, stage_colour, stage_label
from crm_desktop.ui.widgets.icons import dot_icon

TYPING_PAUSE_MS = 250  # a filter field queries when the user stops typing, not per key
COMMON_CURRENCIES = ("EUR", "SEK", "USD", "GBP", "CHF", "DKK", "NOK", "PLN")


class CountryCombo(QComboBox):
    """Countries by name in the user's language; the data is the ISO code ("" for none)."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxVisibleItems(16)
        self.addItem(none_text, "")
        for code, name in countries():
            self.addItem(name, code)
        self.setMinimumContentsLength(12)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def code(self) -> str:
        return str(self.currentData() or "")

    def set_code(self, code: str | None) -> None:
        code = (code or "").upper()
        index = self.findData(code)
        if index < 0:  # a code we have no name for: keep it as it is
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)


class CurrencyCombo(QComboBox):
    """The common currencies to pick from; any other ISO code may be typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.addItems(COMMON_CURRENCIES)
        self.setMinimumContentsLength(4)

    def code(self) -> str:
        """The code as typed, in capitals ("" when empty); the service checks it."""
        return self.currentText().strip().upper()

    def set_code(self, code: str) -> None:
        self.setCurrentText(code)


class OwnerCombo(QComboBox):
    """The file's users; the data is the user id, None for "unassigned" (or "any owner").

    Without ``none_text`` there is no such entry: someone must be chosen.
    """

    def __init__(self, none_text: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.none_text = none_text
        if none_text is not None:
            self.addItem(none_text, None)
        self.setMinimumContentsLength(12)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def fill(self, users: Sequence[User]) -> None:
        """Refill with ``users``, keeping the chosen one if still there."""
        chosen = self.owner_id()
        self.blockSignals(True)
        try:
            self.clear()
            if self.none_text is not None:
                self.addItem(self.none_text, None)
            for user in users:
                self.addItem(user.name, int(user.id))
            self.setCurrentIndex(max(0, self.findData(chosen)))
        finally:
            self.blockSignals(False)

    def owner_id(self) -> int | None:
        data = self.currentData()
        return None if data is None else int(data)

    def set_owner_id(self, owner_id: int | None) -> None:
        self.setCurrentIndex(max(0, self.findData(owner_id)))


class StageCombo(QComboBox):
    """Lifecycle stages with their colour dot; optionally an "any stage" first entry."""

    def __init__(self, any_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if any_text is not None:
            self.addItem(any_text, None)
        for stage in LIFECYCLE_STAGES:
            self.addItem(dot_icon(stage_colour(stage).name()), stage_label(stage), stage)

    def stage(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_stage(self, stage: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(stage)))


class TagFilterCombo(QComboBox):
    """The "any tag" entry and the file's tags; the data is the tag name (None for any)."""

    def __init__(self, any_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.any_text = any_text
        self.addItem(any_text, None)
        self.setMinimumContentsLength(10)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def fill(self, names: list[str]) -> None:
        chosen = self.currentData()
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(self.any_text, None)
            for name in names:
                self.addItem(name, name)
            self.setCurrentIndex(max(0, self.findData(chosen)))
        finally:
            self.blockSignals(False)

    def tag(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

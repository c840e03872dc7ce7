"""The filter bar above the contact table: text, lifecycle stage, owner, country, tag."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from crm_desktop.domain.contacts import ContactFilter
from crm_desktop.services.tags import list_tags
from crm_desktop.services.users import list_users
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.choosers import (
    TYPING_PAUSE_MS,
    CountryCombo,
    OwnerCombo,
    StageCombo,
    TagFilterCombo,
)
from crm_desktop.ui.widgets.record_list_view import FilterBar


class ContactFilterBar(FilterBar):
    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.text = QLineEdit()
        self.text.setObjectName("contactSearch")
        self.text.setPlaceholderText(self.tr("Filter by name, e-mail, phone or company"))
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(self.text.fontMetrics().averageCharWidth() * 24)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        self.text.textChanged.connect(lambda _t: self._typing.start())
        self.text.returnPressed.connect(self._apply_now)
        self.stage = StageCombo(self.tr("Any stage"))
        self.stage.setObjectName("stageFilter")
        self.owner = OwnerCombo(self.tr("Any owner"))
        self.owner.setObjectName("ownerFilter")
        self.country = CountryCombo(self.tr("Any country"))
        self.country.setObjectName("countryFilter")
        self.tag = TagFilterCombo(self.tr("Any tag"))
        self.tag.setObjectName("tagFilter")
        for combo in (self.stage, self.owner, self.country, self.tag):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.stage)
        layout.addWidget(self.owner)
        layout.addWidget(self.country)
        layout.addWidget(self.tag)
        layout.addStretch(0)
        self.reload_choices()

    def _apply_now(self) -> None:
        self._typing.stop()
        self.changed.emit()

    def reload_choices(self) -> None:
        db = self.state.db
        self.owner.fill(list_users(db))
        self.tag.fill([t.name for t in list_tags(db)])

    def current_filter(self) -> ContactFilter:
        return ContactFilter(
            text=self.text.text().strip(),
            lifecycle_stage=self.stage.stage(),
            owner_id=self.owner.owner_id(),
            country=self.country.code() or None,
            tag=self.tag.tag(),
        )

    def is_default(self) -> bool:
        return self.current_filter() == ContactFilter()

    def reset(self) -> None:
        for combo in (self.stage, self.owner, self.country, self.tag):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.changed.emit()

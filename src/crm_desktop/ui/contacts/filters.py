"""The filter bar above the contact table: text, lifecycle stage, owner, country, tag."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crm_desktop.domain.contacts import ContactFilter
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.choosers import StageCombo
from crm_desktop.ui.widgets.filter_bar import FilterBar


class ContactFilterBar(FilterBar):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, text_width=24, parent=parent)
        self.text.setObjectName("contactSearch")
        self.text.setPlaceholderText(self.tr("Filter by name, e-mail, phone or company"))
        self.stage = StageCombo(self.tr("Any stage"))
        self.stage.setObjectName("stageFilter")
        self.insert_chooser(self.stage)

    def current_filter(self) -> ContactFilter:
        return ContactFilter(
            text=self.text.text().strip(),
            lifecycle_stage=self.stage.stage(),
            owner_id=self.owner.owner_id(),
            country=self.country.code() or None,
            tag=self.tag.tag(),
            view=self.saved_view.view_filter,
        )

    def is_default(self) -> bool:
        return self.current_filter() == ContactFilter()

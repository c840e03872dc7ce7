"""The filter bar above the company table: text, owner, country, tag."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crm_desktop.domain.companies import CompanyFilter
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.filter_bar import FilterBar


class CompanyFilterBar(FilterBar):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, text_width=28, parent=parent)
        self.text.setObjectName("companySearch")
        self.text.setPlaceholderText(self.tr("Filter by name, e-mail, website or VAT number"))

    def current_filter(self) -> CompanyFilter:
        return CompanyFilter(
            text=self.text.text().strip(),
            owner_id=self.owner.owner_id(),
            country=self.country.code() or None,
            tag=self.tag.tag(),
            view=self.saved_view.view_filter,
        )

    def is_default(self) -> bool:
        return self.current_filter() == CompanyFilter()

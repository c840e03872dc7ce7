"""The Contacts view (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crm_desktop.ui.state import AppState
from crm_desktop.ui.views import MainView


class ContactsView(MainView):
    key = "contacts"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Contacts")))

    def title(self) -> str:
        return self.tr("Contacts")

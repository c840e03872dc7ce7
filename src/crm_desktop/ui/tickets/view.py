"""The Tickets view (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crm_desktop.ui.state import AppState
from crm_desktop.ui.views import MainView


class TicketsView(MainView):
    key = "tickets"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tickets")))

    def title(self) -> str:
        return self.tr("Tickets")

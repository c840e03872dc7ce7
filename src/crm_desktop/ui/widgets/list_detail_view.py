"""A main view with a record table (or its empty state) on the left and a detail pane beside it."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QWidget

from crm_desktop.ui.views import MainView
from crm_desktop.ui.widgets.empty_state import EmptyState, placeholder_label
from crm_desktop.ui.widgets.record_table import RecordTable


class ListDetailView(MainView):
    """What the Contacts, Companies and Tickets views share: the split and its layout.

    Subclasses set ``table`` and call ``build_split``; ``update_counts`` is
    called after a restored sort so counts and empty state follow it.
    """

    table: RecordTable

    def build_split(self, detail: QWidget, placeholder: str, sizes: tuple[int, int]) -> None:
        """The table or empty state (``rows``), and the detail or its ``placeholder``."""
        self.empty = EmptyState()
        self.empty_label, self.empty_button = self.empty.label, self.empty.button
        self.rows = QStackedWidget()
        self.rows.addWidget(self.table)
        self.rows.addWidget(self.empty)
        self.placeholder = placeholder_label(placeholder)
        self.placeholder.setObjectName("detailPlaceholder")
        self.side = QStackedWidget()
        self.side.addWidget(self.placeholder)
        self.side.addWidget(detail)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"{self.key}Splitter")
        self.splitter.addWidget(self.rows)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes(list(sizes))
        self.splitter.setChildrenCollapsible(False)

    def update_counts(self) -> None:
        """Say how many rows there are; show the empty state when there are none."""

    # -- layout ------------------------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue(f"{self.key}/splitter", self.splitter.saveState())
        settings.setValue(f"{self.key}/header", self.table.header_state())

    def restore_layout(self, settings: QSettings) -> None:
        splitter = settings.value(f"{self.key}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = settings.value(f"{self.key}/header")
        if header is not None:
            self.table.restore_header_state(header)  # sorts again in SQL
            self.update_counts()

"""What every main view offers the window: reload on changes, open a record, keep its layout."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.saved_views import SavedView
from crm_desktop.ui.state import AppState


class MainView(QWidget):
    """Base of the side-bar views (Contacts, Companies, Pipeline, Tickets, Tasks).

    ``key`` names the view in QSettings and in tests; subclasses set it.
    """

    key = "view"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        state.changed.connect(self.on_changes)
        state.file_opened.connect(lambda _db: self.reload())

    def title(self) -> str:
        return self.key

    def reload(self) -> None:
        """Read everything again from the file (a new file was opened)."""

    def on_changes(self, changes: Changes) -> None:
        """A write happened somewhere; reload only if it touches what is shown."""

    def open_record(self, record_id: int) -> None:
        """Show the record with this id (from search, a task, or another view)."""

    def new_record(self) -> None:
        """Start creating a record of this view's kind (Ctrl+N in this view)."""

    def show_saved_view(self, view: SavedView) -> None:
        """Narrow the list to a smart list of this view's kind (from the side bar)."""

    def export_saved_view(self, view: SavedView) -> None:
        """Show the smart list and export every record in it (views that can export)."""
        self.show_saved_view(view)

    def save_layout(self, settings: QSettings) -> None:
        """Store splitter positions and column layouts under ``self.key``."""

    def restore_layout(self, settings: QSettings) -> None:
        """Restore what ``save_layout`` stored."""

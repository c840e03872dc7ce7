"""A company typed by name, completing over the file's companies as the user types."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crm_desktop.domain.companies import CompanyFilter
from crm_desktop.services.companies import list_companies
from crm_desktop.ui.state import AppState

SUGGESTIONS = 15


class CompanyField(QLineEdit):
    """The text is a company name; ``resolve`` in the form turns it into an id."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setPlaceholderText(self.tr("Type to find a company, or a new name"))
        self.setClearButtonEnabled(True)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(SUGGESTIONS)
        self.setCompleter(completer)
        self.textEdited.connect(self._suggest)

    def name(self) -> str:
        return " ".join(self.text().split())

    def _suggest(self, text: str) -> None:
        typed = text.strip()
        if not typed:
            return
        # Only the few names that match: a file may hold tens of thousands of companies.
        rows = list_companies(self.state.db, CompanyFilter(text=typed), 0, SUGGESTIONS)
        self._names.setStringList([row.name for row in rows])

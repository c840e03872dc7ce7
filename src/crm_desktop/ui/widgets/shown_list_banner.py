"""A strip above a list saying which figure's records it shows, with a way back to all."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ShownListBanner(QFrame):
    """The caption of a narrowed list and a "Show all" button that emits ``cleared``.

    Lists opened from a dashboard figure narrow to filters their own filter row
    cannot express (deals won in a period, tickets past their SLA); the banner
    says so, so nobody wonders why the list is short.
    """

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shownListBanner")
        self.label = QLabel()
        self.label.setObjectName("shownListCaption")
        self.clear_button = QPushButton(self.tr("Show all"))
        self.clear_button.setObjectName("shownListClear")
        self.clear_button.clicked.connect(self.cleared.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.hide()

    def show_caption(self, caption: str) -> None:
        self.label.setText(self.tr("Showing: {what}").format(what=caption))
        self.show()

    def caption(self) -> str:
        return self.label.text() if self.isVisible() else ""

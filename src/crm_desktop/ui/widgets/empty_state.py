"""What a list or pane shows when it has nothing to show: a sentence, and maybe a button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


def placeholder_label(text: str = "") -> QLabel:
    """A greyed sentence in the middle of a pane ("Choose a ticket to see ...")."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setEnabled(False)  # greyed: it stands in for content
    return label


class EmptyState(QWidget):
    """An empty list: why it is empty (``label``) and what to do about it (``button``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("emptyState")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("emptyStateButton")
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.label)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)

    def show_text(self, text: str, action: str) -> None:
        """Say ``text`` and offer ``action`` on the button."""
        self.label.setText(text)
        self.button.setText(action)

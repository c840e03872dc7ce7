"""First run: start with demo data or with an empty file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeDialog(QDialog):
    """Accepted with ``wants_demo`` set to the user's choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to crm-desktop"))
        self.wants_demo = False
        title = QLabel(self.tr("<h2>Welcome to crm-desktop</h2>"))
        text = QLabel(
            self.tr(
                "Your customers, deals and tickets live in one file on this computer. "
                "Nothing leaves the building.<br><br>"
                "Would you like to look around with example data first, or start "
                "with an empty file?"
            )
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Start with &demo data"))
        self.empty_button = QPushButton(self.tr("Start &empty"))
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(lambda: self._choose(demo=True))
        self.empty_button.clicked.connect(lambda: self._choose(demo=False))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.empty_button)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setMinimumWidth(460)

    def _choose(self, demo: bool) -> None:
        self.wants_demo = demo
        self.accept()

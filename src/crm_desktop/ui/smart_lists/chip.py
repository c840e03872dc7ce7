"""The chip a filtered list shows while a smart list narrows it: its name and a ✕."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from crm_desktop.domain.saved_views import ViewFilter


class SavedViewChip(QWidget):
    """Holds the smart list a filter bar applies; ``cleared`` when the user drops it."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedViewChip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # for its rounded frame
        self.name = ""
        self.view_filter: ViewFilter | None = None
        self.label = QLabel()
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Show the whole list again"))
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 2, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.close_button)
        self.hide()

    def set_view(self, name: str, view_filter: ViewFilter | None) -> None:
        self.name, self.view_filter = name, view_filter
        self.label.setText(self.tr("Smart list: <b>{name}</b>").format(name=_escape(name)))
        self.setVisible(view_filter is not None)

    def clear(self) -> None:
        if self.view_filter is None:
            return
        self.set_view("", None)
        self.cleared.emit()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

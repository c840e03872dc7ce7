"""A dashboard tile: a figure's name, its value, the change since the last period, a note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCursor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from crm_desktop.services.dashboard import Change
from crm_desktop.ui.widgets.formatting import number_text, percent_text

# Which way is good news: more won deals is, more overdue tickets is not.
UP_IS_GOOD, DOWN_IS_GOOD, NEUTRAL = "up", "down", "neutral"


def points_text(value: float) -> str:
    """41.7 pp (41,7 pp in Italy): the change of a share, in percentage points."""
    return QCoreApplication.translate("Tile", "{points}\u00a0pp").format(
        points=number_text(value, 1)
    )


class Tile(QFrame):
    """A figure one click away from its list: ``clicked`` on mouse release, Enter or Space."""

    clicked = Signal()

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setProperty("role", "tile")
        self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(190)
        self.title = QLabel(title.upper())
        self.title.setProperty("role", "tileTitle")
        self.value = QLabel("–")
        self.value.setObjectName(f"tileValue_{key}")
        self.value.setProperty("role", "tileValue")
        self.change = QLabel()
        self.change.setProperty("role", "flat")
        self.note = QLabel()
        self.note.setProperty("role", "tileNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        for label in (self.title, self.value, self.change, self.note):
            layout.addWidget(label)
        layout.addStretch(1)

    def show_figure(
        self,
        value: str,
        change: Change | None = None,
        good: str = UP_IS_GOOD,
        previous: str = "",
        note: str = "",
    ) -> None:
        """Show ``value``; with ``change``, an arrow and percent against ``previous``."""
        self.value.setText(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        text, role = self._change_text(change, good, previous)
        self.change.setText(text)
        self.change.setVisible(bool(text))
        if self.change.property("role") != role:
            self.change.setProperty("role", role)
            self.change.style().unpolish(self.change)
            self.change.style().polish(self.change)
        self.setToolTip(self.tr("Click to see the list behind this figure"))

    def _change_text(self, change: Change | None, good: str, previous: str) -> tuple[str, str]:
        if change is None:
            return "", "flat"
        if change.ratio:
            return self._points_text(change, good, previous)
        percent = change.percent
        if percent is None or change.current == change.previous:
            if change.previous is None and change.current is None:
                return "", "flat"
            return self.tr("previous period: {value}").format(value=previous), "flat"
        arrow = "▲" if percent > 0 else "▼"
        better = (percent > 0) == (good == UP_IS_GOOD)
        role = "flat" if good == NEUTRAL else ("up" if better else "down")
        text = self.tr("{arrow} {percent} vs {previous}").format(
            arrow=arrow, percent=percent_text(abs(percent)), previous=previous
        )
        return text, role

    def _points_text(self, change: Change, good: str, previous: str) -> tuple[str, str]:
        """A share's change in percentage points: "▲ 41.7 pp vs 33.3 %"."""
        points = change.points
        if points is None or round(points, 1) == 0:
            if change.previous is None and change.current is None:
                return "", "flat"
            return self.tr("previous period: {value}").format(value=previous), "flat"
        arrow = "▲" if points > 0 else "▼"
        better = (points > 0) == (good == UP_IS_GOOD)
        role = "flat" if good == NEUTRAL else ("up" if better else "down")
        text = self.tr("{arrow} {points} vs {previous}").format(
            arrow=arrow, points=points_text(abs(points)), previous=previous
        )
        return text, role

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

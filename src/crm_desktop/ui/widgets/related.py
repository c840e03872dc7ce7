"""Short lists of a record's related deals, tickets, orders or people, inside a detail pane."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

MAX_VISIBLE_ROWS = 6  # more scroll inside the list, so the pane stays readable


@dataclass(frozen=True)
class RelatedRow:
    record_id: int
    cells: tuple[str, ...]
    icon: QIcon | None = None
    tooltip: str = ""
    dimmed: bool = False  # closed, lost, done: recedes


class RelatedList(QWidget):
    """A titled, compact table of related records; double-click (or Enter) opens one."""

    opened = Signal(str, int)  # kind, id

    def __init__(
        self,
        kind: str,
        headers: Sequence[str],
        empty_text: str,
        parent: QWidget | None = None,
        stretch: int = 0,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.rows: list[RelatedRow] = []
        self.tree = QTreeWidget()
        self.tree.setObjectName(f"related_{kind}")
        self.tree.setColumnCount(len(headers))
        self.tree.setHeaderLabels(list(headers))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setFrameShape(QFrame.Shape.StyledPanel)
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # One column takes the room left and elides; the others fit their contents.
        for column in range(len(headers)):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.tree.itemActivated.connect(self._activated)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName(f"related_{kind}_empty")
        self.empty.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        # As tall as the rows: spare height of the page belongs below the last section.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_rows(self, rows: Sequence[RelatedRow]) -> None:
        self.rows = list(rows)
        self.tree.clear()
        for row in rows:
            item = QTreeWidgetItem(list(row.cells))
            item.setData(0, Qt.ItemDataRole.UserRole, row.record_id)
            if row.icon is not None:
                item.setIcon(0, row.icon)
            for column in range(len(row.cells)):
                item.setToolTip(column, row.tooltip or row.cells[column])
                if column > 0 and _looks_numeric(row.cells[column]):
                    item.setTextAlignment(
                        column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
            if row.dimmed:
                item.setForeground(0, self.palette().placeholderText())
            self.tree.addTopLevelItem(item)
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows (up to MAX_VISIBLE_ROWS): no empty band under short lists."""
        shown = min(len(self.rows), MAX_VISIBLE_ROWS)
        row_height = self.tree.sizeHintForRow(0) if self.rows else 0
        header = self.tree.header().sizeHint().height()
        frame = self.tree.frameWidth() * 2
        self.tree.setFixedHeight(header + shown * max(row_height, 1) + frame + 4)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.opened.emit(self.kind, int(item.data(0, Qt.ItemDataRole.UserRole)))


def _looks_numeric(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return digits > 0 and digits >= len(text.replace(" ", "")) // 2

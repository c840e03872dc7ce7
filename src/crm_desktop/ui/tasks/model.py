"""Tasks grouped in sections (Overdue, Today, Upcoming, Done) as a two-level tree model."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication

from crm_desktop.domain.activities import TaskRow
from crm_desktop.ui.widgets.formatting import (
    OVERDUE_COLOUR,
    day_and_time_text,
    moment_text,
    record_type_label,
)

_Index = QModelIndex | QPersistentModelIndex
TASK_ROLE = Qt.ItemDataRole.UserRole  # the TaskRow of a task line
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the section key ("overdue", ...)

COLUMNS = ("subject", "linked", "due")
SECTION_KEYS = ("overdue", "today", "upcoming", "done")
# Section lines have internal id 0; a task line's id is its section's position + 1.
_TOP = 0


def section_title(key: str) -> str:
    return {
        "overdue": QCoreApplication.translate("TaskTreeModel", "Overdue"),
        "today": QCoreApplication.translate("TaskTreeModel", "Today"),
        "upcoming": QCoreApplication.translate("TaskTreeModel", "Upcoming"),
        "done": QCoreApplication.translate("TaskTreeModel", "Done"),
    }[key]


def linked_label(task: TaskRow) -> str:
    """What the task is about ("Contact: Giulia Bianchi"); "" if about nothing."""
    if task.linked_type is None:
        return ""
    return QCoreApplication.translate("TaskTreeModel", "{kind}: {title}").format(
        kind=record_type_label(task.linked_type), title=task.linked_title
    )


@dataclass(frozen=True)
class Section:
    key: str
    tasks: tuple[TaskRow, ...]


class TaskTreeModel(QAbstractItemModel):
    """Section lines at the top level, task lines under them.

    Ticking a task's check box does not write: it emits ``toggle_requested``
    and the view calls the service (the file says what is true afterwards).
    """

    toggle_requested = Signal(object, bool)  # TaskRow, done

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sections: list[Section] = []
        self.now = ""
        self.show_owner = False

    def set_sections(self, sections: Sequence[Section], now: str) -> None:
        self.beginResetModel()
        self.sections = [s for s in sections if s.tasks]
        self.now = now
        self.endResetModel()

    def section_keys(self) -> list[str]:
        return [s.key for s in self.sections]

    def tasks_in(self, key: str) -> list[TaskRow]:
        return next((list(s.tasks) for s in self.sections if s.key == key), [])

    def task_count(self, *keys: str) -> int:
        return sum(len(s.tasks) for s in self.sections if s.key in keys)

    def task_at(self, index: _Index) -> TaskRow | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        return self.sections[index.internalId() - 1].tasks[index.row()]

    def index_of(self, task_id: int) -> QModelIndex:
        for number, section in enumerate(self.sections):
            for row, task in enumerate(section.tasks):
                if task.id == task_id:
                    return self.createIndex(row, 0, number + 1)
        return QModelIndex()

    # -- structure ----------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self.sections)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self.sections[parent.row()].tasks)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(COLUMNS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _TOP:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return (
                QCoreApplication.translate("TaskTreeModel", "Task"),
                QCoreApplication.translate("TaskTreeModel", "About"),
                QCoreApplication.translate("TaskTreeModel", "Due"),
            )[section]
        return None

    # -- data ------------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._section_data(self.sections[index.row()], index.column(), role)
        task = self.task_at(index)
        assert task is not None
        if role == TASK_ROLE:
            return task
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(task, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == "subject":
            return Qt.CheckState.Checked if task.done_at else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(task, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if task.done_at or (column == "linked"):
                return QApplication.palette().color(
                    QPalette.ColorGroup.Normal, QPalette.ColorRole.PlaceholderText
                )
            if column == "due" and task.is_overdue:
                return QColor(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and task.done_at and column == "subject":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "due":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _section_data(self, section: Section, column: int, role: int) -> Any:
        if role == SECTION_ROLE:
            return section.key
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{section_title(section.key)}  {len(section.tasks)}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and section.key == "overdue":
            return QColor(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.SizeHintRole:
            # Taller than a task line, with the title at the bottom: air above each section.
            height = QFontMetrics(QApplication.font()).height()
            return QSize(0, int(height * 2.4))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        return None

    def _text(self, task: TaskRow, column: str) -> str:
        if column == "subject":
            # A task may have only a body; its first line stands in for a subject.
            return task.subject or next(iter(task.body.splitlines()), "")
        if column == "linked":
            label = linked_label(task)
            if self.show_owner and task.owner:
                label = " · ".join(p for p in (task.owner, label) if p)
            return label
        if task.done_at:
            return QCoreApplication.translate("TaskTreeModel", "Done {time}").format(
                time=day_and_time_text(task.done_at, self.now)
            )
        if task.due_at is None:
            return QCoreApplication.translate("TaskTreeModel", "No date")
        return day_and_time_text(task.due_at, self.now)

    def _tooltip(self, task: TaskRow, column: str) -> str | None:
        if column == "subject":
            return "\n\n".join(p for p in (task.subject, task.body) if p) or None
        if column == "due" and task.due_at:
            return QCoreApplication.translate("TaskTreeModel", "Due {time}").format(
                time=moment_text(task.due_at)
            )
        if column == "linked" and task.linked_type:
            return QCoreApplication.translate(
                "TaskTreeModel", "Double-click or press Enter to open it"
            )
        return None

    def setData(  # noqa: N802
        self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        task = self.task_at(index)
        if task is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        if done != bool(task.done_at):
            self.toggle_requested.emit(task, done)
        return True

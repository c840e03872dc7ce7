"""Reads every text a window shows: labels, buttons, menus, headers, items, charts, tips."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from tests.ui.english_finder import Shown

ROWS_READ = 40  # cells of the first rows: statuses, kinds and labels repeat further down
TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def where_of(widget: QObject, window: str) -> str:
    """``Window › Class#name › ...``: the named widgets and classes from the window down."""
    names: list[str] = []
    node: QObject | None = widget
    while node is not None:
        cls = type(node).__name__
        name = node.objectName()
        if not name.startswith("qt_") and (name or not cls.startswith("Q")):
            names.append(f"{cls}#{name}" if name else cls)
        elif not names:
            names.append(cls)
        if isinstance(node, QWidget) and node.isWindow():
            break
        node = node.parent()
    inside = list(reversed(names[:-1] if len(names) > 1 else names))
    return " › ".join([window, *inside[-4:]])


def texts_of(root: QWidget, window: str) -> list[Shown]:
    """Every text of ``root`` and its children, shown or hidden (hidden ones show later)."""
    found: list[Shown] = []
    seen_menus: set[int] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if _in_combo_popup(widget):
            continue  # the combo box's own items are read once, from the combo box
        where = where_of(widget, window)
        for kind, text in _widget_texts(widget):
            if text and text.strip():
                found.append(Shown(text, where, type(widget).__name__, kind))
        for action in widget.actions():
            found += _action_texts(action, where, seen_menus)
    return found


def _in_combo_popup(widget: QWidget) -> bool:
    node = widget.parent()
    while node is not None:
        if isinstance(node, QComboBox):
            return True
        node = node.parent()
    return False


def _action_texts(action: QAction, where: str, seen: set[int]) -> list[Shown]:
    found = []
    text = action.text()
    if text.strip():
        found.append(Shown(text, where, "QAction", "text"))
    tip = action.toolTip()
    if tip.strip() and tip.replace("&", "") != text.replace("&", ""):
        found.append(Shown(tip, where, "QAction", "tool tip"))
    menu = action.menu()
    if isinstance(menu, QMenu) and id(menu) not in seen:
        seen.add(id(menu))
        inner = f"{where} › {menu.title().replace('&', '') or 'menu'}"
        for sub in menu.actions():
            found += _action_texts(sub, inner, seen)
    return found


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tool tip", widget.toolTip()
    yield "status tip", widget.statusTip()
    yield "what's this", widget.whatsThis()
    if isinstance(widget, QLabel | QAbstractButton):
        yield "text", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tool tip", widget.tabToolTip(i)
    elif isinstance(widget, QComboBox):
        yield "placeholder", widget.placeholderText()
        for i in range(widget.count()):
            yield "item", widget.itemText(i)
            yield "item tool tip", str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield "text", widget.text()
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield "text", widget.toPlainText()
    elif isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
        if isinstance(widget, QDateTimeEdit):
            yield "text", widget.text()  # month and day names in the locale
        else:
            yield "prefix", str(getattr(widget, "prefix", lambda: "")())
            yield "suffix", str(getattr(widget, "suffix", lambda: "")())
    elif isinstance(widget, QProgressBar):
        yield "text", widget.text()
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        model = widget.model()
        if model is not None:
            yield from _model_texts(model)
    elif isinstance(widget, QChartView):
        yield from _chart_texts(widget)
    if isinstance(widget, QWizard):
        for button in QWizard.WizardButton:
            if button.value <= QWizard.WizardButton.CustomButton3.value:
                yield "button", widget.buttonText(button)
    if isinstance(widget, QWizardPage):
        yield "title", widget.title()
        yield "subtitle", widget.subTitle()
    if isinstance(widget, QMainWindow):
        yield "status bar", widget.statusBar().currentMessage()


def _model_texts(model: QAbstractItemModel) -> Iterator[tuple[str, str]]:
    columns = _columns(model, QModelIndex())
    for column in range(columns):
        for role in TEXT_ROLES:
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield "header", value
    yield from _rows_texts(model, QModelIndex(), depth=0)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    # PySide6 hides columnCount of list models (one column) from Python.
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _rows_texts(
    model: QAbstractItemModel, parent: QModelIndex, depth: int
) -> Iterator[tuple[str, str]]:
    for row in range(min(model.rowCount(parent), ROWS_READ)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in TEXT_ROLES:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield "item", value
            if (
                column == 0
                and depth < 2
                and not isinstance(model, QAbstractListModel)
                and model.rowCount(index) > 0
            ):
                yield from _rows_texts(model, index, depth + 1)


def _chart_texts(view: QChartView) -> Iterator[tuple[str, str]]:
    chart = view.chart()
    yield "chart title", chart.title()
    for axis in chart.axes():
        yield "axis title", axis.titleText()
        if isinstance(axis, QBarCategoryAxis):
            for category in axis.categories():
                yield "axis category", category
    for series in chart.series():
        yield "series", series.name()
        for bar_set in getattr(series, "barSets", list)():
            yield "bar set", bar_set.label()

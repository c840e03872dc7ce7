"""A bar chart card for the dashboard (QtCharts) whose every bar opens its list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QToolTip, QVBoxLayout, QWidget

from crm_desktop.domain.axis import whole_scale

T = TypeVar("T")

# Colours of the series, in order: readable on light and dark themes.
SERIES_COLOURS = ("#3b82c4", "#7fb77e", "#e0a040", "#9b7cc4")


@dataclass(frozen=True)
class Bars:
    """One series: a name for the legend, a value per category, a tooltip per bar."""

    name: str
    values: Sequence[float]
    tooltips: Sequence[str]
    colour: str = ""
    clickable: bool = True


class ChartCard(QFrame):
    """A titled bar chart; ``bar_clicked(series, category)`` when a clickable bar is clicked."""

    bar_clicked = Signal(int, int)

    def __init__(
        self, key: str, title: str, horizontal: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.key = key
        # Horizontal bars leave room for long category names (pipeline stages).
        self.horizontal = horizontal
        self.setObjectName(f"chart_{key}")
        self.setProperty("role", "chartCard")
        self.title = QLabel(title)
        self.title.setProperty("role", "tileTitle")
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(QMargins(0, 0, 0, 0))
        # Axis numbers as the user writes them (1.500 in Italy), not printf's 1500.
        self.chart.setLocalizeNumbers(True)
        self.chart.setLocale(QLocale())
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(230)
        self.view.setStyleSheet("background: transparent")
        self.note = QLabel()
        self.note.setProperty("role", "tileNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.series: QAbstractBarSeries | None = None
        self.sets: list[QBarSet] = []
        self._count = 0

    def show_bars(
        self,
        categories: Sequence[str],
        bars: Sequence[Bars],
        unit: str = "",
        note: str = "",
    ) -> None:
        """Draw ``bars`` over ``categories``; ``unit`` titles the value axis."""
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        self.sets = []
        self._count = len(categories)
        for number, bar in enumerate(bars):
            bar_set = QBarSet(bar.name)
            bar_set.append([float(v) for v in self._ordered(bar.values)])
            colour = QColor(bar.colour or SERIES_COLOURS[number % len(SERIES_COLOURS)])
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            if bar.clickable:
                bar_set.clicked.connect(
                    lambda index, n=number: self.bar_clicked.emit(n, self._category(index))
                )
            bar_set.hovered.connect(
                lambda on, index, tips=bar.tooltips, clickable=bar.clickable: self._hover(
                    on, tips[self._category(index)], clickable
                )
            )
            series.append(bar_set)
            self.sets.append(bar_set)
        series.setBarWidth(0.75)
        self.chart.addSeries(series)
        self.series = series
        x_axis = QBarCategoryAxis()
        x_axis.append(list(self._ordered(categories)))
        y_axis = QValueAxis()
        # Whole steps: applyNiceNumbers() picks 0.2 steps for small counts, which
        # "%.0f" prints as "0 0 0 1 1 1".
        scale = whole_scale(max((max(b.values, default=0) for b in bars), default=0))
        y_axis.setRange(0, scale.top)
        y_axis.setTickCount(scale.steps + 1)
        y_axis.setLabelFormat("%.0f")
        y_axis.setTitleText(unit)
        y_axis.setTitleVisible(bool(unit))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        y_axis.setTitleFont(small)
        y_axis.setTitleBrush(ink)
        for axis in (x_axis, y_axis):
            axis.setLabelsFont(small)
            axis.setLabelsColor(ink)
            axis.setGridLineColor(QColor(ink.red(), ink.green(), ink.blue(), 40))
            axis.setLinePenColor(QColor(ink.red(), ink.green(), ink.blue(), 80))
        x_axis.setGridLineVisible(False)
        if self.horizontal:
            self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignLeft)
            self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
            self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        self.chart.legend().setVisible(len(bars) > 1)
        self.chart.legend().setLabelColor(ink)
        self.chart.legend().setFont(small)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def _ordered(self, values: Sequence[T]) -> list[T]:
        """Horizontal bars are drawn bottom up: reversed, the first category is on top."""
        return list(reversed(values)) if self.horizontal else list(values)

    def _category(self, drawn: int) -> int:
        """The caller's category index of the ``drawn``-th bar."""
        return self._count - 1 - drawn if self.horizontal else drawn

    def _hover(self, on: bool, tip: str, clickable: bool) -> None:
        if on and tip:
            hint = self.tr("Click to see the list") if clickable else ""
            QToolTip.showText(QCursor.pos(), f"{tip}\n{hint}" if hint else tip, self.view)
        else:
            QToolTip.hideText()

    def bar_centre(self, series: int, category: int) -> QPoint:
        """Where bar ``category`` of series ``series`` is drawn, in the view's coordinates.

        Bars of a group sit side by side around the category's centre.
        """
        assert self.series is not None
        count = len(self.sets)
        width = self.series.barWidth() / count
        offset = -self.series.barWidth() / 2 + width * (series + 0.5)
        drawn = self._category(category)  # the mapping is its own inverse
        value = self.sets[series].at(drawn)
        along = drawn + offset
        point = QPointF(value / 2, along) if self.horizontal else QPointF(along, value / 2)
        scene = self.chart.mapToPosition(point, self.series)
        return self.view.mapFromScene(self.chart.mapToScene(scene))

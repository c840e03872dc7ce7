"""The dashboard's chart card: value axes in whole steps, even for tiny or empty charts."""

from __future__ import annotations

from PySide6.QtCharts import QValueAxis
from pytestqt.qtbot import QtBot

from crm_desktop.ui.dashboard.charts import Bars, ChartCard


def _value_axis(card: ChartCard) -> QValueAxis:
    [axis] = [a for a in card.chart.axes() if isinstance(a, QValueAxis)]
    return axis


def _ticks(axis: QValueAxis) -> list[float]:
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    return [axis.min() + n * step for n in range(axis.tickCount())]


def test_an_empty_chart_axis_reads_0_and_1(qtbot: QtBot) -> None:
    card = ChartCard("empty", "Tickets")
    qtbot.addWidget(card)
    card.show_bars(["W1", "W2"], [Bars("Opened", [0, 0], ["", ""])])
    assert _ticks(_value_axis(card)) == [0, 1]


def test_small_counts_get_one_gridline_per_whole_number(qtbot: QtBot) -> None:
    card = ChartCard("small", "Tickets")
    qtbot.addWidget(card)
    card.show_bars(["W1", "W2"], [Bars("Opened", [1, 2], ["", ""])])
    assert _ticks(_value_axis(card)) == [0, 1, 2, 3]

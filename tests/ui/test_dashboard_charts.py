"""The dashboard on tiny or empty data: chart axes in whole steps, a hint on an empty file."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QValueAxis
from pytestqt.qtbot import QtBot

from crm_desktop.ui.dashboard.charts import Bars, ChartCard
from crm_desktop.ui.dashboard.view import DashboardView
from crm_desktop.ui.state import AppState


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


@pytest.mark.qt_log_ignore("does not support raise")
def test_an_empty_files_dashboard_says_how_to_fill_it(qtbot: QtBot, state: AppState) -> None:
    view = DashboardView(state)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.figures_shown, timeout=10_000):
        view.show()

    assert view.currency_note.isVisibleTo(view)
    assert view.currency_note.text().startswith("Nothing to show yet")

"""Bar charts drawn with reportlab.graphics, sized to the report's page width."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from crm_desktop.reports.fonts import BOLD, REGULAR, single_font
from crm_desktop.reports.pdf import ACCENT, INK, MUTED, RULE, WIDTH

SERIES_COLOURS = (ACCENT, colors.HexColor("#90cdf4"), colors.HexColor("#f6ad55"))
HEIGHT = 70 * mm


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    axis_label: Callable[[float], str],
) -> Drawing:
    """Grouped bars: one group per category, one bar per (name, values) series."""
    drawing = Drawing(WIDTH, HEIGHT)
    drawing.add(String(0, HEIGHT - 11, title, fontName=single_font(title, BOLD), fontSize=10))
    chart = VerticalBarChart()
    chart.x, chart.y = 48, 30
    # A few categories get narrower room, so one month is not one page-wide bar.
    chart.width = min(WIDTH - 60, max(len(categories), 3) * 26 * (len(series) + 1))
    chart.height = HEIGHT - 60
    chart.data = [list(values) for _, values in series]
    chart.barSpacing = 1
    chart.groupSpacing = 10 if len(categories) > 8 else 16
    for index in range(len(series)):
        chart.bars[index].fillColor = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        chart.bars[index].strokeColor = None
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = single_font("".join(categories))
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    if len(categories) > 8:
        # Twelve month names side by side overlap: tilt them.
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = 0
    top = max((v for _, values in series for v in values), default=0)
    if top <= 0:
        chart.valueAxis.valueMax = 1  # an empty chart still draws its axis
    chart.valueAxis.labelTextFormat = axis_label
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.4
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = WIDTH - 4, HEIGHT - 6
        legend.alignment = "right"
        legend.boxAnchor = "ne"
        legend.columnMaximum = 1
        legend.deltax = 90
        legend.dx = legend.dy = 7
        legend.fontName = REGULAR
        legend.fontSize = 8
        legend.colorNamePairs = [
            (SERIES_COLOURS[i % len(SERIES_COLOURS)], name) for i, (name, _) in enumerate(series)
        ]
        drawing.add(legend)
    return drawing

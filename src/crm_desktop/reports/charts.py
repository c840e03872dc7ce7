"""Bar charts drawn with reportlab.graphics, sized to the report's page width."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import partial

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from crm_desktop.domain.axis import whole_scale
from crm_desktop.reports.fonts import BOLD, REGULAR, single_font
from crm_desktop.reports.pdf import ACCENT, INK, MUTED, RULE, WIDTH, Shrinkable

SERIES_COLOURS = (ACCENT, colors.HexColor("#90cdf4"), colors.HexColor("#f6ad55"))
HEIGHT = 70 * mm
# A chart shrinks down to this to stay on a page with what comes before it.
MIN_HEIGHT = 48 * mm


def axis_scale(top: float, ticks: int = 5) -> tuple[float, float]:
    """A round step (1, 2 or 5 times a power of ten) and a labelled top above ``top``.

    The axis ends on a labelled gridline higher than the tallest bar, so a
    reader can tell what the bar reaches; about ``ticks`` steps up to it.
    """
    if top <= 0:
        return 0.25, 1.0  # an empty chart still draws its axis
    rough = top / ticks
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    # Strictly above the tallest bar; the epsilon keeps 0.3 / 0.1 from flooring to 2.
    steps = math.floor(top / step + 1e-9) + 1
    return step, round(steps * step, 9)


class FittedChart(Shrinkable):
    """A chart drawn as tall as the room left on the page allows, between its limits.

    The drawing is made again for the height it gets, so bars, labels and the
    legend keep their sizes; only the plot gets shorter.
    """

    def __init__(self, draw: Callable[[float], Drawing]) -> None:
        super().__init__(MIN_HEIGHT)
        self._draw = draw
        self._drawing = draw(HEIGHT)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        height = max(MIN_HEIGHT, min(HEIGHT, availHeight))
        if height != self._drawing.height:
            self._drawing = self._draw(height)
        return self._drawing.width, height

    def draw(self) -> None:
        self._drawing.drawOn(self.canv, 0, 0)


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    axis_label: Callable[[float], str],
    whole: bool = False,
) -> FittedChart:
    """Grouped bars: one group per category, one bar per (name, values) series.

    ``whole`` puts the value axis on whole-number steps (counts, money in whole units).
    """
    return FittedChart(partial(_drawing, title, categories, series, axis_label, whole))


def _drawing(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    axis_label: Callable[[float], str],
    whole: bool,
    height: float,
) -> Drawing:
    drawing = Drawing(WIDTH, height)
    drawing.add(String(0, height - 11, title, fontName=single_font(title, BOLD), fontSize=10))
    chart = VerticalBarChart()
    chart.x, chart.y = 48, 30
    # A few categories get narrower room, so one month is not one page-wide bar.
    chart.width = min(WIDTH - 60, max(len(categories), 3) * 26 * (len(series) + 1))
    chart.height = height - 60
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
    top = max((v for _, values in series for v in values), default=0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep, chart.valueAxis.valueMax = axis_scale(top)
    if whole:
        # Counts: 0, 1, 2 rather than 0, 0.2, 0.4 printed as "0 0 1 1 2".
        scale = whole_scale(top)
        chart.valueAxis.valueStep, chart.valueAxis.valueMax = scale.step, scale.top
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
        legend.x, legend.y = WIDTH - 4, height - 6
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

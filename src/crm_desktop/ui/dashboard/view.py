"""The Dashboard, the app's home: where the business stands, each figure one click from its list.

Figures are computed off the GUI thread (``services.dashboard``) and read
again, at most once a second, after writes that touch them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.periods import Period
from crm_desktop.reports.options import ReportOptions
from crm_desktop.reports.registry import run_report
from crm_desktop.services.dashboard import DASHBOARD_PERIODS, Dashboard, dashboard, dashboard_period
from crm_desktop.storage.database import Database
from crm_desktop.ui.dashboard.charts import ChartCard
from crm_desktop.ui.dashboard.figures import FigureTexts, chart_bars
from crm_desktop.ui.dashboard.links import bar_link, tile_link
from crm_desktop.ui.dashboard.tiles import Tile
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.operations import Operation, run_in_background
from crm_desktop.ui.state import AppState
from crm_desktop.ui.views import MainView

# Writes come in bursts (a bulk tag, an import): recompute at most this often.
RELOAD_DELAY_MS = 1000
_TABLES = ("deals", "stages", "pipelines", "orders", "tickets", "activities", "settings")
TILE_COLUMNS = 4


class DashboardView(MainView):
    """Figure tiles and charts for a chosen period; ``list_requested(ListLink)`` on a click."""

    key = "dashboard"
    list_requested = Signal(object)  # ListLink
    figures_shown = Signal()
    pdf_written = Signal(str)  # the path

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.figures: Dashboard | None = None
        self._operation: Operation | None = None
        self._export: Operation | None = None
        self._again = False
        self._stale = True
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.refresh)

        heading = QLabel(self.tr("Dashboard"))
        heading.setProperty("role", "heading")
        self.period_box = QComboBox()
        self.period_box.setObjectName("dashboardPeriod")
        for key, text in (
            ("this_month", self.tr("This month")),
            ("last_month", self.tr("Last month")),
            ("this_quarter", self.tr("This quarter")),
            ("this_year", self.tr("This year")),
            ("last_30_days", self.tr("Last 30 days")),
            ("last_90_days", self.tr("Last 90 days")),
        ):
            assert key in DASHBOARD_PERIODS
            self.period_box.addItem(text, key)
        self.period_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.compared = QLabel()
        self.compared.setProperty("role", "muted")
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.setObjectName("dashboardExport")
        self.export_button.clicked.connect(self.export_pdf)
        # Where to save the PDF; tests replace it.
        self.ask_pdf_path: Callable[[], Path | None] = self._ask_pdf_path
        self.currency_note = QLabel()
        self.currency_note.setObjectName("currencyNote")
        self.currency_note.setProperty("role", "muted")
        self.currency_note.setWordWrap(True)

        self.tiles: dict[str, Tile] = {}
        tile_grid = QGridLayout()
        tile_grid.setSpacing(10)
        for number, (key, title) in enumerate(self._tile_titles()):
            tile = Tile(key, title)
            tile.clicked.connect(lambda k=key: self.open_tile(k))
            self.tiles[key] = tile
            tile_grid.addWidget(tile, number // TILE_COLUMNS, number % TILE_COLUMNS)
        self.charts = {
            "pipeline": ChartCard("pipeline", self.tr("Pipeline by stage"), horizontal=True),
            "revenue": ChartCard("revenue", self.tr("Revenue by month")),
            "tickets": ChartCard("tickets", self.tr("Tickets opened and resolved per week")),
        }
        for key, chart in self.charts.items():
            chart.bar_clicked.connect(lambda series, index, k=key: self.open_bar(k, series, index))
        chart_row = QHBoxLayout()
        chart_row.setSpacing(10)
        chart_row.addWidget(self.charts["pipeline"], 2)
        chart_row.addWidget(self.charts["revenue"], 3)
        second_row = QHBoxLayout()
        second_row.setSpacing(10)
        second_row.addWidget(self.charts["tickets"], 1)

        header = QHBoxLayout()
        header.addWidget(heading)
        header.addSpacing(16)
        header.addWidget(self.period_box)
        header.addSpacing(8)
        header.addWidget(self.compared)
        header.addStretch(1)
        header.addWidget(self.export_button)
        page = QWidget()
        page.setObjectName("dashboardPage")
        body = QVBoxLayout(page)
        body.setContentsMargins(16, 12, 16, 16)
        body.setSpacing(10)
        body.addLayout(header)
        body.addWidget(self.currency_note)
        body.addLayout(tile_grid)
        body.addLayout(chart_row)
        body.addLayout(second_row)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def title(self) -> str:
        return self.tr("Dashboard")

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue(f"{self.key}/period", self.period_box.currentData())

    def restore_layout(self, settings: QSettings) -> None:
        index = self.period_box.findData(settings.value(f"{self.key}/period"))
        if index >= 0:
            self.period_box.setCurrentIndex(index)

    def _tile_titles(self) -> list[tuple[str, str]]:
        return [
            ("open_pipeline", self.tr("Open pipeline")),
            ("forecast_month", self.tr("Forecast this month")),
            ("forecast_quarter", self.tr("Forecast this quarter")),
            ("won", self.tr("Won")),
            ("won_count", self.tr("Deals won")),
            ("win_rate", self.tr("Win rate")),
            ("sales_cycle", self.tr("Average sales cycle")),
            ("tasks_today", self.tr("Tasks due today")),
            ("open_tickets", self.tr("Open tickets")),
            ("overdue_tickets", self.tr("Overdue tickets")),
            ("sla_breaches", self.tr("SLA breaches")),
            ("tickets_resolved", self.tr("Tickets resolved")),
        ]

    # -- computing -----------------------------------------------------------------
    def period(self) -> Period:
        key = str(self.period_box.currentData())
        return dashboard_period(key, today_of(self.state))

    def reload(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def on_changes(self, changes: Changes) -> None:
        if not changes.touches(*_TABLES):
            return
        if self.isVisible():
            self._reload_timer.start()  # restarts: one recompute after a burst
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Compute the figures again in the background; shown when they arrive."""
        self._stale = False
        if self._operation is not None:
            self._again = True  # the running one may have read before the latest write
            return
        db, period = self.state.db, self.period()

        def work(_progress: object) -> Dashboard:
            return dashboard(db, period)

        self._operation = run_in_background(
            self, work, lambda result: self._computed(db, result), self._failed
        )

    def _computed(self, db: Database, result: Dashboard) -> None:
        self._operation = None
        if self._again or db is not self.state.db:
            self._again = False  # a write or another file came while it ran
            self.reload()
            return
        self.show_figures(result)

    def _failed(self, error: BaseException) -> None:
        self._operation = None
        self._again = False
        if not self.isVisible():
            # Nobody is looking (the window closed, another file opened while it
            # ran): the figures are computed again when the view is shown.
            self._stale = True
            return
        show_error(self, error)

    # -- showing ---------------------------------------------------------------------
    def show_figures(self, figures: Dashboard) -> None:
        """Fill tiles and charts, written in the user's locale."""
        self.figures = figures
        texts = FigureTexts(figures)
        self.compared.setText(texts.compared())
        if is_empty(figures):
            self.currency_note.setText(
                self.tr(
                    "Nothing to show yet: add or import deals, orders and tickets"
                    " (File > Import) to see where the business stands."
                )
            )
            self.currency_note.setVisible(True)
        else:
            self.currency_note.setText(texts.currency_note())
            self.currency_note.setVisible(bool(figures.other_currencies))
        for key, tile in self.tiles.items():
            tile.show_figure(**texts.tile(key))
        for key, chart in self.charts.items():
            categories, bars, unit, note = chart_bars(texts, key)
            chart.show_bars(categories, bars, unit, note)
        self.figures_shown.emit()

    # -- PDF ----------------------------------------------------------------------------
    def _ask_pdf_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the dashboard as PDF"),
            str(self.state.db.path.parent / "dashboard.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        return Path(name) if name else None

    def export_pdf(self) -> None:
        """Write the dashboard of the chosen period as the ``dashboard`` report's PDF."""
        path = self.ask_pdf_path()
        if path is None:
            return
        options = ReportOptions("dashboard", period=self.period(), pdf_path=path)
        db = self.state.db
        self._export = run_in_background(
            self,
            lambda _progress: run_report(db, options),
            lambda _written: self.exported(path),
            label=self.tr("Writing the PDF…"),
        )

    def exported(self, path: Path) -> None:
        self.state.say(self.tr("Saved the dashboard to {file}").format(file=str(path)))
        self.pdf_written.emit(str(path))

    # -- opening the lists behind the figures ------------------------------------------
    def open_tile(self, key: str) -> None:
        if self.figures is not None:
            self.list_requested.emit(tile_link(self.figures, key))

    def open_bar(self, chart: str, series: int, index: int) -> None:
        if self.figures is None:
            return
        link = bar_link(self.figures, chart, series, index)
        if link is not None:
            self.list_requested.emit(link)


def is_empty(figures: Dashboard) -> bool:
    """No deals, orders, tickets or tasks at all to show: a new or empty file."""
    return (
        not figures.won
        and not any(month.orders or month.won_deals for month in figures.revenue)
        and figures.open_deals == 0
        and figures.open_tickets == 0
        and figures.tasks_due_today == 0
        and not any(week.opened or week.resolved for week in figures.tickets_per_week)
        and not any(stage.count for stage in figures.pipeline)
    )


def today_of(state: AppState) -> date:
    """Today as the figures count it: the UTC day of the file's clock."""
    return date.fromisoformat(state.db.now()[:10])

"""The Customers view: RFM segments, customers at risk, spenders, lead sources, upsell.

Every figure is computed by ``services/analytics`` in the background; this view
only lays them out, says each rule in words and opens a customer on double-click.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import CrmError
from crm_desktop.services.analytics.customer_kind import CUSTOMER_KINDS
from crm_desktop.services.analytics.customer_value import AT_RISK_RULE, LIFETIME_VALUE_RULE
from crm_desktop.services.analytics.lead_sources import LEAD_SOURCE_RULE
from crm_desktop.services.analytics.overview import (
    CustomerAnalytics,
    customer_analytics,
    rule_text,
)
from crm_desktop.services.analytics.rfm import SCORING_RULE, CustomerRfm, SegmentSummary, rfm_scores
from crm_desktop.services.analytics.upsell import DEFAULT_MIN_CONFIDENCE, DEFAULT_MIN_SUPPORT
from crm_desktop.services.settings import get_settings
from crm_desktop.ui.analytics import columns as cols
from crm_desktop.ui.analytics.rows_model import RowsModel, RowsTable
from crm_desktop.ui.operations import Operation, run_in_background
from crm_desktop.ui.state import AppState
from crm_desktop.ui.views import MainView
from crm_desktop.ui.widgets.formatting import count_text, day_text, percent_text

# Writes to these change the figures; others (tickets, activities, tags) do not.
FIGURE_TABLES = ("orders", "order_lines", "products", "contacts", "companies", "deals")
RELOAD_PAUSE_MS = 800
SEGMENT_PAGE = 500  # customers listed per segment; the count says how many there are


def rule_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    return label


class CustomersView(MainView):
    """Customer analytics of contacts or companies, money in one currency at a time."""

    key = "customers"
    loaded = Signal()  # after fresh figures are on screen
    segment_loaded = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.figures: CustomerAnalytics | None = None
        self._loading: Operation | None = None
        self._segment_op: Operation | None = None
        self._stale = True
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_PAUSE_MS)
        self._timer.timeout.connect(self.reload)

        self.kind = QComboBox()
        self.kind.setObjectName("customerKind")
        for text, kind in zip(
            (self.tr("Contacts"), self.tr("Companies")), CUSTOMER_KINDS, strict=True
        ):
            self.kind.addItem(text, kind)
        self.currency = QComboBox()
        self.currency.setObjectName("analyticsCurrency")
        self.summary = QLabel()
        self.summary.setObjectName("analyticsSummary")
        self.summary.setWordWrap(True)

        money = self.current_currency
        self.segments = RowsTable(RowsModel(cols.segment_columns(money)))
        self.segments.setObjectName("segmentsTable")
        self.members = RowsTable(RowsModel(cols.rfm_columns(money)))
        self.members.setObjectName("segmentMembers")
        self.members_title = QLabel()
        self.members_title.setWordWrap(True)
        self.members_title.setTextFormat(Qt.TextFormat.RichText)
        self.at_risk = RowsTable(RowsModel(cols.risk_columns()))
        self.at_risk.setObjectName("atRiskTable")
        self.top = RowsTable(RowsModel(cols.value_columns()))
        self.top.setObjectName("topSpenders")
        self.low = RowsTable(RowsModel(cols.value_columns()))
        self.low.setObjectName("lowSpenders")
        self.sources = RowsTable(RowsModel(cols.source_columns()))
        self.sources.setObjectName("leadSources")
        self.upsell = RowsTable(RowsModel(cols.upsell_columns()))
        self.upsell.setObjectName("upsellList")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("analyticsTabs")
        self._build()

        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.currency.currentIndexChanged.connect(lambda _i: self.reload())
        self.segments.selectionModel().currentRowChanged.connect(self._segment_chosen)
        for table in (self.members, self.at_risk, self.top, self.low, self.upsell):
            table.doubleClicked.connect(lambda index, t=table: self._open(t, index))

    def title(self) -> str:
        return self.tr("Customers")

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        top = QHBoxLayout()
        for text, combo in (
            (self.tr("&Customers are:"), self.kind),
            (self.tr("&Money in:"), self.currency),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            top.addWidget(label)
            top.addWidget(combo)
            top.addSpacing(12)
        top.addWidget(self.summary, 1)

        members = QWidget()
        members_layout = QVBoxLayout(members)
        members_layout.setContentsMargins(0, 0, 0, 0)
        members_layout.addWidget(self.members_title)
        members_layout.addWidget(self.members, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.segments)
        split.addWidget(members)
        split.setSizes([380, 700])
        self.tabs.addTab(self._page(split, rule_text(SCORING_RULE)), self.tr("RFM segments"))
        self.tabs.addTab(self._page(self.at_risk, rule_text(AT_RISK_RULE)), self.tr("At risk"))
        spenders = QHBoxLayout()
        for title, table in (
            (self.tr("Top spenders"), self.top),
            (self.tr("Lowest spenders"), self.low),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table)
            spenders.addWidget(box)
        holder = QWidget()
        holder.setLayout(spenders)
        spenders.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._page(holder, rule_text(LIFETIME_VALUE_RULE)), self.tr("Spenders"))
        sources = self._page(self.sources, rule_text(LEAD_SOURCE_RULE))
        self.tabs.addTab(sources, self.tr("Lead sources"))
        upsell_rule = self.tr(
            "Suggestions come from association rules over what customers bought (support at"
            " least {support}, confidence at least {confidence}, two customers at least):"
            " each customer's strongest product they have not bought yet."
        ).format(
            support=percent_text(DEFAULT_MIN_SUPPORT * 100, 0),
            confidence=percent_text(DEFAULT_MIN_CONFIDENCE * 100, 0),
        )
        self.tabs.addTab(self._page(self.upsell, upsell_rule), self.tr("Upsell"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def _page(self, content: QWidget, rule: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(content, 1)
        layout.addWidget(rule_label(rule))
        return page

    # -- loading -----------------------------------------------------------------------------
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def current_currency(self) -> str:
        code = self.currency.currentData()
        return str(code) if code else get_settings(self.state.db).default_currency

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.reload()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*FIGURE_TABLES):
            self._stale = True
            if self.isVisible():
                self._timer.start()

    def reload(self) -> None:
        self._timer.stop()
        if self._loading is not None:
            self._again = True
            return
        self._stale = False
        db, kind, currency = self.state.db, self.current_kind(), self.currency.currentData()
        self.summary.setText(self.tr("Computing…"))
        self._loading = run_in_background(
            self,
            lambda _p: customer_analytics(db, kind, currency),
            self._show,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self._loading = None
        if self.state.db.closed:
            return  # the file was closed while computing: the figures are moot
        if not isinstance(error, CrmError):
            raise error
        self.summary.setText(str(error))

    def _show(self, figures: CustomerAnalytics) -> None:
        self._loading = None
        if self._again:
            self._again = False
            self.reload()
            return
        self.figures = figures
        self._fill_currencies(figures)
        report = figures.report
        if report.customers == 1:
            text = self.tr("1 customer with orders in {currency}, as of {day}.")
        else:
            text = self.tr("{n} customers with orders in {currency}, as of {day}.")
        text = text.format(
            n=count_text(report.customers), currency=report.currency, day=day_text(report.as_of)
        )
        if report.other_currencies:
            others = ", ".join(
                self.tr("{n} in {currency}", "orders in another currency").format(
                    n=count_text(n), currency=code
                )
                for code, n in report.other_currencies.items()
            )
            text += " " + self.tr(
                "RFM segments and spenders count only orders in {currency} (not {others});"
                " At risk counts orders in every currency: it is about when people buy."
            ).format(currency=report.currency, others=others)
        if report.customers == 0 and not report.other_currencies:
            text = self.tr("No orders yet: import or record orders to see customer analytics.")
        self.summary.setText(text)
        chosen = self.segments.current_row()
        self.segments.source.set_rows(figures.report.segments)
        self.at_risk.source.set_rows(figures.at_risk)
        self.top.source.set_rows(figures.top)
        self.low.source.set_rows(figures.low)
        self.sources.source.set_rows(figures.lead_sources)
        self.upsell.source.set_rows(figures.upsell)
        for table in (self.segments, self.at_risk, self.top, self.low, self.sources, self.upsell):
            table.fit_columns()
        self._select_segment(chosen.rule.key if isinstance(chosen, SegmentSummary) else None)
        self.loaded.emit()

    def _fill_currencies(self, figures: CustomerAnalytics) -> None:
        chosen = figures.report.currency
        self.currency.blockSignals(True)
        self.currency.clear()
        for code in figures.currencies:
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(chosen)))
        self.currency.blockSignals(False)

    # -- segments ----------------------------------------------------------------------------
    def _select_segment(self, key: str | None) -> None:
        rows = self.segments.source.rows
        wanted = next((i for i, s in enumerate(rows) if s.rule.key == key), None)
        if wanted is None:  # the largest segment, to start with something useful
            wanted = max(range(len(rows)), key=lambda i: rows[i].customers, default=None)
        if wanted is None:
            return
        index = self.segments.proxy.mapFromSource(self.segments.source.index(wanted, 0))
        self.segments.setCurrentIndex(index)
        self._segment_chosen(index)

    def _segment_chosen(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        segment = self.segments.row_at(index.row()) if index.isValid() else None
        if segment is None or self.figures is None:
            return
        self.show_segment(segment)

    def show_segment(self, segment: SegmentSummary) -> None:
        """List the customers of ``segment`` (the first SEGMENT_PAGE, best first)."""
        rule = segment.rule
        if segment.customers == 1:
            title = self.tr("<b>{name}</b>: {description} ({rule}). 1 customer.")
        else:
            title = self.tr("<b>{name}</b>: {description} ({rule}). {n} customers.")
        title = title.format(
            name=html.escape(rule.name),
            description=html.escape(rule.description),
            rule=html.escape(rule.rule),
            n=count_text(segment.customers),
        )
        if segment.customers > SEGMENT_PAGE:
            title += " " + self.tr("The first {page} are listed.").format(
                page=count_text(SEGMENT_PAGE)
            )
        self.members_title.setText(title)
        report = self.figures.report if self.figures else None
        if report is None:
            return
        db, kind = self.state.db, report.kind

        def work(_progress: object) -> list[CustomerRfm]:
            return rfm_scores(db, kind, report.currency, report.as_of, rule.key, SEGMENT_PAGE)

        self._segment_op = run_in_background(self, work, self._members_shown, self._segment_failed)

    def _segment_failed(self, error: BaseException) -> None:
        self._segment_op = None
        if self.state.db.closed:
            return  # the file was closed while reading: nothing to show
        if not isinstance(error, CrmError):
            raise error
        self.members_title.setText(html.escape(str(error)))

    def _members_shown(self, rows: list[CustomerRfm]) -> None:
        self._segment_op = None
        self.members.source.set_rows(rows)
        self.members.fit_columns()
        self.segment_loaded.emit()

    # -- opening customers -------------------------------------------------------------------
    def _open(self, table: RowsTable, index: QModelIndex) -> None:
        row = table.row_at(index.row())
        customer_id = getattr(row, "customer_id", None)
        if customer_id is None:
            return
        window = self.window()
        opener = getattr(window, "open_record", None)
        if window is not self and callable(opener):
            opener(self.figures.report.kind if self.figures else "contact", customer_id)

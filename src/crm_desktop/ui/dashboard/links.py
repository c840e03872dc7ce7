"""Which list a dashboard figure or chart element opens, with the filter behind it.

Every link selects exactly the records its figure counts, with the filters of
the existing lists (``DealFilter``, ``TicketFilter``, the task buckets), so
the rows a click shows add up to the number clicked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from crm_desktop.domain.ids import PipelineId, StageId
from crm_desktop.domain.periods import Period, month_period, preset_period
from crm_desktop.domain.pipeline import DealFilter
from crm_desktop.domain.tickets import ACTIVE_STATUSES, TicketFilter
from crm_desktop.services.dashboard import Dashboard
from crm_desktop.services.sales_figures import StageFigure


@dataclass(frozen=True)
class ListLink:
    """Show ``view`` narrowed to ``deals``, ``tickets`` or the task section ``task_section``.

    ``orders`` (view "orders"): the orders placed in that period, in a list of their own.
    """

    view: str  # a MainView key: pipeline, tickets, tasks; or "orders"
    caption: str  # what the list is, as the banner above it says
    deals: DealFilter | None = None
    tickets: TicketFilter | None = None
    task_section: str | None = None
    orders: Period | None = None


def _days(period: Period) -> tuple[str, str]:
    return period.start.isoformat(), period.end.isoformat()


def open_deals() -> DealFilter:
    return DealFilter(status="open")


def expected_in(period: Period) -> DealFilter:
    start, end = _days(period)
    return DealFilter(status="open", expected_close_from=start, expected_close_to=end)


def this_month(figures: Dashboard) -> Period:
    return month_period(figures.today)


def this_quarter(figures: Dashboard) -> Period:
    return preset_period("this_quarter", figures.today)


def won_in(period: Period) -> DealFilter:
    start, end = _days(period)
    return DealFilter(status="won", closed_from=start, closed_to=end)


def closed_in(period: Period) -> DealFilter:
    """Won and lost deals closed in the period (open deals have no closing time)."""
    start, end = _days(period)
    return DealFilter(closed_from=start, closed_to=end)


def stage_deals(stage: StageFigure, period: Period) -> DealFilter:
    """The deals of one bar of the pipeline chart: open now, or closed in the period."""
    spec = DealFilter(pipeline_id=PipelineId(stage.pipeline_id), stage_id=StageId(stage.stage_id))
    if stage.outcome == "open":
        return DealFilter(pipeline_id=spec.pipeline_id, stage_id=spec.stage_id, status="open")
    start, end = _days(period)
    return DealFilter(
        pipeline_id=spec.pipeline_id, stage_id=spec.stage_id, closed_from=start, closed_to=end
    )


def open_tickets() -> TicketFilter:
    return TicketFilter(status=ACTIVE_STATUSES)


def overdue_tickets() -> TicketFilter:
    return TicketFilter(overdue=True)


def breached_tickets(period: Period) -> TicketFilter:
    start, end = _days(period)
    return TicketFilter(created_from=start, created_to=end, sla_breached=True)


def resolved_tickets(period: Period) -> TicketFilter:
    start, end = _days(period)
    return TicketFilter(resolved_from=start, resolved_to=end)


def week(monday: date) -> Period:
    return Period(monday, monday + timedelta(days=6))


def opened_tickets(period: Period) -> TicketFilter:
    start, end = _days(period)
    return TicketFilter(created_from=start, created_to=end)


def tile_link(figures: Dashboard, key: str) -> ListLink:
    """The list behind tile ``key`` of the dashboard."""
    translate = QCoreApplication.translate
    period = figures.period
    label = _period_label(period)
    deal_links = {
        "open_pipeline": (translate("DashboardLinks", "open deals"), open_deals()),
        "forecast_month": (
            translate("DashboardLinks", "open deals expected to close this month"),
            expected_in(this_month(figures)),
        ),
        "forecast_quarter": (
            translate("DashboardLinks", "open deals expected to close this quarter"),
            expected_in(this_quarter(figures)),
        ),
        "won": (translate("DashboardLinks", "deals won {period}"), won_in(period)),
        "won_count": (translate("DashboardLinks", "deals won {period}"), won_in(period)),
        "sales_cycle": (translate("DashboardLinks", "deals won {period}"), won_in(period)),
        "win_rate": (
            translate("DashboardLinks", "deals won or lost {period}"),
            closed_in(period),
        ),
    }
    if key in deal_links:
        caption, spec = deal_links[key]
        return ListLink("pipeline", caption.format(period=label), deals=spec)
    ticket_links = {
        "open_tickets": (translate("DashboardLinks", "open tickets"), open_tickets()),
        "overdue_tickets": (translate("DashboardLinks", "overdue tickets"), overdue_tickets()),
        "sla_breaches": (
            translate("DashboardLinks", "tickets opened {period} that broke their SLA"),
            breached_tickets(period),
        ),
        "tickets_resolved": (
            translate("DashboardLinks", "tickets resolved {period}"),
            resolved_tickets(period),
        ),
    }
    if key in ticket_links:
        caption, tickets = ticket_links[key]
        return ListLink("tickets", caption.format(period=label), tickets=tickets)
    return ListLink("tasks", translate("DashboardLinks", "tasks due today"), task_section="today")


def bar_link(figures: Dashboard, chart: str, series: int, index: int) -> ListLink | None:
    """The list behind bar ``index`` of series ``series`` of ``chart``; None if it has none."""
    translate = QCoreApplication.translate
    if chart == "pipeline":
        stage = figures.pipeline[index]
        if stage.outcome == "open":
            caption = translate("DashboardLinks", "open deals in {stage}")
        else:
            caption = translate("DashboardLinks", "deals closed in {stage} {period}")
        text = caption.format(stage=stage.stage, period=_period_label(figures.period))
        return ListLink("pipeline", text, deals=stage_deals(stage, figures.period))
    if chart == "revenue":
        month = month_period(figures.revenue[index].month)
        if series == 0:
            caption = translate("DashboardLinks", "Orders placed in {period}")
            return ListLink("orders", caption.format(period=_period_label(month)), orders=month)
        caption = translate("DashboardLinks", "deals won {period}")
        return ListLink(
            "pipeline", caption.format(period=_period_label(month)), deals=won_in(month)
        )
    days = week(figures.tickets_per_week[index].week)
    if series == 0:
        caption = translate("DashboardLinks", "tickets opened {period}")
        return ListLink(
            "tickets", caption.format(period=_period_label(days)), tickets=opened_tickets(days)
        )
    caption = translate("DashboardLinks", "tickets resolved {period}")
    return ListLink(
        "tickets", caption.format(period=_period_label(days)), tickets=resolved_tickets(days)
    )


def _period_label(period: Period) -> str:
    locale = QLocale()

    def day(value: date) -> str:
        return locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy")

    return QCoreApplication.translate("DashboardLinks", "from {start} to {end}").format(
        start=day(period.start), end=day(period.end)
    )

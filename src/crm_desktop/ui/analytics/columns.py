"""The columns of the Customers view's tables: what each figure is called and how it reads."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.analytics.customer_value import AtRiskCustomer, CustomerValue
from crm_desktop.services.analytics.lead_sources import LeadSourceStats
from crm_desktop.services.analytics.rfm import CustomerRfm, SegmentSummary
from crm_desktop.services.analytics.upsell import Suggestion
from crm_desktop.ui.analytics.rows_model import Column
from crm_desktop.ui.widgets.formatting import (
    count_text,
    day_text,
    money_sum_text,
    money_text,
    number_text,
    percent_text,
)


def percent(share: float | None) -> str:
    """A share (0.25) as a whole percentage in the user's locale ("25%"); "—" when unknown."""
    return "—" if share is None else percent_text(share * 100, 0)


def segment_columns(currency: Callable[[], str]) -> list[Column[SegmentSummary]]:
    return [
        Column(
            QCoreApplication.translate("CustomersView", "Segment"),
            lambda s: s.rule.name,
            tip=lambda s: QCoreApplication.translate(
                "CustomersView", "{name}: {description} ({rule})"
            ).format(name=s.rule.name, description=s.rule.description, rule=s.rule.rule),
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Customers"),
            lambda s: count_text(s.customers),
            lambda s: s.customers,
            True,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Spent"),
            lambda s: money_text(s.spent_minor, currency()),
            lambda s: s.spent_minor,
            True,
        ),
    ]


def rfm_columns(currency: Callable[[], str]) -> list[Column[CustomerRfm]]:
    return [
        Column(QCoreApplication.translate("CustomersView", "Customer"), lambda c: c.name),
        Column(
            QCoreApplication.translate("CustomersView", "R F M"),
            lambda c: f"{c.recency} {c.frequency} {c.monetary}",
            lambda c: c.score,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Last order"),
            lambda c: day_text(c.last_order_on),
            lambda c: c.last_order_on,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Days"),
            lambda c: count_text(c.recency_days),
            lambda c: c.recency_days,
            True,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Orders"),
            lambda c: count_text(c.orders),
            lambda c: c.orders,
            True,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Spent"),
            lambda c: money_text(c.spent_minor, currency()),
            lambda c: c.spent_minor,
            True,
        ),
    ]


def risk_columns() -> list[Column[AtRiskCustomer]]:
    return [
        Column(
            QCoreApplication.translate("CustomersView", "Customer"),
            lambda c: c.name,
            tip=lambda c: c.reason,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Last order"),
            lambda c: day_text(c.last_order_on),
            lambda c: c.last_order_on,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Days since"),
            lambda c: count_text(c.days_since_last),
            lambda c: c.days_since_last,
            True,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Usual gap (days)"),
            lambda c: number_text(
                c.median_gap_days, 0 if c.median_gap_days == int(c.median_gap_days) else 1
            ),
            lambda c: c.median_gap_days,
            True,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Overdue"),
            lambda c: f"{number_text(c.overdue_ratio, 1)} ×",
            lambda c: c.overdue_ratio,
            True,
            tip=lambda c: c.reason,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Order days"),
            lambda c: count_text(c.order_days),
            lambda c: c.order_days,
            True,
        ),
    ]


def value_columns() -> list[Column[CustomerValue]]:
    return [
        Column(QCoreApplication.translate("CustomersView", "Customer"), lambda v: v.name),
        Column(
            QCoreApplication.translate("CustomersView", "Orders"),
            lambda v: count_text(v.orders),
            lambda v: v.orders,
            True,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Lifetime value"),
            lambda v: money_text(v.total_minor, v.currency),
            lambda v: v.total_minor,
            True,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Average order"),
            lambda v: money_text(v.average_order_minor, v.currency),
            lambda v: v.average_order_minor,
            True,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Last order"),
            lambda v: day_text(v.last_order_on),
            lambda v: v.last_order_on,
        ),
    ]


def source_columns() -> list[Column[LeadSourceStats]]:
    return [
        Column(
            QCoreApplication.translate("CustomersView", "Source"),
            lambda s: s.source or QCoreApplication.translate("CustomersView", "(not recorded)"),
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Leads"),
            lambda s: count_text(s.leads),
            lambda s: s.leads,
            True,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Converted"),
            lambda s: count_text(s.converted),
            lambda s: s.converted,
            True,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Conversion"),
            lambda s: percent(s.conversion_rate),
            lambda s: s.conversion_rate,
            True,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Deals"),
            lambda s: count_text(s.deals),
            lambda s: s.deals,
            True,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Won / lost"),
            lambda s: f"{count_text(s.won_deals)} / {count_text(s.lost_deals)}",
            lambda s: s.won_deals,
            True,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Win rate"),
            lambda s: percent(s.win_rate),
            lambda s: s.win_rate or -1.0,
            True,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Revenue (won deals)"),
            lambda s: money_sum_text((m, c) for c, m in s.revenue) or "—",
        ),
    ]


def upsell_columns() -> list[Column[Suggestion]]:
    return [
        Column(QCoreApplication.translate("CustomersView", "Customer"), lambda s: s.customer_name),
        Column(QCoreApplication.translate("CustomersView", "Offer"), lambda s: s.product_name),
        Column(
            QCoreApplication.translate("CustomersView", "Confidence"),
            lambda s: percent(s.rule.confidence),
            lambda s: s.rule.confidence,
            True,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Lift"),
            lambda s: number_text(s.rule.lift, 2),
            lambda s: s.rule.lift,
            True,
        ),
        Column(
            QCoreApplication.translate("CustomersView", "Support"),
            lambda s: percent(s.rule.support),
            lambda s: s.rule.support,
            True,
        ),
        Column(QCoreApplication.translate("CustomersView", "Why"), lambda s: s.rule.reason),
    ]

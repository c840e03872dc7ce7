"""Every customer-analytics figure the Customers view shows, read in one call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from crm_desktop.i18n import translate
from crm_desktop.services.analytics.customer_kind import customer_sql
from crm_desktop.services.analytics.customer_value import (
    AtRiskCustomer,
    CustomerValue,
    customers_at_risk,
    spenders,
)
from crm_desktop.services.analytics.lead_sources import LeadSourceStats, lead_source_stats
from crm_desktop.services.analytics.rfm import RfmReport, rfm_report
from crm_desktop.services.analytics.upsell import (
    DEFAULT_MIN_CONFIDENCE,
    DEFAULT_MIN_SUPPORT,
    Suggestion,
    suggestions_for_all,
)
from crm_desktop.services.settings import get_settings
from crm_desktop.storage.database import Database


@dataclass(frozen=True)
class CustomerAnalytics:
    """The figures of one kind of customer, money in one currency."""

    report: RfmReport
    currencies: tuple[str, ...]  # every currency orders were placed in, business's first
    at_risk: tuple[AtRiskCustomer, ...]
    top: tuple[CustomerValue, ...]
    low: tuple[CustomerValue, ...]
    lead_sources: tuple[LeadSourceStats, ...]
    upsell: tuple[Suggestion, ...]


def rule_text(rule: str) -> str:
    """An analytics rule (SCORING_RULE, AT_RISK_RULE...: marked English) in the app's language."""
    return translate("analytics", rule)


def order_currencies(db: Database) -> list[str]:
    """Currencies of live orders, the business's own first (even without orders)."""
    own = get_settings(db).default_currency
    found = [
        str(r["currency"])
        for r in db.query(
            "SELECT DISTINCT currency FROM orders WHERE deleted_at IS NULL ORDER BY currency"
        )
    ]
    return [own, *(c for c in found if c != own)]


def customer_analytics(
    db: Database,
    kind: str = "contact",
    currency: str | None = None,
    as_of: date | str | None = None,
    limit: int = 50,
    min_support: float = DEFAULT_MIN_SUPPORT,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> CustomerAnalytics:
    """RFM segments, customers at risk, top and low spenders, lead sources, upsell list.

    Raises:
        ValidationError: keys ``kind``, ``as_of``, ``min_support``, ``min_confidence``.
    """
    customer_sql(kind)  # refuse a bad kind before any work
    report = rfm_report(db, kind, currency, as_of)
    return CustomerAnalytics(
        report=report,
        currencies=tuple(order_currencies(db)),
        at_risk=tuple(customers_at_risk(db, kind, report.as_of, limit)),
        top=tuple(spenders(db, kind, report.currency, limit)),
        low=tuple(spenders(db, kind, report.currency, limit, lowest=True)),
        lead_sources=tuple(lead_source_stats(db)),
        upsell=tuple(suggestions_for_all(db, kind, limit, min_support, min_confidence)),
    )

"""Top customers report: revenue per currency, with recency and frequency."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from reportlab.platypus import Flowable

from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate
from crm_desktop.reports.formats import Formats
from crm_desktop.reports.labels import record_label, translated
from crm_desktop.reports.options import ReportContent, ReportOptions, view_filter_of
from crm_desktop.reports.pdf import key_figures, note, section, table
from crm_desktop.services.customer_figures import top_customers
from crm_desktop.storage.database import Database

CSV_HEADER = (
    QT_TRANSLATE_NOOP("reports", "Currency"),
    QT_TRANSLATE_NOOP("reports", "Rank"),
    QT_TRANSLATE_NOOP("reports", "Customer"),
    QT_TRANSLATE_NOOP("reports", "Type"),
    QT_TRANSLATE_NOOP("reports", "Id"),
    QT_TRANSLATE_NOOP("reports", "Orders"),
    QT_TRANSLATE_NOOP("reports", "Revenue"),
    QT_TRANSLATE_NOOP("reports", "First order"),
    QT_TRANSLATE_NOOP("reports", "Last order"),
    QT_TRANSLATE_NOOP("reports", "Days since last order"),
)


def build(db: Database, options: ReportOptions, fmt: Formats) -> ReportContent:
    assert options.period is not None
    ranked = top_customers(
        db, options.period, limit=options.limit, view=view_filter_of(db, options)
    )
    story: list[Flowable] = []
    figures = []
    for currency, group in groupby(ranked, key=lambda c: c.currency):
        members = list(group)
        revenue = sum(c.revenue_minor for c in members)
        label = translate("reports", "Top {count} revenue, {currency}").format(
            count=fmt.number(len(members)), currency=currency
        )
        figures.append((label, fmt.money(revenue, currency)))
    story.append(key_figures(figures or [(translate("reports", "Customers with orders"), "0")]))
    for currency, group in groupby(ranked, key=lambda c: c.currency):
        rows = [
            [
                str(c.rank),
                c.name,
                record_label(c.kind),
                fmt.number(c.orders),
                fmt.money(c.revenue_minor, c.currency),
                fmt.day(c.last_order),
                fmt.number(c.days_since_last),
            ]
            for c in group
        ]
        story += section(
            translate("reports", "Revenue in {currency}").format(currency=currency),
            table(
                (
                    "#",
                    translate("reports", "Customer"),
                    translate("reports", "Type"),
                    translate("reports", "Orders"),
                    translate("reports", "Revenue"),
                    translate("reports", "Last order"),
                    translate("reports", "Days since"),
                ),
                rows,
                widths=(0.55, 2.8, 1.15, 0.9, 1.6, 1.4, 1.0),
                numeric=(0, 3, 4, 6),
            ),
        )
    if not ranked:
        story.append(note(translate("reports", "No orders in this period.")))
    story.append(
        note(
            translate(
                "reports",
                "Revenue is the sum of orders placed in the period. An order counts for its"
                " company, or for its contact when it names no company. Days since the last"
                " order are counted to the period's last day. Customers are ranked within each"
                " currency; currencies are never added together.",
            )
        )
    )
    csv_rows: list[Sequence[object]] = [
        (
            c.currency,
            c.rank,
            c.name,
            record_label(c.kind),
            c.id,
            c.orders,
            fmt.amount(c.revenue_minor, c.currency),
            c.first_order.isoformat(),
            c.last_order.isoformat(),
            c.days_since_last,
        )
        for c in ranked
    ]
    return ReportContent(story=story, csv_header=translated(CSV_HEADER), csv_rows=csv_rows)

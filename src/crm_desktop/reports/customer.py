"""Customer report: a one-page profile of one contact or company."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate
from crm_desktop.reports.formats import Formats
from crm_desktop.reports.labels import (
    activity_label,
    priority_label,
    record_label,
    stage_label,
    status_label,
    translated,
)
from crm_desktop.reports.options import ReportContent, ReportOptions
from crm_desktop.reports.pdf import details as details_table
from crm_desktop.reports.pdf import key_figures, section, table
from crm_desktop.services.customer_figures import CustomerProfile, customer_profile
from crm_desktop.storage.database import Database

CSV_HEADER = (
    QT_TRANSLATE_NOOP("reports", "Section"),
    QT_TRANSLATE_NOOP("reports", "Item"),
    QT_TRANSLATE_NOOP("reports", "Currency"),
    QT_TRANSLATE_NOOP("reports", "Value"),
)
# Records of each kind a profile shows: enough to fit one page.
PROFILE_ROWS = 5


def _details(profile: CustomerProfile) -> list[tuple[str, str]]:
    if profile.company is not None:
        c = profile.company
        return [
            (translate("reports", "Industry"), c.industry),
            (translate("reports", "Website"), c.website),
            (translate("reports", "E-mail"), ", ".join(e.address for e in c.emails)),
            (translate("reports", "Phone"), ", ".join(p.raw for p in c.phones)),
            (
                translate("reports", "Address"),
                ", ".join(p for p in (c.street, c.postcode, c.city, c.country) if p),
            ),
            (translate("reports", "VAT number"), c.vat_id),
            (translate("reports", "Owner"), c.owner),
            (translate("reports", "People"), ", ".join(profile.people)),
        ]
    assert profile.contact is not None
    p = profile.contact
    return [
        (translate("reports", "Company"), p.company),
        (translate("reports", "Job title"), p.job_title),
        (translate("reports", "E-mail"), ", ".join(e.address for e in p.emails)),
        (translate("reports", "Phone"), ", ".join(n.raw for n in p.phones)),
        (
            translate("reports", "Address"),
            ", ".join(x for x in (p.street, p.postcode, p.city, p.country) if x),
        ),
        (
            translate("reports", "Stage"),
            stage_label(p.lifecycle_stage) if p.lifecycle_stage else "",
        ),
        (translate("reports", "Lead source"), p.lead_source),
        (translate("reports", "Owner"), p.owner),
    ]


def _shown(title: str, shown: int, total: int, fmt: Formats) -> str:
    """A section's heading saying when it lists only the latest of its records."""
    if shown >= total:
        return title
    return translate("reports", "{section}: latest {shown} of {total}").format(
        section=title, shown=fmt.number(shown), total=fmt.number(total)
    )


def build(db: Database, options: ReportOptions, fmt: Formats) -> ReportContent:
    assert options.record_id is not None
    profile = customer_profile(db, options.record_kind, options.record_id, limit=PROFILE_ROWS)
    details = [(k, v) for k, v in _details(profile) if v]
    subtitle = translate("reports", "{kind}: {name}").format(
        kind=record_label(profile.kind), name=profile.name
    )
    return ReportContent(
        story=_story(profile, details, fmt),
        csv_header=translated(CSV_HEADER),
        csv_rows=_csv_rows(profile, details, fmt),
        subtitle=subtitle,
    )


def _story(
    profile: CustomerProfile, details: list[tuple[str, str]], fmt: Formats
) -> list[Flowable]:
    figures = [
        (
            translate("reports", "Revenue, {currency}").format(currency=r.currency),
            fmt.money(r.total_minor, r.currency),
        )
        for r in profile.revenue
    ]
    figures.append((translate("reports", "Orders"), fmt.number(profile.order_count)))
    none = translate("reports", "None recorded.")
    story: list[Flowable] = [key_figures(figures, columns=4)]
    story += section(translate("reports", "Details"), details_table(details))
    story += section(
        _shown(translate("reports", "Deals"), len(profile.deals), profile.deal_count, fmt),
        table(
            (
                translate("reports", "Deal"),
                translate("reports", "Stage"),
                translate("reports", "Value"),
                translate("reports", "Expected or closed"),
            ),
            [
                [
                    d.title,
                    d.stage,
                    fmt.money(d.value_minor, d.currency),
                    fmt.day(d.closed_at or d.expected_close_date),
                ]
                for d in profile.deals
            ],
            widths=(2.8, 1.4, 1.6, 1.6),
            empty=none,
            numeric=(2,),
        ),
    )
    story += section(
        _shown(translate("reports", "Orders"), len(profile.orders), profile.order_count, fmt),
        table(
            (
                translate("reports", "Date"),
                translate("reports", "Ordered by"),
                translate("reports", "Lines"),
                translate("reports", "Total"),
            ),
            [
                [
                    fmt.day(o.ordered_on),
                    o.buyer,
                    fmt.number(o.lines),
                    fmt.money(o.total_minor, o.currency),
                ]
                for o in profile.orders
            ],
            widths=(1.4, 3, 0.8, 1.8),
            empty=none,
            numeric=(2, 3),
        ),
    )
    story += section(
        _shown(translate("reports", "Tickets"), len(profile.tickets), profile.ticket_count, fmt),
        table(
            (
                translate("reports", "Opened"),
                translate("reports", "Subject"),
                translate("reports", "Priority"),
                translate("reports", "Status"),
            ),
            [
                [
                    fmt.day(t.created_at),
                    t.subject,
                    priority_label(t.priority),
                    status_label(t.status),
                ]
                for t in profile.tickets
            ],
            widths=(1.4, 3.6, 1.1, 1.1),
            empty=none,
        ),
    )
    story += section(
        _shown(
            translate("reports", "Activities"),
            len(profile.activities),
            profile.activity_count,
            fmt,
        ),
        table(
            (
                translate("reports", "When"),
                translate("reports", "Kind"),
                translate("reports", "Subject"),
            ),
            [
                [fmt.day(a.created_at), activity_label(a.kind), a.subject or a.body[:80]]
                for a in profile.activities
            ],
            widths=(1.4, 1, 4.8),
            empty=none,
        ),
    )
    return story


def _csv_rows(
    profile: CustomerProfile, details: list[tuple[str, str]], fmt: Formats
) -> list[Sequence[object]]:
    """What the profile shows, one (section, item, currency, value) row each; days as ISO."""
    section_details = translate("reports", "Details")
    rows: list[Sequence[object]] = [
        (section_details, translate("reports", "Name"), "", profile.name)
    ]
    rows += [(section_details, k, "", v) for k, v in details]
    for r in profile.revenue:
        orders = (
            translate("reports", "%n order", "", r.orders)
            if r.orders == 1
            else translate("reports", "%n orders", "", r.orders)
        )
        rows.append(
            (
                translate("reports", "Revenue"),
                orders,
                r.currency,
                fmt.amount(r.total_minor, r.currency),
            )
        )
    rows += [
        (translate("reports", "Deal"), d.title, d.currency, fmt.amount(d.value_minor, d.currency))
        for d in profile.deals
    ]
    rows += [
        (
            translate("reports", "Order"),
            o.ordered_on,
            o.currency,
            fmt.amount(o.total_minor, o.currency),
        )
        for o in profile.orders
    ]
    rows += [
        (translate("reports", "Ticket"), t.subject, "", status_label(t.status))
        for t in profile.tickets
    ]
    rows += [
        (translate("reports", "Activity"), a.created_at, "", a.subject) for a in profile.activities
    ]
    return rows

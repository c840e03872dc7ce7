"""Customer report: a one-page profile of one contact or company."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from crm_desktop.reports.formats import Formats
from crm_desktop.reports.options import ReportContent, ReportOptions
from crm_desktop.reports.pdf import details as details_table
from crm_desktop.reports.pdf import key_figures, section, table
from crm_desktop.services.customer_figures import CustomerProfile, customer_profile
from crm_desktop.storage.database import Database

CSV_HEADER = ("Section", "Item", "Currency", "Value")
# Records of each kind a profile shows: enough to fit one page.
PROFILE_ROWS = 5
NONE = "None recorded."


def _details(profile: CustomerProfile) -> list[tuple[str, str]]:
    if profile.company is not None:
        c = profile.company
        return [
            ("Industry", c.industry),
            ("Website", c.website),
            ("E-mail", ", ".join(e.address for e in c.emails)),
            ("Phone", ", ".join(p.raw for p in c.phones)),
            ("Address", ", ".join(p for p in (c.street, c.postcode, c.city, c.country) if p)),
            ("VAT number", c.vat_id),
            ("Owner", c.owner),
            ("People", ", ".join(profile.people)),
        ]
    assert profile.contact is not None
    p = profile.contact
    return [
        ("Company", p.company),
        ("Job title", p.job_title),
        ("E-mail", ", ".join(e.address for e in p.emails)),
        ("Phone", ", ".join(n.raw for n in p.phones)),
        ("Address", ", ".join(x for x in (p.street, p.postcode, p.city, p.country) if x)),
        ("Stage", p.lifecycle_stage),
        ("Lead source", p.lead_source),
        ("Owner", p.owner),
    ]


def _shown(title: str, shown: int, total: int, fmt: Formats) -> str:
    """A section's heading saying when it lists only the latest of its records."""
    if shown >= total:
        return title
    return f"{title}: latest {fmt.number(shown)} of {fmt.number(total)}"


def build(db: Database, options: ReportOptions, fmt: Formats) -> ReportContent:
    assert options.record_id is not None
    profile = customer_profile(db, options.record_kind, options.record_id, limit=PROFILE_ROWS)
    details = [(k, v) for k, v in _details(profile) if v]
    figures = [
        (f"Revenue, {r.currency}", fmt.money(r.total_minor, r.currency)) for r in profile.revenue
    ]
    figures.append(("Orders", fmt.number(profile.order_count)))
    story: list[Flowable] = [key_figures(figures, columns=4)]
    story += section(
        "Details",
        details_table(details),
    )
    story += section(
        _shown("Deals", len(profile.deals), profile.deal_count, fmt),
        table(
            ("Deal", "Stage", "Value", "Expected or closed"),
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
            empty=NONE,
            numeric=(2,),
        ),
    )
    story += section(
        _shown("Orders", len(profile.orders), profile.order_count, fmt),
        table(
            ("Date", "Ordered by", "Lines", "Total"),
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
            empty=NONE,
            numeric=(2, 3),
        ),
    )
    story += section(
        _shown("Tickets", len(profile.tickets), profile.ticket_count, fmt),
        table(
            ("Opened", "Subject", "Priority", "Status"),
            [
                [fmt.day(t.created_at), t.subject, t.priority.capitalize(), t.status.capitalize()]
                for t in profile.tickets
            ],
            widths=(1.4, 3.8, 1, 1),
            empty=NONE,
        ),
    )
    story += section(
        _shown("Activities", len(profile.activities), profile.activity_count, fmt),
        table(
            ("When", "Kind", "Subject"),
            [
                [fmt.day(a.created_at), a.kind.capitalize(), a.subject or a.body[:80]]
                for a in profile.activities
            ],
            widths=(1.4, 1, 4.8),
            empty=NONE,
        ),
    )
    csv_rows: list[Sequence[object]] = [("Details", "Name", "", profile.name)]
    csv_rows += [("Details", k, "", v) for k, v in details]
    csv_rows += [
        ("Revenue", f"{r.orders} orders", r.currency, fmt.plain_amount(r.total_minor, r.currency))
        for r in profile.revenue
    ]
    csv_rows += [
        ("Deal", d.title, d.currency, fmt.plain_amount(d.value_minor, d.currency))
        for d in profile.deals
    ]
    csv_rows += [
        ("Order", o.ordered_on, o.currency, fmt.plain_amount(o.total_minor, o.currency))
        for o in profile.orders
    ]
    csv_rows += [("Ticket", t.subject, "", t.status) for t in profile.tickets]
    csv_rows += [("Activity", a.created_at, "", a.subject) for a in profile.activities]
    kind = "Company" if profile.kind == "company" else "Contact"
    return ReportContent(
        story=story, csv_header=CSV_HEADER, csv_rows=csv_rows, subtitle=f"{kind}: {profile.name}"
    )

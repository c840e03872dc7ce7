"""Lead-source effectiveness: how many leads each source brings and what they become.

A deal has no source of its own: it takes its contact's ``lead_source``. Deals
without a contact are left out, as are records in the trash. Revenue is the
value of won deals, kept per currency.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.i18n import QT_TRANSLATE_NOOP
from crm_desktop.storage.database import Database

# Marked English; shown through ``translate("analytics", LEAD_SOURCE_RULE)``.
LEAD_SOURCE_RULE = QT_TRANSLATE_NOOP(
    "analytics",
    "Leads = live contacts with that source. Converted = those with at least one won"
    " deal; conversion = converted / leads. Win rate = won / (won + lost) deals of"
    " those contacts. Revenue = value of their won deals, per currency.",
)
NO_SOURCE = ""  # contacts whose source was never filled in


@dataclass(frozen=True)
class LeadSourceStats:
    """One lead source's figures."""

    source: str  # NO_SOURCE when unknown
    leads: int
    converted: int
    deals: int
    won_deals: int
    lost_deals: int
    revenue: tuple[tuple[str, int], ...]  # (currency, minor units), by currency code

    @property
    def conversion_rate(self) -> float:
        """Share of leads with a won deal, 0 to 1."""
        return self.converted / self.leads if self.leads else 0.0

    @property
    def win_rate(self) -> float | None:
        """Share of closed deals that were won; None while none is closed."""
        closed = self.won_deals + self.lost_deals
        return self.won_deals / closed if closed else None


_LIVE_DEALS = "FROM deals d JOIN contacts c ON c.id = d.contact_id AND c.deleted_at IS NULL"


def lead_source_stats(db: Database) -> list[LeadSourceStats]:
    """Every lead source in use, most leads first (then by name)."""
    leads = db.query(
        "SELECT trim(c.lead_source) AS source, count(*) AS leads,"
        " sum(EXISTS (SELECT 1 FROM deals d WHERE d.contact_id = c.id"
        "  AND d.deleted_at IS NULL AND d.status = 'won')) AS converted"
        " FROM contacts c WHERE c.deleted_at IS NULL GROUP BY trim(c.lead_source)"
    )
    deals = {
        r["source"]: r
        for r in db.query(
            "SELECT trim(c.lead_source) AS source, count(*) AS deals,"
            " sum(d.status = 'won') AS won, sum(d.status = 'lost') AS lost"
            f" {_LIVE_DEALS} WHERE d.deleted_at IS NULL GROUP BY trim(c.lead_source)"
        )
    }
    revenue: dict[str, list[tuple[str, int]]] = {}
    for r in db.query(
        "SELECT trim(c.lead_source) AS source, d.currency, sum(d.value_minor) AS total"
        f" {_LIVE_DEALS} WHERE d.deleted_at IS NULL AND d.status = 'won'"
        " GROUP BY trim(c.lead_source), d.currency ORDER BY d.currency"
    ):
        revenue.setdefault(str(r["source"]), []).append((str(r["currency"]), int(r["total"])))
    stats = [
        LeadSourceStats(
            source=str(r["source"]),
            leads=int(r["leads"]),
            converted=int(r["converted"]),
            deals=int(deals[r["source"]]["deals"]) if r["source"] in deals else 0,
            won_deals=int(deals[r["source"]]["won"]) if r["source"] in deals else 0,
            lost_deals=int(deals[r["source"]]["lost"]) if r["source"] in deals else 0,
            revenue=tuple(revenue.get(str(r["source"]), ())),
        )
        for r in leads
    ]
    return sorted(stats, key=lambda s: (-s.leads, s.source.casefold()))

"""Lead-source effectiveness on a hand-built set of contacts and deals.

Web       W1 won 1000 EUR + won 500 USD, W2 lost, W3 open, W4 no deal
          leads 4, converted 1 (W1) -> 25 %; deals 4, won 2, lost 1 -> win rate 2/3
          revenue EUR 1000.00 and USD 500.00, not added together
Referral  R1 won 2000 EUR, R2 won 3000 EUR and lost one
          leads 2, converted 2 -> 100 %; deals 3, won 2, lost 1 -> 2/3; EUR 5000.00
(none)    N1 without deals: leads 1, converted 0, no closed deal -> no win rate
A won deal of 999 EUR without a contact has no source and is left out.
"""

from __future__ import annotations

import pytest

from crm_desktop.services.analytics.lead_sources import LeadSourceStats, lead_source_stats
from crm_desktop.storage.database import Database
from tests.services.analytics.shop import contact, deal

Stats = dict[str, LeadSourceStats]


@pytest.fixture
def stats(db: Database) -> Stats:
    w1, w2, w3 = (contact(db, n, "Web") for n in ("W1", "W2", "W3"))
    contact(db, "W4", "Web")
    deal(db, w1, "won", 100000)
    deal(db, w1, "won", 50000, "USD")
    deal(db, w2, "lost", 7000)
    deal(db, w3, "open", 8000)
    r1, r2 = contact(db, "R1", "Referral"), contact(db, "R2", "Referral")
    deal(db, r1, "won", 200000)
    deal(db, r2, "won", 300000)
    deal(db, r2, "lost", 4000)
    contact(db, "N1")
    deal(db, None, "won", 99900)
    return {s.source: s for s in lead_source_stats(db)}


def test_sources_are_listed_by_number_of_leads(stats: Stats) -> None:
    assert list(stats) == ["Web", "Referral", ""]


def test_web_converts_one_lead_in_four(stats: Stats) -> None:
    web = stats["Web"]
    assert (web.leads, web.converted, web.conversion_rate) == (4, 1, 0.25)
    assert (web.deals, web.won_deals, web.lost_deals) == (4, 2, 1)
    assert web.win_rate == pytest.approx(2 / 3)


def test_revenue_is_kept_per_currency(stats: Stats) -> None:
    assert stats["Web"].revenue == (("EUR", 100000), ("USD", 50000))
    assert stats["Referral"].revenue == (("EUR", 500000),)


def test_referral_converts_every_lead(stats: Stats) -> None:
    referral = stats["Referral"]
    assert (referral.leads, referral.converted, referral.conversion_rate) == (2, 2, 1.0)
    assert (referral.deals, referral.won_deals, referral.lost_deals) == (3, 2, 1)


def test_contacts_without_source_have_no_win_rate_until_a_deal_closes(
    stats: Stats,
) -> None:
    none = stats[""]
    assert (none.leads, none.converted, none.deals, none.win_rate, none.revenue) == (
        1,
        0,
        0,
        None,
        (),
    )


def test_empty_file_has_no_sources(db: Database) -> None:
    assert lead_source_stats(db) == []

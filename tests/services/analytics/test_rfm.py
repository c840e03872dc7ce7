"""RFM scores and segments against the shop of shop.RFM_ORDERS, worked out by hand.

Scores: score = 1 + floor(4 * below / (below + above)), where below / above
count the customers with a lower / higher value; with distinct values that is
1 + floor(4 * (rank - 1) / (N - 1)), rank 1 = lowest value. N = 5 customers
with EUR orders (Fabio has none, Gino buys in USD), all values distinct, so
(rank - 1) / 4 * 4 = rank - 1 and each score equals the rank.

    customer  last order  orders  spent    R-rank F-rank M-rank  segment (R, F)
    Dario     2023-09-01  1        20.00   1      1      1       lost (1, 1)
    Carla     2024-01-15  4      1800.00   2      4      5       at risk (2, 4)
    Elena     2024-05-01  3      1200.00   3      3      4       need attention (3, 3)
    Bruno     2024-06-20  2       100.00   4      2      2       potential loyalist (4, 2)
    Anna      2024-06-28  5       600.00   5      5      3       champions (5, 5)

Days to 2024-07-01: Anna 3, Bruno 11, Elena 61 (31 + 30), Carla 168 (Jan 15 to
Jul 1 of a leap year: 17 + 29 + 31 + 30 + 31 + 30), Dario 304 (366 - 62).
Sorted by R + F + M: Anna 5+5+3 = 13, Carla 2+4+5 = 11, Elena 3+3+4 = 10,
Bruno 4+2+2 = 8, Dario 3.
"""

from __future__ import annotations

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.orders import OrderDraft, OrderLineDraft
from crm_desktop.services.analytics.rfm import SEGMENT_RULES, rfm_report, rfm_scores
from crm_desktop.services.orders import create_order
from crm_desktop.storage.database import Database
from tests.services.analytics.shop import AS_OF, contact, order, rfm_shop
from tests.services.records import add_company


def test_segment_rules_cover_every_recency_and_frequency_exactly_once_in_order() -> None:
    for r in range(1, 6):
        for f in range(1, 6):
            assert any(rule.matches(r, f) for rule in SEGMENT_RULES), (r, f)


def test_each_customer_gets_the_scores_and_segment_worked_out_by_hand(db: Database) -> None:
    rfm_shop(db)
    scores = rfm_scores(db, as_of=AS_OF)
    assert [(s.name, s.score, s.segment) for s in scores] == [
        ("Anna Test", "553", "champions"),
        ("Carla Test", "245", "at_risk"),
        ("Elena Test", "334", "need_attention"),
        ("Bruno Test", "422", "potential_loyalist"),
        ("Dario Test", "111", "lost"),
    ]


def test_recency_days_orders_and_spend_are_counted_to_the_as_of_date(db: Database) -> None:
    rfm_shop(db)
    figures = {
        s.name: (s.recency_days, s.orders, s.spent_minor) for s in rfm_scores(db, as_of=AS_OF)
    }
    assert figures == {
        "Anna Test": (3, 5, 60000),
        "Bruno Test": (11, 2, 10000),
        "Carla Test": (168, 4, 180000),
        "Dario Test": (304, 1, 2000),
        "Elena Test": (61, 3, 120000),
    }


def test_report_counts_each_segment_and_says_what_other_currencies_left_out(
    db: Database,
) -> None:
    rfm_shop(db)
    report = rfm_report(db, as_of=AS_OF)
    counts = {s.rule.key: (s.customers, s.spent_minor) for s in report.segments if s.customers}
    assert counts == {
        "champions": (1, 60000),
        "at_risk": (1, 180000),
        "need_attention": (1, 120000),
        "potential_loyalist": (1, 10000),
        "lost": (1, 2000),
    }
    assert (report.customers, report.currency, report.other_currencies) == (5, "EUR", {"USD": 1})


def test_usd_analysis_scores_only_the_usd_customer(db: Database) -> None:
    rfm_shop(db)
    scores = rfm_scores(db, currency="usd", as_of=AS_OF)
    # One customer: nobody above or below on any figure, so the neutral 3-3-3
    # (not 1-1-1 "lost": a lone customer is not worse than anyone).
    assert [(s.name, s.score, s.segment) for s in scores] == [
        ("Gino Test", "333", "need_attention")
    ]


def test_segment_filter_lists_only_that_segments_customers(db: Database) -> None:
    rfm_shop(db)
    assert [s.name for s in rfm_scores(db, as_of=AS_OF, segment="at_risk")] == ["Carla Test"]


def test_equal_values_share_a_score_top_tie_5_and_bottom_tie_1(db: Database) -> None:
    # Frequencies 1, 1, 2, 2 of N = 4: A and B have 0 below and 2 above, so
    # 1 + floor(4 * 0 / 2) = 1; C and D have 2 below and 0 above, so
    # 1 + floor(4 * 2 / 2) = 5.
    for name, count in (("A", 1), ("B", 1), ("C", 2), ("D", 2)):
        who = contact(db, name)
        for n in range(count):
            order(db, who, f"2024-06-0{n + 1}", 1000)
    assert {s.name: s.frequency for s in rfm_scores(db, as_of=AS_OF)} == {
        "A Test": 1,
        "B Test": 1,
        "C Test": 5,
        "D Test": 5,
    }


def test_best_of_a_small_set_scores_5_so_champions_and_new_can_apply(db: Database) -> None:
    # Four customers, last orders Jun 1, 2, 3, 4 (distinct): recency
    # 1 + floor(4 * (rank - 1) / 3) = 1, 2, 3, 5. Frequencies 1, 1, 1, 4: the
    # three single-order customers have 0 below, 1 above -> 1; D has 3 below -> 5.
    # So D is 5-5 "champions" and C, whose recency is 3 with frequency 1, is
    # "about to sleep"; A is 1-1 "lost" only because three others bought later.
    for day, name in enumerate("ABC", start=1):
        order(db, contact(db, name), f"2024-06-0{day}", 1000)
    dora = contact(db, "D")
    for day in ("2024-05-01", "2024-05-10", "2024-05-20", "2024-06-04"):
        order(db, dora, day, 1000)
    scores = {s.name: (s.recency, s.frequency, s.segment) for s in rfm_scores(db, as_of=AS_OF)}
    assert scores == {
        "A Test": (1, 1, "lost"),
        "B Test": (2, 1, "hibernating"),
        "C Test": (3, 1, "about_to_sleep"),
        "D Test": (5, 5, "champions"),
    }


def test_a_lone_recent_buyer_is_not_lost(db: Database) -> None:
    order(db, contact(db, "Solo"), "2024-06-30", 1000)
    [solo] = rfm_scores(db, as_of=AS_OF)
    assert solo.segment != "lost"
    assert solo.score == "333"


def test_orders_after_the_as_of_date_are_ignored(db: Database) -> None:
    rfm_shop(db)
    assert [s.name for s in rfm_scores(db, as_of="2023-12-31")] == ["Carla Test", "Dario Test"]


def test_no_orders_gives_empty_segments(db: Database) -> None:
    report = rfm_report(db, as_of=AS_OF)
    assert report.customers == 0
    assert all(s.customers == 0 for s in report.segments)
    assert rfm_scores(db, as_of=AS_OF) == []


def test_company_analysis_follows_the_orders_company(db: Database) -> None:
    acme = add_company(db, "ACME")
    line = OrderLineDraft(description="x", quantity=2, unit_price_minor=500)
    create_order(db, OrderDraft(lines=(line,), company_id=acme, ordered_on="2024-06-01"))
    assert [(s.name, s.spent_minor) for s in rfm_scores(db, "company", as_of=AS_OF)] == [
        ("ACME", 1000)
    ]
    assert rfm_scores(db, "contact", as_of=AS_OF) == []


def test_bad_kind_segment_and_date_are_refused_naming_the_field(db: Database) -> None:
    with pytest.raises(ValidationError) as kind:
        rfm_scores(db, "deal")
    with pytest.raises(ValidationError) as segment:
        rfm_scores(db, segment="vip")
    with pytest.raises(ValidationError) as day:
        rfm_report(db, as_of="1 July")
    assert list(kind.value.errors) == ["kind"]
    assert list(segment.value.errors) == ["segment"]
    assert list(day.value.errors) == ["as_of"]


def test_every_rule_reads_as_words_with_its_scores() -> None:
    champions = SEGMENT_RULES[0]
    assert champions.rule == "recency 5 and frequency 4\u20135"

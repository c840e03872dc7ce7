"""RFM segmentation: recency, frequency and monetary scores 1-5 and named segments.

Scores spread each figure over 1..5 by percentile rank, computed in SQL with
``rank()`` in both directions so that equal values share a score (``NTILE``
would split a tie across two scores at random):

    below = customers with a lower value, above = customers with a higher one
    score = 1 + floor(4 * below / (below + above))

With distinct values ``below + above = N - 1``, so this is
``1 + floor(4 * (rank - 1) / (N - 1))``: the best of any set scores 5 and the
worst 1, however few customers there are (the most recent buyer of four is a
5, not a 4). A tie at the top shares 5, a tie at the bottom shares 1. When
nobody is above or below (a lone customer, or everyone equal) there is nothing
to compare with and the score is the neutral 3. Money is never summed across
currencies: an analysis is about the orders of one currency and says how many
orders in other currencies it left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate
from crm_desktop.services.analytics.customer_kind import customer_sql
from crm_desktop.services.orders import iso_date, today
from crm_desktop.services.settings import get_settings
from crm_desktop.storage.database import Database

# Marked English; shown through ``translate("analytics", SCORING_RULE)``.
SCORING_RULE = QT_TRANSLATE_NOOP(
    "analytics",
    "Each score is the customer's percentile rank among all customers with orders"
    " in the currency, spread over 1-5: 5 = the most recent last order, the most"
    " orders, the most spent; 1 = the least. Equal values share a score; a lone"
    " customer (or a figure on which all are equal) scores a neutral 3.",
)


@dataclass(frozen=True)
class SegmentRule:
    """A named segment: the recency and frequency scores (inclusive ranges) it takes.

    ``key`` is the stable id (SQL, settings, tests); ``name`` and ``description``
    are said in the current language, from the English ``source_*`` texts.
    """

    key: str
    source_name: str
    recency: tuple[int, int]
    frequency: tuple[int, int]
    source_description: str

    @property
    def name(self) -> str:
        """The segment's name in the current language ("Champions", "Campioni")."""
        return translate("analytics", self.source_name)

    @property
    def description(self) -> str:
        """What the segment's customers did, in the current language."""
        return translate("analytics", self.source_description)

    @property
    def rule(self) -> str:
        """The rule in words, e.g. "recency 5 and frequency 4-5"."""
        return translate("analytics", "recency {recency} and frequency {frequency}").format(
            recency=_span(self.recency), frequency=_span(self.frequency)
        )

    def matches(self, recency: int, frequency: int) -> bool:
        return (
            self.recency[0] <= recency <= self.recency[1]
            and self.frequency[0] <= frequency <= self.frequency[1]
        )


def _span(scores: tuple[int, int]) -> str:
    low, high = scores
    return str(low) if low == high else f"{low}\u2013{high}"


# Tried in this order; the first that matches names the customer's segment.
# Together they cover all 25 recency x frequency cells (a test checks it).
SEGMENT_RULES: tuple[SegmentRule, ...] = (
    SegmentRule(
        "champions",
        QT_TRANSLATE_NOOP("analytics", "Champions"),
        (5, 5),
        (4, 5),
        QT_TRANSLATE_NOOP("analytics", "bought very recently and often"),
    ),
    SegmentRule(
        "loyal",
        QT_TRANSLATE_NOOP("analytics", "Loyal"),
        (3, 4),
        (4, 5),
        QT_TRANSLATE_NOOP("analytics", "buy often and still buy"),
    ),
    SegmentRule(
        "potential_loyalist",
        QT_TRANSLATE_NOOP("analytics", "Potential loyalist"),
        (4, 5),
        (2, 3),
        QT_TRANSLATE_NOOP("analytics", "recent, a few orders so far"),
    ),
    SegmentRule(
        "new",
        QT_TRANSLATE_NOOP("analytics", "New"),
        (5, 5),
        (1, 1),
        QT_TRANSLATE_NOOP("analytics", "first order very recently"),
    ),
    SegmentRule(
        "promising",
        QT_TRANSLATE_NOOP("analytics", "Promising"),
        (4, 4),
        (1, 1),
        QT_TRANSLATE_NOOP("analytics", "one recent order"),
    ),
    SegmentRule(
        "need_attention",
        QT_TRANSLATE_NOOP("analytics", "Need attention"),
        (3, 3),
        (3, 3),
        QT_TRANSLATE_NOOP("analytics", "average on both counts"),
    ),
    SegmentRule(
        "about_to_sleep",
        QT_TRANSLATE_NOOP("analytics", "About to sleep"),
        (3, 3),
        (1, 2),
        QT_TRANSLATE_NOOP("analytics", "few orders, fading"),
    ),
    SegmentRule(
        "cant_lose",
        QT_TRANSLATE_NOOP("analytics", "Can't lose"),
        (1, 2),
        (5, 5),
        QT_TRANSLATE_NOOP("analytics", "bought the most, but long ago"),
    ),
    SegmentRule(
        "at_risk",
        QT_TRANSLATE_NOOP("analytics", "At risk"),
        (1, 2),
        (3, 4),
        QT_TRANSLATE_NOOP("analytics", "bought often, but long ago"),
    ),
    SegmentRule(
        "lost",
        QT_TRANSLATE_NOOP("analytics", "Lost"),
        (1, 1),
        (1, 1),
        QT_TRANSLATE_NOOP("analytics", "one order, long ago"),
    ),
    SegmentRule(
        "hibernating",
        QT_TRANSLATE_NOOP("analytics", "Hibernating"),
        (1, 2),
        (1, 2),
        QT_TRANSLATE_NOOP("analytics", "few orders, long ago"),
    ),
)
SEGMENTS_BY_KEY = {rule.key: rule for rule in SEGMENT_RULES}


def _segment_case() -> str:
    """The segment rules as one SQL CASE over the scores ``r`` and ``f`` (our constants)."""
    arms = " ".join(
        f"WHEN r BETWEEN {s.recency[0]} AND {s.recency[1]}"
        f" AND f BETWEEN {s.frequency[0]} AND {s.frequency[1]} THEN '{s.key}'"
        for s in SEGMENT_RULES
    )
    return f"CASE {arms} END"


@dataclass(frozen=True)
class CustomerRfm:
    """One customer's figures and scores in the analysed currency."""

    customer_id: int
    name: str
    last_order_on: str
    recency_days: int
    orders: int
    spent_minor: int
    recency: int
    frequency: int
    monetary: int
    segment: str  # a SegmentRule key

    @property
    def score(self) -> str:
        """The three scores as one code, "545"."""
        return f"{self.recency}{self.frequency}{self.monetary}"


@dataclass(frozen=True)
class SegmentSummary:
    """A segment with how many customers are in it and what they spent."""

    rule: SegmentRule
    customers: int
    spent_minor: int


@dataclass(frozen=True)
class RfmReport:
    """What was analysed (kind, currency, date) and what came out."""

    kind: str
    currency: str
    as_of: str
    customers: int
    segments: tuple[SegmentSummary, ...]
    # Orders left out because they are in another currency: {currency: orders}.
    other_currencies: dict[str, int] = field(default_factory=dict)
    scoring_rule: str = SCORING_RULE  # in the current language when made by rfm_report


def _score(prefix: str) -> str:
    """SQL for one score from ``<prefix>_below`` and ``<prefix>_above`` (see the module doc)."""
    below, above = f"{prefix}_below", f"{prefix}_above"
    # Integer division floors; no one above or below means nothing to rank against.
    return f"CASE WHEN {below} + {above} = 0 THEN 3 ELSE 1 + 4 * {below} / ({below} + {above}) END"


def _scored_ctes(kind: str) -> str:
    """WITH clauses ending in ``scored``: every customer's figures and scores.

    Parameters are named: ``:currency`` and ``:day``. ``per`` holds each
    customer's orders per currency, read in one pass over the index, so the
    orders in other currencies are counted in the same pass.
    """
    sql = customer_sql(kind)
    col = sql.order_column
    return f"""
    WITH per AS (
        SELECT o.{col} AS customer_id, o.currency, max(o.ordered_on) AS last_on,
               count(*) AS orders, sum(o.total_minor) AS spent
        FROM orders o JOIN {sql.table} cu ON cu.id = o.{col} AND cu.deleted_at IS NULL
        WHERE o.deleted_at IS NULL AND o.ordered_on <= :day
        GROUP BY o.{col}, o.currency
    ), ranked AS (
        -- count(*) over an ORDER BY window counts the row's peers too, so
        -- total minus it is the customers above; one sort per figure, shared
        -- by rank() and count(*) (a DESC rank would sort each figure twice).
        SELECT *,
               rank() OVER r_w - 1 AS r_below,
               count(*) OVER () - count(*) OVER r_w AS r_above,
               rank() OVER f_w - 1 AS f_below,
               count(*) OVER () - count(*) OVER f_w AS f_above,
               rank() OVER m_w - 1 AS m_below,
               count(*) OVER () - count(*) OVER m_w AS m_above
        FROM per WHERE currency = :currency
        WINDOW r_w AS (ORDER BY last_on), f_w AS (ORDER BY orders), m_w AS (ORDER BY spent)
    ), scored AS (
        SELECT customer_id, last_on, orders, spent,
               CAST(julianday(:day) - julianday(last_on) AS INTEGER) AS recency_days,
               {_score("r")} AS r, {_score("f")} AS f, {_score("m")} AS m
        FROM ranked
    )"""


def _scored_sql(kind: str) -> str:
    """Every customer's scores and segment; parameters ``:currency`` and ``:day``."""
    return f"{_scored_ctes(kind)} SELECT *, {_segment_case()} AS segment FROM scored"


def _arguments(db: Database, currency: str | None, as_of: date | str | None) -> tuple[str, str]:
    errors: dict[str, str] = {}
    day = iso_date(as_of, "as_of", errors) or today(db)
    code = (currency or get_settings(db).default_currency).strip().upper()
    if errors:
        raise ValidationError(errors)
    return code, day


def rfm_report(
    db: Database,
    kind: str = "contact",
    currency: str | None = None,
    as_of: date | str | None = None,
) -> RfmReport:
    """Segment sizes and spend for the customers of ``kind`` with orders in ``currency``.

    ``currency`` defaults to the business currency, ``as_of`` to today (orders
    after it are ignored).

    Raises:
        ValidationError: keys ``kind``, ``as_of``.
    """
    code, day = _arguments(db, currency, as_of)
    rows = db.query(
        f"{_scored_ctes(kind)}"
        f" SELECT 'segment' AS what, {_segment_case()} AS name, count(*) AS n,"
        " sum(spent) AS spent FROM scored GROUP BY name"
        " UNION ALL SELECT 'other', currency, sum(orders), 0 FROM per"
        " WHERE currency != :currency GROUP BY currency",
        {"currency": code, "day": day},
    )
    counts = {r["name"]: r for r in rows if r["what"] == "segment"}
    segments = tuple(
        SegmentSummary(
            rule,
            int(counts[rule.key]["n"]) if rule.key in counts else 0,
            int(counts[rule.key]["spent"]) if rule.key in counts else 0,
        )
        for rule in SEGMENT_RULES
    )
    others = {str(r["name"]): int(r["n"]) for r in rows if r["what"] == "other"}
    others = dict(sorted(others.items()))
    return RfmReport(
        kind=kind,
        currency=code,
        as_of=day,
        customers=sum(s.customers for s in segments),
        segments=segments,
        other_currencies=others,
        scoring_rule=translate("analytics", SCORING_RULE),
    )


def rfm_scores(
    db: Database,
    kind: str = "contact",
    currency: str | None = None,
    as_of: date | str | None = None,
    segment: str | None = None,
    limit: int | None = None,
) -> list[CustomerRfm]:
    """Every customer's RFM scores (or only those of ``segment``), best first.

    ``limit`` keeps the first so many (a view shows a page, not 20,000 rows).

    Raises:
        ValidationError: keys ``kind``, ``as_of``, ``segment``.
    """
    code, day = _arguments(db, currency, as_of)
    if segment is not None and segment not in SEGMENTS_BY_KEY:
        known = ", ".join(SEGMENTS_BY_KEY)
        raise ValidationError.single(
            "segment",
            translate("analytics", "{segment} is not one of {known}").format(
                segment=repr(segment), known=known
            ),
        )
    sql = customer_sql(kind)
    where = "WHERE s.segment = :segment" if segment is not None else ""
    rows = db.query(
        f"SELECT s.*, {sql.name} AS name FROM ({_scored_sql(kind)}) s"
        f" JOIN {sql.table} cu ON cu.id = s.customer_id {where}"
        " ORDER BY s.r + s.f + s.m DESC, s.spent DESC, s.customer_id LIMIT :limit",
        {
            "currency": code,
            "day": day,
            "segment": segment,
            "limit": -1 if limit is None else max(0, int(limit)),
        },
    )
    return [
        CustomerRfm(
            customer_id=int(r["customer_id"]),
            name=str(r["name"]),
            last_order_on=str(r["last_on"]),
            recency_days=int(r["recency_days"]),
            orders=int(r["orders"]),
            spent_minor=int(r["spent"]),
            recency=int(r["r"]),
            frequency=int(r["f"]),
            monetary=int(r["m"]),
            segment=str(r["segment"]),
        )
        for r in rows
    ]

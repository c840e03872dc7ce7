"""Support figures computed in SQL: open tickets by priority, SLA breaches, response times.

SLA breaches use the hours in the business settings as they are now (not the
due time stamped on each ticket when it was opened), so changing the SLA in
the settings re-reads history against the new promise. A ticket breaches when
it was resolved later than its SLA hours after creation, or is still
unresolved past them. The first response is the first reply in the ticket's
thread (internal notes do not count).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crm_desktop.domain.periods import Period
from crm_desktop.domain.saved_views import ViewFilter
from crm_desktop.domain.tickets import ACTIVE_STATUSES, PRIORITIES
from crm_desktop.services.settings import get_settings
from crm_desktop.services.view_filters import view_clause
from crm_desktop.storage.database import Database

# Most urgent first: the order a support report reads in.
PRIORITY_ORDER = tuple(reversed(PRIORITIES))
_ACTIVE = ", ".join(f"'{s}'" for s in ACTIVE_STATUSES)


@dataclass(frozen=True)
class PriorityOpen:
    """Tickets open now (new, open or pending) of one priority."""

    priority: str
    open_count: int
    overdue_count: int  # past their SLA hours already


@dataclass(frozen=True)
class SlaFigure:
    """Tickets created in the period of one priority, against the SLA hours."""

    priority: str
    sla_hours: int
    tickets: int
    breached: int  # resolved late, or unresolved past the SLA
    breached_open: int  # of those, still unresolved


@dataclass(frozen=True)
class TicketFigures:
    open_by_priority: tuple[PriorityOpen, ...]  # every priority, most urgent first
    sla: tuple[SlaFigure, ...]  # every priority, most urgent first
    created: int  # tickets created in the period
    resolved: int  # tickets resolved in the period (whenever created)
    responded: int  # created in the period and answered
    median_first_response_seconds: float | None
    resolved_of_created: int  # created in the period and resolved since
    median_resolution_seconds: float | None

    @property
    def breached(self) -> int:
        return sum(f.breached for f in self.sla)


def _sla_case(sla_hours: dict[str, int]) -> tuple[str, dict[str, Any]]:
    """SQL for a ticket's SLA in days, from the settings, with its parameters."""
    whens = " ".join(f"WHEN '{p}' THEN :sla_{p} / 24.0" for p in PRIORITIES)
    return f"(CASE t.priority {whens} END)", {f"sla_{p}": sla_hours[p] for p in PRIORITIES}


def _median(db: Database, durations_sql: str, params: dict[str, Any]) -> tuple[int, float | None]:
    """How many durations ``durations_sql`` (one column ``secs``) yields, and their median."""
    row = db.query_one(
        f"""
        WITH d AS ({durations_sql}),
             o AS (SELECT secs, row_number() OVER (ORDER BY secs) AS rn,
                          count(*) OVER () AS n FROM d)
        SELECT (SELECT count(*) FROM d) AS n,
               (SELECT avg(secs) FROM o WHERE rn IN ((n + 1) / 2, (n + 2) / 2)) AS median
        """,
        params,
    )
    assert row is not None
    return row["n"], row["median"]


def ticket_figures(db: Database, period: Period, view: ViewFilter | None = None) -> TicketFigures:
    """Open tickets now by priority; SLA and response times of tickets created in ``period``.

    ``view``: only the tickets of this saved view (smart list) of tickets.
    """
    now = db.now()
    hours = get_settings(db).sla_hours
    sla_days, sla_params = _sla_case(hours)
    narrow, view_params = view_clause(view, "t.id", now[:10], ("tickets",))
    params: dict[str, Any] = {"start": period.from_timestamp, "end": period.to_timestamp}
    params |= {"now": now, **sla_params, **view_params}
    late = f"(julianday(coalesce(t.resolved_at, :now)) - julianday(t.created_at)) > {sla_days}"
    open_rows = {
        r["priority"]: r
        for r in db.query(
            f"""
            SELECT t.priority, count(*) AS n, sum({late}) AS overdue
            FROM tickets t WHERE t.deleted_at IS NULL AND t.status IN ({_ACTIVE}) {narrow}
            GROUP BY t.priority
            """,
            params,
        )
    }
    in_period = f"t.deleted_at IS NULL AND t.created_at >= :start AND t.created_at < :end{narrow}"
    created = f"FROM tickets t WHERE {in_period}"
    sla_rows = {
        r["priority"]: r
        for r in db.query(
            f"""
            SELECT t.priority, count(*) AS n, sum({late}) AS breached,
                   sum({late} AND t.resolved_at IS NULL) AS breached_open
            {created} GROUP BY t.priority
            """,
            params,
        )
    }
    resolved = db.scalar(
        "SELECT count(*) FROM tickets t WHERE t.deleted_at IS NULL"
        f" AND t.resolved_at >= :start AND t.resolved_at < :end{narrow}",
        params,
    )
    responded, first_response = _median(
        db,
        f"""
        SELECT (julianday(min(m.created_at)) - julianday(t.created_at)) * 86400 AS secs
        FROM tickets t
        JOIN ticket_messages m ON m.ticket_id = t.id AND m.kind = 'reply' AND m.deleted_at IS NULL
        WHERE {in_period}
        GROUP BY t.id
        """,
        params,
    )
    resolved_of_created, resolution = _median(
        db,
        f"SELECT (julianday(t.resolved_at) - julianday(t.created_at)) * 86400 AS secs"
        f" {created} AND t.resolved_at IS NOT NULL",
        params,
    )
    return TicketFigures(
        open_by_priority=tuple(
            PriorityOpen(
                p,
                open_rows[p]["n"] if p in open_rows else 0,
                open_rows[p]["overdue"] if p in open_rows else 0,
            )
            for p in PRIORITY_ORDER
        ),
        sla=tuple(
            SlaFigure(
                priority=p,
                sla_hours=hours[p],
                tickets=sla_rows[p]["n"] if p in sla_rows else 0,
                breached=sla_rows[p]["breached"] if p in sla_rows else 0,
                breached_open=sla_rows[p]["breached_open"] if p in sla_rows else 0,
            )
            for p in PRIORITY_ORDER
        ),
        created=sum(r["n"] for r in sla_rows.values()),
        resolved=int(resolved or 0),
        responded=responded,
        median_first_response_seconds=_rounded(first_response),
        resolved_of_created=resolved_of_created,
        median_resolution_seconds=_rounded(resolution),
    )


def _rounded(seconds: float | None) -> float | None:
    # julianday arithmetic carries float noise of some microseconds; stored times are whole seconds.
    return None if seconds is None else round(seconds * 2) / 2

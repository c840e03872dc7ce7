"""Reading deals for views: filtered, sorted pages, counts, and each deal's stage history."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from crm_desktop.domain.errors import ValidationError, one_of
from crm_desktop.domain.ids import CompanyId, ContactId, DealId, PipelineId, StageId, UserId
from crm_desktop.domain.pipeline import (
    DEAL_STATUSES,
    DealFilter,
    DealRow,
    StageChange,
    StageTotal,
    effective_probability,
    weighted_minor,
)
from crm_desktop.services.deals import DEAL_SELECT, get_deal
from crm_desktop.services.orders import iso_date, today
from crm_desktop.services.sorting import ordering, parse_sort
from crm_desktop.services.tags import find_tag, tagged_condition
from crm_desktop.services.view_filters import filter_sql
from crm_desktop.storage.database import Database, to_iso

_PROBABILITY_SQL = (
    "(CASE d.status WHEN 'won' THEN 100 WHEN 'lost' THEN 0"
    " ELSE coalesce(d.probability, s.probability) END)"
)

# Sort keys a view may ask for; "-key" sorts descending. Ties go by id. Each
# key is a list of terms, as one expression may hold commas of its own.
DEAL_SORTS: dict[str, tuple[str, ...]] = {
    "title": ("d.title COLLATE NOCASE",),
    "stage": ("p.position", "d.pipeline_id", "s.position"),
    "value": ("d.value_minor",),
    "probability": (_PROBABILITY_SQL,),
    "weighted": (f"d.value_minor * {_PROBABILITY_SQL}",),
    "company": ("company COLLATE NOCASE",),
    "contact": ("contact COLLATE NOCASE",),
    "owner": ("owner COLLATE NOCASE",),
    "status": ("d.status",),
    "expected_close_date": ("d.expected_close_date IS NULL", "d.expected_close_date"),
    "stage_entered_at": ("d.stage_entered_at",),
    "closed_at": ("d.closed_at",),
    "created_at": ("d.created_at",),
    "updated_at": ("d.updated_at",),
}


def _where(db: Database, spec: DealFilter) -> tuple[str, list[object]]:
    errors: dict[str, str] = {}
    clauses: list[str] = [] if spec.include_deleted else ["d.deleted_at IS NULL"]
    params: list[object] = []
    if spec.status is not None and spec.status not in DEAL_STATUSES:
        errors["status"] = one_of(DEAL_STATUSES)
    start = iso_date(spec.expected_close_from, "expected_close_from", errors)
    end = iso_date(spec.expected_close_to, "expected_close_to", errors)
    closed_start = iso_date(spec.closed_from, "closed_from", errors)
    closed_end = iso_date(spec.closed_to, "closed_to", errors)
    if errors:
        raise ValidationError(errors)
    for clause, value in (
        ("d.pipeline_id = ?", spec.pipeline_id),
        ("d.stage_id = ?", spec.stage_id),
        ("d.status = ?", spec.status),
        ("d.owner_id = ?", spec.owner_id),
        ("d.contact_id = ?", spec.contact_id),
        ("d.company_id = ?", spec.company_id),
        ("d.expected_close_date >= ?", start),
        ("d.expected_close_date <= ?", end),
        # closed_at is a UTC timestamp: whole days from midnight to midnight.
        ("d.closed_at >= ?", None if closed_start is None else f"{closed_start}T00:00:00Z"),
        ("d.closed_at < ?", None if closed_end is None else _day_after(closed_end)),
        (tagged_condition("deal", "d.id"), spec.tag_id),
    ):
        if value is not None:
            clauses.append(clause)
            params.append(value)
    if spec.tag is not None:
        tag = find_tag(db, spec.tag)
        # An unknown tag name matches no deal rather than being ignored.
        clauses.append(tagged_condition("deal", "d.id"))
        params.append(tag.id if tag is not None else -1)
    if spec.view is not None:
        view_sql, values = filter_sql(spec.view, "d.id", today(db))
        clauses.append(view_sql)
        params += values
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _day_after(day: str) -> str:
    return f"{(date.fromisoformat(day) + timedelta(days=1)).isoformat()}T00:00:00Z"


def _order_by(sort: str) -> str:
    key, descending = parse_sort(sort, DEAL_SORTS)
    return ordering([*DEAL_SORTS[key], "d.id"], descending)


def _row(row: Mapping[str, Any]) -> DealRow:
    probability = effective_probability(row["status"], row["probability"], row["stage_probability"])
    return DealRow(
        id=DealId(row["id"]),
        title=row["title"],
        pipeline_id=PipelineId(row["pipeline_id"]),
        pipeline=row["pipeline"],
        stage_id=StageId(row["stage_id"]),
        stage=row["stage"],
        stage_position=row["stage_position"],
        status=row["status"],
        value_minor=row["value_minor"],
        currency=row["currency"],
        probability=probability,
        weighted_value_minor=weighted_minor(row["value_minor"], probability),
        company_id=None if row["company_id"] is None else CompanyId(row["company_id"]),
        company=row["company"],
        contact_id=None if row["contact_id"] is None else ContactId(row["contact_id"]),
        contact=row["contact"],
        owner_id=None if row["owner_id"] is None else UserId(row["owner_id"]),
        owner=row["owner"],
        expected_close_date=row["expected_close_date"],
        stage_entered_at=row["stage_entered_at"],
        closed_at=row["closed_at"],
        updated_at=row["updated_at"],
        version=row["version"],
        deleted_at=row["deleted_at"],
    )


def list_deals(
    db: Database,
    filter: DealFilter | None = None,
    offset: int = 0,
    limit: int = 200,
    sort: str = "stage",
) -> list[DealRow]:
    """One page of deals matching ``filter``, sorted by a key of DEAL_SORTS.

    Raises:
        ValidationError: keys ``status``, ``expected_close_from``/``_to`` or ``sort``.
    """
    where, params = _where(db, filter or DealFilter())
    rows = db.query(
        f"{DEAL_SELECT}{where} ORDER BY {_order_by(sort)} LIMIT ? OFFSET ?",
        [*params, max(0, limit), max(0, offset)],
    )
    return [_row(r) for r in rows]


def count_deals(db: Database, filter: DealFilter | None = None) -> int:
    where, params = _where(db, filter or DealFilter())
    return int(db.scalar(f"SELECT count(*) FROM ({DEAL_SELECT}{where})", params))


def deal_stage_history(db: Database, deal_id: int) -> list[StageChange]:
    """Every stage the deal entered, oldest first, starting with its first stage."""
    get_deal(db, deal_id)
    rows = db.query(
        "SELECT h.*, coalesce(f.name, '') AS from_stage, t.name AS to_stage"
        " FROM deal_stage_changes h"
        " LEFT JOIN stages f ON f.id = h.from_stage_id"
        " JOIN stages t ON t.id = h.to_stage_id"
        " WHERE h.deal_id = ? AND h.deleted_at IS NULL ORDER BY h.changed_at, h.id",
        (deal_id,),
    )
    return [
        StageChange(
            id=r["id"],
            deal_id=DealId(r["deal_id"]),
            from_stage_id=None if r["from_stage_id"] is None else StageId(r["from_stage_id"]),
            to_stage_id=StageId(r["to_stage_id"]),
            changed_at=r["changed_at"],
            changed_by=r["created_by"],
            from_stage=r["from_stage"],
            to_stage=r["to_stage"],
        )
        for r in rows
    ]


# -- the pipeline board ---------------------------------------------------------

# Cards of a column: open deals closing soonest first (undated last), closed
# deals most recently closed first.
_BOARD_ORDER = (
    "CASE WHEN d.status = 'open' THEN coalesce(d.expected_close_date, '9999-12-31') ELSE '' END,"
    " d.closed_at DESC, d.id"
)


def _board_where(
    db: Database, spec: DealFilter, closed_within_days: int | None
) -> tuple[str, list[object]]:
    """The filter's WHERE plus: closed deals only when closed in the last days."""
    where, params = _where(db, spec)
    if closed_within_days is not None:
        cutoff = to_iso(db.clock() - timedelta(days=max(0, closed_within_days)))
        where += " AND " if where else " WHERE "
        where += "(d.status = 'open' OR d.closed_at >= ?)"
        params.append(cutoff)
    return where, params


def board_deals(
    db: Database,
    filter: DealFilter | None = None,
    per_stage: int = 100,
    closed_within_days: int | None = 90,
) -> list[DealRow]:
    """The cards of a pipeline board: at most ``per_stage`` deals per stage.

    Open deals come closing soonest first; won and lost deals only when closed
    in the last ``closed_within_days`` days (all of them with None), most
    recent first. Rows are in board order: by stage position, then card order.

    Raises:
        ValidationError: as list_deals, for a bad filter.
    """
    spec = filter or DealFilter()
    where, params = _board_where(db, spec, closed_within_days)
    stage_ids = [
        int(r["id"])
        for r in db.query(
            "SELECT id FROM stages WHERE deleted_at IS NULL AND (? IS NULL OR pipeline_id = ?)",
            (spec.pipeline_id, spec.pipeline_id),
        )
    ]
    if not stage_ids:
        return []
    # One top-N per stage, joined to names only for the cards kept: on a file
    # of 50,000 deals this is about twice as fast as a row_number() window.
    stage_where = f"{where} AND d.stage_id = ?" if where else " WHERE d.stage_id = ?"
    picks = " UNION ALL ".join(
        f"SELECT * FROM (SELECT d.id FROM deals d{stage_where} ORDER BY {_BOARD_ORDER} LIMIT ?)"
        for _ in stage_ids
    )
    picked_params: list[object] = []
    for stage_id in stage_ids:
        picked_params += [*params, stage_id, max(0, per_stage)]
    rows = db.query(
        f"{DEAL_SELECT} WHERE d.id IN ({picks}) ORDER BY s.position, d.stage_id, {_BOARD_ORDER}",
        picked_params,
    )
    return [_row(r) for r in rows]


def board_totals(
    db: Database, filter: DealFilter | None = None, closed_within_days: int | None = 90
) -> list[StageTotal]:
    """Count, value and weighted value per stage and currency of the deals a board shows.

    The same deals as ``board_deals`` without its per-stage limit, so a column
    can say how many cards it leaves out. Stages without deals are absent.
    """
    where, params = _board_where(db, filter or DealFilter(), closed_within_days)
    rows = db.query(
        "SELECT d.stage_id, d.currency, count(*) AS n, sum(d.value_minor) AS value,"
        f" sum((d.value_minor * {_PROBABILITY_SQL} + 50) / 100) AS weighted"
        f" FROM deals d JOIN stages s ON s.id = d.stage_id{where}"
        " GROUP BY d.stage_id, d.currency ORDER BY s.position, d.stage_id, d.currency",
        params,
    )
    return [
        StageTotal(
            stage_id=StageId(r["stage_id"]),
            currency=r["currency"],
            count=r["n"],
            value_minor=r["value"],
            weighted_value_minor=r["weighted"],
        )
        for r in rows
    ]


def lost_reasons(db: Database, limit: int = 20) -> list[str]:
    """Reasons given for lost deals, the most used first: choices for the next one."""
    rows = db.query(
        "SELECT lost_reason, count(*) AS n FROM deals"
        " WHERE deleted_at IS NULL AND status = 'lost' AND lost_reason <> ''"
        " GROUP BY lost_reason COLLATE NOCASE ORDER BY n DESC, lost_reason COLLATE NOCASE"
        " LIMIT ?",
        (max(0, limit),),
    )
    return [str(r["lost_reason"]) for r in rows]

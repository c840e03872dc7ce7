"""Activities listed by kind, owner and state: what exports of meetings and tasks read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from crm_desktop.domain.activities import KINDS, Activity
from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import translate
from crm_desktop.services.activities import _SELECT, _activity
from crm_desktop.storage.database import Database


@dataclass(frozen=True)
class ActivityFilter:
    """Which activities: empty fields do not filter. ``state`` is "open", "done" or ""."""

    kinds: tuple[str, ...] = ()
    owner_id: int | None = None
    contact_id: int | None = None
    company_id: int | None = None
    state: str = ""
    due_from: str | None = None  # UTC ISO-8601, inclusive
    due_to: str | None = None  # exclusive


def list_activities(
    db: Database, spec: ActivityFilter | None = None, limit: int | None = None
) -> list[Activity]:
    """Live activities matching ``spec``, soonest due first (undated last), then newest.

    Raises:
        ValidationError: an unknown kind or state.
    """
    spec = spec or ActivityFilter()
    unknown = [k for k in spec.kinds if k not in KINDS]
    if unknown:
        raise ValidationError.single(
            "kinds",
            translate("validation", "{value} is not one of {choices}").format(
                value=repr(unknown[0]), choices=", ".join(KINDS)
            ),
        )
    if spec.state not in ("", "open", "done"):
        raise ValidationError.single("state", translate("validation", "must be open or done"))
    where = ["a.deleted_at IS NULL"]
    params: list[Any] = []
    if spec.kinds:
        where.append(f"a.kind IN ({', '.join('?' for _ in spec.kinds)})")
        params += list(spec.kinds)
    for column, value in (
        ("owner_id", spec.owner_id),
        ("contact_id", spec.contact_id),
        ("company_id", spec.company_id),
    ):
        if value is not None:
            where.append(f"a.{column} = ?")
            params.append(value)
    if spec.state == "open":
        where.append("a.done_at IS NULL")
    elif spec.state == "done":
        where.append("a.done_at IS NOT NULL")
    if spec.due_from:
        where.append("a.due_at >= ?")
        params.append(spec.due_from)
    if spec.due_to:
        where.append("a.due_at < ?")
        params.append(spec.due_to)
    sql = (
        _SELECT + " WHERE " + " AND ".join(where) + " ORDER BY a.due_at IS NULL, a.due_at,"
        " a.created_at DESC, a.id"
    )
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_activity(row) for row in db.query(sql, params)]


def activities_by_ids(db: Database, ids: Sequence[int]) -> list[Activity]:
    """Live activities with these ids, in the order asked."""
    rows = db.query(
        _SELECT + " WHERE a.deleted_at IS NULL AND a.id IN (SELECT value FROM json_each(?))",
        (str(list(int(i) for i in ids)),),
    )
    by_id = {int(r["id"]): _activity(r) for r in rows}
    return [by_id[int(i)] for i in ids if int(i) in by_id]

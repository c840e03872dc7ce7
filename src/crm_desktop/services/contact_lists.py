"""Pages and counts of contacts for table views: filtered and sorted in SQL."""

from __future__ import annotations

from typing import Any

from crm_desktop.domain.contacts import CONTACT_SORTS, ContactFilter, ContactRow
from crm_desktop.domain.ids import ContactId
from crm_desktop.domain.search import exact_expression, parse_query
from crm_desktop.services.orders import today
from crm_desktop.services.sorting import ordering, parse_sort
from crm_desktop.services.tags import find_tag, tagged_condition
from crm_desktop.services.view_filters import filter_sql_named
from crm_desktop.storage.database import Database, ids_param

_FROM = (
    " FROM contacts c"
    " LEFT JOIN companies co ON co.id = c.company_id AND co.deleted_at IS NULL"
    " LEFT JOIN users u ON u.id = c.owner_id"
)
_PRIMARY_EMAIL = "coalesce(json_extract(c.emails, '$[0].address'), '')"
_PRIMARY_PHONE = "coalesce(json_extract(c.phones, '$[0].raw'), '')"

# The one place sort keys become SQL; nothing else is ever put in ORDER BY.
_SORT_SQL = {
    "last_name": "c.last_name COLLATE NOCASE",
    "first_name": "c.first_name COLLATE NOCASE",
    "company": "coalesce(co.name, '') COLLATE NOCASE",
    "email": f"{_PRIMARY_EMAIL} COLLATE NOCASE",
    "city": "c.city COLLATE NOCASE",
    "country": "c.country",
    "lifecycle_stage": (
        "CASE c.lifecycle_stage WHEN 'lead' THEN 0 WHEN 'prospect' THEN 1"
        " WHEN 'customer' THEN 2 ELSE 3 END"
    ),
    "owner": "coalesce(u.name, '') COLLATE NOCASE",
    "created_at": "c.created_at",
    "updated_at": "c.updated_at",
}
assert set(_SORT_SQL) == set(CONTACT_SORTS)


def like_pattern(text: str) -> str:
    r"""``%text%`` for LIKE ... ESCAPE '\\', with the user's own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(db: Database, spec: ContactFilter) -> tuple[str, dict[str, Any]] | None:
    """The WHERE clause and its named parameters; None when nothing can match."""
    conditions: list[str] = []
    if not spec.include_deleted:
        conditions.append("c.deleted_at IS NULL")
    query = parse_query(spec.text)
    searching = bool(query.words or query.phone_digits)
    if searching:
        # The full-text index answers in milliseconds where LIKE over 100,000
        # names and JSON e-mails takes half a second; it also ignores accents
        # and finds phone numbers and company names.
        conditions.append(
            "c.id IN (SELECT record_id FROM search_index"
            " WHERE search_index MATCH :text AND kind = 'contact')"
        )
    if spec.lifecycle_stage:
        conditions.append("c.lifecycle_stage = :stage")
    if spec.owner_id is not None:
        conditions.append("c.owner_id = :owner")
    if spec.country:
        conditions.append("c.country = :country")
    if spec.company_id is not None:
        conditions.append("c.company_id = :company")
    if spec.ids is not None:
        conditions.append("c.id IN (SELECT value FROM json_each(:ids))")
    named: dict[str, Any] = {
        "ids": ids_param(spec.ids or ()),
        "text": exact_expression(query) if searching else "",
        "stage": spec.lifecycle_stage,
        "owner": spec.owner_id,
        "country": (spec.country or "").strip().upper(),
        "company": spec.company_id,
    }
    if spec.tag:
        tag = find_tag(db, spec.tag)
        if tag is None:
            return None
        conditions.append(tagged_condition("contact", "c.id").replace("?", ":tag"))
        named["tag"] = tag.id
    if spec.view is not None:
        view_sql, values = filter_sql_named(spec.view, "c.id", today(db))
        conditions.append(view_sql)
        named.update(values)
    sql = " WHERE " + " AND ".join(conditions) if conditions else ""
    return sql, named


def list_contacts(
    db: Database,
    spec: ContactFilter | None = None,
    offset: int = 0,
    limit: int = 100,
    sort: str = "last_name",
    descending: bool = False,
) -> list[ContactRow]:
    """One page of contacts matching ``spec``, sorted on ``sort`` (see CONTACT_SORTS).

    Raises:
        ValidationError: ``sort`` is not a column a list can be sorted by.
    """
    sort, reverse = parse_sort(sort, CONTACT_SORTS)
    descending = descending != reverse
    where = _where(db, spec or ContactFilter())
    if where is None:
        return []
    clause, params = where
    # Ties fall back to the name, then the id, so pages never overlap.
    ties = [_SORT_SQL[key] for key in ("last_name", "first_name") if key != sort]
    order = ordering([_SORT_SQL[sort], *ties, "c.id"], descending)
    # Sort ids only, then read the page's columns: the sorter then carries no
    # JSON extracts or names for the other 100,000 rows.
    sql = (
        "SELECT c.id, c.first_name, c.last_name, coalesce(co.name, '') AS company,"
        f" {_PRIMARY_EMAIL} AS email, {_PRIMARY_PHONE} AS phone, c.city, c.country,"
        " c.lifecycle_stage, coalesce(u.name, '') AS owner, c.updated_at"
        f"{_FROM} WHERE c.id IN (SELECT c.id{_FROM}{clause}"
        f" ORDER BY {order} LIMIT :limit OFFSET :offset) ORDER BY {order}"
    )
    named = {**params, "limit": max(0, int(limit)), "offset": max(0, int(offset))}
    return [
        ContactRow(
            id=ContactId(r["id"]),
            first_name=r["first_name"],
            last_name=r["last_name"],
            company=r["company"],
            primary_email=r["email"],
            primary_phone=r["phone"],
            city=r["city"],
            country=r["country"],
            lifecycle_stage=r["lifecycle_stage"],
            owner=r["owner"],
            updated_at=r["updated_at"],
        )
        for r in db.query(sql, named)
    ]


def count_contacts(db: Database, spec: ContactFilter | None = None) -> int:
    """How many contacts match ``spec`` (for the status bar and lazy loading)."""
    where = _where(db, spec or ContactFilter())
    if where is None:
        return 0
    clause, params = where
    return int(db.scalar(f"SELECT count(*) FROM contacts c{clause}", params))

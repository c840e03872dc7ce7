"""Pages and counts of companies for table views: filtered and sorted in SQL."""

from __future__ import annotations

from typing import Any

from babel.numbers import format_decimal

from crm_desktop.domain.companies import COMPANY_SORTS, CompanyFilter, CompanyRow
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.ids import CompanyId
from crm_desktop.i18n import current_locale, translate
from crm_desktop.services.contact_lists import like_pattern
from crm_desktop.services.orders import today
from crm_desktop.services.sorting import ordering, parse_sort
from crm_desktop.services.tags import find_tag, tagged_condition
from crm_desktop.services.view_filters import filter_sql_named
from crm_desktop.storage.database import Database, ids_param

_CONTACT_COUNT = (
    "(SELECT count(*) FROM contacts x WHERE x.company_id = co.id AND x.deleted_at IS NULL)"
)
_SORT_SQL = {
    "name": "co.name COLLATE NOCASE",
    "industry": "co.industry COLLATE NOCASE",
    "city": "co.city COLLATE NOCASE",
    "country": "co.country",
    "owner": "coalesce(u.name, '') COLLATE NOCASE",
    "contact_count": "contact_count",
    "created_at": "co.created_at",
    "updated_at": "co.updated_at",
}
assert set(_SORT_SQL) == set(COMPANY_SORTS)


# SQLite refuses LIKE patterns over 50,000 bytes; no one types a name this long.
MAX_TEXT = 1000


def _where(db: Database, spec: CompanyFilter) -> tuple[str, dict[str, Any]] | None:
    """The WHERE clause and its named parameters; None when nothing can match.

    Raises:
        ValidationError: key ``text`` when the text is too long to look for.
    """
    conditions: list[str] = []
    if not spec.include_deleted:
        conditions.append("co.deleted_at IS NULL")
    text = " ".join(spec.text.split())
    if len(text) > MAX_TEXT:
        raise ValidationError.single(
            "text",
            translate("validation", "search for at most {limit} characters", "", MAX_TEXT).format(
                limit=format_decimal(MAX_TEXT, locale=current_locale())
            ),
        )
    if text:
        conditions.append(
            "(co.name LIKE :text ESCAPE '\\' OR co.website LIKE :text ESCAPE '\\'"
            " OR co.vat_id LIKE :text ESCAPE '\\'"
            " OR EXISTS (SELECT 1 FROM json_each(co.emails) e"
            " WHERE json_extract(e.value, '$.address') LIKE :text ESCAPE '\\'))"
        )
    if spec.industry:
        conditions.append("co.industry = :industry COLLATE NOCASE")
    if spec.owner_id is not None:
        conditions.append("co.owner_id = :owner")
    if spec.country:
        conditions.append("co.country = :country")
    if spec.ids is not None:
        conditions.append("co.id IN (SELECT value FROM json_each(:ids))")
    named: dict[str, Any] = {
        "ids": ids_param(spec.ids or ()),
        "text": like_pattern(text),
        "industry": (spec.industry or "").strip(),
        "owner": spec.owner_id,
        "country": (spec.country or "").strip().upper(),
    }
    if spec.tag:
        tag = find_tag(db, spec.tag)
        if tag is None:
            return None
        conditions.append(tagged_condition("company", "co.id").replace("?", ":tag"))
        named["tag"] = tag.id
    if spec.view is not None:
        view_sql, values = filter_sql_named(spec.view, "co.id", today(db))
        conditions.append(view_sql)
        named.update(values)
    return (" WHERE " + " AND ".join(conditions) if conditions else ""), named


def list_companies(
    db: Database,
    spec: CompanyFilter | None = None,
    offset: int = 0,
    limit: int = 100,
    sort: str = "name",
    descending: bool = False,
) -> list[CompanyRow]:
    """One page of companies matching ``spec``, sorted on ``sort`` (see COMPANY_SORTS).

    Raises:
        ValidationError: ``sort`` is not a column a list can be sorted by, or
            ``text`` is too long.
    """
    sort, reverse = parse_sort(sort, COMPANY_SORTS)
    descending = descending != reverse
    where = _where(db, spec or CompanyFilter())
    if where is None:
        return []
    clause, params = where
    ties = [_SORT_SQL["name"]] if sort != "name" else []
    order = ordering([_SORT_SQL[sort], *ties, "co.id"], descending)  # pages never overlap
    sql = (
        "SELECT co.id, co.name, co.industry,"
        " coalesce(json_extract(co.emails, '$[0].address'), '') AS email,"
        " coalesce(json_extract(co.phones, '$[0].raw'), '') AS phone,"
        f" co.city, co.country, coalesce(u.name, '') AS owner, {_CONTACT_COUNT} AS contact_count,"
        " co.updated_at FROM companies co LEFT JOIN users u ON u.id = co.owner_id"
        f"{clause} ORDER BY {order} LIMIT :limit OFFSET :offset"
    )
    named = {**params, "limit": max(0, int(limit)), "offset": max(0, int(offset))}
    return [
        CompanyRow(
            id=CompanyId(r["id"]),
            name=r["name"],
            industry=r["industry"],
            primary_email=r["email"],
            primary_phone=r["phone"],
            city=r["city"],
            country=r["country"],
            owner=r["owner"],
            contact_count=r["contact_count"],
            updated_at=r["updated_at"],
        )
        for r in db.query(sql, named)
    ]


def count_companies(db: Database, spec: CompanyFilter | None = None) -> int:
    """How many companies match ``spec``."""
    where = _where(db, spec or CompanyFilter())
    if where is None:
        return 0
    clause, params = where
    return int(db.scalar(f"SELECT count(*) FROM companies co{clause}", params))

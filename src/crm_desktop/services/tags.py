"""Tags and taggings: create, rename and delete tags; put them on records and take them off.

Tag names are unique without regard to case, for every alphabet ("Övrigt" and
"ÖVRIGT" are one tag), which SQLite's NOCASE alone would not ensure; so names
are compared here, in Python, on their case-folded form. Tags are few (tens,
hundreds), so reading them all for that is cheap.

Taggings are links, not records: untagging deletes them outright. When a
tagged record is trashed its taggings stay, so restoring it brings its tags
back; usage counts only count live records.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import NotFoundError, ValidationError, one_of
from crm_desktop.domain.ids import TagId
from crm_desktop.domain.tags import (
    ENTITY_TABLES,
    Tag,
    clean_tag_name,
    tag_key,
    tag_name_problem,
)
from crm_desktop.i18n import translate
from crm_desktop.storage.database import Database, ids_param
from crm_desktop.storage.unit_of_work import UnitOfWork

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")

# True when the tagging ``g`` points at a live record of its kind.
_LIVE_TARGET = (
    "CASE g.entity_type "
    + " ".join(
        f"WHEN '{kind}' THEN EXISTS (SELECT 1 FROM {table} r"
        " WHERE r.id = g.entity_id AND r.deleted_at IS NULL)"
        for kind, table in ENTITY_TABLES.items()
    )
    + " ELSE 0 END"
)


def tagged_condition(entity_type: str, id_column: str) -> str:
    """SQL that is true when the record in ``id_column`` carries the tag bound to ``?``.

    For list filters in other services: ``WHERE ... AND {tagged_condition("contact",
    "c.id")}`` with the tag's id as the parameter (see ``find_tag``).
    """
    _table(entity_type)
    return (
        "EXISTS (SELECT 1 FROM taggings g WHERE g.deleted_at IS NULL"
        f" AND g.entity_type = '{entity_type}' AND g.entity_id = {id_column} AND g.tag_id = ?)"
    )


def _table(entity_type: str) -> str:
    try:
        return ENTITY_TABLES[entity_type]
    except KeyError:
        raise ValidationError.single("entity_type", one_of(ENTITY_TABLES)) from None


def _clean_color(color: str) -> str:
    color = color.strip()
    if color and not _COLOR.match(color):
        raise ValidationError.single(
            "color", translate("validation", "must be a colour like #1e90ff, or empty")
        )
    return color.lower()


# -- reading -----------------------------------------------------------------
def list_tags(db: Database) -> list[Tag]:
    """Live tags by name, each with how many live records carry it."""
    counts: dict[int, dict[str, int]] = {}
    for row in db.query(
        "SELECT g.tag_id, g.entity_type, count(*) AS n FROM taggings g"
        f" WHERE g.deleted_at IS NULL AND ({_LIVE_TARGET}) GROUP BY g.tag_id, g.entity_type"
    ):
        counts.setdefault(row["tag_id"], {})[row["entity_type"]] = row["n"]
    tags = [
        Tag(
            id=TagId(row["id"]),
            name=row["name"],
            color=row["color"],
            usage_count=sum(counts.get(row["id"], {}).values()),
            usage_by_type=counts.get(row["id"], {}),
        )
        for row in db.query("SELECT id, name, color FROM tags WHERE deleted_at IS NULL")
    ]
    return sorted(tags, key=lambda t: tag_key(t.name))


def tag_names(db: Database) -> list[str]:
    """Live tag names sorted as ``list_tags`` sorts them, without counting their uses.

    A filter chooser needs only the names; counting 100,000 taggings takes a
    fifth of a second.
    """
    names = [row["name"] for row in db.query("SELECT name FROM tags WHERE deleted_at IS NULL")]
    return sorted(names, key=tag_key)


def get_tag(db: Database, tag_id: int) -> Tag:
    for tag in list_tags(db):
        if tag.id == tag_id:
            return tag
    raise NotFoundError("tag", tag_id)


def find_tag(db: Database, name: str) -> Tag | None:
    """The live tag called ``name`` in any letter case, or None."""
    key = tag_key(name)
    for row in db.query("SELECT id, name, color FROM tags WHERE deleted_at IS NULL"):
        if tag_key(row["name"]) == key:
            return Tag(id=TagId(row["id"]), name=row["name"], color=row["color"])
    return None


def tags_for(db: Database, entity_type: str, entity_id: int) -> list[str]:
    return tags_for_many(db, entity_type, [entity_id])[entity_id]


def tags_for_many(db: Database, entity_type: str, ids: Sequence[int]) -> dict[int, list[str]]:
    """Tag names per record for a page of a table view, in one query.

    Every id asked for is a key; records without tags map to an empty list.
    """
    _table(entity_type)
    result: dict[int, list[str]] = {int(i): [] for i in ids}
    if not result:
        return result
    rows = db.query(
        "SELECT g.entity_id, t.name FROM taggings g JOIN tags t ON t.id = g.tag_id"
        " WHERE g.entity_type = ? AND g.deleted_at IS NULL AND t.deleted_at IS NULL"
        " AND g.entity_id IN (SELECT value FROM json_each(?))",
        (entity_type, ids_param(result)),
    )
    for row in rows:
        result[row["entity_id"]].append(row["name"])
    for names in result.values():
        names.sort(key=str.casefold)
    return result


# -- tags --------------------------------------------------------------------
def _all_tags(uow: UnitOfWork) -> list[dict[str, Any]]:
    return uow.query("SELECT id, name, deleted_at FROM tags")


def _clean_name(name: str, field: str = "name") -> str:
    cleaned = clean_tag_name(name)
    problem = tag_name_problem(cleaned)
    if problem:
        raise ValidationError.single(field, problem)
    return cleaned


def _create_in(uow: UnitOfWork, name: str, color: str, existing: list[dict[str, Any]]) -> int:
    """Insert the tag, or bring back a trashed one of the same name (its slot is taken)."""
    key = tag_key(name)
    for row in existing:
        if tag_key(row["name"]) != key:
            continue
        if row["deleted_at"] is None:
            raise ValidationError.single("name", _tag_exists(row["name"]))
        uow.restore("tags", row["id"])
        uow.update("tags", row["id"], {"name": name, "color": color})
        return int(row["id"])
    return uow.insert("tags", {"name": name, "color": color})


def create_tag(db: Database, name: str, color: str = "") -> Tag:
    """Create a tag.

    Raises:
        ValidationError: the name is empty, too long, has a comma, or is taken
            by another tag in any letter case; or the colour is not ``#rrggbb``.
    """
    cleaned = _clean_name(name)
    color = _clean_color(color)
    with UnitOfWork(db) as uow:
        tag_id = _create_in(uow, cleaned, color, _all_tags(uow))
        uow.commit()
    return get_tag(db, tag_id)


def rename_tag(db: Database, tag_id: int, name: str) -> Tag:
    """Give a tag a new name (changing only its letter case is allowed)."""
    cleaned = _clean_name(name)
    key = tag_key(cleaned)
    with UnitOfWork(db) as uow:
        for row in _all_tags(uow):
            if row["id"] == tag_id or tag_key(row["name"]) != key:
                continue
            if row["deleted_at"] is None:
                raise ValidationError.single("name", _tag_exists(row["name"]))
            # A trashed tag holds the name in the UNIQUE index: move it aside.
            uow.update(
                "tags",
                row["id"],
                {"name": f"{row['name']} (deleted #{row['id']})"},
                include_trashed=True,
            )
        uow.update("tags", tag_id, {"name": cleaned})
        uow.commit()
    return get_tag(db, tag_id)


def recolor_tag(db: Database, tag_id: int, color: str) -> Tag:
    color = _clean_color(color)
    with UnitOfWork(db) as uow:
        uow.update("tags", tag_id, {"color": color})
        uow.commit()
    return get_tag(db, tag_id)


def delete_tag(db: Database, tag_id: int) -> Changes:
    """Trash the tag and take it off every record (those taggings are gone for good)."""
    with UnitOfWork(db) as uow:
        taggings = uow.query(
            "SELECT id, entity_type, entity_id FROM taggings WHERE tag_id = ?", (tag_id,)
        )
        before = tags_before(uow, taggings)
        uow.soft_delete("tags", tag_id)
        uow.execute("DELETE FROM taggings WHERE tag_id = ?", (tag_id,))
        _note_untagged(uow, taggings, before)
        return uow.commit()


TagsBefore = dict[tuple[str, int], list[str]]


def tags_before(uow: UnitOfWork, taggings: Sequence[dict[str, Any]]) -> TagsBefore:
    """The live tag names of each record a change of links touches, read before it."""
    before: TagsBefore = {}
    for kind in ENTITY_TABLES:
        ids = sorted({int(t["entity_id"]) for t in taggings if t["entity_type"] == kind})
        for record_id in ids:
            before[(kind, record_id)] = []
        if ids:
            for row in uow.query(
                "SELECT g.entity_id, t.name FROM taggings g JOIN tags t ON t.id = g.tag_id"
                " WHERE t.deleted_at IS NULL AND g.entity_type = ?"
                " AND g.entity_id IN (SELECT value FROM json_each(?)) ORDER BY t.name",
                (kind, ids_param(ids)),
            ):
                before[(kind, int(row["entity_id"]))].append(str(row["name"]))
    return before


def record_tag_changes(uow: UnitOfWork, before: TagsBefore) -> None:
    """Audit each record's ``tags`` as in ``before`` and as now (links have no log of their own)."""
    after = tags_before(uow, [{"entity_type": kind, "entity_id": i} for kind, i in before])
    for (kind, record_id), old in before.items():
        new = after.get((kind, record_id), [])
        if old != new:
            uow.record(ENTITY_TABLES[kind], record_id, "update", {"tags": [old, new]})


def _note_untagged(uow: UnitOfWork, taggings: list[dict[str, Any]], before: TagsBefore) -> None:
    uow.changes.deleted("taggings", [t["id"] for t in taggings])
    record_tag_changes(uow, before)
    # Views listing the records show their tags, so they must hear of it too.
    for kind, table in ENTITY_TABLES.items():
        ids = [t["entity_id"] for t in taggings if t["entity_type"] == kind]
        if ids:
            uow.changes.updated(table, ids)


# -- taggings ----------------------------------------------------------------
def _clean_names(names: Sequence[str]) -> list[str]:
    errors: dict[str, str] = {}
    cleaned: dict[str, str] = {}
    for index, name in enumerate(names):
        text = clean_tag_name(name)
        problem = tag_name_problem(text)
        if problem:
            errors[f"names[{index}]"] = problem
        else:
            cleaned.setdefault(tag_key(text), text)
    if errors:
        raise ValidationError(errors)
    return list(cleaned.values())


def _require_records(uow: UnitOfWork, entity_type: str, ids: Sequence[int]) -> list[int]:
    wanted = sorted({int(i) for i in ids})
    found = {
        row["id"]
        for row in uow.query(
            f"SELECT id FROM {_table(entity_type)} WHERE deleted_at IS NULL"
            " AND id IN (SELECT value FROM json_each(?))",
            (ids_param(wanted),),
        )
    }
    for record_id in wanted:
        if record_id not in found:
            raise NotFoundError(entity_type, record_id)
    return wanted


def tag_records(
    db: Database, entity_type: str, ids: Sequence[int], names: Sequence[str]
) -> Changes:
    """Put every tag in ``names`` on every record in ``ids``.

    Tags that do not exist yet are created; tags a record already has are
    left alone, so calling it twice changes nothing the second time.

    Raises:
        ValidationError: a bad entity type (``entity_type``) or tag name (``names[i]``).
        NotFoundError: one of the records is missing or trashed.
    """
    table = _table(entity_type)
    cleaned = _clean_names(names)
    with UnitOfWork(db) as uow:
        record_ids = _require_records(uow, entity_type, ids)
        if not cleaned or not record_ids:
            return Changes()
        existing = _all_tags(uow)
        live = {tag_key(r["name"]): int(r["id"]) for r in existing if r["deleted_at"] is None}
        tag_ids = [
            live.get(tag_key(name)) or _create_in(uow, name, "", existing) for name in cleaned
        ]
        present = {
            (row["tag_id"], row["entity_id"])
            for row in uow.query(
                "SELECT tag_id, entity_id FROM taggings WHERE entity_type = ?"
                " AND tag_id IN (SELECT value FROM json_each(?))"
                " AND entity_id IN (SELECT value FROM json_each(?))",
                (entity_type, ids_param(tag_ids), ids_param(record_ids)),
            )
        }
        missing = [
            (tag_id, entity_type, record_id)
            for tag_id in tag_ids
            for record_id in record_ids
            if (tag_id, record_id) not in present
        ]
        before = tags_before(
            uow, [{"entity_type": entity_type, "entity_id": row[2]} for row in missing]
        )
        uow.insert_many("taggings", ["tag_id", "entity_type", "entity_id"], missing)
        record_tag_changes(uow, before)
        if missing:
            uow.changes.updated(table, {row[2] for row in missing})
        return uow.commit()


def untag_records(
    db: Database, entity_type: str, ids: Sequence[int], names: Sequence[str]
) -> Changes:
    """Take the tags in ``names`` off the records in ``ids``; names no record has are ignored."""
    _table(entity_type)
    keys = {tag_key(name) for name in names}
    with UnitOfWork(db) as uow:
        tag_ids = [r["id"] for r in _all_tags(uow) if tag_key(r["name"]) in keys]
        params = (entity_type, ids_param(tag_ids), ids_param(ids))
        where = (
            " WHERE entity_type = ?"
            " AND tag_id IN (SELECT value FROM json_each(?))"
            " AND entity_id IN (SELECT value FROM json_each(?))"
        )
        taggings = uow.query("SELECT id, entity_type, entity_id FROM taggings" + where, params)
        before = tags_before(uow, taggings)
        uow.execute("DELETE FROM taggings" + where, params)
        _note_untagged(uow, taggings, before)
        return uow.commit()


def _tag_exists(name: str) -> str:
    return translate("validation", "a tag named {name} already exists").format(name=repr(name))

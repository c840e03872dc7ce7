"""The trash: every kind of record deleted (soft), brought back, or purged for good.

Purging deletes the row itself. Its audit entry (action ``purge``) keeps every
old value, so History still shows what was there. A purged record takes what
belongs to it alone (a ticket's messages, an order's lines, a deal's stage
moves, its tag links); other records that point at it let go of it (their
link becomes empty, logged as an update), unless they cannot be without it
(an order needs a contact or a company), which refuses the purge and says so.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import CrmError, NotFoundError, ValidationError, kind_name
from crm_desktop.domain.tags import ENTITY_TABLES
from crm_desktop.i18n import translate
from crm_desktop.services.activities import restore_activity
from crm_desktop.services.companies import restore_company
from crm_desktop.services.contacts import restore_contact
from crm_desktop.services.deals import restore_deal
from crm_desktop.services.orders import restore_order
from crm_desktop.services.tickets import restore_ticket
from crm_desktop.storage import search_index
from crm_desktop.storage.database import Database, to_iso
from crm_desktop.storage.unit_of_work import UnitOfWork

# Kind -> (table, SQL naming the record). In purge order: records that point
# at others go first, so purging everything old frees what they pointed at.
TRASH_KINDS: dict[str, tuple[str, str]] = {
    "activity": ("activities", "coalesce(nullif(subject, ''), kind)"),
    "order": ("orders", "'#' || id || ' ' || ordered_on"),
    "deal": ("deals", "title"),
    "ticket": ("tickets", "subject"),
    "contact": ("contacts", "trim(first_name || ' ' || last_name)"),
    "company": ("companies", "name"),
    "custom_field": ("custom_fields", "label || ' (' || entity_type || ')'"),
    "tag": ("tags", "name"),
}

# Rows that belong to one record alone, purged with it: (table, column -> parent).
_OWNED = {
    "deals": [("deal_stage_changes", "deal_id")],
    "tickets": [("ticket_messages", "ticket_id")],
    "orders": [("order_lines", "order_id")],
}


def _restore_plain(table: str) -> Callable[[Database, int], object]:
    def restore(db: Database, record_id: int) -> None:
        with UnitOfWork(db) as uow:
            uow.restore(table, record_id)
            uow.commit()

    return restore


# The services' own restores: they put search entries and names back too.
_RESTORE: dict[str, Callable[[Database, int], object]] = {
    "activity": restore_activity,
    "order": restore_order,
    "deal": restore_deal,
    "ticket": restore_ticket,
    "contact": restore_contact,
    "company": restore_company,
    "custom_field": _restore_plain("custom_fields"),
    "tag": _restore_plain("tags"),
}


@dataclass(frozen=True)
class TrashedRecord:
    kind: str
    id: int
    name: str
    deleted_at: str
    deleted_by: str


@dataclass(frozen=True)
class PurgeReport:
    purged: tuple[tuple[str, int], ...]
    refused: tuple[str, ...]  # why each record left in the trash was left


def _table(kind: str) -> str:
    try:
        return TRASH_KINDS[kind][0]
    except KeyError:
        known = ", ".join(TRASH_KINDS)
        raise ValidationError.single(
            "kind",
            translate("validation", "unknown kind {kind} (one of {known})").format(
                kind=repr(kind), known=known
            ),
        ) from None


def list_trash(db: Database, kind: str | None = None) -> list[TrashedRecord]:
    """Everything in the trash (or one kind of it), most recently deleted first.

    Raises:
        ValidationError: ``kind`` is not a kind of record the trash holds.
    """
    kinds = list(TRASH_KINDS) if kind is None else [kind]
    selects = []
    for each in kinds:
        table = _table(each)
        name = TRASH_KINDS[each][1]
        selects.append(
            f"SELECT '{each}' AS kind, id, coalesce({name}, '') AS name, deleted_at,"
            f" updated_by AS deleted_by FROM {table} WHERE deleted_at IS NOT NULL"
        )
    rows = db.query(" UNION ALL ".join(selects) + " ORDER BY deleted_at DESC, kind, id DESC")
    return [
        TrashedRecord(r["kind"], int(r["id"]), r["name"], r["deleted_at"], r["deleted_by"])
        for r in rows
    ]


def restore_from_trash(db: Database, kind: str, record_id: int) -> None:
    """Bring one record back, through its own service (search entries and all).

    Raises:
        ValidationError: unknown kind.
        NotFoundError: no such record in the trash.
    """
    _table(kind)
    _RESTORE[kind](db, record_id)


def purge(db: Database, kind: str, record_id: int) -> Changes:
    """Delete a trashed record for good (see the module docstring for what goes with it).

    Raises:
        ValidationError: unknown kind, or another record cannot be without this one.
        NotFoundError: no such record in the trash.
    """
    with UnitOfWork(db) as uow:
        purge_in(uow, kind, record_id)
        return uow.commit()


def purge_older_than(db: Database, days: int) -> PurgeReport:
    """Purge everything that has been in the trash more than ``days`` days.

    Each record goes in its own transaction: one that must stay does not keep
    the others.
    """
    if days < 0:
        raise ValidationError.single("days", translate("validation", "must be 0 or more"))
    cutoff = to_iso(db.clock() - timedelta(days=days))
    old = [r for r in list_trash(db) if r.deleted_at <= cutoff]
    old.sort(key=lambda r: list(TRASH_KINDS).index(r.kind))
    purged: list[tuple[str, int]] = []
    refused: list[str] = []
    for record in old:
        try:
            purge(db, record.kind, record.id)
        except CrmError as error:
            refused.append(
                translate("trash", "{kind} {id}: {reason}").format(
                    kind=kind_name(record.kind), id=record.id, reason=error
                )
            )
        else:
            purged.append((record.kind, record.id))
    return PurgeReport(tuple(purged), tuple(refused))


def purge_in(uow: UnitOfWork, kind: str, record_id: int) -> None:
    """Purge inside ``uow``: owned rows, links, references, then the record."""
    table = _table(kind)
    found = uow.query(f"SELECT deleted_at FROM {table} WHERE id = ?", (record_id,))
    if not found or found[0]["deleted_at"] is None:
        raise NotFoundError(kind, record_id, in_trash=True)
    for child_table, column in _OWNED.get(table, []):
        for child in uow.query(f"SELECT id FROM {child_table} WHERE {column} = ?", (record_id,)):
            uow.purge(child_table, int(child["id"]))
    tags = _unlink_tags(uow, kind, record_id)
    _let_go(uow, kind, table, record_id)
    uow.purge(table, record_id, also={"tags": tags} if tags else None)
    if kind in search_index.KIND_CODES:
        search_index.remove(uow.conn, kind, [record_id])


def _unlink_tags(uow: UnitOfWork, kind: str, record_id: int) -> list[str]:
    """Delete the tag links of the record (or of the tag); the record's tag names."""
    if kind == "tag":
        uow.execute("DELETE FROM taggings WHERE tag_id = ?", (record_id,))
        return []
    if kind not in ENTITY_TABLES:
        return []
    names = [
        str(r["name"])
        for r in uow.query(
            "SELECT t.name FROM taggings g JOIN tags t ON t.id = g.tag_id"
            " WHERE g.entity_type = ? AND g.entity_id = ? ORDER BY t.name",
            (kind, record_id),
        )
    ]
    uow.execute("DELETE FROM taggings WHERE entity_type = ? AND entity_id = ?", (kind, record_id))
    return names


def _let_go(uow: UnitOfWork, kind: str, table: str, record_id: int) -> None:
    """Empty every other row's link to the record, each logged as an update."""
    tables = [r["name"] for r in uow.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for other in tables:
        for key in uow.query(f"SELECT * FROM pragma_foreign_key_list('{other}')"):
            if key["table"] != table:
                continue
            column = key["from"]
            for row in uow.query(f"SELECT id FROM {other} WHERE {column} = ?", (record_id,)):
                try:
                    uow.update(other, int(row["id"]), {column: None}, include_trashed=True)
                except sqlite3.IntegrityError:
                    who = TRASH_KIND_OF.get(other, other)
                    raise ValidationError.single(
                        "id",
                        translate(
                            "trash",
                            "{other} {other_id} cannot be without {kind} {id}; "
                            "purge or change that {other} first",
                        ).format(
                            other=kind_name(who),
                            other_id=row["id"],
                            kind=kind_name(kind),
                            id=record_id,
                        ),
                    ) from None


TRASH_KIND_OF = {table: kind for kind, (table, _) in TRASH_KINDS.items()}

"""Actions on many contacts or companies at once: trash, restore, assign an owner.

Each call is one unit of work, so a table view's bulk action publishes one
``Changes`` value (one reload) instead of one per record, and it is all or
nothing. Callers with very many ids split them into chunks to show progress.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.companies import stored_company_entry
from crm_desktop.services.contact_checks import stored_contact_entry
from crm_desktop.services.related_index import reindex_around_companies, reindex_around_contacts
from crm_desktop.storage import search_index
from crm_desktop.storage.database import IN_IDS, Database, ids_param
from crm_desktop.storage.unit_of_work import UnitOfWork

__all__ = [
    "assign_companies_owner",
    "assign_contacts_owner",
    "delete_companies",
    "delete_contacts",
    "restore_companies",
    "restore_contacts",
]


Reindex = Callable[[UnitOfWork, Iterable[int]], None]


def _unique(ids: Sequence[int]) -> list[int]:
    return list(dict.fromkeys(int(i) for i in ids))


def _assign_owner(db: Database, table: str, ids: Sequence[int], owner_id: int | None) -> Changes:
    with UnitOfWork(db) as uow:
        if owner_id is not None and not uow.is_live("users", owner_id):
            raise ValidationError.single("owner_id", "no such user")
        for record_id in _unique(ids):
            uow.update(table, record_id, {"owner_id": owner_id})
        return uow.commit()


def _trash(
    db: Database, table: str, kind: str, ids: Sequence[int], reindex_around: Reindex
) -> Changes:
    wanted = _unique(ids)
    with UnitOfWork(db) as uow:
        for record_id in wanted:
            uow.soft_delete(table, record_id)
        search_index.remove(uow.conn, kind, wanted)
        # Deals and tickets (and a company's contacts) drop the trashed names.
        reindex_around(uow, wanted)
        return uow.commit()


# -- contacts -------------------------------------------------------------------
def delete_contacts(db: Database, ids: Sequence[int]) -> Changes:
    """Move these contacts to the trash; ``restore_contacts`` brings them back.

    Raises:
        NotFoundError: one of them is missing or already in the trash (nothing is trashed).
    """
    return _trash(db, "contacts", "contact", ids, reindex_around_contacts)


def restore_contacts(db: Database, ids: Sequence[int]) -> Changes:
    """Bring these contacts back from the trash, with their search entries.

    Raises:
        NotFoundError: one of them is not in the trash (nothing is restored).
    """
    wanted = _unique(ids)
    with UnitOfWork(db) as uow:
        for contact_id in wanted:
            uow.restore("contacts", contact_id)
        rows = uow.query(
            "SELECT c.*, co.name AS company FROM contacts c LEFT JOIN companies co"
            " ON co.id = c.company_id AND co.deleted_at IS NULL"
            " WHERE c.id " + IN_IDS,
            (ids_param(wanted),),
        )
        search_index.put(
            uow.conn, [stored_contact_entry(row, row["company"] or "") for row in rows]
        )
        reindex_around_contacts(uow, wanted)
        return uow.commit()


def assign_contacts_owner(db: Database, ids: Sequence[int], owner_id: int | None) -> Changes:
    """Make ``owner_id`` (None: nobody) the owner of these contacts.

    Raises:
        ValidationError: ``owner_id`` is not a user.
        NotFoundError: one of the contacts is missing or trashed (nothing changes).
    """
    return _assign_owner(db, "contacts", ids, owner_id)


# -- companies ------------------------------------------------------------------
def delete_companies(db: Database, ids: Sequence[int]) -> Changes:
    """Move these companies to the trash; their contacts stay, showing no company.

    Raises:
        NotFoundError: one of them is missing or already in the trash (nothing is trashed).
    """
    return _trash(db, "companies", "company", ids, reindex_around_companies)


def restore_companies(db: Database, ids: Sequence[int]) -> Changes:
    """Bring these companies back, with their and their contacts' search entries.

    Raises:
        NotFoundError: one of them is not in the trash (nothing is restored).
    """
    wanted = _unique(ids)
    with UnitOfWork(db) as uow:
        for company_id in wanted:
            uow.restore("companies", company_id)
        rows = uow.query(
            "SELECT * FROM companies WHERE id " + IN_IDS,
            (ids_param(wanted),),
        )
        search_index.put(uow.conn, [stored_company_entry(row) for row in rows])
        reindex_around_companies(uow, wanted)
        return uow.commit()


def assign_companies_owner(db: Database, ids: Sequence[int], owner_id: int | None) -> Changes:
    """Make ``owner_id`` (None: nobody) the owner of these companies.

    Raises:
        ValidationError: ``owner_id`` is not a user.
        NotFoundError: one of the companies is missing or trashed (nothing changes).
    """
    return _assign_owner(db, "companies", ids, owner_id)

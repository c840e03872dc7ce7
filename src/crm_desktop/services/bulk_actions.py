"""Actions on many contacts or companies at once: trash, restore, assign an owner.

Each call is one unit of work, so a table view's bulk action publishes one
``Changes`` value (one reload) instead of one per record, and it is all or
nothing. Callers with very many ids split them into chunks to show progress.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import translate
from crm_desktop.services.companies import put_companies_in_trash, take_companies_from_trash
from crm_desktop.services.contacts import put_contacts_in_trash, take_contacts_from_trash
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork

Action = Callable[[UnitOfWork, Sequence[int]], None]

__all__ = [
    "assign_companies_owner",
    "assign_contacts_owner",
    "delete_companies",
    "delete_contacts",
    "restore_companies",
    "restore_contacts",
]


def _unique(ids: Sequence[int]) -> list[int]:
    return list(dict.fromkeys(int(i) for i in ids))


def _in_one_unit(db: Database, action: Action, ids: Sequence[int]) -> Changes:
    with UnitOfWork(db) as uow:
        action(uow, _unique(ids))
        return uow.commit()


def _assign_owner(db: Database, table: str, ids: Sequence[int], owner_id: int | None) -> Changes:
    with UnitOfWork(db) as uow:
        if owner_id is not None and not uow.is_live("users", owner_id):
            raise ValidationError.single("owner_id", translate("validation", "no such user"))
        for record_id in _unique(ids):
            uow.update(table, record_id, {"owner_id": owner_id})
        return uow.commit()


# -- contacts -------------------------------------------------------------------
def delete_contacts(db: Database, ids: Sequence[int]) -> Changes:
    """Move these contacts to the trash; ``restore_contacts`` brings them back.

    Raises:
        NotFoundError: one of them is missing or already in the trash (nothing is trashed).
    """
    return _in_one_unit(db, put_contacts_in_trash, ids)


def restore_contacts(db: Database, ids: Sequence[int]) -> Changes:
    """Bring these contacts back from the trash, with their search entries.

    Raises:
        NotFoundError: one of them is not in the trash (nothing is restored).
    """
    return _in_one_unit(db, take_contacts_from_trash, ids)


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
    return _in_one_unit(db, put_companies_in_trash, ids)


def restore_companies(db: Database, ids: Sequence[int]) -> Changes:
    """Bring these companies back, with their and their contacts' search entries.

    Raises:
        NotFoundError: one of them is not in the trash (nothing is restored).
    """
    return _in_one_unit(db, take_companies_from_trash, ids)


def assign_companies_owner(db: Database, ids: Sequence[int], owner_id: int | None) -> Changes:
    """Make ``owner_id`` (None: nobody) the owner of these companies.

    Raises:
        ValidationError: ``owner_id`` is not a user.
        NotFoundError: one of the companies is missing or trashed (nothing changes).
    """
    return _assign_owner(db, "companies", ids, owner_id)

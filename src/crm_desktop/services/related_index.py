"""Search entries that hold another record's name, kept in step with that name.

A contact's entry holds its company's name; a deal's and a ticket's hold their
contact's and company's. So renaming, trashing or restoring a company or a
contact rewrites those entries, in the same unit of work as the change. A
trashed company or contact lends its name to no entry until it is restored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from crm_desktop.services.contact_checks import index_contacts_of_company
from crm_desktop.services.deals import reindex_deals
from crm_desktop.services.tickets import reindex_tickets
from crm_desktop.storage.database import IN_IDS, ids_param
from crm_desktop.storage.unit_of_work import UnitOfWork


def reindex_around_companies(uow: UnitOfWork, company_ids: Iterable[int]) -> None:
    """Rewrite the entries of the companies' contacts, deals and tickets."""
    ids = ids_param(company_ids)
    names = {
        int(r["id"]): str(r["name"])
        for r in uow.query(
            f"SELECT id, name FROM companies WHERE deleted_at IS NULL AND id {IN_IDS}", (ids,)
        )
    }
    for company_id in json.loads(ids):
        index_contacts_of_company(uow, company_id, names.get(company_id, ""))
    reindex_deals(uow, f"d.company_id {IN_IDS}", (ids,))
    reindex_tickets(uow, f"t.company_id {IN_IDS}", (ids,))


def reindex_around_contacts(uow: UnitOfWork, contact_ids: Iterable[int]) -> None:
    """Rewrite the entries of the contacts' deals and tickets."""
    ids = ids_param(contact_ids)
    reindex_deals(uow, f"d.contact_id {IN_IDS}", (ids,))
    reindex_tickets(uow, f"t.contact_id {IN_IDS}", (ids,))

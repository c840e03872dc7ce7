"""Column mappings saved in the CRM file (``import_mappings``), found again by a file's headers."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from crm_desktop.domain.changes import Changes
from crm_desktop.interchange.mappings import header_signature
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork


def find_saved_mapping(
    db: Database, entity: str, headers: Sequence[str]
) -> dict[str, str | None] | None:
    """The mapping saved for a file with these headers (any order or case), or None."""
    row = db.query_one(
        "SELECT mapping FROM import_mappings WHERE entity = ? AND signature = ?"
        " AND deleted_at IS NULL",
        (entity, header_signature(headers)),
    )
    if row is None:
        return None
    data = json.loads(row["mapping"])
    return {str(k): (None if v is None else str(v)) for k, v in data.items()}


def save_mapping(
    db: Database,
    entity: str,
    headers: Sequence[str],
    mapping: Mapping[str, str | None],
    name: str = "",
) -> Changes:
    """Remember ``mapping`` for the next file with the same headers (replacing an older one)."""
    signature = header_signature(headers)
    text = json.dumps(dict(mapping), ensure_ascii=False)
    with UnitOfWork(db) as uow:
        row = uow.conn.execute(
            "SELECT id, deleted_at FROM import_mappings WHERE entity = ? AND signature = ?",
            (entity, signature),
        ).fetchone()
        if row is None:
            uow.insert(
                "import_mappings",
                {"entity": entity, "signature": signature, "name": name, "mapping": text},
            )
        else:
            if row[1] is not None:
                uow.restore("import_mappings", int(row[0]))
            uow.update("import_mappings", int(row[0]), {"name": name, "mapping": text})
        return uow.commit()

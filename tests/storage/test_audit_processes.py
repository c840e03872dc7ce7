"""Writers in separate OS processes chain their audit entries onto one another correctly."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from crm_desktop.services.contacts import update_contact
from crm_desktop.services.files import open_crm_file
from crm_desktop.storage import audit
from crm_desktop.storage.database import Database
from tests.services.records import add_contact

WRITERS = 3
EDITS = 25


def _edit(path: str, contact_id: int, writer: int) -> None:
    """One writer process: its own connection, many small transactions."""
    db = open_crm_file(Path(path), user=f"writer{writer}")
    try:
        for edit in range(EDITS):
            update_contact(db, contact_id, {"job_title": f"w{writer} e{edit}"})
    finally:
        db.close()


def test_concurrent_writers_leave_one_unbroken_chain(db: Database, db_path: Path) -> None:
    contact_id = add_contact(db)
    context = multiprocessing.get_context("spawn")
    writers = [
        context.Process(target=_edit, args=(str(db_path), contact_id, n)) for n in range(WRITERS)
    ]

    for process in writers:
        process.start()
    for process in writers:
        process.join(timeout=120)

    assert [p.exitcode for p in writers] == [0] * WRITERS
    assert audit.verify(db.conn) == []
    updates = db.query(
        "SELECT user, count(*) AS n FROM audit_log WHERE action = 'update' GROUP BY user"
    )
    assert {r["user"]: r["n"] for r in updates} == {f"writer{n}": EDITS for n in range(WRITERS)}
    version = db.scalar("SELECT version FROM contacts WHERE id = ?", (contact_id,))
    assert version == 1 + WRITERS * EDITS

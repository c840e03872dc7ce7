"""Eight OS processes edit one shared-mode file at once: nothing lost, nothing damaged."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from collections import defaultdict
from pathlib import Path
from typing import Any

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.files import open_crm_file
from crm_desktop.storage import audit
from crm_desktop.storage.modes import StorageMode
from tests.concurrency.conftest import read_log, worker_command

PROCESSES = 8
EDITS = 300
SHARED_CONTACTS = 12


def _prepare(path: Path) -> list[int]:
    db = open_crm_file(path, user="setup", mode=StorageMode.SHARED)
    try:
        return [
            create_contact(db, ContactDraft(first_name=f"Shared {n}")).id
            for n in range(SHARED_CONTACTS)
        ]
    finally:
        db.close()


def _check_against_logs(path: Path, logs: list[list[dict[str, Any]]], ids: list[int]) -> None:
    commits: dict[int, list[dict[str, Any]]] = defaultdict(list)
    created: list[dict[str, Any]] = []
    for log in logs:
        for entry in log:
            if entry["op"] == "update":
                commits[entry["id"]].append(entry)
            elif entry["op"] == "create":
                created.append(entry)
            else:
                assert entry["actual"] > entry["expected"], entry  # a real, reported conflict
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for contact_id in ids:
            version, notes, job = conn.execute(
                "SELECT version, notes, job_title FROM contacts WHERE id = ?", (contact_id,)
            ).fetchone()
            versions = sorted(e["version"] for e in commits[contact_id])
            # Every bump of the version is one acknowledged edit: none lost, none twice.
            assert versions == list(range(2, version + 1)), contact_id
            for field, value in (("notes", notes), ("job_title", job)):
                last = max(
                    (e for e in commits[contact_id] if e["field"] == field),
                    key=lambda e: e["version"],
                    default=None,
                )
                assert value == (last["value"] if last else ""), (contact_id, field)
        for entry in created:
            row = conn.execute("SELECT notes FROM contacts WHERE id = ?", (entry["id"],)).fetchone()
            assert row == (entry["notes"],)
        _check_audit(conn, commits, created)


def _check_audit(
    conn: sqlite3.Connection,
    commits: dict[int, list[dict[str, Any]]],
    created: list[dict[str, Any]],
) -> None:
    """The audit log holds one entry per acknowledged change, with its new value; chain intact."""
    assert audit.verify(conn) == []
    for contact_id, entries in commits.items():
        logged = conn.execute(
            "SELECT changes FROM audit_log WHERE table_name = 'contacts' AND record_id = ?"
            " AND action = 'update' ORDER BY id",
            (contact_id,),
        ).fetchall()
        written = [json.loads(row[0]) for row in logged]
        assert len(written) == len(entries), contact_id
        for entry in entries:
            assert any(w.get(entry["field"], [None, None])[1] == entry["value"] for w in written)
    for entry in created:
        assert conn.execute(
            "SELECT count(*) FROM audit_log WHERE table_name = 'contacts' AND record_id = ?"
            " AND action = 'create'",
            (entry["id"],),
        ).fetchone() == (1,)


def test_eight_processes_editing_the_same_records_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    ids = _prepare(path)
    id_text = ",".join(map(str, ids))
    logs = [tmp_path / f"worker{n}.log" for n in range(PROCESSES)]

    workers = [
        subprocess.Popen(worker_command("edits", path, logs[n], EDITS, n + 1, id_text))
        for n in range(PROCESSES)
    ]
    codes = [w.wait(timeout=600) for w in workers]

    assert codes == [0] * PROCESSES
    entries = [read_log(log) for log in logs]
    assert [len(e) for e in entries] == [EDITS] * PROCESSES
    assert sum(e["op"] == "conflict" for log in entries for e in log) > 0
    _check_against_logs(path, entries, ids)

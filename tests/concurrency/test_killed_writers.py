"""A writer killed with SIGKILL in the middle of writing never damages the file or loses acks."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import deque
from pathlib import Path

import pytest

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.files import open_crm_file
from crm_desktop.storage.modes import StorageMode
from tests.concurrency.conftest import read_log, worker_command

KILLS = 50
WARM = 4  # workers started ahead, so importing one overlaps the checks of another


def _start(path: Path, log: Path, seed: int, ids: str) -> subprocess.Popen[str]:
    worker = subprocess.Popen(
        worker_command("forever", path, log, seed, ids),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    return worker


def _check(path: Path, logs: list[Path]) -> None:
    db = open_crm_file(path, user="checker")  # rolls back the hot journal, breaks the dead lock
    db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = {
            r[0]: (r[1], r[2], r[3])
            for r in conn.execute("SELECT id, version, notes, job_title FROM contacts")
        }
    for log in logs:
        for entry in read_log(log):
            if entry["op"] == "create":
                assert entry["id"] in rows, entry
            elif entry["op"] == "update":
                version, notes, job = rows[entry["id"]]
                assert version >= entry["version"], entry  # acknowledged, so it is there
                if version == entry["version"]:
                    assert {"notes": notes, "job_title": job}[entry["field"]] == entry["value"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_fifty_writers_killed_mid_write_leave_a_sound_file(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    db = open_crm_file(path, user="setup", mode=StorageMode.SHARED)
    ids = ",".join(str(create_contact(db, ContactDraft(first_name=f"C{n}")).id) for n in range(5))
    db.close()
    rng = random.Random(5)
    logs = [tmp_path / f"kill{n}.log" for n in range(KILLS)]
    warm = deque(_start(path, logs[n], n, ids) for n in range(WARM))

    for number in range(KILLS):
        worker = warm.popleft()
        assert worker.stdout is not None and worker.stdout.readline() == "ready\n"
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
        wanted = rng.randint(1, 4)
        deadline = time.monotonic() + 30
        while len(read_log(logs[number])) < wanted and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(rng.random() * 0.01)  # land anywhere inside the next transaction
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        if number + WARM < KILLS:
            warm.append(_start(path, logs[number + WARM], number + WARM, ids))
        assert len(read_log(logs[number])) >= wanted
        _check(path, logs[: number + 1])

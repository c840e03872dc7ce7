"""A client process for the concurrency tests: edits a shared file, logs what it committed.

``python worker.py edits DB LOG N SEED IDS``: N random edits (most to the shared
contacts IDS, so processes collide), then exit. ``python worker.py forever DB
LOG SEED IDS``: import, print "ready", wait for a line on stdin, then edit until
killed. Each line of LOG is JSON written *after* the change was acknowledged
(the commit returned): committed edits, creations and each conflict reported.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import TextIO

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import ConflictError, StorageError
from crm_desktop.services.contacts import create_contact, get_contact, update_contact
from crm_desktop.services.files import open_crm_file
from crm_desktop.storage.database import Database

FIELDS = ("notes", "job_title")


def one_edit(
    db: Database, rng: random.Random, ids: list[int], seen: dict[int, int], tag: str, log: TextIO
) -> None:
    if rng.random() < 0.15:
        name = f"{tag}-new"
        created = create_contact(db, ContactDraft(first_name=name, notes=tag))
        log.write(json.dumps({"op": "create", "id": created.id, "notes": tag}) + "\n")
        return
    contact_id = rng.choice(ids)
    fresh = get_contact(db, contact_id).version
    # Now and then edit from an older read, as a user whose form was open a while.
    expected = seen.get(contact_id, fresh) if rng.random() < 0.3 else fresh
    seen[contact_id] = fresh
    field = rng.choice(FIELDS)
    try:
        update_contact(db, contact_id, {field: tag}, expected_version=expected)
    except ConflictError as error:
        entry = {"op": "conflict", "id": contact_id, "expected": expected, "actual": error.actual}
        log.write(json.dumps(entry) + "\n")
        return
    version = expected + 1  # the version this commit wrote: the update checked ``expected``
    entry = {"op": "update", "id": contact_id, "field": field, "value": tag, "version": version}
    log.write(json.dumps(entry) + "\n")


def main(argv: list[str]) -> int:
    kind, path, log_path = argv[0], Path(argv[1]), Path(argv[2])
    if kind == "edits":
        count, seed, ids_text = int(argv[3]), int(argv[4]), argv[5]
    else:
        count, seed, ids_text = 10**9, int(argv[3]), argv[4]
        print("ready", flush=True)
        sys.stdin.readline()
    ids = [int(i) for i in ids_text.split(",")]
    rng = random.Random(seed)
    db = open_crm_file(path, user=f"worker{seed}")
    seen: dict[int, int] = {}
    busy = 0
    with log_path.open("a", encoding="utf-8", buffering=1) as log:
        for number in range(count):
            try:
                one_edit(db, rng, ids, seen, f"s{seed}-e{number}", log)
            except StorageError as error:
                busy += 1  # gave up waiting: nothing was saved, and nothing logged
                cause = error.__cause__
                code = getattr(cause, "sqlite_errorname", "")
                print(f"worker {seed}: {error} {code}", file=sys.stderr)
    db.close()
    return 0 if busy == 0 else 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

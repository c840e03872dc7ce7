"""A shared-mode file (rollback journal + lock file) under several writer processes.

Edits per second with 1, 2, 4 and 8 writer processes, each making version-checked
contact edits through the services for a few seconds (conflicts are retried and
not counted); and how long an idle client, polling as the GUI does (once a
second, storage/sessions.ChangeWatch), takes to see another process's change.

Run alone: ``python bench/bench_shared.py``. A process started with
``--writer`` is one of the writers (it prints "ready" and waits for "go").
"""

from __future__ import annotations

import math
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import OUT, Figure, print_figures
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import ConflictError
from crm_desktop.services.contacts import create_contact, get_contact, update_contact
from crm_desktop.services.files import open_crm_file
from crm_desktop.storage.modes import StorageMode
from crm_desktop.storage.sessions import ChangeWatch

BENCH = "shared"
WRITERS = (1, 2, 4, 8)
SECONDS = 4.0
CONTACTS = 50
POLL_SECONDS = 1.0  # ui/live_updates.POLL_MS
SIGHTINGS = 6


def _writer(path: Path, seed: int, seconds: float) -> None:
    """Edit random contacts for ``seconds`` once told "go"; print edits and conflicts."""
    db = open_crm_file(path, user=f"writer{seed}")
    rng = random.Random(seed)
    print("ready", flush=True)
    sys.stdin.readline()
    edits = conflicts = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        contact_id = rng.randint(1, CONTACTS)
        version = get_contact(db, contact_id).version
        try:
            update_contact(db, contact_id, {"notes": f"{seed}-{edits}"}, version)
            edits += 1
        except ConflictError:
            conflicts += 1
    db.close()
    print(f"{edits} {conflicts}", flush=True)


def _fresh_file(name: str) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / name
    for old in OUT.glob(name + "*"):
        old.unlink()
    db = open_crm_file(path, user="bench", mode=StorageMode.SHARED)
    for n in range(CONTACTS):
        create_contact(db, ContactDraft(first_name=f"Shared {n}"))
    db.close()
    return path


def _spawn(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, __file__, *map(str, args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def edits_per_second(writers: int) -> tuple[float, int]:
    """Total committed edits per second and conflicts, ``writers`` processes at once."""
    path = _fresh_file(f"shared_{writers}.sqlite3")
    procs = [_spawn("--writer", path, n + 1, SECONDS) for n in range(writers)]
    for proc in procs:  # all imported and open before the clock starts
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    edits = conflicts = 0
    for proc in procs:
        out, _ = proc.communicate(timeout=SECONDS * 20 + 60)
        done, clashed = out.split()
        edits += int(done)
        conflicts += int(clashed)
    return edits / SECONDS, conflicts


def _editor(path: Path) -> None:
    """Make one edit per line read; print the wall-clock time of each commit."""
    db = open_crm_file(path, user="colleague")
    print("ready", flush=True)
    for line in sys.stdin:
        if not line.strip():
            break
        contact = get_contact(db, 1)
        update_contact(db, 1, {"notes": line.strip()}, contact.version)
        print(f"{time.time():.6f}", flush=True)
    db.close()


def time_to_see_a_change() -> tuple[list[float], float]:
    """Seconds from a colleague's commit to an idle client noticing; and one poll's cost."""
    path = _fresh_file("shared_watch.sqlite3")
    watcher = open_crm_file(path, user="idle")
    watch = ChangeWatch(watcher)
    editor = _spawn("--editor", path)
    assert editor.stdout is not None and editor.stdin is not None
    assert editor.stdout.readline().strip() == "ready"
    started = time.perf_counter()
    polls = 200
    for _ in range(polls):
        watch.changed_elsewhere()
    poll_cost = (time.perf_counter() - started) / polls
    rng = random.Random(3)
    delays = []
    first_tick = time.monotonic()  # the idle client's timer ticks every POLL_SECONDS from here
    for number in range(SIGHTINGS):
        # The edit lands anywhere between two polls, as a colleague's would.
        time.sleep(rng.random() * POLL_SECONDS)
        editor.stdin.write(f"edit {number}\n")
        editor.stdin.flush()
        committed = float(editor.stdout.readline())
        while True:
            now = time.monotonic()
            ticks = math.floor((now - first_tick) / POLL_SECONDS) + 1
            time.sleep(first_tick + ticks * POLL_SECONDS - now)
            if watch.changed_elsewhere():
                delays.append(time.time() - committed)
                break
    editor.stdin.write("\n")
    editor.stdin.flush()
    editor.wait(timeout=60)
    watcher.close()
    return delays, poll_cost


def run() -> list[Figure]:
    figures = []
    single = 0.0
    for writers in WRITERS:
        rate, conflicts = edits_per_second(writers)
        single = single or rate
        figures.append(
            Figure(
                BENCH,
                f"edits/s, {writers} writer process{'es' if writers > 1 else ''}",
                rate,
                "/s",
                f"{rate / single:.2f}x of one writer, {conflicts} conflicts retried",
            )
        )
    delays, poll_cost = time_to_see_a_change()
    figures.append(
        Figure(
            BENCH,
            "idle client sees a change, median",
            statistics.median(delays) * 1000,
            "ms",
            f"max {max(delays) * 1000:.0f} ms, polling every {POLL_SECONDS:.0f} s; target < 2 s",
        )
    )
    figures.append(Figure(BENCH, "one poll (data_version) costs", poll_cost * 1e6, "µs"))
    return figures


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--writer":
        _writer(Path(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]))
    elif len(sys.argv) > 1 and sys.argv[1] == "--editor":
        _editor(Path(sys.argv[2]))
    else:
        print_figures(run())

"""The lock file that keeps clients of a shared-mode file from writing at once.

Why a lock file of our own: on a network drive SQLite's byte-range locks are
only as good as the share's. sqlite.org ("How To Corrupt An SQLite Database
File", "Using SQLite Over a Network") names broken or missing network locks as
the first way to damage a file: NFS without a working lock daemon, SMB servers
that fake locks, FUSE mounts such as sshfs whose locks never leave the client
(two sshfs mounts of one folder see none of each other's locks). Worse than a
second writer is a *reader* that, seeing no lock, takes a writer's fresh
journal for a crashed one and "rolls it back" under it.

So in shared mode every client, around every transaction it runs (writes and
reads alike), holds ``<file>.lock``: a file created with ``O_CREAT|O_EXCL``,
which is one atomic create on the server for local disks, SMB, NFSv3+ and
SFTP, holding its owner (user, host, pid, time) so a waiting colleague reads
"the file is busy (in use by anna@pc-2)". SQLite's own locks still apply on
top (``BEGIN IMMEDIATE``), so the two protect each other's gaps.

We did not pick SQLite's ``unix-dotfile`` VFS: it exists only on Unix (Windows
clients of the same share could not join it), a crash leaves its lock behind
with no owner to ask, and clients using different VFSes would ignore each
other's locks, itself a way to corrupt the file.

Stale locks: a lock is broken when its owner is a process of this host that
is gone, or when it has neither changed nor been refreshed for
``STALE_AFTER_SECONDS`` (the holder refreshes its mtime every
``HEARTBEAT_SECONDS`` however long it holds on). The waiter measures that on
its own monotonic clock, so clocks of different machines never matter. A lock
is broken by renaming it away and checking the renamed file is the stale one;
when a racing client's fresh lock was renamed instead, it is put back.

Fairness: a client that has waited ``QUEUE_AFTER_SECONDS`` claims
``<file>.lock.next`` (same O_EXCL rule, refreshed while it waits); while that
claim stands nobody else takes the lock, so a busy colleague releasing and
retaking it in a loop cannot starve the one waiting longest.
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from crm_desktop.domain.errors import StorageError
from crm_desktop.i18n import translate
from crm_desktop.storage.lock_owner import LockOwner, WaitQueue, process_alive

WAIT_SECONDS = 30.0  # give up waiting for the lock after this long
STALE_AFTER_SECONDS = 20.0
HEARTBEAT_SECONDS = 4.0
QUEUE_AFTER_SECONDS = 0.05  # a waiter this long takes the "next" place in line
_FIRST_PAUSE = 0.002
_LONGEST_PAUSE = 0.02


# Called while waiting: (who holds the lock, seconds waited so far, the give-up limit).
WaitListener = Callable[[str, float, float], None]


def lock_path_of(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def failure_text(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return translate("storage", "the disk is full")
    return error.strerror or str(error)


class FileLock:
    """``<file>.lock`` held around transactions; re-entrant on one thread.

    Threads of one process take turns through an in-process lock first; a
    thread waiting for another (the GUI thread for a background job) is told
    through ``on_wait`` too, so it can keep its window painted.
    """

    def __init__(
        self,
        database: Path,
        user: str,
        *,
        wait_seconds: float = WAIT_SECONDS,
        tolerate_read_only: bool = False,
    ) -> None:
        """``tolerate_read_only``: in a folder nobody may write, go on without a lock.

        Nobody can write the file there either, nor roll back a journal, so
        there is nothing to keep apart; the file opens read-only.
        """
        self.path = lock_path_of(database)
        self.tolerate_read_only = tolerate_read_only
        self.next_path = self.path.with_name(self.path.name + ".next")
        self.user = user
        self.host = socket.gethostname()
        self.wait_seconds = wait_seconds
        self.stale_after = STALE_AFTER_SECONDS
        self.on_wait: WaitListener | None = None
        self.waiting = False  # True while a client of this lock is waiting for it
        self._depth = 0
        self._guard = threading.RLock()  # which thread of this process holds the lock
        self._owner: LockOwner | None = None
        self._held_since = 0.0
        self._stop = threading.Event()
        self._heart: threading.Thread | None = None

    @property
    def held(self) -> bool:
        return self._depth > 0

    @contextlib.contextmanager
    def holding(self, wait: float | None = None) -> Iterator[None]:
        self.acquire(wait)
        try:
            yield
        finally:
            self.release()

    def acquire(self, wait: float | None = None) -> None:
        """Take the lock, waiting with growing pauses up to ``wait`` (``wait_seconds``).

        Raises:
            StorageError: still busy after the wait ("in use by NAME"), or the
                lock file cannot be created at all (read-only folder...).
        """
        started = time.monotonic()
        limit = self.wait_seconds if wait is None else wait
        while not self._guard.acquire(timeout=min(0.05, limit)):
            waited = time.monotonic() - started
            if waited >= limit:
                raise StorageError(
                    translate(
                        "storage",
                        "{path}: the file is busy (in use by another task of this program); "
                        "gave up after {seconds} s and nothing was saved",
                    ).format(path=self.path.with_suffix(""), seconds=f"{waited:.0f}")
                )
            self._tell_waiting("", waited)
        try:
            if self._depth:
                self._depth += 1
                return
            self._take(started, limit)
        except BaseException:
            self._guard.release()
            raise
        self._depth = 1

    def _take(self, started: float, limit: float) -> None:
        owner = LockOwner(
            self.user,
            self.host,
            os.getpid(),
            time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            uuid.uuid4().hex,
        )
        pause = _FIRST_PAUSE
        seen: tuple[str, float] | None = None  # the holder's lock as last read
        seen_since = started
        queue = WaitQueue(self.next_path, owner, self.host, self.stale_after)
        try:
            while queue.others_first() or not self._try_create(owner):
                self.waiting = True
                now = time.monotonic()
                if now - started >= QUEUE_AFTER_SECONDS:
                    queue.claim()
                current = self._read()
                if current != seen:
                    seen, seen_since = current, now
                holder = LockOwner.from_text(current[0]) if current else None
                if current is not None and self._is_stale(holder, now - seen_since):
                    self._break(current)
                    continue
                waited = now - started
                if waited >= limit:
                    who = holder.name if holder else translate("storage", "another program")
                    raise StorageError(
                        translate(
                            "storage",
                            "{path}: the file is busy (in use by {name}); "
                            "gave up after {seconds} s and nothing was saved",
                        ).format(path=self.path.with_suffix(""), name=who, seconds=f"{waited:.0f}")
                    )
                self._tell_waiting(holder.name if holder else "", waited)
                time.sleep(pause * (0.5 + random.random()))  # jitter: waiters spread out
                pause = min(pause * 2, _LONGEST_PAUSE)
        finally:
            self.waiting = False
            queue.leave()
        self._owner = owner
        self._held_since = time.monotonic()
        self._start_heartbeat()

    def _tell_waiting(self, who: str, waited: float) -> None:
        if self.on_wait is not None:
            self.on_wait(who, waited, self.wait_seconds)

    def release(self) -> None:
        """Undo one ``acquire`` of this thread; the outermost removes the lock file."""
        if self._depth == 0:
            return
        self._depth -= 1
        try:
            if not self._depth:
                owner, self._owner = self._owner, None
                current = self._read()
                mine = current is not None and owner is not None and owner.token in current[0]
                if mine:
                    with contextlib.suppress(FileNotFoundError):
                        self.path.unlink()
        finally:
            self._guard.release()

    def close(self) -> None:
        with contextlib.suppress(RuntimeError):  # held by another thread: it releases
            while self._depth:
                self.release()
        self._stop.set()

    # -- the file ---------------------------------------------------------------
    def _try_create(self, owner: LockOwner) -> bool:
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        except OSError as error:
            # Shares answer an existing file with their own codes: sshfs/SFTP says EPERM,
            # Windows says access denied while a deleted lock lingers. Held, then.
            if os.path.lexists(self.path):
                return False
            refused = error.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
            if refused and not os.access(self.path.parent, os.W_OK):
                if self.tolerate_read_only:
                    return True  # a folder we may not write: we cannot write the file either
            elif refused:
                return False  # the lock was there a moment ago and has just been released
            raise StorageError(
                translate("storage", "cannot create the lock file {path}: {reason}").format(
                    path=self.path, reason=error
                )
            ) from None
        try:
            os.write(fd, owner.to_json().encode())
            os.close(fd)
        except OSError as error:
            # A full disk or a lost share: an ownerless lock would make every client
            # wait for the stale rule, so take it away again and say why.
            with contextlib.suppress(OSError):
                os.close(fd)
            with contextlib.suppress(OSError):
                self.path.unlink()
            raise StorageError(
                translate(
                    "storage", "cannot write the lock file {path}: {reason}; nothing was saved"
                ).format(path=self.path, reason=failure_text(error))
            ) from None
        return True

    def _read(self) -> tuple[str, float] | None:
        """The lock file's text and mtime; None when there is none."""
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
            return text, self.path.stat().st_mtime
        except FileNotFoundError:
            return None
        except OSError:
            return ("", 0.0)  # being replaced or unreadable: try again later

    def _is_stale(self, holder: LockOwner | None, unchanged_for: float) -> bool:
        if holder is not None and holder.host == self.host and not process_alive(holder.pid):
            return True
        return unchanged_for >= self.stale_after

    def _break(self, stale: tuple[str, float]) -> None:
        aside = self.path.with_name(f"{self.path.name}.stale-{uuid.uuid4().hex}")
        try:
            os.rename(self.path, aside)
        except OSError:
            return  # gone already, or someone else is breaking it
        try:
            taken = aside.read_text(encoding="utf-8", errors="replace")
        except OSError:
            taken = stale[0]
        if taken != stale[0]:
            # A racing client broke the stale lock and took a fresh one we just moved:
            # put it back (link fails if yet another lock appeared meanwhile).
            with contextlib.suppress(OSError):
                os.link(aside, self.path)
        with contextlib.suppress(OSError):
            aside.unlink()

    # -- heartbeat ----------------------------------------------------------------
    def _start_heartbeat(self) -> None:
        if self._heart is not None and self._heart.is_alive():
            return
        self._heart = threading.Thread(target=self._beat, name="crm-lock-heartbeat", daemon=True)
        self._heart.start()

    def _beat(self) -> None:
        """Refresh the mtime of a lock held long (a big import), so nobody breaks it."""
        while not self._stop.wait(HEARTBEAT_SECONDS / 2):
            owner = self._owner
            if owner is None or time.monotonic() - self._held_since < HEARTBEAT_SECONDS:
                continue
            with contextlib.suppress(OSError):
                os.utime(self.path)

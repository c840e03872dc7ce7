"""Who holds the lock file, whether that process still lives, and the line of waiters.

Helpers of storage/locking.py (see its docstring for the whole protocol).
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LockOwner:
    user: str
    host: str
    pid: int
    since: str
    token: str

    @property
    def name(self) -> str:
        return f"{self.user}@{self.host}"

    def to_json(self) -> str:
        return json.dumps(self.__dict__)

    @classmethod
    def from_text(cls, text: str) -> LockOwner | None:
        try:
            data = json.loads(text)
            return cls(
                str(data["user"]),
                str(data["host"]),
                int(data["pid"]),
                str(data["since"]),
                str(data["token"]),
            )
        except (ValueError, KeyError, TypeError):
            return None  # half-written (its owner died mid-write) or not ours


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        # Never os.kill on Windows: there it terminates the process.
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    except OSError:
        return True  # cannot tell: trust the heartbeat rule instead
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes  # only here: Windows alone needs it

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined, unused-ignore]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        last_error = ctypes.get_last_error()  # type: ignore[attr-defined, unused-ignore]
        return bool(last_error != 87)  # ERROR_INVALID_PARAMETER: no such process
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


class WaitQueue:
    """The ``<file>.lock.next`` claim of the client waiting longest."""

    def __init__(self, path: Path, owner: LockOwner, host: str, stale_after: float) -> None:
        self.path = path
        self.owner = owner
        self.host = host
        self.stale_after = stale_after
        self.mine = False
        self._refreshed = 0.0
        self._seen: tuple[str, float] | None = None
        self._seen_since = time.monotonic()

    def others_first(self) -> bool:
        """Whether another waiter's claim stands (stale claims are removed)."""
        if self.mine:
            return False
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
            current = (text, self.path.stat().st_mtime)
        except FileNotFoundError:
            return False
        except OSError:
            return True
        now = time.monotonic()
        if current != self._seen:
            self._seen, self._seen_since = current, now
        claimant = LockOwner.from_text(text)
        dead = claimant is not None and claimant.host == self.host
        dead = dead and claimant is not None and not process_alive(claimant.pid)
        if dead or now - self._seen_since >= self.stale_after:
            aside = self.path.with_name(f"{self.path.name}-{uuid.uuid4().hex}")
            with contextlib.suppress(OSError):
                os.rename(self.path, aside)
                os.unlink(aside)
            return False
        return True

    def claim(self) -> None:
        now = time.monotonic()
        if self.mine:
            if now - self._refreshed >= 1.0:
                self._refreshed = now
                with contextlib.suppress(OSError):
                    os.utime(self.path)  # still waiting: not stale
            return
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except OSError:
            return
        try:
            os.write(fd, self.owner.to_json().encode())
            os.close(fd)
        except OSError:
            # Full disk or lost share: no half-written claim left behind; the
            # waiter just queues without it (the lock itself reports the failure).
            with contextlib.suppress(OSError):
                os.close(fd)
            with contextlib.suppress(OSError):
                self.path.unlink()
            return
        self.mine = True
        self._refreshed = now

    def leave(self) -> None:
        if not self.mine:
            return
        self.mine = False
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return
        if self.owner.token in text:
            with contextlib.suppress(OSError):
                self.path.unlink()

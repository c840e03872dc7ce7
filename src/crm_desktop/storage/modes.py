"""Local mode (WAL) or shared mode (rollback journal): which one a file uses, and why.

SQLite's own pages say WAL needs shared memory between the processes, so all
of them must be on one computer: "WAL does not work over a network
filesystem". A file on a network drive therefore uses *shared mode*: a
rollback journal (``journal_mode=DELETE``, the oldest and best-tested path),
``synchronous=FULL`` and our lock file (storage/locking.py). A file on the
user's own disk uses *local mode*: WAL with ``synchronous=NORMAL``.

The mode is recorded in the file (``meta.storage_mode``) so every client of
one file agrees on it and on the locking, whatever path it was opened by (a
colleague may reach the same file through a local path on the server). The
recorded mode wins; a file on a network drive, or a forced ``shared`` setting,
upgrades a local-mode file to shared mode (the safe direction); going back to
local mode is an explicit action (``crm file mode local``) with nobody else in.
"""

from __future__ import annotations

import ctypes
import os
import sqlite3
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PureWindowsPath

from crm_desktop.domain.errors import DatabaseFileError
from crm_desktop.i18n import translate

META_KEY = "storage_mode"
# Set to local, shared or auto to force a mode (the CLI's --mode sets it too).
MODE_ENV = "CRM_STORAGE_MODE"

# Linux mount types whose locks and caches are the network's (mountinfo field 9).
NETWORK_FILESYSTEMS = frozenset(
    {
        "cifs",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "fuse.sshfs",
        "sshfs",
        "9p",
        "afs",
        "ceph",
        "fuse.ceph",
        "glusterfs",
        "fuse.glusterfs",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.s3fs",
        "lustre",
        "gpfs",
        "ncpfs",
        "coda",
        "ocfs2",
        "gfs2",
        "beegfs",
        "virtiofs",
        "vboxsf",
        "prl_fs",
        "vmhgfs",
        "fuse.vmhgfs-fuse",
    }
)
# macOS statfs f_fstypename values of network volumes.
MACOS_NETWORK_FILESYSTEMS = frozenset({"smbfs", "afpfs", "nfs", "webdav", "cifs", "ftp"})
_DRIVE_REMOTE = 4  # GetDriveTypeW's DRIVE_REMOTE


class StorageMode(StrEnum):
    LOCAL = "local"
    SHARED = "shared"


def mode_name(mode: StorageMode) -> str:
    """The mode as a word of the current language (the value itself is a setting's word)."""
    if mode is StorageMode.SHARED:
        return translate("storage", "shared", "storage mode")
    return translate("storage", "local", "storage mode")


@dataclass(frozen=True)
class Location:
    """Where a file lives, as far as its mode is concerned."""

    network: bool
    reason: str  # "mount type cifs at /mnt/office", "UNC path", ...


# -- pure functions (tested with made-up inputs) ---------------------------------
def parse_mode(text: str | None) -> StorageMode | None:
    """``local``/``shared`` -> the mode; ``auto``, empty or None -> None (detect).

    Raises:
        DatabaseFileError: anything else, named.
    """
    value = (text or "").strip().lower()
    if value in ("", "auto"):
        return None
    try:
        return StorageMode(value)
    except ValueError:
        raise DatabaseFileError(
            translate("storage", "unknown storage mode {mode}: use local, shared or auto").format(
                mode=repr(text)
            )
        ) from None


def _unescape_mount_field(field: str) -> str:
    # mountinfo writes space, tab, newline and backslash as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def parse_mountinfo(text: str) -> list[tuple[str, str]]:
    """``/proc/self/mountinfo`` -> [(mount point, filesystem type)] in file order."""
    mounts: list[tuple[str, str]] = []
    for line in text.splitlines():
        before, dash, after = line.partition(" - ")
        fields = before.split()
        rest = after.split()
        if not dash or len(fields) < 5 or not rest:
            continue
        mounts.append((_unescape_mount_field(fields[4]), rest[0]))
    return mounts


def filesystem_of(path: str, mounts: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The (mount point, type) holding ``path``: the longest mount point above it.

    Later lines win among equal mount points (a mount over a mount hides it).
    """
    best: tuple[str, str] | None = None
    for point, fstype in mounts:
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[0])):
            best = (point, fstype)
    return best


def linux_location(path: str, mountinfo: str) -> Location:
    found = filesystem_of(path, parse_mountinfo(mountinfo))
    if found is None:
        return Location(False, "no mount found")
    point, fstype = found
    network = fstype.lower() in NETWORK_FILESYSTEMS
    return Location(network, f"mount type {fstype} at {point}")


def is_unc_path(path: str) -> bool:
    r"""``\\server\share\...`` or ``//server/share`` (not the ``\\?\C:\`` long-path form)."""
    normal = path.replace("/", "\\")
    if normal.startswith(("\\\\?\\UNC\\", "\\\\.\\UNC\\")):
        return True
    if normal.startswith(("\\\\?\\", "\\\\.\\")):
        return False
    return normal.startswith("\\\\") and len(normal) > 2 and normal[2] != "\\"


def windows_drive(path: str) -> str | None:
    """``C:/x`` -> ``C:/`` (with backslashes); None for a path without a drive letter."""
    drive = PureWindowsPath(path).drive
    if len(drive) == 2 and drive[1] == ":":
        return drive + "\\"
    return None


def windows_location(path: str, drive_type: int | None) -> Location:
    """``drive_type`` is GetDriveTypeW of the path's drive (None when it has none)."""
    if is_unc_path(path):
        return Location(True, "UNC path (a network share)")
    if drive_type == _DRIVE_REMOTE:
        return Location(True, f"mapped network drive {windows_drive(path)}")
    return Location(False, "local drive")


def macos_location(fstypename: str, local_flag: bool) -> Location:
    network = fstypename.lower() in MACOS_NETWORK_FILESYSTEMS or not local_flag
    return Location(network, f"volume type {fstypename}")


def resolve_mode(
    recorded: StorageMode | None, forced: StorageMode | None, location: Location
) -> StorageMode:
    """The mode a client must use, given what the file says, the setting and the place.

    - A file that records shared mode is used in shared mode, from any path.
    - A local-mode file goes shared when forced so or when it is on a network drive
      (unless the user forced local: a detection they know to be wrong).
    - A file with no mode yet takes the forced one, else what the place suggests.
    """
    if recorded is StorageMode.SHARED:
        return StorageMode.SHARED
    if forced is not None and (recorded is None or forced is StorageMode.SHARED):
        return forced
    if recorded is StorageMode.LOCAL and forced is StorageMode.LOCAL:
        return StorageMode.LOCAL
    return StorageMode.SHARED if location.network else StorageMode.LOCAL


# -- the real machine --------------------------------------------------------
def detect_location(path: Path) -> Location:
    """Whether ``path`` (existing or about to be created) is on a network drive."""
    target = str(path.resolve(strict=False))
    if sys.platform == "win32":
        return windows_location(target, _windows_drive_type(target))
    if sys.platform == "darwin":
        return _macos_statfs(path)
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as handle:
            return linux_location(target, handle.read())
    except OSError:
        return Location(False, "mount table unreadable")


def _windows_drive_type(path: str) -> int | None:
    drive = windows_drive(path)
    if drive is None:
        return None
    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined, unused-ignore]
    return int(kernel32.GetDriveTypeW(ctypes.c_wchar_p(drive)))


class _MacStatfs(ctypes.Structure):
    # struct statfs of macOS (64-bit inodes), from <sys/mount.h>.
    _fields_ = [
        ("f_bsize", ctypes.c_uint32),
        ("f_iosize", ctypes.c_int32),
        ("f_blocks", ctypes.c_uint64),
        ("f_bfree", ctypes.c_uint64),
        ("f_bavail", ctypes.c_uint64),
        ("f_files", ctypes.c_uint64),
        ("f_ffree", ctypes.c_uint64),
        ("f_fsid", ctypes.c_int32 * 2),
        ("f_owner", ctypes.c_uint32),
        ("f_type", ctypes.c_uint32),
        ("f_flags", ctypes.c_uint32),
        ("f_fssubtype", ctypes.c_uint32),
        ("f_fstypename", ctypes.c_char * 16),
        ("f_mntonname", ctypes.c_char * 1024),
        ("f_mntfromname", ctypes.c_char * 1024),
        ("f_flags_ext", ctypes.c_uint32),
        ("f_reserved", ctypes.c_uint32 * 7),
    ]


_MNT_LOCAL = 0x00001000


def _macos_statfs(path: Path) -> Location:
    probe = path if path.exists() else path.parent
    libc = ctypes.CDLL("libc.dylib", use_errno=True)
    statfs = libc.statfs64 if hasattr(libc, "statfs64") else libc.statfs
    result = _MacStatfs()
    if statfs(os.fsencode(probe), ctypes.byref(result)) != 0:
        return Location(False, "statfs failed")
    name = result.f_fstypename.decode(errors="replace")
    return macos_location(name, bool(result.f_flags & _MNT_LOCAL))


def forced_mode_from_env() -> StorageMode | None:
    return parse_mode(os.environ.get(MODE_ENV))


# -- the file ----------------------------------------------------------------
def recorded_mode(conn: sqlite3.Connection) -> StorageMode | None:
    """The mode the file records, or None (new file, or older than modes)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    except sqlite3.OperationalError:
        return None  # no meta table yet: a new file
    if row is None:
        return None
    try:
        return StorageMode(row[0])
    except ValueError:
        return None


def record_mode(conn: sqlite3.Connection, mode: StorageMode) -> None:
    """Write ``mode`` into the file (inside the caller's transaction, if any)."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (META_KEY, mode.value))


def apply_journal(conn: sqlite3.Connection, mode: StorageMode) -> None:
    """Set the journal and sync pragmas of ``mode`` on ``conn``.

    Raises:
        DatabaseFileError: the journal could not be switched (another client
            holds the file open in the other mode).
    """
    journal = "wal" if mode is StorageMode.LOCAL else "delete"
    current = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    if current != journal:
        if current == "wal":
            # Move everything from the WAL into the file first; fails quietly if busy.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            got = str(conn.execute(f"PRAGMA journal_mode = {journal}").fetchone()[0]).lower()
        except sqlite3.OperationalError:
            got = current  # "database is locked": someone is reading or writing it
        if got != journal:
            raise DatabaseFileError(
                translate(
                    "storage",
                    "cannot switch the file to {mode} mode while another program has it open "
                    "in {current} mode; close the other copies of crm-desktop and try again",
                ).format(mode=mode_name(mode), current=current)
            )
    conn.execute("PRAGMA synchronous = " + ("NORMAL" if mode is StorageMode.LOCAL else "FULL"))

"""Local or shared mode: detection from made-up mount tables and paths, and the file's record."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.domain.errors import DatabaseFileError
from crm_desktop.services.files import change_storage_mode, open_crm_file
from crm_desktop.storage import modes
from crm_desktop.storage.modes import Location, StorageMode, resolve_mode

MOUNTINFO = r"""22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
40 27 0:50 / /mnt/office rw,relatime - cifs //nas/office rw,vers=3.0
41 27 0:51 / /mnt/office/local\040copy rw - ext4 /dev/sdb1 rw
42 27 0:52 / /home/anna/remote rw - fuse.sshfs anna@server:/srv rw
43 27 0:53 / /net/projects rw - nfs4 server:/projects rw
44 27 0:54 / /mnt/nas rw - ext4 /dev/sdc1 rw
45 27 0:55 / /mnt/nas rw - smb3 //nas/share rw
"""
LOCAL = Location(False, "test")
NETWORK = Location(True, "test")


@pytest.mark.parametrize(
    ("path", "network", "fstype"),
    [
        ("/home/anna/crm.sqlite3", False, "ext4"),
        ("/mnt/office/crm.sqlite3", True, "cifs"),
        ("/mnt/office/local copy/crm.sqlite3", False, "ext4"),
        ("/home/anna/remote/crm.sqlite3", True, "fuse.sshfs"),
        ("/net/projects/a/b/crm.sqlite3", True, "nfs4"),
        ("/mnt/officer/crm.sqlite3", False, "ext4"),
        ("/mnt/nas/crm.sqlite3", True, "smb3"),
    ],
)
def test_linux_mount_type_decides_network(path: str, network: bool, fstype: str) -> None:
    location = modes.linux_location(path, MOUNTINFO)

    assert location.network is network
    assert fstype in location.reason


def test_mountinfo_unescapes_spaces_in_mount_points() -> None:
    assert ("/mnt/office/local copy", "ext4") in modes.parse_mountinfo(MOUNTINFO)


@pytest.mark.parametrize(
    ("path", "drive_type", "network"),
    [
        (r"\\nas\office\crm.sqlite3", None, True),
        ("//nas/office/crm.sqlite3", None, True),
        (r"\\?\UNC\nas\office\crm.sqlite3", None, True),
        (r"\\?\C:\Users\anna\crm.sqlite3", 3, False),
        (r"Z:\crm.sqlite3", 4, True),
        (r"C:\Users\anna\crm.sqlite3", 3, False),
        (r"E:\crm.sqlite3", 2, False),
    ],
)
def test_windows_unc_paths_and_mapped_drives_are_network(
    path: str, drive_type: int | None, network: bool
) -> None:
    assert modes.windows_location(path, drive_type).network is network


def test_windows_drive_of_a_path() -> None:
    assert modes.windows_drive(r"z:\crm\a.sqlite3") == "z:\\"
    assert modes.windows_drive(r"\\nas\share\a.sqlite3") is None


@pytest.mark.parametrize(
    ("fstype", "local_flag", "network"),
    [("smbfs", False, True), ("afpfs", False, True), ("apfs", True, False), ("nfs", True, True)],
)
def test_macos_volume_types(fstype: str, local_flag: bool, network: bool) -> None:
    assert modes.macos_location(fstype, local_flag).network is network


@pytest.mark.parametrize(
    ("recorded", "forced", "where", "expected"),
    [
        (None, None, LOCAL, StorageMode.LOCAL),
        (None, None, NETWORK, StorageMode.SHARED),
        (None, StorageMode.SHARED, LOCAL, StorageMode.SHARED),
        (None, StorageMode.LOCAL, NETWORK, StorageMode.LOCAL),
        (StorageMode.SHARED, StorageMode.LOCAL, LOCAL, StorageMode.SHARED),
        (StorageMode.LOCAL, None, NETWORK, StorageMode.SHARED),
        (StorageMode.LOCAL, StorageMode.LOCAL, NETWORK, StorageMode.LOCAL),
        (StorageMode.LOCAL, StorageMode.SHARED, LOCAL, StorageMode.SHARED),
        (StorageMode.LOCAL, None, LOCAL, StorageMode.LOCAL),
    ],
)
def test_recorded_shared_mode_wins_and_network_upgrades(
    recorded: StorageMode | None,
    forced: StorageMode | None,
    where: Location,
    expected: StorageMode,
) -> None:
    assert resolve_mode(recorded, forced, where) is expected


def test_unknown_mode_setting_is_refused_by_name() -> None:
    with pytest.raises(DatabaseFileError, match="'fast'"):
        modes.parse_mode("fast")


def _journal(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])


def test_forced_shared_file_uses_rollback_journal_and_records_it(db_path: Path) -> None:
    db = open_crm_file(db_path, mode=StorageMode.SHARED)
    db.close()

    assert _journal(db_path) == "delete"
    with sqlite3.connect(db_path) as conn:
        assert modes.recorded_mode(conn) is StorageMode.SHARED


def test_client_opening_a_shared_file_from_a_local_path_uses_shared_mode(db_path: Path) -> None:
    open_crm_file(db_path, mode=StorageMode.SHARED).close()

    db = open_crm_file(db_path, mode=StorageMode.LOCAL)
    try:
        assert db.mode is StorageMode.SHARED
        assert db.file_lock is not None
        assert db.scalar("PRAGMA synchronous") == 2  # FULL
    finally:
        db.close()


def test_new_local_file_uses_wal(db_path: Path) -> None:
    db = open_crm_file(db_path, mode=StorageMode.LOCAL)
    db.close()

    assert _journal(db_path) == "wal"


def test_switching_to_local_mode_checkpoints_and_records(db_path: Path) -> None:
    db = open_crm_file(db_path, mode=StorageMode.SHARED)
    try:
        assert change_storage_mode(db, StorageMode.LOCAL) is True
        assert db.file_lock is None
    finally:
        db.close()

    assert _journal(db_path) == "wal"
    assert open_crm_file(db_path).mode is StorageMode.LOCAL


def test_upgrading_a_local_file_in_use_elsewhere_is_refused(db_path: Path) -> None:
    other = open_crm_file(db_path, mode=StorageMode.LOCAL)
    other.scalar("SELECT count(*) FROM contacts")
    reading = sqlite3.connect(db_path)
    reading.execute("BEGIN")
    reading.execute("SELECT count(*) FROM contacts").fetchone()
    try:
        with pytest.raises(DatabaseFileError, match="another program has it open"):
            open_crm_file(db_path, mode=StorageMode.SHARED)
    finally:
        reading.close()
        other.close()

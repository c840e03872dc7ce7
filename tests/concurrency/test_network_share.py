"""A real network filesystem on loopback: two sshfs mounts of one folder through a local sshd.

The two mounts do not share POSIX byte-range locks (each FUSE mount keeps its
own), so SQLite's locking alone cannot keep their clients apart: exactly the
broken share sqlite.org warns about. The lock file must. Skipped, saying why,
where sshd, sshfs or /dev/fuse are missing or not usable (not root, no FUSE).
"""

from __future__ import annotations

import contextlib
import fcntl
import getpass
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.files import open_crm_file
from crm_desktop.storage.modes import StorageMode
from tests.concurrency.conftest import read_log, worker_command
from tests.concurrency.test_shared_writers import _check_against_logs

SSHD = "/usr/sbin/sshd"
# No client-side caching of data or sizes: every read and stat asks the server. With
# sshfs's defaults a mount trusts its cached file size for a while and SQLite reads
# a stale database (see the README on shares whose caches are not coherent).
MOUNT_OPTIONS = (
    "direct_io,dir_cache=no,attr_timeout=0,entry_timeout=0,negative_timeout=0,"
    "StrictHostKeyChecking=no,UserKnownHostsFile=/dev/null"
)


def _why_not() -> str | None:
    if not sys.platform.startswith("linux"):
        return "sshfs over loopback is set up on Linux only"
    if os.geteuid() != 0:
        return "starting a private sshd and mounting FUSE needs root here"
    if not Path("/dev/fuse").exists():
        return "no /dev/fuse in this machine (FUSE unavailable)"
    missing = [n for n in (SSHD, "sshfs", "ssh-keygen", "fusermount") if not shutil.which(n)]
    if missing:
        return f"missing {', '.join(missing)} (Debian: openssh-server sshfs)"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _mounted(point: Path) -> bool:
    return f" {point} " in Path("/proc/self/mountinfo").read_text()


@pytest.fixture(scope="module")
def two_mounts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    reason = _why_not()
    if reason:
        pytest.skip(reason)
    base = tmp_path_factory.mktemp("sshfs")
    export, first, second = base / "export", base / "m1", base / "m2"
    for folder in (export, first, second):
        folder.mkdir()
    for key in ("client", "host"):
        keygen = ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(base / key)]
        subprocess.run(keygen, check=True)
    shutil.copy(base / "client.pub", base / "authorized_keys")
    port = _free_port()
    (base / "sshd_config").write_text(
        f"Port {port}\nListenAddress 127.0.0.1\nHostKey {base / 'host'}\n"
        f"AuthorizedKeysFile {base / 'authorized_keys'}\nPasswordAuthentication no\n"
        f"PermitRootLogin prohibit-password\nStrictModes no\nPidFile {base / 'sshd.pid'}\n"
        "Subsystem sftp internal-sftp\n"
    )
    Path("/run/sshd").mkdir(exist_ok=True)  # sshd's privilege-separation folder
    sshd = subprocess.Popen([SSHD, "-D", "-f", base / "sshd_config", "-E", base / "sshd.log"])
    try:
        for point in (first, second):
            options = f"{MOUNT_OPTIONS},IdentityFile={base / 'client'},port={port}"
            remote = f"{getpass.getuser()}@127.0.0.1:{export}"
            for _attempt in range(50):  # sshd may still be starting
                done = subprocess.run(
                    ["sshfs", "-o", options, remote, point], capture_output=True, text=True
                )
                if done.returncode == 0:
                    break
                time.sleep(0.1)
            if not _mounted(point):
                pytest.skip(f"sshfs could not mount here: {done.stderr.strip()[-200:]}")
        yield first, second
    finally:
        for point in (first, second):
            if _mounted(point):
                subprocess.run(["fusermount", "-u", "-z", point], check=False)
        sshd.terminate()
        sshd.wait(timeout=10)


def test_byte_range_locks_do_not_reach_the_other_mount(two_mounts: tuple[Path, Path]) -> None:
    """The premise: SQLite's own locks would not keep these two clients apart."""
    first, second = two_mounts
    (first / "probe").write_text("x")
    with (first / "probe").open("r+") as held:
        fcntl.lockf(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        other = subprocess.run(
            [
                sys.executable,
                "-c",
                "import fcntl, sys; f = open(sys.argv[1], 'r+');"
                " fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)",
                str(second / "probe"),
            ],
            capture_output=True,
            check=False,
        )
    assert other.returncode == 0  # the second mount got an exclusive lock too


def test_a_file_on_sshfs_opens_in_shared_mode_by_itself(two_mounts: tuple[Path, Path]) -> None:
    first, _second = two_mounts
    db = open_crm_file(first / "detect.sqlite3", user="setup")
    try:
        assert db.mode is StorageMode.SHARED
    finally:
        db.close()


def test_writers_on_two_mounts_lose_nothing_and_never_damage_the_file(
    two_mounts: tuple[Path, Path], tmp_path: Path
) -> None:
    first, second = two_mounts
    name = "office.sqlite3"
    db = open_crm_file(first / name, user="setup")
    ids = [create_contact(db, ContactDraft(first_name=f"S{n}")).id for n in range(8)]
    db.close()
    logs = [tmp_path / f"w{n}.log" for n in range(4)]
    id_text = ",".join(map(str, ids))

    paths = [(first if n % 2 else second) / name for n in range(4)]  # two per mount
    workers = [
        subprocess.Popen(worker_command("edits", paths[n], logs[n], 100, n + 1, id_text))
        for n in range(4)
    ]
    codes = [w.wait(timeout=600) for w in workers]

    assert codes == [0, 0, 0, 0]
    with contextlib.suppress(FileNotFoundError):
        assert not (first / f"{name}.lock").exists()
    _check_against_logs(first / name, [read_log(log) for log in logs], ids)

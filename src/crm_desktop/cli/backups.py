"""``crm backup``, ``crm restore FILE`` and ``crm backups list``.

The command line makes no automatic backups (the app does, in the background,
on open and then daily): each ``crm`` command stays quick on a big file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from crm_desktop.cli import record_args as ra
from crm_desktop.cli.output import print_json, print_table
from crm_desktop.services.backups import (
    COUNTED,
    BackupInfo,
    back_up,
    backup_folder,
    list_backups,
    restore_backup,
    restore_file,
)
from crm_desktop.storage.database import Database


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    make = commands.add_parser(
        "backup",
        parents=[parent],
        help="make a verified backup now",
        description="Copy the file with SQLite's backup API and check the copy. Without --out"
        " the copy goes to your own backup folder (`crm backups list` shows them), where copies"
        " older than the setting backup_keep_days are deleted.",
    )
    make.add_argument("--out", metavar="FILE", type=Path, help="write the backup to FILE instead")
    ra.json_flag(make)
    make.set_defaults(handler=cmd_backup)

    restore = commands.add_parser(
        "restore",
        parents=[parent],
        help="replace the file's content with a backup",
        description="Refuses a file that is not a valid crm-desktop backup. The current"
        " content is backed up first, so a restore can be undone the same way.",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="the backup to restore")
    # Also runs when the file cannot be opened at all (damaged, cut short).
    restore.set_defaults(handler=cmd_restore, unopenable_handler=restore_unopenable)

    group = commands.add_parser("backups", parents=[parent], help="list backups")
    sub = group.add_subparsers(dest="backups_command", metavar="COMMAND", required=True)
    listing = sub.add_parser("list", parents=[parent], help="this file's backups, newest first")
    ra.json_flag(listing)
    listing.set_defaults(handler=cmd_list)


def _line(info: BackupInfo) -> str:
    counts = ", ".join(f"{info.counts[t]} {t}" for t in COUNTED)
    return f"{info.path} ({info.size_bytes} bytes; {counts})"


def cmd_backup(db: Database, args: argparse.Namespace) -> int:
    info = back_up(db, args.out.expanduser() if args.out else None)
    if args.json:
        print_json(info)
    else:
        print(f"backed up to {_line(info)}")
    return 0


def cmd_restore(db: Database, args: argparse.Namespace) -> int:
    kept = restore_backup(db, args.file.expanduser())
    _say_restored(db.path, args.file, kept)
    return 0


def restore_unopenable(path: Path, args: argparse.Namespace) -> int:
    """``crm restore`` on a file too damaged to open: replace it, keeping it aside."""
    kept = restore_file(path, args.file.expanduser())
    _say_restored(path, args.file, kept)
    return 0


def _say_restored(path: Path, backup: Path, kept: Path) -> None:
    print(f"restored {path} from {backup}")
    print(f"the content it had is kept in {kept} (`crm restore` that file to undo)")


def cmd_list(db: Database, args: argparse.Namespace) -> int:
    found = list_backups(db)
    if args.json:
        print_json(found)
        return 0
    if not found:
        print(f"no backups of {db.path} yet (they go to {backup_folder(db)})")
        return 0
    rows = [ra.row_view(info, **info.counts) for info in found]
    columns = [("made_at", "made (UTC)"), ("size_bytes", "bytes")]
    print_table(rows, [*columns, *((t, t) for t in COUNTED), ("path", "file")])
    return 0

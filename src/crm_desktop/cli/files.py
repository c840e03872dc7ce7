"""``crm file mode``: show or switch a file between local (WAL) and shared mode."""

from __future__ import annotations

import argparse

from crm_desktop.cli.output import print_json
from crm_desktop.services.files import change_storage_mode
from crm_desktop.storage.database import Database
from crm_desktop.storage.modes import StorageMode, detect_location, recorded_mode


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    group = commands.add_parser("file", help="the file's storage mode (local or shared)")
    actions = group.add_subparsers(dest="file_command", metavar="ACTION")
    actions.required = True
    mode = actions.add_parser(
        "mode",
        parents=[parent],
        help="show the storage mode, or switch it (with nobody else in)",
        description="local: WAL, for a file on this computer's own disk. shared: rollback"
        " journal and a lock file, for a file on a network drive several people open."
        " Switching checkpoints the WAL first and is refused while others have the file open.",
    )
    mode.add_argument("new_mode", nargs="?", choices=[m.value for m in StorageMode], metavar="MODE")
    mode.add_argument("--json", action="store_true", help="print JSON")
    mode.set_defaults(handler=cmd_mode)


def cmd_mode(db: Database, args: argparse.Namespace) -> int:
    if args.new_mode:
        changed = change_storage_mode(db, StorageMode(args.new_mode))
        word = "now" if changed else "already"
        print(f"{db.path} is {word} in {args.new_mode} mode")
        return 0
    location = detect_location(db.path)
    recorded = recorded_mode(db.conn)
    if args.json:
        print_json(
            {
                "path": str(db.path),
                "mode": db.mode.value,
                "recorded": recorded.value if recorded else None,
                "network": location.network,
                "location": location.reason,
            }
        )
        return 0
    print(f"{db.path}: {db.mode} mode")
    print(f"place: {'network drive' if location.network else 'local disk'} ({location.reason})")
    return 0

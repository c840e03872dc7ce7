"""The ``crm`` command line: a thin shell over the services, like the GUI.

Every command takes ``--db PATH`` (before or after the command name); without
it ``$CRM_DB`` or the per-user default file is used. User errors print one line
on stderr and exit 1; a traceback means a bug.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from crm_desktop.domain.errors import CrmError
from crm_desktop.paths import default_database_path
from crm_desktop.services.files import open_crm_file
from crm_desktop.storage.database import Database

Handler = Callable[[Database, argparse.Namespace], int]


class UsageError(Exception):
    """The command line itself is wrong (unknown option, missing argument)."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def db_option() -> argparse.ArgumentParser:
    """A parent parser so ``--db`` works after any sub-command too."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the CRM file (default: $CRM_DB or the per-user data folder)",
    )
    return parent


def build_parser() -> Parser:
    from crm_desktop.cli import admin, records

    parser = Parser(prog="crm", description="crm-desktop on the command line.")
    parser.add_argument("--db", metavar="PATH", default=None, help=db_option()._actions[0].help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    commands.required = True
    parent = db_option()
    admin.register(commands, parent)
    records.register(commands, parent)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as error:
        print(f"crm: error: {error}", file=sys.stderr)
        return 1
    path = Path(args.db).expanduser() if args.db else default_database_path()
    handler: Handler = args.handler
    try:
        db = open_crm_file(path)
    except CrmError as error:
        print(f"crm: error: {error}", file=sys.stderr)
        return 1
    try:
        return handler(db, args)
    except CrmError as error:
        print(f"crm: error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `crm contacts list | head`: the reader left; not an error.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    finally:
        db.close()


def run() -> NoReturn:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    run()

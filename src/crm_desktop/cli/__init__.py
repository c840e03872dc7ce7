"""The ``crm`` command line: a thin shell over the services, like the GUI.

Every command takes ``--db PATH`` (before or after the command name); without
it ``$CRM_DB`` or the per-user default file is used. User errors print one line
on stderr and exit 1; a traceback means a bug.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from crm_desktop import i18n
from crm_desktop.domain.errors import (
    ConflictError,
    CrmError,
    DamagedFileError,
    DatabaseFileError,
    ValidationError,
    kind_name,
)
from crm_desktop.i18n import translate
from crm_desktop.paths import default_database_path
from crm_desktop.services.files import open_crm_file
from crm_desktop.storage.database import Database
from crm_desktop.storage.modes import MODE_ENV, parse_mode

Handler = Callable[[Database, argparse.Namespace], int]


class UsageError(Exception):
    """The command line itself is wrong (unknown option, missing argument)."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # "contacts show: argument ID: ..." (main puts "crm: error: " in front).
        command = self.prog.removeprefix("crm").strip()
        raise UsageError(f"{command}: {message}" if command else message)


# Fields of the services whose option is not simply "--" + the field's name.
_OPTION_OF_FIELD = {
    "lifecycle_stage": "--stage",
    "owner_id": "--owner",
    "company_id": "--company",
    "assignee_id": "--assignee",
    "text": "--search",
    "emails": "--email",
    "phones": "--phone",
    "tags": "--tag",
    "default_region": "--region",
    "default_currency": "--currency",
}


def _where(field: str, parser: argparse.ArgumentParser) -> str:
    """The option or argument of ``parser`` that gave ``field``: ``emails[1]`` -> ``--email #2``."""
    base, bracket, rest = field.partition("[")
    option = _OPTION_OF_FIELD.get(base, "--" + base.replace("_", "-"))
    where = field
    for action in parser._actions:
        if option in action.option_strings:
            where = option
        elif not action.option_strings and action.dest == base:
            where = str(action.metavar or base.upper())
    if where != field and bracket and rest.partition("]")[0].isdigit():
        where += f" #{int(rest.partition(']')[0]) + 1}"
    return where


def describe(error: CrmError, parser: argparse.ArgumentParser | None) -> str:
    """The one line a user reads: bad values named by the option that gave them."""
    if isinstance(error, ValidationError) and parser is not None:
        return "; ".join(f"{_where(k, parser)}: {v}" for k, v in error.errors.items())
    if isinstance(error, ConflictError):
        return _conflict_advice(error, parser)
    return str(error)


def _conflict_advice(error: ConflictError, parser: argparse.ArgumentParser | None) -> str:
    """Say what clashed and how to retry: look at the record, then the same command again."""
    group = parser.prog.split()[-2] if parser is not None and len(parser.prog.split()) > 2 else ""
    look = f"`crm {group} show {error.record_id}`" if group else translate("cli", "the record")
    return translate(
        "cli",
        "the {kind} {id} was changed by someone else since version {expected} "
        "(it is now at version {actual}); nothing was changed. "
        "Check it with {look}, then run the command again with --expected-version {actual}",
    ).format(
        kind=kind_name(error.kind),
        id=error.record_id,
        expected=error.expected,
        actual=error.actual,
        look=look,
    )


def _leaf_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """The parsers that run a command (``crm contacts add``), not those that group them."""
    leaves: list[argparse.ArgumentParser] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                is_leaf = sub.get_default("handler") is not None
                leaves += [sub] if is_leaf else _leaf_parsers(sub)
    return leaves


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
    from crm_desktop.cli import (
        admin,
        backups,
        check,
        duplicates,
        exports,
        files,
        imports,
        records,
        reports,
        settings,
        stats,
        trash,
        views,
    )

    parser = Parser(
        prog="crm",
        description="crm-desktop on the command line.",
        epilog="`crm COMMAND --help` tells a command's options. Exit status: 0 when done,"
        " 1 after a user error (bad file, bad value, not found), said in one line.",
    )
    parser.add_argument("--db", metavar="PATH", default=None, help=db_option()._actions[0].help)
    parser.add_argument(
        "--mode",
        choices=["local", "shared", "auto"],
        default=None,
        help="storage mode for a file that records none yet, or shared to upgrade one"
        " (default: $CRM_STORAGE_MODE, else auto: shared on a network drive)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    commands.required = True
    parent = db_option()
    admin.register(commands, parent)
    files.register(commands, parent)
    records.register(commands, parent)
    settings.register(commands, parent)
    reports.register(commands, parent)
    duplicates.register(commands, parent)
    stats.register(commands, parent)
    trash.register(commands, parent)
    check.register(commands, parent)
    imports.register(commands, parent)
    exports.register(commands, parent)
    views.register(commands, parent)
    backups.register(commands, parent)
    for leaf in _leaf_parsers(parser):
        leaf.set_defaults(command_parser=leaf)
    return parser


def _parse(parser: Parser, argv: Sequence[str] | None) -> argparse.Namespace:
    args, extra = parser.parse_known_args(argv)
    command: argparse.ArgumentParser = args.command_parser
    if extra:
        # Said by the command's own parser, so the message names the command.
        command.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.db is not None and not args.db.strip():
        command.error("argument --db: give the path of a file")
    for action in command._actions:
        value = getattr(args, action.dest, None)
        values = value if isinstance(value, list) else [value]
        # Bytes the terminal's encoding could not read arrive as lone surrogates,
        # which no file can store; paths may hold them (they name files as they are).
        if action.dest != "db" and not all(_is_text(v) for v in values):
            name = "/".join(action.option_strings) or str(action.metavar or action.dest)
            command.error(f"argument {name}: not readable as text (check the terminal's encoding)")
    return args


def _is_text(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _tolerant_output() -> None:
    """Never fail printing a name the output's encoding lacks (a Windows code page, a pipe)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_output()
    i18n.use_system_language()  # reports and messages in the user's language ($CRM_LANG, $LANG)
    parser = build_parser()
    try:
        args = _parse(parser, argv)
    except UsageError as error:
        print(f"crm: error: {error}", file=sys.stderr)
        return 1
    path = Path(args.db).expanduser() if args.db is not None else default_database_path()
    handler: Handler = args.handler
    try:
        db = open_crm_file(path, mode=parse_mode(args.mode or os.environ.get(MODE_ENV)))
    except DatabaseFileError as error:
        unopenable = getattr(args, "unopenable_handler", None)
        if isinstance(error, DamagedFileError) and unopenable is not None:
            try:
                return int(unopenable(path, args))
            except CrmError as failure:
                print(f"crm: error: {failure}", file=sys.stderr)
                return 1
        print(f"crm: error: {error}", file=sys.stderr)
        return 1
    except CrmError as error:
        print(f"crm: error: {error}", file=sys.stderr)
        return 1
    try:
        return handler(db, args)
    except CrmError as error:
        print(f"crm: error: {describe(error, args.command_parser)}", file=sys.stderr)
        return 1
    except UsageError as error:
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
    try:
        status = main()
    except KeyboardInterrupt:
        # Ctrl+C while the file is opened or migrated: SQLite rolls back, no traceback.
        status = 130
    sys.exit(status)


if __name__ == "__main__":
    run()

"""``crm check``: integrity, foreign keys, the audit chain and the search index."""

from __future__ import annotations

import argparse

from crm_desktop.i18n import translate
from crm_desktop.services.checks import run_checks
from crm_desktop.storage.database import Database


def register(commands: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    check = commands.add_parser(
        "check",
        parents=[parent],
        help="check the file: integrity, links, history, search index",
        description="Exit status 0 when every check passes, 1 with a report of each problem.",
    )
    check.set_defaults(handler=cmd_check)


def cmd_check(db: Database, args: argparse.Namespace) -> int:
    results = run_checks(db)
    for result in results:
        found = (
            translate("cli", "ok")
            if result.ok
            else translate("cli", "%n problem", "", 1)
            if len(result.problems) == 1
            else translate("cli", "%n problems", "", len(result.problems))
        )
        print(translate("cli", "{check}: {found}").format(check=result.title, found=found))
        for problem in result.problems:
            print(f"  - {problem}")
    if all(result.ok for result in results):
        print(translate("cli", "all checks passed"))
        return 0
    print(translate("cli", "{path}: problems found").format(path=db.path))
    return 1

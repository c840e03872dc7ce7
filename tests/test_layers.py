"""The layer rules of DESIGN.md, checked on the source so they cannot drift."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "crm_desktop"
QT_FREE = ("domain", "storage", "services", "interchange", "reports", "cli")
SQL_ALLOWED = ("storage", "services")
SQL_TEXT = re.compile(
    r"^\s*(SELECT\b.*\bFROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE (TABLE|INDEX|VIRTUAL)"
    r"|ALTER TABLE|DROP TABLE|PRAGMA \w+)",
    re.S,
)


def _modules(*areas: str) -> list[Path]:
    files: list[Path] = []
    for area in areas:
        folder = PACKAGE / area
        files += sorted(folder.rglob("*.py")) if folder.is_dir() else []
        single = PACKAGE / f"{area}.py"
        if single.exists():
            files.append(single)
    return files


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_packages_never_import_qt() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            n for n in _imports(path) if n.startswith(("PySide6", "shiboken6"))
        )
        for path in _modules(*QT_FREE)
    }

    assert {k: v for k, v in offenders.items() if v} == {}


def test_sql_is_written_only_in_services_and_storage() -> None:
    offenders: list[str] = []
    every = sorted(PACKAGE.rglob("*.py"))
    allowed = set(_modules(*SQL_ALLOWED))
    for path in every:
        if path in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and SQL_TEXT.match(node.value)
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
        if {"sqlite3", "sqlite_utils"} & _imports(path):
            offenders.append(f"{path.relative_to(PACKAGE)} imports sqlite")

    assert offenders == []


def test_the_checks_see_the_packages() -> None:
    # Guards the two tests above against passing on an empty file list.
    assert len(_modules(*QT_FREE)) > 10
    assert len(_modules(*SQL_ALLOWED)) > 5

"""A runner for the real ``crm`` command line, in a subprocess (used by conftest.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any


class Crm:
    """``crm.run("contacts", "list")`` runs ``python -m crm_desktop --db <file> contacts list``."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path

    def run(
        self,
        *args: str,
        db: Path | bool | None = True,
        env: Mapping[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """``db=True`` puts ``--db <the test file>`` first; False leaves it out."""
        environment = {k: v for k, v in os.environ.items() if k != "CRM_DB"}
        environment.update(env or {})
        prefix: list[str] = []
        if db is True:
            prefix = ["--db", str(self.db_path)]
        elif isinstance(db, Path):
            prefix = ["--db", str(db)]
        return subprocess.run(
            [sys.executable, "-m", "crm_desktop", *prefix, *args],
            capture_output=True,
            text=True,
            env=environment,
            timeout=120,
            check=False,
        )

    def ok(self, *args: str, **kwargs: Any) -> str:
        """Stdout of a command that must succeed (its stderr shown if it does not)."""
        result = self.run(*args, **kwargs)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def json(self, *args: str, **kwargs: Any) -> Any:
        return json.loads(self.ok(*args, "--json", **kwargs))

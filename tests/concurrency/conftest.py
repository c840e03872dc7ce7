"""Helpers of the multi-process tests: a shared-mode file, the worker, reading logs."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

WORKER = Path(__file__).with_name("worker.py")


def worker_command(*args: object) -> list[str]:
    return [sys.executable, str(WORKER), *(str(a) for a in args)]


def read_log(path: Path) -> list[dict[str, Any]]:
    """The complete lines of a worker's log (a killed worker may leave half a line)."""
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.endswith("\n"):
            entries.append(json.loads(line))
    return entries

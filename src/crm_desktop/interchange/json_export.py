"""Records written as one JSON array, keyed by the model's field names (as ``--json`` prints)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any


def plain(value: object) -> Any:
    """A JSON-ready copy of a dataclass, list or mapping; keys stay field names."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    return value


def write_json(path: Path, records: Iterable[object]) -> int:
    """Write the records as a JSON array (UTF-8, one record per line); returns the count.

    Written record by record, so a long list is never built as one string.
    """
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("[")
        for record in records:
            handle.write(",\n" if count else "\n")
            handle.write(json.dumps(plain(record), ensure_ascii=False))
            count += 1
        handle.write("\n]\n" if count else "]\n")
    return count

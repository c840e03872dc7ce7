"""Printing records for people (aligned columns) and for scripts (JSON)."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, TextIO


def plain(value: object) -> Any:
    """A JSON-ready copy of a dataclass, list or mapping; keys stay field names."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if isinstance(value, date):  # datetime too: ISO-8601, as the file stores them
        return value.isoformat()
    return value


def print_json(value: object, out: TextIO | None = None) -> None:
    stream = out or sys.stdout
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "")
    # Names as they are in UTF-8; \u escapes where the output cannot hold them,
    # so the JSON stays valid whatever the encoding.
    json.dump(plain(value), stream, ensure_ascii=not encoding.startswith("utf"), indent=2)
    stream.write("\n")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    return str(value).replace("\n", " ")


def print_table(
    rows: Sequence[object], columns: Sequence[tuple[str, str]], out: TextIO | None = None
) -> None:
    """Aligned columns: ``columns`` are (attribute, heading) pairs."""
    stream = out or sys.stdout
    if not rows:
        stream.write("(none)\n")
        return
    cells = [[_cell(getattr(row, attr, "")) for attr, _ in columns] for row in rows]
    headings = [heading for _, heading in columns]
    widths = [min(40, max(len(h), *(len(c[i]) for c in cells))) for i, h in enumerate(headings)]
    stream.write(
        "  ".join(h.ljust(w) for h, w in zip(headings, widths, strict=True)).rstrip() + "\n"
    )
    for row_cells in cells:
        clipped = [
            c if len(c) <= w else c[: w - 1] + "…" for c, w in zip(row_cells, widths, strict=True)
        ]
        stream.write(
            "  ".join(c.ljust(w) for c, w in zip(clipped, widths, strict=True)).rstrip() + "\n"
        )


def _item(item: Mapping[str, object]) -> str:
    """An e-mail or phone as "value (details)": ``06 1234 5678 (+390612345678, work)``."""
    first, *rest = [_cell(v) for v in item.values() if v not in (None, "")] or [""]
    return f"{first} ({', '.join(rest)})" if rest else first


def print_record(record: object, out: TextIO | None = None) -> None:
    """One record as ``field: value`` lines, skipping empty values."""
    stream = out or sys.stdout
    data = plain(record)
    width = max((len(k) for k in data), default=0)
    for key, value in data.items():
        if value in (None, "", [], {}):
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            text = "; ".join(_item(item) for item in value)
        elif isinstance(value, dict):
            text = ", ".join(f"{k}={_cell(v)}" for k, v in value.items())
        else:
            text = _cell(value)
        stream.write(f"{key.ljust(width)}  {text}\n")

"""What a write changed, so views can decide whether to reload.

Every committed unit of work produces one ``Changes`` value and hands it to the
listeners registered on the database (the GUI registers exactly one).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Ids created, updated or deleted per table name (``contacts``, ``deals``, ...)."""

    created: dict[str, frozenset[int]] = field(default_factory=dict)
    updated: dict[str, frozenset[int]] = field(default_factory=dict)
    deleted: dict[str, frozenset[int]] = field(default_factory=dict)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.created) | frozenset(self.updated) | frozenset(self.deleted)

    def touches(self, *tables: str) -> bool:
        return any(table in self.tables for table in tables)

    def is_empty(self) -> bool:
        return not self.tables


class ChangesBuilder:
    """Collects ids while a unit of work runs."""

    def __init__(self) -> None:
        self._created: dict[str, set[int]] = {}
        self._updated: dict[str, set[int]] = {}
        self._deleted: dict[str, set[int]] = {}

    def created(self, table: str, ids: Iterable[int]) -> None:
        self._created.setdefault(table, set()).update(ids)

    def updated(self, table: str, ids: Iterable[int]) -> None:
        self._updated.setdefault(table, set()).update(ids)

    def deleted(self, table: str, ids: Iterable[int]) -> None:
        self._deleted.setdefault(table, set()).update(ids)

    def build(self) -> Changes:
        return Changes(
            created={k: frozenset(v) for k, v in self._created.items()},
            updated={k: frozenset(v) for k, v in self._updated.items()},
            deleted={k: frozenset(v) for k, v in self._deleted.items()},
        )

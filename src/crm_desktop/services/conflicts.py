"""Someone else saved the record I was editing: what differs, and my choice per field.

A form keeps the values it started from (``base``) and what the user typed
(``mine``); the file now holds ``theirs``. Every field where mine and theirs
differ is shown with a choice, preset to a three-way merge: my value where I
changed the field, theirs where only they did. Resolving gives the changes to
send with the record's *current* version, so nothing is overwritten unseen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from crm_desktop.services.activities import get_activity
from crm_desktop.services.companies import get_company
from crm_desktop.services.contacts import get_contact
from crm_desktop.services.deals import get_deal
from crm_desktop.services.tickets import get_ticket
from crm_desktop.storage.database import Database

Choice = Literal["mine", "theirs"]
MINE: Choice = "mine"
THEIRS: Choice = "theirs"

_READERS: dict[str, Callable[[Database, int], Any]] = {
    "contact": get_contact,
    "company": get_company,
    "deal": get_deal,
    "ticket": get_ticket,
    "activity": get_activity,
    "task": get_activity,
}


@dataclass(frozen=True)
class FieldConflict:
    """One field whose value in my edit differs from the one stored now."""

    field: str
    base: Any  # when I opened the record
    mine: Any  # what I typed
    theirs: Any  # what the file holds now

    @property
    def i_changed(self) -> bool:
        return bool(self.mine != self.base)

    @property
    def they_changed(self) -> bool:
        return bool(self.theirs != self.base)

    @property
    def suggested(self) -> Choice:
        """Keep my value where I edited the field, else take theirs."""
        return MINE if self.i_changed else THEIRS


@dataclass(frozen=True)
class Conflict:
    """A record changed under my edit: its current state and each differing field."""

    kind: str
    record_id: int
    version: int  # the version to save against once resolved
    record: Any  # the record as stored now
    fields: tuple[FieldConflict, ...]

    def suggested_choices(self) -> dict[str, Choice]:
        return {f.field: f.suggested for f in self.fields}

    def resolve(self, choices: Mapping[str, Choice]) -> dict[str, Any]:
        """The changes to send (against ``version``): the fields where I keep my value.

        A field missing from ``choices`` takes the suggested choice.
        """
        changes: dict[str, Any] = {}
        for field in self.fields:
            choice = choices.get(field.field, field.suggested)
            if choice not in (MINE, THEIRS):
                raise ValueError(f"choice for {field.field} must be mine or theirs, not {choice!r}")
            if choice == MINE:
                changes[field.field] = field.mine
        return changes


def compare(
    base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]
) -> tuple[FieldConflict, ...]:
    """Each field of ``mine`` whose value differs from ``theirs``, in ``mine``'s order."""
    return tuple(
        FieldConflict(name, base.get(name), value, theirs.get(name))
        for name, value in mine.items()
        if value != theirs.get(name)
    )


def current_record(db: Database, kind: str, record_id: int) -> Any:
    """The record as stored now.

    Raises:
        NotFoundError: it was deleted meanwhile.
    """
    try:
        reader = _READERS[kind]
    except KeyError:
        raise ValueError(f"no conflict handling for {kind!r} records") from None
    return reader(db, record_id)


def find_conflict(
    db: Database,
    kind: str,
    record_id: int,
    mine: Mapping[str, Any],
    base: Mapping[str, Any],
    values_of: Callable[[Any], Mapping[str, Any]] | None = None,
) -> Conflict:
    """Compare my edit of a record with what the file holds now.

    ``values_of`` turns the stored record into values named and shaped as
    ``mine`` (a form knows its own shape); by default the record's attributes
    of the same names are used.

    Raises:
        NotFoundError: the record was deleted meanwhile.
    """
    record = current_record(db, kind, record_id)
    if values_of is not None:
        theirs = dict(values_of(record))
    else:
        theirs = {name: getattr(record, name) for name in mine if hasattr(record, name)}
    return Conflict(kind, record_id, int(record.version), record, compare(base, mine, theirs))

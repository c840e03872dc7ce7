"""Tags: free labels on contacts, companies, deals and tickets."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from crm_desktop.domain.ids import TagId
from crm_desktop.i18n import translate

# The record kinds a tag (or an activity) can point at, and their tables.
ENTITY_TABLES = {
    "contact": "contacts",
    "company": "companies",
    "deal": "deals",
    "ticket": "tickets",
}
MAX_NAME_LENGTH = 50


def clean_tag_name(name: str) -> str:
    """Trimmed, inner runs of spaces collapsed, NFC so "è" typed two ways is one tag."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def tag_key(name: str) -> str:
    """What two names must share to be the same tag: case-folded ("Övrigt" = "ÖVRIGT")."""
    return clean_tag_name(name).casefold()


def tag_name_problem(name: str) -> str | None:
    """Why ``name`` (already cleaned) cannot be a tag name, or None if it can."""
    if not name:
        return translate("validation", "a tag name is required")
    if len(name) > MAX_NAME_LENGTH:
        return translate("validation", "must be at most %n characters", "", MAX_NAME_LENGTH)
    if "," in name:
        # Commas separate tags in imports, exports and the tag entry field.
        return translate("validation", "cannot contain a comma")
    return None


@dataclass(frozen=True)
class Tag:
    id: TagId
    name: str
    color: str  # "#rrggbb" or "" for the default look
    # How many live records carry it, in total and per kind ("contact": 3, ...).
    usage_count: int = 0
    usage_by_type: dict[str, int] = field(default_factory=dict)

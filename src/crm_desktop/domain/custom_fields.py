"""Fields a user adds at run time to contacts, companies, deals or tickets."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.domain.ids import CustomFieldId

ENTITY_TYPES = ("contact", "company", "deal", "ticket")
FIELD_KINDS = ("text", "number", "date", "choice", "boolean")


@dataclass(frozen=True)
class CustomField:
    id: CustomFieldId
    entity_type: str
    key: str  # stable name in the record's ``custom`` JSON, e.g. "shoe_size"
    label: str  # what the form shows, e.g. "Shoe size"
    kind: str
    choices: tuple[str, ...]
    required: bool
    position: int

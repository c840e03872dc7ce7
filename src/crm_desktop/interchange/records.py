"""What every importer feeds the import pipeline: source records in the CRM's own field names.

The pipeline (``services/imports.py``) does not care where a record comes
from. A CSV file is turned into records by applying a column mapping
(``interchange/csv_import.py``); a vCard reader (``interchange/vcard.py``)
builds them straight from its cards. Either way the pipeline gets an
iterable of ``SourceRecord``::

    SourceRecord(
        line=12,                                   # where the record starts, 1-based
        fields={
            "first_name": "Nicolò",
            "last_name": "Åberg",
            "company": "Åberg AB",                 # a name: linked or created
            "emails": [("work", "nicolo@aberg.se"), "home@example.com"],
            "phones": [("mobile", "070-123 45 67")],   # as typed; the file's region applies
            "tags": ["Customers", "Stockholm"],
            "birthday": "12/31/1975",              # text as written; parsed by the pipeline
            "custom.shoe_size": "42,5",
        },
        original={"Given Name": "Nicolò", ...},     # the source's own columns, for the error file
    )

Rules for ``fields``:

* keys are the names in ``CONTACT_FIELDS`` / ``COMPANY_FIELDS`` or ``custom.<key>``
  (a custom field's key); unknown keys are reported as a problem of that record;
* single fields hold text as written in the source (the pipeline trims it,
  parses dates, numbers, countries, yes/no);
* list fields (``LIST_FIELDS``: emails, phones, tags) hold a list whose items
  are text or ``(label, text)`` pairs; labels are free text ("work", "home",
  "mobile");
* a missing key or an empty value means "not given" (a merge never blanks a field).

``original`` maps the source's column names to the cells as read (a vCard
reader may give the property lines, or leave it empty); rejected records are
written to the error CSV with these columns plus a reason naming the line and
field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

# A list field's item: "a@b.it" or ("home", "a@b.it").
ListItem = str | tuple[str, str]
FieldValue = str | Sequence[ListItem]

LIST_FIELDS = frozenset({"emails", "phones", "tags"})

# Fields an import can fill, per kind of record, in the order a wizard lists them.
CONTACT_FIELDS = (
    "first_name",
    "last_name",
    "full_name",  # "First Last" split when the file has no separate columns
    "job_title",
    "company",
    "emails",
    "phones",
    "street",
    "postcode",
    "city",
    "region",
    "country",
    "birthday",
    "lifecycle_stage",
    "lead_source",
    "owner",
    "marketing_consent",
    "tags",
    "notes",
)
COMPANY_FIELDS = (
    "name",
    "industry",
    "website",
    "vat_id",
    "emails",
    "phones",
    "street",
    "postcode",
    "city",
    "region",
    "country",
    "owner",
    "tags",
    "notes",
)
ENTITIES = ("contacts", "companies")
CUSTOM_PREFIX = "custom."


def fields_of(entity: str) -> tuple[str, ...]:
    """The importable fields of "contacts" or "companies"."""
    if entity == "contacts":
        return CONTACT_FIELDS
    if entity == "companies":
        return COMPANY_FIELDS
    raise ValueError(f"unknown import entity {entity!r}")


@dataclass(frozen=True)
class SourceRecord:
    """One record read from a file, in the CRM's field names (see the module docstring)."""

    line: int
    fields: Mapping[str, FieldValue]
    original: Mapping[str, str] = field(default_factory=dict)

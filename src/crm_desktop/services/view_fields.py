"""The fields a saved view may filter on, per entity, and the SQL that reads each.

This is the whitelist: a condition naming any other field is refused, and
nothing a user typed ever becomes SQL text. Expressions read the record
through the alias ``sv``.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel.numbers import get_currency_precision, list_currencies

from crm_desktop.domain.saved_views import BOOL, CHOICE, DATE, MONEY, NUMBER, TAG, TEXT


@dataclass(frozen=True)
class ViewField:
    """A field offered by the filter builder."""

    key: str
    label: str
    kind: str
    sql: str  # an expression over ``sv``; for TAG the tagging's entity type
    choices: tuple[str, ...] = ()


def _user(column: str) -> str:
    return f"(SELECT u.name FROM users u WHERE u.id = sv.{column})"


def _contact_name(column: str) -> str:
    return (
        "(SELECT trim(x.first_name || ' ' || x.last_name) FROM contacts x"
        f" WHERE x.id = sv.{column})"
    )


def _company_name(column: str) -> str:
    return f"(SELECT x.name FROM companies x WHERE x.id = sv.{column})"


def _any_email() -> str:
    # All addresses joined, so "contains" finds the second e-mail too.
    return (
        "(SELECT group_concat(json_extract(e.value, '$.address'), ' ') FROM json_each(sv.emails) e)"
    )


def _any_phone() -> str:
    return "(SELECT group_concat(json_extract(p.value, '$.raw'), ' ') FROM json_each(sv.phones) p)"


def _major_units() -> str:
    """The deal value in whole units of its currency (cents / 100, yen / 1)."""
    odd = sorted(
        (code, int(get_currency_precision(code)))
        for code in list_currencies()
        if int(get_currency_precision(code)) != 2
    )
    arms = " ".join(f"WHEN '{code}' THEN {10**digits}.0" for code, digits in odd)
    return f"(sv.value_minor / CASE sv.currency {arms} ELSE 100.0 END)"


_ADDRESS = (
    ViewField("city", "City", TEXT, "sv.city"),
    ViewField("postcode", "Postcode", TEXT, "sv.postcode"),
    ViewField("region", "Region", TEXT, "sv.region"),
    ViewField("country", "Country", TEXT, "sv.country"),
)
_STAMPS = (
    ViewField("created_at", "Created", DATE, "sv.created_at"),
    ViewField("updated_at", "Last changed", DATE, "sv.updated_at"),
)

VIEW_FIELDS: dict[str, tuple[ViewField, ...]] = {
    "contacts": (
        ViewField("first_name", "First name", TEXT, "sv.first_name"),
        ViewField("last_name", "Last name", TEXT, "sv.last_name"),
        ViewField("email", "E-mail", TEXT, _any_email()),
        ViewField("phone", "Phone", TEXT, _any_phone()),
        ViewField("job_title", "Job title", TEXT, "sv.job_title"),
        ViewField("company", "Company", TEXT, _company_name("company_id")),
        *_ADDRESS,
        ViewField("lead_source", "Lead source", TEXT, "sv.lead_source"),
        ViewField(
            "lifecycle_stage",
            "Lifecycle stage",
            CHOICE,
            "sv.lifecycle_stage",
            ("lead", "prospect", "customer", "former"),
        ),
        ViewField("owner", "Owner", TEXT, _user("owner_id")),
        ViewField("birthday", "Birthday", DATE, "sv.birthday"),
        ViewField("marketing_consent", "Marketing consent", BOOL, "sv.marketing_consent"),
        ViewField("notes", "Notes", TEXT, "sv.notes"),
        ViewField("tag", "Tag", TAG, "contact"),
        *_STAMPS,
    ),
    "companies": (
        ViewField("name", "Name", TEXT, "sv.name"),
        ViewField("industry", "Industry", TEXT, "sv.industry"),
        ViewField("website", "Website", TEXT, "sv.website"),
        ViewField("email", "E-mail", TEXT, _any_email()),
        ViewField("phone", "Phone", TEXT, _any_phone()),
        *_ADDRESS,
        ViewField("vat_id", "VAT id", TEXT, "sv.vat_id"),
        ViewField("owner", "Owner", TEXT, _user("owner_id")),
        ViewField(
            "contacts",
            "Number of contacts",
            NUMBER,
            "(SELECT count(*) FROM contacts x WHERE x.company_id = sv.id AND x.deleted_at IS NULL)",
        ),
        ViewField("notes", "Notes", TEXT, "sv.notes"),
        ViewField("tag", "Tag", TAG, "company"),
        *_STAMPS,
    ),
    "deals": (
        ViewField("title", "Title", TEXT, "sv.title"),
        ViewField("status", "Status", CHOICE, "sv.status", ("open", "won", "lost")),
        ViewField("stage", "Stage", TEXT, "(SELECT s.name FROM stages s WHERE s.id = sv.stage_id)"),
        ViewField(
            "pipeline",
            "Pipeline",
            TEXT,
            "(SELECT p.name FROM pipelines p WHERE p.id = sv.pipeline_id)",
        ),
        ViewField("value", "Value", MONEY, _major_units()),
        ViewField("currency", "Currency", TEXT, "sv.currency"),
        ViewField("probability", "Probability %", NUMBER, "sv.probability"),
        ViewField("expected_close_date", "Expected close", DATE, "sv.expected_close_date"),
        ViewField("closed_at", "Closed", DATE, "sv.closed_at"),
        ViewField("contact", "Contact", TEXT, _contact_name("contact_id")),
        ViewField("company", "Company", TEXT, _company_name("company_id")),
        ViewField("owner", "Owner", TEXT, _user("owner_id")),
        ViewField("lost_reason", "Lost reason", TEXT, "sv.lost_reason"),
        ViewField("tag", "Tag", TAG, "deal"),
        *_STAMPS,
    ),
    "tickets": (
        ViewField("subject", "Subject", TEXT, "sv.subject"),
        ViewField(
            "status",
            "Status",
            CHOICE,
            "sv.status",
            ("new", "open", "pending", "resolved", "closed"),
        ),
        ViewField(
            "priority", "Priority", CHOICE, "sv.priority", ("low", "normal", "high", "urgent")
        ),
        ViewField(
            "channel", "Channel", CHOICE, "sv.channel", ("email", "phone", "web", "in_person")
        ),
        ViewField("assignee", "Assignee", TEXT, _user("assignee_id")),
        ViewField("contact", "Contact", TEXT, _contact_name("contact_id")),
        ViewField("company", "Company", TEXT, _company_name("company_id")),
        ViewField("sla_due_at", "SLA due", DATE, "sv.sla_due_at"),
        ViewField("resolved_at", "Resolved", DATE, "sv.resolved_at"),
        ViewField("tag", "Tag", TAG, "ticket"),
        *_STAMPS,
    ),
}


def view_fields(entity: str) -> tuple[ViewField, ...]:
    """The fields of ``entity`` (one of ENTITIES), in the builder's order."""
    return VIEW_FIELDS[entity]


def find_view_field(entity: str, key: str) -> ViewField | None:
    return next((f for f in VIEW_FIELDS.get(entity, ()) if f.key == key), None)

"""The fields a saved view may filter on, per entity, and the SQL that reads each.

This is the whitelist: a condition naming any other field is refused, and
nothing a user typed ever becomes SQL text. Expressions read the record
through the alias ``sv``.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel.numbers import get_currency_precision, list_currencies

from crm_desktop.domain.saved_views import BOOL, CHOICE, DATE, MONEY, NUMBER, TAG, TEXT
from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class ViewField:
    """A field offered by the filter builder."""

    key: str
    source_label: str  # English, marked for the "view fields" context
    kind: str
    sql: str  # an expression over ``sv``; for TAG the tagging's entity type
    choices: tuple[str, ...] = ()  # stored values (ids), never translated

    @property
    def label(self) -> str:
        """The field's name in the current language ("City", "Città")."""
        return translate("view fields", self.source_label)


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
    ViewField("city", QT_TRANSLATE_NOOP("view fields", "City"), TEXT, "sv.city"),
    ViewField("postcode", QT_TRANSLATE_NOOP("view fields", "Postcode"), TEXT, "sv.postcode"),
    ViewField("region", QT_TRANSLATE_NOOP("view fields", "Region"), TEXT, "sv.region"),
    ViewField("country", QT_TRANSLATE_NOOP("view fields", "Country"), TEXT, "sv.country"),
)
_STAMPS = (
    ViewField("created_at", QT_TRANSLATE_NOOP("view fields", "Created"), DATE, "sv.created_at"),
    ViewField(
        "updated_at", QT_TRANSLATE_NOOP("view fields", "Last changed"), DATE, "sv.updated_at"
    ),
)

VIEW_FIELDS: dict[str, tuple[ViewField, ...]] = {
    "contacts": (
        ViewField(
            "first_name", QT_TRANSLATE_NOOP("view fields", "First name"), TEXT, "sv.first_name"
        ),
        ViewField("last_name", QT_TRANSLATE_NOOP("view fields", "Last name"), TEXT, "sv.last_name"),
        ViewField("email", QT_TRANSLATE_NOOP("view fields", "E-mail"), TEXT, _any_email()),
        ViewField("phone", QT_TRANSLATE_NOOP("view fields", "Phone"), TEXT, _any_phone()),
        ViewField("job_title", QT_TRANSLATE_NOOP("view fields", "Job title"), TEXT, "sv.job_title"),
        ViewField(
            "company",
            QT_TRANSLATE_NOOP("view fields", "Company"),
            TEXT,
            _company_name("company_id"),
        ),
        *_ADDRESS,
        ViewField(
            "lead_source", QT_TRANSLATE_NOOP("view fields", "Lead source"), TEXT, "sv.lead_source"
        ),
        ViewField(
            "lifecycle_stage",
            QT_TRANSLATE_NOOP("view fields", "Lifecycle stage"),
            CHOICE,
            "sv.lifecycle_stage",
            ("lead", "prospect", "customer", "former"),
        ),
        ViewField("owner", QT_TRANSLATE_NOOP("view fields", "Owner"), TEXT, _user("owner_id")),
        ViewField("birthday", QT_TRANSLATE_NOOP("view fields", "Birthday"), DATE, "sv.birthday"),
        ViewField(
            "marketing_consent",
            QT_TRANSLATE_NOOP("view fields", "Marketing consent"),
            BOOL,
            "sv.marketing_consent",
        ),
        ViewField("notes", QT_TRANSLATE_NOOP("view fields", "Notes"), TEXT, "sv.notes"),
        ViewField("tag", QT_TRANSLATE_NOOP("view fields", "Tag"), TAG, "contact"),
        *_STAMPS,
    ),
    "companies": (
        ViewField("name", QT_TRANSLATE_NOOP("view fields", "Name"), TEXT, "sv.name"),
        ViewField("industry", QT_TRANSLATE_NOOP("view fields", "Industry"), TEXT, "sv.industry"),
        ViewField("website", QT_TRANSLATE_NOOP("view fields", "Website"), TEXT, "sv.website"),
        ViewField("email", QT_TRANSLATE_NOOP("view fields", "E-mail"), TEXT, _any_email()),
        ViewField("phone", QT_TRANSLATE_NOOP("view fields", "Phone"), TEXT, _any_phone()),
        *_ADDRESS,
        ViewField("vat_id", QT_TRANSLATE_NOOP("view fields", "VAT id"), TEXT, "sv.vat_id"),
        ViewField("owner", QT_TRANSLATE_NOOP("view fields", "Owner"), TEXT, _user("owner_id")),
        ViewField(
            "contacts",
            QT_TRANSLATE_NOOP("view fields", "Number of contacts"),
            NUMBER,
            "(SELECT count(*) FROM contacts x WHERE x.company_id = sv.id AND x.deleted_at IS NULL)",
        ),
        ViewField("notes", QT_TRANSLATE_NOOP("view fields", "Notes"), TEXT, "sv.notes"),
        ViewField("tag", QT_TRANSLATE_NOOP("view fields", "Tag"), TAG, "company"),
        *_STAMPS,
    ),
    "deals": (
        ViewField("title", QT_TRANSLATE_NOOP("view fields", "Title"), TEXT, "sv.title"),
        ViewField(
            "status",
            QT_TRANSLATE_NOOP("view fields", "Status"),
            CHOICE,
            "sv.status",
            ("open", "won", "lost"),
        ),
        ViewField(
            "stage",
            QT_TRANSLATE_NOOP("view fields", "Stage"),
            TEXT,
            "(SELECT s.name FROM stages s WHERE s.id = sv.stage_id)",
        ),
        ViewField(
            "pipeline",
            QT_TRANSLATE_NOOP("view fields", "Pipeline"),
            TEXT,
            "(SELECT p.name FROM pipelines p WHERE p.id = sv.pipeline_id)",
        ),
        ViewField("value", QT_TRANSLATE_NOOP("view fields", "Value"), MONEY, _major_units()),
        ViewField("currency", QT_TRANSLATE_NOOP("view fields", "Currency"), TEXT, "sv.currency"),
        ViewField(
            "probability",
            QT_TRANSLATE_NOOP("view fields", "Probability %"),
            NUMBER,
            "sv.probability",
        ),
        ViewField(
            "expected_close_date",
            QT_TRANSLATE_NOOP("view fields", "Expected close"),
            DATE,
            "sv.expected_close_date",
        ),
        ViewField("closed_at", QT_TRANSLATE_NOOP("view fields", "Closed"), DATE, "sv.closed_at"),
        ViewField(
            "contact",
            QT_TRANSLATE_NOOP("view fields", "Contact"),
            TEXT,
            _contact_name("contact_id"),
        ),
        ViewField(
            "company",
            QT_TRANSLATE_NOOP("view fields", "Company"),
            TEXT,
            _company_name("company_id"),
        ),
        ViewField("owner", QT_TRANSLATE_NOOP("view fields", "Owner"), TEXT, _user("owner_id")),
        ViewField(
            "lost_reason", QT_TRANSLATE_NOOP("view fields", "Lost reason"), TEXT, "sv.lost_reason"
        ),
        ViewField("tag", QT_TRANSLATE_NOOP("view fields", "Tag"), TAG, "deal"),
        *_STAMPS,
    ),
    "tickets": (
        ViewField("subject", QT_TRANSLATE_NOOP("view fields", "Subject"), TEXT, "sv.subject"),
        ViewField(
            "status",
            QT_TRANSLATE_NOOP("view fields", "Status"),
            CHOICE,
            "sv.status",
            ("new", "open", "pending", "resolved", "closed"),
        ),
        ViewField(
            "priority",
            QT_TRANSLATE_NOOP("view fields", "Priority"),
            CHOICE,
            "sv.priority",
            ("low", "normal", "high", "urgent"),
        ),
        ViewField(
            "channel",
            QT_TRANSLATE_NOOP("view fields", "Channel"),
            CHOICE,
            "sv.channel",
            ("email", "phone", "web", "in_person"),
        ),
        ViewField(
            "assignee", QT_TRANSLATE_NOOP("view fields", "Assignee"), TEXT, _user("assignee_id")
        ),
        ViewField(
            "contact",
            QT_TRANSLATE_NOOP("view fields", "Contact"),
            TEXT,
            _contact_name("contact_id"),
        ),
        ViewField(
            "company",
            QT_TRANSLATE_NOOP("view fields", "Company"),
            TEXT,
            _company_name("company_id"),
        ),
        ViewField("sla_due_at", QT_TRANSLATE_NOOP("view fields", "SLA due"), DATE, "sv.sla_due_at"),
        ViewField(
            "resolved_at", QT_TRANSLATE_NOOP("view fields", "Resolved"), DATE, "sv.resolved_at"
        ),
        ViewField("tag", QT_TRANSLATE_NOOP("view fields", "Tag"), TAG, "ticket"),
        *_STAMPS,
    ),
}


def choice_label(entity: str, field: str, value: str) -> str:
    """A stored choice of ``field`` as people read it ("won" -> "Won"); unknown values as stored.

    The comment tells the translators whose status it is: Italian says a deal
    (trattativa) is "aperta" and a ticket "aperto".
    """
    labels = {
        ("contacts", "lifecycle_stage", "lead"): translate("view fields", "Lead", "lifecycle"),
        ("contacts", "lifecycle_stage", "prospect"): translate(
            "view fields", "Prospect", "lifecycle"
        ),
        ("contacts", "lifecycle_stage", "customer"): translate(
            "view fields", "Customer", "lifecycle"
        ),
        ("contacts", "lifecycle_stage", "former"): translate(
            "view fields", "Former customer", "lifecycle"
        ),
        ("deals", "status", "open"): translate("view fields", "Open", "deal status"),
        ("deals", "status", "won"): translate("view fields", "Won", "deal status"),
        ("deals", "status", "lost"): translate("view fields", "Lost", "deal status"),
        ("tickets", "status", "new"): translate("view fields", "New", "ticket status"),
        ("tickets", "status", "open"): translate("view fields", "Open", "ticket status"),
        ("tickets", "status", "pending"): translate("view fields", "Pending", "ticket status"),
        ("tickets", "status", "resolved"): translate("view fields", "Resolved", "ticket status"),
        ("tickets", "status", "closed"): translate("view fields", "Closed", "ticket status"),
        ("tickets", "priority", "low"): translate("view fields", "Low", "ticket priority"),
        ("tickets", "priority", "normal"): translate("view fields", "Normal", "ticket priority"),
        ("tickets", "priority", "high"): translate("view fields", "High", "ticket priority"),
        ("tickets", "priority", "urgent"): translate("view fields", "Urgent", "ticket priority"),
        ("tickets", "channel", "email"): translate("view fields", "E-mail", "ticket channel"),
        ("tickets", "channel", "phone"): translate("view fields", "Phone", "ticket channel"),
        ("tickets", "channel", "web"): translate("view fields", "Web", "ticket channel"),
        ("tickets", "channel", "in_person"): translate(
            "view fields", "In person", "ticket channel"
        ),
    }
    return labels.get((entity, field, value), value)


def view_fields(entity: str) -> tuple[ViewField, ...]:
    """The fields of ``entity`` (one of ENTITIES), in the builder's order."""
    return VIEW_FIELDS[entity]


def find_view_field(entity: str, key: str) -> ViewField | None:
    return next((f for f in VIEW_FIELDS.get(entity, ()) if f.key == key), None)

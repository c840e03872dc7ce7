"""What stored codes (ticket priorities, statuses, activity kinds...) are called in a report.

The same context and English text as the GUI's labels (ui/tickets/labels.py,
ui/widgets/timeline.py, ui/widgets/formatting.py), so one catalogue entry
names a priority alike on screen and on paper. An unknown code is shown as stored.
"""

from __future__ import annotations

from collections.abc import Sequence

from crm_desktop.i18n import translate


def priority_label(priority: str) -> str:
    return {
        "low": translate("tickets", "Low"),
        "normal": translate("tickets", "Normal"),
        "high": translate("tickets", "High"),
        "urgent": translate("tickets", "Urgent"),
    }.get(priority, priority)


def status_label(status: str) -> str:
    return {
        "new": translate("tickets", "New"),
        "open": translate("tickets", "Open"),
        "pending": translate("tickets", "Pending"),
        "resolved": translate("tickets", "Resolved"),
        "closed": translate("tickets", "Closed"),
    }.get(status, status)


def activity_label(kind: str) -> str:
    return {
        "note": translate("timeline", "Note"),
        "call": translate("timeline", "Call"),
        "email": translate("timeline", "E-mail"),
        "meeting": translate("timeline", "Meeting"),
        "task": translate("timeline", "Task"),
    }.get(kind, kind)


def stage_label(stage: str) -> str:
    """A contact's lifecycle stage."""
    return {
        "lead": translate("formatting", "Lead"),
        "prospect": translate("formatting", "Prospect"),
        "customer": translate("formatting", "Customer"),
        "former": translate("formatting", "Former customer"),
    }.get(stage, stage)


def record_label(kind: str) -> str:
    """What a customer is: a contact (a person) or a company."""
    return {
        "contact": translate("formatting", "Contact"),
        "company": translate("formatting", "Company"),
    }.get(kind, kind)


def entity_label(entity: str) -> str:
    """A kind of saved view in the middle of a sentence: "views of deals"."""
    return {
        "contacts": translate("reports", "contacts"),
        "companies": translate("reports", "companies"),
        "deals": translate("reports", "deals"),
        "tickets": translate("reports", "tickets"),
    }.get(entity, entity)


def outcome_label(outcome: str) -> str:
    """A deal stage's outcome: won, lost (open stages show their probability instead)."""
    return {
        "open": translate("reports", "open"),
        "won": translate("reports", "won"),
        "lost": translate("reports", "lost"),
    }.get(outcome, outcome)


def translated(header: Sequence[str], context: str = "reports") -> tuple[str, ...]:
    """A CSV header marked with ``QT_TRANSLATE_NOOP(context, ...)``, in the user's language."""
    return tuple(translate(context, name) for name in header)

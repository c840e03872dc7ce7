"""Ticket queue conditions by day (opened, resolved) and by the SLA kept or broken."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.tickets import PRIORITIES, TicketFilter
from crm_desktop.services.orders import iso_date


def day_clauses(flt: TicketFilter, clauses: list[str], params: list[Any]) -> None:
    """Add the filter's created/resolved day ranges (UTC days, both ends included).

    Raises:
        ValidationError: naming ``created_from`` etc. for a day not as YYYY-MM-DD.
    """
    errors: dict[str, str] = {}
    for column, name, first, last in (
        ("created_at", "created", flt.created_from, flt.created_to),
        ("resolved_at", "resolved", flt.resolved_from, flt.resolved_to),
    ):
        start = iso_date(first, f"{name}_from", errors)
        end = iso_date(last, f"{name}_to", errors)
        if start is not None:
            clauses.append(f"t.{column} >= ?")
            params.append(f"{start}T00:00:00Z")
        if end is not None:
            clauses.append(f"t.{column} < ?")
            params.append(f"{(date.fromisoformat(end) + timedelta(days=1)).isoformat()}T00:00:00Z")
    if errors:
        raise ValidationError(errors)


def breached_condition(sla_hours: Mapping[str, int]) -> str:
    """SQL true for a ticket past its SLA hours (resolved late, or still open past them)."""
    whens = " ".join(f"WHEN '{p}' THEN {int(sla_hours[p])} / 24.0" for p in PRIORITIES)
    return (
        "(julianday(coalesce(t.resolved_at, ?)) - julianday(t.created_at))"
        f" > (CASE t.priority {whens} END)"
    )

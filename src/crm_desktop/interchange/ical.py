"""Meetings and tasks as an iCalendar file (RFC 5545) with vobject.

Meetings become VEVENTs (an hour long from their time), tasks VTODOs (due,
completed, status). UIDs are derived from the file's id of the activity and
the file's creation stamp, so exporting again updates the same entries in a
calendar instead of adding copies. The linked contact, company, deal or
ticket is named in DESCRIPTION.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path

import vobject

from crm_desktop.domain.activities import Activity
from crm_desktop.i18n import translate

PRODID = "-//crm-desktop//crm-desktop//EN"
MEETING_LENGTH = timedelta(hours=1)


def _moment(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=vobject.icalendar.utc)


def activity_uid(activity: Activity) -> str:
    """Stable per activity: its id and when it was made (ids alone repeat across files)."""
    made = activity.created_at.replace("-", "").replace(":", "")
    return f"activity-{activity.id}-{made}@crm-desktop"


def _description(activity: Activity) -> str:
    lines = [activity.body.strip()] if activity.body.strip() else []
    # Read by people in their calendar: in the language of whoever exported.
    if activity.contact:
        lines.append(translate("export", "Contact: {name}").format(name=activity.contact))
    if activity.company:
        lines.append(translate("export", "Company: {name}").format(name=activity.company))
    if activity.deal:
        lines.append(translate("export", "Deal: {name}").format(name=activity.deal))
    if activity.ticket:
        lines.append(translate("export", "Ticket: {name}").format(name=activity.ticket))
    if activity.owner:
        lines.append(translate("export", "Owner: {name}").format(name=activity.owner))
    return "\n".join(lines)


def _add_common(component: vobject.base.Component, activity: Activity) -> None:
    component.add("uid").value = activity_uid(activity)
    component.add("dtstamp").value = _moment(activity.updated_at)
    component.add("summary").value = activity.subject or activity.kind
    description = _description(activity)
    if description:
        component.add("description").value = description
    component.add("last-modified").value = _moment(activity.updated_at)
    component.add("created").value = _moment(activity.created_at)


def calendar(activities: Iterable[Activity]) -> vobject.base.Component:
    """A VCALENDAR of the meetings (VEVENT) and tasks (VTODO) among ``activities``."""
    cal = vobject.iCalendar()
    cal.add("prodid").value = PRODID
    for activity in activities:
        if activity.kind == "meeting" and activity.due_at:
            event = cal.add("vevent")
            _add_common(event, activity)
            start = _moment(activity.due_at)
            event.add("dtstart").value = start
            event.add("dtend").value = start + MEETING_LENGTH
        elif activity.kind == "task":
            todo = cal.add("vtodo")
            _add_common(todo, activity)
            if activity.due_at:
                todo.add("due").value = _moment(activity.due_at)
            if activity.done_at:
                todo.add("completed").value = _moment(activity.done_at)
                todo.add("status").value = "COMPLETED"
                todo.add("percent-complete").value = "100"
            else:
                todo.add("status").value = "NEEDS-ACTION"
    return cal


def write_ical(
    path: Path, activities: Iterable[Activity], progress: Callable[[int], None] | None = None
) -> int:
    """Write the meetings and tasks to ``path``; returns how many entries were written."""
    items = list(activities)
    cal = calendar(items)
    count = len(cal.contents.get("vevent", [])) + len(cal.contents.get("vtodo", []))
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(cal.serialize())
    if progress is not None:
        progress(count)
    return count

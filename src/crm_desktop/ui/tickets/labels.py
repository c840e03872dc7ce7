"""What ticket statuses, priorities and channels are called and coloured on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from crm_desktop.ui.widgets.icons import dot_icon

__all__ = [
    "NOTE_BACKGROUND",
    "NOTE_BORDER",
    "PRIORITY_COLOURS",
    "STATUS_COLOURS",
    "channel_label",
    "priority_icon",
    "priority_label",
    "status_icon",
    "status_label",
]

# Zendesk-like colours: a queue is read by colour before it is read by word.
STATUS_COLOURS = {
    "new": "#f0a30a",
    "open": "#e34f32",
    "pending": "#3091ec",
    "resolved": "#5b9e4d",
    "closed": "#87929d",
}
PRIORITY_COLOURS = {
    "low": "#9aa5b1",
    "normal": "#5c7cfa",
    "high": "#f08c00",
    "urgent": "#d6336c",
}
NOTE_BACKGROUND = "#fff6cc"
NOTE_BORDER = "#e8d27a"


def status_label(status: str) -> str:
    return {
        "new": QCoreApplication.translate("tickets", "New"),
        "open": QCoreApplication.translate("tickets", "Open"),
        "pending": QCoreApplication.translate("tickets", "Pending"),
        "resolved": QCoreApplication.translate("tickets", "Resolved"),
        "closed": QCoreApplication.translate("tickets", "Closed"),
    }.get(status, status)


def priority_label(priority: str) -> str:
    return {
        "low": QCoreApplication.translate("tickets", "Low"),
        "normal": QCoreApplication.translate("tickets", "Normal"),
        "high": QCoreApplication.translate("tickets", "High"),
        "urgent": QCoreApplication.translate("tickets", "Urgent"),
    }.get(priority, priority)


def channel_label(channel: str) -> str:
    return {
        "email": QCoreApplication.translate("tickets", "E-mail"),
        "phone": QCoreApplication.translate("tickets", "Phone"),
        "web": QCoreApplication.translate("tickets", "Web"),
        "in_person": QCoreApplication.translate("tickets", "In person"),
    }.get(channel, channel)


def status_icon(status: str) -> QIcon:
    return dot_icon(STATUS_COLOURS.get(status, "#87929d"))


def priority_icon(priority: str) -> QIcon:
    return dot_icon(PRIORITY_COLOURS.get(priority, "#87929d"))

"""Stored UTC timestamps shown as local times and as "in 3 h" / "2 h overdue"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

_STORED_FORMAT = "yyyy-MM-ddTHH:mm:ss'Z'"


def to_local(stamp: str) -> QDateTime:
    """The local date and time of a stored "YYYY-MM-DDTHH:MM:SSZ" timestamp."""
    moment = QDateTime.fromString(stamp[:19], "yyyy-MM-ddTHH:mm:ss")
    moment.setTimeZone(QTimeZone.utc())
    return moment.toLocalTime()


def to_stored(moment: QDateTime) -> str:
    """A QDateTime (in any zone) as the stored UTC text."""
    return moment.toUTC().toString(_STORED_FORMAT)


def local_date(stamp: str) -> QDate:
    return to_local(stamp).date()


def format_local(stamp: str | None) -> str:
    """Date and time with the month spelled in the user's language ("24 nov 2026 15:55")."""
    if not stamp:
        return ""
    moment = to_local(stamp)
    # A spelled month reads the same everywhere; numeric short dates differ by locale.
    return "{day} {time}".format(
        day=QLocale().toString(moment.date(), "d MMM yyyy"),
        time=QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat),
    )


def format_time(stamp: str) -> str:
    return QLocale().toString(to_local(stamp).time(), QLocale.FormatType.ShortFormat)


def format_day_and_time(stamp: str, now: str) -> str:
    """Short and friendly: "15:00" today, "Tomorrow 09:00", "Wed 25 Nov 09:00", "3 Feb 2025"."""
    moment = to_local(stamp)
    today = to_local(now).date()
    time = QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
    day = moment.date()
    if day == today:
        return QCoreApplication.translate("when", "Today {time}").format(time=time)
    if day == today.addDays(1):
        return QCoreApplication.translate("when", "Tomorrow {time}").format(time=time)
    if day == today.addDays(-1):
        return QCoreApplication.translate("when", "Yesterday {time}").format(time=time)
    if day.year() == today.year():
        return "{day} {time}".format(day=QLocale().toString(day, "ddd d MMM"), time=time)
    return QLocale().toString(day, "d MMM yyyy")


def seconds_until(stamp: str, now: str) -> int:
    """Seconds from ``now`` to ``stamp``; negative when ``stamp`` is past."""
    return int(to_local(now).secsTo(to_local(stamp)))


def _amount(seconds: int) -> str:
    minutes = max(1, seconds // 60)
    if minutes < 60:
        return QCoreApplication.translate("when", "{n} min").format(n=minutes)
    hours = minutes // 60
    if hours < 48:
        return QCoreApplication.translate("when", "{n} h").format(n=hours)
    return QCoreApplication.translate("when", "{n} d").format(n=hours // 24)


def relative_due(stamp: str, now: str) -> str:
    """The time left ("in 3 h") or past ("2 h overdue") until ``stamp``."""
    left = seconds_until(stamp, now)
    if left >= 0:
        return QCoreApplication.translate("when", "in {amount}").format(amount=_amount(left))
    return QCoreApplication.translate("when", "{amount} overdue").format(amount=_amount(-left))


def local_now(now: str) -> QDateTime:
    return to_local(now)


def next_full_hour(now: str) -> QDateTime:
    """The next full hour in local time, a sensible default for a due time."""
    moment = to_local(now)
    start = QDateTime(moment.date(), QTime(moment.time().hour(), 0), moment.timeZone())
    return start.addSecs(3600)

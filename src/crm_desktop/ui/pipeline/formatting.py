"""How long deals sit in a stage, and their money as the user's locale writes it.

Dates and times of deals are written by ``ui/widgets/formatting.py`` like every
other date in the GUI; money goes through its one ``money_text`` as well.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from crm_desktop.domain.pipeline import StageTotal
from crm_desktop.ui.widgets.formatting import amount_text, money_sum_text, money_text

_STORED = "%Y-%m-%dT%H:%M:%SZ"


def days_since(stored: str, now: datetime) -> int:
    """Whole days from a stored UTC timestamp to ``now``; never negative."""
    start = datetime.strptime(stored, _STORED).replace(tzinfo=UTC)
    return max(0, (now.astimezone(UTC) - start).days)


def days_in_stage_text(days: int) -> str:
    if days == 0:
        return QCoreApplication.translate("pipeline", "New in stage today")
    if days == 1:
        return QCoreApplication.translate("pipeline", "%n day in stage", None, days)
    return QCoreApplication.translate("pipeline", "%n days in stage", None, days)


class MoneyFormat:
    """The money of deals, in the user's locale (``i18n.current_locale()``).

    The board, the list and the deal form all write it so, and the deal form's
    typed value is read back (``parse_amount``) in the same locale.
    """

    def money(self, minor: int, currency: str) -> str:
        """The amount with its currency; decimals only when there are any."""
        return money_text(minor, currency)

    def amount_text(self, minor: int, currency: str) -> str:
        """The number alone, as a user would type it back into a value field."""
        return amount_text(minor, currency)

    def totals(self, totals: Iterable[StageTotal]) -> str:
        """One amount per currency, joined: amounts of different currencies never add up."""
        return money_sum_text((t.value_minor, t.currency) for t in totals)

"""The "Customer value" section of a record page: lifetime value and what to offer next.

Each suggestion carries its reason in words.

The association rules are mined once per file and kind of customer, in the
background, and mined again only after orders or products change.
"""

from __future__ import annotations

import html
import weakref

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import CrmError
from crm_desktop.services.analytics.customer_value import CustomerValue, lifetime_value
from crm_desktop.services.analytics.upsell import RuleSet, Suggestion, mine_rules, suggestions_for
from crm_desktop.ui.operations import Operation, run_in_background
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.formatting import count_text, money_text, number_text, percent_text

SUGGESTION_HTML = "<li><b>{product}</b>: {reason} <span style='color: gray'>({lift})</span></li>"
RULE_TABLES = ("orders", "order_lines", "products", "contacts", "companies")


class RulesCache(QObject):
    """The mined rules per kind of customer for the open file; forgotten on relevant writes."""

    def __init__(self, state: AppState) -> None:
        super().__init__(state)
        self.state = state
        self.rules: dict[str, RuleSet] = {}
        state.changed.connect(self._changed)
        state.file_opened.connect(lambda _db: self.rules.clear())

    def _changed(self, changes: Changes) -> None:
        if changes.touches(*RULE_TABLES):
            self.rules.clear()

    def get(self, kind: str) -> RuleSet:
        """The rules for ``kind``; mines them when not known (call it off the GUI thread)."""
        found = self.rules.get(kind)
        if found is None:
            found = mine_rules(self.state.db, kind)
            self.rules[kind] = found
        return found


_caches: weakref.WeakKeyDictionary[AppState, RulesCache] = weakref.WeakKeyDictionary()


def rules_cache(state: AppState) -> RulesCache:
    if state not in _caches:
        _caches[state] = RulesCache(state)
    return _caches[state]


class CustomerValueSection(QWidget):
    """Lifetime value per currency and up to five suggestions; ``shown`` once filled."""

    shown = Signal()

    def __init__(self, state: AppState, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.kind = kind
        self.customer_id: int | None = None
        self._op: Operation | None = None
        self.value = QLabel()
        self.value.setObjectName("lifetimeValue")
        self.value.setWordWrap(True)
        self.suggestions = QLabel()
        self.suggestions.setObjectName("upsellSuggestions")
        self.suggestions.setWordWrap(True)
        self.suggestions.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.value)
        layout.addWidget(self.suggestions)

    def show_customer(self, customer_id: int) -> None:
        self.customer_id = customer_id
        self.value.setText(self.tr("Working out…"))
        self.suggestions.setText("")
        db, kind, cache = self.state.db, self.kind, rules_cache(self.state)

        def work(_progress: object) -> tuple[int, list[CustomerValue], list[Suggestion]]:
            values = lifetime_value(db, kind, customer_id)
            return customer_id, values, suggestions_for(cache.get(kind), customer_id)

        self._op = run_in_background(self, work, self._fill, self._failed)

    def _failed(self, error: BaseException) -> None:
        if self.state.db.closed:
            return  # the file was closed while reading: nothing to show
        if not isinstance(error, CrmError):
            raise error
        self.value.setText(str(error))

    def _value_text(self, value: CustomerValue) -> str:
        total = money_text(value.total_minor, value.currency)
        if value.orders == 1:
            return self.tr("{total} from one order").format(total=total)
        return self.tr("{total} over {n} orders (average {average})").format(
            total=total,
            n=count_text(value.orders),
            average=money_text(value.average_order_minor, value.currency),
        )

    def _fill(self, result: tuple[int, list[CustomerValue], list[Suggestion]]) -> None:
        customer_id, values, suggestions = result
        if customer_id != self.customer_id:
            return  # another record is shown by now
        if values:
            parts = [self._value_text(v) for v in values]
            self.value.setText(self.tr("Lifetime value: {values}.").format(values="; ".join(parts)))
        else:
            self.value.setText(self.tr("No orders yet."))
        if suggestions:
            items = "".join(
                SUGGESTION_HTML.format(
                    product=html.escape(s.product_name),
                    reason=html.escape(s.rule.reason),
                    lift=html.escape(
                        self.tr("support {support}, confidence {confidence}, lift {lift}").format(
                            support=percent_text(s.rule.support * 100, 0),
                            confidence=percent_text(s.rule.confidence * 100, 0),
                            lift=number_text(s.rule.lift, 2),
                        )
                    ),
                )
                for s in suggestions
            )
            self.suggestions.setText(
                self.tr("Worth offering:") + f"<ul style='margin-left: -20px'>{items}</ul>"
            )
        elif values:
            self.suggestions.setText(self.tr("Nothing to suggest yet from what others bought."))
        self.shown.emit()

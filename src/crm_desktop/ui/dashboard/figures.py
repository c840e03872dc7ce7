"""The dashboard's figures as the tiles and charts write them.

Money shows in the business's default currency; amounts in other currencies
are listed beside it, never converted or added (``Dashboard.other_currencies``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from crm_desktop.domain.money import Money, minor_digits
from crm_desktop.services.dashboard import Change, Dashboard, MoneyChange
from crm_desktop.services.sales_figures import CurrencyTotal
from crm_desktop.ui.dashboard.charts import Bars
from crm_desktop.ui.dashboard.tiles import DOWN_IS_GOOD, NEUTRAL, UP_IS_GOOD
from crm_desktop.ui.widgets.formatting import count_text, money_text, number_text, percent_text


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def major(minor: int, currency: str) -> float:
    """Whole units for a bar's height (bars need floats; texts never get them)."""
    return minor / 10 ** minor_digits(currency)


class FigureTexts:
    """Texts of one computed ``Dashboard``, in the user's locale."""

    def __init__(self, figures: Dashboard) -> None:
        self.figures = figures
        self.main = figures.default_currency

    def money(self, minor: int, currency: str) -> str:
        return money_text(minor, currency)

    def day(self, value: date) -> str:
        return QLocale().toString(_qdate(value), "d MMM yyyy")

    def compared(self) -> str:
        f = self.figures
        return QCoreApplication.translate(
            "Dashboard", "{start} – {end}, compared with {prev_start} – {prev_end}"
        ).format(
            start=self.day(f.period.start),
            end=self.day(f.period.end),
            prev_start=self.day(f.previous.start),
            prev_end=self.day(f.previous.end),
        )

    def currency_note(self) -> str:
        return QCoreApplication.translate(
            "Dashboard",
            "Amounts in {main}. Deals and orders in {others} are listed under each figure"
            " and in the charts' tooltips, never converted or added to {main}.",
        ).format(main=self.main, others=", ".join(self.figures.other_currencies))

    # -- tiles -----------------------------------------------------------------------
    def tile(self, key: str) -> dict[str, Any]:
        """Keyword arguments of ``Tile.show_figure`` for tile ``key``."""
        return self._tile(key)

    def _tile(self, key: str) -> dict[str, Any]:
        f = self.figures
        translate = QCoreApplication.translate
        if key == "open_pipeline":
            main, others = self._split(f.open_pipeline)
            if f.open_deals == 1:
                note = translate("Dashboard", "1 open deal, weighted {weighted}")
            else:
                note = translate("Dashboard", "{n} open deals, weighted {weighted}")
            note = note.format(
                n=count_text(f.open_deals), weighted=self.money(main.weighted_minor, self.main)
            )
            return {
                "value": self.money(main.value_minor, self.main),
                "note": self._also(others, note),
            }
        if key in ("forecast_month", "forecast_quarter"):
            totals = f.forecast_month if key == "forecast_month" else f.forecast_quarter
            main, others = self._split(totals)
            if main.count == 1:
                note = translate("Dashboard", "weighted, of {value} in 1 deal")
            else:
                note = translate("Dashboard", "weighted, of {value} in {n} deals")
            note = note.format(
                value=self.money(main.value_minor, self.main), n=count_text(main.count)
            )
            value = self.money(main.weighted_minor, self.main)
            return {"value": value, "note": self._also(others, note, weighted=True)}
        if key == "won":
            return self._won_tile(f.won)
        if key == "win_rate":
            return self._change_tile(f.win_rate, lambda v: percent_text(v * 100), UP_IS_GOOD)
        if key == "sales_cycle":
            days = translate("Dashboard", "{days} days")
            return self._change_tile(
                f.sales_cycle_days,
                lambda v: days.format(days=number_text(v, 1)),
                DOWN_IS_GOOD,
            )
        if key == "won_count":
            return self._change_tile(f.won_count, lambda v: count_text(int(v)), UP_IS_GOOD)
        if key == "sla_breaches":
            return self._change_tile(f.sla_breaches, lambda v: count_text(int(v)), DOWN_IS_GOOD)
        if key == "tickets_resolved":
            return self._change_tile(f.tickets_resolved, lambda v: count_text(int(v)), NEUTRAL)
        counts = {
            "tasks_today": f.tasks_due_today,
            "open_tickets": f.open_tickets,
            "overdue_tickets": f.overdue_tickets,
        }
        notes = {
            "tasks_today": translate("Dashboard", "everyone's open tasks"),
            "open_tickets": translate("Dashboard", "new, open or pending now"),
            "overdue_tickets": translate("Dashboard", "open past their SLA due time"),
        }
        return {"value": count_text(counts[key]), "note": notes[key]}

    def _split(self, totals: Sequence[CurrencyTotal]) -> tuple[CurrencyTotal, list[CurrencyTotal]]:
        main = next((t for t in totals if t.currency == self.main), None)
        others = [t for t in totals if t.currency != self.main]
        return main or CurrencyTotal(self.main, 0, 0, 0), others

    def _also(self, others: list[CurrencyTotal], note: str, weighted: bool = False) -> str:
        if not others:
            return note
        amounts = ", ".join(
            self.money(t.weighted_minor if weighted else t.value_minor, t.currency) for t in others
        )
        also = QCoreApplication.translate("Dashboard", "also {amounts}").format(amounts=amounts)
        return f"{note}\n{also}"

    def _won_tile(self, won: Sequence[MoneyChange]) -> dict[str, Any]:
        main = next((m for m in won if m.currency == self.main), MoneyChange(self.main, 0, 0))
        others = [m for m in won if m.currency != self.main]
        note = ""
        if others:
            amounts = ", ".join(
                QCoreApplication.translate("Dashboard", "{now} (before {before})").format(
                    now=self.money(m.current_minor, m.currency),
                    before=self.money(m.previous_minor, m.currency),
                )
                for m in others
            )
            note = QCoreApplication.translate("Dashboard", "also {amounts}").format(amounts=amounts)
        return {
            "value": self.money(main.current_minor, self.main),
            "change": main.change,
            "previous": self.money(main.previous_minor, self.main),
            "note": note,
        }

    def _change_tile(
        self, change: Change, text: Callable[[float], str], good: str
    ) -> dict[str, Any]:
        def shown(value: float | None) -> str:
            return "–" if value is None else text(value)

        return {
            "value": shown(change.current),
            "change": change,
            "good": good,
            "previous": shown(change.previous),
        }

    # -- charts ----------------------------------------------------------------------
    def amounts(self, amounts: Sequence[Money]) -> str:
        return ", ".join(self.money(m.minor, m.currency) for m in amounts) or self.money(
            0, self.main
        )

    def in_main(self, amounts: Sequence[Money]) -> float:
        return sum(major(m.minor, m.currency) for m in amounts if m.currency == self.main)


ChartData = tuple[list[str], list[Bars], str, str]


def _in_thousands(bars: list[Bars], currency: str) -> tuple[list[Bars], str]:
    """Big amounts as thousands, so the axis reads 150 rather than 150000."""
    top = max((max(b.values, default=0) for b in bars), default=0)
    if top < 10_000:
        return bars, currency
    scaled = [
        Bars(b.name, [v / 1000 for v in b.values], b.tooltips, b.colour, b.clickable) for b in bars
    ]
    unit = QCoreApplication.translate("Dashboard", "thousands of {currency}")
    return scaled, unit.format(currency=currency)


def chart_bars(texts: FigureTexts, key: str) -> ChartData:
    """Categories, series, value axis title and note of chart ``key``."""
    f = texts.figures
    translate = QCoreApplication.translate
    whole = QLocale()

    others = ", ".join(f.other_currencies)
    money_note = (
        translate("Dashboard", "Bars in {main}; {others} in the tooltips.").format(
            main=texts.main, others=others
        )
        if others
        else ""
    )
    if key == "pipeline":
        several = len({s.pipeline_id for s in f.pipeline}) > 1
        names = [f"{s.pipeline}: {s.stage}" if several else s.stage for s in f.pipeline]
        tips = [
            translate("Dashboard", "{stage}: {n} deals\n{amounts}").format(
                stage=name,
                n=count_text(s.count),
                amounts=texts.amounts([Money(t.value_minor, t.currency) for t in s.totals]),
            )
            for name, s in zip(names, f.pipeline, strict=True)
        ]
        values = [
            sum(major(t.value_minor, t.currency) for t in s.totals if t.currency == texts.main)
            for s in f.pipeline
        ]
        note = translate("Dashboard", "Open deals now; won and lost in the period.")
        bars, unit = _in_thousands(
            [Bars(translate("Dashboard", "Value"), values, tips)], texts.main
        )
        return names, bars, unit, f"{note} {money_note}".strip()
    if key == "revenue":
        months = [whole.toString(_qdate(m.month), "MMM") for m in f.revenue]
        orders = Bars(
            translate("Dashboard", "Orders"),
            [texts.in_main(m.orders) for m in f.revenue],
            [texts.amounts(m.orders) for m in f.revenue],
        )
        won = Bars(
            translate("Dashboard", "Deals won"),
            [texts.in_main(m.won_deals) for m in f.revenue],
            [texts.amounts(m.won_deals) for m in f.revenue],
        )
        note = translate(
            "Dashboard",
            "{first} to {last}: orders placed and deals won, side by side (an order may come"
            " from a deal).",
        ).format(
            first=whole.toString(_qdate(f.revenue[0].month), "MMM yyyy"),
            last=whole.toString(_qdate(f.revenue[-1].month), "MMM yyyy"),
        )
        bars, unit = _in_thousands([orders, won], texts.main)
        return months, bars, unit, f"{note} {money_note}".strip()
    weeks = [whole.toString(_qdate(w.week), "d MMM") for w in f.tickets_per_week]
    opened = Bars(
        translate("Dashboard", "Opened"),
        [w.opened for w in f.tickets_per_week],
        [count_text(w.opened) for w in f.tickets_per_week],
    )
    resolved = Bars(
        translate("Dashboard", "Resolved"),
        [w.resolved for w in f.tickets_per_week],
        [count_text(w.resolved) for w in f.tickets_per_week],
    )
    note = translate("Dashboard", "Weeks start on Monday: tickets opened and tickets resolved.")
    return weeks, [opened, resolved], translate("Dashboard", "tickets"), note

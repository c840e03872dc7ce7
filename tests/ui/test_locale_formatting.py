"""Money, numbers and dates in the GUI follow the chosen language's locale.

``in_language`` installs the language as the app does at start (translators,
QLocale's default and ``i18n.current_locale()``); the ``english_gui`` fixture
puts English in en_US back after each test. Texts are compared with no-break
spaces as plain spaces, then checked to use the locale's own separators.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest
from babel.numbers import get_decimal_symbol, get_group_symbol
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from crm_desktop import i18n
from crm_desktop.domain.custom_fields import CustomField
from crm_desktop.domain.pipeline import DealDraft, DealFilter
from crm_desktop.domain.saved_views import Condition
from crm_desktop.services.custom_fields import define_custom_field, validate_custom_values
from crm_desktop.services.deal_lists import list_deals
from crm_desktop.services.deals import create_deal
from crm_desktop.services.pipeline import default_pipeline
from crm_desktop.ui.dashboard.charts import Bars, ChartCard
from crm_desktop.ui.dashboard.tiles import points_text
from crm_desktop.ui.pipeline.deal_list import DealTableModel
from crm_desktop.ui.pipeline.view import PipelineView
from crm_desktop.ui.smart_lists.condition_row import ConditionRow
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.detail_text import custom_value_text
from crm_desktop.ui.widgets.formatting import (
    amount_text,
    count_text,
    date_edit_format,
    day_text,
    money_sum_text,
    money_text,
    percent_text,
    typed_number_text,
)

Language = Callable[[str], None]


class Written(NamedTuple):
    """How a language's home locale writes things (no-break spaces as plain spaces)."""

    currency: str  # the country's own
    money: str  # 1234.56 of it
    count: str  # 1234567
    day: str  # 24 November 2026
    date_field: str  # the format of date fields


WRITTEN = {
    "it": Written("EUR", "1.234,56 €", "1.234.567", "24 nov 2026", "dd/MM/yyyy"),
    "sv": Written("SEK", "1 234,56 kr", "1 234 567", "24 nov. 2026", "yyyy-MM-dd"),
    "en": Written("USD", "$1,234.56", "1,234,567", "24 Nov 2026", "M/d/yyyy"),
}
each_language = pytest.mark.parametrize("language", list(WRITTEN))


def spaced(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def grouped(text: str, whole: str = "1", rest: str = "234", decimals: str = "56") -> bool:
    """``text`` holds 1<group>234<decimal>56 with the current locale's own symbols."""
    locale = i18n.current_locale()
    return f"{whole}{get_group_symbol(locale)}{rest}{get_decimal_symbol(locale)}{decimals}" in text


@pytest.fixture
def deal_view(qtbot: QtBot, state: AppState) -> Callable[[str, int, str], PipelineView]:
    """The pipeline board with one deal, built after the language is installed."""

    def build(title: str, minor: int, currency: str) -> PipelineView:
        create_deal(state.db, DealDraft(title, value_minor=minor, currency=currency))
        view = PipelineView(state)
        qtbot.addWidget(view)
        view.resize(1400, 700)
        view.show()
        return view

    return build


@each_language
def test_money_text_is_written_in_the_chosen_language_locale(
    in_language: Language, language: str
) -> None:
    in_language(language)
    written = WRITTEN[language]

    text = money_text(123456, written.currency)

    assert spaced(text) == written.money
    assert grouped(text)


@each_language
def test_a_board_card_shows_its_value_in_the_chosen_locale(
    in_language: Language,
    deal_view: Callable[[str, int, str], PipelineView],
    language: str,
) -> None:
    in_language(language)
    money = WRITTEN[language].money
    view = deal_view("Impianto", 123456, WRITTEN[language].currency)

    column = view.board.columns[0]
    (card,) = column.cards.cards()

    assert spaced(card.value) == money and grouped(card.value)
    assert spaced(column.total_label.text()) == money


def test_the_deal_list_cell_shows_money_the_italian_way(
    in_language: Language, state: AppState
) -> None:
    in_language("it")
    create_deal(state.db, DealDraft("Impianto", value_minor=123456, currency="EUR"))
    model = DealTableModel(state)
    model.set_filter(DealFilter(pipeline_id=default_pipeline(state.db).id))

    column = model.columns.index("value")
    cell = model.index(0, column).data(Qt.ItemDataRole.DisplayRole)

    assert cell == "1.234,56\u00a0€"


def test_the_deal_form_shows_and_reads_back_an_italian_amount(
    qtbot: QtBot, in_language: Language, deal_view: Callable[[str, int, str], PipelineView]
) -> None:
    in_language("it")
    view = deal_view("Impianto", 123456, "EUR")
    (deal,) = list_deals(view.state.db)
    dialog = view.open_deal(int(deal.id))
    assert dialog is not None
    assert dialog.value.text() == "1.234,56"

    dialog.value.clear()
    qtbot.keyClicks(dialog.value, "2.500,75")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    (saved,) = list_deals(view.state.db)
    assert saved.value_minor == 250075


def test_the_deal_form_reads_a_swedish_amount_with_spaces(
    qtbot: QtBot, in_language: Language, deal_view: Callable[[str, int, str], PipelineView]
) -> None:
    in_language("sv")
    view = deal_view("Offert", 0, "SEK")
    (deal,) = list_deals(view.state.db)
    dialog = view.open_deal(int(deal.id))
    assert dialog is not None

    qtbot.keyClicks(dialog.value, "1 234,5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    (saved,) = list_deals(view.state.db)
    assert saved.value_minor == 123450


@each_language
def test_counts_are_grouped_the_locales_way(in_language: Language, language: str) -> None:
    in_language(language)

    text = count_text(1234567)

    assert spaced(text) == WRITTEN[language].count
    assert text == QLocale(i18n.current_locale()).toString(1234567)


@each_language
def test_dates_use_the_locales_month_names_and_date_fields_its_order(
    in_language: Language, language: str
) -> None:
    in_language(language)

    assert spaced(day_text("2026-11-24")) == WRITTEN[language].day
    assert date_edit_format() == WRITTEN[language].date_field


def test_amounts_in_two_currencies_are_listed_apart_in_the_locale(in_language: Language) -> None:
    in_language("it")

    text = money_sum_text([(150000, "EUR"), (250000, "SEK"), (50000, "EUR")])

    assert spaced(text) == "2.000 € \u00b7 2.500 SEK"


def test_amount_text_for_the_value_field_has_no_currency(in_language: Language) -> None:
    in_language("sv")

    assert amount_text(123456, "SEK") == "1\u00a0234,56"


@pytest.mark.parametrize(
    ("language", "percent", "points"),
    # The unit of points is translated (Swedish says %-enheter): only the number is checked.
    [("it", "12,5%", "41,7 "), ("sv", "12,5 %", "41,7 "), ("en", "12.5%", "41.7 ")],
    ids=list(WRITTEN),
)
def test_dashboard_shares_are_written_in_the_locale(
    in_language: Language, language: str, percent: str, points: str
) -> None:
    in_language(language)

    assert spaced(percent_text(12.5)) == percent
    assert spaced(points_text(41.7)).startswith(points)


def test_chart_axis_numbers_follow_the_locale(qtbot: QtBot, in_language: Language) -> None:
    in_language("it")
    card = ChartCard("orders", "Ordini")
    qtbot.addWidget(card)

    card.show_bars(["gen", "feb"], [Bars("Ordini", [1500.0, 12500.0], ["", ""])])

    # QtCharts writes axis labels with the chart's locale only when asked to.
    assert card.chart.localizeNumbers()
    assert card.chart.locale().name() == "it_IT"
    assert card.chart.locale().toString(12500) == "12.500"


@pytest.fixture
def size_field(state: AppState) -> CustomField:
    return define_custom_field(state.db, "contact", "size", "Size", "number")


@pytest.mark.parametrize(
    ("language", "written"),
    [("it", "12,5"), ("sv", "12,5"), ("en", "12.5")],
    ids=list(WRITTEN),
)
def test_a_custom_number_shows_the_locales_decimal_sign(
    in_language: Language, size_field: CustomField, language: str, written: str
) -> None:
    in_language(language)

    assert custom_value_text(size_field, 12.5) == written


def test_a_custom_number_is_not_grouped_so_a_year_stays_a_year(
    in_language: Language, size_field: CustomField
) -> None:
    in_language("it")

    assert custom_value_text(size_field, 2026) == "2026"
    assert custom_value_text(size_field, 2026.0) == "2026"
    assert typed_number_text(0.1) == "0,1"


def test_a_custom_number_shown_in_italian_reads_back_the_same(
    in_language: Language, state: AppState, size_field: CustomField
) -> None:
    in_language("it")

    typed = typed_number_text(1234.75)

    assert typed == "1234,75"
    assert validate_custom_values(state.db, "contact", {"size": typed}) == {"size": 1234.75}


def test_a_smart_list_amount_reopens_as_it_is_typed_in_the_locale(
    qtbot: QtBot, in_language: Language
) -> None:
    in_language("it")
    row = ConditionRow("deals", [])
    qtbot.addWidget(row)

    row.set_condition(Condition("value", "gt", 1234.5))
    typed = row.value.text()
    row.set_condition(Condition("value", "between", [1000.0, 2500.25]))

    assert typed == "1234,5"
    assert (row.value.text(), row.value2.text()) == ("1000", "2500,25")

"""Values as reports write them: money in the file's locale, durations, percentages, days."""

from __future__ import annotations

from datetime import UTC, date, timedelta, timezone
from zoneinfo import ZoneInfo

from crm_desktop.reports.fonts import FALLBACK, REGULAR, markup, single_font
from crm_desktop.reports.formats import Formats, major

IT, SE, US = Formats("it_IT"), Formats("sv_SE"), Formats("en_US")


def test_money_follows_the_locale_and_the_currency_digits() -> None:
    assert IT.money(123456, "EUR") == "1.234,56\xa0€"
    assert SE.money(123456, "SEK") == "1\xa0234,56\xa0kr"
    assert US.money(120000, "JPY") == "¥120,000"


def test_csv_amounts_are_plain_decimals_in_the_currency_digits() -> None:
    assert IT.plain_amount(5, "EUR") == "0.05"
    assert IT.plain_amount(120000, "JPY") == "120000"
    assert major(150, "EUR") == 1.5


def test_durations_read_in_hours_and_minutes_then_days() -> None:
    assert IT.duration(7200) == "2 h 00 min"
    assert IT.duration(16200) == "4 h 30 min"
    assert IT.duration(3 * 86400 + 5 * 3600) == "3 d 5 h"
    assert IT.duration(None) == "–"


def test_percent_and_days_with_nothing_to_measure_show_a_dash() -> None:
    assert IT.percent(None) == "–"
    assert US.days(34.75) == "34.8 d"
    assert US.days(None) == "–"


def test_days_and_months_in_the_locale() -> None:
    assert IT.day("2026-11-05T10:00:00Z") == "5 nov 2026"
    assert US.month(date(2026, 11, 1)) == "Nov 2026"


def test_percentages_follow_the_locale_pattern_with_one_decimal() -> None:
    assert IT.percent(1 / 3) == "33,3%"
    assert SE.percent(0.576) == "57,6\xa0%"
    assert US.percent(0.25) == "25.0%"
    assert Formats("tr_TR").percent(0.25) == "%25,0"


def test_whole_percentages_can_drop_their_decimals() -> None:
    assert US.percent(0.1, decimals=0) == "10%"
    assert SE.percent(0.1, decimals=0) == "10\xa0%"


def test_a_moment_is_shown_in_local_time_with_its_zone() -> None:
    stamp = "2026-11-29T11:07:00Z"
    assert IT.moment(stamp, ZoneInfo("Europe/Rome")) == "29 nov 2026 12:07 CET (GMT+01:00)"
    assert US.moment(stamp, timezone(timedelta(hours=-3))) == "Nov 29, 2026 8:07\u202fAM GMT-03:00"
    assert IT.moment(stamp, UTC) == "29 nov 2026 11:07 GMT+00:00"


def test_markup_escapes_text_and_sets_cjk_runs_in_the_fallback_font() -> None:
    assert markup("R&D <Ørsted>") == "R&amp;D &lt;Ørsted&gt;"
    assert markup("山田 Co") == f'<font face="{FALLBACK}">山田</font> Co'


def test_a_chart_label_takes_the_fallback_font_only_when_it_needs_it() -> None:
    assert single_font("Dvořák Ελλάδα") == REGULAR
    assert single_font("山田") == FALLBACK


def test_compact_axis_labels_under_a_thousand_are_rounded() -> None:
    assert US.compact(0.6000000000000001) == "0.6"
    assert IT.compact(12.5) == "12,5"
    assert US.compact(35000) == "35K"


def test_short_days_put_day_and_month_in_the_locales_order() -> None:
    # A chart's week labels: "2/11" would read as February 11 in the US.
    assert SE.short_day(date(2026, 11, 2)) == "2/11"
    assert IT.short_day(date(2026, 11, 2)) == "02/11"
    assert US.short_day(date(2026, 11, 2)) == "11/2"

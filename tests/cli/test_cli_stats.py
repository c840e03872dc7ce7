"""``crm stats``: the dashboard's figures from the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.services.files import open_crm_file
from crm_desktop.services.settings import update_settings
from tests.cli.cli_runner import Crm
from tests.services.dashboard_data import build

NOVEMBER = ("--from", "2026-11-01", "--to", "2026-11-30")
# The chosen language and locale, whatever the machine running the tests has: the
# figures are written as the user's locale writes them, not as the file's region (Italy).
ENGLISH_US = {"CRM_LANG": "en", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US"}
ITALIAN = {"CRM_LANG": "it", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C"}


@pytest.fixture
def filled(db_path: Path) -> Path:
    db = open_crm_file(db_path, user="tester")
    try:
        update_settings(db, default_region="IT", default_currency="EUR", company_name="Test Srl")
        build(db)
    finally:
        db.close()
    return db_path


def test_stats_json_has_the_dashboards_figures_by_field_name(crm: Crm, filled: Path) -> None:
    stats = crm.json("stats", *NOVEMBER)

    # The hand-worked answers of tests/services/dashboard_data.py.
    assert stats["period"] == {"start": "2026-11-01", "end": "2026-11-30"}
    assert stats["previous"] == {"start": "2026-10-01", "end": "2026-10-31"}
    assert stats["won_count"] == {"current": 2, "previous": 1}
    assert stats["win_rate"]["current"] == pytest.approx(2 / 3)
    assert stats["sales_cycle_days"]["current"] == pytest.approx(12.5)
    # T2 and T3, and T4 too: run after 11-22 (the real clock), it is open past its 72 h.
    assert stats["sla_breaches"] == {"current": 3, "previous": 1}
    assert stats["open_pipeline"][0] == {
        "currency": "EUR",
        "count": 3,
        "value_minor": 38000,
        "weighted_minor": 17000,
    }
    assert stats["currencies"] == ["EUR", "SEK", "USD"]


def test_stats_text_lists_money_per_currency_and_the_charts(crm: Crm, filled: Path) -> None:
    out = crm.ok("stats", *NOVEMBER, env=ENGLISH_US).replace("\xa0", " ")

    assert "compared with Oct 1, 2026 – Oct 31, 2026" in out
    assert "Won (EUR)" in out and "€300.00" in out and "€700.00" in out
    assert "Won (USD)" in out and "$500.00" in out
    assert "€380.00 · SEK400.00" in out  # the open pipeline, never added
    assert "Pipeline by stage" in out and "Proposal" in out
    assert "Tickets per week" in out


def test_stats_refuses_a_period_that_ends_before_it_starts(crm: Crm, filled: Path) -> None:
    result = crm.run("stats", "--from", "2026-11-30", "--to", "2026-11-01")

    assert result.returncode == 1
    assert result.stderr.startswith("crm: error: ")
    assert "--to" in result.stderr


def test_stats_on_an_empty_file_prints_dashes_not_errors(crm: Crm) -> None:
    crm.ok("init")

    out = crm.ok("stats")

    assert "Win rate" in out
    assert "–" in out


def test_stats_says_the_win_rate_change_in_percentage_points(crm: Crm, filled: Path) -> None:
    out = crm.ok("stats", *NOVEMBER, env=ENGLISH_US)

    [line] = [line for line in out.splitlines() if "Win rate" in line]
    # 66.7% against 25.0%: up 41.7 points, not 166.7%.
    assert line.rstrip().endswith("▲ 41.7\xa0pp")


def test_stats_in_italian_writes_italian_dates_and_amounts(crm: Crm, filled: Path) -> None:
    out = crm.ok("stats", *NOVEMBER, env=ITALIAN).replace("\xa0", " ")

    # Month names from Babel in the chosen locale, never English ones around Italian text.
    assert "1 nov 2026" in out and "ott 2026" in out
    assert "Oct 2026" not in out and "Nov 1, 2026" not in out
    assert "300,00 €" in out and "380,00 € · 400,00 SEK" in out
    assert "▲ 41,7" in out  # the win rate's change, with a decimal comma

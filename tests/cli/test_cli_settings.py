"""``crm settings``: showing and changing the business settings."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.services.files import open_crm_file
from crm_desktop.services.settings import get_settings
from tests.cli.cli_runner import Crm


def test_settings_json_shows_every_setting_by_its_field_name(crm: Crm) -> None:
    shown = crm.json("settings")

    assert set(shown) == {
        "company_name",
        "default_region",
        "default_currency",
        "sla_hours",
        "backup_keep_days",
    }
    assert shown["sla_hours"] == {"urgent": 4, "high": 8, "normal": 24, "low": 72}


def test_settings_options_are_stored_in_the_file(crm: Crm, db_path: Path) -> None:
    crm.ok(
        "settings",
        "--region",
        "se",
        "--currency",
        "sek",
        "--company-name",
        "Bygg AB",
        "--sla-hours",
        "urgent=2, low=100",
    )

    db = open_crm_file(db_path, user="tester")
    try:
        stored = get_settings(db)
    finally:
        db.close()
    assert (stored.default_region, stored.default_currency, stored.company_name) == (
        "SE",
        "SEK",
        "Bygg AB",
    )
    assert stored.sla_hours == {"urgent": 2, "high": 8, "normal": 24, "low": 100}


def test_settings_change_prints_the_settings_now_in_force(crm: Crm) -> None:
    said = crm.ok("settings", "--currency", "USD")

    assert "default_currency  USD" in said.splitlines()


def test_bad_region_and_currency_are_named_by_their_options(crm: Crm) -> None:
    result = crm.run("settings", "--region", "XX", "--currency", "ABCD")

    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "crm: error: --region: 'XX' is not a country code such as IT, SE or US;"
        " --currency: 'ABCD' is not an ISO-4217 currency code such as EUR"
    ]
    assert crm.json("settings")["default_currency"] == "EUR"


def test_unknown_priority_in_sla_hours_is_named(crm: Crm) -> None:
    result = crm.run("settings", "--sla-hours", "soon=3")

    assert result.returncode == 1
    assert result.stderr.strip() == (
        "crm: error: --sla-hours: 'soon' is not a priority (low, normal, high, urgent)"
    )


def test_sla_hours_must_be_positive_whole_numbers(crm: Crm) -> None:
    result = crm.run("settings", "--sla-hours", "high=0")

    assert result.returncode == 1
    assert "--sla-hours: '0' for high is not a positive whole number of hours" in result.stderr

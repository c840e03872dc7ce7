from __future__ import annotations

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.settings import get_settings, update_settings
from crm_desktop.services.users import current_user, list_users
from crm_desktop.storage.database import Database


def test_settings_are_stored_in_the_file(db: Database) -> None:
    update_settings(db, default_region="se", default_currency="sek", company_name="Björk AB")

    settings = get_settings(db)

    assert (settings.default_region, settings.default_currency) == ("SE", "SEK")
    assert settings.company_name == "Björk AB"


def test_sla_hours_merge_with_defaults(db: Database) -> None:
    update_settings(db, sla_hours={"urgent": 2})

    assert get_settings(db).sla_hours == {"urgent": 2, "high": 8, "normal": 24, "low": 72}


def test_bad_settings_are_refused_by_name(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        update_settings(db, default_region="XX", default_currency="EURO", sla_hours={"urgent": 0})

    assert set(caught.value.errors) == {"default_region", "default_currency", "sla_hours"}
    assert get_settings(db).default_region == "IT"


def test_the_person_opening_the_file_is_a_user(db: Database) -> None:
    me = current_user(db)

    assert me.login == "tester"
    assert [u.login for u in list_users(db)] == ["tester"]
    assert me.role == "admin"

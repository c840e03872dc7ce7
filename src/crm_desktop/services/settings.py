"""Settings that belong to the business and so live in the file.

(Per-person settings such as window layout or language live in QSettings.)
"""

from __future__ import annotations

import json
import locale
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

import phonenumbers

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import is_currency, not_a_currency
from crm_desktop.i18n import translate
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork

PRIORITIES = ("low", "normal", "high", "urgent")


def _system_region() -> str:
    name = locale.getlocale()[0] or ""
    region = name.partition("_")[2][:2].upper()
    return region if region in phonenumbers.SUPPORTED_REGIONS else "US"


def _default_sla() -> dict[str, int]:
    return {"urgent": 4, "high": 8, "normal": 24, "low": 72}


@dataclass(frozen=True)
class BusinessSettings:
    """What the whole office shares: who we are and how we work."""

    company_name: str = ""
    default_region: str = field(default_factory=_system_region)
    default_currency: str = "EUR"
    # Hours from a ticket's creation to its SLA due time, per priority.
    sla_hours: dict[str, int] = field(default_factory=_default_sla)
    # Days each user's automatic backups of this file are kept (services/backups.py).
    backup_keep_days: int = 14


def get_settings(db: Database) -> BusinessSettings:
    stored = {
        row["key"]: json.loads(row["value"]) for row in db.query("SELECT key, value FROM settings")
    }
    known = {f.name for f in fields(BusinessSettings)}
    values: dict[str, Any] = {k: v for k, v in stored.items() if k in known}
    settings = BusinessSettings(**values)
    if "sla_hours" in values:
        settings = replace(settings, sla_hours={**_default_sla(), **values["sla_hours"]})
    return settings


def update_settings(db: Database, **changes: Any) -> BusinessSettings:
    """Validate and store changed settings; returns the settings now in force.

    Raises:
        ValidationError: naming each setting whose value is refused.
    """
    current = get_settings(db)
    known = {f.name for f in fields(BusinessSettings)}
    errors: dict[str, str] = {}
    for key in changes:
        if key not in known:
            errors[key] = translate("validation", "is not a setting")
    if "default_region" in changes:
        region = str(changes["default_region"]).upper()
        changes["default_region"] = region
        if region not in phonenumbers.SUPPORTED_REGIONS:
            errors["default_region"] = translate(
                "validation", "{code} is not a country code such as IT, SE or US"
            ).format(code=repr(region))
    if "default_currency" in changes:
        code = str(changes["default_currency"]).upper()
        changes["default_currency"] = code
        if not is_currency(code):
            errors["default_currency"] = not_a_currency(code)
    if "sla_hours" in changes:
        sla = changes["sla_hours"]
        if not isinstance(sla, dict) or any(
            p not in PRIORITIES or not isinstance(h, int) or h <= 0 for p, h in sla.items()
        ):
            errors["sla_hours"] = translate(
                "validation", "must give a positive whole number of hours per priority"
            )
        else:
            changes["sla_hours"] = {**current.sla_hours, **sla}
    if "backup_keep_days" in changes:
        days = changes["backup_keep_days"]
        if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= 3650:
            errors["backup_keep_days"] = translate(
                "validation", "must be a whole number of days from 1 to 3650"
            )
    if errors:
        raise ValidationError(errors)
    updated = replace(current, **changes)
    with UnitOfWork(db) as uow:
        for key, value in asdict(updated).items():
            if key not in changes:
                continue
            text = json.dumps(value, ensure_ascii=False)
            existing = uow.query("SELECT id FROM settings WHERE key = ?", (key,))
            if existing:
                uow.update("settings", existing[0]["id"], {"value": text})
            else:
                uow.insert("settings", {"key": key, "value": text})
        uow.commit()
    return updated

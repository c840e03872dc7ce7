"""Where files live: the per-user data folder and the bundled resources."""

from __future__ import annotations

import os
from pathlib import Path

import appdirs

APP_NAME = "crm-desktop"
DB_FILENAME = "crm.sqlite3"


def user_data_dir() -> Path:
    return Path(appdirs.user_data_dir(APP_NAME))


def default_database_path() -> Path:
    """``$CRM_DB`` if set, else ``crm.sqlite3`` in the per-user data folder."""
    override = os.environ.get("CRM_DB")
    if override:
        return Path(override).expanduser()
    return user_data_dir() / DB_FILENAME


def resources_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "resources"


def style_sheet() -> str:
    """The application's base style sheet, or "" when resources are missing."""
    path = resources_dir() / "styles" / "app.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""

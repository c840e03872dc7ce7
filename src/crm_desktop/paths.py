"""Where files live: the per-user data folder and the bundled resources."""

from __future__ import annotations

import os
import sys
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
    """The ``resources`` folder: beside the code in a checkout, inside the bundle when frozen.

    PyInstaller unpacks (one-file) or places (one-folder) the data files under
    ``sys._MEIPASS``; packaging/crm-desktop.spec copies ``resources/`` there.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def style_sheet(dark: bool = False) -> str:
    """The application's style sheet (``app.qss``, plus ``dark.qss`` on a dark palette).

    "" when resources are missing, so a broken install still runs, only plainer.
    """
    folder = resources_dir() / "styles"
    names = ["app.qss", "dark.qss"] if dark else ["app.qss"]
    parts = [(folder / n).read_text(encoding="utf-8") for n in names if (folder / n).exists()]
    return "\n".join(parts)


def icon_path(name: str) -> Path:
    """The SVG file of icon ``name`` in ``resources/icons`` (it may not exist)."""
    return resources_dir() / "icons" / f"{name}.svg"


def guide_dir(language: str) -> Path:
    """The user guide's folder in ``language`` (``docs/guide/<language>``), English if missing.

    The bundle carries ``docs/guide`` beside ``resources`` (packaging/crm-desktop.spec).
    """
    root = resources_dir().parent / "docs" / "guide"
    wanted = root / language
    return wanted if (wanted / "index.md").exists() else root / "en"

"""Per-person settings (window layout, recent files, language) in QSettings.

Business settings live in the CRM file instead (services/settings.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def app_settings() -> QSettings:
    """INI settings in the per-user config folder, or in ``$CRM_DESKTOP_CONFIG`` (tests)."""
    folder = os.environ.get("CRM_DESKTOP_CONFIG")
    if folder:
        return QSettings(str(Path(folder) / "crm-desktop.ini"), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "crm-desktop", "crm-desktop"
    )


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value("files/recent", [])
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return []


def remember_file(settings: QSettings, path: Path) -> None:
    text = str(path)
    files = [text, *(f for f in recent_files(settings) if f != text)][:MAX_RECENT]
    settings.setValue("files/recent", files)
    settings.sync()

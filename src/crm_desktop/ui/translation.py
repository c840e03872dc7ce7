"""Makes the GUI speak the chosen language: our ``.qm`` catalogue, Qt's own, and the locale.

Qt asks the most recently installed translator first. Order of installation:
a fallback that finds text under any context (PySide6's ``self.tr`` names the
runtime subclass, not the class the text is written in), then Qt's own
catalogue (standard buttons, "Cancel", context menus of line edits), then ours.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crm_desktop import i18n
from crm_desktop.i18n.catalog import Catalog, read_ts
from crm_desktop.i18n.languages import choose_language

LANGUAGE_KEY = "ui/language"  # "" follows the system; "en", "it" or "sv" overrides it


class _AnyContextTranslator(QTranslator):
    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self._catalog = catalog

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context
        # None becomes a null QString, which tells Qt to ask the next translator; an empty
        # string would be taken as the translation.
        return self._catalog.lookup_anywhere(source, disambiguation or "", n)  # type: ignore[return-value]

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str, locale: str | None = None) -> None:
    """Speak ``language`` in the GUI and in the Qt-free layers; write values in its locale.

    ``locale`` ("it_CH") overrides the one chosen for the language (tests pin "en_US").
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(language, locale)
    QLocale.setDefault(QLocale(i18n.current_locale()))
    source = i18n.translation_file(language)
    if source.exists():
        _installed.append(_AnyContextTranslator(read_ts(source, language)))
    qt_own = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != i18n.languages.SOURCE_LANGUAGE and qt_own.load(f"qtbase_{language}", folder):
        _installed.append(qt_own)
    ours = QTranslator()
    if ours.load(str(i18n.translation_file(language, ".qm"))):
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)


def chosen_language() -> str:
    """The language picked in Settings, else ``$CRM_LANG``, else the system's."""
    return choose_language(language_setting() or system_language())


def system_language() -> str:
    """The language used when Settings has none: ``$CRM_LANG``, else the system's."""
    return choose_language(os.environ.get("CRM_LANG"), QLocale.system().name())


def language_setting() -> str:
    """The language picked in Settings ("en", "it", "sv"); "" to follow the system."""
    from crm_desktop.ui.preferences import app_settings

    value = str(app_settings().value(LANGUAGE_KEY, "") or "")
    return value if value in i18n.LANGUAGES else ""


def set_language_setting(language: str) -> None:
    """Remember ``language`` for the next start ("" follows the system)."""
    from crm_desktop.ui.preferences import app_settings

    settings = app_settings()
    settings.setValue(LANGUAGE_KEY, language if language in i18n.LANGUAGES else "")
    settings.sync()

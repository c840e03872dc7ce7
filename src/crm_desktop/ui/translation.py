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


def install_language(app: QCoreApplication, language: str) -> None:
    """Speak ``language`` in the GUI and in the Qt-free layers; write values in its locale."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(language)
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
    from crm_desktop.ui.preferences import app_settings

    override = str(app_settings().value(LANGUAGE_KEY, "") or "") or os.environ.get("CRM_LANG")
    return choose_language(override, QLocale.system().name())

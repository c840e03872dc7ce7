"""Translation for code that cannot use Qt (services, reports, interchange, CLI).

Mark text exactly as the GUI does, so one extractor finds both::

    translate("reports", "Pipeline")                       # like QCoreApplication.translate
    translate("import", "%n rows rejected", "", count)     # numerus: one / many
    LABEL = QT_TRANSLATE_NOOP("fields", "First name")      # marked now, translated later

The process speaks one language at a time: the GUI sets it from Settings or the
system at start, the command line from the system locale or ``CRM_LANG``. Until
then everything is English, which is also what tests see.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from babel.numbers import format_decimal

from crm_desktop.i18n.catalog import Catalog, read_ts
from crm_desktop.i18n.languages import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    choose_language,
    formatting_locale,
)
from crm_desktop.paths import resources_dir

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "current_language",
    "current_locale",
    "set_language",
    "translate",
    "translation_file",
    "use_system_language",
]


@dataclass(frozen=True)
class _Current:
    language: str = SOURCE_LANGUAGE
    locale: str = "en_US"
    catalog: Catalog | None = None


_current = _Current()
_lock = threading.Lock()


def translation_file(language: str, suffix: str = ".ts") -> Path:
    """``resources/translations/crm_desktop_<language>.ts`` (or ``.qm``)."""
    return resources_dir() / "translations" / f"crm_desktop_{language}{suffix}"


def set_language(language: str, locale: str | None = None) -> None:
    """Speak ``language`` from now on, writing values as ``locale`` (its home locale if None)."""
    global _current
    wanted = language if language in LANGUAGES else SOURCE_LANGUAGE
    catalog = None
    path = translation_file(wanted)
    if path.exists():  # English too: its catalogue holds the singular/plural forms
        catalog = read_ts(path, wanted)
    with _lock:
        _current = _Current(wanted, locale or formatting_locale(wanted), catalog)


def use_system_language(override: str | None = None) -> str:
    """Choose as the app does: ``override`` (Settings, ``CRM_LANG``) or the system's language."""
    language = choose_language(override or os.environ.get("CRM_LANG"))
    set_language(language, formatting_locale(language))
    return language


def current_language() -> str:
    return _current.language


def current_locale() -> str:
    """The Babel locale name that writes dates, numbers and money now ("it_IT", "sv_SE")."""
    return _current.locale


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the current language; ``%n`` becomes ``n`` (as Qt's ``translate``)."""
    catalog = _current.catalog
    found = catalog.lookup(context, source, disambiguation or "", n) if catalog else None
    text = found if found is not None else source
    if n < 0:
        return text
    grouped = str(format_decimal(n, locale=_current.locale))  # %Ln: "1.234" in Italian
    return text.replace("%Ln", grouped).replace("%n", str(n))


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - Qt's name, the extractor's marker
    """Marks ``source`` for the catalogue and returns it unchanged; translate it when shown."""
    del context
    return source


set_language(SOURCE_LANGUAGE)  # English from the start, with its singular and plural forms

"""Which language the app speaks and which locale writes its dates, numbers and money.

English is the source language; Italian and Swedish are translated. The language
follows the system unless the user picks one in Settings. The formatting locale
keeps the system's country when its language is the chosen one (it_CH stays
Swiss), else it is the language's home country (it -> it_IT, sv -> sv_SE).
"""

from __future__ import annotations

import os

from babel import Locale, UnknownLocaleError

SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {"en": "English", "it": "Italiano", "sv": "Svenska"}
HOME_LOCALE = {"en": "en_US", "it": "it_IT", "sv": "sv_SE"}


def language_of(locale_name: str | None) -> str:
    """The supported language of a locale name ("it_IT.UTF-8" -> "it"); English otherwise."""
    code = (locale_name or "").split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def system_locale_name() -> str:
    """The system's locale for messages, read the way gettext does (LANGUAGE first)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            first = value.split(":")[0]
            return "en_US" if first in ("C", "POSIX") or first.startswith("C.") else first
    return "en_US"


def formatting_locale(language: str, system_locale: str | None = None) -> str:
    """The Babel locale that writes values for ``language``: the system's when it matches."""
    wanted = language if language in LANGUAGES else SOURCE_LANGUAGE
    system = (system_locale or system_locale_name()).split(".")[0].split("@")[0].replace("-", "_")
    if system.split("_")[0].lower() == wanted and "_" in system:
        try:
            Locale.parse(system)
        except (UnknownLocaleError, ValueError):
            return HOME_LOCALE[wanted]
        return system
    return HOME_LOCALE[wanted]


def choose_language(override: str | None, system_locale: str | None = None) -> str:
    """The Settings choice when it is a supported language, else the system's language."""
    if override in LANGUAGES:
        return str(override)
    return language_of(system_locale or system_locale_name())

"""Reading Qt's ``.ts`` translation files without Qt, for the Qt-free layers.

The GUI loads the compiled ``.qm`` files into a ``QTranslator``; reports, CSV
headers, service messages and the command line cannot use Qt, so they read the
same ``.ts`` files here. One source of truth, two readers.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

Key = tuple[str, str, str]  # (context, source, disambiguation comment)


@dataclass(frozen=True)
class Catalog:
    """Finished translations of one language, looked up like ``QCoreApplication.translate``."""

    language: str
    singles: dict[Key, str] = field(default_factory=dict)
    plurals: dict[Key, tuple[str, ...]] = field(default_factory=dict)
    # (source, comment) -> the first context holding it, for lookups without a context
    contexts: dict[tuple[str, str], str] = field(default_factory=dict)

    def lookup(self, context: str, source: str, comment: str = "", n: int = -1) -> str | None:
        """The translation, or None when the catalogue has none (the caller keeps English)."""
        key = (context, source, comment)
        forms = self.plurals.get(key)
        if forms:
            return forms[plural_form(self.language, n)] if n >= 0 else forms[-1]
        return self.singles.get(key)

    def lookup_anywhere(self, source: str, comment: str = "", n: int = -1) -> str | None:
        """The translation of ``source`` in whichever context has it.

        PySide6's ``self.tr`` asks with the runtime class as context, so text written
        in a base class and shown by a subclass arrives under the subclass's name.
        """
        context = self.contexts.get((source, comment))
        return None if context is None else self.lookup(context, source, comment, n)


def plural_form(language: str, n: int) -> int:
    """Which numerus form Qt picks for ``n``: English, Italian and Swedish share one rule."""
    del language  # every language we ship has "one" and "other"
    return 0 if n == 1 else 1


def read_ts(path: Path, language: str) -> Catalog:
    """The finished messages of ``path`` (unfinished and obsolete ones are left out)."""
    catalog = Catalog(language)
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):  # unfinished, obsolete, vanished
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                if all(forms):
                    catalog.plurals[key] = forms
            elif translation.text:
                catalog.singles[key] = translation.text
            catalog.contexts.setdefault(key[1:], name)
    return catalog

"""A tiny Italian catalogue for tests: proves text reaches the user translated.

The real ``.ts`` files belong to the translators (and may not hold a message
yet), so tests write their own few messages to a temporary ``.ts`` and point
``crm_desktop.i18n`` at it. ``speaking`` sets the language and puts English
back afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from crm_desktop import i18n

# (context, source[, comment]) -> translation; a tuple of forms for a numerus message.
Messages = Mapping[tuple[str, ...], str | tuple[str, str]]


def write_ts(path: Path, language: str, messages: Messages) -> Path:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', f'<TS version="2.1" language="{language}">']
    for context in sorted({key[0] for key in messages}):
        lines += ["<context>", f"<name>{escape(context)}</name>"]
        for (ctx, source, *comment), text in messages.items():
            if ctx != context:
                continue
            said = f"<source>{escape(source)}</source>"
            if comment:
                said += f"<comment>{escape(comment[0])}</comment>"
            if isinstance(text, tuple):
                forms = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in text)
                lines.append(
                    f'<message numerus="yes">{said}<translation>{forms}</translation></message>'
                )
            else:
                lines.append(f"<message>{said}<translation>{escape(text)}</translation></message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@contextmanager
def speaking(
    monkeypatch: pytest.MonkeyPatch,
    folder: Path,
    messages: Messages,
    language: str = "it",
    locale: str | None = None,
) -> Iterator[None]:
    """``language`` (with ``messages`` as its catalogue) until the block ends, then English."""
    path = write_ts(folder / f"crm_desktop_{language}.ts", language, messages)
    real = i18n.translation_file

    def translation_file(lang: str, suffix: str = ".ts") -> Path:
        return path if lang == language and suffix == ".ts" else real(lang, suffix)

    monkeypatch.setattr(i18n, "translation_file", translation_file)
    i18n.set_language(language, locale)
    try:
        yield
    finally:
        monkeypatch.setattr(i18n, "translation_file", real)  # English reads its own catalogue
        i18n.set_language("en")

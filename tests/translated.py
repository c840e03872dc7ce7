"""A small Italian catalogue written for one test, so messages are checked without the real one.

The shipped ``.ts`` files change as translators work; a test that wants to see a
message translated writes the few messages it needs into ``tmp_path`` and makes
the process speak Italian from it (``speak``), back to English afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from crm_desktop import i18n

# (context, source) or (context, source, disambiguation) -> a translation, or
# (singular, plural) for a numerus message.
Messages = Mapping[tuple[str, ...], str | tuple[str, str]]
Speak = Callable[[Messages], None]


def write_ts(path: Path, language: str, messages: Messages) -> Path:
    contexts: dict[str, list[str]] = {}
    for key, translation in messages.items():
        context, source, *comment = key
        lines = ['<message numerus="yes">' if isinstance(translation, tuple) else "<message>"]
        lines.append(f"<source>{escape(source)}</source>")
        if comment:
            lines.append(f"<comment>{escape(comment[0])}</comment>")
        if isinstance(translation, tuple):
            forms = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in translation)
            lines.append(f"<translation>{forms}</translation>")
        else:
            lines.append(f"<translation>{escape(translation)}</translation>")
        lines.append("</message>")
        contexts.setdefault(context, []).append("".join(lines))
    body = "".join(
        f"<context><name>{escape(name)}</name>{''.join(found)}</context>"
        for name, found in contexts.items()
    )
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
        f'language="{language}">{body}</TS>',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def speak(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Speak]:
    """``speak(messages)``: the process speaks Italian from ``messages`` until the test ends."""

    real = i18n.translation_file

    def use(messages: Messages) -> None:
        path = write_ts(tmp_path / "crm_desktop_it.ts", "it_IT", messages)

        def translation_file(language: str, suffix: str = ".ts") -> Path:
            return path if language == "it" and suffix == ".ts" else real(language, suffix)

        monkeypatch.setattr(i18n, "translation_file", translation_file)
        i18n.set_language("it")

    yield use
    monkeypatch.setattr(i18n, "translation_file", real)  # English reads its own catalogue again
    i18n.set_language("en")

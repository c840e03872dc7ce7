"""Finds every translatable string in the code and keeps the ``.ts`` files in step.

``pyside6-lupdate`` silently drops calls whose arguments it cannot parse (a
``len(x)`` for ``n``) and misses the numerus form of ``translate(..., n)``, so
the strings are read from the Python syntax tree instead. Recognised calls:
``self.tr(text[, comment[, n]])`` (context: the enclosing class, as lupdate),
``QCoreApplication.translate`` / ``QApplication.translate`` / ``translate(context,
text[, comment[, n]])`` and ``QT_TRANSLATE_NOOP(context, text)``.

Run ``python -m crm_desktop.i18n.extract update`` after changing strings, then
``todo``/``fill`` to hand unfinished messages to a translator as JSON.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from crm_desktop.i18n.languages import HOME_LOCALE

PACKAGE = Path(__file__).resolve().parents[1]
# English is the source, but its plurals need a catalogue too: "%n deals" with n == 1 must
# read "1 deal". crm_desktop_en.ts holds only the messages with a count.
TRANSLATED = ("en", "it", "sv")
_TRANSLATE_NAMES = {"translate"}
_QT_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    files: set[str] = field(default_factory=set)
    translation: str | list[str] = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def _text(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _counts(node: ast.expr | None) -> bool:
    """Whether an ``n`` argument is given (anything but a missing, None or -1 literal)."""
    if node is None:
        return False
    if isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant):
        return node.operand.value != 1  # -1: Qt's "no count"
    return not (isinstance(node, ast.Constant) and node.value is None)


def _argument(call: ast.Call, index: int, name: str) -> ast.expr | None:
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == name), None)


class _Finder(ast.NodeVisitor):
    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.classes: list[str] = []
        self.found: list[Message] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "tr" and isinstance(func, ast.Attribute):
            self._add(self.classes[-1] if self.classes else "", node, 0)
        elif name == "QT_TRANSLATE_NOOP":
            self._add(_text(_argument(node, 0, "context")), node, 1, noop=True)
        elif name in _TRANSLATE_NAMES and len(node.args) >= 2:
            owner = func.value if isinstance(func, ast.Attribute) else None
            if owner is None or getattr(owner, "id", "") in _QT_OWNERS:
                self._add(_text(node.args[0]), node, 1)
        self.generic_visit(node)

    def _add(self, context: str | None, call: ast.Call, at: int, noop: bool = False) -> None:
        source = _text(_argument(call, at, "sourceText"))
        if source is None or context is None:
            return
        comment = "" if noop else _text(_argument(call, at + 1, "disambiguation")) or ""
        numerus = not noop and _counts(_argument(call, at + 2, "n"))
        self.found.append(Message(context, source, comment, numerus, {self.filename}))


def extract(package: Path = PACKAGE) -> dict[tuple[str, str, str], Message]:
    """Every marked message under ``package``, merged by (context, source, comment)."""
    messages: dict[tuple[str, str, str], Message] = {}
    for path in sorted(package.rglob("*.py")):
        finder = _Finder(path.relative_to(package.parent).as_posix())
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for found in finder.found:
            known = messages.setdefault(found.key, found)
            known.files |= found.files
            known.numerus = known.numerus or found.numerus
    return messages


def read_messages(path: Path) -> dict[tuple[str, str, str], Message]:
    """The messages of a ``.ts`` file with their translations (unfinished ones as "")."""
    found: dict[tuple[str, str, str], Message] = {}
    if not path.exists():
        return found
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for node in context.iter("message"):
            translation = node.find("translation")
            unfinished = translation is None or translation.get("type") is not None
            message = Message(name, node.findtext("source") or "", node.findtext("comment") or "")
            message.numerus = node.get("numerus") == "yes"
            if translation is not None and not unfinished:
                if message.numerus:
                    message.translation = [f.text or "" for f in translation.iter("numerusform")]
                else:
                    message.translation = translation.text or ""
            found[message.key] = message
    return found


def _finished(message: Message) -> bool:
    value = message.translation
    return bool(value) and (all(value) if isinstance(value, list) else True)


def write_ts(path: Path, language: str, messages: dict[tuple[str, str, str], Message]) -> None:
    """Writes messages in Qt Linguist's format, sorted so diffs stay small."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{HOME_LOCALE[language]}" sourcelanguage="en_US">',
    ]
    for context in sorted({m.context for m in messages.values()}):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for message in sorted(
            (m for m in messages.values() if m.context == context), key=lambda m: m.key
        ):
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            where = sorted(message.files)
            lines += [f'        <location filename="../../src/{f}"/>' for f in where]
            lines.append(f"        <source>{escape(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{escape(message.comment)}</comment>")
            lines += _translation_lines(message)
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _translation_lines(message: Message) -> list[str]:
    state = "" if _finished(message) else ' type="unfinished"'
    if not message.numerus:
        text = message.translation if isinstance(message.translation, str) else ""
        return [f"        <translation{state}>{escape(text)}</translation>"]
    forms = message.translation if isinstance(message.translation, list) else []
    forms = [*forms, "", ""][:2]
    return [
        f"        <translation{state}>",
        *(f"            <numerusform>{escape(form)}</numerusform>" for form in forms),
        "        </translation>",
    ]


def ts_path(language: str) -> Path:
    return PACKAGE.parents[1] / "resources" / "translations" / f"crm_desktop_{language}.ts"


def update(language: str) -> tuple[int, int]:
    """Brings the ``.ts`` of ``language`` in step with the code; (messages, unfinished)."""
    old = read_messages(ts_path(language))
    messages = extract()
    if language == "en":
        messages = {key: m for key, m in messages.items() if m.numerus}
    for key, message in messages.items():
        if key in old and old[key].numerus == message.numerus:
            message.translation = old[key].translation
    write_ts(ts_path(language), language, messages)
    return len(messages), sum(not _finished(m) for m in messages.values())


def todo(language: str, match: str = "") -> list[dict[str, object]]:
    """Unfinished messages as JSON-ready dicts for a translator to fill in."""
    code = extract()
    messages = read_messages(ts_path(language))
    for key, message in messages.items():
        message.files = code[key].files if key in code else message.files
    return [
        {
            "context": m.context,
            "source": m.source,
            "comment": m.comment,
            "numerus": m.numerus,
            "files": sorted(m.files),
            "translation": ["", ""] if m.numerus else "",
        }
        for m in messages.values()
        if not _finished(m) and match in " ".join(m.files)
    ]


_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d|</?[a-zA-Z][^>]*>")


def problems(source: str, translation: str) -> list[str]:
    """What a translation breaks: a placeholder, ``%n`` or markup lost or added, two ``&``."""
    found: list[str] = []
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(translation)):
        found.append("placeholders or markup differ from the source")
    if translation.replace("&&", "").count("&") > max(1, source.replace("&&", "").count("&")):
        found.append("more than one & (keyboard accelerator)")
    return found


def fill(language: str, entries: list[dict[str, object]]) -> int:
    """Stores finished translations from ``todo``-shaped entries; the count stored."""
    messages = read_messages(ts_path(language))
    code = extract()
    for key, message in messages.items():
        message.files = code[key].files if key in code else message.files
    stored = 0
    for entry in entries:
        key = (str(entry["context"]), str(entry["source"]), str(entry.get("comment") or ""))
        value = entry.get("translation")
        texts = value if isinstance(value, list) else [str(value or "")]
        wrong = [p for t in texts if t for p in problems(key[1], str(t))]
        if wrong:
            print(f"refused [{key[0]}] {key[1]!r}: {'; '.join(wrong)}", file=sys.stderr)
            continue
        if key in messages and value:
            messages[key].translation = list(value) if isinstance(value, list) else str(value)
            stored += _finished(messages[key])
    write_ts(ts_path(language), language, messages)
    return stored


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crm_desktop.i18n.extract")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="add new strings to every .ts, drop vanished ones")
    to_do = commands.add_parser("todo", help="print unfinished messages as JSON")
    to_do.add_argument("--lang", choices=TRANSLATED, required=True)
    to_do.add_argument("--match", default="", help="only messages from files containing this")
    filling = commands.add_parser("fill", help="store translations from a todo JSON file")
    filling.add_argument("--lang", choices=TRANSLATED, required=True)
    filling.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        for language in TRANSLATED:
            total, unfinished = update(language)
            print(f"{language}: {total} messages, {unfinished} unfinished")
    elif args.command == "todo":
        json.dump(todo(args.lang, args.match), sys.stdout, ensure_ascii=False, indent=1)
    else:
        entries = json.loads(args.file.read_text(encoding="utf-8"))
        print(f"{args.lang}: {fill(args.lang, entries)} translations stored")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Every user-visible string in the GUI goes through Qt's translation.

The sources of src/crm_desktop/ui/ are parsed (nothing is imported or run) and
every string literal handed straight to a Qt text setter or to a widget's
constructor is reported, unless it has no words ("—", "•", "", "▾", "<b>").
Text must come from ``self.tr("...")`` or ``QCoreApplication.translate("Context", "...")``
with the text written out there: lupdate only collects literals in those calls,
so a helper such as ``def _tr(text): return translate("x", text)`` hides every
string passed to it from the translators.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import crm_desktop.ui

UI = Path(crm_desktop.ui.__file__).parent

# obj.method(text, ...): methods whose string arguments a user reads.
TEXT_METHODS = frozenset(
    {
        "addAction",
        "addItem",
        "addItems",
        "addMenu",
        "addRow",
        "addTab",
        "insertItem",
        "insertItems",
        "insertTab",
        "setAccessibleName",
        "setButtonText",
        "setCancelButtonText",
        "setDetailedText",
        "setHeaderLabel",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setInformativeText",
        "setItemText",
        "setLabelText",
        "setPlaceholderText",
        "setPrefix",
        "setSpecialValueText",
        "setStatusTip",
        "setSuffix",
        "setTabText",
        "setTabToolTip",
        "setText",
        "setTitle",
        "setToolTip",
        "setVerticalHeaderLabels",
        "setWhatsThis",
        "setWindowTitle",
        "showMessage",
    }
)
# Widget(text, ...): constructors whose string arguments a user reads.
TEXT_CONSTRUCTORS = frozenset(
    {
        "QAction",
        "QCheckBox",
        "QCommandLinkButton",
        "QGroupBox",
        "QLabel",
        "QListWidgetItem",
        "QMenu",
        "QMessageBox",
        "QProgressDialog",
        "QPushButton",
        "QRadioButton",
        "QStandardItem",
        "QToolBar",
        "QToolButton",
        "QTreeWidgetItem",
    }
)
# Class.method(parent, title, text, ...): static dialogs that show their strings.
TEXT_STATICS = {
    "QMessageBox": frozenset({"about", "critical", "information", "question", "warning"}),
    "QFileDialog": frozenset(
        {"getExistingDirectory", "getOpenFileName", "getOpenFileNames", "getSaveFileName"}
    ),
    "QInputDialog": frozenset({"getDouble", "getInt", "getItem", "getMultiLineText", "getText"}),
}


_MARKUP = re.compile(r"<[^<>]*>|&[a-z]+;|&#\d+;")


def _has_letters(text: str) -> bool:
    """Whether a reader sees words in it: HTML tags and entities are no words."""
    return any(ch.isalpha() for ch in _MARKUP.sub("", text))


def _literals(node: ast.expr) -> Iterator[ast.expr]:
    """String literals (and f-strings) with letters inside an argument, as written."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _has_letters(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        written = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        if _has_letters(written):
            yield node
    elif isinstance(node, ast.List | ast.Tuple | ast.Set):
        for element in node.elts:
            yield from _literals(element)
    elif isinstance(node, ast.Starred):
        yield from _literals(node.value)
    elif isinstance(node, ast.BinOp):  # "Name: " + value
        yield from _literals(node.left)
        yield from _literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "join")
    ):
        yield from _literals(node.func.value)  # "{n} contacts".format(n=n)


def _shows_text(call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id in TEXT_CONSTRUCTORS
    if not isinstance(func, ast.Attribute):
        return False
    if isinstance(func.value, ast.Name) and func.value.id in TEXT_STATICS:
        return func.attr in TEXT_STATICS[func.value.id]
    return func.attr in TEXT_METHODS or func.attr in TEXT_CONSTRUCTORS  # QtWidgets.QLabel


def _calls_in_order(source: str, name: str) -> list[ast.Call]:
    calls = [node for node in ast.walk(ast.parse(source, name)) if isinstance(node, ast.Call)]
    return sorted(calls, key=lambda call: (call.lineno, call.col_offset))


def untranslated(source: str, name: str = "<source>") -> list[str]:
    """``file:line: 'text'`` for each literal shown to the user without tr()."""
    found = []
    for node in _calls_in_order(source, name):
        if not _shows_text(node):
            continue
        arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
        for argument in arguments:
            for literal in _literals(argument):
                found.append(f"{name}:{literal.lineno}: {ast.unparse(literal)}")
    return found


def _source_argument(call: ast.Call) -> ast.expr | None:
    """The text of ``x.tr(text, ...)`` or ``QCoreApplication.translate(context, text, ...)``."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name == "tr" and call.args:
        return call.args[0]
    if name == "translate" and len(call.args) >= 2:
        return call.args[1]
    return None


def hidden_from_lupdate(source: str, name: str = "<source>") -> list[str]:
    """``file:line: call`` for each translation whose text is not written in the call."""
    found = []
    for node in _calls_in_order(source, name):
        text = _source_argument(node)
        if text is None or (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            continue
        found.append(f"{name}:{node.lineno}: {ast.unparse(node)}")
    return found


def _ui_sources() -> Iterator[tuple[str, str]]:
    for path in sorted(UI.rglob("*.py")):
        yield path.read_text(encoding="utf-8"), str(path.relative_to(UI))


def test_checker_reports_literals_given_to_qt_and_lets_translated_text_pass() -> None:
    source = """
label = QLabel("Name")
button.setText(f"Save {n}")
box.addItems(["", "Open", "Closed"])
count.setText("{n} contacts".format(n=n))
form.addRow("&Phone", phone)
QMessageBox.warning(self, "Oops", text)
menu.addAction(self.tr("&Quit"))
title.setText("—")
name.setText(f"<b>{name}</b>&nbsp;")
badge.setText(QCoreApplication.translate("x", "Won"))
edit.setObjectName("firstName")
"""
    found = untranslated(source)

    assert [line.split(": ", 1)[1] for line in found] == [
        "'Name'",
        "f'Save {n}'",
        "'Open'",
        "'Closed'",
        "'{n} contacts'",
        "'&Phone'",
        "'Oops'",
    ]


def test_checker_reports_translations_lupdate_cannot_collect() -> None:
    source = """
def _tr(text):
    return QCoreApplication.translate("labels", text)
ok = QCoreApplication.translate("labels", "Won")
also_ok = self.tr("%n deals", "", count)
hidden = self.tr(name)
"""
    found = hidden_from_lupdate(source)

    assert [line.split(":")[1] for line in found] == ["3", "6"]


def test_every_user_visible_string_in_the_gui_goes_through_translation() -> None:
    found = []
    for source, name in _ui_sources():
        found += untranslated(source, name)

    assert found == []


def test_every_translated_text_is_written_where_lupdate_finds_it() -> None:
    found = []
    for source, name in _ui_sources():
        found += hidden_from_lupdate(source, name)

    assert found == []

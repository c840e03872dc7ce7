"""The extractor finds the strings translators must see, in the shapes the code uses."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.i18n.extract import extract, problems

CODE = """
from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate

LABEL = QT_TRANSLATE_NOOP("fields", "First name")


def report(count: int) -> str:
    return translate("reports", "%n deals", "", count) + translate("reports", "Won", "outcome")


class Form:
    def title(self) -> str:
        return self.tr("New contact")

    def mine(self, text: str) -> str:
        return text.translate({}) + self.tr(text)
"""


def test_every_marking_shape_is_found_with_its_context(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "code.py").write_text(CODE, encoding="utf-8")
    found = extract(package)
    assert set(found) == {
        ("fields", "First name", ""),
        ("reports", "%n deals", ""),
        ("reports", "Won", "outcome"),
        ("Form", "New contact", ""),
    }
    assert found[("reports", "%n deals", "")].numerus
    assert not found[("reports", "Won", "outcome")].numerus
    assert found[("Form", "New contact", "")].files == {"pkg/code.py"}


def test_a_translation_that_loses_a_placeholder_is_refused() -> None:
    assert problems("Delete {n} contacts?", "Eliminare {n} contatti?") == []
    assert problems("Delete {n} contacts?", "Eliminare i contatti?")
    assert problems("%n rows", "righe")
    assert problems("<b>{name}</b>", "{name}")
    assert problems("&Save", "&Sal&va")

"""install_language: our catalogue reaches Qt, text it lacks stays English, never blank."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from crm_desktop import i18n
from crm_desktop.ui.translation import install_language

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en_US">
<context>
    <name>ContactForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def italian(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    source = tmp_path / "crm_desktop_it.ts"
    source.write_text(TS, encoding="utf-8")
    monkeypatch.setattr(i18n, "translation_file", lambda language, suffix=".ts": source)
    install_language(qapp, "it")
    yield
    monkeypatch.undo()  # first, so English reloads its own catalogue
    install_language(qapp, "en")


@pytest.mark.usefixtures("italian")
def test_a_translated_text_reaches_qt() -> None:
    assert QCoreApplication.translate("ContactForm", "&Save") == "&Salva"


@pytest.mark.usefixtures("italian")
def test_text_asked_for_under_a_subclass_name_is_still_found() -> None:
    # PySide6's self.tr() names the runtime class, not the one the text is written in.
    assert QCoreApplication.translate("CompanyForm", "&Save") == "&Salva"


@pytest.mark.usefixtures("italian")
def test_text_the_catalogue_lacks_stays_english_not_blank() -> None:
    assert QCoreApplication.translate("ContactForm", "Delete") == "Delete"
    assert QCoreApplication.translate("Nowhere", "Open file") == "Open file"


@pytest.mark.usefixtures("italian")
def test_the_qt_free_layers_speak_the_same_language() -> None:
    assert i18n.current_language() == "it"
    assert i18n.translate("ContactForm", "&Save") == "&Salva"


def test_english_again_removes_every_translator(qapp: QApplication) -> None:
    install_language(qapp, "en")
    assert QCoreApplication.translate("ContactForm", "&Save") == "&Save"
    assert i18n.current_locale() == "en_US"

"""Choosing the language in Settings, restarting into it, and Qt's own text in that language."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from crm_desktop.services.settings import get_settings
from crm_desktop.ui import restart
from crm_desktop.ui.dialogs.settings import SettingsDialog
from crm_desktop.ui.state import AppState
from crm_desktop.ui.translation import chosen_language, language_setting, set_language_setting


def _settings(qtbot: QtBot, state: AppState) -> tuple[SettingsDialog, list[str]]:
    """The dialog, answering "Later" to the restart question; what it was asked, in order."""
    dialog = SettingsDialog(state)
    qtbot.addWidget(dialog)
    asked: list[str] = []

    def later() -> bool:
        asked.append("restart?")
        return False

    dialog.ask_restart = later  # type: ignore[method-assign]
    dialog.restart = lambda: asked.append("restarted")  # type: ignore[method-assign]
    return dialog, asked


def _choose(dialog: SettingsDialog, language: str) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(language))


def test_language_choices_are_the_system_then_each_language_named_in_itself(
    qtbot: QtBot, state: AppState
) -> None:
    dialog, _ = _settings(qtbot, state)

    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]

    # CRM_LANG=en (tests/conftest.py) stands in for the system's language here.
    assert names == ["Use the system language (English)", "English", "Italiano", "Svenska"]
    assert dialog.language.currentData() == ""


def test_chosen_language_is_stored_for_this_person_not_in_the_file(
    qtbot: QtBot, state: AppState, private_qsettings: Path
) -> None:
    dialog, _ = _settings(qtbot, state)
    before = get_settings(state.db)

    _choose(dialog, "it")
    dialog.save()

    assert (language_setting(), chosen_language()) == ("it", "it")
    assert "language=it" in (private_qsettings / "crm-desktop.ini").read_text()
    assert get_settings(state.db) == before


def test_settings_opens_on_the_stored_language(qtbot: QtBot, state: AppState) -> None:
    set_language_setting("sv")

    dialog, _ = _settings(qtbot, state)

    assert dialog.language.currentText() == "Svenska"


def test_changing_the_language_says_it_takes_effect_at_the_next_start(
    qtbot: QtBot, state: AppState
) -> None:
    dialog, _ = _settings(qtbot, state)
    dialog.show()
    assert not dialog.language_note.isVisible()

    _choose(dialog, "sv")

    assert dialog.language_note.isVisible()
    assert "next start" in dialog.language_note.text()


def test_saving_a_new_language_offers_a_restart_and_later_does_not_restart(
    qtbot: QtBot, state: AppState
) -> None:
    dialog, asked = _settings(qtbot, state)

    _choose(dialog, "sv")
    dialog.save()

    assert asked == ["restart?"]


def test_restart_now_restarts(qtbot: QtBot, state: AppState) -> None:
    dialog, asked = _settings(qtbot, state)
    dialog.ask_restart = lambda: True  # type: ignore[method-assign]

    _choose(dialog, "it")
    dialog.save()

    assert asked == ["restarted"]
    assert language_setting() == "it"  # stored before the restart reads it


def test_saving_without_changing_the_language_asks_nothing(qtbot: QtBot, state: AppState) -> None:
    dialog, asked = _settings(qtbot, state)

    dialog.company_name.setText("Other Srl")
    dialog.save()

    assert asked == []


def test_going_back_to_the_system_language_clears_the_choice(qtbot: QtBot, state: AppState) -> None:
    set_language_setting("it")
    dialog, _ = _settings(qtbot, state)

    _choose(dialog, "")
    dialog.save()

    assert (language_setting(), chosen_language()) == ("", "en")


def test_restart_starts_the_same_program_with_the_same_arguments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started: list[tuple[str, list[str]]] = []

    class FakeProcess:
        @staticmethod
        def startDetached(program: str, arguments: list[str]) -> tuple[bool, int]:  # noqa: N802
            started.append((program, arguments))
            return True, 4242

    monkeypatch.setattr(restart, "QProcess", FakeProcess)
    monkeypatch.setattr(restart.QApplication, "closeAllWindows", lambda: None)
    monkeypatch.setattr(restart.QApplication, "quit", lambda: None)

    restart.request_restart()
    assert restart.restart_requested()
    assert restart.start_again()

    assert started == [(sys.executable, sys.orig_argv[1:])]
    assert not restart.restart_requested()


def test_qts_own_buttons_speak_the_installed_language(
    qtbot: QtBot, in_language: Callable[[str], None]
) -> None:
    # qtbase_it.qm comes from PySide6's own translations folder.
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_it.qm").exists() and (folder / "qtbase_sv.qm").exists()
    in_language("it")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
    )
    qtbot.addWidget(buttons)

    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    save = buttons.button(QDialogButtonBox.StandardButton.Save).text()

    assert (cancel.replace("&", ""), save.replace("&", "")) == ("Annulla", "Salva")


def test_qts_own_buttons_speak_swedish(qtbot: QtBot, in_language: Callable[[str], None]) -> None:
    in_language("sv")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)

    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == (
        "Avbryt"
    )


def test_back_in_english_qts_buttons_are_english_again(
    qtbot: QtBot, in_language: Callable[[str], None]
) -> None:
    in_language("it")
    in_language("en")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)

    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"

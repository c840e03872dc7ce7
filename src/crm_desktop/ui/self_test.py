"""``crm-desktop --self-test``: proves an installed bundle works, without showing a window.

Opens a new CRM file in a temporary folder, adds a contact and reads it back
(by id and through search), then builds the main window on that file unseen,
which loads every view, the style sheet and the icons. An installer or a
support person runs it; a test runs it on the PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from PySide6.QtWidgets import QApplication

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import CrmError
from crm_desktop.paths import resources_dir
from crm_desktop.services.contacts import create_contact, get_contact
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.search import search

CHECK_NAME = ("Ada", "Selftest")


class SelfTestError(Exception):
    """A check of the self-test did not hold; the message says which."""


def check_services(folder: Path) -> str:
    """Add a contact to a new file in ``folder`` and read it back; a line of what was done."""
    db = open_crm_file(folder / "self-test.sqlite3", user="self-test")
    try:
        first, last = CHECK_NAME
        added = create_contact(db, ContactDraft(first_name=first, last_name=last))
        read = get_contact(db, added.id)
        if (read.first_name, read.last_name) != CHECK_NAME:
            raise SelfTestError(f"read back {read.first_name} {read.last_name}, not {first} {last}")
        if not any(hit.id == added.id for hit in search(db, last)):
            raise SelfTestError(f"search for {last!r} did not find the contact just added")
        return f"added and read contact {added.id} in {db.path}"
    finally:
        db.close()


def check_window(folder: Path) -> str:
    """Build (not show) the main window on a file in ``folder``: every view, style, icons."""
    from crm_desktop.ui.main_window import MainWindow
    from crm_desktop.ui.state import AppState

    db = open_crm_file(folder / "self-test.sqlite3", user="self-test")
    window = MainWindow(AppState(db))
    try:
        if not window.styleSheet():
            raise SelfTestError(f"no style sheet found under {resources_dir()}")
        if window.windowIcon().isNull():
            raise SelfTestError(f"no application icon found under {resources_dir()}")
        return f"main window built with {len(window.views)} views"
    finally:
        window.deleteLater()
        window.state.db.close()


def check_languages() -> str:
    """Italian and Swedish are really there: our compiled catalogue, Qt's own, the guide."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from crm_desktop.i18n import translation_file
    from crm_desktop.paths import guide_dir

    for language in ("it", "sv"):
        ours = QTranslator()
        if not ours.load(str(translation_file(language, ".qm"))):
            raise SelfTestError(f"no {language} catalogue at {translation_file(language, '.qm')}")
        if not ours.translate("MainWindow", "&File"):
            raise SelfTestError(f"the {language} catalogue does not translate the File menu")
        qt_own = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not qt_own.load(f"qtbase_{language}", folder):
            raise SelfTestError(f"Qt's own {language} catalogue is missing from {folder}")
        if guide_dir(language).name != language:
            raise SelfTestError(f"the {language} user guide is missing")
    return "Italian and Swedish catalogues and user guides found"


def run_self_test() -> int:
    """0 when every check holds, 1 with the reason on stderr otherwise."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "crm-desktop"])
    assert isinstance(app, QApplication)
    # The window remembers its file and layout, and files may get backups: keep all of
    # that in the temporary folder, out of the user's settings and backups.
    redirected = ("CRM_DESKTOP_CONFIG", "CRM_BACKUPS")
    saved = {name: os.environ.get(name) for name in redirected}
    with tempfile.TemporaryDirectory(prefix="crm-self-test-") as folder:
        os.environ.update(dict.fromkeys(redirected, folder))
        try:
            lines = [
                check_services(Path(folder)),
                check_window(Path(folder)),
                check_languages(),
            ]
        except (SelfTestError, CrmError, OSError) as error:
            _say(f"crm-desktop self-test FAILED: {error}", sys.stderr)
            return 1
        finally:
            app.processEvents()  # runs the window's deleteLater before the folder goes
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
    for line in lines:
        _say(f"ok: {line}", sys.stdout)
    _say("crm-desktop self-test passed", sys.stdout)
    return 0


def _say(text: str, stream: TextIO | None) -> None:
    # A windowed (no console) build on Windows has no stdout or stderr at all.
    if stream is not None:
        print(text, file=stream)

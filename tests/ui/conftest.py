"""GUI fixtures: an AppState on a real file, QSettings kept in tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from crm_desktop.i18n.languages import HOME_LOCALE
from crm_desktop.services.demo import generate_demo_data
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.settings import update_settings
from crm_desktop.ui.state import AppState
from crm_desktop.ui.translation import install_language

DEMO_ANCHOR = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def private_qsettings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own QSettings file, never the developer's."""
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("CRM_DESKTOP_CONFIG", str(folder))
    return folder


@pytest.fixture(autouse=True)
def english_gui(qapp: QApplication) -> Iterator[None]:
    """Every GUI test starts in English (with its plural forms, as ui/app.py sets it up at
    start) written as in the US, whatever the machine's locale.

    Set again after each test too, so a test that switched language (``in_language``)
    leaves nothing behind even when it failed halfway.
    """
    install_language(qapp, "en", "en_US")
    yield
    install_language(qapp, "en", "en_US")


@pytest.fixture
def in_language(qapp: QApplication) -> Callable[[str], None]:
    """``in_language("it")``: the GUI speaks Italian and writes it_IT for the rest of the test.

    The language's home locale, not the machine's (an it_CH machine would write 1'234.56).
    """

    def use(language: str) -> None:
        install_language(qapp, language, HOME_LOCALE[language])

    return use


@pytest.fixture
def state(tmp_path: Path) -> Iterator[AppState]:
    db = open_crm_file(tmp_path / "crm.sqlite3", user="tester")
    update_settings(db, default_region="IT", default_currency="EUR", company_name="Test Srl")
    app_state = AppState(db)
    yield app_state
    app_state.db.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo file made once per run; tests copy it so each may write freely."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_crm_file(path, user="tester")
    generate_demo_data(db, contacts=120, seed=4, locale="it_IT", anchor=DEMO_ANCHOR)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def demo_state(demo_file: Path, tmp_path: Path) -> Iterator[AppState]:
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(demo_file.read_bytes())
    db = open_crm_file(copy, user="tester")
    app_state = AppState(db)
    yield app_state
    app_state.db.close()

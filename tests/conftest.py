"""Shared fixtures: real CRM files on disk in a temporary folder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English text unless they choose a language: the machine's locale must not leak in.
os.environ["CRM_LANG"] = "en"
# Subprocesses (`python -m crm_desktop`, writer processes) must run this checkout's
# code too, not whichever tree the shared .venv was installed from (git worktrees).
os.environ["PYTHONPATH"] = os.pathsep.join(
    p
    for p in (str(Path(__file__).resolve().parents[1] / "src"), os.environ.get("PYTHONPATH", ""))
    if p
)

from crm_desktop import i18n
from crm_desktop.i18n.languages import language_of
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.settings import update_settings
from crm_desktop.storage.database import Database

# ``speak``: a test's own small Italian catalogue (tests/translated.py).
pytest_plugins = ["tests.translated"]


def pytest_sessionstart(session: pytest.Session) -> None:
    """Compile the .ts catalogues to .qm as `make translations` does, when they are stale.

    `make test` does it first; this keeps a bare `pytest` (a git worktree) honest too.
    """
    del session
    folder = Path(__file__).resolve().parents[1] / "resources" / "translations"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for source in folder.glob("*.ts"):
        compiled = source.with_suffix(".qm")
        stale = not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime
        if stale and lrelease.exists():
            subprocess.run(
                [str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True
            )


@pytest.fixture(autouse=True)
def private_backups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups of test files go to the test's folder, never the developer's data folder."""
    folder = tmp_path / "backups"
    monkeypatch.setenv("CRM_BACKUPS", str(folder))
    return folder


@pytest.fixture
def in_locale() -> Iterator[Callable[[str], None]]:
    """``in_locale("it_IT")``: Qt-free code speaks the locale's language and writes its values
    (``i18n.current_locale()``) for the rest of the test; English in en_US again afterwards.
    """

    def use(locale: str) -> None:
        i18n.set_language(language_of(locale), locale)

    yield use
    i18n.set_language("en", "en_US")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A new CRM file for an Italian firm (default region IT, currency EUR)."""
    database = open_crm_file(db_path, user="tester")
    update_settings(database, default_region="IT", default_currency="EUR", company_name="Test Srl")
    yield database
    database.close()

"""Help > User guide opens the guide of docs/guide in the app's language and follows its links."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from crm_desktop.paths import guide_dir
from crm_desktop.ui.help import GuideWindow
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.state import AppState

GUIDE_PAGES = (
    "getting-started.md",
    "importing.md",
    "pipeline.md",
    "tickets.md",
    "reports.md",
    "shared-file.md",
    "backups.md",
)


def test_f1_opens_the_guide_at_its_contents(qtbot: QtBot, state: AppState) -> None:
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    action = next(
        a
        for m in window.menuBar().actions()
        for a in m.menu().actions()
        if a.shortcut().toString() == "F1"
    )
    action.trigger()
    guide = window.guide
    assert isinstance(guide, GuideWindow)
    qtbot.waitUntil(guide.isVisible)
    assert guide.page_title() == "crm-desktop user guide"


def test_a_link_in_the_guide_opens_that_page(qtbot: QtBot) -> None:
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.follow(QUrl("backups.md"))
    assert guide.page_title() == "Backups and restore"
    assert guide.browser.source().fileName() == "backups.md"


def test_every_page_of_the_contents_exists_in_every_language() -> None:
    for language in ("en", "it", "sv"):
        folder = guide_dir(language)
        assert folder.name == language  # not the English fallback
        contents = (folder / "index.md").read_text(encoding="utf-8")
        for page in GUIDE_PAGES:
            assert f"({page})" in contents, (language, page)
            assert (folder / page).exists(), (language, page)

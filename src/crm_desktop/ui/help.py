"""Help > User guide (F1): the Markdown guide of ``docs/guide`` in the app's language.

The guide is plain Markdown so it reads well on GitHub and in any editor;
QTextBrowser renders it and follows the links between its pages.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import i18n
from crm_desktop.paths import guide_dir


class GuideWindow(QDialog):
    """A non-modal window with the guide; Back and Contents like a small browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("crm-desktop user guide"))
        self.resize(760, 640)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # pages here; web addresses in the system browser
        self.browser.anchorClicked.connect(self.follow)
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        home = QPushButton(self.tr("&Contents"))
        home.clicked.connect(self.show_contents)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addWidget(home)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.show_contents()

    def show_contents(self) -> None:
        self.open_page(QUrl.fromLocalFile(str(guide_dir(i18n.current_language()) / "index.md")))

    def open_page(self, url: QUrl) -> None:
        self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)

    def follow(self, url: QUrl) -> None:
        resolved = self.browser.source().resolved(url)
        if resolved.isLocalFile() and resolved.path().endswith(".md"):
            self.open_page(resolved)
        else:
            QDesktopServices.openUrl(resolved)

    def page_title(self) -> str:
        """The first heading of the page shown, for tests and the window's title."""
        block = self.browser.document().firstBlock()
        return block.text()

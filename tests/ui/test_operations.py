"""Background work: the progress dialog of a slow job."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.ui.operations import Progress, run_in_background


def test_a_slow_job_shows_its_progress_dialog_until_it_ends(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()

    def work(_progress: Progress) -> bool:
        return release.wait(30)

    operation = run_in_background(parent, work, label="Creating demo data…")
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None
    try:
        # Within about the 400 ms the dialog waits (Qt's own default would be 4 s).
        qtbot.waitUntil(dialog.isVisible, timeout=2000)
        assert dialog.labelText() == "Creating demo data…"
    finally:
        with qtbot.waitSignal(operation.finished, timeout=30_000):
            release.set()

    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is None)

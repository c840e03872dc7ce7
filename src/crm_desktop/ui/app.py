"""Composition root of the desktop app: pick the file, open it, show the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from crm_desktop.domain.errors import CrmError
from crm_desktop.paths import default_database_path
from crm_desktop.services.demo import generate_demo_data
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.info import file_info
from crm_desktop.storage.database import Database
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.operations import Progress, run_in_background
from crm_desktop.ui.preferences import app_settings, recent_files
from crm_desktop.ui.state import AppState


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="crm-desktop", description="crm-desktop, the desktop app")
    parser.add_argument("--db", metavar="PATH", help="open this CRM file")
    parser.add_argument("--demo", action="store_true", help="fill an empty file with demo data")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def choose_path(args: argparse.Namespace) -> Path:
    """--db, then $CRM_DB, then the last file used, then the per-user default."""
    if args.db:
        return Path(args.db).expanduser()
    if os.environ.get("CRM_DB"):
        return default_database_path()
    recent = [Path(name) for name in recent_files(app_settings())]
    return next((p for p in recent if p.exists()), default_database_path())


def open_or_ask(app: QApplication, path: Path) -> Database | None:
    """Open ``path``; when refused, say why and let the user pick another or quit."""
    while True:
        try:
            return open_crm_file(path)
        except CrmError as error:
            choice = QMessageBox.warning(
                None,
                QApplication.translate("app", "Cannot open the file"),
                str(error),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            )
            if choice != QMessageBox.StandardButton.Open:
                return None
            name, _ = QFileDialog.getOpenFileName(
                None, QApplication.translate("app", "Open a CRM file"), str(path.parent)
            )
            if not name:
                return None
            path = Path(name)


def load_demo(window: MainWindow) -> None:
    """Fill the open file with demo data in the background, with a progress dialog."""
    db = window.state.db

    def work(_progress: Progress) -> dict[str, int]:
        return generate_demo_data(db)

    def done(counts: dict[str, int]) -> None:
        window.state.file_opened.emit(db)  # every view reloads
        window.show_message(
            window.tr("Demo data added: {n} contacts.").format(n=counts.get("contacts", 0))
        )

    window._demo_op = run_in_background(  # type: ignore[attr-defined]
        window, work, done, label=window.tr("Creating demo data…")
    )


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv if argv is None else argv)
    args = parse_args(arguments[1:])
    app = QApplication.instance() or QApplication(arguments)
    assert isinstance(app, QApplication)
    app.setApplicationName("crm-desktop")
    app.setOrganizationName("crm-desktop")
    path = choose_path(args)
    first_run = not path.exists()
    db = open_or_ask(app, path)
    if db is None:
        return 1
    window = MainWindow(AppState(db))
    window.show()
    empty = file_info(db).counts["contacts"] == 0
    if args.demo and empty:
        load_demo(window)
    elif first_run:
        from crm_desktop.ui.dialogs.welcome import WelcomeDialog

        welcome = WelcomeDialog(window)
        if welcome.exec() and welcome.wants_demo:
            load_demo(window)
    return app.exec()


def run() -> None:
    """Console-script entry point (``crm-desktop``)."""
    sys.exit(main())

"""Composition root of the desktop app: pick the file, open it, show the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from crm_desktop.domain.errors import (
    BackupError,
    CrmError,
    DamagedFileError,
    NotADatabaseError,
    StorageError,
)
from crm_desktop.paths import default_database_path
from crm_desktop.services.backups import BackupInfo, list_backups_of, restore_file
from crm_desktop.services.demo import generate_demo_data
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.info import file_info
from crm_desktop.storage.database import Database
from crm_desktop.storage.modes import MODE_ENV
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.operations import Operation, Progress, run_in_background
from crm_desktop.ui.preferences import app_settings, recent_files
from crm_desktop.ui.restart import restart_requested, start_again
from crm_desktop.ui.state import AppState
from crm_desktop.ui.theme import follow_system_color_scheme
from crm_desktop.ui.translation import chosen_language, install_language

DEMO_CONTACTS = 500


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="crm-desktop", description="crm-desktop, the desktop app")
    parser.add_argument("--db", metavar="PATH", help="open this CRM file")
    # A file manager (the .desktop file's %f) passes the file by position.
    parser.add_argument("file", nargs="?", metavar="FILE", help="open this CRM file (as --db)")
    parser.add_argument("--demo", action="store_true", help="fill an empty file with demo data")
    parser.add_argument(
        "--demo-contacts",
        type=int,
        default=DEMO_CONTACTS,
        metavar="N",
        help=f"how many contacts the demo data has (default {DEMO_CONTACTS})",
    )
    parser.add_argument(
        "--mode",
        choices=["local", "shared", "auto"],
        help="storage mode for files opened in this run: shared for a network drive"
        " (default: $CRM_STORAGE_MODE, else auto)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation on a temporary file, print the result, exit (0 = works)",
    )
    args, _qt_args = parser.parse_known_args(argv)
    if args.file and not args.db:
        args.db = args.file
    return args


def choose_path(args: argparse.Namespace) -> Path:
    """--db, then $CRM_DB, then the last file used, then the per-user default."""
    if args.db:
        return Path(args.db).expanduser()
    if os.environ.get("CRM_DB"):
        return default_database_path()
    recent = [Path(name) for name in recent_files(app_settings())]
    return next((p for p in recent if p.exists()), default_database_path())


def open_or_ask(path: Path) -> Database | None:
    """Open ``path``; when refused, say why and let the user pick another or quit."""
    while True:
        try:
            return open_crm_file(path)
        except DamagedFileError as error:
            if restore_unopenable(path, error):
                continue  # open the restored file
            show_error_now(error)
            return None
        except CrmError as error:
            # Not SQLite any more, yet we have backups of it: its start was overwritten.
            damaged = DamagedFileError(str(path), str(error))
            if isinstance(error, NotADatabaseError) and restore_unopenable(path, damaged):
                continue
            other = pick_another_file(path, error)
            if other is None:
                return None
            path = other


def pick_another_file(path: Path, error: CrmError) -> Path | None:
    """Say why ``path`` was refused; the file the user picks instead, or None to quit."""
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
    return Path(name) if name else None


def restore_unopenable(path: Path, error: DamagedFileError) -> bool:
    """Offer the newest good backup of a file too damaged to open; True once restored."""
    for info in list_backups_of(path):
        if not ask_restore_damaged(error, info):
            return False
        try:
            restore_file(path, Path(info.path))
        except BackupError:
            continue  # this one is damaged too: offer the one before
        return True
    return False


def ask_restore_damaged(error: DamagedFileError, backup: BackupInfo) -> bool:
    """Yes to restore ``backup`` over the damaged file (tests replace)."""
    answer = QMessageBox.question(
        None,
        QApplication.translate("app", "The file is damaged"),
        QApplication.translate(
            "app",
            "{error}\n\nRestore the newest good backup, made {when}? "
            "The damaged file is kept beside your backups.",
        ).format(error=str(error), when=backup.made_at),
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error_now(error: CrmError) -> None:
    QMessageBox.warning(None, QApplication.translate("app", "Cannot open the file"), str(error))


def load_demo(window: MainWindow, contacts: int = DEMO_CONTACTS) -> Operation:
    """Fill the open file with demo data in the background, with a progress dialog.

    Views stop hearing changes meanwhile (thousands of small writes) and all
    reload once at the end, through ``state.file_opened``.
    """
    state = window.state
    db = state.db

    def work(_progress: Progress) -> dict[str, int]:
        return generate_demo_data(db, contacts=contacts)

    def done(counts: dict[str, int]) -> None:
        state.unmute()
        window.show_message(
            window.tr("Demo data added: {n} contacts.").format(n=counts.get("contacts", 0))
        )

    def failed(error: BaseException) -> None:
        state.unmute()
        show_error(window, error)

    state.mute()
    return run_in_background(window, work, done, failed, label=window.tr("Creating demo data…"))


def ask_start_with_demo(window: MainWindow) -> bool:
    """First run: the welcome screen; True for demo data, False to start empty (tests replace)."""
    from crm_desktop.ui.dialogs.welcome import WelcomeDialog

    welcome = WelcomeDialog(window)
    return bool(welcome.exec()) and welcome.wants_demo


def start(argv: Sequence[str]) -> MainWindow | None:
    """Open the file the command line (without the program name) asks for and show the window.

    Everything ``main`` does before the event loop runs; None when the user gave up
    on a file that cannot be opened. On a first run (the file did not exist yet)
    the welcome screen offers demo data, which then loads in the background
    (``window.demo_loading``).
    """
    args = parse_args(argv)
    if args.mode:
        # Every file this run opens (File > Open too) follows it: storage/modes.py.
        os.environ[MODE_ENV] = args.mode
    path = choose_path(args)
    first_run = not path.exists()
    window = None
    while window is None:
        db = open_or_ask(path)
        if db is None:
            return None
        try:
            window = MainWindow(AppState(db))
        except StorageError as error:
            # Damaged pages the opening checks did not reach: the views' first reads
            # hit them. Offer a backup instead of a traceback.
            db.close()
            damaged = DamagedFileError(str(path), str(error))
            if not restore_unopenable(path, damaged):
                show_error_now(damaged)
                return None
    window.show()
    window.safety.check_on_open()  # quick check and daily backup, in the background
    empty = file_info(window.state.db).counts["contacts"] == 0
    if (args.demo and empty) or (first_run and ask_start_with_demo(window)):
        window.demo_loading = load_demo(window, args.demo_contacts)
    return window


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv if argv is None else argv)
    app = QApplication.instance() or QApplication(arguments)
    assert isinstance(app, QApplication)
    app.setApplicationName("crm-desktop")
    app.setOrganizationName("crm-desktop")
    follow_system_color_scheme(app)
    install_language(app, chosen_language())
    if parse_args(arguments[1:]).self_test:
        from crm_desktop.ui.self_test import run_self_test

        return run_self_test()
    window = start(arguments[1:])
    if window is None:
        return 1
    code = app.exec()
    # A write still running (the user quit during demo data) ends while its
    # objects still exist, rather than after Python began tearing them down.
    QThreadPool.globalInstance().waitForDone()
    if restart_requested():
        window.state.db.close()  # the new process finds the file free
        start_again()
    return code


def run() -> None:
    """Console-script entry point (``crm-desktop``)."""
    sys.exit(main())

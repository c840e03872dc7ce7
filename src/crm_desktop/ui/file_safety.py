"""Keeping the open file safe from the window: checks and backups in the background.

On open, SQLite's quick check and (at most daily) a verified backup run on the
worker, so a big file opens as fast as a small one. A damaged file brings an
offer to restore the newest good backup. File > Back up now and File > Restore
from backup… live here too, and the banner shown when the file is read-only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox

from crm_desktop.domain.errors import BackupError, DamagedFileError
from crm_desktop.services.backups import (
    BackupInfo,
    back_up,
    back_up_if_due,
    list_backups,
    restore_backup,
)
from crm_desktop.services.files import check_file
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.operations import Operation, Progress, run_in_background
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.formatting import moment_text


class FileSafety(QObject):
    """The window's helper for checks, backups, restores and the read-only banner."""

    checked = Signal(object)  # None when the file is sound, else the DamagedFileError
    backed_up = Signal(object)  # the BackupInfo made, None when none was due
    restored = Signal(str)  # where the replaced content was kept

    def __init__(self, window: QMainWindow, state: AppState) -> None:
        super().__init__(window)
        self.window = window
        self.state = state
        self.running: list[Operation] = []  # jobs still running, kept alive until they end
        self.banner = QLabel(self.tr("This file is read-only: changes cannot be saved."))
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setStyleSheet(
            "background: #fff3cd; color: #664d03; padding: 6px 10px;"
            "border-bottom: 1px solid #e0c36a;"
        )
        state.file_opened.connect(lambda _db: self._update_banner())
        self._update_banner()

    def _update_banner(self) -> None:
        self.banner.setVisible(self.state.db.read_only)

    def add_actions(self, menu: QMenu) -> None:
        menu.addAction(self.tr("&Back up now"), self.back_up_now)
        menu.addAction(self.tr("Restore from bac&kup…"), self.choose_backup)

    # -- on open -------------------------------------------------------------------------------
    def check_on_open(self) -> Operation:
        """Quick check, then the daily backup, off the GUI thread."""
        db = self.state.db

        def work(_progress: Progress) -> BackupInfo | BackupError | None:
            check_file(db)
            try:
                return back_up_if_due(db)
            except BackupError as error:
                return error  # reported in the status bar; the file itself is fine

        def done(result: object) -> None:
            self.checked.emit(None)
            if isinstance(result, BackupError):
                self.state.say(self.tr("Automatic backup failed: {error}").format(error=result))
                self.backed_up.emit(None)
                return
            if isinstance(result, BackupInfo):
                self.state.say(self.tr("Backed up to {path}").format(path=result.path))
            self.backed_up.emit(result)

        def failed(error: BaseException) -> None:
            self.checked.emit(error if isinstance(error, DamagedFileError) else None)
            if isinstance(error, DamagedFileError):
                self.offer_restore_of_damaged(error)
            else:
                show_error(self.window, error)

        return self._run(run_in_background(self.window, work, done, failed))

    @property
    def operation(self) -> Operation | None:
        """The newest job still running, None when all have ended."""
        return self.running[-1] if self.running else None

    def _run(self, operation: Operation) -> Operation:
        self.running.append(operation)
        operation.finished.connect(lambda: self.running.remove(operation))
        return operation

    def offer_restore_of_damaged(self, error: DamagedFileError) -> None:
        newest = next(iter(list_backups(self.state.db)), None)
        if newest is None:
            show_error(self.window, error)
            return
        if self.ask_restore_damaged(error, newest):
            self.restore(Path(newest.path))

    # -- menu actions --------------------------------------------------------------------------
    def back_up_now(self) -> Operation:
        db = self.state.db

        def work(progress: Progress) -> BackupInfo:
            return back_up(db, progress=lambda done, total: progress.report(done, total))

        def done(info: BackupInfo) -> None:
            self.state.say(self.tr("Backed up to {path}").format(path=info.path))
            self.backed_up.emit(info)

        return self._run(
            run_in_background(self.window, work, done, label=self.tr("Backing up the file…"))
        )

    def choose_backup(self) -> None:
        from crm_desktop.ui.dialogs.restore import RestoreDialog

        dialog = RestoreDialog(self.state, self, self.window)
        dialog.open()

    def restore(self, backup: Path) -> Operation:
        """Restore ``backup`` in the background with progress; views reload at the end."""
        db = self.state.db

        def work(progress: Progress) -> Path:
            return restore_backup(db, backup, lambda done, total: progress.report(done, total))

        def done(kept: Path) -> None:
            self.state.file_opened.emit(self.state.db)  # every view reads the file afresh
            self.state.say(
                self.tr("Backup restored. The previous content is kept in {path}").format(
                    path=str(kept)
                )
            )
            self.restored.emit(str(kept))

        return self._run(
            run_in_background(self.window, work, done, label=self.tr("Restoring the backup…"))
        )

    # -- questions (tests replace these) -------------------------------------------------------
    def ask_restore_damaged(self, error: DamagedFileError, newest: BackupInfo) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("The file is damaged"),
            self.tr(
                "{error}\n\nRestore the newest backup, made {when}? The damaged file is kept "
                "beside your backups."
            ).format(error=error.problem, when=moment_text(newest.made_at)),
        )
        return answer == QMessageBox.StandardButton.Yes

"""The Reports menu of the main window: a dialog per report, made off the GUI thread, opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QWidget

from crm_desktop.reports.options import ReportOptions
from crm_desktop.reports.registry import REPORTS, ReportKind, run_report
from crm_desktop.ui.operations import Operation, run_in_background
from crm_desktop.ui.reports.dialog import ReportOptionsDialog
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.icons import svg_icon


def report_titles() -> dict[str, str]:
    """The menu's names of the reports, translated (each written out for lupdate)."""
    return {
        "pipeline": QCoreApplication.translate("Reports", "&Pipeline by stage…"),
        "forecast": QCoreApplication.translate("Reports", "Sales &forecast…"),
        "win-loss": QCoreApplication.translate("Reports", "&Won and lost deals…"),
        "tickets": QCoreApplication.translate("Reports", "Support &tickets…"),
        "customer": QCoreApplication.translate("Reports", "&Customer profile…"),
        "customers": QCoreApplication.translate("Reports", "Top c&ustomers…"),
        "dashboard": QCoreApplication.translate("Reports", "&Dashboard…"),
    }


def open_in_viewer(path: Path) -> None:
    """Show the PDF in the system's viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ReportsMenu(QObject):
    """Builds the menu and runs what is chosen in it.

    ``ask_options`` and ``open_file`` are replaceable, so tests can answer the
    dialog and see the PDF without a viewer.
    """

    def __init__(self, state: AppState, window: QWidget) -> None:
        super().__init__(window)
        self.state = state
        self.window = window
        self.running: Operation | None = None
        self.open_file: Callable[[Path], None] = open_in_viewer
        self.menu = QMenu(self.tr("&Reports"), window)
        titles = report_titles()
        self.actions: dict[str, QAction] = {}
        for kind in REPORTS:
            action = QAction(svg_icon("report"), titles.get(kind.name, kind.shown_title()), window)
            action.setStatusTip(kind.shown_description())
            action.triggered.connect(lambda _checked=False, k=kind: self.make(k))
            self.menu.addAction(action)
            self.actions[kind.name] = action

    def ask_options(self, kind: ReportKind) -> ReportOptions | None:
        title = report_titles().get(kind.name, kind.shown_title()).replace("&", "").rstrip("…")
        dialog = ReportOptionsDialog(self.state, kind, title, self.window)
        if dialog.exec() != ReportOptionsDialog.DialogCode.Accepted:
            return None
        return dialog.options()

    def make(self, kind: ReportKind) -> None:
        options = self.ask_options(kind)
        if options is None:
            return
        db = self.state.db

        def done(written: object) -> None:
            assert isinstance(written, list)
            self.state.say(self.tr("Report saved to {path}.").format(path=written[0]))
            if options.pdf_path is not None:
                self.open_file(options.pdf_path)

        self.running = run_in_background(
            self.window,
            lambda _progress: run_report(db, options),
            on_success=done,
            label=self.tr("Making the report…"),
        )
        # Errors (file not writable, customer gone) go to the usual error dialog.
        self.running.finished.connect(self._finished)

    def _finished(self) -> None:
        self.running = None

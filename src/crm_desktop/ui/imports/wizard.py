"""The import wizard: file -> columns -> preview -> check and duplicates -> import.

It only drives ``services/imports.py`` step by step; checking every row and the
import itself run off the GUI thread, with progress and Cancel. Nothing is
stored until the last step, and that step stores everything valid in one
transaction or nothing at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget, QWizard

from crm_desktop.services.imports import (
    ImportFile,
    ImportReport,
    default_errors_path,
    import_vcard,
    is_vcard,
    open_import,
    run_import,
    save_mapping,
)
from crm_desktop.storage.database import Database
from crm_desktop.ui.imports.check_pages import CheckPage, PreviewPage, RunPage
from crm_desktop.ui.imports.source_pages import (
    FilePage,
    MappingPage,
    choose_errors_dialog,
    choose_file_dialog,
    choose_mapping_dialog,
)
from crm_desktop.ui.operations import Operation, Progress
from crm_desktop.ui.state import AppState

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, CHECK_PAGE, RUN_PAGE = range(5)

Progressed = Callable[[int, int], None]


class ImportWizard(QWizard):
    """``ImportWizard(state, parent, entity="contacts").open()``."""

    def __init__(
        self,
        state: AppState,
        parent: QWidget | None = None,
        entity: str = "contacts",
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.entity = entity
        self.source: ImportFile | None = None
        self.vcard_path: Path | None = None
        self.remember_mapping = False
        self.on_duplicate = "skip"
        self.region = ""
        self.errors_path: Path | None = None
        self.running: Operation | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(820, 560)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        for number, page in enumerate(
            (self.file_page, self.mapping_page, self.preview_page, self.check_page, self.run_page)
        ):
            self.setPage(number, page)
        self.run_page.finished.connect(self._imported)
        if path is not None:
            self.file_page.path.setText(str(path))

    @property
    def db(self) -> Database:
        return self.state.db

    # Replaceable by tests: how the wizard asks for the file to read or a mapping file.
    def choose_file(self, parent: QWidget) -> str:
        return choose_file_dialog(parent)

    def choose_mapping_file(self, parent: QWidget, save: bool) -> str:
        return choose_mapping_dialog(parent, save)

    def choose_errors_file(self, parent: QWidget, suggested: Path) -> str:
        return choose_errors_dialog(parent, suggested)

    # -- steps -------------------------------------------------------------
    def start_with(self, path: Path, entity: str, region: str = "") -> None:
        """Open the file (sniff it and propose a mapping); raises CrmError for bad files."""
        self.entity = entity
        self.region = region
        self.errors_path = default_errors_path(path)
        if is_vcard(path):
            self.source, self.vcard_path = None, path
        else:
            self.source = open_import(self.db, path, entity, region=region)
            self.vcard_path = None

    def nextId(self) -> int:  # noqa: N802 - Qt API
        current = self.currentId()
        if current == FILE_PAGE and self.vcard_path is not None:
            return CHECK_PAGE  # a vCard names its fields: nothing to match
        if current == RUN_PAGE:
            return -1
        return current + 1

    def analyse(
        self,
        on_duplicate: str,
        progressed: Progressed,
        done: Callable[[ImportReport], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Check every row as a dry run (nothing is written)."""
        self.on_duplicate = on_duplicate
        work = lambda progress: self._import(progress, dry_run=True)  # noqa: E731
        self._start(work, progressed, done, failed)

    def run(
        self,
        progressed: Progressed,
        done: Callable[[ImportReport], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """The import itself, in one transaction (no going back while it runs)."""
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self._start(
            lambda progress: self._import(progress, dry_run=False), progressed, done, failed
        )

    def cancel_running(self) -> None:
        if self.running is not None:
            self.running.progress.cancel()

    # -- background work ---------------------------------------------------
    def _import(self, progress: Progress, *, dry_run: bool) -> ImportReport:
        def report(done: int, total: int) -> bool:
            progress.report(done, total)
            return not progress.cancelled

        on_duplicate = self.on_duplicate
        if self.vcard_path is not None:
            return import_vcard(
                self.db,
                self.vcard_path,
                region=self.region,
                on_duplicate=on_duplicate,
                dry_run=dry_run,
                errors_path=self.errors_path,
                progress=report,
            )
        assert self.source is not None
        result = run_import(
            self.db,
            self.source,
            on_duplicate,
            dry_run=dry_run,
            errors_path=self.errors_path,
            progress=report,
        )
        if not dry_run and self.remember_mapping:
            save_mapping(self.db, self.source.entity, self.source.headers, self.source.mapping)
        return result

    def _start(
        self,
        work: Callable[[Progress], ImportReport],
        progressed: Progressed,
        done: Callable[[ImportReport], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self.cancel_running()  # a new check replaces one still going

        def succeeded(result: Any) -> None:
            if self.running is operation:
                self.running = None
            done(result)

        def stopped(error: BaseException) -> None:
            if self.running is operation:
                self.running = None
            failed(error)

        operation = Operation(self, work, succeeded, stopped)
        operation.progressed.connect(lambda d, t, _label: progressed(d, t))
        self.running = operation
        operation.start()

    def _imported(self, result: object) -> None:
        # Stored: nothing to go back to. Cancelled or failed: nothing stored, try again.
        if isinstance(result, ImportReport):
            self.report = result
        self.button(QWizard.WizardButton.BackButton).setEnabled(
            not isinstance(result, ImportReport)
        )

    # -- closing -------------------------------------------------------------
    def reject(self) -> None:
        """Closing while a job runs cancels it first (its transaction rolls back)."""
        if self.running is not None:
            self.running.progress.cancel()
            self.running.finished.connect(super().reject)
            return
        super().reject()

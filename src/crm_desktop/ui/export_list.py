"""The "Export…" action of a list view: what the view shows (its filter) to a file.

The view gives the kind of record, the formats it offers and a function
returning its current filter; this asks for a file (``ask_path``, which
tests replace), fills ``ExportOptions`` and runs ``export_records`` in the
background with progress and Cancel. The format follows the file's suffix.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from crm_desktop.interchange.exports import ExportOptions, export_records
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.operations import Operation, Progress, run_in_background
from crm_desktop.ui.state import AppState

SUFFIXES = {"csv": ".csv", "vcard": ".vcf", "json": ".json", "ical": ".ics"}
FORMAT_OF_SUFFIX = {suffix: fmt for fmt, suffix in SUFFIXES.items()}


def format_name(fmt: str) -> str:
    """The file type as a save dialog lists it: "CSV for Excel (*.csv)"."""
    names = {
        "csv": QCoreApplication.translate("ListExport", "CSV for Excel (*.csv)"),
        "vcard": QCoreApplication.translate("ListExport", "vCard (*.vcf)"),
        "json": QCoreApplication.translate("ListExport", "JSON (*.json)"),
        "ical": QCoreApplication.translate("ListExport", "iCalendar (*.ics)"),
    }
    return names[fmt]


class ListExport(QObject):
    """Exports a list view's records as its filter selects them."""

    exported = Signal(str, int)  # path, records written
    finished = Signal()  # the background export ended (done, failed or cancelled)

    def __init__(
        self,
        view: QWidget,
        state: AppState,
        entity: str,
        current_filter: Callable[[], object],
        formats: Sequence[str] = ("csv", "json"),
        file_stem: str = "",
    ) -> None:
        super().__init__(view)
        self.view = view
        self.state = state
        self.entity = entity
        self.current_filter = current_filter
        self.formats = tuple(formats)
        self.file_stem = file_stem or entity
        self.operation: Operation | None = None
        self.ask_path: Callable[[], Path | None] = self._ask_path

    def make_button(self, text: str = "") -> QPushButton:
        button = QPushButton(text or self.tr("E&xport list…"))
        button.setObjectName(f"{self.entity}ExportListButton")
        button.setToolTip(self.tr("Write the records this list shows (its filters) to a file"))
        button.clicked.connect(self.export)
        return button

    def _ask_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / f"{self.file_stem}{SUFFIXES[self.formats[0]]}"
        filters = [format_name(f) for f in self.formats]
        name, chosen = QFileDialog.getSaveFileName(
            self.view, self.tr("Export"), str(suggested), ";;".join(filters)
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in FORMAT_OF_SUFFIX:
            fmt = self.formats[filters.index(chosen)] if chosen in filters else self.formats[0]
            path = path.with_suffix(SUFFIXES[fmt])
        return path

    def options_for(self, path: Path, chosen_filter: object | None = None) -> ExportOptions:
        fmt = FORMAT_OF_SUFFIX.get(path.suffix.lower(), self.formats[0])
        if fmt not in self.formats:
            fmt = self.formats[0]
        if chosen_filter is None:
            chosen_filter = self.current_filter()
        return ExportOptions(self.entity, path, format=fmt, filter=chosen_filter)

    def export(self) -> None:
        """Export what the list shows now (its filters)."""
        self.export_filter(None)

    def export_filter(self, chosen_filter: object | None) -> None:
        """Export the records ``chosen_filter`` keeps (None: the list's current filter).

        A smart list's export passes the view's own filter, so what is written is
        exactly the view's records whatever else the list's filter bar holds.
        """
        path = self.ask_path()
        if path is None:
            return
        options = self.options_for(path, chosen_filter)
        db = self.state.db

        def work(progress: Progress) -> int:
            def report(done: int, total: int) -> None:
                progress.check()
                progress.report(done, total)

            return export_records(db, options, report)

        def written(count: int) -> None:
            self.state.say(
                self.tr("Exported {n} records to {file}.").format(n=count, file=str(path))
            )
            self.exported.emit(str(path), count)

        def failed(error: BaseException) -> None:
            show_error(self.view, error)

        self.operation = run_in_background(
            self.view, work, written, failed, label=self.tr("Exporting…"), cancellable=True
        )
        self.operation.finished.connect(self.finished)

"""Running slow work off the GUI thread, with progress and Cancel.

The work function never touches widgets; it receives a ``Progress`` it may
report to and poll for cancellation, and its result or error comes back on the
GUI thread through callbacks (the shape of Anki's ``CollectionOp``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from crm_desktop.ui.errors import show_error

T = TypeVar("T")


class CancelledError(Exception):
    """Raised by ``Progress.check`` after the user pressed Cancel."""


class Progress:
    """What the work function sees: report progress, check for cancel. Thread-safe."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    def report(self, done: int, total: int, label: str = "") -> None:
        self._signals.progress.emit(done, total, label)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise CancelledError


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class _Job(QRunnable, Generic[T]):
    def __init__(
        self, work: Callable[[Progress], T], signals: _Signals, progress: Progress
    ) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._progress = progress

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as error:  # handed to the GUI thread, not swallowed
            self._signals.failed.emit(error)
        else:
            self._signals.succeeded.emit(result)


class Operation(QObject):
    """One background job; keep a reference until ``finished`` is emitted."""

    finished = Signal()
    progressed = Signal(int, int, str)  # done, total, label: for progress shown in a page

    def __init__(
        self,
        parent: QWidget,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        label: str = "",
        cancellable: bool = False,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._signals = _Signals()
        self.progress = Progress(self._signals)
        self._on_success = on_success
        self._on_failure = on_failure
        self._dialog: QProgressDialog | None = None
        if label:
            dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 48)
            dialog.setMinimumDuration(400)  # quick jobs never flash a dialog
            # Qt starts that timer only when the value is at the minimum; a fresh
            # dialog's value is below it, which left slow jobs without a dialog.
            dialog.setValue(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.progress.cancel)
            self._dialog = dialog
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self._signals.progress.connect(self._report)
        self._job: _Job[Any] = _Job(work, self._signals, self.progress)

    def start(self) -> Operation:
        QThreadPool.globalInstance().start(self._job)
        return self

    def _report(self, done: int, total: int, label: str) -> None:
        self.progressed.emit(done, total, label)
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)
            if label:
                self._dialog.setLabelText(label)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None

    def _succeeded(self, result: object) -> None:
        self._close_dialog()
        if self._on_success is not None:
            self._on_success(result)
        self.finished.emit()

    def _failed(self, error: BaseException) -> None:
        self._close_dialog()
        if isinstance(error, CancelledError):
            pass  # the user asked for it; the work rolled back
        elif self._on_failure is not None:
            self._on_failure(error)
        else:
            show_error(self._parent, error)
        self.finished.emit()


def run_in_background(
    parent: QWidget,
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    label: str = "",
    cancellable: bool = False,
) -> Operation:
    """Start ``work(progress)`` on the thread pool; callbacks run on the GUI thread."""
    return Operation(parent, work, on_success, on_failure, label, cancellable).start()

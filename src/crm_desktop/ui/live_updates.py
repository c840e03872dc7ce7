"""Seeing colleagues at work on a shared file: their edits, their presence, their lock.

About every second a QTimer asks the file whether another client changed
records (storage/sessions.py: ``PRAGMA data_version``, then ``meta.generation``)
and, if so, hands the views a ``Changes`` through ``AppState.changed`` (the
records the audit log names, or every table when it cannot tell); each view
re-reads what it shows and keeps its selection and scroll position.
A heartbeat keeps this client's row in ``sessions``; the status bar names the
others. Polls and beats never wait long for a busy file: they try again on the
next tick.

When a write on the GUI thread must wait for the lock file, ``BusyDialog``
shows who holds it and how long it has waited, and keeps the window painted
(events other than user input are processed while waiting).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from crm_desktop.domain.errors import StorageError
from crm_desktop.storage import sessions
from crm_desktop.storage.database import Database
from crm_desktop.ui.state import AppState

POLL_MS = 1000
BEAT_MS = sessions.BEAT_SECONDS * 1000
PRESENCE_EVERY_POLLS = 5
# A poll or beat on the GUI thread waits at most this long for a busy file.
PATIENCE_SECONDS = 0.2
SHOW_BUSY_AFTER_SECONDS = 0.3


class LiveUpdates(QObject):
    """Polls the open file for others' changes and keeps this client's heartbeat."""

    others_changed = Signal(list)  # names, "anna@pc-2"
    busy_elsewhere = Signal(str)  # a status message from a background wait

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.client_id: str | None = None
        self._db: Database | None = None
        self._watch: sessions.ChangeWatch | None = None
        self._polls = 0
        self.others: list[str] = []
        self.busy_dialog = BusyDialog(parent if isinstance(parent, QWidget) else None)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.beat_timer = QTimer(self)
        self.beat_timer.setInterval(BEAT_MS)
        self.beat_timer.timeout.connect(self.beat)
        state.closing.connect(self._detach)
        state.file_opened.connect(self._attach)
        self._attach(state.db)

    # -- the file ----------------------------------------------------------------
    def _attach(self, db: Database) -> None:
        if db is self._db:
            return
        self._db = db
        sessions.listen_for_waits(db, self._waiting)
        try:
            self.client_id = sessions.register(db, PATIENCE_SECONDS)
        except StorageError:
            self.client_id = None  # busy or read-only: the next beat tries again
        self._watch = sessions.ChangeWatch(db)
        self._polls = 0
        self._refresh_others()
        self.poll_timer.start()
        self.beat_timer.start()

    def _detach(self, db: Database) -> None:
        if db is not self._db:
            return
        self.poll_timer.stop()
        self.beat_timer.stop()
        sessions.listen_for_waits(db, None)
        if self.client_id is not None:
            # Busy: our row expires by itself after sessions.STALE_SECONDS.
            with contextlib.suppress(StorageError):
                sessions.unregister(db, self.client_id, PATIENCE_SECONDS)
        self.client_id = None
        self._db = None
        self._watch = None

    def stop(self) -> None:
        """The window closes: leave the list of who has the file open."""
        if self._db is not None:
            self._detach(self._db)

    # -- ticks -------------------------------------------------------------------
    def poll(self) -> None:
        db, watch = self._db, self._watch
        if db is None or watch is None or db.closed or sessions.busy(db):
            return  # closed (the window is going), or a write of ours waits for the file
        try:
            changes = watch.changes_elsewhere(PATIENCE_SECONDS)
        except StorageError:
            return  # busy right now (or unreachable): look again next tick
        self._polls += 1
        if changes is not None:
            self.state.changed.emit(changes)
        if changes is not None or self._polls % PRESENCE_EVERY_POLLS == 0:
            self._refresh_others()

    def beat(self) -> None:
        db = self._db
        if db is None or db.closed or sessions.busy(db):
            return
        try:
            if self.client_id is None:
                self.client_id = sessions.register(db, PATIENCE_SECONDS)
            else:
                sessions.beat(db, self.client_id, PATIENCE_SECONDS)
        except StorageError:
            return  # a busy moment: STALE_SECONDS forgives a few missed beats

    def _refresh_others(self) -> None:
        if self._db is None:
            return
        try:
            found = sessions.others(self._db, self.client_id, PATIENCE_SECONDS)
        except StorageError:
            return
        names = list(dict.fromkeys(s.name for s in found))
        if names != self.others:
            self.others = names
            self.others_changed.emit(names)

    # -- waiting for the lock file --------------------------------------------------
    def _waiting(self, holder: str, waited: float, limit: float) -> None:
        """Called by the lock while it waits, on whichever thread is waiting."""
        if QThread.currentThread() is not self.thread():
            self.busy_elsewhere.emit(self.busy_dialog.text_for(holder))
            return
        if waited >= SHOW_BUSY_AFTER_SECONDS:
            self.busy_dialog.show_wait(holder, waited, limit)
        # Paint and run timers, but take no clicks or keys: the user's write is pending.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


class BusyDialog(QObject):
    """A small modal progress dialog: "The file is busy (in use by NAME)…"."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._parent = parent
        self.dialog: QProgressDialog | None = None
        # Closed once waits stop arriving, i.e. the lock was taken (or given up).
        self._closer = QTimer(self)
        self._closer.setSingleShot(True)
        self._closer.setInterval(150)
        self._closer.timeout.connect(self.close)

    def text_for(self, holder: str) -> str:
        if holder:
            return self.tr("The file is busy (in use by {name}); waiting…").format(name=holder)
        return self.tr("The file is busy; waiting…")

    def show_wait(self, holder: str, waited: float, limit: float) -> None:
        if self.dialog is None:
            dialog = QProgressDialog(self._parent)
            dialog.setWindowTitle(self.tr("Waiting for the file"))
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            bar = QProgressBar(dialog)
            # Seconds waited of the most the app waits before it gives up.
            bar.setFormat(self.tr("%v of %m s"))
            dialog.setBar(bar)
            self.dialog = dialog
        self.dialog.setLabelText(self.text_for(holder))
        self.dialog.setMaximum(max(1, round(limit)))
        self.dialog.setValue(min(int(waited), self.dialog.maximum()))
        self.dialog.show()
        self._closer.start()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

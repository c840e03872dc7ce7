"""The open file and the one place that hears what every write changed.

Services publish a ``Changes`` value after each commit, from whatever thread ran
the write; ``AppState.changed`` re-emits it on the GUI thread, and each view
decides for itself whether to reload (views never refresh each other).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from crm_desktop.domain.changes import Changes, ChangesBuilder
from crm_desktop.storage.database import Database

# While held, changes reach the views at most this often (milliseconds).
COALESCE_MS = 300


class AppState(QObject):
    """Holds the open ``Database``; emits ``changed`` after every write and ``file_opened``."""

    changed = Signal(object)  # Changes
    file_opened = Signal(object)  # Database
    closing = Signal(object)  # Database, about to be closed (switch_to): leave it tidy
    message = Signal(str)  # for the status bar
    undo_offered = Signal(str, object)  # message, a callable that undoes
    _published = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A queued hop: writes on worker threads still reach views on the GUI thread.
        self._published.connect(self._deliver)
        self.db = db
        self._muted = False
        self._holds = 0
        self._pending: ChangesBuilder | None = None
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(COALESCE_MS)
        self._flush_timer.timeout.connect(self._flush)
        db.subscribe(self._hear)

    def _hear(self, changes: Changes) -> None:
        if not self._muted:
            self._published.emit(changes)

    def _deliver(self, changes: Changes) -> None:
        """On the GUI thread: pass ``changes`` on now, or gather them while held."""
        if not self._holds:
            self._flush()
            self.changed.emit(changes)
            return
        if self._pending is None:
            self._pending = ChangesBuilder()
        for table, ids in changes.created.items():
            self._pending.created(table, ids)
        for table, ids in changes.updated.items():
            self._pending.updated(table, ids)
        for table, ids in changes.deleted.items():
            self._pending.deleted(table, ids)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        self._flush_timer.stop()
        pending, self._pending = self._pending, None
        if pending is not None:
            changes = pending.build()
            if not changes.is_empty():
                self.changed.emit(changes)

    def hold(self) -> None:
        """Gather changes and relay them at most every ``COALESCE_MS`` until ``release``.

        A background job writing in chunks publishes a change per chunk; views
        reloading for each would fight the job for the file and keep the
        window from answering (Cancel among it).
        """
        self._holds += 1

    def release(self) -> None:
        """End one ``hold``; the last one relays what is still gathered at once."""
        self._holds = max(0, self._holds - 1)
        if not self._holds:
            self._flush()

    def mute(self) -> None:
        """Stop relaying changes until ``unmute``.

        A bulk job of thousands of small writes (demo data) would otherwise make
        every view reload thousands of times while it runs.
        """
        self._muted = True

    def unmute(self) -> None:
        """Relay changes again, and have every view read the file afresh."""
        self._muted = False
        self.file_opened.emit(self.db)

    def say(self, text: str) -> None:
        """Show ``text`` in the status bar."""
        self.message.emit(text)

    def offer_undo(self, text: str, undo: Callable[[], object]) -> None:
        """Show ``text`` with an Undo button that calls ``undo`` (e.g. a restore)."""
        self.undo_offered.emit(text, undo)

    def switch_to(self, db: Database) -> None:
        """Close the current file and make ``db`` the open one."""
        old = self.db
        old.unsubscribe(self._hear)
        self._flush_timer.stop()
        self._pending = None  # about the old file; every view reads the new one anyway
        self.closing.emit(old)
        self.db = db
        db.subscribe(self._hear)
        old.close()
        self.file_opened.emit(db)

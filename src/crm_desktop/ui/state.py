"""The open file and the one place that hears what every write changed.

Services publish a ``Changes`` value after each commit, from whatever thread ran
the write; ``AppState.changed`` re-emits it on the GUI thread, and each view
decides for itself whether to reload (views never refresh each other).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from crm_desktop.domain.changes import Changes
from crm_desktop.storage.database import Database


class AppState(QObject):
    """Holds the open ``Database``; emits ``changed`` after every write and ``file_opened``."""

    changed = Signal(object)  # Changes
    file_opened = Signal(object)  # Database
    message = Signal(str)  # for the status bar
    undo_offered = Signal(str, object)  # message, a callable that undoes
    _published = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A queued hop: writes on worker threads still reach views on the GUI thread.
        self._published.connect(self.changed.emit)
        self.db = db
        self._muted = False
        db.subscribe(self._hear)

    def _hear(self, changes: Changes) -> None:
        if not self._muted:
            self._published.emit(changes)

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
        self.db = db
        db.subscribe(self._hear)
        old.close()
        self.file_opened.emit(db)

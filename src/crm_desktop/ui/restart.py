"""Starting the app again, so that a setting read only at start (the language) takes effect.

The new process is started only after the event loop has ended and ``main`` has
waited for running writes and closed the file (``start_again``): started earlier, it would
meet the file still open, and maybe a write still running, in this process.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication


class _Restart:
    wanted = False


def command_line() -> tuple[str, list[str]]:
    """This program and its arguments, as it was started.

    A bundle is its own program; otherwise the interpreter with its own options
    and the script (the ``crm-desktop`` launcher, or ``-m module``).
    """
    if getattr(sys, "frozen", False):
        return sys.executable, list(sys.argv[1:])
    return sys.executable, list(sys.orig_argv[1:])


def request_restart() -> None:
    """Close every window (each saves its layout as on a normal quit), quit, start again."""
    _Restart.wanted = True
    QApplication.closeAllWindows()
    QApplication.quit()


def restart_requested() -> bool:
    return _Restart.wanted


def start_again() -> bool:
    """Start this program again, detached, with the same arguments; False if it would not."""
    _Restart.wanted = False
    program, arguments = command_line()
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)

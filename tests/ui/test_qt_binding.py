"""The Qt binding itself behaves: guards against a known-bad PySide6 release."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    ping = Signal(object)


def test_emitting_signals_does_not_use_up_references_to_true() -> None:
    # PySide6 6.12.0 dropped a reference to True on every emit(); on Python 3.11
    # the app then aborted ("bool_dealloc") after a few thousand emits.
    sender = _Sender()
    heard: list[object] = []
    sender.ping.connect(heard.append)
    before = sys.getrefcount(True)

    for number in range(200):
        sender.ping.emit(number)

    assert len(heard) == 200
    assert sys.getrefcount(True) >= before

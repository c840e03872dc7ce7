"""Child process of bench_gui: one measurement per run, printed as JSON.

Run as ``python bench/gui_probe.py MODE FILE`` with QT_QPA_PLATFORM=offscreen.
Modes:
  bare      QApplication + an empty main window shown (the startup baseline)
  startup   the real main window on FILE, shown and its contact list filled
  memory    RSS after the window is filled, and after scrolling through every contact
  keys      keystroke-to-results-painted latency in the global search field,
            against the same keystrokes in a plain line edit (the baseline)
"""

from __future__ import annotations

import json
import os
import sys
import time

STARTED = time.perf_counter()


def rss_mb() -> float:
    with open("/proc/self/status", encoding="utf-8") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _app():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _filled_window(path: str):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QTableView

    from crm_desktop.services.files import open_crm_file
    from crm_desktop.ui.main_window import MainWindow
    from crm_desktop.ui.state import AppState

    app = _app()
    window = MainWindow(AppState(open_crm_file(path, user="bench")))
    window.resize(1280, 800)
    window.show_view("contacts")
    window.show()
    table = window.views["contacts"].findChild(QTableView)
    model = table.model()
    while model.rowCount(QModelIndex()) == 0:
        app.processEvents()
    table.viewport().repaint()
    app.processEvents()
    return app, window, table


def bare() -> dict[str, float]:
    from PySide6.QtWidgets import QLabel, QMainWindow

    app = _app()
    window = QMainWindow()
    window.setCentralWidget(QLabel("ready"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.repaint()
    return {"seconds_in_process": time.perf_counter() - STARTED}


def startup(path: str) -> dict[str, float]:
    _app, _window, table = _filled_window(path)
    return {"seconds_in_process": time.perf_counter() - STARTED, "rows": table.model().rowCount()}


def memory(path: str) -> dict[str, float]:
    from PySide6.QtCore import QModelIndex

    app, _window, table = _filled_window(path)
    shown = rss_mb()
    model = table.model()
    # Scroll the way a user holding Page Down would: the view asks for more rows.
    while model.canFetchMore(QModelIndex()):
        table.scrollToBottom()
        app.processEvents()
    table.scrollToBottom()
    table.viewport().repaint()
    app.processEvents()
    return {"rss_shown_mb": shown, "rss_scrolled_mb": rss_mb(), "rows": model.rowCount()}


def keys(path: str, words: list[str]) -> dict[str, list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    app, window, _table = _filled_window(path)
    field = window.search
    plain = QLineEdit(window)
    plain.resize(400, 30)
    plain.show()

    def type_into(widget: QLineEdit, paint: bool) -> list[float]:
        times: list[float] = []
        for word in words:
            widget.clear()
            app.processEvents()
            for letter in word:
                begin = time.perf_counter()
                QTest.keyClick(widget, letter)
                if paint and field.results.isVisible():
                    field.results.repaint()
                widget.repaint()
                app.processEvents()
                times.append((time.perf_counter() - begin) * 1000)
            QTest.keyClick(widget, Qt.Key.Key_Escape)
        return times

    type_into(field, paint=True)  # warm caches, as a user's first minute would
    return {"search_ms": type_into(field, paint=True), "plain_ms": type_into(plain, paint=False)}


def main() -> None:
    mode = sys.argv[1]
    path = sys.argv[2] if len(sys.argv) > 2 else ""
    if mode == "bare":
        result: object = bare()
    elif mode == "startup":
        result = startup(path)
    elif mode == "memory":
        result = memory(path)
    else:
        result = keys(path, json.loads(os.environ["PROBE_WORDS"]))
    print("RESULT " + json.dumps(result), flush=True)
    os._exit(0)  # skip Qt teardown: it is not what is measured


if __name__ == "__main__":
    main()

"""Start the counter window: the real terminal, or the demo on the sandboxes."""

from __future__ import annotations

import sys
from pathlib import Path

from posapp.compose import Terminal, open_terminal


def build_window(home: Path | None, demo: bool, profile: str = "80mm"):  # noqa: ANN201
    """The service and its window, wired; returns (window, terminal)."""
    from posapp.ui.main_window import MainWindow

    terminal: Terminal = open_terminal(home, demo=demo, profile=profile)
    counter = terminal.counter
    counter.recover()
    window = MainWindow(counter, on_close=terminal.close)
    counter.start_worker()
    return window, terminal


def run_gui(home: Path | None = None, demo: bool = False, profile: str = "80mm") -> int:
    from PySide6.QtWidgets import QApplication

    from posapp.ui.style import STYLE

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("posapp")
    app.setStyleSheet(STYLE)
    window, _terminal = build_window(home, demo, profile)
    window.show()
    return int(app.exec())

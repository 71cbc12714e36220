"""Start the counter window: the real terminal, or the demo on the sandboxes."""

from __future__ import annotations

import logging
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


def problem_window(message: str):  # noqa: ANN201
    """The window shown instead of the counter when the terminal cannot start (a damaged or
    read-only journal, an unusable home): what is wrong, and the way out."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QPushButton, QVBoxLayout, QWidget

    from posapp.ui.widgets import label

    window = QMainWindow()
    window.setWindowTitle("posapp - the counter cannot start")
    page = QWidget()
    page.setObjectName("page")
    outer = QHBoxLayout(page)
    column = QWidget()
    column.setMaximumWidth(900)  # readable lines on a wide screen
    outer.addStretch(1)
    outer.addWidget(column, 100)
    outer.addStretch(1)
    lay = QVBoxLayout(column)
    lay.setContentsMargins(40, 60, 40, 40)
    lay.setSpacing(18)
    lay.addWidget(label("The counter cannot start", "title"))
    lay.addWidget(label(message, "error"))
    lay.addWidget(label("No sale can be taken on this terminal until this is fixed. The "
                        "technician's guide: docs/BACKUP.md.", "hint"))
    close = QPushButton("Close")
    close.setObjectName("primary")
    close.clicked.connect(window.close)
    lay.addWidget(close, 0, Qt.AlignmentFlag.AlignLeft)
    lay.addStretch(1)
    window.setCentralWidget(page)
    window.resize(800, 500)
    close.setFocus()
    return window


def run_gui(home: Path | None = None, demo: bool = False, profile: str = "80mm") -> int:
    from PySide6.QtWidgets import QApplication

    from posapp.ui.style import STYLE

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("posapp")
    app.setStyleSheet(STYLE)
    window = start_window(home, demo, profile)
    window.show()
    return int(app.exec())


def start_window(home: Path | None, demo: bool, profile: str = "80mm"):  # noqa: ANN201
    """The counter window, or the window that says why the counter cannot start."""
    from posapp.domain.errors import PosError

    try:
        return build_window(home, demo, profile)[0]
    except PosError as exc:
        logging.getLogger(__name__).error("the counter cannot start: %s", exc.detail)
        return problem_window(exc.message)

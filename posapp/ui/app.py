"""Start the counter window: the real terminal, or the demo on the sandboxes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from posapp.compose import Terminal, open_terminal
from posapp.domain.errors import ConfigError


def build_window(home: Path | None, demo: bool, profile: str = "80mm"):  # noqa: ANN201
    """The service and its window, wired; returns (window, terminal)."""
    from posapp.ui.main_window import MainWindow

    terminal: Terminal = open_terminal(home, demo=demo, profile=profile)
    counter = terminal.counter
    counter.recover()
    window = MainWindow(counter, on_close=terminal.close)
    counter.start_worker()
    return window, terminal


# Qt platforms that need no screen; anything else is probed before QApplication, whose
# failure to find a display or its libraries aborts the whole process (exit 134).
_HEADLESS = ("offscreen", "minimal", "vnc")
_PROBE = "import sys; from PySide6.QtWidgets import QApplication; QApplication(sys.argv[:1])"


def display_problem() -> str:
    """Why no window can open here ("" when one can), in words that say what to do."""
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform in _HEADLESS or not sys.platform.startswith("linux"):
        return ""
    fix = ("Run it on the shop PC's desktop, or headless with QT_QPA_PLATFORM=offscreen "
           "(the `posapp` sub-commands need no window).")
    if not platform and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return f"There is no display to open the counter window on (DISPLAY is not set). {fix}"
    try:
        probe = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                               timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"The counter window cannot start ({exc}). {fix}"
    if probe.returncode == 0:
        return ""
    lines = [ln.strip() for ln in probe.stderr.splitlines() if ln.strip()]
    if any("could not connect" in ln for ln in lines):
        where = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        return (f"The display {where} cannot be reached: is the desktop running and DISPLAY "
                f"right for this user? {fix}")
    why = next((ln for ln in lines if "needed" in ln), lines[0] if lines else
               f"exit {probe.returncode}")
    return (f"The counter window cannot open on this display: {why} Install the "
            "libraries in scripts/system-deps.sh (Debian/Ubuntu), or run headless with "
            "QT_QPA_PLATFORM=offscreen.")


def run_gui(home: Path | None = None, demo: bool = False, profile: str = "80mm") -> int:
    problem = display_problem()
    if problem:
        raise ConfigError(problem, f"Qt platform {os.environ.get('QT_QPA_PLATFORM', '')!r}")
    from PySide6.QtWidgets import QApplication

    from posapp.ui.style import STYLE

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("posapp")
    app.setStyleSheet(STYLE)
    window, _terminal = build_window(home, demo, profile)
    window.show()
    return int(app.exec())

"""Start the counter window: the real terminal, or the demo on the sandboxes.

A live terminal with no users yet opens the technician's setup wizard first. `kiosk`
fills the screen (the counter started at login); `screenshot` paints the first window
offscreen into a PNG and quits (the installer's smoke test).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from posapp.compose import Terminal, open_terminal
from posapp.domain.errors import ConfigError
from posapp.i18n import tr, tr_message

log = logging.getLogger(__name__)
SCREENSHOT_DELAY_MS = 1500  # long enough for the first status refresh to arrive


def build_window(home: Path | None, demo: bool, profile: str = "80mm"):  # noqa: ANN201
    """The service and its window, wired; returns (window, terminal)."""
    terminal: Terminal = open_terminal(home, demo=demo, profile=profile)
    return _main_window(terminal), terminal


def _main_window(terminal: Terminal):  # noqa: ANN202
    from posapp.ui.main_window import MainWindow

    counter = terminal.counter
    counter.recover()
    window = MainWindow(counter, on_close=terminal.close)
    counter.start_worker()
    return window


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
    if getattr(sys, "frozen", False):
        return ""  # a bundle's executable is posapp itself, not a Python that can probe
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


def problem_window(message: str):  # noqa: ANN201
    """The window shown instead of the counter when the terminal cannot start (a damaged or
    read-only journal, an unusable home): what is wrong, and the way out."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QPushButton, QVBoxLayout, QWidget

    from posapp.ui.widgets import label

    window = QMainWindow()
    window.setWindowTitle(tr("posapp - the counter cannot start"))
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
    lay.addWidget(label(tr("The counter cannot start"), "title"))
    lay.addWidget(label(tr_message(message), "error"))
    lay.addWidget(label(tr("No sale can be taken on this terminal until this is fixed. The "
                        "technician's guide: docs/BACKUP.md."), "hint"))
    close = QPushButton(tr("Close"))
    close.setObjectName("primary")
    close.clicked.connect(window.close)
    lay.addWidget(close, 0, Qt.AlignmentFlag.AlignLeft)
    lay.addStretch(1)
    window.setCentralWidget(page)
    window.resize(800, 500)
    close.setFocus()
    return window


def _prepare_app():  # noqa: ANN202
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from posapp.resources import fonts
    from posapp.ui.fit import scaled_style, screen_scale
    from posapp.ui.style import STYLE, app_icon

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("posapp")
    app.setWindowIcon(app_icon())
    app.setStyleSheet(scaled_style(STYLE, screen_scale(app.primaryScreen())))
    for font in fonts():
        QFontDatabase.addApplicationFont(str(font))
    return app


def install_translators(app) -> None:  # noqa: ANN001
    """Qt's own texts (dialog buttons, context menus) and the compiled catalogue in the
    terminal's language, which the service set from `terminal.language` when it opened."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from posapp.i18n import SOURCE, language
    from posapp.resources import translations

    lang = language()
    if lang == SOURCE:
        return
    files = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath) + f"/qtbase_{lang}.qm"]
    files += [str(qm) for qm in translations() if qm.stem == f"posapp_{lang}"]
    for path in files:
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
        else:
            log.warning("Qt translation %s not loaded", path)


def _show(window, kiosk: bool) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    if hasattr(window, "show_on_screen"):  # the counter: maximised, or where it was left
        window.show_on_screen(kiosk)
        window.gone.connect(QApplication.instance().quit)
    elif kiosk:
        window.showFullScreen()
    else:
        window.show()


def _screenshot_then_quit(app, window, path: Path, result: list[int]) -> None:  # noqa: ANN001
    """Paint `window` into `path` once it has settled, then close everything."""
    from PySide6.QtCore import QTimer

    def grab() -> None:
        ok = window.grab().save(str(path))
        print(f"screenshot of {window.windowTitle()!r} ({window.width()}x{window.height()}"
              f"{', full screen' if window.isFullScreen() else ''}) "
              f"{'saved to' if ok else 'FAILED:'} {path}", flush=True)
        result.append(0 if ok else 1)
        window.close()
        app.quit()

    QTimer.singleShot(SCREENSHOT_DELAY_MS, grab)


def run_gui(home: Path | None = None, demo: bool = False, profile: str = "80mm", *,
            kiosk: bool = False, screenshot: Path | None = None) -> int:
    from posapp.domain.errors import PosError

    no_window = display_problem()  # before Qt, which would abort the process
    if no_window:
        raise ConfigError(no_window, f"Qt platform {os.environ.get('QT_QPA_PLATFORM', '')!r}")
    app = _prepare_app()
    result: list[int] = []
    try:
        terminal: Terminal = open_terminal(home, demo=demo, profile=profile)
    except PosError as exc:  # a damaged or read-only journal, an unusable home
        log.error("the counter cannot start: %s", exc.detail)
        problem = problem_window(exc.message)
        _show(problem, kiosk)
        if screenshot:
            _screenshot_then_quit(app, problem, screenshot, result)
        code = int(app.exec())
        return result[0] if result else code
    try:
        lock = _one_counter(terminal.home, tell=screenshot is None)
    except Exception:
        terminal.close()
        raise
    if lock is None:
        terminal.close()
        return 3
    install_translators(app)
    if not demo and not terminal.counter.has_users():
        return _first_run(app, terminal, kiosk, screenshot)
    window = _main_window(terminal)
    _show(window, kiosk)
    if screenshot:
        _screenshot_then_quit(app, window, screenshot, result)
    code = int(app.exec())
    window.stop_service()  # the event loop is over: stop whatever a quit cut short
    return result[0] if result else code


def _one_counter(home: Path, tell: bool = True):  # noqa: ANN202 - the QLockFile, or None
    """Only one counter per terminal home: a second one is told so (a box, unless `tell` is
    off, and stderr), and does not start."""
    from PySide6.QtWidgets import QMessageBox

    from posapp.ui.instance import AlreadyRunning, hold_window_lock

    try:
        return hold_window_lock(home)
    except AlreadyRunning as exc:
        log.warning("not starting: %s", exc)
        print(exc.message, file=sys.stderr, flush=True)
        if tell:
            QMessageBox.warning(None, "posapp is already open", exc.message)
        return None


def _first_run(app, terminal: Terminal, kiosk: bool, screenshot: Path | None) -> int:  # noqa: ANN001
    """The setup wizard, then the counter; closing the wizard early quits."""
    from posapp.ui.setup.wizard import SetupWizard

    result: list[int] = []
    wizard = SetupWizard(terminal.counter)
    windows = []

    def finished(ok: bool) -> None:
        if not ok:
            log.info("setup wizard closed before the end: the next start opens it again")
            app.quit()
            return
        install_translators(app)  # the language the wizard's first step chose
        window = _main_window(terminal)
        windows.append(window)
        _show(window, kiosk)

    wizard.finished.connect(finished)
    _show(wizard, kiosk)
    if screenshot:
        _screenshot_then_quit(app, wizard, screenshot, result)
    code = int(app.exec())
    if not windows:  # the counter window closes the terminal itself
        terminal.close()
    return result[0] if result else code


def start_window(home: Path | None, demo: bool, profile: str = "80mm"):  # noqa: ANN201
    """The counter window, or the window that says why the counter cannot start."""
    from posapp.domain.errors import PosError

    try:
        return build_window(home, demo, profile)[0]
    except PosError as exc:
        logging.getLogger(__name__).error("the counter cannot start: %s", exc.detail)
        return problem_window(exc.message)

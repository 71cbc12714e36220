"""Start the counter window: the real terminal, or the demo on the sandbox."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from posapp.config import Config, default_home

log = logging.getLogger(__name__)


def build_window(home: Path, demo: bool, profile: str = "80mm"):  # noqa: ANN201
    """The service and its window, wired; returns (window, counter, demo or None)."""
    from posapp.secrets import EnvSecrets, KeyringSecrets
    from posapp.service import Counter
    from posapp.ui.main_window import MainWindow

    demo_obj = None
    if demo:
        from posapp.service.demo import start_demo

        demo_obj = start_demo(home, profile=profile)
        config, secrets = demo_obj.config, demo_obj.secrets
    else:
        config = Config.load(home)
        secrets = EnvSecrets(KeyringSecrets(str(home)))
    counter = Counter(config, secrets)
    counter.recover()

    def close() -> None:
        counter.stop()
        if demo_obj:
            demo_obj.stop()

    window = MainWindow(counter, on_close=close)
    counter.start_worker()
    return window, counter, demo_obj


def run_gui(home: Path | None = None, demo: bool = False, profile: str = "80mm") -> int:
    from PySide6.QtWidgets import QApplication

    from posapp.ui.style import STYLE

    if home is None:
        home = default_home() / "demo" if demo else default_home()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("posapp")
    app.setStyleSheet(STYLE)
    window, _counter, _demo = build_window(home, demo, profile)
    window.show()
    return int(app.exec())

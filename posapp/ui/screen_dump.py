"""A test hook: with POSAPP_UI_DUMP=<folder> set, Ctrl+Shift+F12 writes the window as a PNG
and the text of every visible label as JSON there (the Xvfb test reads what is on screen
without OCR). Without the variable nothing is installed."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

ENV = "POSAPP_UI_DUMP"


def visible_texts(window: QWidget) -> list[str]:
    return [w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.text()]


def install(window: QWidget) -> None:
    folder = os.environ.get(ENV, "")
    if not folder:
        return
    out = Path(folder)
    count = [0]

    def dump() -> None:
        count[0] += 1
        out.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out / f"screen-{count[0]}.png"))
        (out / f"screen-{count[0]}.json").write_text(json.dumps(visible_texts(window)), "utf-8")

    QShortcut(QKeySequence("Ctrl+Shift+F12"), window, activated=dump)

"""Logging for the terminal: a rotating file in the home and stderr, secrets redacted."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from posapp.secrets import REDACTOR


class _Console(logging.StreamHandler):  # type: ignore[type-arg]
    """stderr as it is at each write (a test or a pipe may have replaced it), without the
    records that the caller already told the person in its own words."""

    @property  # type: ignore[override]
    def stream(self):  # noqa: ANN201
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass

    def filter(self, record: logging.LogRecord) -> bool:
        return getattr(record, "console", True) and super().filter(record)


# Pass as `extra=` to log a detail to the file only (the person saw a message already).
FILE_ONLY = {"console": False}


def setup_logging(home: Path | None, level: str = "INFO", console: str | None = None) -> None:
    """The log file in `home` (none when None) at `level`; stderr at `console` (default:
    `level`). A one-shot command passes CRITICAL: it tells the person in its own words."""
    root = logging.getLogger()
    if getattr(root, "_posapp", False):
        return
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    shown = _Console()
    shown.setLevel(console or level)
    handlers: list[logging.Handler] = [shown]
    if home is not None:
        (home / "logs").mkdir(parents=True, exist_ok=True)
        handlers.append(logging.handlers.RotatingFileHandler(
            home / "logs" / "posapp.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"))
    for h in handlers:
        h.setFormatter(fmt)
        h.addFilter(REDACTOR)
        root.addHandler(h)
    root.setLevel(level)
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    logging.getLogger("PIL").setLevel(logging.WARNING)
    root._posapp = True  # type: ignore[attr-defined]

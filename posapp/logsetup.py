"""Logging for the terminal: a rotating file in the home and stderr, secrets redacted."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from posapp.secrets import REDACTOR


def setup_logging(home: Path | None, level: str = "INFO") -> None:
    root = logging.getLogger()
    if getattr(root, "_posapp", False):
        return
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = [logging.StreamHandler()]
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

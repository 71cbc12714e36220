"""Logging for the terminal: a rotating file in the home and stderr, secrets redacted."""

from __future__ import annotations

import logging
import logging.handlers
import os
import stat
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


def private_files(home: Path | None = None) -> None:
    """Make everything this process creates owner-only (files 0600, folders 0700): the
    journal and its -wal/-shm, logs, receipts, backups and settings hold tokens, names,
    phones and PIN hashes. Called once at process start. Files an older version left
    readable in the home (and its first-level folders) are tightened too. On Windows the
    user's profile folder ACLs do this job and the mode bits mean little."""
    if os.name == "nt":
        return
    os.umask(0o077)
    if home is None or not home.is_dir():
        return
    for path in [home, *_children(home)]:
        try:
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode) or not mode & 0o077 or path.stat().st_uid != os.getuid():
                continue
            path.chmod(stat.S_IMODE(mode) & 0o700)
        except OSError:
            continue  # not ours to change (a mounted share, a read-only disk): leave it


def _children(home: Path) -> list[Path]:
    """The home's own files and folders, and the files in its logs folder."""
    try:
        found = list(home.iterdir())
        logs = home / "logs"
        if logs.is_dir():
            found += list(logs.iterdir())
        return found
    except OSError:
        return []


# Pass as `extra=` to log a detail to the file only (the person saw a message already).
FILE_ONLY = {"console": False}


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file; when it cannot be written any more (disk full, read-only) it says so
    once, in one line, instead of a traceback on every record."""

    _told = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        if not self._told:
            self._told = True
            err = sys.exc_info()[1]
            sys.stderr.write(f"posapp: the log file {self.baseFilename} cannot be written "
                             f"({getattr(err, 'strerror', None) or err}); logging to the "
                             "screen only.\n")


def _log_file(home: Path) -> logging.Handler | None:
    """The home's log file, or None (with one line on stderr) when the home is read-only:
    the command goes on and says itself what it cannot do. A home that is not a folder is
    an error (NotADirectoryError) the caller turns into its message."""
    if home.exists() and not home.is_dir():
        raise NotADirectoryError(20, "Not a directory", str(home))
    try:
        (home / "logs").mkdir(parents=True, exist_ok=True)
        return _LogFile(home / "logs" / "posapp.log", maxBytes=2_000_000, backupCount=5,
                        encoding="utf-8")
    except NotADirectoryError:
        raise
    except OSError as exc:
        sys.stderr.write(f"posapp: no log file in {home / 'logs'} ({exc.strerror}); logging "
                         "to the screen only.\n")
        return None


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
    log_file = _log_file(home) if home is not None else None
    if log_file is not None:
        handlers.append(log_file)
    for h in handlers:
        h.setFormatter(fmt)
        h.addFilter(REDACTOR)
        root.addHandler(h)
    root.setLevel(level)
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    logging.getLogger("PIL").setLevel(logging.WARNING)
    root._posapp = True  # type: ignore[attr-defined]

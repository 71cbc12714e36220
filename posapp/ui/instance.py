"""One counter window per terminal home: a second one is told so and does not start (two
windows would print each other's owed receipts and fight over the screen's sale)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from posapp.i18n import tr

LOCK_NAME = "window.lock"


class AlreadyRunning(Exception):
    """Another live process holds this home's window lock."""

    def __init__(self, pid: int, host: str) -> None:
        super().__init__(f"window lock held by pid {pid} on {host}")
        self.pid = pid
        self.message = (
            tr("The counter is already open on this terminal")
            + (tr(" (process %1)", pid) if pid > 0 else "")
            + tr(". Only one counter may run at a time: switch to that window. If it is closing "
            "(finishing a sale), wait a few seconds and start again."))


def hold_window_lock(home: Path | str) -> QLockFile:
    """Take the home's window lock for the life of the returned object (keep it). A lock
    left by a process that died is stale and taken over at once."""
    folder = Path(home)
    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder / LOCK_NAME))
    lock.setStaleLockTime(0)  # only a dead holder's lock is stale, however old
    if not lock.tryLock(0):
        info = lock.getLockInfo()  # (pid, host, app); older bindings put an ok first
        pid, host = (info[-3], info[-2]) if isinstance(info, tuple) and len(info) >= 3 else (0, "")
        raise AlreadyRunning(int(pid or 0), str(host or ""))
    return lock

"""Verified copies of the journal: SQLite's online backup into a second folder (a USB stick
or a share), each copy checked after writing, the newest N kept; and the restore that
puts a copy back, keeping the damaged file aside.

Copies are named `journal-YYYYmmdd-HHMMSS.sqlite3`; a copy being written is a hidden
`.partial` file, so a pulled stick never leaves a half copy that looks whole.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from posapp.domain.errors import StorageError
from posapp.store.journal import SQLITE_MAGIC, TABLES, CheckLog

log = logging.getLogger(__name__)

#: the tables whose row counts a copy must match
COUNTED = ("sales", "tokens", "events", "print_jobs", "audit", "closings", "users")
NAME = re.compile(r"^journal-(\d{8}-\d{6})(?:-(\d+))?\.sqlite3$")
#: what opening a file as a journal may leave beside it
BESIDE = ("", "-wal", "-shm", "-journal", ".lock", ".checks.json")


class InUse(StorageError):
    """A counter or the service has the journal open: it cannot be swapped now."""


@dataclass(frozen=True)
class Copy:
    """One backup written and verified."""

    path: Path
    at: float
    counts: dict[str, int]


def copies(folder: Path) -> list[Path]:
    """The backups in `folder`, newest first."""
    found: list[tuple[tuple[str, int], Path]] = []
    try:
        for p in folder.iterdir():
            m = NAME.match(p.name)
            if m and p.is_file():
                found.append(((m.group(1), int(m.group(2) or 0)), p))
    except OSError:
        return []
    return [p for _key, p in sorted(found, reverse=True)]


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in COUNTED}


def take(journal_path: Path, folder: Path, keep: int) -> Copy:
    """Copy the journal with SQLite's backup API (selling goes on meanwhile), verify the
    copy (integrity and row counts of the same moment), then drop all but the newest `keep`."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"The backup folder {folder} cannot be used: {exc.strerror}. Check "
                           "the USB stick or share, or set journal.backup_dir.",
                           f"mkdir {folder}: {exc}") from exc
    stamp = time.strftime("%Y%m%d-%H%M%S")
    final = folder / f"journal-{stamp}.sqlite3"
    n = 1
    while final.exists():  # two backups in one second
        final = folder / f"journal-{stamp}-{n}.sqlite3"
        n += 1
    partial = folder / f".{final.name}.partial"
    src = sqlite3.connect(f"file:{journal_path.as_posix()}?mode=ro", uri=True, timeout=15,
                          isolation_level=None)
    try:
        src.execute("BEGIN")  # one snapshot: the counts and the pages of the same moment
        counts = _counts(src)
        dst = sqlite3.connect(partial, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a standalone file, no -wal beside it
        finally:
            dst.close()
        src.execute("COMMIT")
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"The backup could not be written to {folder}. Check the USB stick "
                           "or share.", f"backup {journal_path} -> {partial}: {exc}") from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"The backup could not be written to {folder}: {exc.strerror}.",
                           f"backup {journal_path} -> {partial}: {exc}") from exc
    finally:
        src.close()
    problems = verify(partial, counts)
    if problems:
        partial.unlink(missing_ok=True)
        raise StorageError("The backup was written but does not read back the same: it was "
                           "removed. Check the USB stick or share.", "; ".join(problems))
    try:
        _sync(partial)
        os.chmod(partial, 0o600)
        os.replace(partial, final)
        _sync_dir(folder)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"The backup could not be finished in {folder}: {exc.strerror}. "
                           "Check the USB stick or share.", f"{partial}: {exc}") from exc
    for old in copies(folder)[max(keep, 1):]:
        try:
            old.unlink()
        except OSError as exc:
            log.warning("old backup %s not removed: %s", old, exc)
    return Copy(final, time.time(), counts)


def verify(path: Path, expect: dict[str, int] | None = None) -> list[str]:
    """What is wrong with a journal file or a backup ([] when it is good): its header, the
    full integrity check, the tables, and (given) the row counts it must have. Read only."""
    try:
        with open(path, "rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return [f"{path.name} is not an SQLite file"]
    except OSError as exc:
        return [f"{path} cannot be read: {exc.strerror}"]
    try:
        # immutable: a copy on a stick is read as it is, with no -wal or -shm made beside it
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
        try:
            problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")
                        if str(r[0]) != "ok"]
            have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE "
                                               "type='table'")}
            missing = [t for t in TABLES if t not in have]
            if missing:
                problems.append(f"tables missing: {', '.join(missing)}")
            elif expect is not None:
                got = _counts(conn)
                problems += [f"{t}: {got[t]} rows, expected {n}"
                             for t, n in expect.items() if got.get(t) != n]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [f"{type(exc).__name__}: {exc}"]
    return problems


def counts(path: Path) -> dict[str, int]:
    """Row counts of a (good) journal file, for people choosing a backup."""
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
    try:
        return _counts(conn)
    finally:
        conn.close()


def restore(journal_path: Path, source: Path, aside: Path,
            accept: Any = None) -> Path:
    """Put the backup `source` in place of the journal. Refused while a counter or the
    service has the journal open. The current journal (with its -wal) is moved into
    `aside`, never deleted; returns where it went. `accept(candidate_path)` may refuse (raise)
    after the copy is made and before anything is swapped (a supervisor's PIN)."""
    problems = verify(source)
    if problems:
        raise StorageError("That backup is damaged too: choose another one (`posapp journal "
                           "backups`).", f"{source}: {'; '.join(problems[:5])}")
    with _exclusive(journal_path):
        candidate = journal_path.with_name(journal_path.name + ".restoring")
        for extra in BESIDE:
            Path(f"{candidate}{extra}").unlink(missing_ok=True)
        try:
            shutil.copyfile(source, candidate)
            _sync(candidate)
            os.chmod(candidate, 0o600)
        except OSError as exc:
            Path(candidate).unlink(missing_ok=True)
            raise StorageError(f"The backup could not be copied in: {exc.strerror}. Nothing "
                               "was changed.", f"{source} -> {candidate}: {exc}") from exc
        try:
            if accept is not None:
                accept(candidate)
        except BaseException:
            for extra in BESIDE:
                Path(f"{candidate}{extra}").unlink(missing_ok=True)
            raise
        kept = aside / f"journal-{time.strftime('%Y%m%d-%H%M%S')}.sqlite3"
        try:
            aside.mkdir(parents=True, exist_ok=True)
            # The old -wal and -shm go with the old file: applied to the copy they would
            # damage it.
            for extra in ("", "-wal", "-shm", "-journal"):
                old = Path(f"{journal_path}{extra}")
                if old.exists():
                    os.replace(old, Path(f"{kept}{extra}"))
            os.replace(candidate, journal_path)
        except PermissionError as exc:  # Windows: a journal that is open cannot be moved
            raise InUse("The counter or the service is still running on this terminal (or "
                        "the journal cannot be moved): close them, then restore.",
                        f"moving {journal_path}: {exc}") from exc
        except OSError as exc:
            raise StorageError(f"The restore could not move the journal: {exc.strerror}. The "
                               f"copy is at {candidate}.", f"{journal_path}: {exc}") from exc
        for extra in BESIDE[1:]:  # left by `accept` opening the copy
            Path(f"{candidate}{extra}").unlink(missing_ok=True)
        _sync_dir(journal_path.parent)
    CheckLog(str(journal_path)).record("restore", True, f"from {source}; damaged journal kept "
                                                        f"at {kept}")
    return kept


class _exclusive:  # noqa: N801 - used as a context manager
    """Hold `<journal>.lock` exclusively: no counter may have the journal open meanwhile."""

    def __init__(self, journal_path: Path) -> None:
        self.path = Path(f"{journal_path}.lock")
        self.fh: Any = None

    def __enter__(self) -> _exclusive:
        try:
            import fcntl
        except ImportError:  # Windows: the rename of an open journal fails instead
            return self
        self.fh = open(self.path, "a+b")  # noqa: SIM115
        try:
            fcntl.flock(self.fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            self.fh.close()
            raise InUse("The counter or the service is still running on this terminal: close "
                        "the window and stop the service, then restore.",
                        f"{self.path} is held: {exc}") from exc
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fh is not None:
            self.fh.close()


def _sync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _sync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

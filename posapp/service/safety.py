"""The journal's safety for the technician: its state (last checks, backups), a verified
backup on demand, a full check, and the restore of a backup. These work on a terminal's
home without opening its counter, so they still work when the journal is damaged."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from posapp.config import Config
from posapp.domain.errors import StorageError
from posapp.service.users import authorize
from posapp.store import backup as copies
from posapp.store.journal import CheckLog, Journal, check_file

#: a technician's own copy of the damaged journal goes here after a restore
ASIDE = "damaged"


@dataclass(frozen=True)
class Backup:
    """One verified copy: where, and how many sales it holds."""

    path: Path
    sales: int


@dataclass(frozen=True)
class JournalState:
    path: Path
    problem: str  # "" when the journal is not known to be damaged
    last_full: dict[str, Any] | None  # the last full check: at, ok, detail
    last_backup: dict[str, Any] | None
    backup_dir: Path
    backups: list[Path] = field(default_factory=list)  # newest first

    def lines(self) -> list[str]:
        def when(entry: dict[str, Any] | None) -> str:
            if entry is None:
                return "never"
            stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(entry.get("at", 0)))
            return f"{stamp} {'ok' if entry.get('ok') else 'FAILED: ' + str(entry.get('detail'))}"

        return [f"journal      {self.path}",
                f"state        {'DAMAGED: ' + self.problem if self.problem else 'ok'}",
                f"full check   {when(self.last_full)}",
                f"last backup  {when(self.last_backup)}",
                f"backups      {len(self.backups)} in {self.backup_dir}"]


def backup_dir(config: Config) -> Path:
    chosen = str(config.get("journal.backup_dir") or "").strip()
    return Path(chosen).expanduser() if chosen else config.home / "backups"


def state(config: Config) -> JournalState:
    log = CheckLog(str(config.db_path))
    folder = backup_dir(config)
    return JournalState(config.db_path, log.problem(), log.last("full", "restore"),
                        log.last("backup"), folder, copies.copies(folder))


def backup(config: Config) -> Backup:
    """A copy of the journal in the backup folder, verified (integrity and row counts),
    keeping the newest `journal.backup_keep`. Recorded either way."""
    log = CheckLog(str(config.db_path))
    if not config.db_path.is_file():
        raise StorageError("There is no journal to back up yet.", str(config.db_path))
    try:
        made = copies.take(config.db_path, backup_dir(config),
                           int(config.get("journal.backup_keep")))
    except StorageError as exc:
        log.record("backup", False, exc.message)
        raise
    log.record("backup", True, str(made.path))
    return Backup(made.path, made.counts["sales"])


def verify(config: Config, file: Path | None = None) -> list[str]:
    """The full check of the live journal (recorded: a failure stops selling), or of a
    backup file (not recorded). [] is good."""
    if file is not None:
        return copies.verify(file)
    if not config.db_path.is_file():
        raise StorageError("There is no journal here yet.", str(config.db_path))
    problems = check_file(str(config.db_path))
    CheckLog(str(config.db_path)).record("full", not problems, "; ".join(problems[:10]))
    return problems


def restore(config: Config, source: Path | None,
            ask_pin: Callable[[], str]) -> tuple[Path, Path]:
    """Put a backup (the newest when none is named) in place of the journal, after a
    supervisor's PIN as the copy knows it (no PIN while the copy has no users). Refused while
    the counter or the service runs. Returns (the backup used, where the old journal went)."""
    if source is None:
        found = copies.copies(backup_dir(config))
        if not found:
            raise StorageError(f"There is no backup in {backup_dir(config)}. Name the file to "
                               "restore, or set journal.backup_dir to where the copies are.")
        source = found[0]
    if not source.is_file():
        raise StorageError("There is no backup file there.", str(source))

    config.db_path.parent.mkdir(parents=True, exist_ok=True)

    def accept(candidate: Path) -> None:
        journal = Journal(str(candidate))
        try:
            actor = "technician"
            if journal.users():
                actor = authorize(journal, ask_pin(), "supervisor").name
            journal.audit(actor, "journal_restored", f"from {source}")
        finally:
            journal.close()

    kept = copies.restore(config.db_path, source, config.home / ASIDE, accept)
    return source, kept

"""The journal: every sale written before it is sent, every outcome before anyone is told.

One connection guarded by a lock; each state change is one write transaction. WAL
with synchronous=FULL so a committed state survives a power cut.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

import sqlite_utils

from posapp.domain.errors import JournalDamaged, StorageError
from posapp.domain.money import Money
from posapp.domain.records import SaleRecord
from posapp.domain.sale import Charge, SaleState, Token, VendResult, check_transition

log = logging.getLogger(__name__)

SCHEMA_VERSION = 5
SCHEMA = """
CREATE TABLE IF NOT EXISTS sales (
    id INTEGER PRIMARY KEY,
    receipt_no TEXT NOT NULL UNIQUE,
    provider TEXT NOT NULL,
    product TEXT NOT NULL,
    idem_key TEXT NOT NULL,
    account TEXT NOT NULL,
    customer_name TEXT NOT NULL DEFAULT '',
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    tendered_minor INTEGER,
    request TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL,
    provider_ref TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '{}',
    message TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL DEFAULT 0,
    owner_pid INTEGER NOT NULL DEFAULT 0,
    cashier TEXT NOT NULL DEFAULT '',
    terminal_id TEXT NOT NULL DEFAULT '',
    training INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    UNIQUE (provider, idem_key)
);
CREATE INDEX IF NOT EXISTS sales_state ON sales(state, id);
CREATE TABLE IF NOT EXISTS tokens (
    sale_id INTEGER NOT NULL REFERENCES sales(id),
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    serial TEXT NOT NULL DEFAULT '',
    expires TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (sale_id, idx)
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    sale_id INTEGER NOT NULL REFERENCES sales(id),
    at REAL NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS events_sale ON events(sale_id);
CREATE TABLE IF NOT EXISTS print_jobs (
    id INTEGER PRIMARY KEY,
    sale_id INTEGER REFERENCES sales(id),
    kind TEXT NOT NULL,
    copy_no INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    error TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL,
    printed_at REAL
);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY,
    at REAL NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS closings (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    at REAL NOT NULL,
    actor TEXT NOT NULL,
    summary TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    pin_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS catalog (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    fetched_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS leases (
    name TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    expires_at REAL NOT NULL
);
"""
# Version 2: how the customer paid (tender) and the collection's journalled request.
MIGRATION_2 = """
ALTER TABLE sales ADD COLUMN tender TEXT NOT NULL DEFAULT 'cash';
ALTER TABLE sales ADD COLUMN collector TEXT NOT NULL DEFAULT '';
ALTER TABLE sales ADD COLUMN collect_key TEXT NOT NULL DEFAULT '';
ALTER TABLE sales ADD COLUMN collect_request TEXT NOT NULL DEFAULT '{}';
ALTER TABLE sales ADD COLUMN collect_ref TEXT NOT NULL DEFAULT '';
ALTER TABLE sales ADD COLUMN collect_url TEXT NOT NULL DEFAULT '';
ALTER TABLE sales ADD COLUMN collect_deadline REAL NOT NULL DEFAULT 0;
ALTER TABLE sales ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX IF NOT EXISTS sales_collect_key ON sales(collector, collect_key)
    WHERE collect_key != '';
CREATE INDEX IF NOT EXISTS print_jobs_sale ON print_jobs(sale_id);
"""
# Version 3: people. The audit trail is append-only; the PIN guard (wrong-PIN count and
# lockout) survives a restart; the terminal remembers that it has had users, so emptying
# `users` cannot switch PIN checks off. Statements one by one: triggers hold semicolons.
MIGRATION_3 = (
    """CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
       BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
       BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    """CREATE TABLE IF NOT EXISTS pin_guard (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        failures INTEGER NOT NULL DEFAULT 0,
        last_failure_at REAL NOT NULL DEFAULT 0,
        locked_until REAL NOT NULL DEFAULT 0,
        lockouts INTEGER NOT NULL DEFAULT 0)""",
    "INSERT OR IGNORE INTO pin_guard (id) VALUES (1)",
    """CREATE TABLE IF NOT EXISTS terminal_facts (
        key TEXT PRIMARY KEY, value TEXT NOT NULL, at REAL NOT NULL)""",
    """CREATE TRIGGER IF NOT EXISTS terminal_facts_kept BEFORE DELETE ON terminal_facts
       BEGIN SELECT RAISE(ABORT, 'terminal facts are kept'); END""",
    """CREATE TRIGGER IF NOT EXISTS users_remembered AFTER INSERT ON users
       BEGIN INSERT OR IGNORE INTO terminal_facts (key, value, at)
             VALUES ('had_users', '1', CAST(strftime('%s','now') AS REAL)); END""",
    """INSERT OR IGNORE INTO terminal_facts (key, value, at)
       SELECT 'had_users', '1', CAST(strftime('%s','now') AS REAL) WHERE EXISTS (SELECT 1 FROM users)""",
)


# Version 5: history search and reports stay fast at a million sales. Every key a person may
# read off a slip or a screen (receipt number, meter/account, our key, the provider's and the
# collector's references, phones) is a row of `sale_keys`, kept by triggers so no write path
# can forget one; customer names go to an FTS5 index for word-prefix search, with a prefix
# index for each length a cashier types (a longer prefix merges every matching word's list:
# 16 ms at 1M sales instead of 0.4; the ten prefix indexes cost ~7 bytes a sale). Idempotent:
# every statement may run again on a journal that already has it.
_KEY_COLUMNS = ("receipt_no", "account", "idem_key", "provider_ref", "collect_key",
                "collect_ref")


def _keys_of(row: str) -> str:
    """The non-empty search keys of `row` (new or old) as one SELECT."""
    union = " UNION ".join(f"SELECT {row}.{c} AS k" for c in _KEY_COLUMNS)
    return f"SELECT k FROM ({union}) WHERE k != ''"


MIGRATION_5 = f"""
CREATE TABLE IF NOT EXISTS sale_keys (
    key TEXT NOT NULL COLLATE NOCASE,
    sale_id INTEGER NOT NULL,
    PRIMARY KEY (key, sale_id)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS sale_keys_insert AFTER INSERT ON sales BEGIN
    INSERT OR IGNORE INTO sale_keys (key, sale_id) SELECT k, new.id FROM ({_keys_of("new")});
END;
CREATE TRIGGER IF NOT EXISTS sale_keys_update
AFTER UPDATE OF {", ".join(_KEY_COLUMNS)} ON sales BEGIN
    DELETE FROM sale_keys WHERE sale_id = old.id AND key IN ({_keys_of("old")});
    INSERT OR IGNORE INTO sale_keys (key, sale_id) SELECT k, new.id FROM ({_keys_of("new")});
END;
{"".join(f"INSERT OR IGNORE INTO sale_keys (key, sale_id) SELECT {c}, id FROM sales "
         f"WHERE {c} != '';" for c in _KEY_COLUMNS)}
CREATE VIRTUAL TABLE IF NOT EXISTS sales_names USING fts5(
    customer_name, content='sales', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6 7 8 9 10', detail=none,
    columnsize=0);
CREATE TRIGGER IF NOT EXISTS sales_names_insert AFTER INSERT ON sales
WHEN new.customer_name != '' BEGIN
    INSERT INTO sales_names (rowid, customer_name) VALUES (new.id, new.customer_name);
END;
CREATE TRIGGER IF NOT EXISTS sales_names_update AFTER UPDATE OF customer_name ON sales BEGIN
    INSERT INTO sales_names (sales_names, rowid, customer_name)
        SELECT 'delete', old.id, old.customer_name WHERE old.customer_name != '';
    INSERT INTO sales_names (rowid, customer_name)
        SELECT new.id, new.customer_name WHERE new.customer_name != '';
END;
INSERT INTO sales_names (sales_names) VALUES ('rebuild');
CREATE INDEX IF NOT EXISTS sales_created ON sales(created_at);
CREATE INDEX IF NOT EXISTS closings_kind ON closings(kind, at);
"""


def _statements(script: str) -> Iterator[str]:
    """The statements of a migration script; a trigger's body keeps its own semicolons."""
    buf = ""
    for part in script.split(";"):
        buf += part + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n;"):
                yield buf
            buf = ""


def fts_prefix_query(text: str) -> str:
    """Every word of `text` as a quoted FTS5 prefix term ('' when there is none): what the
    cashier types is data, never FTS5 syntax."""
    words = re.findall(r"\w+", text)
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


# -- what went wrong, in words that are true ---------------------------------------------

SQLITE_MAGIC = b"SQLite format 3\x00"
#: every table the counter needs; one missing means the schema is damaged
TABLES = ("sales", "tokens", "events", "print_jobs", "audit", "closings", "users", "catalog",
          "leases")
DAMAGED = ("The sales journal is damaged, so selling is stopped and nothing is sent. A "
           "technician restores the last good copy with `posapp journal restore` (see "
           "docs/BACKUP.md); the damaged file is kept.")
_CORRUPT, _NOTADB = 11, 26
_READONLY, _IOERR, _FULL, _CANTOPEN, _BUSY, _LOCKED, _PERM = 8, 10, 13, 14, 5, 6, 3
_STORAGE = (_READONLY, _IOERR, _FULL, _CANTOPEN, _BUSY, _LOCKED, _PERM)


def is_damage(exc: BaseException) -> bool:
    """A corrupt page or a file that is not a database (not a full disk, not a lock)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_CORRUPT, _NOTADB)
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(
        exc, sqlite3.OperationalError | sqlite3.IntegrityError | sqlite3.ProgrammingError)


def storage_error(exc: sqlite3.Error, path: str, *, opening: bool = False) -> StorageError:
    """The SQLite error as the cashier's message that says what is true."""
    detail = f"{path}: sqlite {getattr(exc, 'sqlite_errorname', '')} {exc}"
    if is_damage(exc):
        return JournalDamaged(DAMAGED, detail)
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    folder = Path(path).parent
    read_only = _read_only_part(path)
    if code == _READONLY or (code in (_CANTOPEN, _PERM) and read_only):
        return StorageError(f"The sales journal is read-only ({read_only or path}): no sale "
                            "can be saved, and nothing was sent. A technician makes it writable "
                            "for this user.", detail)
    if code == _CANTOPEN:
        what = ("is not a folder" if folder.exists() and not folder.is_dir() else
                "does not exist" if not folder.exists() else "cannot be opened by this user")
        return StorageError(f"The sales journal cannot be opened: {folder} {what}. Nothing was "
                            "sent. Give a folder this user can write (--home or POSAPP_HOME).",
                            detail)
    if code == _FULL:
        return StorageError("The disk is full: the journal could not be written. Nothing was "
                            "sent.", detail)
    if code == _IOERR:
        return StorageError("The disk failed while writing the journal (input/output error). "
                            "Nothing was sent. Call the technician.", detail)
    if code in (_BUSY, _LOCKED):
        return StorageError("The journal is busy in another program. Nothing was sent; try "
                            "again.", detail)
    if opening:
        return StorageError("The sales journal cannot be opened.", detail)
    return StorageError("The journal could not be written. Nothing was sent.", detail)


def _read_only_part(path: str) -> str:
    """Which part of the journal cannot be written: a read-only file system, the folder, or
    the file (or its -wal/-shm) without write permission; "" when none is."""
    folder = Path(path).parent
    try:
        if os.name == "posix" and os.statvfs(folder).f_flag & os.ST_RDONLY:
            return f"the file system of {folder} is mounted read-only"
    except OSError:
        return ""
    for part in (path, f"{path}-wal", f"{path}-shm"):
        try:
            if not os.stat(part).st_mode & 0o200:
                return f"the file {part} is read-only"
        except OSError:
            continue
    try:
        if not os.stat(folder).st_mode & 0o200 or not os.access(folder, os.W_OK):
            return f"the folder {folder} is read-only"
    except OSError:
        pass
    return ""


class CheckLog:
    """Each check of the journal (when, what kind, ok or what failed), kept beside it in a
    small JSON file so every start knows, even when the journal itself cannot be read."""

    KEEP = 50
    CLEARS = ("full", "restore")  # only these prove a journal good again
    DAMAGE = ("start", "full", "runtime")  # a failed backup is not a damaged journal

    def __init__(self, journal_path: str) -> None:
        self.path = Path(journal_path + ".checks.json")
        self._lock = threading.Lock()

    def entries(self) -> list[dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            return [e for e in data.get("checks", []) if isinstance(e, dict)]
        except (OSError, ValueError, AttributeError):
            return []

    def record(self, kind: str, ok: bool, detail: str = "") -> None:
        entry = {"at": time.time(), "kind": kind, "ok": ok, "detail": detail[:2000]}
        with self._lock:
            checks = (self.entries() + [entry])[-self.KEEP:]
            try:
                fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".checks-")
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump({"checks": checks}, fh)
                os.chmod(tmp, 0o600)
                os.replace(tmp, self.path)
            except OSError as exc:  # a read-only home: the log says so, the check stands
                log.warning("journal check not recorded in %s: %s", self.path, exc)
        # File only: the person is told in the command's or the screen's own words.
        (log.info if ok else log.error)("journal check %s: %s", kind, "ok" if ok else detail,
                                        extra={"console": False})

    def problem(self) -> str:
        """What failed, when the latest failure has not been cleared by a later full check
        or a restore; "" when the journal is not known to be damaged."""
        for entry in reversed(self.entries()):
            if not entry.get("ok") and entry.get("kind") in self.DAMAGE:
                return str(entry.get("detail") or "a check failed")
            if entry.get("ok") and entry.get("kind") in self.CLEARS:
                return ""
        return ""

    def last(self, *kinds: str) -> dict[str, Any] | None:
        return next((e for e in reversed(self.entries()) if e.get("kind") in kinds), None)


class _Guard:
    """The journal's lock. A damaged page met while holding it becomes JournalDamaged (and
    is recorded); any other SQLite failure a StorageError that says what happened."""

    def __init__(self, journal: Journal) -> None:
        self._rlock = threading.RLock()
        self._journal = journal

    def __enter__(self) -> _Guard:
        self._rlock.acquire()
        return self

    def __exit__(self, typ: Any, exc: BaseException | None, tb: Any) -> None:
        self._rlock.release()
        if isinstance(exc, sqlite3.DatabaseError) and is_damage(exc):
            raise self._journal.damaged(f"{type(exc).__name__}: {exc}") from exc
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if isinstance(exc, sqlite3.OperationalError) and code in _STORAGE:
            raise storage_error(exc, self._journal.path) from exc


def check_file(path: str) -> list[str]:
    """SQLite's whole integrity check of a journal file, on a read-only connection of its
    own (writers go on meanwhile). [] is good; a check that cannot run is not a failure."""
    try:
        conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True, timeout=15)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE "
                                               "type='table'")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if not is_damage(exc):
            log.warning("journal full check could not run: %s", exc)
            return []
        return [f"{type(exc).__name__}: {exc}"]
    problems = [str(r[0]) for r in rows if str(r[0]) != "ok"]
    missing = [t for t in TABLES if t not in have]
    return problems + ([f"tables missing: {', '.join(missing)}"] if missing else [])


def _hold_shared(path: str) -> Any:
    """A shared lock on `<journal>.lock` for as long as this journal is open: a restore
    takes it exclusively, so it never swaps the file under a running counter. POSIX only;
    on Windows an open journal cannot be renamed, which refuses the restore just the same."""
    try:
        import fcntl
    except ImportError:  # Windows
        return None
    try:
        fh = open(path + ".lock", "a+b")  # noqa: SIM115 - held until close()
    except OSError:
        return None  # a read-only home: nothing can be restored into it either
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError as exc:
        fh.close()
        raise StorageError("The sales journal is being restored from a backup right now. "
                           "Wait for the technician to finish.", f"{path}.lock: {exc}") from exc
    return fh


def _result_to_json(r: VendResult) -> str:
    d = asdict(r)
    d.pop("tokens")
    return json.dumps(d)


def _result_from_json(text: str, tokens: tuple[Token, ...]) -> VendResult | None:
    d = json.loads(text or "{}")
    if not d:
        return None
    d["charges"] = tuple(Charge(**c) for c in d.get("charges", ()))
    return VendResult(tokens=tokens, **d)


class Journal:
    """Thin store over sqlite-utils. Pass a path or ":memory:". Every statement, reads and
    writes, goes through sqlite-utils' `Database.execute`, so its `tracer` sees them all."""

    def __init__(self, path: str, *, tracer: Any = None) -> None:
        self.path = path
        self._lock = _Guard(self)
        self.checks: CheckLog | None = None if path == ":memory:" else CheckLog(path)
        self._start_look = "ok"
        self._held = None if path == ":memory:" else _hold_shared(path)
        try:
            self._check_header()
            conn = sqlite3.connect(path, check_same_thread=False, timeout=15,
                                   isolation_level=None)
            self.db = sqlite_utils.Database(conn, tracer=tracer)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=15000")
            self._migrate()
            self._look()
        except sqlite3.Error as exc:
            self._release()
            error = storage_error(exc, path, opening=True)
            if isinstance(error, JournalDamaged):
                raise self.damaged(f"at start-up: {exc}", kind="start") from exc
            raise error from exc
        except BaseException:
            self._release()
            raise

    def _release(self) -> None:
        if self._held is not None:
            self._held.close()
            self._held = None

    # -- health: a cheap look at every start, the full check in the background ---------

    def damaged(self, what: str, kind: str = "runtime") -> JournalDamaged:
        """Record that the journal failed a check; the error to raise."""
        if self.checks is not None and not self.checks.problem():
            self.checks.record(kind, False, what)
        return JournalDamaged(DAMAGED, f"{self.path}: {what}")

    def _check_header(self) -> None:
        """A file that does not start as an SQLite database is damaged, not "new"."""
        try:
            with open(self.path, "rb") as fh:
                head = fh.read(len(SQLITE_MAGIC))
        except FileNotFoundError:
            return
        except IsADirectoryError as exc:
            raise StorageError("The sales journal cannot be opened: it is a folder.",
                               self.path) from exc
        except OSError:
            return  # sqlite says what is true (permissions, read-only...)
        if head and head != SQLITE_MAGIC:
            self._start_look = "not an SQLite file"
            raise self.damaged("at start-up: the file header is not SQLite's", kind="start")

    def _look(self) -> None:
        """The start-up look, cheap at any size: the schema is there, and the newest rows of
        the busiest tables (where the last writes landed) can be read."""
        have = {r[0] for r in self.db.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")}
        missing = [t for t in TABLES if t not in have]
        if missing:
            self._start_look = f"tables missing: {', '.join(missing)}"
            raise self.damaged(f"at start-up: {self._start_look}", kind="start")
        for table, order in (("sales", "id"), ("events", "id"), ("tokens", "sale_id"),
                             ("print_jobs", "id")):
            self.db.conn.execute(f"SELECT * FROM {table} ORDER BY {order} DESC LIMIT 1"
                                 ).fetchall()

    def problem(self) -> str:
        """Why selling is stopped ("" when the journal is not known to be damaged)."""
        return self.checks.problem() if self.checks is not None else ""

    def full_check(self) -> list[str]:
        """SQLite's whole integrity check (every page and index; seconds on a big journal),
        on its own read connection so selling goes on meanwhile. Recorded; [] is good."""
        if self.path == ":memory:":
            with self._lock:
                rows = self.db.conn.execute("PRAGMA integrity_check").fetchall()
            problems = [str(r[0]) for r in rows if str(r[0]) != "ok"]
        else:
            problems = check_file(self.path)
        if self.checks is not None:
            self.checks.record("full", not problems, "; ".join(problems[:10]))
        return problems

    # -- plumbing -------------------------------------------------------------------

    def _migrate(self) -> None:
        """Bring any earlier schema up to SCHEMA_VERSION, one version per transaction."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        steps = ((1, SCHEMA), (2, MIGRATION_2), (3, MIGRATION_3), (5, MIGRATION_5))
        for target, script in steps:
            if version < target:
                with self.tx() as c:
                    # Read again inside the write lock: another process opening the same
                    # journal may have just made this step (its ALTERs would fail twice).
                    version = c.execute("PRAGMA user_version").fetchone()[0]
                    if version < target:
                        for stmt in _statements(script) if isinstance(script, str) else script:
                            c.execute(stmt)
                        c.execute(f"PRAGMA user_version={target}")
                version = max(version, target)

    @contextmanager
    def tx(self) -> Iterator[sqlite_utils.Database]:
        """One immediate write transaction; a full disk becomes a StorageError."""
        with self._lock:
            db, conn = self.db, self.db.conn
            try:
                db.execute("BEGIN IMMEDIATE")
                try:
                    yield db
                except BaseException:
                    if conn.in_transaction:  # SQLite may have rolled back already (disk full)
                        db.execute("ROLLBACK")
                    raise
                db.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise storage_error(exc, self.path) from exc

    def health(self) -> dict[str, str]:
        """journal_mode, synchronous and the start-up look, for the start-up log (cheap: the
        full integrity check runs in the background, see `full_check`)."""
        with self._lock:
            c = self.db.conn
            sync = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}
            return {
                "journal_mode": str(c.execute("PRAGMA journal_mode").fetchone()[0]),
                "synchronous": sync.get(c.execute("PRAGMA synchronous").fetchone()[0], "?"),
                "integrity": self._start_look,
            }

    def close(self) -> None:
        with self._lock:
            self.db.conn.close()
        self._release()

    # -- sales ----------------------------------------------------------------------

    def create_sale(self, *, receipt_no: str, provider: str, product: str, idem_key: str,
                    account: str, customer_name: str, amount: Money,
                    request: dict[str, Any], cashier: str, terminal_id: str,
                    training: bool, state: SaleState = SaleState.NEW,
                    search_keys: tuple[str, ...] = (), **collection: Any) -> int:
        """A new sale with its whole provider request (and, for a collector's tender, the
        collection's: `tender`, `collector`, `collect_key`, `collect_request`...).
        `search_keys` (phones) find it in history besides its own columns."""
        now = time.time()
        if "collect_request" in collection:
            collection["collect_request"] = json.dumps(collection["collect_request"])
        extra_cols = "".join(f", {k}" for k in collection)
        with self.tx() as c:
            prior = c.execute("SELECT id FROM sales WHERE provider=? AND idem_key=?",
                              (provider, idem_key)).fetchone()
            if prior is not None:  # another process journalled this key first
                raise DuplicateKey(int(prior[0]))
            cur = c.execute(
                "INSERT INTO sales (receipt_no, provider, product, idem_key, account, "
                "customer_name, amount_minor, currency, request, state, cashier, terminal_id, "
                f"training, created_at, updated_at{extra_cols}) VALUES "
                f"({','.join('?' * (15 + len(collection)))})",
                (receipt_no, provider, product, idem_key, account, customer_name, amount.minor,
                 amount.currency, json.dumps(request), str(state), cashier, terminal_id,
                 int(training), now, now, *collection.values()))
            sale_id = int(cur.lastrowid or 0)
            # Receipt numbers people can read out: terminal and a running number.
            c.execute("UPDATE sales SET receipt_no=? WHERE id=?",
                      (f"{receipt_no}-{sale_id:06d}", sale_id))
            for key in {k.strip() for k in search_keys} - {""}:
                c.execute("INSERT OR IGNORE INTO sale_keys (key, sale_id) VALUES (?,?)",
                          (key, sale_id))
            c.execute("INSERT INTO events (sale_id, at, from_state, to_state) VALUES (?,?,?,?)",
                      (sale_id, now, None, str(state)))
        return sale_id

    def transition(self, sale_id: int, new: SaleState, *, expect: SaleState | None = None,
                   note: str = "", result: VendResult | None = None,
                   **fields: Any) -> SaleRecord:
        """Move a sale to `new` in one transaction, storing tokens with a vend result.

        `expect` guards against a race: the move only happens from that state.
        """
        now = time.time()
        with self.tx() as c:
            row = c.execute("SELECT state FROM sales WHERE id=?", [sale_id]).fetchone()
            if row is None:
                raise KeyError(sale_id)
            old = SaleState(row[0])
            if expect is not None and old != expect:
                raise StaleState(f"sale {sale_id} is {old}, not {expect}")
            check_transition(old, new)
            sets = {"state": str(new), "updated_at": now, **fields}
            if result is not None:
                sets["provider_ref"] = result.provider_ref
                sets["result"] = _result_to_json(result)
                c.execute("DELETE FROM tokens WHERE sale_id=?", [sale_id])
                for t in result.tokens:
                    c.execute("INSERT INTO tokens (sale_id, idx, kind, value, serial, expires) "
                              "VALUES (?,?,?,?,?,?)",
                              [sale_id, t.index, t.kind, t.value, t.serial, t.expires])
            cols = ", ".join(f"{k}=?" for k in sets)
            c.execute(f"UPDATE sales SET {cols} WHERE id=?", (*sets.values(), sale_id))
            c.execute("INSERT INTO events (sale_id, at, from_state, to_state, note) "
                      "VALUES (?,?,?,?,?)", (sale_id, now, str(old), str(new), note))
        return self.sale(sale_id)

    def note_attempt(self, sale_id: int, *, error: str, next_attempt_at: float) -> None:
        with self.tx() as c:
            c.execute("UPDATE sales SET attempts=attempts+1, detail=?, next_attempt_at=?, "
                      "updated_at=? WHERE id=?", (error, next_attempt_at, time.time(), sale_id))

    def update(self, sale_id: int, **fields: Any) -> None:
        with self.tx() as c:
            cols = ", ".join(f"{k}=?" for k in fields)
            c.execute(f"UPDATE sales SET {cols} WHERE id=?", (*fields.values(), sale_id))

    def sale(self, sale_id: int) -> SaleRecord:
        with self._lock:
            rows = list(self.db.query("SELECT * FROM sales WHERE id=?", [sale_id]))
            if not rows:
                raise KeyError(sale_id)
            return self._record(rows[0])

    def sale_by_receipt(self, receipt_no: str) -> SaleRecord | None:
        with self._lock:
            rows = list(self.db.query("SELECT * FROM sales WHERE receipt_no=?", [receipt_no]))
            return self._record(rows[0]) if rows else None

    def sale_by_collect_key(self, collector: str, key: str) -> SaleRecord | None:
        with self._lock:
            rows = list(self.db.query("SELECT * FROM sales WHERE collector=? AND collect_key=?",
                                      [collector, key]))
            return self._record(rows[0]) if rows else None

    def sale_by_key(self, provider: str, idem_key: str) -> SaleRecord | None:
        with self._lock:
            rows = list(self.db.query("SELECT * FROM sales WHERE provider=? AND idem_key=?",
                                      [provider, idem_key]))
            return self._record(rows[0]) if rows else None

    def sales(self, *, states: tuple[SaleState, ...] = (), search: str = "", limit: int = 200,
              due_before: float | None = None) -> list[SaleRecord]:
        where: list[str] = []
        params: list[Any] = []
        if states:
            where.append(f"state IN ({','.join('?' * len(states))})")
            params += [str(s) for s in states]
        if search:
            where.append(f"id IN ({self._search_sql(search, params, -1 if states else limit)})")
        if due_before is not None:
            where.append("next_attempt_at <= ?")
            params.append(due_before)
        sql = "SELECT * FROM sales" + (" WHERE " + " AND ".join(where) if where else "")
        order = " ORDER BY id" if states else " ORDER BY id DESC"
        with self._lock:
            rows = list(self.db.query(sql + order + " LIMIT ?", [*params, limit]))
            return self._records(rows)

    @staticmethod
    def _search_sql(text: str, params: list[Any], cap: int) -> str:
        """Sale ids for what a person typed: an exact key (any printed reference, meter,
        phone; any case), the journal id, or the start of words of the customer's name.
        Each part is an index lookup; the name part takes only the newest `cap` matches."""
        text = text.strip()
        parts = ["SELECT sale_id FROM sale_keys WHERE key = ?"]
        params.append(text)
        if text.isdigit() and len(text) < 12:
            parts.append("SELECT ?")
            params.append(int(text))
        names = fts_prefix_query(text)
        if names:
            parts.append("SELECT rowid FROM (SELECT rowid FROM sales_names WHERE sales_names "
                         "MATCH ? ORDER BY rowid DESC LIMIT ?)")
            params += [names, cap]
        return " UNION ".join(parts)

    def sale_by_reference(self, text: str) -> SaleRecord | None:
        """The newest sale whose receipt number, key, or provider's or collector's reference
        is `text` (any case); a meter or phone is not a reference."""
        text = text.strip().casefold()
        with self._lock:
            rows = list(self.db.query(
                "SELECT * FROM sales WHERE id IN (SELECT sale_id FROM sale_keys WHERE key = ? "
                "ORDER BY sale_id DESC LIMIT 100) ORDER BY id DESC", [text]))
            for row in rows:
                if text in (str(row[c]).casefold() for c in _KEY_COLUMNS if c != "account"):
                    return self._record(row)
            return None

    def count_by_state(self, states: tuple[SaleState, ...] = ()) -> dict[str, int]:
        """Sales per state; with `states`, only those (an index range, not a scan)."""
        where = f" WHERE state IN ({','.join('?' * len(states))})" if states else ""
        with self._lock:
            return {r["state"]: r["n"] for r in self.db.query(
                f"SELECT state, count(*) AS n FROM sales{where} GROUP BY state",
                [str(s) for s in states])}

    def was_ever(self, sale_id: int, state: SaleState) -> bool:
        """Has the sale ever been in `state` (its event history)?"""
        with self._lock:
            return self.db.execute("SELECT 1 FROM events WHERE sale_id=? AND to_state=? LIMIT 1",
                                   [sale_id, str(state)]).fetchone() is not None

    def events(self, sale_id: int) -> list[dict[str, Any]]:
        with self._lock:
            return list(self.db.query("SELECT * FROM events WHERE sale_id=? ORDER BY id",
                                      [sale_id]))

    def _record(self, row: dict[str, Any]) -> SaleRecord:
        return self._records([row])[0]

    def _records(self, rows: list[dict[str, Any]]) -> list[SaleRecord]:
        """Rows to records, with every row's tokens fetched in one query."""
        tokens: dict[int, list[Token]] = {}
        ids = [r["id"] for r in rows]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for t in self.db.query(
                    "SELECT sale_id, idx, kind, value, serial, expires FROM tokens WHERE "
                    f"sale_id IN ({','.join('?' * len(chunk))}) ORDER BY sale_id, idx", chunk):
                tokens.setdefault(t["sale_id"], []).append(
                    Token(t["idx"], t["kind"], t["value"], t["serial"], t["expires"]))
        return [self._build(row, tuple(tokens.get(row["id"], ()))) for row in rows]

    @staticmethod
    def _build(row: dict[str, Any], tokens: tuple[Token, ...]) -> SaleRecord:
        currency = row["currency"]
        return SaleRecord(
            id=row["id"], receipt_no=row["receipt_no"], provider=row["provider"],
            product=row["product"], idem_key=row["idem_key"], account=row["account"],
            customer_name=row["customer_name"], amount=Money(row["amount_minor"], currency),
            tendered=None if row["tendered_minor"] is None else Money(row["tendered_minor"],
                                                                      currency),
            state=SaleState(row["state"]), provider_ref=row["provider_ref"],
            message=row["message"], detail=row["detail"], attempts=row["attempts"],
            owner_pid=row["owner_pid"], next_attempt_at=row["next_attempt_at"],
            cashier=row["cashier"], terminal_id=row["terminal_id"],
            training=bool(row["training"]), created_at=row["created_at"],
            updated_at=row["updated_at"], request=json.loads(row["request"] or "{}"),
            result=_result_from_json(row["result"], tokens), tokens=tokens,
            tender=row["tender"], collector=row["collector"], collect_key=row["collect_key"],
            collect_request=json.loads(row["collect_request"] or "{}"),
            collect_ref=row["collect_ref"], collect_url=row["collect_url"],
            collect_deadline=row["collect_deadline"],
            cancel_requested=bool(row["cancel_requested"]))

    # -- print jobs, audit, leases -----------------------------------------------------

    def add_print_job(self, sale_id: int | None, kind: str) -> tuple[int, int]:
        """A new job; its copy number counts the jobs of this kind that already printed,
        so a retry after a failed first print is still the original."""
        with self.tx() as c:
            copy_no = c.execute("SELECT count(*) FROM print_jobs WHERE sale_id IS ? AND kind=? "
                                "AND status='PRINTED'", (sale_id, kind)).fetchone()[0]
            cur = c.execute("INSERT INTO print_jobs (sale_id, kind, copy_no, status, created_at) "
                            "VALUES (?,?,?,?,?)", (sale_id, kind, copy_no, "PENDING", time.time()))
            return int(cur.lastrowid or 0), int(copy_no)

    def finish_print_job(self, job_id: int, *, ok: bool, error: str = "") -> None:
        with self.tx() as c:
            c.execute("UPDATE print_jobs SET status=?, error=?, printed_at=? WHERE id=?",
                      ("PRINTED" if ok else "FAILED", error, time.time() if ok else None, job_id))

    def print_jobs(self, sale_id: int) -> list[dict[str, Any]]:
        with self._lock:
            return list(self.db.query("SELECT * FROM print_jobs WHERE sale_id=? ORDER BY id",
                                      [sale_id]))

    def audit(self, actor: str, action: str, detail: str = "") -> None:
        with self.tx() as c:
            c.execute("INSERT INTO audit (at, actor, action, detail) VALUES (?,?,?,?)",
                      (time.time(), actor, action, detail))

    def last_closing(self, kind: str) -> tuple[float, int]:
        """When this kind of report was last closed (0 if never), and how many there were."""
        with self._lock:
            row = self.db.execute("SELECT max(at), count(*) FROM closings WHERE kind=?",
                                  [kind]).fetchone()
            return float(row[0] or 0.0), int(row[1])

    def add_closing(self, kind: str, at: float, actor: str, summary: str) -> None:
        with self.tx() as c:
            c.execute("INSERT INTO closings (kind, at, actor, summary) VALUES (?,?,?,?)",
                      (kind, at, actor, summary))

    def sales_between(self, start: float, end: float) -> list[SaleRecord]:
        with self._lock:
            rows = list(self.db.query("SELECT * FROM sales WHERE created_at > ? AND "
                                      "created_at <= ? ORDER BY id", [start, end]))
            return self._records(rows)

    def add_user(self, name: str, role: str, pin_hash: str, actor: str) -> bool:
        """A new user, audited in the same transaction; False if the name is taken."""
        with self.tx() as c:
            cur = c.execute("INSERT OR IGNORE INTO users (name, role, pin_hash) VALUES (?,?,?)",
                            (name, role, pin_hash))
            if cur.rowcount != 1:
                return False
            self._audit(c, actor, "user_add", f"{name} as {role}")
            return True

    def change_user(self, name: str, actor: str, action: str, detail: str, *,
                    role: str | None = None, pin_hash: str | None = None,
                    remove: bool = False, keep_one: tuple[str, ...] = ()) -> str:
        """Change or remove one user in one transaction, refusing a change that would leave
        no user of a role in `keep_one` that has one now. Returns "" or why it was refused
        ("missing", or the role that would be left empty)."""
        with self.tx() as c:
            row = c.execute("SELECT role FROM users WHERE name=?", [name]).fetchone()
            if row is None:
                return "missing"
            for kept in keep_one:
                if row[0] == kept and (remove or role != kept):
                    left = c.execute("SELECT count(*) FROM users WHERE role=? AND name!=?",
                                     [kept, name]).fetchone()[0]
                    if left == 0:
                        return kept
            if remove:
                c.execute("DELETE FROM users WHERE name=?", [name])
            if role is not None:
                c.execute("UPDATE users SET role=? WHERE name=?", [role, name])
            if pin_hash is not None:
                c.execute("UPDATE users SET pin_hash=? WHERE name=?", [pin_hash, name])
            self._audit(c, actor, action, detail)
            return ""

    def users(self) -> list[tuple[str, str, str]]:
        with self._lock:
            return [(r["name"], r["role"], r["pin_hash"])
                    for r in self.db.query("SELECT * FROM users ORDER BY name")]

    def had_users(self) -> bool:
        """True once any user was ever added here, even if `users` was emptied since."""
        with self._lock:
            return bool(self.db.execute(
                "SELECT EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM terminal_facts "
                "WHERE key='had_users') OR EXISTS (SELECT 1 FROM audit WHERE action IN "
                "('user_add', 'user_set'))").fetchone()[0])

    def pin_guard(self) -> tuple[int, float, float, int]:
        """(failures, last_failure_at, locked_until, lockouts)."""
        with self._lock:
            row = self.db.execute("SELECT failures, last_failure_at, locked_until, lockouts "
                                  "FROM pin_guard WHERE id=1").fetchone()
            return (int(row[0]), float(row[1]), float(row[2]), int(row[3])) if row else (
                0, 0.0, 0.0, 0)

    def record_pin_failure(self, policy: Callable[[tuple[int, float, float, int], float],
                                                  tuple[int, float, float, int]],
                           actor: str, detail: str) -> tuple[int, float, float, int]:
        """Apply `policy(old state, now) -> new state` to the PIN guard and audit the
        failure (and a new lockout), in one transaction so two processes cannot both pass."""
        now = time.time()
        with self.tx() as c:
            row = c.execute("SELECT failures, last_failure_at, locked_until, lockouts "
                            "FROM pin_guard WHERE id=1").fetchone()
            old = (int(row[0]), float(row[1]), float(row[2]), int(row[3])) if row else (
                0, 0.0, 0.0, 0)
            new = policy(old, now)
            c.execute("INSERT OR REPLACE INTO pin_guard (id, failures, last_failure_at, "
                      "locked_until, lockouts) VALUES (1,?,?,?,?)", new)
            self._audit(c, actor, "bad_pin", detail)
            if new[2] > old[2]:
                self._audit(c, "system", "pin_lockout",
                            f"PIN entry locked {round(new[2] - now)} s after repeated wrong PINs")
            return new

    def audit_trail(self, limit: int = 100) -> list[dict[str, Any]]:
        """The newest `limit` audit rows, newest first."""
        with self._lock:
            return list(self.db.query("SELECT id, at, actor, action, detail FROM audit "
                                      "ORDER BY id DESC LIMIT ?", [limit]))

    @staticmethod
    def _audit(c: sqlite_utils.Database, actor: str, action: str, detail: str) -> None:
        c.execute("INSERT INTO audit (at, actor, action, detail) VALUES (?,?,?,?)",
                  (time.time(), actor, action, detail))

    def cache_put(self, key: str, data: Any) -> None:
        with self.tx() as c:
            c.execute("INSERT OR REPLACE INTO catalog (key, data, fetched_at) VALUES (?,?,?)",
                      (key, json.dumps(data), time.time()))

    def cache_get(self, key: str) -> tuple[Any, float] | None:
        with self._lock:
            row = self.db.execute("SELECT data, fetched_at FROM catalog WHERE key=?",
                                  [key]).fetchone()
            return (json.loads(row[0]), float(row[1])) if row else None

    def take_lease(self, name: str, owner: str, seconds: float,
                   holder_gone: Callable[[str], bool] = lambda _owner: False) -> str | None:
        """Hold `name` for `seconds` if it is free, expired, already ours, or its holder is
        gone (`holder_gone(owner)`, e.g. a dead process). None when taken; else who holds it."""
        now = time.time()
        with self.tx() as c:
            row = c.execute("SELECT owner, expires_at FROM leases WHERE name=?",
                            (name,)).fetchone()
            if row and row[0] != owner and row[1] > now and not holder_gone(row[0]):
                return str(row[0])
            c.execute("INSERT OR REPLACE INTO leases (name, owner, expires_at) VALUES (?,?,?)",
                      (name, owner, now + seconds))
            return None

    def release_lease(self, name: str, owner: str) -> None:
        with self.tx() as c:
            c.execute("DELETE FROM leases WHERE name=? AND owner=?", (name, owner))


class DuplicateKey(Exception):
    """A sale with this provider key is already journalled (by another process)."""

    def __init__(self, sale_id: int) -> None:
        super().__init__(f"key already journalled as sale {sale_id}")
        self.sale_id = sale_id


class StaleState(Exception):
    """Someone else moved the sale first; the caller should re-read it."""

"""The journal is the shop's money: a damaged journal is named and stops selling, verified
backups are kept, a restore brings the counter back, and storage problems say what is true.
Real SQLite files, real sandboxes, the real `posapp` command."""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from posapp.cli import main
from posapp.config import Config
from posapp.domain.errors import JournalDamaged, StorageError
from posapp.domain.money import Money
from posapp.secrets import MemorySecrets
from posapp.service import Counter, safety
from posapp.store.backup import InUse
from posapp.store.journal import Journal
from tests import procs
from tests.conftest import make_config


def NGN(text: str) -> Money:  # noqa: N802
    return Money.parse(text, "NGN")


@pytest.fixture
def home(tmp_path, sandbox, monkeypatch):
    """A live terminal home on the eFactory sandbox, its secrets in the environment."""
    procs.setup_home(tmp_path, sandbox.base_url, None)
    monkeypatch.setenv("POSAPP_SECRET_EFACTORY_API_KEY", sandbox.api_key)
    monkeypatch.setenv("POSAPP_SECRET_EFACTORY_AUTH_TOKEN", sandbox.auth_token)
    return tmp_path


def run(capsys, home: Path, *args: str, stdin: str = "") -> tuple[int, str, str]:
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(["--home", str(home), *args])
    finally:
        sys.stdin = old
    out, err = capsys.readouterr()
    return code, out, err


def sell(capsys, home: Path) -> dict:
    code, out, err = run(capsys, home, "sell", "efactory.prepaid", "54140724110", "1000",
                         "--no-print", "--json")
    assert code == 0, err
    return json.loads(out)


def root_page(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name=?",
                                (name,)).fetchone()[0])
    finally:
        conn.close()


def corrupt_page(path: Path, page: int) -> None:
    """Scribble over one page of a closed journal, as a failing disk would."""
    size = 4096
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(bytes([0x5A, 0xA5]) * (size // 2))


def test_restore_drill(capsys, home, sandbox):
    """Sell, back up, corrupt the journal's bytes, see the refusal, restore, sell again."""
    first = sell(capsys, home)
    code, out, _ = run(capsys, home, "journal", "backup", "--json")
    assert code == 0
    made = json.loads(out)
    assert made["sales"] == 1 and Path(made["backup"]).parent == home / "backups"
    assert oct(Path(made["backup"]).stat().st_mode & 0o777) == "0o600"

    journal = home / "journal.sqlite3"
    corrupt_page(journal, root_page(journal, "sales"))
    damaged = journal.read_bytes()
    for args in (("history",), ("sell", "efactory.prepaid", "54140724110", "1000"),
                 ("queue", "drain")):
        code, out, err = run(capsys, home, *args)
        assert code == 2, (args, out, err)
        assert "journal is damaged" in err and "posapp journal restore" in err, err
        assert "Traceback" not in err and "DatabaseError" not in err
    assert sandbox.vend_count() == 1  # the refused sale never left
    code, out, _ = run(capsys, home, "journal")
    assert code == 3 and "DAMAGED" in out

    code, out, err = run(capsys, home, "journal", "restore")
    assert code == 0, err
    kept = sorted((home / "damaged").glob("journal-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # kept aside, as it was
    code, out, _ = run(capsys, home, "journal")
    assert code == 0 and "state        ok" in out

    second = sell(capsys, home)
    assert second["state"] == "VENDED"
    for sale in (first, second):
        code, out, err = run(capsys, home, "sale", sale["receipt_no"], "--json")
        assert code == 0 and json.loads(out)["tokens"] == sale["tokens"], err
    code, out, _ = run(capsys, home, "journal", "verify")
    assert code == 0 and out.strip().endswith(": ok")


def test_a_corrupt_index_stops_selling_until_restored(capsys, home, sandbox, tmp_path):
    """The start-up look stays cheap and misses a corrupt index; the full check (here on
    demand) finds it, and from then on no sale is taken and nothing is sent."""
    sell(capsys, home)
    assert run(capsys, home, "journal", "backup")[0] == 0
    journal = home / "journal.sqlite3"
    corrupt_page(journal, root_page(journal, "sales_state"))
    code, out, err = run(capsys, home, "history")
    assert code == 0  # the cheap look does not read every index: start-up stays fast
    code, out, err = run(capsys, home, "journal", "verify")
    assert code == 3 and "DAMAGED" in out and "posapp journal restore" in out
    code, out, err = run(capsys, home, "sell", "efactory.prepaid", "54140724110", "1000")
    assert code == 2 and "journal is damaged" in err
    assert sandbox.vend_count() == 1
    assert run(capsys, home, "journal", "restore")[0] == 0
    assert sell(capsys, home)["state"] == "VENDED"


def test_the_full_check_runs_in_the_background_and_stops_the_counter(home, sandbox):
    config = make_config(home, sandbox.base_url, None)
    secrets = MemorySecrets({"efactory.api_key": sandbox.api_key,
                             "efactory.auth_token": sandbox.auth_token})
    counter = Counter(config, secrets)
    counter.sell("efactory.prepaid", "54140724110", NGN("1000"))
    counter.stop()
    counter.journal.close()
    corrupt_page(config.db_path, root_page(config.db_path, "sales_state"))
    started = time.monotonic()
    counter = Counter(config, secrets)
    try:
        assert counter.journal_problem() == ""  # not known yet: no full check at start-up
        assert time.monotonic() - started < 5
        counter.start_worker()
        deadline = time.monotonic() + 20
        while not counter.journal_problem() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert counter.journal_problem()
        assert counter.status().journal
        with pytest.raises(JournalDamaged) as exc:
            counter.sell("efactory.prepaid", "54140724110", NGN("1000"))
        assert "posapp journal restore" in exc.value.message
        with pytest.raises(JournalDamaged):
            counter.drain(force=True)
    finally:
        counter.stop()
        counter.journal.close()
    # The next start knows without checking again.
    counter = Counter(config, secrets)
    try:
        assert counter.journal_problem()
    finally:
        counter.stop()
        counter.journal.close()


def test_a_file_that_is_not_sqlite_is_damaged_not_new(capsys, home):
    (home / "journal.sqlite3").write_bytes(b"this is not a database at all" * 200)
    code, out, err = run(capsys, home, "history")
    assert code == 2 and "journal is damaged" in err and "Traceback" not in err
    assert (home / "journal.sqlite3").read_bytes().startswith(b"this is not")  # untouched
    entries = json.loads((home / "journal.sqlite3.checks.json").read_text())["checks"]
    assert entries[-1]["ok"] is False and entries[-1]["kind"] == "start"


def test_z_close_checks_the_journal_and_writes_a_verified_backup(counter, tmp_path):
    counter.sell("efactory.prepaid", "54140724110", NGN("1000"))
    counter.close_report("z", "owner")
    backups = sorted((tmp_path / "backups").glob("journal-*.sqlite3"))
    assert len(backups) == 1 and "written to" in counter.last_backup
    state = safety.state(counter.config)
    assert state.last_full and state.last_full["ok"] and state.last_backup["ok"]
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT count(*) FROM sales").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM closings").fetchone()[0] == 2  # Z and shift
    conn.close()


def test_backups_go_to_the_chosen_folder_keep_the_newest_and_are_verified(capsys, home,
                                                                             tmp_path):
    stick = tmp_path.parent / (tmp_path.name + "-usb")
    assert run(capsys, home, "config", "set", "journal.backup_dir", str(stick))[0] == 0
    assert run(capsys, home, "config", "set", "journal.backup_keep", "2")[0] == 0
    sell(capsys, home)
    made = []
    for _ in range(3):
        code, out, err = run(capsys, home, "journal", "backup", "--json")
        assert code == 0, err
        made.append(Path(json.loads(out)["backup"]))
    kept = sorted(stick.glob("journal-*.sqlite3"))
    assert kept == sorted(made[1:]) and not list(stick.glob(".*partial"))
    # A copy that no longer reads back the same is found, and never restored.
    corrupt_page(kept[-1], root_page(kept[-1], "sales"))
    code, out, _ = run(capsys, home, "journal", "verify", str(kept[-1]))
    assert code == 3 and "DAMAGED" in out
    code, out, err = run(capsys, home, "journal", "restore", str(kept[-1]))
    assert code == 2 and "damaged too" in err
    assert not (home / "damaged").exists()


def test_restore_is_refused_while_the_counter_runs(home, sandbox, capsys):
    sell(capsys, home)
    assert run(capsys, home, "journal", "backup")[0] == 0
    config = Config.load(home)
    running = Journal(str(config.db_path))  # a counter or the service, in this process
    try:
        with pytest.raises(InUse) as exc:
            safety.restore(config, None, lambda: "")
        assert "still running" in exc.value.message
    finally:
        running.close()
    assert not (home / "damaged").exists()
    # And from another process: the service holds the journal.
    service = procs.spawn(home, "service")
    try:
        assert "draining" in service.stdout.readline()
        out = procs.posapp(home, "journal", "restore")
        assert out.returncode == 2 and "still running" in out.stderr
    finally:
        service.terminate()
        service.communicate(timeout=30)
    assert procs.posapp(home, "journal", "restore").returncode == 0


def test_restore_needs_a_supervisor_pin_of_the_backup(capsys, home):
    assert run(capsys, home, "user", "add", "ada", "--role", "supervisor",
               stdin="4321\n")[0] == 0
    sell(capsys, home)
    assert run(capsys, home, "journal", "backup")[0] == 0
    before = (home / "journal.sqlite3").read_bytes()
    code, out, err = run(capsys, home, "journal", "restore", stdin="9999\n")
    assert code == 2 and "Wrong PIN" in err
    assert (home / "journal.sqlite3").read_bytes() == before
    assert not list(home.glob("*.restoring*"))
    code, out, err = run(capsys, home, "journal", "restore", stdin="4321\n")
    assert code == 0, err
    conn = sqlite3.connect(home / "journal.sqlite3")
    actions = [r[0] for r in conn.execute("SELECT actor || ' ' || action FROM audit")]
    conn.close()
    assert "ada journal_restored" in actions


# -- honest storage messages (as a user without root's override of file permissions) -----

def as_user(*args: str, home: Path) -> subprocess.CompletedProcess:
    """`posapp` as a user whom file permissions bind: root with its override dropped."""
    cmd = [sys.executable, "-m", "posapp.cli", "--home", str(home), *args]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("root without setpriv: file permissions cannot be tested")
        cmd = ["setpriv", "--bounding-set=-dac_override,-dac_read_search",
               "--inh-caps=-dac_override,-dac_read_search", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=procs.env())


def test_a_read_only_journal_says_read_only(home, capsys):
    sell(capsys, home)
    journal = home / "journal.sqlite3"
    journal.chmod(0o444)
    try:
        out = as_user("sell", "efactory.prepaid", "54140724110", "1000", home=home)
    finally:
        journal.chmod(0o600)
    assert out.returncode == 2 and "read-only" in out.stderr, out.stderr
    assert "full" not in out.stderr and "Traceback" not in out.stderr


def test_a_read_only_home_is_a_clear_message(tmp_path):
    home = tmp_path / "ro"
    home.mkdir()
    home.chmod(0o555)
    try:
        out = as_user("history", home=home)
    finally:
        home.chmod(0o755)
    assert out.returncode == 2 and "read-only" in out.stderr, out.stderr
    assert "Traceback" not in out.stderr


def test_a_home_inside_a_file_is_a_clear_message(tmp_path):
    (tmp_path / "file").write_text("x")
    out = as_user("sell", "efactory.prepaid", "54140724110", "1000", home=tmp_path / "file")
    assert out.returncode == 2 and "Not a directory" in out.stderr
    assert "Traceback" not in out.stderr


def test_a_log_file_that_cannot_be_written_says_so_once(tmp_path):
    from posapp import logsetup

    (tmp_path / "logs").mkdir()
    handler = logsetup._log_file(tmp_path)
    assert handler is not None
    handler.stream.close()
    (tmp_path / "logs" / "posapp.log").unlink()
    err = io.StringIO()
    old, sys.stderr = sys.stderr, err
    try:
        handler.stream = open(os.devnull, "rb")  # noqa: SIM115 - writing to it fails
        record = __import__("logging").makeLogRecord({"msg": "x"})
        for _ in range(3):
            handler.emit(record)
    finally:
        sys.stderr = old
        handler.stream.close()
    assert err.getvalue().count("cannot be written") == 1 and "Traceback" not in err.getvalue()


def test_runtime_storage_errors_are_named(counter):
    """SQLite's own read-only answer, as a full disk or a remount would give it."""
    counter.journal.db.conn.execute("PRAGMA query_only=ON")
    with pytest.raises(StorageError) as exc:
        counter.sell("efactory.prepaid", "54140724110", NGN("1000"))
    assert "read-only" in exc.value.message and "full" not in exc.value.message


def test_the_window_names_a_damaged_journal_instead_of_crashing(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLabel

    from posapp.ui.app import start_window

    (tmp_path / "journal.sqlite3").write_bytes(b"not a journal " * 500)
    window = start_window(tmp_path, demo=False)
    qtbot.addWidget(window)
    window.show()
    texts = " ".join(w.text() for w in window.findChildren(QLabel))
    assert "cannot start" in texts and "journal is damaged" in texts
    assert "posapp journal restore" in texts
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # the focused Close
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_failed_backup_is_reported_but_does_not_stop_selling(capsys, home, tmp_path):
    blocker = tmp_path.parent / (tmp_path.name + "-not-a-folder")
    blocker.write_text("a file where the USB stick should be")
    assert run(capsys, home, "config", "set", "journal.backup_dir", str(blocker))[0] == 0
    sell(capsys, home)
    code, out, err = run(capsys, home, "journal", "backup")
    assert code == 2 and "cannot be used" in err and "Traceback" not in err
    code, out, _ = run(capsys, home, "journal")
    assert code == 0 and "state        ok" in out and "last backup" in out and "FAILED" in out
    assert sell(capsys, home)["state"] == "VENDED"

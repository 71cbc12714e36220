"""People: users and roles, the PIN lockout, the append-only audit trail (service and CLI)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time

import pytest

from posapp.config import Config
from posapp.domain.errors import InputError
from posapp.secrets import MemorySecrets
from posapp.service import Counter, users
from posapp.service.users import Locked, NotAllowed
from posapp.store.journal import Journal


@pytest.fixture
def journal(tmp_path):
    j = Journal(str(tmp_path / "journal.sqlite"))
    yield j
    j.close()


@pytest.fixture
def shop(journal):
    """A terminal with an owner (supervisor) and a cashier."""
    users.add_user(journal, "owner", "supervisor", "2468", "setup")
    users.add_user(journal, "ada", "cashier", "1357", "setup")
    return journal


def audit_actions(journal):
    return [(r["actor"], r["action"]) for r in reversed(journal.audit_trail(1000))]


# -- users and roles -------------------------------------------------------------------------

def test_adding_an_existing_name_is_refused_and_changes_nothing(shop):
    with pytest.raises(InputError, match="already a user called owner"):
        users.add_user(shop, "owner", "cashier", "0000", "ada")
    assert ("owner", "supervisor") in [(n, r) for n, r, _ in shop.users()]
    assert users.authorize(shop, "2468", "supervisor").name == "owner"


def test_the_last_supervisor_can_be_neither_demoted_nor_removed(shop):
    with pytest.raises(InputError, match="last supervisor"):
        users.set_role(shop, "owner", "cashier", "owner")
    with pytest.raises(InputError, match="last supervisor"):
        users.remove_user(shop, "owner", "owner")
    users.add_user(shop, "bola", "supervisor", "8642", "owner")
    users.set_role(shop, "owner", "cashier", "bola")  # another supervisor exists now
    assert users.authorize(shop, "8642", "supervisor").name == "bola"
    with pytest.raises(NotAllowed, match="owner is a cashier"):
        users.authorize(shop, "2468", "supervisor")


def test_the_last_technician_is_kept_once_there_is_one(shop):
    users.remove_user(shop, "ada", "owner")  # a cashier can go
    users.add_user(shop, "tech", "technician", "9753", "owner")
    with pytest.raises(InputError, match="last technician"):
        users.set_role(shop, "tech", "supervisor", "tech")
    with pytest.raises(InputError, match="last technician"):
        users.remove_user(shop, "tech", "tech")


def test_set_pin_replaces_only_the_pin(shop):
    users.set_pin(shop, "owner", "1122", "owner")
    assert users.authorize(shop, "1122", "supervisor") == users.User("owner", "supervisor")
    with pytest.raises(NotAllowed):
        users.authorize(shop, "2468", "supervisor")
    with pytest.raises(InputError, match="no user called zed"):
        users.set_pin(shop, "zed", "1122", "owner")


def test_role_gates_in_the_service(tmp_path):
    """Supervisor verbs refuse a cashier; technician's work falls to a supervisor only until
    the terminal has a technician; a first set-up (no users ever) is open."""
    counter = Counter(Config(tmp_path), MemorySecrets())
    try:
        assert not counter.has_users()
        counter.add_user("owner", "supervisor", "2468", "cashier")  # first set-up
        with pytest.raises(NotAllowed):
            counter.add_user("eve", "supervisor", "1111", "cashier")  # not a user
        counter.add_user("ada", "cashier", "1357", "owner")
        for verb in (lambda: counter.close_report("shift", "ada"),
                     lambda: counter.open_drawer("ada"),
                     lambda: counter.audit_trail("ada"),
                     lambda: counter.settle_by_hand(1, "ada", vended=False),
                     lambda: counter.set_pin("owner", "1111", "ada"),
                     lambda: counter.add_user("eve", "cashier", "1111", "ada")):
            with pytest.raises(NotAllowed):
                verb()
        assert counter.authorize("2468", "technician").name == "owner"  # no technician yet
        counter.add_user("tech", "technician", "9753", "owner")
        with pytest.raises(NotAllowed, match="needs a technician"):
            counter.authorize("2468", "technician")
        with pytest.raises(NotAllowed):
            counter.set_role("ada", "supervisor", "owner")
        counter.set_role("ada", "supervisor", "tech")
        counter.set_pin("ada", "2222", "ada")  # one's own PIN
        assert counter.authorize("2222", "supervisor").name == "ada"
        assert counter.audit_trail("owner", 5)[0]["action"] == "user_pin"
        assert ("ada", "refused") in audit_actions(counter.journal)
    finally:
        counter.stop()


def test_a_pin_on_a_terminal_without_users_is_not_a_guess(journal):
    with pytest.raises(NotAllowed, match="no users yet"):
        users.authorize(journal, "1234", "technician")
    assert journal.pin_guard()[0] == 0


# -- the PIN lockout ---------------------------------------------------------------------

def test_five_wrong_pins_lock_even_the_right_pin_and_survive_a_restart(tmp_path, shop):
    for _ in range(4):
        with pytest.raises(NotAllowed, match="Wrong PIN"):
            users.authorize(shop, "0000", "cashier")
    with pytest.raises(Locked) as locked:
        users.authorize(shop, "0001", "cashier")
    assert 295 < locked.value.until - time.time() <= 300
    with pytest.raises(Locked, match="Try again in 5 minutes"):
        users.authorize(shop, "2468", "supervisor")  # the right PIN, refused while locked
    # a new process (a new journal connection) sees the same lock
    again = Journal(shop.path)
    try:
        with pytest.raises(Locked):
            users.authorize(again, "1357", "cashier")
    finally:
        again.close()
    actions = [a for _, a in audit_actions(shop)]
    assert actions.count("bad_pin") == 5 and actions.count("pin_lockout") == 1
    assert actions.count("pin_refused_locked") == 2


def test_lockouts_grow_and_a_lock_ends(shop):
    state = (0, 0.0, 0.0, 0)
    now = 1_000_000.0
    locks = []
    for _round in range(6):
        for _ in range(5):
            state = users._after_failure(state, now)
        locks.append(state[2] - now)
        now = state[2] + 1  # wait the lock out, then fail again
    assert locks == [300, 600, 1200, 2400, 3600, 3600]
    # a day without a wrong PIN forgets earlier lockouts; an hour forgets single failures
    state = users._after_failure((4, now, 0.0, 3), now + 3601)
    assert state[0] == 1
    assert users._after_failure((4, now, 0.0, 3), now + 86401)[3] == 0


def test_an_ended_lock_lets_the_right_pin_in(shop):
    with shop.tx() as c:
        c.execute("UPDATE pin_guard SET locked_until=?", [time.time() - 1])
    assert users.authorize(shop, "1357", "cashier").name == "ada"


# -- the audit trail and remembering users ------------------------------------------------

def test_the_audit_trail_is_append_only(shop):
    shop.audit("owner", "open_drawer")
    for sql in ("UPDATE audit SET actor='nobody'", "DELETE FROM audit",
                "DELETE FROM audit WHERE action='open_drawer'"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            shop.db.conn.execute(sql)
    assert ("owner", "open_drawer") in audit_actions(shop)


def test_emptying_users_does_not_switch_pin_checks_off(tmp_path, shop):
    shop.db.conn.execute("DELETE FROM users")
    assert shop.users() == []
    assert users.has_people(shop)
    with pytest.raises(NotAllowed):
        users.require(shop, "anyone", "supervisor")
    with pytest.raises(sqlite3.IntegrityError):
        shop.db.conn.execute("DELETE FROM terminal_facts")


def test_a_version_2_journal_with_users_is_remembered_after_migration(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    from posapp.store.journal import MIGRATION_2, SCHEMA

    conn.executescript(SCHEMA + MIGRATION_2 + "PRAGMA user_version=2;")
    conn.execute("INSERT INTO users VALUES ('owner', 'supervisor', 'x')")
    conn.commit()
    conn.close()
    j = Journal(str(path))
    try:
        j.db.conn.execute("DELETE FROM users")
        assert j.had_users()
    finally:
        j.close()


# -- the command line -----------------------------------------------------------------------

def cli(home, *args, stdin=""):
    return subprocess.run([sys.executable, "-m", "posapp.cli", "--home", str(home), *args],
                          input=stdin, capture_output=True, text=True, timeout=60)


def test_cli_user_verbs_and_audit(tmp_path):
    home = tmp_path / "t"
    assert cli(home, "user", "add", "owner", "--role", "supervisor", stdin="2468\n").returncode == 0
    refused = cli(home, "user", "add", "owner", stdin="2468\n0000\n")
    assert refused.returncode == 2 and "already a user called owner" in refused.stderr
    assert cli(home, "user", "add", "ada", stdin="2468\n1357\n").returncode == 0
    demote = cli(home, "user", "role", "owner", "cashier", stdin="2468\n")
    assert demote.returncode == 2 and "last supervisor" in demote.stderr
    own = cli(home, "user", "pin", "ada", stdin="1357\n9999\n")
    assert own.returncode == 0, own.stderr
    other = cli(home, "user", "pin", "owner", stdin="9999\n1111\n")
    assert other.returncode == 2 and "needs a supervisor" in other.stderr
    assert cli(home, "user", "list").stdout.split() == ["ada", "cashier", "owner", "supervisor"]
    assert cli(home, "audit", stdin="9999\n").returncode == 2  # a cashier may not read it
    trail = cli(home, "audit", "--json", "--limit", "3", stdin="2468\n")
    assert trail.returncode == 0, trail.stderr
    rows = json.loads(trail.stdout)
    assert len(rows) == 3 and rows[0]["action"] == "refused"
    assert "1357" not in trail.stdout and "scrypt" not in trail.stdout


def test_cli_lockout_survives_restarts_and_refuses_the_right_pin(tmp_path):
    home = tmp_path / "t"
    assert cli(home, "user", "add", "owner", "--role", "supervisor", stdin="2468\n").returncode == 0
    for _ in range(5):
        r = cli(home, "drawer", stdin="0000\n")
        assert r.returncode == 2
    assert "Too many wrong PINs" in r.stderr
    right = cli(home, "drawer", stdin="2468\n")
    assert right.returncode == 2 and "Too many wrong PINs. Try again in 5 minutes" in right.stderr
    rows = json.loads(cli(home, "user", "list", "--json").stdout)
    assert rows == [{"name": "owner", "role": "supervisor"}]


def test_a_migration_another_process_finished_while_we_waited_is_not_run_twice(tmp_path):
    """GIVEN a version-1 journal whose write lock another process holds while it migrates
    WHEN this process opens it (reading version 1, then waiting for the lock)
    THEN it re-reads the version under the lock and does not run step 2 again."""
    import threading

    from posapp.store.journal import MIGRATION_2, SCHEMA

    path = tmp_path / "old.sqlite3"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode=WAL")
    other.executescript(SCHEMA + "PRAGMA user_version=1;")
    other.execute("BEGIN IMMEDIATE")
    opened: list[object] = []
    opener = threading.Thread(target=lambda: opened.append(_open_or_error(path)))
    opener.start()
    time.sleep(0.5)  # the opener has read version 1 and waits for the write lock
    for stmt in MIGRATION_2.split(";"):
        if stmt.strip():
            other.execute(stmt)
    other.execute("PRAGMA user_version=2")
    other.execute("COMMIT")
    other.close()
    opener.join(30)
    assert isinstance(opened[0], Journal), opened[0]
    assert opened[0].db.execute("PRAGMA user_version").fetchone()[0] >= 3
    opened[0].close()


def _open_or_error(path):
    try:
        return Journal(str(path))
    except Exception as exc:  # the assertion shows it
        return exc

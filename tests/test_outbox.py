"""Nothing lost, nothing twice: crashes, two processes, offline queues, concurrent presses."""

from __future__ import annotations

import logging
import signal
import threading
import time

import pytest

from posapp.domain.money import Money
from posapp.domain.sale import SaleState
from posapp.providers.efactory.sandbox import EFactorySandbox
from posapp.service import Counter
from tests import procs
from tests.conftest import free_port, make_config

S = SaleState
NGN = Money.parse


@pytest.mark.parametrize("point", ["after_journal", "after_answer", "after_store", "printing"])
def test_sigkill_at_each_step_then_restart_vends_exactly_once(tmp_path, sandbox, vprinter,
                                                             point):
    """GIVEN a real posapp process selling a prepaid token
    WHEN it is killed with SIGKILL at `point` and started again
    THEN the sandbox vended once, the token is in the journal and prints, nothing is stuck."""
    procs.setup_home(tmp_path, sandbox.base_url, vprinter.port)
    run = procs.posapp(tmp_path, "sell", "efactory.prepaid", "04223568917", "7500", "--json",
                       POSAPP_CRASHPOINT=point)
    assert run.returncode == -signal.SIGKILL, run.stderr
    expect_vends = 0 if point == "after_journal" else 1
    assert sandbox.vend_count() == expect_vends
    settled = procs.queue(tmp_path, "drain")
    assert settled == []  # nothing left unsettled
    [sale] = procs.history(tmp_path)
    assert sale["state"] in ("VENDED", "PRINTED")
    assert sandbox.vend_count() == 1
    assert sandbox.pay_requests == [sale["key"]]  # settled by enquiry, never resent
    vended = sandbox.payments()[0]["tokenData"]
    assert [t["token"] for t in sale["tokens"]] == [t["token"] for t in vended]
    reprint = procs.posapp(tmp_path, "reprint", sale["receipt_no"])
    assert reprint.returncode == 0, reprint.stderr
    text = vprinter.wait_for_jobs(1)[-1].text
    for t in sale["tokens"]:
        assert " ".join(t["token"].replace(" ", "")[i:i + 4] for i in range(0, 20, 4)) in text


def test_sigkill_after_the_request_left_is_settled_by_enquiry(tmp_path, sandbox, vprinter):
    procs.setup_home(tmp_path, sandbox.base_url, vprinter.port)
    proc = procs.spawn(tmp_path, "sell", "efactory.prepaid", "54140724110", "1000")
    # The provider kills the terminal the moment the payment arrives, then commits it.
    sandbox.observers.append(lambda req: req.method == "POST" and proc.send_signal(
        signal.SIGKILL))
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert [s["state"] for s in procs.history(tmp_path)] == ["VENDING"]
    sandbox.observers.clear()
    assert procs.queue(tmp_path, "drain") == []
    [sale] = procs.history(tmp_path)
    # Finished by the drain, and its receipt printed: the customer is owed the token.
    assert sale["state"] == "PRINTED" and sale["tokens"]
    assert sandbox.vend_count() == 1 and sandbox.pay_requests == [sale["key"]]
    text = vprinter.wait_for_jobs(1)[-1].text
    assert sale["receipt_no"] in text


def test_offline_then_online_completes_everything_in_order_exactly_once(tmp_path, secrets):
    port = free_port()
    counter = Counter(make_config(tmp_path, f"http://127.0.0.1:{port}", None), secrets)
    try:
        accounts = ["1010101010", "2020202020"] * 3
        sales = [counter.sell("efactory.postpaid", a, NGN(f"{1000 + n}")) for n, a in
                 enumerate(accounts)]
        assert {s.state for s in sales} == {S.QUEUED}
        assert counter.status().queued == 6 and counter.status().online is False
        counter.drain(force=True)  # still offline: nothing changes, nothing lost
        assert counter.status().queued == 6
        with EFactorySandbox(port=port) as server:
            counter.drain(force=True)
            assert [counter.sale(s.id).state for s in sales] == [S.VENDED] * 6
            assert server.pay_requests == [s.idem_key for s in sales]
            counter.drain(force=True)
            assert server.vend_count() == 6 and len(server.pay_requests) == 6
    finally:
        counter.stop()


def test_offline_prepaid_waits_for_the_cashier_before_it_is_sent(tmp_path, secrets):
    port = free_port()
    counter = Counter(make_config(tmp_path, f"http://127.0.0.1:{port}", None), secrets)
    try:
        kept = counter.sell("efactory.prepaid", "54140724110", NGN("1000"))
        undecided = counter.sell("efactory.prepaid", "01234567890", NGN("1000"))
        assert kept.state == undecided.state == S.QUEUED
        with EFactorySandbox(port=port) as server:
            counter.drain()
            assert server.pay_requests == []  # held: the cashier has not decided
            counter.keep_queued(kept.id, "cashier")
            counter.drain()
            assert server.pay_requests == [kept.idem_key]
            assert counter.sale(kept.id).state == S.VENDED
            assert counter.sale(undecided.id).state == S.QUEUED
    finally:
        counter.stop()


def test_ten_simultaneous_presses_of_pay_make_one_sale(counter, sandbox):
    """GIVEN ten threads released together by a barrier (a cashier hammering Pay)
    THEN one sale is journalled and sent once, and every press gets that same sale."""
    customer = counter.lookup("efactory.prepaid", "54140724110")
    key = counter.new_key("efactory.prepaid")
    results, start = [], threading.Barrier(10)

    def press():
        start.wait()
        results.append(counter.sell("efactory.prepaid", "54140724110", NGN("1000"), key=key,
                                    customer=customer))

    threads = [threading.Thread(target=press) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not any(t.is_alive() for t in threads)
    assert len(results) == 10 and len({r.id for r in results}) == 1
    assert sandbox.pay_requests == [key] and sandbox.vend_count() == 1
    assert len(counter.history()) == 1


def test_two_processes_on_one_home_drain_one_at_a_time(tmp_path):
    """GIVEN six queued bill payments and two `posapp service` processes on one home
    WHEN the provider comes back
    THEN every payment is sent exactly once, and only the lease holder drains."""
    port = free_port()
    procs.setup_home(tmp_path, f"http://127.0.0.1:{port}", None)
    for n in range(6):
        out = procs.posapp(tmp_path, "sell", "efactory.postpaid", "1010101010", f"{500 + n}",
                           "--no-print")
        assert out.returncode == 3  # queued
    workers = [procs.spawn(tmp_path, "--log-level", "INFO", "service") for _ in range(2)]
    try:
        with EFactorySandbox(port=port) as server:
            procs.posapp(tmp_path, "queue", "retry")
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and server.vend_count() < 6:
                time.sleep(0.1)
            assert server.vend_count() == 6
            assert sorted(server.pay_requests) == sorted(set(server.pay_requests))
            assert len(server.pay_requests) == 6
    finally:
        for w in workers:
            w.terminate()
        logs = [w.communicate(timeout=20)[1] for w in workers]
    drainers = [log for log in logs if "vended (vend)" in log]
    assert len(drainers) == 1, logs
    assert all(s["state"] == "VENDED" for s in procs.history(tmp_path))


def test_startup_checks_wal_sync_and_integrity(tmp_path, secrets, sandbox, caplog):
    with caplog.at_level(logging.INFO, logger="posapp.service.counter"):
        c = Counter(make_config(tmp_path, sandbox.base_url, None), secrets)
        c.stop()
    assert any("journal_mode=wal synchronous=FULL integrity=ok" in r.getMessage()
               for r in caplog.records)


@pytest.fixture
def small_home(tmp_path):
    """A real 24 MB tmpfs as the terminal's home (needs root to mount; skipped otherwise)."""
    import subprocess

    home = tmp_path / "home"
    home.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(home)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield home
    subprocess.run(["umount", "-l", str(home)], check=False)


def test_full_disk_refuses_the_sale_before_money_or_request(small_home, secrets, sandbox):
    counter = Counter(make_config(small_home, sandbox.base_url, None), secrets)
    try:
        customer = counter.lookup("efactory.prepaid", "54140724110")
        first = counter.sell("efactory.prepaid", "54140724110", NGN("1000"), customer=customer)
        assert first.state == S.VENDED
        with open(small_home / "ballast", "wb") as fh:  # fill the disk
            try:
                while True:
                    fh.write(b"\0" * 1024 * 1024)
                    fh.flush()
            except OSError:
                pass
        from posapp.domain.errors import StorageError

        with pytest.raises(StorageError) as exc:
            counter.sell("efactory.prepaid", "54140724110", NGN("1000"), customer=customer)
        assert "disk is full" in exc.value.message and "Nothing was sent" in exc.value.message
        assert sandbox.pay_requests == [first.idem_key]
        assert [s.id for s in counter.history()] == [first.id]  # nothing half-written
        assert counter.sale(first.id).tokens  # the earlier token is still there
    finally:
        counter.stop()


def test_answer_that_cannot_be_saved_says_do_not_sell_again_and_recovers(small_home, secrets,
                                                                         sandbox):
    """GIVEN the disk fills up while the payment is at the provider (and a reader holds the
    WAL, so SQLite must grow it)
    WHEN the token comes back and cannot be journalled
    THEN the cashier is told not to sell again; once space is freed the outbox recovers the
    same token by enquiry, with no second vend."""
    import sqlite3

    counter = Counter(make_config(small_home, sandbox.base_url, None), secrets)
    held: dict[str, object] = {}

    def fill_disk(req):
        if req.method != "POST":
            return
        reader = sqlite3.connect(small_home / "journal.sqlite3", check_same_thread=False)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sales").fetchone()
        held["reader"] = reader
        with open(small_home / "ballast", "wb") as fh:
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass

    try:
        customer = counter.lookup("efactory.prepaid", "54140724110")
        sandbox.observers.append(fill_disk)
        from posapp.domain.errors import StorageError

        with pytest.raises(StorageError) as exc:
            counter.sell("efactory.prepaid", "54140724110", NGN("1000"), customer=customer)
        assert "Do NOT sell again" in exc.value.message
        assert sandbox.vend_count() == 1
        sandbox.observers.clear()
        (small_home / "ballast").unlink()  # the technician frees space
        held["reader"].close()  # type: ignore[attr-defined]
        [sale] = counter.journal.sales()
        assert sale.state == S.VENDING
        counter.journal.update(sale.id, updated_at=0.0)  # as if after every timeout
        counter.drain(force=True)
        after = counter.sale(sale.id)
        assert after.state == S.VENDED
        assert after.tokens[0].value == sandbox.payments()[0]["tokenData"][0]["token"]
        assert sandbox.pay_requests == [sale.idem_key]
    finally:
        counter.stop()


def test_service_stops_on_sigterm_and_frees_the_lease(tmp_path):
    """A service manager stops `posapp service` with SIGTERM: it exits cleanly and the
    outbox lease is free for the next process at once (not after it expires)."""
    import sqlite3

    procs.setup_home(tmp_path, f"http://127.0.0.1:{free_port()}", None)
    worker = procs.spawn(tmp_path, "service")
    assert "draining the outbox" in worker.stdout.readline()
    deadline = time.monotonic() + 30
    db = tmp_path / "journal.sqlite3"
    taken = False
    while time.monotonic() < deadline and not taken:  # the worker's first round takes it
        with sqlite3.connect(db) as conn:
            taken = conn.execute("SELECT count(*) FROM leases").fetchone()[0] == 1
        time.sleep(0.1)
    assert taken, "the service never took the outbox lease"
    worker.send_signal(signal.SIGTERM)
    assert worker.wait(timeout=30) == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM leases").fetchone()[0] == 0


def test_forced_drain_still_leaves_a_held_sale_to_the_cashier(tmp_path, secrets):
    port = free_port()
    counter = Counter(make_config(tmp_path, f"http://127.0.0.1:{port}", None), secrets)
    try:
        held = counter.sell("efactory.prepaid", "54140724110", NGN("1000"))
        assert held.held
        with EFactorySandbox(port=port) as server:
            counter.drain(force=True)  # what `posapp queue drain` does
            assert server.pay_requests == [] and counter.sale(held.id).state == S.QUEUED
            assert counter.retry_now(held.id) == 0  # a retry is no decision: still held
            counter.drain(force=True)
            assert server.pay_requests == []
            counter.keep_queued(held.id, "cashier")  # `posapp queue keep RECEIPT`
            counter.drain(force=True)
            assert server.pay_requests == [held.idem_key]
    finally:
        counter.stop()

"""Once a request may have left, only the provider or a person ends the sale; a held sale
never blocks the others; a killed drainer never blocks the queue; concurrent sellers of
one key get one sale. Real sandboxes, real journal, real processes where it matters."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import threading
import time

import pytest

from posapp.domain.errors import InputError
from posapp.domain.money import Money
from posapp.domain.sale import SaleState as S
from posapp.providers.bills import sandbox as ags
from posapp.service import Counter
from posapp.service.outbox import OutboxBusy
from posapp.store.journal import DuplicateKey
from tests import procs
from tests.conftest import make_config


def NGN(text):
    return Money.parse(text, "NGN")


def test_a_sale_that_may_have_left_is_never_cancelled_locally(tmp_path, sandbox, secrets):
    """In doubt -> the resend cannot connect: the sale stays in doubt (the first request may
    still be processed), and "cancel, refund cash" is refused."""
    counter = Counter(make_config(tmp_path, sandbox.base_url, None), secrets)
    try:
        sandbox.set_fault("http500")  # an answer nobody can read: in doubt, not committed
        sale = counter.sell("efactory.prepaid", "54140724110", NGN("1000"))
        assert sale.state == S.IN_DOUBT
        sandbox.stop()  # the network goes: the enquiry's resend cannot connect
        after = counter.sender.send(sale.id, S.IN_DOUBT)
        assert after.state == S.IN_DOUBT, "a resend that never left must not un-doubt it"
        with pytest.raises(InputError):
            counter.cancel_queued(sale.id, "cashier")
        assert counter.sale(sale.id).state == S.IN_DOUBT
    finally:
        counter.stop()


def test_cancel_refuses_a_queued_sale_that_was_once_in_doubt(tmp_path, sandbox, secrets):
    counter = Counter(make_config(tmp_path, sandbox.base_url, None), secrets)
    try:
        sandbox.set_fault("http500")
        sale = counter.sell("efactory.prepaid", "54140724110", NGN("1000"))
        # However it got back to QUEUED (an older version did this), its history decides.
        counter.journal.transition(sale.id, S.VENDING)
        counter.journal.transition(sale.id, S.QUEUED)
        with pytest.raises(InputError) as err:
            counter.cancel_queued(sale.id, "cashier")
        assert "may already have reached" in err.value.message
        assert counter.sale(sale.id).state == S.QUEUED
    finally:
        counter.stop()


def test_a_late_answer_after_a_drainer_settled_the_sale_is_harmless(tmp_path, sandbox,
                                                                     secrets):
    counter = Counter(make_config(tmp_path, sandbox.base_url, None), secrets)
    try:
        sandbox.set_fault("slow", delay=1.5)
        result = {}
        seller = threading.Thread(target=lambda: result.update(sale=counter.sell(
            "efactory.prepaid", "54140724110", NGN("1000"))))
        seller.start()
        deadline = time.time() + 10
        while not counter.history() and time.time() < deadline:
            time.sleep(0.02)
        [sale] = counter.history()
        while counter.sale(sale.id).state != S.VENDING:
            time.sleep(0.02)
        # What a drainer does with a sale it takes for abandoned: in doubt, then vended.
        counter.journal.transition(sale.id, S.IN_DOUBT, expect=S.VENDING)
        counter.journal.transition(sale.id, S.VENDING, expect=S.IN_DOUBT)
        counter.journal.transition(sale.id, S.IN_DOUBT, expect=S.VENDING)
        seller.join(timeout=20)
        assert result["sale"].id == sale.id  # no IllegalTransition, no traceback
        assert counter.sale(sale.id).state == S.IN_DOUBT  # the settler's word stands
    finally:
        counter.stop()


def test_one_held_bills_sale_never_blocks_the_others(tmp_path, secrets):
    with ags.AggregatorSandbox() as bills:
        counter = Counter(make_config(tmp_path, "http://127.0.0.1:9", None,
                                      bills_url=bills.url), secrets)
        try:
            option = counter.options("agg.tv")[0].product_id
            plan = counter.plans("agg.tv", option)[0]
            bills.set_fault("code", code="PENDING")
            held = counter.sell("agg.tv", "4122773388", plan.price, option_id=option,
                                plan_id=plan.plan_id)
            assert held.state == S.IN_DOUBT and held.held
            assert counter.retry_now(held.id) == 0 and counter.sale(held.id).held
            bills.stop()
            queued = counter.sell("agg.tv", "4122773388", plan.price, option_id=option,
                                  plan_id=plan.plan_id)
            assert queued.state == S.QUEUED
        finally:
            counter.stop()
        with ags.AggregatorSandbox(port=int(bills.url.rsplit(":", 1)[1].split("/")[0])) as again:
            counter = Counter(make_config(tmp_path, "http://127.0.0.1:9", None,
                                          bills_url=again.url), secrets)
            try:
                counter.drain(force=True)
                assert counter.sale(queued.id).state == S.VENDED
                assert counter.sale(held.id).state == S.IN_DOUBT  # still a person's decision
            finally:
                counter.stop()


def test_a_dead_drainers_lease_is_taken_over_at_once(tmp_path, sandbox, secrets):
    dead = subprocess.Popen(["true"])
    dead.wait()
    counter = Counter(make_config(tmp_path, sandbox.base_url, None), secrets)
    try:
        with counter.journal.tx() as c:
            c.execute("INSERT INTO leases (name, owner, expires_at) VALUES (?,?,?)",
                      ("outbox", f"killed:{dead.pid}", time.time() + 60))
        counter.drain(force=True)  # no OutboxBusy: its holder is gone
        with counter.journal.tx() as c:
            c.execute("UPDATE leases SET owner=?, expires_at=?",
                      (f"alive:{os.getppid()}", time.time() + 60))
        with pytest.raises(OutboxBusy):
            counter.drain(force=True)
        assert counter.drain() == 0  # the background worker just waits its turn
    finally:
        counter.stop()


def test_queue_drain_says_so_when_another_process_holds_the_queue(tmp_path, sandbox,
                                                                   vprinter):
    procs.setup_home(tmp_path, sandbox.base_url, vprinter.port)
    assert procs.posapp(tmp_path, "queue").returncode == 0
    with sqlite3.connect(tmp_path / "journal.sqlite3") as conn:
        conn.execute("INSERT INTO leases (name, owner, expires_at) VALUES (?,?,?)",
                     ("outbox", f"window:{os.getpid()}", time.time() + 60))
    out = procs.posapp(tmp_path, "queue", "drain")
    assert out.returncode == 2 and "Another window or service" in out.stderr
    assert "Traceback" not in out.stderr


def test_the_same_key_journalled_twice_is_one_sale(tmp_path, sandbox, secrets):
    counter = Counter(make_config(tmp_path, sandbox.base_url, None), secrets)
    try:
        sale = counter.sell("efactory.prepaid", "54140724110", NGN("1000"))
        with pytest.raises(DuplicateKey) as dup:
            counter.journal.create_sale(
                receipt_no="X", provider="efactory", product="efactory.prepaid",
                idem_key=sale.idem_key, account="54140724110", customer_name="",
                amount=NGN("1000"), request=sale.request, cashier="c", terminal_id="T",
                training=False)
        assert dup.value.sale_id == sale.id
    finally:
        counter.stop()


def test_concurrent_sellers_of_one_key_get_one_sale_and_no_traceback(tmp_path, sandbox,
                                                                    vprinter):
    procs.setup_home(tmp_path, sandbox.base_url, vprinter.port)
    key = "000000777777"
    sellers = [procs.spawn(tmp_path, "sell", "efactory.prepaid", "54140724110", "1000",
                           "--key", key, "--no-print", "--json") for _ in range(4)]
    results = [(p.wait(timeout=60), p.stdout.read(), p.stderr.read()) for p in sellers]
    for code, stdout, stderr in results:
        assert "Traceback" not in stderr and "IntegrityError" not in stderr, stderr
        assert code in (0, 3), stderr
        assert json.loads(stdout)["key"] == key
    assert len(procs.history(tmp_path)) == 1
    assert sandbox.pay_requests.count(key) == 1 and sandbox.vend_count() == 1


def test_an_offline_prepaid_sale_says_what_to_do_and_both_choices_work(tmp_path, sandbox,
                                                                       vprinter):
    procs.setup_home(tmp_path, "http://127.0.0.1:9", vprinter.port)
    sold = procs.posapp(tmp_path, "sell", "efactory.prepaid", "54140724110", "1000")
    assert sold.returncode == 3
    assert "posapp queue keep" in sold.stderr and "posapp queue cancel" in sold.stderr
    first = procs.history(tmp_path)[0]["receipt_no"]
    again = procs.posapp(tmp_path, "sell", "efactory.prepaid", "54140724110", "2000")
    second = [s for s in procs.history(tmp_path) if s["receipt_no"] != first][0]["receipt_no"]
    assert again.returncode == 3
    cancel = procs.posapp(tmp_path, "queue", "cancel", second)
    assert cancel.returncode == 0 and "hand the customer back NGN 2,000.00" in cancel.stderr
    keep = procs.posapp(tmp_path, "queue", "keep", first)
    assert keep.returncode == 0, keep.stderr
    procs.setup_home(tmp_path, sandbox.base_url, vprinter.port)  # the network returns
    procs.posapp(tmp_path, "queue", "drain")
    states = {s["receipt_no"]: s["state"] for s in procs.history(tmp_path)}
    assert states == {first: "PRINTED", second: "REFUND_DUE"}
    assert sandbox.vend_count() == 1


def test_the_cli_never_echoes_control_characters(tmp_path, sandbox, vprinter):
    procs.setup_home(tmp_path, sandbox.base_url, vprinter.port)
    assert procs.posapp(tmp_path, "sell", "efactory.prepaid", "54140724110", "1000",
                        "--no-print").returncode == 0
    with sqlite3.connect(tmp_path / "journal.sqlite3") as conn:  # a row from anywhere
        conn.execute("UPDATE sales SET customer_name=?, message=?",
                     ("EVIL\x1b]0;pwned\x07\x1b[2J", "\x1bp\x00kick"))
    out = procs.posapp(tmp_path, "history")
    assert out.returncode == 0
    assert "\x1b" not in out.stdout and "\x07" not in out.stdout and "\x00" not in out.stdout
    assert "EVIL" in out.stdout

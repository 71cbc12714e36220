"""What a fresh-eyes tester found on main, each pinned by a test that failed before the fix."""

from __future__ import annotations

import os

import pytest

from posapp.domain.errors import InputError, PosError
from posapp.domain.money import Money
from posapp.domain.sale import SaleState as S
from posapp.service.users import NotAllowed
from tests import procs


def test_a_pin_another_user_has_is_refused(counter):
    counter.add_user("owner", "supervisor", "2468", "setup")
    with pytest.raises(InputError) as err:
        counter.add_user("carol", "cashier", "2468", "owner")
    assert "already in use" in err.value.message and "owner" not in err.value.message
    counter.add_user("carol", "cashier", "1357", "owner")
    with pytest.raises(InputError):
        counter.set_pin("carol", "2468", "owner")
    assert counter.authorize("2468", "supervisor").name == "owner"


def test_no_pin_typed_is_not_a_wrong_guess(counter):
    counter.add_user("owner", "supervisor", "2468", "setup")
    for _ in range(8):
        with pytest.raises(NotAllowed) as err:
            counter.authorize("", "supervisor")
        assert err.value.message == "Type the PIN first."
    assert counter.authorize("2468", "supervisor").name == "owner"  # never locked out


def test_a_sale_nobody_paid_for_has_no_receipt(counter, vprinter):
    sale = counter.sell("efactory.prepaid", "54140724110", Money.parse("1000", "NGN"))
    for state in (S.COLLECTING, S.COLLECT_FAILED, S.CANCELLED):
        with counter.journal.tx() as c:
            c.execute("UPDATE sales SET state=? WHERE id=?", (str(state), sale.id))
        with pytest.raises(PosError) as err:
            counter.print_sale(sale.id)
        assert "Nothing was paid" in err.value.message
    assert vprinter.jobs == []


def test_keep_queued_refuses_a_sale_that_is_not_queued(counter):
    sale = counter.sell("efactory.prepaid", "54140724110", Money.parse("1000", "NGN"))
    assert sale.state == S.VENDED
    with pytest.raises(InputError):
        counter.keep_queued(sale.id, "cashier")


def test_a_crash_while_printing_is_printed_by_the_next_drain(tmp_path, sandbox, vprinter):
    procs.setup_home(tmp_path, sandbox.base_url, vprinter.port)
    crashed = procs.posapp(tmp_path, "sell", "efactory.prepaid", "54140724110", "1000",
                           POSAPP_CRASHPOINT="after_store")
    assert crashed.returncode != 0
    [sale] = procs.history(tmp_path)
    assert sale["state"] == "VENDED" and vprinter.jobs == []
    drained = procs.posapp(tmp_path, "queue", "drain")
    assert drained.returncode == 0, drained.stderr
    assert "finished and printed" in drained.stderr
    assert procs.history(tmp_path)[0]["state"] == "PRINTED"
    assert sale["tokens"][0]["token"].replace(" ", "")[:4] in vprinter.wait_for_jobs(1)[0].text


def test_an_error_never_echoes_control_characters(tmp_path):
    hostile = tmp_path / "home\x1b]0;PWN\x07x"
    hostile.write_text("a file, not a folder")
    out = procs.posapp(hostile, "history")
    assert out.returncode == 2 and "error:" in out.stderr
    assert "\x1b" not in out.stderr and "\x07" not in out.stderr
    assert os.path.isfile(hostile)


def test_a_refund_handed_back_is_recorded_once_and_leaves_the_report(tmp_path, secrets):
    """A cancelled queued sale was refund due for ever: nothing recorded that the cash went
    back, which invites a second refund."""
    from posapp.service import Counter
    from tests.conftest import make_config

    counter = Counter(make_config(tmp_path, "http://127.0.0.1:9", None), secrets)
    try:
        counter.add_user("owner", "supervisor", "2468", "setup")
        counter.add_user("ada", "cashier", "1357", "owner")
        sale = counter.sell("efactory.prepaid", "54140724110", Money.parse("1000", "NGN"))
        sale = counter.cancel_queued(sale.id, "ada")
        assert sale.state == S.REFUND_DUE and counter.report("shift").refund_due
        with pytest.raises(NotAllowed):
            counter.mark_refunded(sale.id, "ada")  # a cashier cannot clear money owed
        done = counter.mark_refunded(sale.id, "owner")
        assert done.state == S.REFUNDED and counter.report("shift").refund_due == []
        with pytest.raises(InputError):
            counter.mark_refunded(sale.id, "owner")  # never twice
        assert ("owner", "refund_paid") in [(a["actor"], a["action"])
                                             for a in counter.journal.db.query(
                                                 "SELECT actor, action FROM audit")]
    finally:
        counter.stop()


def test_queue_refunded_needs_the_supervisor(tmp_path, sandbox, vprinter):
    procs.setup_home(tmp_path, "http://127.0.0.1:9", vprinter.port)
    procs.posapp(tmp_path, "sell", "efactory.prepaid", "54140724110", "1000")
    receipt = procs.history(tmp_path)[0]["receipt_no"]
    assert procs.posapp(tmp_path, "queue", "cancel", receipt).returncode == 0
    done = procs.posapp(tmp_path, "queue", "refunded", receipt)
    assert done.returncode == 0 and "recorded as handed back" in done.stderr
    assert procs.history(tmp_path)[0]["state"] == "REFUNDED"
    again = procs.posapp(tmp_path, "queue", "refunded", receipt)
    assert again.returncode == 2 and "Traceback" not in again.stderr


def test_plain_http_to_another_machine_is_refused_when_set(tmp_path):
    from posapp.config import Config
    from posapp.domain.errors import ConfigError

    config = Config(tmp_path)
    for key in ("efactory.base_url", "aggregator.url"):
        with pytest.raises(ConfigError) as err:
            config.set(key, "http://evil.example.com")
        assert "plain http" in err.value.message
    config.set("efactory.base_url", "http://127.0.0.1:8701")  # a sandbox on this machine
    config.set("efactory.allow_plain_http", True)  # the technician's VPN tunnel, said first
    config.set("efactory.base_url", "http://10.0.0.5/mpg")
    assert config.get("efactory.base_url") == "http://10.0.0.5/mpg"

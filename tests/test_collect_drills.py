"""Crash drills for collections (mobile money, card page), as tests/test_outbox.py has for the
vends: a real `posapp sell --tender ...` process is killed with SIGKILL at each step of the
collection, then a new process drains the outbox. The collection is found by polling with
the journalled reference, the vend never starts from an unconfirmed collection, and nothing
is lost or done twice."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from posapp.config import Config
from posapp.providers.ekolopay import sandbox as eks
from posapp.providers.kpay import sandbox as kps
from posapp.providers.testpay.sandbox import TestWalletSandbox
from posapp.service.crashpoints import POINTS
from posapp.service.sending import COLLECT_UNKNOWN_GRACE
from posapp.store.journal import Journal
from tests import procs

SECRETS = {"POSAPP_SECRET_KPAY_PASSWORD": kps.PASSWORD,
           "POSAPP_SECRET_EKOLOPAY_SECRET_KEY": eks.SECRET_KEY}
COLLECT_POINTS = ("collect_journalled", "collect_sent", "collect_confirmed", "collect_stored")


@pytest.fixture
def kpay():
    with kps.KPaySandbox() as server:
        yield server


def goods_home(home: Path, sandbox, currency: str, **settings: object) -> None:
    """A terminal that sells goods in `currency`, with the given collector settings."""
    procs.setup_home(home, sandbox.base_url, None)
    config = Config.load(home)
    config.set("shop.goods", True)
    config.set("shop.currency", currency)
    for key, value in settings.items():
        config.set(key, value)
    config.save()


def kpay_settings(server: kps.KPaySandbox) -> dict[str, object]:
    return {"kpay.base_url": server.base_url, "kpay.username": kps.USERNAME,
            "kpay.retailerid": kps.RETAILER_ID, "kpay.email": kps.EMAIL,
            "kpay.returl": kps.RETURL, "kpay.redirecturl": kps.REDIRECTURL,
            "kpay.read_timeout": 5.0}


def sell(home: Path, *args: str, point: str) -> None:
    run = procs.posapp(home, "sell", *args, "--wait", "30", "--no-print", "--json",
                       POSAPP_CRASHPOINT=point, **SECRETS)
    assert run.returncode == -signal.SIGKILL, (run.returncode, run.stdout, run.stderr)


def drain(home: Path) -> list[dict]:
    out = procs.posapp(home, "queue", "drain", "--json", **SECRETS)
    assert out.returncode == 0, out.stderr
    import json

    return json.loads(out.stdout)


def only_sale(home: Path) -> dict:
    [sale] = procs.history(home)
    return sale


def states_of(home: Path) -> list[str]:
    journal = Journal(str(home / "journal.sqlite3"))
    try:
        [sale] = journal.sales()
        return [e["to_state"] for e in journal.events(sale.id)]
    finally:
        journal.close()


def age(home: Path, seconds: float) -> None:
    """As if the sale had been started `seconds` ago (the restart came that much later)."""
    journal = Journal(str(home / "journal.sqlite3"))
    try:
        [sale] = journal.sales()
        journal.update(sale.id, created_at=sale.created_at - seconds)
    finally:
        journal.close()


def test_every_collection_step_has_a_crash_point():
    assert set(COLLECT_POINTS) <= set(POINTS)


@pytest.mark.parametrize("point", COLLECT_POINTS)
def test_kpay_momo_killed_at_each_step_is_found_by_polling_and_vended_once(
        tmp_path, sandbox, kpay, point):
    """GIVEN a goods sale paid by K-Pay MTN mobile money (the sandbox customer 0788000001
    approves on the second status check)
    WHEN the selling process is SIGKILLed at `point` and a new process drains the outbox
    THEN a payment K-Pay never saw ends cancelled with nothing charged; any other is found by
    `checkstatus` with the journalled refid (never a second payment request), vended once,
    and the vend never starts before K-Pay said paid."""
    goods_home(tmp_path, sandbox, "RWF", **kpay_settings(kpay))
    sell(tmp_path, "shop.goods", "-", "5000", "--tender", "kpay.momo.mtn", "--phone",
         "0788 000 001", point=point)
    journal_states = states_of(tmp_path)
    if point == "collect_stored":
        assert journal_states == ["COLLECTING", "COLLECTED"]
    else:
        assert journal_states == ["COLLECTING"]  # never vended from an unconfirmed collection
    if point == "collect_journalled":
        assert kpay.charges() == 0 and kpay.pay_requests == []
        assert drain(tmp_path) and only_sale(tmp_path)["state"] == "COLLECTING"  # may be in
        # flight still: K-Pay's "not found" only counts after the grace
        age(tmp_path, COLLECT_UNKNOWN_GRACE + 1)
        assert drain(tmp_path) == []
        after = only_sale(tmp_path)
        assert after["state"] == "CANCELLED" and "never reached" in after["message"]
        assert kpay.charges() == 0 and kpay.pay_requests == []
        assert states_of(tmp_path) == ["COLLECTING", "CANCELLED"]
        return
    [refid] = kpay.pay_requests  # one payment request, whatever happens next
    assert kpay.charges() == 1 == kpay.charges(refid)
    if point == "collect_sent":
        # The first check after the restart: K-Pay still waits for the customer.
        assert [s["state"] for s in drain(tmp_path)] == ["COLLECTING"]
        assert states_of(tmp_path) == ["COLLECTING"]
    assert drain(tmp_path) == []
    after = only_sale(tmp_path)
    assert after["state"] == "VENDED" and after["tender"] == "kpay.momo.mtn"
    assert after["collect_reference"] and kpay.status_of(refid) == "01"
    assert states_of(tmp_path) == ["COLLECTING", "COLLECTED", "VENDING", "VENDED"]
    assert kpay.pay_requests == [refid] and kpay.charges() == 1
    assert drain(tmp_path) == [] and states_of(tmp_path)[-1] == "VENDED"  # nothing twice
    report = procs.posapp(tmp_path, "report", "shift", "--json", **SECRETS)
    assert '"completed": 1' in report.stdout


@pytest.mark.parametrize("point", ["collect_confirmed", "collect_stored"])
def test_wallet_paid_prepaid_token_killed_after_payment_is_vended_exactly_once(
        tmp_path, sandbox, point):
    """GIVEN a prepaid electricity sale (eFactory, NGN) paid from the test wallet
    WHEN the process dies after the wallet said paid (before or after that is stored)
    THEN the restart vends exactly one token, by the journalled key."""
    with TestWalletSandbox() as wallet:
        procs.setup_home(tmp_path, sandbox.base_url, None)
        config = Config.load(tmp_path)
        config.set("testpay.base_url", wallet.base_url)
        config.save()
        sell(tmp_path, "efactory.prepaid", "54140724110", "1000", "--tender", "testpay.wallet",
             "--phone", "08030000001", point=point)
        assert sandbox.vend_count() == 0  # not one vend before the restart
        assert drain(tmp_path) == []
        sale = only_sale(tmp_path)
        assert sale["state"] == "VENDED" and sale["tokens"]
        assert sandbox.vend_count() == 1 and sandbox.pay_requests == [sale["key"]]
        assert states_of(tmp_path) == ["COLLECTING", "COLLECTED", "VENDING", "VENDED"]
        assert wallet.sql("SELECT count(*) FROM payments")[0][0] == 1


def test_ekolopay_killed_before_its_token_was_stored_ends_cancelled(tmp_path, sandbox):
    """GIVEN an XAF goods sale by EkoloPay, whose hosted page needs the purchase token that
    EkoloPay makes WHEN the process dies after the token came back but before it was
    journalled THEN no one can ever have seen the page (the screen shows only journalled
    pages): after the grace the sale is cancelled, nothing is vended, and the token stays
    unpaid at EkoloPay."""
    with eks.EkoloPaySandbox() as server:
        goods_home(tmp_path, sandbox, "XAF", **{
            "ekolopay.base_url": server.base_url + eks.GATEWAY,
            "ekolopay.page_url": server.base_url + eks.PAGE,
            "ekolopay.api_client": server.api_client})
        sell(tmp_path, "shop.goods", "-", "5000", "--tender", "ekolopay.momo", "--phone",
             eks.DEMO_PHONE, point="collect_sent")
        [token] = [r["token"] for r in server.sql("SELECT token FROM purchases")]
        assert only_sale(tmp_path)["collect_reference"] == ""
        assert drain(tmp_path) and only_sale(tmp_path)["state"] == "COLLECTING"
        age(tmp_path, COLLECT_UNKNOWN_GRACE + 1)
        assert drain(tmp_path) == []
        after = only_sale(tmp_path)
        assert after["state"] == "CANCELLED"
        assert states_of(tmp_path) == ["COLLECTING", "CANCELLED"]
        assert server.state(token) not in ("SUCCESS", "SUCCESSFUL")


def test_ekolopay_killed_after_paid_is_vended_once_by_the_journalled_token(tmp_path, sandbox):
    with eks.EkoloPaySandbox() as server:
        goods_home(tmp_path, sandbox, "XAF", **{
            "ekolopay.base_url": server.base_url + eks.GATEWAY,
            "ekolopay.page_url": server.base_url + eks.PAGE,
            "ekolopay.api_client": server.api_client})
        # The customer pays on the page as soon as it exists; the terminal dies when it
        # hears so.
        server.observers.append(lambda req: "check-payment" in req.path and [
            server.pay(r["token"]) for r in server.sql("SELECT token FROM purchases")])
        sell(tmp_path, "shop.goods", "-", "5000", "--tender", "ekolopay.momo", "--phone",
             eks.DEMO_PHONE, point="collect_confirmed")
        server.observers.clear()
        killed = only_sale(tmp_path)
        assert killed["state"] == "COLLECTING" and killed["collect_reference"]
        assert drain(tmp_path) == []
        after = only_sale(tmp_path)
        assert after["state"] == "VENDED" and after["collect_reference"] == killed[
            "collect_reference"]
        assert states_of(tmp_path) == ["COLLECTING", "COLLECTED", "VENDING", "VENDED"]
        assert len(server.sql("SELECT token FROM purchases")) == 1


def test_crash_points_are_off_unless_named(monkeypatch):
    from posapp.service import crashpoints

    monkeypatch.delenv("POSAPP_CRASHPOINT", raising=False)
    for point in POINTS:
        crashpoints.crashpoint(point)  # still alive
    assert time.time() > 0

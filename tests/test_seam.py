"""The provider seam: every package declares itself the same way, the registry is the one
list, collections are real, and a journalled request is resent byte for byte."""

from __future__ import annotations

import json
import time

import pytest

from posapp.config import BY_KEY, SECRET_NAMES, Config
from posapp.domain.errors import InputError
from posapp.domain.money import Money
from posapp.domain.sale import SaleState
from posapp.providers.registry import PACKAGES
from posapp.providers.testpay.sandbox import TestWalletSandbox
from posapp.secrets import MemorySecrets
from posapp.service import Counter
from posapp.service.sending import COLLECT_UNKNOWN_GRACE
from tests.conftest import make_config

S = SaleState
PREPAID, ONE_TOKEN = "efactory.prepaid", "54140724110"


def NGN(text: str) -> Money:
    return Money.parse(text, "NGN")


def test_every_package_declares_itself_the_same_way(tmp_path):
    config = Config(tmp_path)
    keys, shortcuts, names = set(), {}, [p.name for p in PACKAGES]
    assert len(set(names)) == len(names)
    for package in PACKAGES:
        for setting in package.settings:
            assert setting.key in BY_KEY and setting.key.startswith(package.name + ".")
            assert setting.description
            if setting.check:  # every default passes its own check
                assert setting.check(setting.default) == "", setting.key
        assert set(package.secrets) <= set(SECRET_NAMES)
        products = package.products(config) if package.role == "vendor" else []
        for product in products:
            assert product.provider == package.name and product.key not in keys
            keys.add(product.key)
            Money(0, product.currency)  # a currency the money type knows
            if product.shortcut:
                assert product.shortcut not in shortcuts, (product.key, shortcuts)
                shortcuts[product.shortcut] = product.key
    assert {"vendor", "collector"} == {p.role for p in PACKAGES}


def test_the_menu_and_settings_come_from_the_registry(counter):
    offered = {p.key: p for p in counter.products()}
    assert {"efactory.prepaid", "agg.tv", "agg.electricity"} <= set(offered)
    assert offered["agg.electricity"].shortcut == "F7"
    assert all(p.currency == "NGN" for p in offered.values())
    assert "shop.goods" not in offered  # its package is off until a setting turns it on
    counter.config.set("shop.goods", True)
    counter.config.set("shop.currency", "RWF")
    goods = counter.product("shop.goods")
    assert goods.currency == "RWF" and goods.account is None


def test_amounts_carry_the_products_currency(counter):
    counter.config.set("shop.goods", True)
    counter.config.set("shop.currency", "XAF")
    assert counter.parse_amount("shop.goods", "2500") == Money(2500, "XAF")
    with pytest.raises(InputError) as exc:
        counter.parse_amount("shop.goods", "12.50")  # XAF has no minor unit
    assert "XAF" in exc.value.message
    sale = counter.sell("shop.goods", "", Money(2500, "XAF"))
    assert sale.state == S.VENDED and sale.amount == Money(2500, "XAF")
    with pytest.raises(InputError):
        counter.sell(PREPAID, ONE_TOKEN, Money(2500, "XAF"))  # eFactory takes naira only


# -- collections: the test wallet ------------------------------------------------------------


@pytest.fixture
def wallet():
    with TestWalletSandbox() as server:
        yield server


@pytest.fixture
def paying(tmp_path, sandbox, bills, vprinter, secrets, wallet):
    config = make_config(tmp_path, sandbox.base_url, vprinter.port, bills_url=bills.url)
    config.set("testpay.base_url", wallet.base_url)
    config.set("shop.goods", True)
    c = Counter(config, secrets)
    yield c
    c.stop()


def settle_until(counter, sale_id, states, seconds=10.0):
    deadline = time.monotonic() + seconds
    sale = counter.sale(sale_id)
    while sale.state not in states and time.monotonic() < deadline:
        time.sleep(0.05)
        sale = counter.settle(sale_id)
    return sale


def test_a_wallet_paid_prepaid_sale_is_collected_then_vended(paying, wallet, sandbox):
    """GIVEN a prepaid sale paid by the test wallet WHEN the customer approves (the
    phone ending in 1 approves on the second poll) THEN the sale is collected, then vended
    once, with the tender and the wallet's reference journalled and on the receipt."""
    assert [t.key for t in paying.tenders()] == ["cash", "testpay.wallet"]
    sale = paying.sell(PREPAID, ONE_TOKEN, NGN("1000"), tender="testpay.wallet",
                       phone="0803 000 0001")
    assert sale.state == S.COLLECTING and sandbox.vend_count() == 0
    assert sale.collect_request == {"ref": sale.collect_key, "amount": 100000,
                                    "currency": "NGN", "phone": "08030000001"}
    assert wallet.state(sale.collect_key) == "PENDING"
    sale = settle_until(paying, sale.id, (S.VENDED, S.PRINTED))
    assert sale.state == S.VENDED and sale.tender == "testpay.wallet"
    assert sale.collect_ref.startswith("W") and sale.tokens
    assert sandbox.pay_requests == [sale.idem_key]
    events = [e["to_state"] for e in paying.journal.events(sale.id)]
    assert events == ["COLLECTING", "COLLECTED", "VENDING", "VENDED"]
    text = paying.printing.escpos(paying.printing.receipt_for(sale)).decode("cp858", "replace")
    assert "Test wallet" in text and sale.collect_ref in text
    report = paying.report("shift")
    assert [(t.label, t.count) for t in report.tenders] == [("Test wallet (training)", 1)]


def test_a_declined_collection_vends_nothing(paying, wallet, sandbox):
    sale = paying.sell(PREPAID, ONE_TOKEN, NGN("1000"), tender="testpay.wallet",
                       phone="08030000009")
    sale = settle_until(paying, sale.id, (S.COLLECT_FAILED,))
    assert sale.state == S.COLLECT_FAILED and "declined" in sale.message
    assert sandbox.vend_count() == 0 and paying.report("shift").completed == 0


def test_cancel_while_waiting_then_paid_is_recorded_as_refund_due(paying, wallet, sandbox):
    """GIVEN the cashier cancels while the customer's phone is still ringing
    WHEN the customer approves anyway THEN the payment is recorded (never lost), nothing
    is vended, and the money shows as owed back."""
    sale = paying.sell(PREPAID, ONE_TOKEN, NGN("1000"), tender="testpay.wallet",
                       phone="08030000005")
    wallet.honour_cancel = False  # like a provider with no cancel: the phone still rings
    paying.cancel_collection(sale.id, "ada")
    assert paying.sale(sale.id).cancel_requested
    wallet.pay(sale.collect_key, approve=True)
    sale = settle_until(paying, sale.id, (S.REFUND_DUE,))
    assert sale.state == S.REFUND_DUE and sandbox.vend_count() == 0
    assert [r for r, _ in paying.report("shift").refund_due] == [sale.receipt_no]


def test_a_cancel_the_provider_confirms_ends_the_sale(paying, wallet):
    sale = paying.sell("shop.goods", "", NGN("500"), tender="testpay.wallet",
                       phone="08030000005")
    paying.cancel_collection(sale.id, "ada")
    sale = settle_until(paying, sale.id, (S.CANCELLED,))
    assert sale.state == S.CANCELLED and wallet.state(sale.collect_key) == "CANCELLED"


def test_a_payment_request_that_never_left_cancels_at_once(tmp_path, sandbox, secrets):
    from tests.conftest import free_port

    config = make_config(tmp_path, sandbox.base_url, None)
    config.set("testpay.base_url", f"http://127.0.0.1:{free_port()}")  # nobody listens
    counter = Counter(config, secrets)
    try:
        sale = counter.sell(PREPAID, ONE_TOKEN, NGN("1000"), tender="testpay.wallet",
                            phone="08030000001")
        assert sale.state == S.CANCELLED and "could not be started" in sale.message
        assert sandbox.vend_count() == 0
    finally:
        counter.stop()


def test_the_outbox_polls_collections_after_a_restart(tmp_path, sandbox, secrets, wallet):
    """GIVEN a terminal that stopped while the customer was approving (or before the request
    even left) WHEN a new process drains the outbox THEN the approved one is vended and the
    one the wallet never saw ends as cancelled once its grace has passed."""
    config = make_config(tmp_path, sandbox.base_url, None)
    config.set("testpay.base_url", wallet.base_url)
    first = Counter(config, secrets)
    paid = first.sell(PREPAID, ONE_TOKEN, NGN("1000"), tender="testpay.wallet",
                      phone="08030000005")
    ghost = first.sell(PREPAID, ONE_TOKEN, NGN("1500"), tender="testpay.wallet",
                       phone="08030000005")
    first.stop()
    wallet.pay(paid.collect_key)
    wallet.sql("DELETE FROM payments WHERE ref=?", ghost.collect_key)  # as if never sent
    second = Counter(config, secrets)
    try:
        second.recover()
        second.drain(force=True)
        assert second.sale(paid.id).state == S.VENDED
        assert second.sale(ghost.id).state == S.COLLECTING  # not yet: it may be in flight
        second.journal.update(ghost.id, created_at=time.time() - COLLECT_UNKNOWN_GRACE - 1)
        second.drain(force=True)
        assert second.sale(ghost.id).state == S.CANCELLED
        assert sandbox.pay_requests == [paid.idem_key]
    finally:
        second.stop()


# -- the journalled request is the whole request ------------------------------------------


def test_a_resend_sends_the_journalled_bytes_after_a_config_change(tmp_path, sandbox,
                                                                    secrets):
    """GIVEN a sale in doubt whose request never reached eFactory WHEN the technician changes
    the terminal's service centre and the enquiry says "unknown" THEN the resend carries
    exactly the journalled body (the old scId, the same hash) under the same itemId."""
    config = make_config(tmp_path, sandbox.base_url, None)
    counter = Counter(config, secrets)
    try:
        sandbox.set_fault("http500", target="pay")
        sale = counter.sell(PREPAID, ONE_TOKEN, NGN("1000"))
        assert sale.state == S.IN_DOUBT and sandbox.vend_count() == 0
        journalled = sale.request["body"]
        assert journalled["scId"] == "IBD" and journalled["itemId"] == sale.idem_key
        config.set("efactory.sc_id", "OYO")
        counter.clients.forget()
        counter.drain(force=True)
        assert counter.sale(sale.id).state == S.VENDED
        [sent] = [json.loads(r["request"]) for r in sandbox.sql("SELECT request FROM payments")]
        assert sent == journalled
    finally:
        counter.stop()


def test_a_resend_under_other_credentials_is_refused_and_kept(tmp_path, sandbox):
    """GIVEN a sale in doubt WHEN the provider's credentials were rotated since (its
    journalled hash no longer matches) THEN nothing is sent, the sale is held for a person
    with a clear message, and never resent with a new key."""
    secrets = MemorySecrets({"efactory.api_key": sandbox.api_key,
                             "efactory.auth_token": sandbox.auth_token})
    counter = Counter(make_config(tmp_path, sandbox.base_url, None), secrets)
    try:
        sandbox.set_fault("http500", target="pay")
        sale = counter.sell(PREPAID, ONE_TOKEN, NGN("1000"))
        assert sale.state == S.IN_DOUBT
        sandbox.auth_token = "rotated-token"
        secrets.set("efactory.auth_token", "rotated-token")
        counter.clients.forget()
        counter.drain(force=True)
        after = counter.sale(sale.id)
        assert after.state == S.IN_DOUBT and after.held
        assert "other eFactory credentials" in after.message
        assert sandbox.pay_requests == [] and sandbox.vend_count() == 0
    finally:
        counter.stop()


def test_every_state_change_is_an_event_and_listeners_can_leave(counter, vprinter):
    seen: list[str] = []
    leave = counter.subscribe(lambda e: e.sale is not None and seen.append(str(e.sale.state)))
    sale = counter.sell(PREPAID, ONE_TOKEN, NGN("1000"))
    counter.print_sale(sale.id).result(timeout=20)
    assert seen == ["COLLECTED", "VENDED", "PRINTED"]
    leave()
    counter.print_sale(sale.id).result(timeout=20)
    counter.sell(PREPAID, ONE_TOKEN, NGN("1200"))
    assert seen == ["COLLECTED", "VENDED", "PRINTED"]


def test_an_ekolopay_payment_is_found_after_a_restart(tmp_path, sandbox, secrets):
    """GIVEN an XAF goods sale waiting on EkoloPay's hosted page WHEN the terminal restarts
    and the customer pays THEN the new process polls with the journalled purchase token
    (EkoloPay makes its own) and the sale completes."""
    from posapp.providers import ekolopay

    run = ekolopay.PACKAGE.sandbox(tmp_path, 0)
    try:
        config = make_config(tmp_path, sandbox.base_url, None)
        for key, value in run.settings.items():
            config.set(key, value)
        config.set("shop.goods", True)
        config.set("shop.currency", "XAF")
        keys = MemorySecrets({**run.secrets})
        first = Counter(config, keys)
        sale = first.sell("shop.goods", "", Money(5000, "XAF"), tender="ekolopay.momo",
                          phone="066304925")
        first.stop()
        assert sale.state == S.COLLECTING and sale.collect_ref and sale.collect_url
        run.server.pay(sale.collect_ref)
        second = Counter(config, keys)
        try:
            second.drain(force=True)
            after = second.sale(sale.id)
            assert after.state == S.VENDED and after.tender == "ekolopay.momo"
        finally:
            second.stop()
    finally:
        run.server.stop()


def test_a_paycode_batch_sold_from_the_cli_names_each_beneficiary(tmp_path, capsys):
    """Paycodes are one code per phone, not STS tokens keyed in order."""
    from posapp.cli import main

    code = main(["--home", str(tmp_path), "--demo", "sell", "interswitch.paycode", "-", "15000",
                 "--beneficiary", "08021111111:10000:1234", "--beneficiary", "08021111112:5000",
                 "--default-pin", "4321", "--json"])
    sale = json.loads(capsys.readouterr().out)
    assert code == 0 and sale["state"] == "PRINTED" and len(sale["tokens"]) == 2
    [text] = [p.read_text() for p in (tmp_path / "demo" / "receipts").glob("*.txt")]
    assert "PAYCODE FOR 08021111111" in text and "PAYCODE FOR 08021111112" in text
    assert "in this order" not in text
    assert "PIN" not in text  # the one-time PINs never go on the paycode slip

"""Paycode batches through the counter, against the real Interswitch sandbox over loopback:
a held in-doubt batch is re-sent only by a supervisor, with the same referenceId.

Also the fixtures the paycode GUI and slip tests share (a counter selling paycodes)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from posapp.config import Config
from posapp.domain.errors import InputError
from posapp.domain.money import Money
from posapp.domain.sale import SaleState
from posapp.providers.interswitch import sandbox as isb
from posapp.secrets import MemorySecrets
from posapp.service import Counter

PRODUCT = "interswitch.paycode"
SUPERVISOR_PIN = "2468"
PINS = ("7395", "8461", "5027")


def paycode_config(home: Path, server: isb.InterswitchSandbox, printer_port: int | None,
                   profile: str = "80mm", **more: Any) -> Config:
    config = Config(home)
    for key, value in {
        "terminal.terminal_id": "DEMO0001",
        "outbox.poll_seconds": 0.2,
        "interswitch.base_url": server.context_url,
        "interswitch.client_id": isb.CLIENT_ID,
        "interswitch.front_end_partner_id": isb.FRONT_END_PARTNER_ID,
        "interswitch.subscriber_id": isb.SUBSCRIBER_ID,
        "interswitch.payment_method_code": isb.PAYMENT_METHOD_CODE,
        "interswitch.read_timeout": 2.0,
        "interswitch.connect_timeout": 1.0,
        **more,
    }.items():
        config.set(key, value)
    if printer_port is not None:
        config.set("printer.type", "virtual")
        config.set("printer.port", printer_port)
        config.set("printer.profile", profile)
    return config


def paycode_counter(home: Path, server: isb.InterswitchSandbox, printer_port: int | None,
                    profile: str = "80mm", **more: Any) -> Counter:
    counter = Counter(paycode_config(home, server, printer_port, profile, **more),
                      MemorySecrets({"interswitch.client_secret": isb.CLIENT_SECRET}))
    counter.add_user("sam", "supervisor", SUPERVISOR_PIN, "test")
    return counter


@pytest.fixture
def isw():
    with isb.InterswitchSandbox() as server:
        yield server


@pytest.fixture
def paycodes(tmp_path, isw, vprinter):
    c = paycode_counter(tmp_path, isw, vprinter.port)
    yield c
    c.stop()


def batch(phones: list[str], naira: list[int], default_pin: str = "1234",
          pins: tuple[str, ...] = PINS) -> tuple[Money, dict[str, Any]]:
    entries = [{"phone": p, "amount_minor": n * 100, "one_time_pin": pins[i % len(pins)]}
               for i, (p, n) in enumerate(zip(phones, naira, strict=True))]
    return Money(sum(naira) * 100, "NGN"), {"entries": entries, "default_pin": default_pin,
                                              "channel": "ATM", "lifetime_minutes": 1440}


def answers(server: isb.InterswitchSandbox) -> list[dict[str, Any]]:
    """What the sandbox answered, per batch it issued, in order."""
    return [json.loads(r["answer"]) for r in
            server.sql("SELECT answer FROM batches ORDER BY created")]


# -- the tests ---------------------------------------------------------------------------------

PHONES = ["08021111111", "08031111112", "07061111113"]


def test_a_held_batch_is_resent_by_a_supervisor_with_the_same_reference(paycodes, isw):
    """GIVEN a batch whose answer never came (the sandbox issued it, then dropped the line)
    WHEN the outbox runs, nothing is sent; WHEN a supervisor re-sends it
    THEN the same referenceId and ttid go out and the paycodes first issued come back."""
    isw.set_fault("drop_after_commit", target="pay")
    amount, extra = batch(PHONES, [5000, 3000, 2000])
    key = paycodes.new_key(PRODUCT)
    sale = paycodes.sell(PRODUCT, "", amount, key=key, extra=extra)
    assert sale.state == SaleState.IN_DOUBT and sale.held
    seen = isw.requests_seen
    paycodes.drain(force=True)
    assert isw.requests_seen == seen and paycodes.sale(sale.id).state == SaleState.IN_DOUBT
    first_body = sale.request["body"]

    after = paycodes.resend_held(sale.id, "sam")

    assert after.state == SaleState.VENDED and after.provider_ref == key
    assert isw.requests_seen == seen + 1 and isw.batch_count() == 1
    (sent,) = isw.batches()
    assert sent["referenceId"] == key == first_body["referenceId"]
    assert sent["ttid"] == first_body["ttid"] and sent == first_body
    assert [t.value for t in after.tokens] == [
        t["payCode"] for t in answers(isw)[0]["paymentTokens"]]
    audit = [(r["actor"], r["action"]) for r in paycodes.journal.db.query(
        "SELECT actor, action FROM audit WHERE action='resend_held'")]
    assert audit == [("sam", "resend_held")]


def test_a_held_batch_that_never_arrived_is_issued_on_the_resend(paycodes, isw):
    isw.set_fault("http500", target="pay")
    amount, extra = batch(PHONES[:2], [1000, 2000])
    sale = paycodes.sell(PRODUCT, "", amount, extra=extra)
    assert sale.state == SaleState.IN_DOUBT and isw.batch_count() == 0
    after = paycodes.resend_held(sale.id, "sam")
    assert after.state == SaleState.VENDED and len(after.tokens) == 2
    assert isw.batches()[0]["referenceId"] == sale.idem_key


def test_only_a_held_sale_can_be_resent(paycodes, isw):
    amount, extra = batch(PHONES[:1], [1000])
    sale = paycodes.sell(PRODUCT, "", amount, extra=extra)
    assert sale.state == SaleState.VENDED
    with pytest.raises(InputError):
        paycodes.resend_held(sale.id, "sam")
    assert isw.batch_count() == 1


def test_a_held_batch_is_not_sent_under_changed_credentials(tmp_path, isw, vprinter):
    """The resend sends the journalled body; signed with an old secret it stays held."""
    first = paycode_counter(tmp_path, isw, vprinter.port)
    isw.set_fault("http500", target="pay")
    amount, extra = batch(PHONES[:1], [1000])
    sale = first.sell(PRODUCT, "", amount, extra=extra)
    first.stop()
    second = Counter(paycode_config(tmp_path, isw, vprinter.port),
                     MemorySecrets({"interswitch.client_secret": "rotated"}))
    try:
        seen = isw.requests_seen
        after = second.resend_held(sale.id, "sam")
        assert after.state == SaleState.IN_DOUBT and after.held
        assert isw.requests_seen == seen and "setup changed" in after.message
    finally:
        second.stop()


def test_every_401_error_is_a_cashier_message(paycodes, isw):
    isw.set_fault("code", target="pay", code="10500")
    amount, extra = batch(PHONES[:1], [1000])
    sale = paycodes.sell(PRODUCT, "", amount, extra=extra)
    assert sale.state == SaleState.REFUND_DUE
    assert "refused this terminal's credentials" in sale.message
    assert "Nothing was issued" in sale.message


def test_a_wrong_phone_names_the_beneficiary_and_journals_nothing(paycodes, isw):
    amount, extra = batch(["08021111111", "12345"], [1000, 1000])
    with pytest.raises(InputError) as err:
        paycodes.sell(PRODUCT, "", amount, extra=extra)
    assert err.value.message.startswith("Beneficiary 2:")
    assert paycodes.history() == [] and isw.requests_seen == 0


def test_a_partly_issued_batch_counts_only_what_the_shop_kept(paycodes):
    """The beneficiary with no paycode got their money back at the counter: the shift report
    counts the issued part only."""
    sale = paycodes.sell("interswitch.paycode", "", Money(1000000, "NGN"), extra={
        "entries": [{"phone": "08021111111", "amount_minor": 500000, "one_time_pin": PINS[0]},
                    {"phone": isb.NEVER_ISSUED_PHONE, "amount_minor": 200000,
                     "one_time_pin": PINS[1]},
                    {"phone": "08031111112", "amount_minor": 300000, "one_time_pin": PINS[2]}]})
    assert len(sale.tokens) == 2
    report = paycodes.report("shift")
    assert [m.display() for m in report.totals] == ["NGN 8,000.00"]
    assert [x.total.display() for x in report.lines] == ["NGN 8,000.00"]
    assert [x.total.display() for x in report.tenders] == ["NGN 8,000.00"]

"""The bills aggregator: its module against the doc, and the service against its sandbox."""

from __future__ import annotations

import pytest

from posapp.domain.errors import InDoubt, InputError, NotDelivered, ProviderDeclined
from posapp.domain.money import Money
from posapp.domain.product import Option
from posapp.domain.sale import SaleState
from posapp.providers.bills import client as ag
from posapp.providers.bills.sandbox import AggregatorSandbox
from posapp.service import Counter
from tests.conftest import free_port, make_config

S = SaleState
NGN = Money.parse
DSTV, GOTV, STARTIMES, IBEDC, WAEC = ("BPD-NGCA-AQA", "BPD-NGCA-AQC", "BPD-NGCA-AWA",
                                      "BPE-NGCABIA-OR", "BPM-NGCA-ASA")


# -- the module, against the doc -------------------------------------------------------------

def test_hash_without_and_with_ref_computed_by_hand():
    # printf %s "apitokenshop@example.comuser123" | sha512sum   (token+email+username)
    assert ag.request_hash("apitoken", "shop@example.com", "user123") == (
        "6c09d139187f9a74c42516d508171b5da5d2a957826836958dec1d0324fb6b1d"
        "cda20ad03b767363bae6395869dd9b515ca884d22691044381309c91fd8ff397")
    # printf %s "apitokenshop@example.comuser123myRef" | sha512sum   (... + ref)
    assert ag.request_hash("apitoken", "shop@example.com", "user123", "myRef") == (
        "1d77564dc80e954e6d468239bae2da42645d579a20aa481d845d6d67be6433a6"
        "6a454b6b7580a34d6110d300c5cb69d0ee6b42553439b3ce86159870019b8f14")


def test_every_doc_code_is_mapped():
    assert ag.outcome_of("OK")[0] is ag.Outcome.SUCCESS
    assert ag.outcome_of("PENDING")[0] is ag.Outcome.IN_DOUBT  # not processed yet: in doubt
    for code in ["FAIL"] + [f"B00{n}" for n in range(1, 10)]:
        outcome, message = ag.outcome_of(code)
        assert outcome is ag.Outcome.DECLINED and message
    assert ag.outcome_of("B999")[0] is ag.Outcome.IN_DOUBT


def test_open_range_rules_are_checked_before_sending():
    p = Option(STARTIMES, "StarTimes", False, True, True, NGN("1000"), NGN("50000"),
                       NGN("1"))
    p.check_amount(NGN("1000"))
    p.check_amount(NGN("49999"))
    for bad, words in (("999", "least"), ("50001", "most"), ("1500.50", "Whole naira")):
        with pytest.raises(InputError) as exc:
            p.check_amount(NGN(bad))
        assert words in exc.value.message
    stepped = Option("X", "X", False, False, True, NGN("500"), NGN("5000"), NGN("500"))
    stepped.check_amount(NGN("1500"))
    with pytest.raises(InputError):
        stepped.check_amount(NGN("1200"))


def test_parse_payment_keeps_every_pin_with_serial_and_expiry():
    r = ag.parse_payment({"response": "OK", "transaction_id": "5a3388ac22b",
                          "discounted_amount": "700", "message": "Payment was successful",
                          "pins": [{"serialNumber": "WRN192775404", "pin": "740525808961",
                                    "expiresOn": None},
                                   {"serialNumber": "WRN2", "pin": "111122223333",
                                    "expiresOn": "2027-01-01"}]}, "waec")
    assert [(t.kind, t.value, t.serial, t.expires) for t in r.tokens] == [
        ("PIN", "740525808961", "WRN192775404", ""), ("PIN", "111122223333", "WRN2",
                                                      "2027-01-01")]
    assert r.extra["discounted_amount"] == "700"


# -- the service against the sandbox ----------------------------------------------------------

def test_catalogue_lists_and_works_offline(counter, bills):
    names = [p.name for p in counter.options("agg.tv")]
    assert names == ["DSTV", "GOTV", "StarTimes"]
    star = counter.option("agg.tv", STARTIMES)
    assert star.open_range and star.minimum == NGN("1000") and star.maximum == NGN("50000")
    plans = counter.plans("agg.tv", DSTV)
    assert ("Padi", NGN("1850")) in [(p.name, p.price) for p in plans]
    bills.stop()  # the network goes away; the cached list still answers
    assert [p.name for p in counter.options("agg.tv")] == names
    assert [p.plan_id for p in counter.plans("agg.tv", DSTV)] == [p.plan_id for p in plans]
    assert [p.name for p in counter.options("agg.tv", refresh=True)] == names


def test_validation_shows_the_customer(counter):
    assert counter.lookup("agg.tv", "20020018196", STARTIMES).name == "CHIOMA EZE"
    assert counter.lookup("agg.tv", "4122773388", DSTV).name == "A A GEORGE"
    with pytest.raises(ProviderDeclined) as exc:
        counter.lookup("agg.tv", "99999999", STARTIMES)
    assert "not found" in exc.value.message


def test_dstv_plan_sale_with_the_ref_hash(counter, bills):
    customer = counter.lookup("agg.tv", "4122773388", DSTV)
    sale = counter.sell("agg.tv", "4122773388", NGN("1850"), customer=customer,
                        option_id=DSTV, plan_id="BPD-DSTV-971")
    assert sale.state == S.VENDED and sale.provider_ref.startswith("5a")
    assert bills.pay_requests == [sale.idem_key]
    assert sale.result.extra["discounted_amount"] == "1850"
    with pytest.raises(InputError):  # a plan's price is the price
        counter.sell("agg.tv", "4122773388", NGN("1000"), option_id=DSTV,
                     plan_id="BPD-DSTV-971")


def test_startimes_open_range_refused_locally_when_out_of_range(counter, bills):
    with pytest.raises(InputError):
        counter.sell("agg.tv", "20020018196", NGN("60000"), option_id=STARTIMES)
    assert bills.pay_requests == []
    sale = counter.sell("agg.tv", "20020018196", NGN("2500"), option_id=STARTIMES)
    assert sale.state == S.VENDED


def test_electricity_token_and_operator_message(counter):
    sale = counter.sell("agg.electricity", "0100040261", NGN("1000"), option_id=IBEDC)
    assert sale.state == S.VENDED
    assert [t.kind for t in sale.tokens] == ["TOKEN"] and len(sale.tokens[0].digits) == 20
    assert "KWh" in sale.result.extra["pin_message"]
    assert sale.result.extra["discounted_amount"] == "980"


def test_exam_pins_each_with_serial(counter, vprinter):
    sale = counter.sell("agg.waec", "", NGN("2100"), option_id=WAEC, plan_id="2100")
    assert sale.state == S.VENDED and len(sale.tokens) == 3
    assert all(t.kind == "PIN" and t.serial.startswith("WRN") for t in sale.tokens)
    counter.print_sale(sale.id).result(timeout=20)
    text = vprinter.wait_for_jobs(1)[0].text
    for n, pin in enumerate(sale.tokens, 1):
        assert f"PIN {n} of 3" in text and pin.serial in text and pin.grouped() in text
    raw = vprinter.jobs[0].raw
    assert raw.count(b"\x1dV\x01") == 3  # a partial cut (GS V 1) before each PIN slip
    assert raw.endswith(b"\x1dV\x00")  # and the full cut at the end


@pytest.mark.parametrize("code,words", [("FAIL", "not successful"), ("B007", "wallet"),
                                        ("B008", "not allowed"), ("B009", "failed")])
def test_declines_owe_the_cash_back(counter, bills, code, words):
    bills.set_fault("code", target="pay", code=code)
    sale = counter.sell("agg.tv", "20020018196", NGN("2000"), option_id=STARTIMES)
    assert sale.state == S.REFUND_DUE and words in sale.message
    assert bills.vend_count() == 0


@pytest.mark.parametrize("mode", ["code", "drop_after_commit", "garbage", "http500", "unavailable",
                                  "slow"])
def test_unknown_outcome_is_held_for_a_supervisor_never_resent(counter, bills, mode):
    bills.set_fault(mode, target="pay", code="PENDING", delay=1.5)
    sale = counter.sell("agg.tv", "20020018196", NGN("2000"), option_id=STARTIMES)
    assert sale.state == S.IN_DOUBT
    counter.drain(force=True)
    counter.drain(force=True)
    assert counter.sale(sale.id).state == S.IN_DOUBT
    assert bills.pay_requests.count(sale.idem_key) <= 1  # never sent again
    audit = [r["action"] for r in counter.journal.db.query("SELECT action FROM audit")]
    assert "held_for_supervisor" in audit


def test_supervisor_settles_by_hand(counter, bills):
    bills.set_fault("code", target="pay", code="PENDING", count=2)
    a = counter.sell("agg.electricity", "0100040261", NGN("1000"), option_id=IBEDC)
    b = counter.sell("agg.tv", "20020018196", NGN("2000"), option_id=STARTIMES)
    done = counter.settle_by_hand(a.id, "owner", vended=True, reference="5a9999",
                                  tokens=("12345678901234567890",))
    assert done.state == S.VENDED and done.tokens[0].grouped() == "1234 5678 9012 3456 7890"
    assert counter.settle_by_hand(b.id, "owner", vended=False).state == S.REFUND_DUE
    with pytest.raises(InputError):
        counter.settle_by_hand(b.id, "owner", vended=False)


def test_offline_bill_is_queued_and_sent_once_with_the_same_ref(tmp_path, sandbox, secrets):
    port = free_port()
    counter = Counter(make_config(tmp_path, sandbox.base_url, None,
                                  bills_url=f"http://127.0.0.1:{port}/api/processing"), secrets)
    try:
        with AggregatorSandbox(port=port):
            counter.options("agg.tv")  # the catalogue was fetched once while online
        sale = counter.sell("agg.tv", "20020018196", NGN("2000"), option_id=STARTIMES)
        assert sale.state == S.QUEUED
        with AggregatorSandbox(port=port) as server:
            counter.drain(force=True)
            assert counter.sale(sale.id).state == S.VENDED
            assert server.pay_requests == [sale.idem_key]
    finally:
        counter.stop()


def test_options_with_no_cache_and_no_network_say_so(tmp_path, sandbox, secrets):
    counter = Counter(make_config(tmp_path, sandbox.base_url, None,
                                  bills_url=f"http://127.0.0.1:{free_port()}/x"), secrets)
    try:
        with pytest.raises(NotDelivered) as exc:
            counter.options("agg.waec")
        assert "none is saved" in exc.value.message
    finally:
        counter.stop()


def test_bad_credentials_are_a_clear_decline(tmp_path, sandbox, bills):
    from posapp.secrets import MemorySecrets

    secrets = MemorySecrets({"efactory.api_key": "x", "efactory.auth_token": "y",
                             "aggregator.token": "wrong"})
    counter = Counter(make_config(tmp_path, sandbox.base_url, None, bills_url=bills.url),
                      secrets)
    try:
        with pytest.raises(ProviderDeclined) as exc:
            counter.options("agg.tv")
        assert "login was refused" in exc.value.message
    finally:
        counter.stop()


def test_garbage_on_a_list_is_in_doubt_not_a_crash(counter, bills):
    bills.set_fault("garbage", target="enquiry")
    with pytest.raises(InDoubt):
        counter.clients.vendor("aggregator").client.products("tv")


def test_shift_report_keeps_the_bills_margin(counter):
    counter.sell("agg.electricity", "0100040261", NGN("5000"), option_id=IBEDC)  # 2% margin
    counter.sell("agg.tv", "4122773388", NGN("1850"), option_id=DSTV, plan_id="BPD-DSTV-971")
    report = counter.report("shift")
    assert report.totals == [NGN("6850")] and report.margin == [NGN("100")]


def test_held_sale_tells_the_cashier_to_call_the_supervisor(qtbot, counter, bills):
    from posapp.ui.main_window import MainWindow

    bills.set_fault("code", target="pay", code="PENDING")
    sale = counter.sell("agg.tv", "20020018196", NGN("2000"), option_id=STARTIMES)
    w = MainWindow(counter)
    qtbot.addWidget(w)
    w._open_sale(sale)
    assert "Call the supervisor" in w.flow.result.state.text()
    assert w.flow.result.b_check.isHidden()
    panel = w.flow.result.settle_panel
    assert not panel.isHidden()
    from posapp.service.users import add_user

    add_user(counter.journal, "owner", "supervisor", "2468", "test")
    qtbot.keyClicks(panel.ref, "5a-portal-9")
    qtbot.keyClicks(panel.pin, "1111")
    panel.b_paid.click()
    qtbot.waitUntil(lambda: panel.note.text() == "Wrong PIN.", timeout=10000)
    assert counter.sale(sale.id).state == S.IN_DOUBT
    qtbot.keyClicks(panel.pin, "2468")
    panel.b_paid.click()
    qtbot.waitUntil(lambda: "Paid" in w.flow.result.state.text(), timeout=10000)
    assert counter.sale(sale.id).provider_ref == "5a-portal-9"
    assert panel.isHidden()
    w.tasks.wait(10000)

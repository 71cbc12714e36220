"""K-Pay collector against its loopback sandbox over real HTTP (provider-docs/kpay.txt)."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from posapp.domain.errors import ConfigError, InDoubt, InputError, NotDelivered, UnknownReference
from posapp.domain.money import Money
from posapp.providers.base import Collection, CollectOrder
from posapp.providers.kpay import CODES, PACKAGE, TENDERS, Defaults, KPay, KPayCollector, build
from posapp.providers.kpay import sandbox as sb
from posapp.providers.kpay.client import code_of, format_amount, normalise_msisdn
from posapp.providers.loopback import Reply, Request, SandboxServer

MTN, AIRTEL, CARD = TENDERS["mtn"], TENDERS["airtel"], TENDERS["card"]
DEFAULTS = Defaults(retailerid=sb.RETAILER_ID, email=sb.EMAIL, returl=sb.RETURL,
                    redirecturl=sb.REDIRECTURL, shop_msisdn=sb.SHOP_MSISDN)
# The doc's "KPay error / return code" table, every Id.
DOC_CODES = ("0", "01", "02", "03", "600", "601", "602", "603", "604", "605", "606", "607",
             "608", "609", "610", "611")


def collector(url: str, *, password: str = sb.PASSWORD, timeout: tuple[float, float] = (2, 5),
              defaults: Defaults = DEFAULTS) -> KPayCollector:
    return KPayCollector(KPay(url, sb.USERNAME, password, timeout=timeout), defaults)


def order(tender: Any = MTN, phone: str = sb.APPROVE_MTN, amount: Money | None = None,
          key: str = "26010112000012345678", **kw: Any) -> CollectOrder:
    return CollectOrder(tender, amount or Money(4200, "RWF"), key, "DEMO0001", phone=phone, **kw)


@pytest.fixture
def box() -> Iterator[sb.KPaySandbox]:
    with sb.KPaySandbox() as s:
        yield s


@pytest.fixture
def kpay(box: sb.KPaySandbox) -> KPayCollector:
    return collector(box.base_url)


def seen_bodies(box: SandboxServer) -> list[Request]:
    got: list[Request] = []
    box.observers.append(got.append)
    return got


# -- request, auth, phone numbers, amounts -------------------------------------------


def test_basic_auth_header_is_the_doc_scheme(box: sb.KPaySandbox, kpay: KPayCollector) -> None:
    got = seen_bodies(box)
    kpay.start(kpay.request(order()))
    expected = "Basic " + base64.b64encode(b"kpay-demo:kpay-demo-password").decode()
    assert expected == "Basic a3BheS1kZW1vOmtwYXktZGVtby1wYXNzd29yZA=="  # known vector
    assert got[0].headers["authorization"] == expected
    assert got[0].path == "/" and got[0].method == "POST"
    assert got[0].headers["content-type"] == "application/json"


def test_request_body_is_the_doc_table_plus_action_pay(box: sb.KPaySandbox,
                                                       kpay: KPayCollector) -> None:
    req = kpay.request(order(phone="0788 000 001", name="KANEZA", details="order 7"))
    assert req == {
        "action": "pay", "msisdn": "250788000001", "email": sb.EMAIL, "details": "order 7",
        "refid": "26010112000012345678", "amount": 4200, "currency": "RWF", "cname": "KANEZA",
        "cnumber": "250788000001", "pmethod": "momo", "retailerid": "02",
        "returl": sb.RETURL, "redirecturl": sb.REDIRECTURL, "bankid": "63510"}
    assert isinstance(req["amount"], int)
    got = seen_bodies(box)
    kpay.start(req)
    assert json.loads(got[0].body) == req  # start sends exactly the journalled request


def test_card_request_uses_shop_number_usd_whole_dollars_and_logo(box: sb.KPaySandbox) -> None:
    kpay = collector(box.base_url, defaults=Defaults(
        sb.RETAILER_ID, sb.EMAIL, sb.RETURL, sb.REDIRECTURL, "https://demo.rw/logo.png",
        "0788100100"))
    req = kpay.request(order(CARD, phone="", amount=Money(1500, "USD")))
    assert (req["pmethod"], req["bankid"], req["currency"], req["amount"]) == ("cc", "000", "USD", 15)
    assert req["msisdn"] == req["cnumber"] == "250788100100"
    assert req["logourl"] == "https://demo.rw/logo.png"
    no_shop = collector(box.base_url, defaults=Defaults(sb.RETAILER_ID, sb.EMAIL, sb.RETURL,
                                                        sb.REDIRECTURL))
    with pytest.raises(ConfigError):
        no_shop.request(order(CARD, phone=""))


@pytest.mark.parametrize("text", [
    "0788123456", "788123456", "+250788123456", "250788123456", "+250 788-123-456",
    "0788 123 456", "078-812-3456", "00250788123456", "٠٧٨٨١٢٣٤٥٦", " 0788123456 "])
def test_phone_forms_normalise_to_msisdn(text: str) -> None:
    assert normalise_msisdn(text) == "250788123456"


@pytest.mark.parametrize("text,msisdn", [("0722000001", "250722000001"),
                                         ("0730000001", "250730000001"),
                                         ("0790000001", "250790000001")])
def test_every_rwandan_mobile_prefix(text: str, msisdn: str) -> None:
    assert normalise_msisdn(text) == msisdn


@pytest.mark.parametrize("text", [
    "", "0788", "07881234567", "0758123456", "0252123456", "+254712345678", "25078812345",
    "0788x123456", "1788123456", "+0788123456", "0788/123/456"])
def test_bad_phones_are_refused_with_a_cashier_message(text: str) -> None:
    with pytest.raises(InputError) as err:
        normalise_msisdn(text)
    assert "Rwandan mobile number" in err.value.message


def test_phone_must_match_the_network(kpay: KPayCollector) -> None:
    with pytest.raises(InputError, match="Airtel number"):
        kpay.request(order(MTN, phone="0722000001"))
    with pytest.raises(InputError, match="MTN number"):
        kpay.request(order(AIRTEL, phone="0788000001"))
    with pytest.raises(InputError, match="mobile money number"):
        kpay.request(order(MTN, phone=""))
    assert kpay.request(order(AIRTEL, phone="0720000001"))["bankid"] == "63514"


def test_amounts_are_whole_units_in_allowed_currencies(kpay: KPayCollector) -> None:
    assert format_amount(Money(4200, "RWF")) == 4200
    assert format_amount(Money(1500, "USD")) == 15
    for bad in (Money(1550, "USD"), Money(0, "RWF"), Money(-5, "RWF")):
        with pytest.raises(InputError):
            format_amount(bad)
    with pytest.raises(InputError, match="RWF"):
        kpay.request(order(MTN, amount=Money(1500, "USD")))
    with pytest.raises(InputError):
        kpay.request(order(MTN, amount=Money(1000, "NGN")))


# -- the customers -------------------------------------------------------------------


def test_mtn_and_airtel_approve_after_two_polls(kpay: KPayCollector) -> None:
    for n, (tender, phone) in enumerate([(MTN, sb.APPROVE_MTN), (AIRTEL, sb.APPROVE_AIRTEL)]):
        req = kpay.request(order(tender, phone=phone, key=f"2601011200001234567{n}"))
        started = kpay.start(req)
        assert started.status == Collection.PENDING and started.page_url == ""
        assert started.reference.startswith("E")
        assert kpay.poll(req).status == Collection.PENDING
        paid = kpay.poll(req)
        assert paid.status == Collection.PAID and paid.reference == started.reference
        assert kpay.poll(req).status == Collection.PAID


def test_immediate_success_is_the_doc_second_response(kpay: KPayCollector) -> None:
    req = kpay.request(order(phone=sb.INSTANT))
    got = kpay.start(req)
    assert got.status == Collection.PAID and got.reference.startswith("E")
    assert "momtransactionid=" in got.detail
    assert kpay.poll(req).status == Collection.PAID


@pytest.mark.parametrize("phone,code", [(sb.DECLINE, "02"), (sb.DECLINE_607, "607")])
def test_declines_are_failed_with_the_code_message(kpay: KPayCollector, phone: str,
                                                   code: str) -> None:
    req = kpay.request(order(phone=phone))
    assert kpay.start(req).status == Collection.PENDING
    got = kpay.poll(req)
    assert got.status == Collection.FAILED and got.message == CODES[code][2]


def test_refused_at_once_606(kpay: KPayCollector) -> None:
    got = kpay.start(kpay.request(order(phone=sb.REFUSED_606)))
    assert got.status == Collection.FAILED and got.message == CODES["606"][2]
    assert "TARGET_AUTHORIZATION_ERROR" in got.detail


def test_never_answers_stays_pending_and_cancel_sends_nothing(box: sb.KPaySandbox,
                                                               kpay: KPayCollector) -> None:
    req = kpay.request(order(phone=sb.NEVER))
    kpay.start(req)
    for _ in range(5):
        assert kpay.poll(req).status == Collection.PENDING
    before = box.requests_seen
    kpay.cancel(req)  # the doc has no cancel
    assert box.requests_seen == before
    assert kpay.poll(req).status == Collection.PENDING


def test_unknown_refid_is_unknown_reference(kpay: KPayCollector) -> None:
    with pytest.raises(UnknownReference):
        kpay.poll(kpay.request(order()))


def test_card_page_pays_on_post(box: sb.KPaySandbox, kpay: KPayCollector) -> None:
    req = kpay.request(order(CARD, phone="", amount=Money(2500, "USD")))
    started = kpay.start(req)
    assert started.status == Collection.PENDING
    assert started.page_url == f"{box.base_url}/checkout/{started.reference}"
    page = requests.get(started.page_url, timeout=5)
    assert page.status_code == 200 and "<button" in page.text and "Pay" in page.text
    assert "USD 25" in page.text
    assert kpay.poll(req).status == Collection.PENDING
    assert requests.post(started.page_url, data={"pay": "1"}, timeout=5).status_code == 200
    assert kpay.poll(req).status == Collection.PAID


def test_card_page_decline_button(box: sb.KPaySandbox, kpay: KPayCollector) -> None:
    req = kpay.request(order(CARD, phone=""))
    started = kpay.start(req)
    requests.post(started.page_url, data={"decline": "1"}, timeout=5)
    assert kpay.poll(req).status == Collection.FAILED


def test_control_endpoint_settles_pending_payments(box: sb.KPaySandbox,
                                                   kpay: KPayCollector) -> None:
    yes = kpay.request(order(phone="0788555555", key="26010112000000000001"))
    no = kpay.request(order(CARD, phone="", key="26010112000000000002"))
    kpay.start(yes)
    kpay.start(no)
    url = f"{box.base_url}/_sandbox/pay/"
    assert requests.post(url + yes["refid"], json={"approve": True}, timeout=5).json()[
        "statusid"] == "01"
    assert requests.post(url + no["refid"], json={"approve": False}, timeout=5).status_code == 200
    assert kpay.poll(yes).status == Collection.PAID
    assert kpay.poll(no).status == Collection.FAILED
    assert requests.post(url + yes["refid"], json={"approve": False}, timeout=5).status_code == 409
    assert requests.post(url + "nope", json={"approve": True}, timeout=5).status_code == 404
    assert requests.post(url + yes["refid"], json={"approve": 1}, timeout=5).status_code == 400
    assert kpay.poll(yes).status == Collection.PAID


def test_auto_approve_for_the_demo() -> None:
    with sb.KPaySandbox(auto_approve=0.0) as box:
        kpay = collector(box.base_url)
        req = kpay.request(order(phone="0788555555"))
        kpay.start(req)
        assert kpay.poll(req).status == Collection.PAID
        never = kpay.request(order(phone=sb.NEVER, key="26010112000000000009"))
        kpay.start(never)
        assert kpay.poll(never).status == Collection.PENDING  # scripted numbers keep their script


# -- idempotency ---------------------------------------------------------------------


def test_same_refid_twice_answers_the_first_answer_and_charges_once(box: sb.KPaySandbox,
                                                                   kpay: KPayCollector) -> None:
    req = kpay.request(order())
    first, again = kpay.start(req), kpay.start(req)
    assert first == again
    assert box.charges(req["refid"]) == 1 and box.pay_requests == [req["refid"]] * 2


def test_same_refid_other_request_is_608_in_doubt(box: sb.KPaySandbox,
                                                  kpay: KPayCollector) -> None:
    req = kpay.request(order())
    kpay.start(req)
    with pytest.raises(InDoubt) as err:
        kpay.start({**req, "amount": 5000})
    assert err.value.answered and "608" in err.value.detail
    assert box.charges() == 1


def test_answer_lost_after_commit_then_poll_finds_it(box: sb.KPaySandbox,
                                                     kpay: KPayCollector) -> None:
    req = kpay.request(order(phone=sb.INSTANT))
    box.set_fault("drop_after_commit", "pay")
    with pytest.raises(InDoubt):
        kpay.start(req)
    assert kpay.poll(req).status == Collection.PAID
    assert kpay.start(req).status == Collection.PAID and box.charges() == 1


# -- every code of the doc's table --------------------------------------------------


def test_codes_table_is_the_doc_table() -> None:
    assert tuple(CODES) == DOC_CODES


PAY_CODES = {"01": InDoubt, "02": Collection.FAILED, "03": InDoubt, "600": Collection.FAILED,
             "601": Collection.FAILED, "602": Collection.FAILED, "603": Collection.FAILED,
             "604": Collection.FAILED, "605": Collection.FAILED, "606": Collection.FAILED,
             "607": Collection.FAILED, "608": InDoubt, "609": Collection.FAILED,
             "610": Collection.FAILED, "611": InDoubt}


@pytest.mark.parametrize("code", sorted(PAY_CODES))
def test_every_retcode_of_the_payment_request(box: sb.KPaySandbox, kpay: KPayCollector,
                                              code: str) -> None:
    box.set_fault("code", "pay", code=code)
    req = kpay.request(order())
    if PAY_CODES[code] is InDoubt:
        with pytest.raises(InDoubt) as err:
            kpay.start(req)
        assert err.value.answered
        return
    got = kpay.start(req)
    assert got.status == PAY_CODES[code] and got.message == CODES[code][2]


STATUS_CODES: dict[str, Any] = {
    "0": Collection.PENDING, "01": Collection.PAID, "02": Collection.FAILED,
    "03": Collection.PENDING, "600": InDoubt, "601": InDoubt, "602": InDoubt, "603": InDoubt,
    "604": InDoubt, "605": InDoubt, "606": Collection.FAILED, "607": Collection.FAILED,
    "608": InDoubt, "609": InDoubt, "610": InDoubt, "611": UnknownReference,
    "682": Collection.FAILED}  # the doc's postback sample: "any other value is the error code"


@pytest.mark.parametrize("code", sorted(STATUS_CODES))
def test_every_statusid_of_checkstatus(box: sb.KPaySandbox, kpay: KPayCollector,
                                       code: str) -> None:
    req = kpay.request(order(phone=sb.NEVER))
    kpay.start(req)
    box.set_fault("code", "enquiry", code=code)
    want = STATUS_CODES[code]
    if isinstance(want, type):
        with pytest.raises(want):
            kpay.poll(req)
        return
    got = kpay.poll(req)
    assert got.status == want
    if code in CODES:
        assert got.message == CODES[code][2] or code in ("0",)
    else:
        assert "682" in got.message


def test_wrong_password_fails_the_start_and_is_in_doubt_on_poll(box: sb.KPaySandbox) -> None:
    good = collector(box.base_url)
    req = good.request(order())
    bad = collector(box.base_url, password="wrong")
    got = bad.start(req)
    assert got.status == Collection.FAILED and got.message == CODES["600"][2]
    assert box.charges() == 0
    good.start(req)
    with pytest.raises(InDoubt) as err:
        bad.poll(req)
    assert "wrong" not in str(err.value) and sb.PASSWORD not in str(err.value)


@pytest.mark.parametrize("retailer,code", [("77", "604"), (sb.DISABLED_RETAILER, "605")])
def test_retailer_codes_from_the_sandbox(box: sb.KPaySandbox, retailer: str, code: str) -> None:
    kpay = collector(box.base_url, defaults=Defaults(retailer, sb.EMAIL, sb.RETURL,
                                                     sb.REDIRECTURL))
    got = kpay.start(kpay.request(order()))
    assert got.status == Collection.FAILED and got.message == CODES[code][2]


def test_sandbox_checks_the_doc_fields(box: sb.KPaySandbox, kpay: KPayCollector) -> None:
    req = kpay.request(order())
    for broken, code in [({**req, "email": ""}, "603"), ({**req, "amount": "4200"}, "603"),
                         ({**req, "pmethod": "cash"}, "609"), ({**req, "bankid": "63501"}, "610"),
                         ({**req, "currency": "USD"}, "606")]:
        got = kpay.start(broken)
        assert got.status == Collection.FAILED and got.message == CODES[code][2], code
    assert box.charges() == 0


# -- answers that cannot be trusted ------------------------------------------------------


class Canned(SandboxServer):
    """Answers whatever `answer(body)` returns, to test the client's validation."""

    provider = "canned"

    def __init__(self, answer: Callable[[dict[str, Any]], Reply]) -> None:
        self.answer = answer
        super().__init__()

    def setup(self) -> None:
        self.route("POST", r"/", "pay", lambda req: self.answer(req.json()))


def _pending(body: dict[str, Any], **over: Any) -> Reply:
    return 200, {"reply": "PENDING", "url": "https://pay.esicia.com/checkout/A1", "success": 1,
                 "authkey": "x", "tid": "E1", "refid": body["refid"], "retcode": 0, **over}


def _status(body: dict[str, Any], **over: Any) -> Reply:
    return 200, {"tid": "E1", "refid": body["refid"], "momtransactionid": "9",
                 "statusid": "01", "statusdesc": "ok", **over}


BAD_PAY: dict[str, Callable[[dict[str, Any]], Reply]] = {
    "other refid": lambda b: _pending(b, refid="15947234071471114"),
    "no refid": lambda b: _pending(b, refid=""),
    "amount differs": lambda b: _pending(b, amount=b["amount"] + 1),
    "amount as float": lambda b: _pending(b, amount=float(b["amount"]) + 0.5),
    "retcode garbage": lambda b: _pending(b, retcode="ok"),
    "retcode bool": lambda b: _pending(b, retcode=False),
    "retcode missing": lambda b: (200, {"reply": "PENDING", "refid": b["refid"]}),
    "success 0 with retcode 0": lambda b: _pending(b, success=0),
    "reply not pending": lambda b: _pending(b, reply="DECLINED"),
    "paid without tid": lambda b: _status(b, tid="", momtransactionid="", retcode=0),
    "statusid int": lambda b: _status(b, statusid=1, retcode=0),
    "tid a list": lambda b: _pending(b, tid=["E1"]),
    "unknown retcode": lambda b: _pending(b, retcode=777),
    "a list": lambda b: (200, b"[1, 2]"),
    "empty": lambda b: (200, b""),
    "html 404": lambda b: (404, b"<html>Not Found</html>"),
    "http 500 json": lambda b: (500, {"retcode": 602}),
    "paid for another refid": lambda b: _status({**b, "refid": "X1"}, retcode=0),
}


@pytest.mark.parametrize("case", sorted(BAD_PAY))
def test_bad_payment_answers_are_in_doubt(case: str) -> None:
    with Canned(BAD_PAY[case]) as box:
        kpay = collector(box.base_url)
        with pytest.raises(InDoubt):
            kpay.start(kpay.request(order()))


BAD_CARD: dict[str, Callable[[dict[str, Any]], Reply]] = {
    "no url": lambda b: _pending(b, url=""),
    "plain http page": lambda b: _pending(b, url="http://pay.esicia.com/checkout/A1"),
    "not a url": lambda b: _pending(b, url="checkout A1"),
}


@pytest.mark.parametrize("case", sorted(BAD_CARD))
def test_card_answers_without_a_safe_page_are_in_doubt(case: str) -> None:
    with Canned(BAD_CARD[case]) as box:
        kpay = collector(box.base_url)
        with pytest.raises(InDoubt):
            kpay.start(kpay.request(order(CARD, phone="")))


def test_https_card_page_from_k_pay_is_shown() -> None:
    with Canned(lambda b: _pending(b)) as box:
        kpay = collector(box.base_url)
        got = kpay.start(kpay.request(order(CARD, phone="")))
        assert got.page_url == "https://pay.esicia.com/checkout/A1"


BAD_STATUS: dict[str, Callable[[dict[str, Any]], Reply]] = {
    "other refid": lambda b: _status(b, refid="1476293424"),
    "failed for another refid": lambda b: _status(b, refid="1476293424", statusid="02"),
    "missing refid": lambda b: _status(b, refid=None),
    "amount differs": lambda b: _status({**b, "amount": 1}, amount=1),
    "statusid int": lambda b: _status(b, statusid=1),
    "statusid words": lambda b: _status(b, statusid="SUCCESS"),
    "statusid missing": lambda b: (200, {"tid": "E1", "refid": b["refid"]}),
    "paid without tid": lambda b: _status(b, tid="", momtransactionid=""),
    "garbage": lambda b: (200, b"\x00\xff"),
}


@pytest.mark.parametrize("case", sorted(BAD_STATUS))
def test_bad_status_answers_are_in_doubt(case: str) -> None:
    with Canned(BAD_STATUS[case]) as box:
        kpay = collector(box.base_url)
        with pytest.raises(InDoubt):
            kpay.poll(kpay.request(order()))


def test_status_with_matching_amount_is_accepted() -> None:
    with Canned(lambda b: _status(b, amount=4200)) as box:
        kpay = collector(box.base_url)
        assert kpay.poll(kpay.request(order())).status == Collection.PAID


# -- transport ------------------------------------------------------------------------


@pytest.mark.parametrize("mode,target", [("garbage", "pay"), ("http500", "pay"),
                                         ("unavailable", "pay"), ("garbage", "enquiry"),
                                         ("http500", "enquiry"), ("drop_after_commit", "enquiry")])
def test_faults_are_in_doubt(box: sb.KPaySandbox, kpay: KPayCollector, mode: str,
                             target: str) -> None:
    req = kpay.request(order())
    if target == "enquiry":
        kpay.start(req)
    box.set_fault(mode, target)
    with pytest.raises(InDoubt):
        kpay.poll(req) if target == "enquiry" else kpay.start(req)
    refused = target == "pay" and mode in ("http500", "unavailable")
    assert box.charges() == (0 if refused else 1)


def test_slow_answer_is_in_doubt(box: sb.KPaySandbox) -> None:
    kpay = collector(box.base_url, timeout=(1.0, 0.3))
    box.set_fault("slow", "pay", delay=1.0)
    with pytest.raises(InDoubt) as err:
        kpay.start(kpay.request(order()))
    assert not err.value.answered


def test_connection_refused_is_not_delivered() -> None:
    box = sb.KPaySandbox().start()
    url = box.base_url
    box.stop()
    kpay = collector(url)
    with pytest.raises(NotDelivered) as err:
        kpay.start(kpay.request(order()))
    assert sb.PASSWORD not in str(err.value) + err.value.detail
    with pytest.raises(NotDelivered):
        kpay.poll(kpay.request(order()))


# -- the package ------------------------------------------------------------------------


class FakeSettings:
    def __init__(self, **over: Any) -> None:
        self.values = {s.key: s.default for s in PACKAGE.settings}
        self.values.update(over)

    def get(self, key: str) -> Any:
        return self.values[key]


def _secret(name: str) -> str:
    if name != "kpay.password":
        raise ConfigError("no such secret", name)
    return sb.PASSWORD


def test_package_settings_tenders_and_build(box: sb.KPaySandbox) -> None:
    assert PACKAGE.role == "collector" and PACKAGE.secrets == ("kpay.password",)
    off = FakeSettings()
    assert not PACKAGE.enabled(off) and PACKAGE.tenders(off) == []
    with pytest.raises(ConfigError):
        build(off, _secret)
    half = FakeSettings(**{"kpay.username": "u"})
    with pytest.raises(ConfigError) as err:
        build(half, _secret)
    assert "kpay.retailerid" in err.value.detail
    on = FakeSettings(**{"kpay.username": sb.USERNAME, "kpay.base_url": box.base_url,
                         "kpay.retailerid": "02", "kpay.email": sb.EMAIL,
                         "kpay.returl": sb.RETURL, "kpay.redirecturl": sb.REDIRECTURL,
                         "kpay.tenders": ["card", "mtn"]})
    assert [t.key for t in PACKAGE.tenders(on)] == ["kpay.card", "kpay.momo.mtn"]
    kpay = build(on, _secret)
    assert kpay.start(kpay.request(order(phone=sb.INSTANT))).status == Collection.PAID
    insecure = FakeSettings(**{**on.values, "kpay.base_url": "http://pay.esicia.com"})
    with pytest.raises(ConfigError):
        build(insecure, _secret)
    checks = {s.key: s.check for s in PACKAGE.settings if s.check}
    assert checks["kpay.tenders"](["mtn", "visa"]) and not checks["kpay.tenders"](["card"])
    assert checks["kpay.base_url"]("http://pay.esicia.rw")
    assert not checks["kpay.base_url"]("https://pay.esicia.com")
    assert checks["kpay.shop_msisdn"]("12345") and not checks["kpay.shop_msisdn"]("0788100100")


def test_new_keys_are_unique_digits(kpay: KPayCollector) -> None:
    keys = {kpay.new_key("DEMO0001") for _ in range(200)}
    assert len(keys) == 200 and all(k.isdigit() and len(k) == 20 for k in keys)


def test_package_sandbox_runs_a_demo_terminal(tmp_path: Path) -> None:
    assert PACKAGE.sandbox is not None
    run = PACKAGE.sandbox(tmp_path)
    try:
        settings = FakeSettings(**run.settings)
        kpay = build(settings, lambda name: run.secrets[name])
        req = kpay.request(order(CARD, phone=""))
        started = kpay.start(req)
        assert started.page_url.startswith(run.settings["kpay.base_url"])
        assert (tmp_path / "sandbox-kpay.sqlite3").exists()
    finally:
        run.server.stop()


def test_package_does_not_import_the_sandbox() -> None:
    code = ("import sys, posapp.providers.kpay; "
            "assert 'posapp.providers.kpay.sandbox' not in sys.modules; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": str(Path(__file__).resolve().parents[2])}, check=False)
    assert out.stdout.strip() == "ok", out.stderr


@pytest.mark.parametrize("value,code", [(0, "0"), ("0", "0"), (606, "606"), ("606", "606"),
                                        (2, "02"), ("02", "02"), ("2", "02"), ("000", "0"),
                                        ("ok", None), (True, None), (None, None), (1.0, None),
                                        ("٦٠٦", None), ("", None)])
def test_code_of_reads_only_numeric_codes(value: Any, code: str | None) -> None:
    assert code_of(value) == code


def test_not_found_in_a_payment_answer_is_in_doubt() -> None:
    with Canned(lambda b: _status(b, statusid="611", retcode=0)) as box:
        kpay = collector(box.base_url)
        with pytest.raises(InDoubt):
            kpay.start(kpay.request(order()))

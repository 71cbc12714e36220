"""Interswitch Paycode bulk tokens: the client against the doc, and against its sandbox over
loopback HTTP."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import socket
import subprocess
import sys
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import requests

from posapp.domain.errors import ConfigError, InDoubt, InputError, NotDelivered, ProviderDeclined
from posapp.domain.money import Money
from posapp.providers.base import VendOrder
from posapp.providers.interswitch import PACKAGE, PRODUCT_KEY, build, signing
from posapp.providers.interswitch import client as isw
from posapp.providers.interswitch.sandbox import (
    CLIENT_ID,
    CLIENT_SECRET,
    E50_PHONE,
    FRONT_END_PARTNER_ID,
    NEVER_ISSUED_PHONE,
    PAYMENT_METHOD_CODE,
    SUBSCRIBER_ID,
    InterswitchSandbox,
)
from posapp.providers.loopback import Reply, Request, SandboxServer
from posapp.providers.outcomes import Outcome

PINS = ("7395", "8461", "5027")
TODAY_10AM = datetime.now(signing.WAT).replace(hour=10, minute=0, second=0, microsecond=0)


class Conf(dict[str, Any]):
    """Settings as the terminal's config gives them: declared defaults, then overrides."""

    def __init__(self, **overrides: Any) -> None:
        super().__init__({s.key: s.default for s in PACKAGE.settings})
        self.update(overrides)


def sandbox_settings(s: InterswitchSandbox, **more: Any) -> Conf:
    return Conf(**{"interswitch.base_url": s.context_url, "interswitch.client_id": CLIENT_ID,
                   "interswitch.front_end_partner_id": FRONT_END_PARTNER_ID,
                   "interswitch.subscriber_id": SUBSCRIBER_ID,
                   "interswitch.payment_method_code": PAYMENT_METHOD_CODE,
                   "interswitch.read_timeout": 5.0, **more})


def secrets_of(secret: str = CLIENT_SECRET) -> Any:
    return lambda name: {"interswitch.client_secret": secret}[name]


def vendor(s: InterswitchSandbox, *, secret: str = CLIENT_SECRET,
           timeout: tuple[float, float] = (2.0, 5.0), **fields: str) -> isw.InterswitchVendor:
    client = isw.InterswitchPaycode(
        s.context_url, CLIENT_ID, secret, front_end_partner_id=FRONT_END_PARTNER_ID,
        subscriber_id=fields.get("subscriber_id", SUBSCRIBER_ID),
        payment_method_code=PAYMENT_METHOD_CODE, pin_securer=signing.SandboxPinSecurer(),
        timeout=timeout, now=lambda: TODAY_10AM)
    return isw.InterswitchVendor(client)


def order(phones: list[str], amounts: list[int] | None = None, *, key: str = "",
          **extra: Any) -> VendOrder:
    amounts = amounts or [500000] * len(phones)
    entries = [{"phone": p, "amount_minor": a, "one_time_pin": PINS[n % len(PINS)]}
               for n, (p, a) in enumerate(zip(phones, amounts, strict=True))]
    product = PACKAGE.products(Conf())[0]
    return VendOrder(product, "", Money(sum(amounts), "NGN"), key or uuid.uuid4().hex[:16],
                     "DEMO0001", extra={"entries": entries, "channel": "ATM",
                                        "lifetime_minutes": 1440, "default_pin": "1234",
                                        **extra})


@pytest.fixture
def sandbox() -> Any:
    with InterswitchSandbox() as s:
        yield s


def _no_pins(text: str) -> bool:
    return not any(re.search(rf"(?<!\d){pin}(?!\d)", text) for pin in PINS)


# -- the doc's hashes, computed here independently ------------------------------------------

def test_body_signature_is_sha512_of_client_secret_reference_and_date():
    want = hashlib.sha512(b"IKIAEE38C24A363E4FC01DEBFBFE9F8DC1F4BCB2BC48" b"s3cret"
                          b"ga323923o4702" b"240502").hexdigest()
    got = signing.body_signature("IKIAEE38C24A363E4FC01DEBFBFE9F8DC1F4BCB2BC48", "s3cret",
                                 "ga323923o4702", "240502")
    assert got == want and len(got) == 128
    # printf %s IKIAsecretref1240101 | sha512sum
    assert signing.body_signature("IKIA", "secret", "ref1", "240101") == (
        "fbb5f083ad94b3c9c5bf12940302250d26b4e5080d4da4ecb691516aee50b44c"
        "f5183ec9182de7ea4f7cc9f0193d716fbcb5ab61c4e87e53c77e5c7a7e630e41")


def test_signature_date_is_nigerian_calendar():
    # 23:30 UTC on 1 May is already 2 May in Lagos (UTC+1)
    assert signing.signature_date(datetime(2024, 5, 1, 23, 30, tzinfo=signing.UTC)) == "240502"


def test_auth_headers_as_interswitch_service_authentication():
    url = "https://sandbox.interswitchng.com/api/v1/pwm/bulk/tokens"
    h = signing.auth_headers("post", url, "IKIAABC", "sec", timestamp="1714640000",
                             nonce="0f1e2d3c4b5a69788796a5b4c3d2e1f0")
    raw = ("POST&https%3A%2F%2Fsandbox.interswitchng.com%2Fapi%2Fv1%2Fpwm%2Fbulk%2Ftokens"
           "&1714640000&0f1e2d3c4b5a69788796a5b4c3d2e1f0&IKIAABC&sec")
    assert quote(url, safe="") in raw
    assert h == {"Authorization": "InterswitchAuth " + base64.b64encode(b"IKIAABC").decode(),
                 "Timestamp": "1714640000", "Nonce": "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
                 "SignatureMethod": "SHA-512",
                 "Signature": base64.b64encode(hashlib.sha512(raw.encode()).digest()).decode()}
    fresh = signing.auth_headers("POST", url, "IKIAABC", "sec")
    assert re.fullmatch(r"[0-9a-f]{32}", fresh["Nonce"])
    assert abs(int(fresh["Timestamp"]) - time.time()) < 5


def test_every_doc_code_is_a_refusal_with_its_own_message():
    messages = set()
    for code in ("E50", "400503", "10500"):
        outcome, message = isw.outcome_of(code)
        assert outcome is Outcome.DECLINED and message
        messages.add(message)
    assert len(messages) == 3
    outcome, message = isw.outcome_of("Z99")
    assert outcome is Outcome.DECLINED and "Z99" in message


# -- the batch the cashier typed --------------------------------------------------------------

@pytest.mark.parametrize("typed", ["08021111111", "2348021111111", "+234 802 111 1111",
                                   "802-111-1111", "+234 (0)802 111 1111", "٠٨٠٢١١١١١١١"])
def test_phone_numbers_are_stored_as_the_doc_sample_writes_them(typed):
    assert isw.normalise_phone(typed) == "08021111111"


@pytest.mark.parametrize("typed", ["06021111111", "0802111111", "44802111111", "0802111111a", ""])
def test_phones_that_are_not_nigerian_mobiles_are_refused(typed):
    with pytest.raises(InputError):
        isw.normalise_phone(typed)


def test_more_than_ten_beneficiaries_must_be_split():
    with pytest.raises(InputError, match="split"):
        vendor_request_offline(order([f"0803000000{n % 10}" for n in range(11)]))


def vendor_request_offline(o: VendOrder) -> dict[str, Any]:
    client = isw.InterswitchPaycode("http://127.0.0.1:9", CLIENT_ID, CLIENT_SECRET,
                                    front_end_partner_id="455", subscriber_id=SUBSCRIBER_ID,
                                    payment_method_code="GTMM",
                                    pin_securer=signing.SandboxPinSecurer(),
                                    now=lambda: TODAY_10AM)
    return isw.InterswitchVendor(client).request(o)


@pytest.mark.parametrize("change, message", [
    (lambda o: o.extra["entries"][0].update(amount_minor=0), "above zero"),
    (lambda o: o.extra["entries"][0].update(amount_minor=100.5), "above zero"),
    (lambda o: o.extra["entries"][1].update(one_time_pin="12a4"), "4 digits"),
    (lambda o: o.extra["entries"][1].update(one_time_pin="12345"), "4 digits"),
    (lambda o: o.extra.update(channel="USSD"), "ATM, POS, Agent, WEB"),
    (lambda o: o.extra.update(entries=[]), "at least one"),
    (lambda o: o.extra["entries"][0].update(phone="99999"), "Nigerian mobile"),
    (lambda o: o.extra.update(lifetime_minutes=0), "lifetime"),
])
def test_bad_batches_are_refused_before_sending(change, message):
    o = order(["08021111111", "08021111112"])
    change(o)
    with pytest.raises(InputError, match=message) as err:
        vendor_request_offline(o)
    assert "12345" not in str(err.value) and "12a4" not in str(err.value)


def test_total_must_equal_the_order_amount():
    o = order(["08021111111", "08021111112"])
    wrong = VendOrder(o.product, "", Money(999, "NGN"), o.key, o.terminal_id, extra=o.extra)
    with pytest.raises(InputError, match="add up"):
        vendor_request_offline(wrong)


def test_request_is_the_doc_body_with_kobo_strings_and_a_signature():
    o = order(["+2348021111111", "2348021111112"], [500000, 250000], key="ref0001",
              channel="agent")
    o.extra["entries"][1]["one_time_pin"] = ""  # falls back to the default PIN
    r = vendor_request_offline(o)
    body = r["body"]
    assert set(body) == {"additionalInfo", "amount", "batchSize", "channel", "clientId",
                         "defaultOneTimePin", "entries", "frontEndPartnerId", "macData",
                         "paymentMethodCode", "pinBlock", "referenceId", "secure", "signature",
                         "subscriberId", "tokenLifeTimeInMinutes", "ttid"}
    assert body["additionalInfo"] == {"type": "bulk"}
    assert body["amount"] == "750000" and body["batchSize"] == 2
    assert body["channel"] == "Agent" and body["tokenLifeTimeInMinutes"] == "1440"
    assert body["entries"] == [
        {"amount": "500000", "beneficiaryNumber": "08021111111", "oneTimePin": PINS[0]},
        {"amount": "250000", "beneficiaryNumber": "08021111112", "oneTimePin": "1234"}]
    assert body["referenceId"] == r["referenceId"] == "ref0001"
    assert body["ttid"] == r["ttid"] == isw.ttid_for("ref0001") and r["ttid"].isdigit()
    yymmdd = TODAY_10AM.strftime("%y%m%d")
    assert r["signatureDate"] == yymmdd
    assert body["signature"] == hashlib.sha512(
        f"{CLIENT_ID}{CLIENT_SECRET}ref0001{yymmdd}".encode()).hexdigest()
    assert r["headers"] == {"frontEndPartnerId": "455"}
    assert len(body["secure"]) == 512 and len(body["pinBlock"]) == 16
    assert len(body["macData"]) == 64
    assert json.loads(json.dumps(r)) == r  # journal-safe
    assert vendor_request_offline(o) == r  # rebuilt the same, same day
    summary = isw.batch_summary(r)
    assert summary["beneficiary.2"] == "08021111112 250000" and _no_pins(json.dumps(summary))


def test_new_keys_are_unique_and_plain():
    client = isw.InterswitchPaycode("http://127.0.0.1:9", "c", "s", front_end_partner_id="1",
                                    subscriber_id="2", payment_method_code="3",
                                    pin_securer=signing.SandboxPinSecurer())
    keys = {isw.InterswitchVendor(client).new_key("DEMO-0001") for _ in range(100)}
    assert len(keys) == 100
    assert all(re.fullmatch(r"DEMO0001\d{18}", k) for k in keys)


# -- against the sandbox ------------------------------------------------------------------------

def test_vend_gives_one_paycode_per_beneficiary_with_expiry(sandbox, caplog):
    caplog.set_level(logging.DEBUG)
    v = vendor(sandbox)
    req = v.request(order(["08021111111", "08021111112", "08021111113"],
                          [500000, 300000, 200000]))
    result = v.vend(req)
    assert result.provider_ref == req["referenceId"]
    assert [t.index for t in result.tokens] == [1, 2, 3]
    assert [t.serial for t in result.tokens] == ["08021111111", "08021111112", "08021111113"]
    assert all(t.kind == "PAYCODE" and re.fullmatch(r"\d{11}", t.value) for t in result.tokens)
    expires = (TODAY_10AM + timedelta(minutes=1440)).strftime("%Y-%m-%d %H:%M")
    assert {t.expires for t in result.tokens} == {expires}
    assert result.extra["issued"] == result.extra["requested"] == "3"
    assert result.extra["not_issued"] == ""
    assert result.extra["surcharge_minor.2"] == "10000" and result.extra["sms.3"] == "Not Sent"
    assert result.extra["amount_minor.2"] == "300000"
    assert result.extra["ttid"] == req["ttid"]
    assert _no_pins(repr(result)) and _no_pins(caplog.text)
    assert sandbox.batches()[0]["entries"][0]["oneTimePin"] == PINS[0]  # it did travel


def test_partial_success_is_visible(sandbox):
    v = vendor(sandbox)
    result = v.vend(v.request(order(["08021111111", NEVER_ISSUED_PHONE, "08021111113"],
                                    [100000, 200000, 300000])))
    assert [t.index for t in result.tokens] == [1, 3]
    assert result.extra["issued"] == "2" and result.extra["requested"] == "3"
    assert result.extra["not_issued"] == NEVER_ISSUED_PHONE
    assert result.extra["issued_minor"] == "400000"
    assert result.extra["not_issued_minor"] == "200000"
    assert "surcharge_minor.2" not in result.extra


def test_nothing_issued_is_a_refusal(sandbox):
    v = vendor(sandbox)
    with pytest.raises(ProviderDeclined, match="no paycode"):
        v.vend(v.request(order([NEVER_ISSUED_PHONE])))


def test_e50_refuses_the_whole_batch_without_showing_pins(sandbox, caplog):
    caplog.set_level(logging.DEBUG)
    v = vendor(sandbox)
    with pytest.raises(ProviderDeclined) as err:
        v.vend(v.request(order(["08021111111", E50_PHONE])))
    assert err.value.code == "E50" and err.value.message == isw.CODES["E50"][2]
    assert _no_pins(str(err.value)) and _no_pins(caplog.text)
    assert sandbox.batch_count() == 0


def test_unknown_subscriber_is_400503(sandbox):
    v = vendor(sandbox, subscriber_id="2340000000000")
    with pytest.raises(ProviderDeclined) as err:
        v.vend(v.request(order(["08021111111"])))
    assert err.value.code == "400503" and err.value.message == isw.CODES["400503"][2]


def test_wrong_secret_is_10500(sandbox):
    v = vendor(sandbox, secret="not-the-secret")
    with pytest.raises(ProviderDeclined) as err:
        v.vend(v.request(order(["08021111111"])))
    assert err.value.code == "10500" and "not-the-secret" not in str(err.value)


def _raw_post(sandbox: InterswitchSandbox, body: dict[str, Any], **header_args: str
              ) -> requests.Response:
    url = sandbox.context_url + isw.PATH
    headers = {"Content-Type": "application/json", "frontEndPartnerId": "455",
               **signing.auth_headers("POST", url, CLIENT_ID, CLIENT_SECRET, **header_args)}
    return requests.post(url, data=json.dumps(body), headers=headers, timeout=5)


def test_sandbox_refuses_stale_timestamps_and_reused_nonces(sandbox):
    body = vendor(sandbox).request(order(["08021111111"]))["body"]
    stale = _raw_post(sandbox, body, timestamp=str(int(time.time()) - 301))
    assert stale.status_code == 401 and stale.json()["errors"][0]["code"] == "10500"
    nonce = uuid.uuid4().hex
    assert _raw_post(sandbox, body, nonce=nonce).status_code == 201
    again = _raw_post(sandbox, body, nonce=nonce)
    assert again.status_code == 401 and again.json()["error"]["code"] == "10500"


@pytest.mark.parametrize("change, code", [
    (lambda b: b.update(batchSize=3), "E40"),
    (lambda b: b.update(amount="1"), "E40"),
    (lambda b: b["entries"][0].update(amount="-5"), "E40"),
    (lambda b: b.update(additionalInfo={"type": "single"}), "E40"),
    (lambda b: b.update(signature="0" * 128), "10500"),
    (lambda b: b.update(macData="0" * 64), "10500"),
])
def test_sandbox_checks_the_body_like_interswitch(sandbox, change, code):
    body = vendor(sandbox).request(order(["08021111111", "08021111112"]))["body"]
    change(body)
    resp = _raw_post(sandbox, body)
    assert resp.status_code == 401 and resp.json()["errors"][0]["code"] == code


def test_same_reference_same_body_same_paycodes(sandbox):
    v = vendor(sandbox)
    req = v.request(order(["08021111111", "08021111112"]))
    first, second = v.vend(req), v.vend(req)
    assert first == second and sandbox.batch_count() == 1


def test_same_reference_other_body_is_refused(sandbox):
    v = vendor(sandbox)
    v.vend(v.request(order(["08021111111"], key="dupref1")))
    with pytest.raises(ProviderDeclined) as err:
        v.vend(v.request(order(["08021111112"], key="dupref1")))
    assert err.value.code == "E41" and "E41" in err.value.message


@pytest.mark.parametrize("mode", ["http500", "unavailable", "garbage", "drop_after_commit"])
def test_faults_are_in_doubt_and_a_same_body_resend_is_safe(sandbox, mode):
    v = vendor(sandbox)
    req = v.request(order(["08021111111", "08021111112"]))
    sandbox.set_fault(mode)
    with pytest.raises(InDoubt) as err:
        v.vend(req)
    assert _no_pins(str(err.value))
    committed = sandbox.batch_count()
    assert committed == (1 if mode in ("garbage", "drop_after_commit") else 0)
    result = v.vend(req)  # what a supervisor's resend of the journalled bytes gets
    assert len(result.tokens) == 2 and sandbox.batch_count() == 1


def test_forced_code_fault_is_declined(sandbox):
    sandbox.set_fault("code", code="10500")
    v = vendor(sandbox)
    with pytest.raises(ProviderDeclined) as err:
        v.vend(v.request(order(["08021111111"])))
    assert err.value.code == "10500"


def test_slow_answer_is_in_doubt(sandbox):
    sandbox.set_fault("slow", delay=1.5)
    v = vendor(sandbox, timeout=(1.0, 0.3))
    with pytest.raises(InDoubt):
        v.vend(v.request(order(["08021111111"])))


def test_connection_refused_is_not_delivered():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = isw.InterswitchPaycode(f"http://127.0.0.1:{port}/api/v1", CLIENT_ID,
                                    CLIENT_SECRET, front_end_partner_id="455",
                                    subscriber_id=SUBSCRIBER_ID, payment_method_code="GTMM",
                                    pin_securer=signing.SandboxPinSecurer(), timeout=(1.0, 1.0))
    v = isw.InterswitchVendor(client)
    with pytest.raises(NotDelivered):
        v.vend(v.request(order(["08021111111"])))


# -- answers that must not pass as success ---------------------------------------------------------

class Liar(SandboxServer):
    """Answers whatever the test sets, at the doc's path."""

    provider = "liar"
    reply: Reply = (201, {})

    def setup(self) -> None:
        self.route("POST", "/api/v1" + isw.PATH, "pay", self.answer)

    def answer(self, req: Request) -> Reply:
        return self.reply


def _token(phone: str, paycode: str = "12601555803", **more: Any) -> dict[str, Any]:
    return {"phoneNumber": phone, "payCode": paycode, "smsStatus": "Not Sent",
            "expiry": "1440", "surcharge": 10000, **more}


GOOD = [_token("08021111111"), _token("08021111112", "12601531357")]


@pytest.mark.parametrize("reply", [
    (201, {"numberOfEntries": 3, "paymentTokens": GOOD}),
    (201, {"numberOfEntries": "2", "paymentTokens": GOOD}),
    (201, {"numberOfEntries": 2, "paymentTokens": "none"}),
    (201, {"paymentTokens": GOOD}),
    (201, {"numberOfEntries": 3, "paymentTokens": [*GOOD, _token("08021111111", "12601000001")]}),
    (201, {"numberOfEntries": 2, "paymentTokens": [GOOD[0], _token("08029999999")]}),
    (201, {"numberOfEntries": 2, "paymentTokens": [GOOD[0], _token("08021111112", "1260A")]}),
    (201, {"numberOfEntries": 2, "paymentTokens": [GOOD[0], _token("08021111112", "1234567")]}),
    (201, {"numberOfEntries": 2, "paymentTokens": [GOOD[0], _token("08021111112", 12601531357)]}),
    (201, {"numberOfEntries": 2, "paymentTokens": [GOOD[0], GOOD[0]]}),
    (201, {"numberOfEntries": 2, "paymentTokens": [GOOD[0], _token("08021111112", "12601531358",
                                                                   surcharge=-1)]}),
    (201, {"numberOfEntries": 2, "paymentTokens": [GOOD[0], _token("08021111112", "12601531358",
                                                                   surcharge="10.5")]}),
    (201, {"numberOfEntries": 2, "paymentTokens": [GOOD[0], _token("08021111112", "12601531358",
                                                                   expiry="soon")]}),
    (201, {"numberOfEntries": 1, "paymentTokens": [_token("08021111111", smsStatus=None)]}),
    (201, [1, 2]),
    (201, b"<html>ok</html>"),
    (200, {"numberOfEntries": 2, "paymentTokens": GOOD}),
    (401, {"message": "Unauthorized"}),
    (401, b"Unauthorized"),
    (502, {"numberOfEntries": 2, "paymentTokens": GOOD}),
    (404, {"error": "not found"}),
])
def test_bad_answers_are_in_doubt(reply):
    with Liar() as liar:
        liar.reply = reply
        client = isw.InterswitchPaycode(liar.base_url + "/api/v1", CLIENT_ID, CLIENT_SECRET,
                                        front_end_partner_id="455", subscriber_id=SUBSCRIBER_ID,
                                        payment_method_code="GTMM",
                                        pin_securer=signing.SandboxPinSecurer(),
                                        timeout=(1.0, 3.0))
        v = isw.InterswitchVendor(client)
        req = v.request(order(["08021111111", "08021111112"]))
        with pytest.raises(InDoubt) as err:
            v.vend(req)
        assert err.value.answered and _no_pins(str(err.value))


def test_liar_good_answer_passes_so_the_bad_ones_can_fail():
    with Liar() as liar:
        liar.reply = (201, {"numberOfEntries": 2, "paymentTokens": list(reversed(GOOD))})
        client = isw.InterswitchPaycode(liar.base_url + "/api/v1", CLIENT_ID, CLIENT_SECRET,
                                        front_end_partner_id="455", subscriber_id=SUBSCRIBER_ID,
                                        payment_method_code="GTMM",
                                        pin_securer=signing.SandboxPinSecurer())
        v = isw.InterswitchVendor(client)
        result = v.vend(v.request(order(["08021111111", "08021111112"])))
        assert [(t.index, t.value) for t in result.tokens] == [(1, "12601555803"),
                                                              (2, "12601531357")]


def test_401_echoing_a_pin_is_masked():
    with Liar() as liar:
        liar.reply = (401, {"errors": [{"code": "E77", "message": f"bad pin {PINS[0]}"}]})
        client = isw.InterswitchPaycode(liar.base_url + "/api/v1", CLIENT_ID, CLIENT_SECRET,
                                        front_end_partner_id="455", subscriber_id=SUBSCRIBER_ID,
                                        payment_method_code="GTMM",
                                        pin_securer=signing.SandboxPinSecurer())
        v = isw.InterswitchVendor(client)
        with pytest.raises(ProviderDeclined) as err:
            v.vend(v.request(order(["08021111111"])))
        assert err.value.code == "E77" and "E77" in err.value.message
        assert _no_pins(str(err.value)) and _no_pins(err.value.detail)


# -- the package --------------------------------------------------------------------------------

def test_check_request_refuses_a_batch_signed_with_other_credentials(sandbox):
    req = vendor(sandbox).request(order(["08021111111"]))
    vendor(sandbox).check_request(req)
    with pytest.raises(ConfigError):
        vendor(sandbox, secret="rotated").check_request(req)
    with pytest.raises(ConfigError):
        vendor(sandbox).check_request({"body": {}})


def test_build_refuses_the_sandbox_securer_against_a_real_address(sandbox):
    live = sandbox_settings(sandbox, **{
        "interswitch.base_url": "https://sandbox.interswitchng.com/api/v1"})
    with pytest.raises(ConfigError, match="key material"):
        build(live, secrets_of())
    plugged = Conf(**{**live, "interswitch.pin_securer": f"{__name__}:make_securer"})
    v = build(plugged, secrets_of())
    assert isinstance(v.client.pin_securer, KeyedSecurer)
    assert v.client.url == "https://sandbox.interswitchng.com/api/v1/pwm/bulk/tokens"
    with pytest.raises(ConfigError):
        build(Conf(**{**live, "interswitch.pin_securer": "no.such.module:x"}), secrets_of())
    with pytest.raises(ConfigError):
        build(Conf(**{**live, "interswitch.base_url": "http://paycode.example.com"}),
              secrets_of())
    with pytest.raises(ConfigError):
        build(Conf(), secrets_of())
    with pytest.raises(ConfigError):
        build(sandbox_settings(sandbox, **{"interswitch.subscriber_id": ""}), secrets_of())


class KeyedSecurer:
    """Stands for a real component a technician would install."""

    def secure(self, *, subscriber_id: str, payment_method_code: str, amount: str,
               reference_id: str, ttid: str) -> tuple[str, str, str]:
        return "ab" * 256, "cd" * 8, "ef" * 32


def make_securer(settings: Any, secret: Any) -> KeyedSecurer:
    return KeyedSecurer()


def test_package_fields_and_product():
    assert PACKAGE.name == "interswitch" and PACKAGE.role == "vendor"
    assert PACKAGE.has_enquiry is False and PACKAGE.secrets == ("interswitch.client_secret",)
    assert all(s.key.startswith("interswitch.") for s in PACKAGE.settings)
    for s in PACKAGE.settings:
        if s.check:
            assert s.check(s.default) == ""
    (p,) = PACKAGE.products(Conf(**{"interswitch.max_amount": "150000"}))
    assert (p.key, p.label, p.provider, p.currency, p.account, p.gives_token) == (
        PRODUCT_KEY, "Cash-out paycodes", "interswitch", "NGN", None, True)
    assert (p.receipt_title, p.shortcut, p.token_kind) == ("CASH-OUT PAYCODE", "F10", "PAYCODE")
    assert p.max_amount == Money(15_000_000, "NGN")
    assert not PACKAGE.enabled(Conf())


def test_demo_sandbox_from_the_package_sells_end_to_end(tmp_path: Path):
    assert PACKAGE.sandbox is not None
    run = PACKAGE.sandbox(tmp_path)
    try:
        settings = Conf(**run.settings)
        assert PACKAGE.enabled(settings)
        v = PACKAGE.build(settings, lambda name: run.secrets[name])
        assert v.name == "interswitch" and v.has_enquiry is False
        o = order(["08021111111"])
        key = v.new_key("DEMO0001")
        o = VendOrder(o.product, "", o.amount, key, "DEMO0001", extra=o.extra)
        v.check_request(req := v.request(o))
        result = v.vend(req)
        assert result.provider_ref == key and len(result.tokens) == 1
        assert (tmp_path / "sandbox-interswitch.sqlite3").exists()
        with pytest.raises(NotImplementedError):
            v.enquire(req)
        with pytest.raises(InputError):
            v.lookup(o.product, "")
    finally:
        run.server.stop()


def test_package_import_pulls_in_neither_the_sandbox_nor_qt():
    code = ("import sys, posapp.providers.interswitch as p; "
            "assert p.PACKAGE.name == 'interswitch'; "
            "bad = [m for m in sys.modules if m.endswith('interswitch.sandbox') or "
            "m.startswith('PySide6')]; assert not bad, bad")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).parents[2], timeout=60)
    assert done.returncode == 0, done.stderr

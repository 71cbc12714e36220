"""Hostile provider answers over real HTTP: none becomes a sale, none reaches paper.

A tiny loopback server answers each payment with crafted bytes; the real eFactory and
bills clients must call every one in doubt (never a success, never a final decline), and
every call ends within its total deadline whatever the server does.
"""

from __future__ import annotations

import gzip
import http.server
import json
import threading
import time

import pytest

from posapp.domain.errors import InDoubt, NotDelivered, ProviderBusy
from posapp.domain.money import Money
from posapp.domain.text import printable
from posapp.providers import http as phttp
from posapp.providers.bills import client as ag
from posapp.providers.efactory import client as ef

GOOD_TOKEN = {"index": "1", "type": "CREDIT", "token": "1234 5678 9012 3456 7890"}


def good(**over):
    body = {"responseCode": "00", "responseMessage": "SUCCESS", "rrr": "SMS1434094655818",
            "itemId": "000000000001", "tokenData": [GOOD_TOKEN],
            "paymentData": {"kwH": 45.1, "rate": "16.11", "cFee": 105, "rnd": []}}
    body.update(over)
    return json.dumps(body).encode()


class Crafted(http.server.ThreadingHTTPServer):
    """Answers every request with (status, headers, body) or a callable writing it."""

    daemon_threads = True

    def __init__(self):
        self.answer = (200, {}, good())

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_any(self):
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                answer = server.answer
                if callable(answer):
                    return answer(self)
                status, headers, body = answer
                self.send_response(status)
                for k, v in {"Content-Type": "application/json",
                             "Content-Length": str(len(body)), **headers}.items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except OSError:
                    pass

            do_GET = do_POST = do_any

        server = self
        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture()
def crafted():
    s = Crafted()
    yield s
    s.shutdown()
    s.server_close()


def pay(server, timeout=(1.0, 2.0), meter_type="PREPAID"):
    client = ef.EFactory(server.url, "key", "tok", timeout=timeout)
    body = client.payment_body(ef.PaymentRequest(meter_type, "54140724110", "389",
                                                 "000000000001", Money(500000, "NGN"),
                                                 "T1", "IBD"))
    return client.pay(body)


def test_a_good_answer_is_a_sale(crafted):
    assert pay(crafted).tokens[0].value == "1234 5678 9012 3456 7890"


def _dup_codes():
    return b'{"responseCode":"00","responseCode":"01","rrr":"R1","tokenData":[' + \
        json.dumps(GOOD_TOKEN).encode() + b"]}"


HOSTILE = {
    "empty token list": (200, {}, good(tokenData=[])),
    "null token list": (200, {}, good(tokenData=None)),
    "token 123": (200, {}, good(tokenData=[{"index": "1", "token": "123"}])),
    "300 digits": (200, {}, good(tokenData=[{"index": "1", "token": "9" * 300}])),
    "script in token": (200, {}, good(tokenData=[{"index": "1",
                                                  "token": "ABCD-EFGH-<script>"}])),
    "control bytes in token": (200, {}, good(tokenData=[{
        "index": "1", "token": "1234\x1bp\x00\x195678\x1bi9012\x1b@3456\x077890"}])),
    "not our shape": (200, {}, b'{"a":1}'),
    "reference NaN": (200, {}, good(rrr=float("nan")).replace(b"NaN", b"NaN")),
    "reference with spaces": (200, {}, good(rrr="SMS 1; DROP")),
    "HTTP 400 with success": (400, {}, good()),
    "HTTP 302 with success": (302, {"Location": "http://127.0.0.1:1/"}, good()),
    "negative amount": (200, {}, good(amount="-5000")),
    "negative units": (200, {}, good(paymentData={"kwH": -4})),
    "negative charge": (200, {}, good(paymentData={"rnd": [{"amount": "-1.00"}]})),
    "20,000 tokens": (200, {}, good(tokenData=[dict(GOOD_TOKEN, index=str(n))
                                               for n in range(1, 20001)])),
    "duplicate responseCode": (200, {}, _dup_codes()),
    "nested JSON": (200, {}, b'{"responseCode":"00","rrr":' + b"[" * 50000 + b"]" * 50000
                    + b"}"),
    "token indexes with a gap": (200, {}, good(tokenData=[dict(GOOD_TOKEN, index="2")])),
    "tokens for a postpaid bill": None,  # see below
    "unknown code": (200, {}, good(responseCode="77")),
    "binary garbage": (200, {}, bytes(range(256))),
}


@pytest.mark.parametrize("case", [k for k, v in HOSTILE.items() if v])
def test_hostile_answers_are_in_doubt(crafted, case):
    crafted.answer = HOSTILE[case]
    with pytest.raises(InDoubt):
        pay(crafted)


def test_tokens_on_a_postpaid_answer_are_in_doubt(crafted):
    with pytest.raises(InDoubt):
        pay(crafted, meter_type="POSTPAID")
    crafted.answer = (200, {}, good(tokenData=[]))
    assert pay(crafted, meter_type="POSTPAID").tokens == ()


def test_gzip_bomb_is_refused_without_growing(crafted):
    bomb = gzip.compress(b"{" + b" " * (200 * 1024 * 1024) + b"}", compresslevel=9)
    assert len(bomb) < 300 * 1024
    crafted.answer = (200, {"Content-Encoding": "gzip"}, bomb)
    with pytest.raises(InDoubt) as err:
        pay(crafted, timeout=(1.0, 5.0))
    assert "cap" in err.value.detail


def test_a_small_gzip_answer_is_read(crafted):
    crafted.answer = (200, {"Content-Encoding": "gzip"}, gzip.compress(good()))
    assert pay(crafted).provider_ref == "SMS1434094655818"


def test_a_trickling_answer_ends_at_the_total_deadline(crafted):
    def trickle(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.end_headers()
        try:
            for byte in good():
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
                time.sleep(0.3)  # each byte well inside the 2 s read timeout
        except OSError:
            pass

    crafted.answer = trickle
    started = time.monotonic()
    with pytest.raises(InDoubt):
        pay(crafted, timeout=(1.0, 2.0))
    assert time.monotonic() - started < 4.5  # connect + read = 3 s in total, not 90


def test_trickling_headers_also_end_at_the_deadline(crafted):
    def slow_headers(handler):
        try:
            handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for _ in range(100):
                handler.wfile.write(b"X-Slow: 1\r\n")
                handler.wfile.flush()
                time.sleep(0.3)
        except OSError:
            pass

    crafted.answer = slow_headers
    started = time.monotonic()
    with pytest.raises(InDoubt):
        pay(crafted, timeout=(1.0, 2.0))
    assert time.monotonic() - started < 4.5


def test_an_oversized_answer_is_in_doubt(crafted):
    crafted.answer = (200, {}, b'{"pad":"' + b"x" * (phttp.MAX_BODY + 10) + b'"}')
    with pytest.raises(InDoubt):
        pay(crafted)


def test_a_refused_connection_was_never_sent():
    with pytest.raises(NotDelivered):
        pay(type("S", (), {"url": "http://127.0.0.1:9"})())


def test_control_characters_never_survive_a_provider_string(crafted):
    crafted.answer = (200, {}, json.dumps({
        "responseCode": "00", "name": "MR \x1b[31mRED\x1b[0m \x1bpKICK\u202eEVIL",
        "meterType": "PREPAID"}).encode())
    client = ef.EFactory(crafted.url, "key", "tok", timeout=(1.0, 2.0))
    name = client.validate_meter("PREPAID", "54140724110").name
    assert "\x1b" not in name and "\u202e" not in name
    assert name == "MR [31mRED[0m pKICKEVIL"


def test_printable_keeps_letters_of_every_script():
    assert printable("Jean-Baptiste Ndayisenga, Ọ̀ṣun Ésọ́") == \
        "Jean-Baptiste Ndayisenga, Ọ̀ṣun Ésọ́"
    assert printable("a\tb\nc\x00d\x1be\x7ff\x9bg") == "a b cdefg"


@pytest.mark.parametrize("code", ["06", "11"])
def test_a_lookup_system_error_is_asked_again_not_declined(crafted, code):
    crafted.answer = (200, {}, json.dumps({"responseCode": code}).encode())
    client = ef.EFactory(crafted.url, "key", "tok", timeout=(1.0, 2.0))
    with pytest.raises(ProviderBusy) as err:
        client.validate_meter("PREPAID", "54140724110")
    assert "again" in err.value.message


BILLS_HOSTILE = {
    "no response code": (b'{"transaction_id":"5a3388ac22a","pin_code":"30223994430000000000"}',
                         "electricity"),
    "electricity without token": (b'{"response":"OK","transaction_id":"5a3388ac22a"}',
                                  "electricity"),
    "short token": (b'{"response":"OK","transaction_id":"5a3","pin_code":"123"}',
                    "electricity"),
    "waec without pins": (b'{"response":"OK","transaction_id":"5a3","pins":[]}', "waec"),
    "a token on a TV payment": (b'{"response":"OK","transaction_id":"5a3",'
                                b'"pin_code":"30223994430000000000"}', "tv"),
    "negative amount": (b'{"response":"OK","transaction_id":"5a3",'
                        b'"discounted_amount":"-700"}', "tv"),
}


@pytest.mark.parametrize("case", list(BILLS_HOSTILE))
def test_hostile_bills_answers_are_in_doubt(crafted, case):
    body, category = BILLS_HOSTILE[case]
    crafted.answer = (200, {}, body)
    client = ag.BillsAggregator(crafted.url, "user", "tok", "e@x", timeout=(1.0, 2.0))
    form = client.payment_form(category, "P1", "ref1", number="0100040261",
                               amount=Money(100000, "NGN"))
    with pytest.raises(InDoubt):
        client.pay(form)

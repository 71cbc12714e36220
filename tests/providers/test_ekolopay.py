"""EkoloPay Collect against its sandbox over loopback HTTP: bodies and auth as the doc,
every code and status mapped, UNAVAILABLE_SERVICE, the hosted page, bad answers, faults."""

from __future__ import annotations

import html
import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
import requests

from posapp.domain.errors import (
    ConfigError,
    InDoubt,
    InputError,
    NotDelivered,
    UnknownReference,
)
from posapp.domain.money import Money
from posapp.providers.base import Collection, CollectOrder
from posapp.providers.ekolopay import PACKAGE, tenders
from posapp.providers.ekolopay.client import (
    CODES,
    STATUSES,
    EkoloPay,
    EkoloPayCollector,
    Unavailable,
    check_phone,
)
from posapp.providers.ekolopay.sandbox import (
    API_CLIENT,
    DEMO_PHONE,
    GATEWAY,
    MESSAGES,
    PAGE,
    SECRET_KEY,
    EkoloPaySandbox,
)
from posapp.providers.loopback import Reply, Request, SandboxServer
from posapp.providers.outcomes import Outcome


class Conf(dict[str, Any]):
    """Settings as a plain dict, defaults from the package."""

    def __init__(self, **values: Any) -> None:
        super().__init__({s.key: s.default for s in PACKAGE.settings})
        self.update({k.replace("__", "."): v for k, v in values.items()})


TENDER = tenders(Conf())[0]


@pytest.fixture
def sb() -> Iterator[EkoloPaySandbox]:
    with EkoloPaySandbox() as s:
        yield s


@pytest.fixture
def sbs() -> Iterator[EkoloPaySandbox]:
    """The sandbox answering check-payment with the callback's status and message too."""
    with EkoloPaySandbox(status_in_check=True) as s:
        yield s


def collector(server: SandboxServer, *, secret: str = SECRET_KEY, api_client: str = API_CLIENT,
              timeout: tuple[float, float] = (2.0, 5.0)) -> EkoloPayCollector:
    client = EkoloPay(server.base_url + GATEWAY, api_client, secret, timeout=timeout)
    return EkoloPayCollector(client, server.base_url + PAGE)


def order(c: EkoloPayCollector, amount: int = 2500, phone: str = DEMO_PHONE, name: str = "Kanza",
          currency: str = "XAF") -> CollectOrder:
    return CollectOrder(TENDER, Money(amount, currency), c.new_key("DEMO0001"), "DEMO0001",
                        phone, name, "Electricity prepaid")


def capture(server: SandboxServer) -> list[Request]:
    seen: list[Request] = []
    server.observers.append(seen.append)
    return seen


def control(server: SandboxServer, token: str, **spec: Any) -> dict[str, Any]:
    resp = requests.post(f"{server.base_url}/_sandbox/pay/{token}", json=spec, timeout=5)
    assert resp.status_code == 200, resp.text
    answer: dict[str, Any] = resp.json()
    return answer


def no_secret(exc: BaseException) -> None:
    assert SECRET_KEY not in str(exc)
    assert SECRET_KEY not in getattr(exc, "detail", "")


# -- requests exactly as the doc ----------------------------------------------------------


def test_purchase_token_body_and_auth_as_the_doc(sb: EkoloPaySandbox) -> None:
    c = collector(sb)
    seen = capture(sb)
    o = order(c)
    request = c.request(o)
    assert SECRET_KEY not in json.dumps(request)  # the journalled request holds no secret

    got = c.start(request)

    (req,) = seen
    assert (req.method, req.path) == ("POST", "/api/v1/gateway/purchase-token")
    assert req.query == {"api_client": ["demo"]}
    assert req.headers["content-type"] == "application/x-www-form-urlencoded"
    fields = parse_qsl(req.body.decode(), strict_parsing=True)
    assert [k for k, _ in fields] == ["customer", "product", "amount", "secret_key"]
    form = dict(fields)
    assert form["amount"] == "2500"
    assert form["secret_key"] == "054e9a59-ab57-4e9a-940d-97e6b940d875"
    assert json.loads(form["customer"]) == {"name": "Kanza", "phone": "066304925"}
    product = json.loads(form["product"])
    assert product["label"] == "Electricity prepaid"
    assert product["amount"] == 2500 and isinstance(product["amount"], int)
    assert o.key in product["details"]  # our reference, for the merchant's back office

    assert got.status == Collection.PENDING
    assert len(got.reference) == 32 and sb.state(got.reference) == "PENDING"
    assert got.page_url == f"{sb.base_url}/purchase-product/{got.reference}"
    assert sb.purchase(got.reference)["amount"] == 2500


def test_check_payment_body_and_auth_as_the_doc(sb: EkoloPaySandbox) -> None:
    c = collector(sb)
    request = c.request(order(c))
    token = c.start(request).reference
    seen = capture(sb)

    got = c.poll(request)

    (req,) = seen
    assert (req.method, req.path) == ("POST", "/api/v1/gateway/check-payment")
    assert req.query == {"api_client": ["demo"]}
    assert req.headers["content-type"] == "application/x-www-form-urlencoded"
    assert req.form() == {"purchaseToken": token, "secret_key": SECRET_KEY}
    assert (got.status, got.reference) == (Collection.PENDING, token)
    assert got.page_url.endswith("/purchase-product/" + token)


def test_amount_phone_and_currency_checked_before_anything_is_sent(sb: EkoloPaySandbox) -> None:
    c = collector(sb)
    with pytest.raises(InputError):
        c.request(order(c, currency="RWF"))
    with pytest.raises(InputError):
        c.request(order(c, amount=0))
    with pytest.raises(InputError):
        c.request(order(c, phone="12ab"))
    assert check_phone("+242 06 630-49-25") == "242066304925"
    anonymous = json.loads(c.request(order(c, name=""))["customer"])
    assert anonymous == {"phone": DEMO_PHONE}  # name is facultatif
    assert sb.requests_seen == 0


# -- codes and statuses -------------------------------------------------------------------


def test_every_doc_code_and_status_is_mapped() -> None:
    assert set(CODES) == {"purchase-token", "check-payment"}
    for table in CODES.values():
        assert set(table) == {200, 0}
    assert CODES["purchase-token"][0][0] is Outcome.DECLINED  # nothing was created
    assert CODES["check-payment"][0][0] is Outcome.IN_DOUBT  # may still be paid
    assert set(STATUSES) == {"SUCCESS", "SUCCESSFUL", "FAILED", "REJECTED", "TIMEOUT"}
    for status, (doc_message, successful, _ours, _cashier) in STATUSES.items():
        assert MESSAGES[status] == doc_message
        assert successful == (status in ("SUCCESS", "SUCCESSFUL"))


@pytest.mark.parametrize("status, expected, words", [
    ("SUCCESS", Collection.PAID, ""),
    ("SUCCESSFUL", Collection.PAID, ""),
    ("FAILED", Collection.FAILED, "failed"),
    ("REJECTED", Collection.FAILED, "rejected"),
    ("TIMEOUT", Collection.FAILED, "in time"),
])
def test_each_status_in_check_payment(sbs: EkoloPaySandbox, status: str, expected: str,
                                      words: str) -> None:
    c = collector(sbs)
    request = c.request(order(c))
    token = c.start(request).reference
    assert control(sbs, token, status=status)["status"] == status

    got = c.poll(request)

    assert got.status == expected
    assert words in got.message and (got.message == "") == (expected == Collection.PAID)
    assert status in got.detail


def test_doc_shape_paid_is_paid_and_not_paid_is_still_pending(sb: EkoloPaySandbox) -> None:
    """The doc's check-payment says only payment_successful: false cannot tell a refusal
    from a customer still on the page, so it stays PENDING (the deadline ends it)."""
    c = collector(sb)
    paid_req, declined_req = c.request(order(c)), c.request(order(c))
    paid, declined = c.start(paid_req).reference, c.start(declined_req).reference
    control(sb, paid, approve=True)
    control(sb, declined, approve=False)

    assert c.poll(paid_req).status == Collection.PAID
    assert c.poll(declined_req).status == Collection.PENDING
    assert sb.state(declined) == "REJECTED"


def test_start_refused_with_code_0_is_failed(sb: EkoloPaySandbox) -> None:
    for c in (collector(sb, secret="wrong-secret"), collector(sb, api_client="nobody")):
        got = c.start(c.request(order(c)))
        assert got.status == Collection.FAILED
        assert got.message == CODES["purchase-token"][0][1]
        assert "code 0" in got.detail and "wrong-secret" not in got.detail
    assert sb.sql("SELECT COUNT(*) FROM purchases")[0][0] == 0


def test_sandbox_refuses_a_product_amount_that_differs(sb: EkoloPaySandbox) -> None:
    c = collector(sb)
    request = c.request(order(c))
    product = json.loads(request["product"])
    product["amount"] = 1
    got = c.start({**request, "product": json.dumps(product)})
    assert got.status == Collection.FAILED and "ne correspond pas" in got.detail


def test_poll_code_0_is_in_doubt_answered(sb: EkoloPaySandbox) -> None:
    c = collector(sb)
    request = c.request(order(c))
    with pytest.raises(InDoubt) as err:
        c.poll(request, reference="0123456789abcdef0123456789abcdef")  # never issued
    assert err.value.answered and "inconnu" in err.value.detail
    c.start(request)
    with pytest.raises(InDoubt) as err:
        collector(sb, secret="wrong-secret").poll(request, reference=c.start(request).reference)
    assert err.value.answered
    no_secret(err.value)


@pytest.mark.parametrize("target, code, outcome", [
    ("pay", "0", Collection.FAILED),
    ("pay", "1", InDoubt),
    ("pay", "200", InDoubt),  # 200 without API_DATA
    ("enquiry", "0", InDoubt),
    ("enquiry", "500", InDoubt),
    ("enquiry", "200", InDoubt),
])
def test_forced_codes(sb: EkoloPaySandbox, target: str, code: str, outcome: Any) -> None:
    c = collector(sb)
    request = c.request(order(c))
    if target == "enquiry":
        c.start(request)
    sb.set_fault("code", target, code=code)
    call = c.start if target == "pay" else c.poll
    if isinstance(outcome, str):
        assert call(request).status == outcome
    else:
        with pytest.raises(outcome):
            call(request)


# -- service unavailable ------------------------------------------------------------------


@pytest.mark.parametrize("http_status", [200, 503])
def test_unavailable_on_start_is_not_delivered(sb: EkoloPaySandbox, http_status: int) -> None:
    sb.unavailable_status = http_status
    sb.set_fault("unavailable", "pay")
    c = collector(sb)
    request = c.request(order(c))
    with pytest.raises(NotDelivered) as err:
        c.start(request)
    assert "UNAVAILABLE_SERVICE" in err.value.detail
    assert sb.sql("SELECT COUNT(*) FROM purchases")[0][0] == 0
    with pytest.raises(UnknownReference):  # nothing was created, nothing to poll
        c.poll(request)


def test_unavailable_on_poll_is_still_pending_answered(sb: EkoloPaySandbox) -> None:
    c = collector(sb)
    request = c.request(order(c))
    token = c.start(request).reference
    sb.unavailable = True
    with pytest.raises(InDoubt) as err:
        c.poll(request)
    assert isinstance(err.value, Unavailable) and err.value.answered
    with pytest.raises(NotDelivered):
        c.start(c.request(order(c)))
    sb.unavailable = False
    control(sb, token, approve=True)
    assert c.poll(request).status == Collection.PAID


def test_a_bare_503_is_in_doubt_not_unavailable(sb: EkoloPaySandbox) -> None:
    c = collector(sb)
    request = c.request(order(c))
    sb.set_fault("http500", "pay")
    with pytest.raises(InDoubt) as err:
        c.start(request)
    assert not isinstance(err.value, Unavailable)


# -- the hosted page ----------------------------------------------------------------------


def test_page_shows_pay_and_decline_and_approve_by_form_post(sbs: EkoloPaySandbox) -> None:
    c = collector(sbs)
    request = c.request(order(c, amount=15000))
    page = c.start(request).page_url

    shown = requests.get(page, timeout=5)
    assert shown.status_code == 200 and "text/html" in shown.headers["content-type"]
    assert 'value="pay"' in shown.text and 'value="decline"' in shown.text
    assert "15000 XAF" in shown.text
    done = requests.post(page, data={"action": "pay"}, timeout=5)
    assert "Paiement réussi." in html.unescape(done.text)

    assert c.poll(request).status == Collection.PAID
    requests.post(page, data={"action": "decline"}, timeout=5)  # too late: stays paid
    assert c.poll(request).status == Collection.PAID


def test_decline_by_form_post(sbs: EkoloPaySandbox) -> None:
    c = collector(sbs)
    request = c.request(order(c))
    page = c.start(request).page_url
    requests.post(page, data={"action": "decline"}, timeout=5)
    got = c.poll(request)
    assert got.status == Collection.FAILED and "rejected" in got.message
    assert "Payer" not in requests.get(page, timeout=5).text


def test_control_endpoint_is_idempotent(sbs: EkoloPaySandbox) -> None:
    c = collector(sbs)
    request = c.request(order(c))
    token = c.start(request).reference
    assert control(sbs, token, approve=False)["changed"] is True
    assert control(sbs, token, approve=True) == {"purchaseToken": token, "status": "REJECTED",
                                                 "changed": False}
    assert c.poll(request).status == c.poll(request).status == Collection.FAILED
    unknown = requests.post(f"{sbs.base_url}/_sandbox/pay/nope", json={}, timeout=5)
    assert unknown.status_code == 404


def test_auto_approve_by_phone(sbs: EkoloPaySandbox) -> None:
    sbs.auto_approve = 5.0
    c = collector(sbs)
    reqs = {p: c.request(order(c, phone=p)) for p in ("066304925", "066304929", "066304920")}
    for r in reqs.values():
        c.start(r)
    assert all(c.poll(r).status == Collection.PENDING for r in reqs.values())
    sbs.sql("UPDATE purchases SET created = created - 10")  # as if 10 s went by

    assert c.poll(reqs["066304925"]).status == Collection.PAID
    assert c.poll(reqs["066304929"]).status == Collection.FAILED
    assert c.poll(reqs["066304920"]).status == Collection.PENDING


# -- answers that must not be trusted -----------------------------------------------------


class Liar(SandboxServer):
    """Answers whatever the test sets, at the doc's paths."""

    provider = "ekolopay-liar"

    def setup(self) -> None:
        self.token_reply: Reply = (200, {})
        self.check_reply: Reply = (200, {})
        self.route("POST", GATEWAY + "/purchase-token", "pay", lambda r: self.token_reply)
        self.route("POST", GATEWAY + "/check-payment", "enquiry", lambda r: self.check_reply)


TOKEN = "940d4e9aab5797e6055e1259b84a9875"


def envelope(code: Any, data: Any) -> dict[str, Any]:
    return {"response": {"API_RESPONSE_CODE": code, "API_RESPONSE_DATA": data}}


def good_token(**extra: Any) -> dict[str, Any]:
    return envelope(200, {"API_DATA": {"purchaseToken": TOKEN, **extra}})


def good_check(**api_data: Any) -> dict[str, Any]:
    return envelope(200, {"API_DATA": {"payment_successful": True, **api_data}})


def test_liar_telling_the_truth_is_believed() -> None:
    with Liar() as liar:
        c = collector(liar)
        request = c.request(order(c))
        liar.token_reply = (200, good_token(amount=2500))
        liar.check_reply = (200, good_check(purchaseToken=TOKEN, status="SUCCESSFUL"))
        assert c.start(request).reference == TOKEN
        assert c.poll(request).status == Collection.PAID


@pytest.mark.parametrize("reply", [
    (200, envelope("200", {"API_DATA": {"purchaseToken": TOKEN}})),
    (200, envelope(True, {"API_DATA": {"purchaseToken": TOKEN}})),
    (200, envelope(201, {"API_DATA": {"purchaseToken": TOKEN}})),
    (200, envelope(200, {"API_DATA": {"purchaseToken": 12345678901}})),
    (200, envelope(200, {"API_DATA": {"purchaseToken": "../../pay/evil"}})),
    (200, envelope(200, {"API_DATA": {"purchaseToken": ""}})),
    (200, envelope(200, {"API_DATA": {}})),
    (200, envelope(200, {"API_DATA": "token"})),
    (200, envelope(200, [])),
    (200, good_token(amount=250)),
    (200, good_token(amount="2500")),
    (200, {"API_RESPONSE_CODE": 200}),
    (200, {"response": []}),
    (200, [1, 2]),
    (500, good_token()),
    (302, good_token()),
    (200, b"<html>maintenance</html>"),
    (200, {"code": 0, "reason": "SOMETHING_ELSE"}),
])
def test_bad_purchase_token_answers_are_in_doubt(reply: Reply) -> None:
    with Liar() as liar:
        liar.token_reply = reply
        c = collector(liar)
        with pytest.raises(InDoubt) as err:
            c.start(c.request(order(c)))
        no_secret(err.value)


@pytest.mark.parametrize("api_data", [
    {"payment_successful": "true"},
    {"payment_successful": 1},
    {"payment_successful": None},
    {},
    {"payment_successful": True, "purchaseToken": "another-token-0001"},
    {"payment_successful": False, "status": "SUCCESS"},
    {"payment_successful": True, "status": "REJECTED"},
    {"payment_successful": True, "status": "PAID"},
    {"payment_successful": True, "status": 200},
])
def test_bad_check_payment_answers_are_in_doubt(api_data: dict[str, Any]) -> None:
    with Liar() as liar:
        c = collector(liar)
        request = c.request(order(c))
        liar.check_reply = (200, envelope(200, {"API_DATA": api_data}))
        with pytest.raises(InDoubt):
            c.poll(request, reference=TOKEN)


def test_garbage_after_commit_then_poll_says_never_shown(sb: EkoloPaySandbox) -> None:
    """GIVEN the token was made but its answer came back garbled WHEN polled THEN
    UnknownReference: nobody saw the page, so nobody can have paid it."""
    c = collector(sb)
    request = c.request(order(c))
    sb.set_fault("garbage", "pay")
    with pytest.raises(InDoubt):
        c.start(request)
    assert sb.sql("SELECT COUNT(*) FROM purchases")[0][0] == 1
    with pytest.raises(UnknownReference):
        c.poll(request)


@pytest.mark.parametrize("mode", ["drop_after_commit", "http500", "garbage"])
def test_faults_on_poll_are_in_doubt(sb: EkoloPaySandbox, mode: str) -> None:
    c = collector(sb)
    request = c.request(order(c))
    c.start(request)
    sb.set_fault(mode, "enquiry")
    with pytest.raises(InDoubt):
        c.poll(request)
    assert c.poll(request).status == Collection.PENDING  # one fault only


@pytest.mark.parametrize("target", ["pay", "enquiry"])
def test_slow_answer_is_in_doubt(sb: EkoloPaySandbox, target: str) -> None:
    c = collector(sb, timeout=(2.0, 0.3))
    request = c.request(order(c))
    if target == "enquiry":
        c.start(request)
    sb.set_fault("slow", target, delay=1.5)
    with pytest.raises(InDoubt) as err:
        (c.start if target == "pay" else c.poll)(request)
    assert not err.value.answered


def test_drop_after_commit_on_start_is_in_doubt(sb: EkoloPaySandbox) -> None:
    c = collector(sb)
    sb.set_fault("drop_after_commit", "pay")
    with pytest.raises(InDoubt):
        c.start(c.request(order(c)))


def test_connection_refused_is_not_delivered() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again before use: nothing listens there
    client = EkoloPay(f"http://127.0.0.1:{port}{GATEWAY}", API_CLIENT, SECRET_KEY,
                      timeout=(1.0, 1.0))
    c = EkoloPayCollector(client, f"http://127.0.0.1:{port}{PAGE}")
    request = c.request(order(c))
    with pytest.raises(NotDelivered) as err:
        c.start(request)
    no_secret(err.value)
    with pytest.raises(NotDelivered):
        c.poll(request, reference=TOKEN)


# -- the collector across processes -------------------------------------------------------


def test_poll_after_a_restart_needs_the_journalled_reference(sb: EkoloPaySandbox) -> None:
    c = collector(sb)
    request = c.request(order(c))
    token = c.start(request).reference
    control(sb, token, approve=True)
    fresh = collector(sb)  # another process: it never saw the start
    # No journalled token: the page was never shown, so the service may end the sale.
    with pytest.raises(UnknownReference):
        fresh.poll(request)
    assert fresh.poll(request, reference=token).status == Collection.PAID
    with pytest.raises(InDoubt):
        fresh.poll(request, reference="bad/token")


def test_cancel_sends_nothing(sb: EkoloPaySandbox) -> None:
    c = collector(sb)
    request = c.request(order(c))
    token = c.start(request).reference
    before = sb.requests_seen
    c.cancel(request)
    assert sb.requests_seen == before and sb.state(token) == "PENDING"


def test_plain_http_refused_except_loopback() -> None:
    with pytest.raises(ConfigError):
        EkoloPay("http://ekolopay.com/api/v1/gateway", API_CLIENT, SECRET_KEY)
    client = EkoloPay("https://ekolopay.com/api/v1/gateway", API_CLIENT, SECRET_KEY)
    with pytest.raises(ConfigError):
        EkoloPayCollector(client, "http://ekolopay.com/purchase-product")
    c = EkoloPayCollector(client, "https://ekolopay.com/purchase-product/")
    assert c.page(TOKEN) == f"https://ekolopay.com/purchase-product/{TOKEN}"


# -- the package --------------------------------------------------------------------------


def test_package_settings_tender_and_build() -> None:
    assert (PACKAGE.name, PACKAGE.role, PACKAGE.secrets) == ("ekolopay", "collector",
                                                            ("ekolopay.secret_key",))
    off = Conf()
    assert not PACKAGE.enabled(off)
    with pytest.raises(ConfigError):
        PACKAGE.build(off, lambda name: SECRET_KEY)
    on = Conf(ekolopay__api_client="demo")
    assert PACKAGE.enabled(on)
    (tender,) = PACKAGE.tenders(on)
    assert (tender.key, tender.provider, tender.currencies) == ("ekolopay.momo", "ekolopay",
                                                               ("XAF",))
    assert tender.shows_page and tender.needs_phone and float(tender.params["timeout"]) > 0
    built = PACKAGE.build(on, lambda name: {"ekolopay.secret_key": SECRET_KEY}[name])
    assert isinstance(built, EkoloPayCollector)
    assert built.page("x" * 32) == "https://ekolopay.com/purchase-product/" + "x" * 32

    def missing(name: str) -> str:
        raise ConfigError("No secret.", name)

    with pytest.raises(ConfigError):
        PACKAGE.build(on, missing)
    for s in PACKAGE.settings:
        assert s.check is None or s.check(s.default) == "", s.key


def test_package_sandbox_runs_the_whole_flow(tmp_path: Path) -> None:
    assert PACKAGE.sandbox is not None
    run = PACKAGE.sandbox(tmp_path, 0)
    try:
        conf = Conf(**{k.replace(".", "__"): v for k, v in run.settings.items()})
        c = PACKAGE.build(conf, lambda name: run.secrets[name])
        request = c.request(order(c))
        got = c.start(request)
        assert got.page_url.startswith(run.server.base_url + "/purchase-product/")
        assert requests.post(got.page_url, data={"action": "pay"}, timeout=5).ok
        assert c.poll(request).status == Collection.PAID
        assert (tmp_path / "sandbox-ekolopay.sqlite3").exists()
    finally:
        run.server.stop()


def test_package_does_not_import_its_sandbox() -> None:
    code = ("import sys, posapp.providers.ekolopay; "
            "assert 'posapp.providers.ekolopay.sandbox' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)

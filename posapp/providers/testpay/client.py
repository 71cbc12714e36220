"""The test wallet: a collector that exists only on loopback, for training, the demo and
the tests of the collection path (start, poll, cancel) before the real collectors.

API (its own, small, JSON): POST /payments {ref, amount, currency, phone} starts a payment;
GET /payments/{ref} tells where it stands; POST /payments/{ref}/cancel drops a pending one.
Amounts are integer minor units. Answers: {"ref", "status": PENDING|PAID|FAILED|CANCELLED,
"id", "amount", "currency", "page_url", "reason"}; 404 {"error": "unknown"} for a ref it
never saw.
"""

from __future__ import annotations

import secrets
import time
from typing import Any
from urllib.parse import urlsplit

import requests

from posapp.domain.errors import ConfigError, InDoubt, InputError, UnknownReference
from posapp.domain.product import ascii_digits
from posapp.providers import http
from posapp.providers.base import Collection, CollectOrder

STATUSES = {"PENDING": Collection.PENDING, "PAID": Collection.PAID,
            "FAILED": Collection.FAILED, "CANCELLED": Collection.FAILED}
REASONS = {
    "declined": "The customer declined the payment on their phone.",
    "cancelled": "The payment was cancelled.",
    "expired": "The customer did not approve in time.",
}


def check_phone(text: str) -> str:
    digits = "".join(ch for ch in ascii_digits(text) if ch not in " -+")
    if not (digits.isascii() and digits.isdigit() and 8 <= len(digits) <= 15):
        raise InputError("That is not a phone number.", f"phone {text!r}")
    return digits


class TestWallet:
    __test__ = False  # not a pytest class, whatever its name
    """Collector for the test wallet sandbox. Refuses any address but loopback."""

    name = "testpay"

    def __init__(self, base_url: str, *, timeout: tuple[float, float] = (2.0, 10.0),
                 session: requests.Session | None = None) -> None:
        host = urlsplit(base_url).hostname or ""
        if not http.is_loopback(host):
            raise ConfigError("The test wallet only runs on this terminal (training).",
                              f"testpay.base_url {base_url!r} is not loopback")
        self.base_url = http.check_base_url(base_url)
        self.timeout = timeout
        self.session = session or http.new_session()

    def new_key(self, terminal_id: str) -> str:
        return f"TP{time.strftime('%y%m%d%H%M%S')}{secrets.randbelow(10**6):06d}"

    def request(self, order: CollectOrder) -> dict[str, Any]:
        return {"ref": order.key, "amount": order.amount.minor,
                "currency": order.amount.currency, "phone": check_phone(order.phone)}

    def _answer(self, resp: requests.Response, request: dict[str, Any]) -> Collection:
        if resp.status_code == 404:
            raise UnknownReference("The test wallet has no such payment.", request["ref"])
        body = http.json_body(resp, "testpay")
        status = STATUSES.get(str(body.get("status")))
        if (status is None or body.get("ref") != request["ref"]
                or body.get("amount") != request["amount"]
                or body.get("currency") != request["currency"]):
            raise InDoubt("The payment service's answer could not be read.",
                          f"testpay: unexpected answer {str(body)[:200]!r}")
        reason = str(body.get("reason") or "")
        message = REASONS.get(reason, "The payment was not made.") if status == "FAILED" else ""
        return Collection(status, str(body.get("id") or ""), str(body.get("page_url") or ""),
                          message, f"testpay {request['ref']}: {body.get('status')} {reason}")

    def start(self, request: dict[str, Any]) -> Collection:
        resp = http.call(self.session, "POST", self.base_url + "/payments", json=request,
                         timeout=self.timeout)
        return self._answer(resp, request)

    def poll(self, request: dict[str, Any], reference: str = "") -> Collection:
        resp = http.call(self.session, "GET", f"{self.base_url}/payments/{request['ref']}",
                         timeout=self.timeout)
        return self._answer(resp, request)

    def cancel(self, request: dict[str, Any], reference: str = "") -> None:
        http.call(self.session, "POST", f"{self.base_url}/payments/{request['ref']}/cancel",
                  timeout=self.timeout)

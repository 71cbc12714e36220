"""EkoloPay Collect (Congo, XAF, mobile money through a hosted page). Read beside
provider-docs/ekolopay-collect.txt.

Operations: create a purchase token (POST {base}/purchase-token?api_client=...), send the
customer to the hosted page ({page}/{purchaseToken}, shown as a QR code), check the payment
(POST {base}/check-payment?api_client=...). Bodies are x-www-form-urlencoded; `product` and
`customer` are JSON strings; the `secret_key` travels in the body of every call. Amounts are
integer XAF.

The key decision: the doc gives the client no reference of its own - the `purchaseToken`
is made by EkoloPay and comes back in the answer. So the journalled idempotency key is ours
(`new_key`, also written into the product `details` so a person can find the sale in the
merchant back office), and the provider's token is the Collection's `reference`. A start
whose answer was lost leaves a token nobody saw: its page was never shown, so the customer
cannot pay it, and polling it says UnknownReference. `poll` needs the token: it takes the
journalled reference (`poll(request, reference=...)`), and within one process it also
remembers the tokens `start` got; without either (after a restart) it is InDoubt, never a
guess.

Every answer is first checked for the doc's "service unavailable" body (top-level
`{"code": 0, "reason": "UNAVAILABLE_SERVICE"}`, outside the usual `response` envelope).

The doc has no cancel: `cancel` does nothing (the token simply stays unpaid).
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import requests

from posapp.domain.errors import (
    InDoubt,
    InputError,
    NotDelivered,
    ProviderDeclined,
    UnknownReference,
)
from posapp.domain.product import ascii_digits
from posapp.providers import http
from posapp.providers.base import Collection, CollectOrder
from posapp.providers.outcomes import Outcome

log = logging.getLogger(__name__)

CURRENCY = "XAF"
UNAVAILABLE = "UNAVAILABLE_SERVICE"  # the NOTEZ BIEN answer's `reason`
CODE_OK = 200
CODE_FAILED = 0

# API_RESPONSE_CODE per operation: what it means and what the cashier reads. The doc gives
# the same two codes for both; a refused purchase-token created nothing, but a refused
# check-payment does not say whether the customer paid.
CODES: dict[str, dict[int, tuple[Outcome, str]]] = {
    "purchase-token": {
        CODE_OK: (Outcome.SUCCESS, "Show the QR code to the customer."),
        CODE_FAILED: (Outcome.DECLINED, "EkoloPay refused the payment request."),
    },
    "check-payment": {
        CODE_OK: (Outcome.SUCCESS, ""),
        CODE_FAILED: (Outcome.IN_DOUBT, "EkoloPay could not check the payment yet."),
    },
}

# The callback's `status` table (doc section 3): doc message, paymentSuccessful, our status
# and the cashier's message.
STATUSES: dict[str, tuple[str, bool, str, str]] = {
    "SUCCESS": ("Paiement réussi.", True, Collection.PAID, "Paid by mobile money."),
    "SUCCESSFUL": ("Paiement réussi.", True, Collection.PAID, "Paid by mobile money."),
    "FAILED": ("Le paiement a échoué.", False, Collection.FAILED,
               "The mobile money payment failed. Nothing was paid."),
    "REJECTED": ("Le paiement est rejeté.", False, Collection.FAILED,
                 "The payment was rejected. Nothing was paid."),
    "TIMEOUT": ("Le temps d'attente de paiement est dépassé.", False, Collection.FAILED,
                "The customer did not pay in time. Nothing was paid."),
}

# Tokens go into the page URL: path-safe characters only (the doc's sample is 32 hex digits).
TOKEN = re.compile(r"^[A-Za-z0-9._~-]{8,200}$")
PHONE = re.compile(r"^[0-9]{8,15}$")


class Unavailable(InDoubt):
    """EkoloPay answered the doc's UNAVAILABLE_SERVICE: it is up enough to say it did nothing."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message, detail, answered=True)


def check_phone(text: str) -> str:
    """The customer's mobile money number as digits ("066304925"); a leading + is dropped."""
    digits = "".join(ch for ch in ascii_digits(text.strip()) if ch not in " -.+()")
    if not PHONE.match(digits):
        raise InputError("That is not a mobile money number.", f"phone {text!r}")
    return digits


def clean_text(text: Any, limit: int = 160) -> str:
    """Provider text for a screen or a log: printable, one line, short."""
    return "".join(ch if ch.isprintable() else " " for ch in str(text))[:limit].strip()


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class PaymentCheck:
    """check-payment's answer: `payment_successful`, and the callback's `status` and
    `message` when the answer carries them too."""

    payment_successful: bool
    status: str = ""
    message: str = ""


class EkoloPay:
    """Client for the EkoloPay Collect gateway API. Holds its address and credentials only."""

    name = "ekolopay"

    def __init__(self, base_url: str, api_client: str, secret_key: str, *,
                 timeout: tuple[float, float] = (3.0, 20.0), allow_plain_http: bool = False,
                 session: requests.Session | None = None) -> None:
        self.base_url = http.check_base_url(base_url, allow_plain_http=allow_plain_http)
        self.api_client = api_client
        self._secret_key = secret_key
        self.timeout = timeout
        self.session = session or http.new_session()

    # -- transport --------------------------------------------------------------------

    def _post(self, op: str, form: dict[str, str]) -> dict[str, Any]:
        """POST one operation; the answer's `response` for code 200, or the code 0 answer.
        Raises Unavailable, InDoubt, NotDelivered."""
        url = f"{self.base_url}/{op}?api_client={quote(self.api_client, safe='')}"
        resp = http.call(self.session, "POST", url, timeout=self.timeout,
                         data={**form, "secret_key": self._secret_key})
        try:
            body = http.read_json(resp.content, f"{op}: HTTP {resp.status_code}")
        except InDoubt:
            body = None
        # NOTEZ BIEN: checked first, whatever the HTTP status.
        if isinstance(body, dict) and body.get("reason") == UNAVAILABLE:
            raise Unavailable("EkoloPay says its service is unavailable.",
                              f"{op}: HTTP {resp.status_code} {UNAVAILABLE} "
                              f"{clean_text(body.get('message', ''))}")
        return self._envelope(op, resp, body)

    def _envelope(self, op: str, resp: requests.Response, body: Any) -> dict[str, Any]:
        """The `response` object, its code one the doc lists, its data shaped as the doc's."""
        bad = "The payment service's answer could not be read."
        if resp.status_code >= 500:
            raise InDoubt("EkoloPay had a problem.", f"{op}: HTTP {resp.status_code}")
        if not isinstance(body, dict):
            raise InDoubt(bad, f"{op}: HTTP {resp.status_code}, not a JSON object: "
                               f"{clean_text(resp.text, 120)!r}")
        response = body.get("response")
        if not isinstance(response, dict):
            raise InDoubt(bad, f"{op}: no response object: {clean_text(body, 200)!r}")
        code = response.get("API_RESPONSE_CODE")
        data = response.get("API_RESPONSE_DATA")
        if not _is_int(code) or code not in CODES[op] or not isinstance(data, dict):
            raise InDoubt(bad, f"{op}: HTTP {resp.status_code}, API_RESPONSE_CODE {code!r}")
        if code == CODE_OK:
            if resp.status_code != 200 or not isinstance(data.get("API_DATA"), dict):
                raise InDoubt(bad, f"{op}: code 200 with HTTP {resp.status_code} or no API_DATA")
        elif resp.status_code != 200 and not 400 <= resp.status_code < 500:
            raise InDoubt(bad, f"{op}: code 0 with HTTP {resp.status_code}")
        return response

    # -- operations -------------------------------------------------------------------

    def purchase_token(self, form: dict[str, str]) -> str:
        """Créer un token d'achat: POST /purchase-token. Returns the purchaseToken.
        Raises ProviderDeclined (code 0: nothing created), Unavailable, InDoubt, NotDelivered."""
        response = self._post("purchase-token", form)
        data = response["API_RESPONSE_DATA"]
        if response["API_RESPONSE_CODE"] == CODE_FAILED:
            raise ProviderDeclined(CODES["purchase-token"][CODE_FAILED][1],
                                   "purchase-token: code 0 "
                                   + clean_text(data.get("clearMessage", "")), code="0")
        api_data = data["API_DATA"]
        token = api_data.get("purchaseToken")
        if not isinstance(token, str) or not TOKEN.match(token):
            raise InDoubt("The payment service's answer could not be read.",
                          f"purchase-token: bad purchaseToken {clean_text(token, 80)!r}")
        echoed = api_data.get("amount")
        if echoed is not None and (not _is_int(echoed) or str(echoed) != form["amount"]):
            raise InDoubt("The payment service's answer does not match this sale.",
                          f"purchase-token: amount {echoed!r} != {form['amount']}")
        return token

    def check_payment(self, purchase_token: str) -> PaymentCheck:
        """Vérifier le paiement: POST /check-payment. Code 0 is InDoubt(answered=True)."""
        response = self._post("check-payment", {"purchaseToken": purchase_token})
        data = response["API_RESPONSE_DATA"]
        bad = "The payment service's answer could not be read."
        if response["API_RESPONSE_CODE"] == CODE_FAILED:
            raise InDoubt(CODES["check-payment"][CODE_FAILED][1],
                          f"check-payment {purchase_token}: code 0 "
                          f"{clean_text(data.get('clearMessage', ''))}", answered=True)
        api_data = data["API_DATA"]
        paid = api_data.get("payment_successful")
        if not isinstance(paid, bool):
            raise InDoubt(bad, f"check-payment {purchase_token}: payment_successful {paid!r}")
        # The doc's answer carries no reference; one that does must be this one.
        echoed = api_data.get("purchaseToken")
        if echoed is not None and echoed != purchase_token:
            raise InDoubt("The payment service's answer does not match this sale.",
                          f"check-payment {purchase_token}: purchaseToken {echoed!r}")
        status = api_data.get("status")
        if status is None:
            return PaymentCheck(paid)
        if not isinstance(status, str) or status not in STATUSES or STATUSES[status][1] != paid:
            raise InDoubt(bad, f"check-payment {purchase_token}: status {status!r} with "
                               f"payment_successful {paid}")
        return PaymentCheck(paid, status, clean_text(api_data.get("message", "")))


def collection_of(check: PaymentCheck, purchase_token: str, page_url: str) -> Collection:
    """A check-payment answer as a Collection. Without a `status`, false means "not paid
    yet": the doc's check cannot tell a refusal from a customer still on the page."""
    detail = f"ekolopay {purchase_token}: payment_successful={check.payment_successful}"
    if check.status:
        _doc, _ok, status, message = STATUSES[check.status]
        detail += f" status={check.status} {check.message}".rstrip()
        return Collection(status, purchase_token, page_url,
                          "" if status == Collection.PAID else message, detail)
    if check.payment_successful:
        return Collection(Collection.PAID, purchase_token, page_url, "", detail)
    return Collection(Collection.PENDING, purchase_token, page_url,
                      "Waiting for the customer to pay on the EkoloPay page.", detail)


class EkoloPayCollector:
    """The Collector for EkoloPay: one tender, a hosted page shown as a QR code."""

    name = "ekolopay"

    def __init__(self, client: EkoloPay, page_url: str, *,
                 allow_plain_http: bool = False) -> None:
        self.client = client
        self.page_url = http.check_base_url(page_url, allow_plain_http=allow_plain_http)
        # key -> purchaseToken ("" while a start is under way or was lost): lets `poll` work
        # with the journalled request alone within this process; see `poll`.
        self._tokens: dict[str, str] = {}
        self._lock = threading.Lock()

    def new_key(self, terminal_id: str) -> str:
        return f"EK{time.strftime('%y%m%d%H%M%S')}{secrets.randbelow(10**6):06d}"

    def page(self, purchase_token: str) -> str:
        """Rediriger vers la plateforme de paiement: the hosted page for this token."""
        return f"{self.page_url}/{purchase_token}"

    def request(self, order: CollectOrder) -> dict[str, Any]:
        """The journalled request: our key and the doc's body fields as they will be sent
        (the secret_key is added when sending, never journalled)."""
        amount = order.amount
        if amount.currency != CURRENCY:
            raise InputError("EkoloPay takes XAF only.", f"currency {amount.currency}")
        if amount.minor <= 0:
            raise InputError("The amount must be more than zero.", f"amount {amount.minor}")
        label = clean_text(order.details or "Achat", 100) or "Achat"
        product = {"label": label, "amount": amount.minor,
                   "details": f"{label} - ref {order.key} - terminal {order.terminal_id}"}
        customer = {"name": clean_text(order.name, 80), "phone": check_phone(order.phone)}
        if not customer["name"]:
            del customer["name"]  # facultatif
        return {"key": order.key, "currency": CURRENCY,
                "customer": json.dumps(customer, separators=(",", ":")),
                "product": json.dumps(product, separators=(",", ":")),
                "amount": amount.minor}

    @staticmethod
    def form(request: dict[str, Any]) -> dict[str, str]:
        """The purchase-token body (without secret_key), in the doc example's order."""
        amount = request.get("amount")
        if (not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0
                or request.get("currency") != CURRENCY):
            raise InputError("This payment request is damaged.", f"request {request!r}")
        return {"customer": str(request["customer"]), "product": str(request["product"]),
                "amount": str(amount)}

    def start(self, request: dict[str, Any]) -> Collection:
        """Create the purchase token; PENDING with the page to show. UNAVAILABLE_SERVICE
        created nothing: NotDelivered. Code 0: FAILED."""
        key = str(request["key"])
        form = self.form(request)
        with self._lock:
            self._tokens.setdefault(key, "")
        try:
            token = self.client.purchase_token(form)
        except Unavailable as exc:
            raise NotDelivered("EkoloPay is unavailable just now. Try again later or take "
                               "another payment.", exc.detail) from exc
        except ProviderDeclined as exc:
            return Collection(Collection.FAILED, message=exc.message,
                              detail=f"ekolopay {key}: {exc.detail}".rstrip())
        with self._lock:
            self._tokens[key] = token
        return Collection(Collection.PENDING, token, self.page(token),
                          CODES["purchase-token"][CODE_OK][1],
                          f"ekolopay {key}: purchaseToken {token}")

    def poll(self, request: dict[str, Any], reference: str = "") -> Collection:
        """check-payment for this sale's purchaseToken: `reference` (the journalled
        Collection.reference) when given, else the token this process got from `start`.

        UNAVAILABLE_SERVICE and code 0 are InDoubt(answered=True): still pending."""
        key = str(request["key"])
        with self._lock:
            token = reference or self._tokens.get(key)
        if token is None:
            # Not started in this process and no reference journalled (the terminal died
            # between EkoloPay's answer and storing it): the page was never shown, since the
            # screen shows only journalled pages, so no one can have paid on it.
            raise UnknownReference("The EkoloPay payment page was never shown. Nothing can "
                                   "have been paid.",
                                   f"ekolopay {key}: no purchaseToken journalled")
        if not token:
            raise UnknownReference("The EkoloPay payment page was never shown. Nothing "
                                   "can have been paid.",
                                   f"ekolopay {key}: start got no purchaseToken")
        if not TOKEN.match(token):
            raise InDoubt("The EkoloPay reference of this sale is damaged.",
                          f"ekolopay {key}: reference {token!r}")
        return collection_of(self.client.check_payment(token), token, self.page(token))

    def cancel(self, request: dict[str, Any], reference: str = "") -> None:
        """The doc has no cancel: nothing to send. An unpaid token stays unpaid; one paid
        anyway is still found by `poll`."""
        log.info("ekolopay %s: no cancel in the EkoloPay API; polling goes on",
                 request.get("key"))

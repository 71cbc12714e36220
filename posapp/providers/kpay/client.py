"""K-Pay (Rwanda, RWF and USD). Read beside provider-docs/kpay.txt.

Operations used: the payment request (`"action": "pay"`, as public K-Pay clients send it)
and the transaction status check (`"action": "checkstatus"`), both JSON POSTed with Basic
authorization to the one K-Pay address (sandbox pay.esicia.com, live pay.esicia.rw).
Amounts are whole units as an integer (RWF; USD for cards).

Postbacks are never used: K-Pay posts them to `returl`, which needs a public address a
counter PC does not have, and they carry no signature anyway. Every outcome is confirmed
with `checkstatus`. The doc has no cancel operation: `cancel` does nothing and the
service keeps polling until the payment is final.
"""

from __future__ import annotations

import logging
import secrets
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests

from posapp.domain.errors import ConfigError, InDoubt, InputError, UnknownReference
from posapp.domain.money import Money
from posapp.domain.product import Tender, ascii_digits
from posapp.providers import http
from posapp.providers.base import Collection, CollectOrder

log = logging.getLogger(__name__)

PAID, FAILED, PENDING = Collection.PAID, Collection.FAILED, Collection.PENDING
REFUSED = "REFUSED"  # our request itself was refused: nothing started, or a status unknown
UNKNOWN = "UNKNOWN"  # checkstatus: K-Pay has no such transaction

# The doc's "KPay error / return code" table: retcode (payment request) and statusid
# (status / postback), with what each means for the collection and for the cashier.
CODES: dict[str, tuple[str, str, str]] = {
    "0": ("No error. Transaction being processed", PENDING,
          "Waiting for the customer to approve the payment."),
    "01": ("Successful payment", PAID, "Paid."),
    "02": ("Payment failed", FAILED, "The payment failed. No money was taken."),
    "03": ("Pending transaction", PENDING, "Waiting for the customer to approve the payment."),
    "600": ("Invalid username / password combination", REFUSED,
            "K-Pay refused the terminal's username or password. Call the technician."),
    "601": ("Invalid remote user", REFUSED,
            "K-Pay does not know this terminal's user. Call the technician."),
    "602": ("Location / IP not whitelisted", REFUSED,
            "K-Pay does not accept payments from this shop's internet address yet. "
            "Call the technician."),
    "603": ("Empty parameter. - missing required parameters", REFUSED,
            "K-Pay says a detail of the payment is missing. Call support."),
    "604": ("Unknown retailer", REFUSED,
            "K-Pay does not know this shop's retailer ID. Call the technician."),
    "605": ("Retailer not enabled", REFUSED,
            "This shop is not enabled at K-Pay yet. Call the owner."),
    "606": ("Error processing", FAILED,
            "K-Pay could not process the payment. No money was taken; try again."),
    "607": ("Failed mobile money transaction", FAILED,
            "The mobile money payment failed (declined, not approved or too little balance). "
            "No money was taken."),
    "608": ("Used ref id – error uniqueness", REFUSED,
            "K-Pay already has a payment with this reference; checking its status."),
    "609": ("Unknown Payment method", REFUSED,
            "K-Pay does not offer this payment method to the shop. Choose another one."),
    "610": ("Unknown or not enabled Financial institution", REFUSED,
            "This mobile money or card network is not enabled for the shop at K-Pay. "
            "Choose another one."),
    "611": ("Transaction not found", UNKNOWN, "K-Pay has no payment with this reference."),
}

# The doc's bank codes used by the counter's tenders.
BANK_MTN = "63510"  # MTN MOBILE MONEY
BANK_AIRTEL = "63514"  # TIGO - AIRTEL
BANK_CARDS = "000"  # VISA - MASTERCARD

# Tender kinds offered through the setting kpay.tenders.
TENDERS: dict[str, Tender] = {
    "mtn": Tender("kpay.momo.mtn", "MTN Mobile Money", "kpay", ("RWF",), needs_phone=True,
                  params={"pmethod": "momo", "bankid": BANK_MTN, "network": "mtn"}),
    "airtel": Tender("kpay.momo.airtel", "Airtel Money", "kpay", ("RWF",), needs_phone=True,
                     params={"pmethod": "momo", "bankid": BANK_AIRTEL, "network": "airtel"}),
    "card": Tender("kpay.card", "Card (Visa / Mastercard)", "kpay", ("RWF", "USD"),
                   shows_page=True, params={"pmethod": "cc", "bankid": BANK_CARDS}),
}

# Rwandan mobile prefixes (national form) by network.
NETWORKS = {"78": "mtn", "79": "mtn", "72": "airtel", "73": "airtel"}
NETWORK_NAMES = {"mtn": "MTN", "airtel": "Airtel"}
PHONE_HELP = "use 07X XXX XXXX (MTN 078 / 079, Airtel 072 / 073)"


def code_of(value: Any) -> str | None:
    """A retcode (int or digit string) as the table's key; None when it is not a code."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip()
        if text in CODES:
            return text
        if not (text.isascii() and text.isdigit()):
            return None
        value = int(text)
    if isinstance(value, int):
        # The table writes 01, 02, 03 with a zero; a numeric retcode drops it.
        return f"{value:02d}" if 1 <= value <= 3 else str(value)
    return None


def message_of(code: str) -> str:
    entry = CODES.get(code)
    if entry is None:
        return f"The payment failed at K-Pay (code {code}). No money was taken."
    return entry[2]


def normalise_msisdn(text: str, network: str = "") -> str:
    """A Rwandan mobile number in the doc's msisdn form (country code, no +): 250788123456.

    Accepts 0788 123 456, 788123456, +250 788-123-456, 250788123456, 00250788123456. With
    `network` ("mtn" or "airtel") the number must belong to it."""
    raw = ascii_digits(text.strip())
    cleaned = "".join(ch for ch in raw if ch not in " -")
    international = cleaned.startswith(("+", "00"))
    cleaned = cleaned[1:] if cleaned.startswith("+") else cleaned[2:] if international else cleaned
    if not (cleaned.isascii() and cleaned.isdigit()) or (
            international and not cleaned.startswith("250")):
        raise InputError(f"That is not a Rwandan mobile number: {PHONE_HELP}.", f"msisdn {text!r}")
    if len(cleaned) == 12 and cleaned.startswith("250"):
        national = cleaned[3:]
    elif len(cleaned) == 10 and cleaned.startswith("0"):
        national = cleaned[1:]
    elif len(cleaned) == 9:
        national = cleaned
    else:
        raise InputError(f"That is not a Rwandan mobile number: {PHONE_HELP}.", f"msisdn {text!r}")
    owner = NETWORKS.get(national[:2])
    if owner is None:
        raise InputError(f"That is not a Rwandan mobile number: {PHONE_HELP}.", f"msisdn {text!r}")
    if network and owner != network:
        raise InputError(f"0{national} is an {NETWORK_NAMES[owner]} number: choose "
                         f"{NETWORK_NAMES[owner]} to pay with it.", f"msisdn {text!r} for {network}")
    return "250" + national


def format_amount(amount: Money, currencies: tuple[str, ...] = ("RWF", "USD")) -> int:
    """Whole units as the doc's integer: Money(4200, RWF) -> 4200; Money(1500, USD) -> 15."""
    if amount.currency not in currencies:
        raise InputError(f"This payment method takes {' or '.join(currencies)} only.",
                         f"currency {amount.currency}")
    if amount.minor <= 0:
        raise InputError("Enter an amount greater than zero.")
    unit = 10**amount.exponent
    if amount.minor % unit:
        raise InputError(f"K-Pay takes whole {amount.currency} only.", amount.decimal_str())
    return int(amount.minor // unit)


def _page_url(value: Any) -> str:
    """The hosted checkout page: https (http only on loopback, i.e. the sandbox)."""
    if not isinstance(value, str):
        return ""
    parts = urlsplit(value.strip())
    if not parts.hostname:
        return ""
    if parts.scheme == "https" or (parts.scheme == "http" and http.is_loopback(parts.hostname)):
        return value.strip()
    return ""


def _text(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if value is None:
        return ""
    if isinstance(value, str | int) and not isinstance(value, bool):
        return str(value).strip()
    raise InDoubt("K-Pay's answer could not be read.", f"{key} is {type(value).__name__}",
                  answered=True)


def _check_echo(body: dict[str, Any], request: dict[str, Any], what: str, *,
                required: bool) -> None:
    """The answer must be about our refid (and our amount, where it says one)."""
    refid = _text(body, "refid")
    if refid != str(request["refid"]) and (required or refid):
        raise InDoubt("K-Pay's answer does not match the payment.",
                      f"{what}: refid {refid!r}, sent {request['refid']!r}", answered=True)
    if "amount" in body:
        amount = body["amount"]
        if isinstance(amount, str) and amount.strip().isdigit():
            amount = int(amount)
        if isinstance(amount, bool) or amount != request["amount"]:
            raise InDoubt("K-Pay's answer does not match the payment.",
                          f"{what}: amount {body['amount']!r}, sent {request['amount']!r}",
                          answered=True)


def _paid(body: dict[str, Any], what: str) -> Collection:
    tid = _text(body, "tid")
    momo = _text(body, "momtransactionid")
    if not (tid or momo):
        raise InDoubt("K-Pay's answer could not be read.", f"{what}: paid without tid",
                      answered=True)
    detail = f"{what}: 01 {_text(body, 'statusdesc')} tid={tid} momtransactionid={momo}"
    return Collection(PAID, reference=tid or momo, message=CODES["01"][2], detail=detail)


def parse_pay(body: dict[str, Any], request: dict[str, Any]) -> Collection:
    """The payment request's answer: PENDING (with the card page), PAID at once, or FAILED.

    A reused refid (608) or an unknown code is in doubt: the payment may exist, poll it."""
    retcode = code_of(body.get("retcode"))
    statusid = body.get("statusid")
    if retcode is None:
        raise InDoubt("K-Pay's answer could not be read.",
                      f"pay: retcode {body.get('retcode')!r}", answered=True)
    detail = f"pay: retcode {retcode} {_text(body, 'reply')} tid={_text(body, 'tid')}".strip()
    if retcode != "0":
        _check_echo(body, request, "pay", required=False)
        entry = CODES.get(retcode)
        if entry is None or retcode in ("608", "611") or entry[1] in (PAID, PENDING):
            # 608: our refid is already at K-Pay (a resend after a lost answer): poll it.
            raise InDoubt(message_of(retcode), detail, answered=True)
        return Collection(FAILED, message=entry[2], detail=detail)
    _check_echo(body, request, "pay", required=True)
    if statusid is not None:
        # The doc's second response: some payments are processed at once.
        if not isinstance(statusid, str) or statusid.strip() == "611":
            raise InDoubt("K-Pay's answer could not be read.", f"pay: statusid {statusid!r}",
                          answered=True)
        return parse_status(body, request, what="pay")
    if "success" in body and (isinstance(body["success"], bool) or body["success"] != 1):
        raise InDoubt("K-Pay's answer could not be read.",
                      f"pay: retcode 0 with success {body['success']!r}", answered=True)
    reply = _text(body, "reply")
    if reply.upper() not in ("PENDING", ""):
        raise InDoubt("K-Pay's answer could not be read.", f"pay: retcode 0 reply {reply!r}",
                      answered=True)
    page = ""
    if request.get("pmethod") == "cc":
        page = _page_url(body.get("url"))
        if not page:
            raise InDoubt("K-Pay sent no card payment page.",
                          f"pay: url {body.get('url')!r}", answered=True)
    message = ("Ask the customer to pay on the card page." if page
               else "Ask the customer to approve the payment on their phone.")
    return Collection(PENDING, reference=_text(body, "tid"), page_url=page, message=message,
                      detail=detail)


def parse_status(body: dict[str, Any], request: dict[str, Any], what: str = "checkstatus"
                 ) -> Collection:
    """A status answer (postback-shaped): 01 paid, 03 pending, 611 unknown, others failed."""
    statusid = body.get("statusid")
    if statusid is None and "retcode" in body:
        # Not a status at all: K-Pay refused the check itself (credentials, IP...).
        code = code_of(body.get("retcode")) or repr(body.get("retcode"))
        raise InDoubt(message_of(code) if code in CODES else "K-Pay's answer could not be read.",
                      f"{what}: retcode {code} {_text(body, 'reply')}", answered=True)
    if not isinstance(statusid, str) or not statusid.strip().isdigit():
        raise InDoubt("K-Pay's answer could not be read.", f"{what}: statusid {statusid!r}",
                      answered=True)
    code = statusid.strip()
    detail = f"{what}: {code} {_text(body, 'statusdesc')} tid={_text(body, 'tid')}"
    if code == "611":
        # The doc's not-found answer echoes no refid: nothing to match.
        raise UnknownReference(CODES["611"][2], detail)
    _check_echo(body, request, what, required=True)
    entry = CODES.get(code)
    if code == "01":
        return _paid(body, what)
    if code in ("0", "03"):
        return Collection(PENDING, reference=_text(body, "tid"), message=CODES["03"][2],
                          detail=detail)
    if entry is not None and entry[1] == REFUSED:
        # A refusal code as a transaction status is not a status we can trust either way.
        raise InDoubt(entry[2], detail, answered=True)
    # "statusid 01 is a complete transaction while any other value is the error code from
    # mobile money": 02, 606, 607 and the wallets' own codes are final failures.
    return Collection(FAILED, reference=_text(body, "tid"), message=message_of(code),
                      detail=detail)


class KPay:
    """Client for K-Pay's one JSON endpoint, with Basic authorization."""

    name = "kpay"

    def __init__(self, base_url: str, username: str, password: str, *,
                 timeout: tuple[float, float] = (5.0, 30.0),
                 session: requests.Session | None = None) -> None:
        self.url = http.check_base_url(base_url) + "/"
        self.username = username
        self._password = password
        self.timeout = timeout
        self.session = session or http.new_session()

    def _post(self, what: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        resp = http.call(self.session, "POST", self.url, timeout=self.timeout, json=body,
                         auth=(self.username, self._password))
        return resp.status_code, http.json_body(resp, what, statuses=None)

    def pay(self, request: dict[str, Any]) -> Collection:
        """Payment request: sends exactly the journalled body."""
        status, body = self._post("pay", request)
        if status in (401, 403) and code_of(body.get("retcode")) is None:
            # Refused at the door: nothing was started.
            return Collection(FAILED, message=CODES["600"][2], detail=f"pay: HTTP {status}")
        return parse_pay(body, request)

    def checkstatus(self, request: dict[str, Any]) -> Collection:
        """Check transaction status by our refid. UnknownReference when K-Pay has none."""
        status, body = self._post("checkstatus", {"refid": str(request["refid"]),
                                                  "action": "checkstatus"})
        if status in (401, 403) and "statusid" not in body:
            raise InDoubt(CODES["600"][2], f"checkstatus: HTTP {status}", answered=True)
        return parse_status(body, request)


@dataclass(frozen=True)
class Defaults:
    """The shop's fields every payment request carries, from the settings."""

    retailerid: str
    email: str
    returl: str
    redirecturl: str
    logourl: str = ""
    shop_msisdn: str = ""  # card payments when the customer gives no number


class KPayCollector:
    """The Collector seam over K-Pay: refid is the key; status by checkstatus."""

    name = "kpay"

    def __init__(self, client: KPay, defaults: Defaults) -> None:
        self.client = client
        self.defaults = defaults

    def new_key(self, terminal_id: str) -> str:
        # 20 digits like the doc's sample refid: time to the second, then random; the
        # journal's UNIQUE(provider, key) catches the rest before anything is sent.
        return time.strftime("%y%m%d%H%M%S") + f"{secrets.randbelow(10**8):08d}"

    def request(self, order: CollectOrder) -> dict[str, Any]:
        """The whole payment request, as journalled; `start` sends exactly it."""
        tender = order.tender
        pmethod = tender.params.get("pmethod", "")
        bankid = tender.params.get("bankid", "")
        if tender.provider != self.name or not pmethod or not bankid:
            raise ConfigError("This payment method is not set up right.",
                              f"kpay: tender {tender.key} params {tender.params}")
        amount = format_amount(order.amount, tender.currencies or ("RWF",))
        if order.phone.strip():
            msisdn = normalise_msisdn(order.phone, tender.params.get("network", ""))
        elif tender.needs_phone:
            raise InputError("Enter the customer's mobile money number.")
        elif self.defaults.shop_msisdn:
            msisdn = normalise_msisdn(self.defaults.shop_msisdn)
        else:
            raise ConfigError("Card payments need the shop's phone number. Call the technician.",
                              "kpay.shop_msisdn is empty")
        body: dict[str, Any] = {
            "action": "pay",
            "msisdn": msisdn,
            "email": self.defaults.email,
            "details": order.details.strip() or f"Sale {order.key}",
            "refid": order.key,
            "amount": amount,
            "currency": order.amount.currency,
            "cname": order.name.strip() or f"Customer at {order.terminal_id}",
            "cnumber": msisdn,
            "pmethod": pmethod,
            "retailerid": self.defaults.retailerid,
            "returl": self.defaults.returl,
            "redirecturl": self.defaults.redirecturl,
            "bankid": bankid,
        }
        if self.defaults.logourl:
            body["logourl"] = self.defaults.logourl
        return body

    def start(self, request: dict[str, Any]) -> Collection:
        return self.client.pay(request)

    def poll(self, request: dict[str, Any], reference: str = "") -> Collection:
        return self.client.checkstatus(request)

    def cancel(self, request: dict[str, Any], reference: str = "") -> None:
        """K-Pay's doc has no cancel: nothing to send. A push the customer never approves
        ends as failed or stays pending at K-Pay; the service keeps polling either way."""
        log.info("kpay: no cancel in the doc; refid %s stays as K-Pay has it", request.get("refid"))

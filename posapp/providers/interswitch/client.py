"""Interswitch Paycode bulk token generation (Nigeria, NGN). Read beside
provider-docs/interswitch-paycode-bulk.txt.

One operation: Generate Bulk Token, POST {context}/pwm/bulk/tokens, 1 to 10 cash-out
paycodes in one batch. Amounts are kobo integers sent as strings. The doc has no enquiry:
a batch whose outcome is unknown waits for a supervisor and is never re-sent with a new
referenceId. One-time PINs travel in the request only: never in logs, errors or results.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import logging
import re
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import requests

from posapp.domain.errors import ConfigError, InDoubt, InputError, ProviderDeclined
from posapp.domain.money import Money
from posapp.domain.product import Option, Product, ascii_digits
from posapp.domain.sale import Customer, Token, VendResult
from posapp.providers import http
from posapp.providers.base import VendOrder
from posapp.providers.interswitch.signing import (
    WAT,
    PinSecurer,
    auth_headers,
    body_signature,
    signature_date,
)
from posapp.providers.outcomes import Outcome

log = logging.getLogger(__name__)

PATH = "/pwm/bulk/tokens"
CHANNELS = ("ATM", "POS", "Agent", "WEB")  # Appendix B's Paycode channels, as spelled
MAX_BATCH = 10  # "Only a maximum of 10 token can be generated at a time."
_SEQUENCE = itertools.count(secrets.randbelow(100))  # no two keys of one second alike here
MAX_LIFETIME_MINUTES = 525_600  # a year; the doc sets no limit, this only catches typos

# The doc's error codes (HTTP 401, errors[].code). All are final: nothing was issued.
CODES: dict[str, tuple[str, Outcome, str]] = {
    "E50": ("PayCode is Required", Outcome.DECLINED,
            "Interswitch refused the batch: a paycode detail is missing. Nothing was issued. "
            "Check the beneficiaries and amounts, then try again."),
    "400503": ("The referenced transaction does not exist", Outcome.DECLINED,
               "Interswitch does not know this transaction or account. Nothing was issued. "
               "Call support."),
    "10500": ("Cannot Validate Authentication Details", Outcome.DECLINED,
              "Interswitch refused this terminal's credentials. Nothing was issued. Call the "
              "technician (client id, secret or the PC's clock)."),
}


def outcome_of(code: str) -> tuple[Outcome, str]:
    """A 401 error code's outcome and cashier message; codes the doc does not list are
    refusals too, shown with their code."""
    entry = CODES.get(str(code).strip())
    if entry is None:
        return Outcome.DECLINED, f"Interswitch refused the batch (code {code}). Nothing was issued."
    return entry[1], entry[2]


# -- the batch the cashier typed ---------------------------------------------------------------

_MOBILE = re.compile(r"^0[789][01]\d{8}$")


def normalise_phone(text: str) -> str:
    """A Nigerian mobile number in the doc's beneficiaryNumber form (08021111111), from
    0802..., 234802..., +234 802... or 802...; InputError otherwise."""
    raw = "".join(ch for ch in ascii_digits(str(text).strip()) if ch not in " -().")
    digits = raw[1:] if raw.startswith("+") else raw
    if digits.startswith("234") and len(digits) in (13, 14):
        digits = digits[3:]
    if len(digits) == 10 and digits[0] in "789":
        digits = "0" + digits
    if not _MOBILE.match(digits):
        raise InputError(f"{text!r} is not a Nigerian mobile number (like 0802 111 1111).",
                         "beneficiary phone rejected")
    return digits


def check_pin(text: Any, what: str) -> str:
    """Four ASCII digits. The message never repeats what was typed (it is a PIN)."""
    pin = ascii_digits(str(text if text is not None else "").strip())
    if not (len(pin) == 4 and pin.isascii() and pin.isdigit()):
        raise InputError(f"{what}: the one-time PIN must be 4 digits.", f"{what}: bad PIN")
    return pin


def check_channel(text: Any) -> str:
    by_upper = {c.upper(): c for c in CHANNELS}
    channel = by_upper.get(str(text or "").strip().upper())
    if channel is None:
        raise InputError(f"Choose a paycode channel: {', '.join(CHANNELS)}.",
                         f"channel {text!r}")
    return channel


@dataclass(frozen=True)
class Entry:
    phone: str  # beneficiaryNumber, as the doc's sample writes it
    amount_minor: int  # kobo
    one_time_pin: str = field(repr=False)


@dataclass(frozen=True)
class Batch:
    entries: tuple[Entry, ...]
    channel: str
    lifetime_minutes: int
    default_pin: str = field(repr=False)

    @property
    def total_minor(self) -> int:
        return sum(e.amount_minor for e in self.entries)


def parse_batch(extra: Mapping[str, Any], amount: Money, *, channel: str = "ATM",
                lifetime_minutes: int = 1440) -> Batch:
    """The order's `extra` as a checked batch: 1..10 entries, amounts > 0 adding up to
    `amount`, Nigerian mobiles, 4-digit PINs, a channel from the doc's list."""
    if amount.currency != "NGN":
        raise InputError("Paycodes are in naira only.", f"currency {amount.currency}")
    raw = extra.get("entries")
    if not isinstance(raw, list | tuple) or not raw:
        raise InputError("Add at least one beneficiary for the paycodes.", "no entries")
    if len(raw) > MAX_BATCH:
        raise InputError(f"Interswitch issues at most {MAX_BATCH} paycodes at a time: split "
                         f"these {len(raw)} beneficiaries into batches of {MAX_BATCH} or fewer.",
                         f"{len(raw)} entries")
    default_raw = extra.get("default_pin")
    default_pin = check_pin(default_raw, "Default PIN") if default_raw not in (None, "") else ""
    entries = []
    for n, item in enumerate(raw, start=1):
        if not isinstance(item, Mapping):
            raise InputError(f"Beneficiary {n} is not filled in.", f"entry {n}: {type(item)}")
        try:
            phone = normalise_phone(str(item.get("phone") or ""))
        except InputError as exc:
            raise InputError(f"Beneficiary {n}: {exc.message}", f"entry {n}: phone") from None
        minor = item.get("amount_minor")
        if not isinstance(minor, int) or isinstance(minor, bool) or minor <= 0:
            raise InputError(f"Beneficiary {n}: enter an amount above zero.",
                             f"entry {n}: amount_minor {minor!r}")
        pin_raw = item.get("one_time_pin")
        if pin_raw in (None, ""):
            if not default_pin:
                raise InputError(f"Beneficiary {n}: enter a one-time PIN or a default PIN.",
                                 f"entry {n}: no PIN")
            pin = default_pin
        else:
            pin = check_pin(pin_raw, f"Beneficiary {n}")
        entries.append(Entry(phone, minor, pin))
    total = sum(e.amount_minor for e in entries)
    if total != amount.minor:
        raise InputError(f"The paycodes add up to {Money(total, 'NGN').display()}, not "
                         f"{amount.display()}.", f"total {total} != {amount.minor}")
    life = extra.get("lifetime_minutes", lifetime_minutes)
    if isinstance(life, str) and life.strip().isdigit():
        life = int(life)
    if not isinstance(life, int) or isinstance(life, bool) or not (
            0 < life <= MAX_LIFETIME_MINUTES):
        raise InputError("The paycode lifetime must be a number of minutes above zero.",
                         f"lifetime {life!r}")
    return Batch(tuple(entries), check_channel(extra.get("channel") or channel), life,
                 default_pin or entries[0].one_time_pin)


def ttid_for(reference_id: str) -> str:
    """A 12-digit Terminal Transaction ID derived from referenceId, so a rebuilt request
    carries the same one."""
    digest = hashlib.sha256(f"ttid|{reference_id}".encode()).hexdigest()
    return f"{int(digest, 16) % 10**12:012d}"


# -- the client ----------------------------------------------------------------------------------

class InterswitchPaycode:
    """Client for Generate Bulk Token. Holds only its configuration."""

    name = "interswitch"

    def __init__(self, base_url: str, client_id: str, client_secret: str, *,
                 front_end_partner_id: str, subscriber_id: str, payment_method_code: str,
                 pin_securer: PinSecurer, payment_method_identifier: str = "",
                 timeout: tuple[float, float] = (5.0, 60.0),
                 session: requests.Session | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        self.base_url = http.check_base_url(base_url)
        self.client_id = client_id
        self._secret = client_secret
        self.front_end_partner_id = front_end_partner_id
        self.subscriber_id = subscriber_id
        self.payment_method_code = payment_method_code
        self.payment_method_identifier = payment_method_identifier
        self.pin_securer = pin_securer
        self.timeout = timeout
        self.session = session or http.new_session()
        self._now = now or (lambda: datetime.now(WAT))

    @property
    def url(self) -> str:
        return self.base_url + PATH

    def bulk_token_request(self, batch: Batch, reference_id: str) -> dict[str, Any]:
        """The whole request as journalled: the body exactly as the doc's sample, its
        signature dated today, plus the frontEndPartnerId header."""
        ttid = ttid_for(reference_id)
        yymmdd = signature_date(self._now())
        amount = str(batch.total_minor)
        secure, pin_block, mac_data = self.pin_securer.secure(
            subscriber_id=self.subscriber_id, payment_method_code=self.payment_method_code,
            amount=amount, reference_id=reference_id, ttid=ttid)
        body: dict[str, Any] = {
            "additionalInfo": {"type": "bulk"},
            "amount": amount,
            "batchSize": len(batch.entries),
            "channel": batch.channel,
            "clientId": self.client_id,
            "defaultOneTimePin": batch.default_pin,
            "entries": [{"amount": str(e.amount_minor), "beneficiaryNumber": e.phone,
                         "oneTimePin": e.one_time_pin} for e in batch.entries],
            "frontEndPartnerId": self.front_end_partner_id,
            "macData": mac_data,
            "paymentMethodCode": self.payment_method_code,
            "pinBlock": pin_block,
            "referenceId": reference_id,
            "secure": secure,
            "signature": body_signature(self.client_id, self._secret, reference_id, yymmdd),
            "subscriberId": self.subscriber_id,
            "tokenLifeTimeInMinutes": str(batch.lifetime_minutes),
            "ttid": ttid,
        }
        if self.payment_method_identifier:  # the sample's field, sent where one was issued
            body["paymentMethodIdentifier"] = self.payment_method_identifier
        return {"referenceId": reference_id, "ttid": ttid, "signatureDate": yymmdd,
                "headers": {"frontEndPartnerId": self.front_end_partner_id}, "body": body}

    def check_request(self, request: Mapping[str, Any]) -> None:
        """ConfigError when the journalled request was signed with other credentials or
        for another account than this terminal now has."""
        try:
            body = request["body"]
            expected = body_signature(self.client_id, self._secret, str(body["referenceId"]),
                                      str(request["signatureDate"]))
            same = (hmac.compare_digest(str(body["signature"]), expected)
                    and body["clientId"] == self.client_id
                    and body["frontEndPartnerId"] == self.front_end_partner_id
                    and body["subscriberId"] == self.subscriber_id
                    and body["paymentMethodCode"] == self.payment_method_code)
        except (KeyError, TypeError):
            same = False
        if not same:
            raise ConfigError("The Interswitch setup changed after this batch was prepared. "
                              "A supervisor must settle it.",
                              f"interswitch: request {request.get('referenceId')!r} does not "
                              "match the current client id, secret or account")

    def generate_bulk_tokens(self, request: Mapping[str, Any]) -> VendResult:
        """Generate Bulk Token: POST {context}/pwm/bulk/tokens with the journalled body and
        fresh authentication headers. Raises on anything but a valid 201."""
        body = request["body"]
        data = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", "Accept": "application/json",
                   **request.get("headers", {}),
                   **auth_headers("POST", self.url, self.client_id, self._secret)}
        resp = http.call(self.session, "POST", self.url, timeout=self.timeout, data=data,
                         headers=headers)
        return parse_bulk_answer(resp.status_code, resp.content, body, self._now())


# -- the answer ----------------------------------------------------------------------------------

def _unreadable(ref: str, why: str) -> InDoubt:
    return InDoubt("Interswitch's answer could not be read. The paycodes may have been issued: "
                   "a supervisor must check this batch.", f"bulk tokens {ref}: {why}",
                   answered=True)


def _scrub(text: str, body: Mapping[str, Any]) -> str:
    """Provider text for the log, short, with the batch's PINs masked in case it echoes them."""
    out = str(text)[:120]
    pins = {str(e.get("oneTimePin", "")) for e in body.get("entries", []) if isinstance(e, dict)}
    pins.add(str(body.get("defaultOneTimePin", "")))
    for pin in pins - {""}:
        out = re.sub(rf"(?<!\d){re.escape(pin)}(?!\d)", "****", out)
    return out


def _count(value: Any) -> int | None:
    """A non-negative integer from an int or a string of digits; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None


def _phone_key(text: str) -> str:
    try:
        return normalise_phone(text)
    except InputError:
        return text.strip()


def parse_bulk_answer(status: int, content: bytes, sent: Mapping[str, Any],
                      answered_at: datetime) -> VendResult:
    """HTTP 201 with the paycodes, checked against what was sent; 401 with errors[] is a
    refusal; anything else is in doubt."""
    ref = str(sent.get("referenceId", ""))
    if status >= 500:
        raise InDoubt("Interswitch had a problem. The paycodes may have been issued: a "
                      "supervisor must check this batch.", f"bulk tokens {ref}: HTTP {status}",
                      answered=True)
    try:
        payload = http.read_json(content, f"HTTP {status}")
    except InDoubt:
        raise _unreadable(ref, f"HTTP {status}, {len(content)} bytes, not JSON") from None
    if not isinstance(payload, dict):
        raise _unreadable(ref, f"HTTP {status}, JSON {type(payload).__name__}")
    if status == 401:
        errors = payload.get("errors")
        listed = errors if isinstance(errors, list) and errors else [payload.get("error")]
        items = [e for e in listed if isinstance(e, dict)]
        if len(items) != len(listed):
            raise _unreadable(ref, "HTTP 401 without errors[]")
        codes = [str(e.get("code") or "").strip() for e in items]
        if not all(codes):
            raise _unreadable(ref, "HTTP 401 without an error code")
        # Every error the doc's errors[] lists, each once, as the cashier reads it.
        messages = list(dict.fromkeys(outcome_of(code)[1] for code in codes))
        said = "; ".join(f"{c} {_scrub(e.get('message', ''), sent)}"
                         for c, e in zip(codes, items, strict=True))
        raise ProviderDeclined(" ".join(messages), f"bulk tokens {ref}: HTTP 401 {said}",
                               code=codes[0])
    if status != 201:
        raise _unreadable(ref, f"HTTP {status}")
    return parse_payment_tokens(payload, sent, answered_at)


def parse_payment_tokens(payload: Mapping[str, Any], sent: Mapping[str, Any],
                         answered_at: datetime) -> VendResult:
    """The 201 body as paycodes, one per issued entry, trusting nothing: counts, phones,
    paycode digits and surcharges are checked against the request."""
    ref = str(sent["referenceId"])
    entries = list(sent["entries"])
    number = payload.get("numberOfEntries")
    tokens = payload.get("paymentTokens")
    if isinstance(number, bool) or not isinstance(number, int) or not isinstance(tokens, list):
        raise _unreadable(ref, "numberOfEntries or paymentTokens missing or of the wrong type")
    if number != len(tokens) or number > int(sent["batchSize"]) or number > len(entries):
        raise _unreadable(ref, f"numberOfEntries {number}, {len(tokens)} tokens, batchSize "
                          f"{sent['batchSize']}")
    open_slots: dict[str, list[int]] = {}
    for index, e in enumerate(entries, start=1):
        open_slots.setdefault(_phone_key(str(e["beneficiaryNumber"])), []).append(index)
    found: list[Token] = []
    extra: dict[str, str] = {}
    seen: set[str] = set()
    for t in tokens:
        if not isinstance(t, dict):
            raise _unreadable(ref, "a paymentTokens item is not an object")
        phone, paycode = t.get("phoneNumber"), t.get("payCode")
        slots = open_slots.get(_phone_key(phone)) if isinstance(phone, str) else None
        if not slots:
            raise _unreadable(ref, "a paycode for a phone number that was not in the batch")
        if not (isinstance(paycode, str) and paycode.isascii() and paycode.isdigit()
                and 8 <= len(paycode) <= 20) or paycode in seen:
            raise _unreadable(ref, "a payCode that is not 8 to 20 digits, or repeated")
        surcharge, expiry = _count(t.get("surcharge")), _count(t.get("expiry"))
        if surcharge is None or expiry is None or expiry == 0:
            raise _unreadable(ref, "surcharge or expiry is not a non-negative whole number")
        sms = t.get("smsStatus", "")
        if not isinstance(sms, str):
            raise _unreadable(ref, "smsStatus is not text")
        index = slots.pop(0)
        seen.add(paycode)
        expires = (answered_at + timedelta(minutes=expiry)).astimezone(WAT)
        found.append(Token(index, "PAYCODE", paycode, serial=str(entries[index - 1][
            "beneficiaryNumber"]), expires=expires.strftime("%Y-%m-%d %H:%M")))
        extra[f"amount_minor.{index}"] = str(entries[index - 1]["amount"])
        extra[f"surcharge_minor.{index}"] = str(surcharge)
        extra[f"sms.{index}"] = sms[:40]
    if not found:
        # A clear answer that nothing was issued: final, and the money is the customer's.
        raise ProviderDeclined("Interswitch issued no paycode for this batch. Nothing was "
                               "issued.", f"bulk tokens {ref}: numberOfEntries 0", code="")
    found.sort(key=lambda tok: tok.index)
    issued = {tok.index for tok in found}
    missing = [i for i in range(1, len(entries) + 1) if i not in issued]
    issued_minor = sum(int(entries[i - 1]["amount"]) for i in issued)
    extra.update({
        "issued": str(len(found)),
        "requested": str(len(entries)),
        "not_issued": ",".join(str(entries[i - 1]["beneficiaryNumber"]) for i in missing),
        "issued_minor": str(issued_minor),
        "not_issued_minor": str(sum(int(entries[i - 1]["amount"]) for i in missing)),
        "ttid": str(sent.get("ttid", "")),
    })
    if missing:
        log.warning("interswitch %s: %d of %d paycodes issued", ref, len(found), len(entries))
    return VendResult(provider_ref=ref, tokens=tuple(found), extra=extra)


def batch_summary(request: Mapping[str, Any]) -> dict[str, str]:
    """What a supervisor needs to settle a held batch by hand; never the PINs."""
    body = request.get("body", {})
    out = {"referenceId": str(request.get("referenceId", "")),
           "ttid": str(request.get("ttid", "")), "channel": str(body.get("channel", "")),
           "amount_minor": str(body.get("amount", "")),
           "tokenLifeTimeInMinutes": str(body.get("tokenLifeTimeInMinutes", ""))}
    for n, e in enumerate(body.get("entries", []), start=1):
        out[f"beneficiary.{n}"] = f"{e.get('beneficiaryNumber', '')} {e.get('amount', '')}"
    return out


# -- the vendor adapter --------------------------------------------------------------------------

class InterswitchVendor:
    """Interswitch as a vendor: the key is `referenceId` (with a `ttid` derived from it);
    no enquiry, so an in-doubt batch waits for a supervisor."""

    name = "interswitch"
    has_enquiry = False

    def __init__(self, client: InterswitchPaycode, *, channel: str = "ATM",
                 lifetime_minutes: int = 1440) -> None:
        self.client = client
        self.channel = channel
        self.lifetime_minutes = lifetime_minutes

    def new_key(self, terminal_id: str) -> str:
        # Terminal tag, time to the second, then random: unique across the shop's terminals;
        # the journal's UNIQUE(provider, idem_key) catches the rest before sending.
        tag = "".join(ch for ch in terminal_id if ch.isascii() and ch.isalnum())[-8:].upper()
        return (f"{tag}{time.strftime('%y%m%d%H%M%S')}{next(_SEQUENCE) % 100:02d}"
                f"{secrets.randbelow(10**4):04d}")

    def lookup(self, product: Product, account: str, option: Option | None = None
               ) -> Customer:
        raise InputError("Paycodes need no lookup: enter the beneficiaries.", product.key)

    def request(self, order: VendOrder) -> dict[str, Any]:
        batch = parse_batch(order.extra, order.amount, channel=self.channel,
                            lifetime_minutes=self.lifetime_minutes)
        return self.client.bulk_token_request(batch, order.key)

    def check_request(self, request: dict[str, Any]) -> None:
        self.client.check_request(request)

    def vend(self, request: dict[str, Any]) -> VendResult:
        # A journalled batch signed under other credentials is never sent (it would be
        # refused, and a re-send of a held batch must not turn into a refund by accident).
        self.client.check_request(request)
        return self.client.generate_bulk_tokens(request)

    def enquire(self, request: dict[str, Any]) -> VendResult:
        raise NotImplementedError("the Interswitch Paycode doc has no enquiry")

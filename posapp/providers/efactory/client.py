"""eFactory (electricity distributor, Nigeria, NGN). Read beside the eFactory API doc.

Operations: meter data validation, bill payment request, bill payment enquiry by
payment reference (`rrr`) and by `itemId`. Amounts are sent as the exact `##.##`
string that goes into the hash. The payment body is built once (`payment_body`), journalled
whole, and sent as it is (`pay`): a resend under the same `itemId` sends the same bytes.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import requests

from posapp.domain.errors import (
    InDoubt,
    InputError,
    ProviderBusy,
    ProviderDeclined,
    UnknownReference,
)
from posapp.domain.money import Money, MoneyError
from posapp.domain.product import AccountRule
from posapp.domain.sale import Charge, Customer, Token, VendResult
from posapp.providers import answers, http
from posapp.providers.outcomes import Outcome

log = logging.getLogger(__name__)

METER_TYPES = ("PREPAID", "POSTPAID")
ITEM_TYPES = {"389": "Electricity bills", "789": "Reconnection bill", "799": "New meter payment"}
SC_IDS = {
    "AKRN": "Akanran Business Unit", "APTA": "Apata Business Unit", "BABO": "Baboko Business Unit",
    "CHAL": "Challenge Business Unit", "DUGB": "Dugbe Business Unit", "EDE": "Ede Business Unit",
    "IJB": "Ijebu-Igbo Service Unit", "I-OD": "Ijebu-Ode Business Unit",
    "IKRN": "Ikirun Business Unit", "IFE": "Ile-Ife Business Unit", "ILES": "Ilesa Business Unit",
    "JEBA": "Jebba Service Unit", "MOLE": "Molete Business Unit", "MONO": "Monatan Business Unit",
    "NBS": "New Bussa Service Unit", "OFFA": "Offa Service Unit", "OGBO": "Ogbomoso Business Unit",
    "OJOO": "Ojoo Business Unit", "OLU": "Olumo Business Unit", "OMRN": "Omu-Aran Business Unit",
    "OSOG": "Osogbo Business Unit", "OTA": "Ota Business Unit", "OYO": "Oyo Business Unit",
    "SHAG": "Sagamu Business Unit", "ABEO": "Abeokuta", "ISE": "Isesa",
    "IBD": "Ibadan Business Unit",
}


# The doc's response code table, each with what it means for the sale and for the cashier.
CODES: dict[str, tuple[str, Outcome, str]] = {
    "00": ("SUCCESS", Outcome.SUCCESS, "Done."),
    "01": ("TRANSACTION_FAILED", Outcome.DECLINED, "The payment was declined by eFactory."),
    "02": ("BAD REQUEST", Outcome.DECLINED, "eFactory rejected the request. Call support."),
    "03": ("UNKNOWN ITEM TYPE", Outcome.DECLINED,
           "This payment type is not set up for this terminal. Call support."),
    "04": ("AUTHENTICATION ERROR", Outcome.DECLINED,
           "The terminal's eFactory credentials were refused. Call support."),
    "05": ("UNKNOWN METER", Outcome.DECLINED, "Meter not found. Check the number with the customer."),
    "06": ("SYSTEM ERROR", Outcome.IN_DOUBT, "eFactory had a system error."),
    "07": ("LIMIT REACHED", Outcome.DECLINED, "The terminal's limit has been reached."),
    "08": ("UNKNOWN PAYMENT REFERENCE", Outcome.UNKNOWN_REFERENCE,
           "eFactory has no payment with this reference."),
    "09": ("UNASSIGNED METER", Outcome.DECLINED,
           "This meter is not assigned to a customer. The customer must contact the distributor."),
    "10": ("INSUFFICENT AMOUNT", Outcome.DECLINED,
           "The amount is too small for this meter (debt or minimum not covered)."),
    # The payment may be recorded while the token was not dispensed: ask the enquiry.
    "11": ("TOKEN DISPENSE ERROR", Outcome.IN_DOUBT, "eFactory could not dispense the token yet."),
    "12": ("INSUFFICENT FEE AMOUNT", Outcome.DECLINED,
           "The shop's fee account could not be debited. Call the owner."),
}


def outcome_of(code: str) -> tuple[Outcome, str]:
    """Map a response code to an outcome and a cashier message; unknown codes are in doubt."""
    entry = CODES.get(str(code).strip())
    if entry is None:
        return Outcome.IN_DOUBT, f"eFactory answered with an unknown code {code!r}."
    return entry[1], entry[2]


def format_amount(amount: Money) -> str:
    """The doc's ##.## form in naira: Money(5000, NGN) -> "50.00"."""
    if amount.currency != "NGN":
        raise InputError("eFactory takes naira only.", f"currency {amount.currency}")
    return amount.decimal_str()


def payment_hash(meter_id: str, item_type_id: str, item_id: str, amount: str,
                 terminal_id: str, api_key: str, auth_token: str) -> str:
    """SHA512(meterId+itemTypeId+itemId+amount+terminalId+apiKey+authToken), lowercase hex.

    The doc's parameter table names a merchantId that exists nowhere else; its text
    gives this meterId form, which is the one implemented (see DESIGN.md).
    """
    raw = f"{meter_id}{item_type_id}{item_id}{amount}{terminal_id}{api_key}{auth_token}"
    return hashlib.sha512(raw.encode("utf-8")).hexdigest()


def _money(value: Any) -> Money | None:
    if value in (None, ""):
        return None
    try:
        return Money.parse(str(value), "NGN")
    except MoneyError:
        return None


@dataclass(frozen=True)
class PaymentRequest:
    meter_type: str
    meter_id: str
    item_type_id: str
    item_id: str
    amount: Money
    terminal_id: str
    sc_id: str
    payer_name: str = ""
    payer_phone: str = ""
    payer_email: str = ""


class EFactory:
    """Client for the eFactory MPG API. Holds no state beyond its credentials and address."""

    name = "efactory"

    def __init__(self, base_url: str, api_key: str, auth_token: str, *,
                 timeout: tuple[float, float] = (3.0, 25.0),
                 allow_plain_http: bool = False, session: requests.Session | None = None) -> None:
        self.base_url = http.check_base_url(base_url, allow_plain_http=allow_plain_http)
        self._api_key = api_key
        self._auth_token = auth_token
        self.timeout = timeout
        self.session = session or http.new_session()

    # -- requests -----------------------------------------------------------------

    def _url(self, *parts: str) -> str:
        return self.base_url + "/" + "/".join(quote(p, safe="") for p in parts)

    def _get(self, what: str, *parts: str) -> dict[str, Any]:
        resp = http.call(self.session, "GET", self._url(*parts), timeout=self.timeout,
                         redact=quote(self._api_key, safe=""))
        return http.json_body(resp, what)

    def validate_meter(self, meter_type: str, meter_id: str) -> Customer:
        """Meter data validation: GET /ext/int/data/{apiKey}/{meterType}/{meterId}."""
        meter_type = _check_meter_type(meter_type)
        meter_id = check_meter_id(meter_id)
        body = self._get("meter validation", "ext", "int", "data", self._api_key, meter_type,
                         meter_id)
        code = str(body.get("responseCode", ""))
        outcome, message = outcome_of(code)
        detail = f"validate {meter_type}: {code} {body.get('responseMessage', '')}"
        if outcome in (Outcome.IN_DOUBT, Outcome.UNKNOWN_REFERENCE):
            raise ProviderBusy(f"{message} Try the look-up again in a moment.", detail)
        if outcome is not Outcome.SUCCESS:
            raise ProviderDeclined(message, detail, code=code)
        return Customer(
            account=meter_id,
            name=str(body.get("name") or "").strip(),
            meter_type=str(body.get("meterType") or meter_type),
            minimum=_money(body.get("minimumAmount")),
            outstanding=_money(body.get("outstandingAmount")),
            phone=str(body.get("phoneNumber") or ""),
            email=str(body.get("email") or ""),
        )

    def payment_body(self, req: PaymentRequest) -> dict[str, str]:
        """The payment request's JSON body, hash included, exactly as it will be sent."""
        amount = format_amount(req.amount)
        body = {
            "meterId": req.meter_id,
            "meterType": req.meter_type,
            "scId": req.sc_id,
            "itemTypeId": req.item_type_id,
            "itemId": req.item_id,
            "terminalId": req.terminal_id,
            "amount": amount,
            "hash": payment_hash(req.meter_id, req.item_type_id, req.item_id, amount,
                                 req.terminal_id, self._api_key, self._auth_token),
        }
        for key, value in (("payerName", req.payer_name), ("payerPhoneNumber", req.payer_phone),
                           ("payerEmail", req.payer_email)):
            if value:
                body[key] = value
        return body

    def hash_matches(self, body: dict[str, str]) -> bool:
        """Does a journalled body still carry the hash these credentials give it?"""
        try:
            expected = payment_hash(body["meterId"], body["itemTypeId"], body["itemId"],
                                    body["amount"], body["terminalId"], self._api_key,
                                    self._auth_token)
        except KeyError:
            return False
        return body.get("hash") == expected

    def pay(self, body: dict[str, str]) -> VendResult:
        """Bill payment request: POST /pay/data/{apiKey}/{meterType} with a body from
        `payment_body`, sent as it is. Raises on anything but 00."""
        resp = http.call(self.session, "POST", self._url("pay", "data", self._api_key,
                                                         _check_meter_type(body["meterType"])),
                         timeout=self.timeout, json=body, redact=quote(self._api_key, safe=""))
        return self._result(http.json_body(resp, "payment"), "payment", body["itemId"],
                            body["meterType"])

    def enquire_by_reference(self, meter_type: str, payment_reference: str) -> VendResult:
        """GET /pay/data/{apiKey}/{meterType}/{paymentReference}."""
        body = self._get("enquiry by reference", "pay", "data", self._api_key,
                         _check_meter_type(meter_type), payment_reference)
        return self._result(body, "enquiry by reference", "", meter_type)

    def enquire_by_item(self, meter_type: str, item_id: str) -> VendResult:
        """GET /pay/data/{apiKey}/{meterType}/item/{itemId}."""
        body = self._get("enquiry by item", "pay", "data", self._api_key,
                         _check_meter_type(meter_type), "item", item_id)
        return self._result(body, "enquiry by item", item_id, meter_type)

    # -- responses ----------------------------------------------------------------

    def _result(self, body: dict[str, Any], what: str, item_id: str,
                meter_type: str) -> VendResult:
        code = str(body.get("responseCode", ""))
        outcome, message = outcome_of(code)
        detail = f"{what}: {code} {body.get('responseMessage', '')}".strip()
        if outcome is Outcome.DECLINED:
            raise ProviderDeclined(message, detail, code=code)
        if outcome is Outcome.UNKNOWN_REFERENCE:
            raise UnknownReference(message, detail)
        if outcome is Outcome.IN_DOUBT:
            raise InDoubt(message, detail, answered=True)
        if item_id and str(body.get("itemId", item_id)) != item_id:
            raise InDoubt("The provider's answer does not match this sale.",
                          f"{what}: itemId {body.get('itemId')!r} != {item_id!r}")
        return parse_vend(body, meter_type)


# What the doc promises a success carries (checked before a sale can be VENDED): STS
# tokens of 20 digits (the doc's sample shows 16), at most a credit token after two key
# change tokens, an rrr reference, and no negative energy, rate or charge.
TOKEN_LENGTHS = (16, 20)
MOST_TOKENS = 5


def parse_vend(body: dict[str, Any], meter_type: str = "PREPAID") -> VendResult:
    """Tokens in their index order with their type, exactly as sent; tariff lines as sent.
    Anything the doc does not promise is in doubt (see TOKEN_LENGTHS)."""
    what = "eFactory answer"
    rrr = answers.reference(body.get("rrr"), f"{what} rrr")
    prepaid = meter_type.upper() == "PREPAID"
    entries = answers.count(body.get("tokenData"), 1 if prepaid else 0,
                            MOST_TOKENS if prepaid else 0, f"{what} tokenData")
    tokens = []
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise answers.bad(what, f"token entry {n} is not an object")
        try:
            index = int(str(entry.get("index", n)))
        except ValueError:
            raise answers.bad(what, f"token index {entry.get('index')!r}") from None
        tokens.append(Token(index, answers.word(entry.get("type") or "CREDIT", f"{what} type"),
                            answers.digits(entry.get("token"), TOKEN_LENGTHS, f"{what} token")))
    tokens.sort(key=lambda t: t.index)
    if [t.index for t in tokens] != list(range(1, len(tokens) + 1)):
        raise answers.bad(what, f"token indexes {[t.index for t in tokens]}")
    raw_pd = body.get("paymentData")
    if raw_pd not in (None, "") and not isinstance(raw_pd, dict):
        raise answers.bad(what, "paymentData is not an object")
    pd: dict[str, Any] = raw_pd if isinstance(raw_pd, dict) else {}
    charges = []
    for c in answers.count(pd.get("rnd"), 0, 20, f"{what} rnd"):
        if not isinstance(c, dict):
            raise answers.bad(what, "rnd entry is not an object")
        charges.append(Charge(str(c.get("description", "")).strip(),
                              answers.amount(c.get("amount"), f"{what} rnd amount"),
                              answers.amount(c.get("taxAmount"), f"{what} rnd tax")))
    answers.amount(body.get("amount"), f"{what} amount")
    extra = {"cFee": answers.amount(pd.get("cFee"), f"{what} cFee"),
             "sgc": str(pd.get("sgc") or "")[:16]}
    return VendResult(
        provider_ref=rrr,
        tokens=tuple(tokens),
        units=answers.amount(pd.get("kwH"), f"{what} kwH"),
        tariff=str(pd.get("tIndex") or "")[:24],
        rate=answers.amount(pd.get("rate"), f"{what} rate"),
        charges=tuple(charges),
        extra={k: v for k, v in extra.items() if v},
    )


def _check_meter_type(meter_type: str) -> str:
    mt = meter_type.strip().upper()
    if mt not in METER_TYPES:
        raise InputError("Choose prepaid or postpaid.", f"meter type {meter_type!r}")
    return mt


# Meter numbers (prepaid) and account numbers (postpaid): digits, as the doc's samples.
METER_ID = AccountRule("Meter or account number", "Meter", 6, 20)


def check_meter_id(meter_id: str) -> str:
    """Meter numbers and account numbers: digits (a scanner may add spaces or dashes)."""
    return METER_ID.clean(meter_id)

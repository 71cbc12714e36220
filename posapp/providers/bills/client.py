"""Bills-payment aggregator (Nigeria, NGN). Read beside the aggregator's API doc.

Every request is form parameters POSTed to one processing URL; which parameters are
present says what it does:
  category                         -> the category's products
  category + product [+ number]    -> the product's plans [and the customer]
  category + product + validate    -> check a smartcard / meter number
  ... + ref + (plan | amount)      -> pay
hash = sha512(token + email + username [+ ref]). No enquiry exists: a payment whose
outcome is unknown (timeout, PENDING) waits for a supervisor, never a resend.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import requests

from posapp.domain.errors import InDoubt, InputError, ProviderBusy, ProviderDeclined
from posapp.domain.money import Money, MoneyError
from posapp.domain.product import Option, Plan
from posapp.domain.sale import Customer, Token, VendResult
from posapp.providers import answers, http
from posapp.providers.outcomes import Outcome

CATEGORIES = ("tv", "electricity", "waec")


# The doc's codes: OK, FAIL, PENDING, B001..B009.
CODES: dict[str, tuple[str, Outcome, str]] = {
    "OK": ("Successful", Outcome.SUCCESS, "Done."),
    "FAIL": ("Not Successful", Outcome.DECLINED, "The payment was not successful."),
    "PENDING": ("Transaction not processed", Outcome.IN_DOUBT,
                "The payment is not processed yet."),
    "B001": ("Authentication Failed", Outcome.DECLINED,
             "The terminal's bills account login was refused. Call support."),
    "B002": ("Operation not allowed on account", Outcome.DECLINED,
             "The shop's bills account may not do this. Call the owner."),
    "B003": ("API not enabled for this account", Outcome.DECLINED,
             "Bills payment is not enabled for this shop. Call the owner."),
    "B004": ("Invalid request", Outcome.DECLINED, "The request was refused. Call support."),
    "B005": ("Product has no plan in this category", Outcome.DECLINED,
             "This product has no plans. Choose another product."),
    "B006": ("Validation failed", Outcome.DECLINED,
             "The number was not found. Check it with the customer."),
    "B007": ("Insufficient Balance", Outcome.DECLINED,
             "The shop's bills wallet is too low. Top it up and try again."),
    "B008": ("Invalid Amount", Outcome.DECLINED, "That amount is not allowed for this product."),
    "B009": ("Operation Failed", Outcome.DECLINED, "The payment failed. No money was taken."),
}


def outcome_of(code: str) -> tuple[Outcome, str]:
    entry = CODES.get(str(code).strip().upper())
    if entry is None:
        return Outcome.IN_DOUBT, f"The bills service answered with an unknown code {code!r}."
    return entry[1], entry[2]


def request_hash(token: str, email: str, username: str, ref: str = "") -> str:
    """sha512(token+email+username+ref), ref only when the request carries one."""
    return hashlib.sha512(f"{token}{email}{username}{ref}".encode()).hexdigest()


@dataclass(frozen=True)
class PlanList:
    plans: tuple[Plan, ...]
    customer: Customer | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _naira(value: Any) -> Money | None:
    if value in (None, ""):
        return None
    try:
        return Money.parse(str(value), "NGN")
    except MoneyError:
        return None


class BillsAggregator:
    """Client for the aggregator's single processing URL."""

    name = "aggregator"

    def __init__(self, url: str, username: str, token: str, email: str, *,
                 timeout: tuple[float, float] = (3.0, 45.0),
                 session: requests.Session | None = None) -> None:
        self.url = http.check_base_url(url)
        self.username = username
        self._token = token
        self.email = email
        self.timeout = timeout
        self.session = session or http.new_session()

    def form(self, params: dict[str, str], ref: str = "") -> dict[str, str]:
        """The form as it is posted: username, hash (with `ref` when there is one), params."""
        form = {"username": self.username,
                "hash": request_hash(self._token, self.email, self.username, ref)}
        if ref:
            form["ref"] = ref
        form.update({k: v for k, v in params.items() if v not in (None, "")})
        return form

    def hash_matches(self, form: dict[str, str]) -> bool:
        """Does a journalled form still carry the hash these credentials give it?"""
        return form.get("username") == self.username and form.get("hash") == request_hash(
            self._token, self.email, self.username, form.get("ref", ""))

    def _send(self, what: str, form: dict[str, str]) -> dict[str, Any]:
        resp = http.call(self.session, "POST", self.url, timeout=self.timeout, data=form)
        return http.json_body(resp, what)

    def _post(self, what: str, params: dict[str, str], ref: str = "") -> dict[str, Any]:
        return self._send(what, self.form(params, ref))

    @staticmethod
    def _check(body: dict[str, Any], what: str) -> None:
        # The doc's plan lists carry no `response`; a payment's answer always does.
        code = body.get("response", None if what == "payment" else "OK")
        outcome, message = outcome_of(code if isinstance(code, str) else repr(code))
        detail = f"{what}: {code!r} {body.get('message', '')}".strip()
        if outcome is Outcome.DECLINED:
            raise ProviderDeclined(message, detail, code=str(code))
        if outcome is Outcome.IN_DOUBT and what != "payment":
            # Only a payment can be in doubt; a question without an answer is asked again.
            raise ProviderBusy(f"{message} Try again in a moment.", detail)
        if outcome is Outcome.IN_DOUBT:
            raise InDoubt(message, detail, answered=True)

    def products(self, category: str) -> list[Option]:
        """category only: the products of tv, electricity or waec."""
        body = self._post("products", {"category": _category(category)})
        self._check(body, "products")
        out = []
        for p in body.get("result") or []:
            if not isinstance(p, dict) or not p.get("product_id"):
                continue
            out.append(Option(
                str(p["product_id"]), str(p.get("name") or p["product_id"]).strip(),
                bool(p.get("hasProductList")), bool(p.get("hasValidation")),
                bool(p.get("openRange")), _naira(p.get("min_denomination")),
                _naira(p.get("max_denomination")), _naira(p.get("step"))))
        return out

    def plans(self, category: str, product: str, number: str = "") -> PlanList:
        """category + product [+ number]: the plans, and with a number the customer too."""
        body = self._post("plans", {"category": _category(category), "product": product,
                                    "number": number})
        self._check(body, "plans")
        raw = body.get("result")
        data: dict[str, Any] = raw if isinstance(raw, dict) else body
        plans = []
        for p in data.get("plans") or []:
            price = _naira(p.get("price")) if isinstance(p, dict) else None
            if price is not None and p.get("plan_id"):
                plans.append(Plan(str(p["plan_id"]), str(p.get("name") or "").strip(), price))
        customer = None
        if number and (data.get("first_name") or data.get("last_name")):
            name = f"{data.get('first_name', '')} {data.get('last_name', '')}".strip()
            customer = Customer(number, name, meter_type=str(data.get("status") or ""))
        extra = {k: str(data[k]) for k in ("status", "primary_product_id", "primary_product_name",
                                           "primary_product_price") if data.get(k)}
        return PlanList(tuple(plans), customer, extra)

    def validate(self, category: str, product: str, number: str) -> Customer:
        """category + product + validate: the smartcard or meter owner's name."""
        body = self._post("validate", {"category": _category(category), "product": product,
                                       "validate": number})
        self._check(body, "validate")
        raw = body.get("result")
        result: dict[str, Any] = raw if isinstance(raw, dict) else {}
        return Customer(str(result.get("number") or number), str(result.get("name") or ""))

    def payment_form(self, category: str, product: str, ref: str, *, number: str = "",
                     plan: str = "", amount: Money | None = None, prepaid: bool = False
                     ) -> dict[str, str]:
        """ref + plan (fixed price) or amount (open range): the whole form, hash included."""
        if bool(plan) == (amount is not None):
            raise InputError("Choose a plan or an amount.", "pay needs exactly one")
        params = {"category": _category(category), "product": product, "number": number,
                  "plan": plan, "amount": format_amount(amount) if amount else "",
                  "prepaid": "1" if prepaid else ""}
        return self.form(params, ref=ref)

    def pay(self, form: dict[str, str]) -> VendResult:
        """Post a form from `payment_form` as it is. Raises on anything but OK, and on an
        OK that does not carry what the doc promises for the category."""
        body = self._send("payment", form)
        self._check(body, "payment")
        return parse_payment(body, form.get("category", ""))


def format_amount(amount: Money) -> str:
    """Whole naira as the doc's samples send them: 1000."""
    if amount.currency != "NGN" or amount.minor % 100:
        raise InputError("Whole naira only.", amount.decimal_str())
    return str(amount.minor // 100)


# What the doc promises a successful payment carries, by category: an electricity
# token (the doc's sample has 10 digits, STS tokens have 20), exam PINs with serial
# numbers (the sample's PIN has 12 digits), nothing for TV. Anything else is in doubt.
TOKEN_LENGTHS = range(10, 25)
PIN_LENGTHS = range(8, 21)
MOST_PINS = 10


def parse_payment(body: dict[str, Any], category: str = "") -> VendResult:
    what = "bills answer"
    ref = answers.reference(body.get("transaction_id"), f"{what} transaction_id")
    tokens: list[Token] = []
    pin_code, pins = body.get("pin_code"), body.get("pins")
    if category == "electricity" or pin_code not in (None, ""):
        if category != "electricity":
            raise answers.bad(what, f"a token for a {category or 'non-electricity'} payment")
        tokens.append(Token(1, "TOKEN", answers.digits(pin_code, TOKEN_LENGTHS,
                                                       f"{what} pin_code")))
    wants_pins = category == "waec"
    for n, pin in enumerate(answers.count(pins, 1 if wants_pins else 0,
                                          MOST_PINS if wants_pins else 0, f"{what} pins"),
                            start=len(tokens) + 1):
        if not isinstance(pin, dict):
            raise answers.bad(what, f"PIN entry {n} is not an object")
        serial = pin.get("serialNumber") or ""
        expires = pin.get("expiresOn") or ""
        tokens.append(Token(n, "PIN", answers.digits(pin.get("pin"), PIN_LENGTHS,
                                                     f"{what} pin"),
                            serial=answers.reference(serial, f"{what} serial") if serial else "",
                            expires=str(expires)[:32]))
    answers.amount(body.get("discounted_amount"), f"{what} discounted_amount")
    extra = {k: str(body[k])[:400] for k in ("discounted_amount", "pin_message", "message")
             if body.get(k) not in (None, "")}
    return VendResult(provider_ref=ref, tokens=tuple(tokens), extra=extra)


def _category(category: str) -> str:
    if category not in CATEGORIES:
        raise InputError("Unknown bills category.", category)
    return category

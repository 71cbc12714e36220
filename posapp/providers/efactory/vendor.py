"""eFactory as a vendor: the key is `itemId`, the enquiry is by item id, and UNKNOWN PAYMENT
REFERENCE (08) allows a resend under the same key."""

from __future__ import annotations

import secrets
import time
from typing import Any

from posapp.domain.errors import ConfigError
from posapp.domain.money import Money
from posapp.domain.product import Option, Product
from posapp.domain.sale import Customer, VendResult
from posapp.providers.base import VendOrder
from posapp.providers.efactory.client import EFactory, PaymentRequest


class EFactoryVendor:
    name = "efactory"
    has_enquiry = True

    def __init__(self, client: EFactory, sc_id: str, terminal_id: str = "") -> None:
        self.client = client
        self.sc_id = sc_id
        self.terminal_id = terminal_id  # only for sales journalled before schema 2

    def new_key(self, terminal_id: str) -> str:
        # 20 digits: time to the second, then random; unique enough across terminals,
        # and the journal's UNIQUE(provider, idem_key) catches the rest before sending.
        return time.strftime("%y%m%d%H%M%S") + f"{secrets.randbelow(10**8):08d}"

    def lookup(self, product: Product, account: str, option: Option | None = None
               ) -> Customer:
        return self.client.validate_meter(product.params["meter_type"], account)

    def request(self, order: VendOrder) -> dict[str, Any]:
        """The journalled request: the path's meter type and the whole JSON body, hash
        included, so a resend sends exactly what the first attempt sent."""
        c = order.customer
        req = PaymentRequest(order.product.params["meter_type"], order.account,
                             order.product.params["item_type_id"], order.key, order.amount,
                             terminal_id=order.terminal_id, sc_id=self.sc_id,
                             payer_name=c.name if c else "", payer_phone=c.phone if c else "")
        return {"meter_type": req.meter_type, "item_id": order.key,
                "amount_minor": order.amount.minor, "currency": order.amount.currency,
                "body": self.client.payment_body(req)}

    def _body(self, request: dict[str, Any]) -> Any:
        """The journalled wire body; a sale journalled before schema 2 kept only its fields
        (and was signed at each send with the terminal's current id and keys, as then)."""
        if "body" not in request and "meter_id" in request:
            return self.client.payment_body(PaymentRequest(
                request["meter_type"], request["meter_id"], request["item_type_id"],
                request["item_id"], Money(int(request["amount_minor"]), request["currency"]),
                terminal_id=self.terminal_id, sc_id=self.sc_id,
                payer_name=request.get("payer_name", ""),
                payer_phone=request.get("payer_phone", "")))
        return request.get("body")

    def check_request(self, request: dict[str, Any]) -> None:
        body = self._body(request)
        if not isinstance(body, dict) or not self.client.hash_matches(body):
            raise ConfigError(
                "This sale was started with other eFactory credentials and cannot be sent "
                "again as it was. Call the technician; the sale is kept.",
                f"itemId {request.get('item_id')}: journalled hash does not match the "
                "current api key / auth token")

    def vend(self, request: dict[str, Any]) -> VendResult:
        self.check_request(request)
        return self.client.pay(self._body(request))

    def enquire(self, request: dict[str, Any]) -> VendResult:
        return self.client.enquire_by_item(request["meter_type"], request["item_id"])


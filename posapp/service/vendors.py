"""Adapters that give every vending provider the same two verbs: vend and enquire.

A new provider plugs in here with its own idempotency key and its own enquiry
(or `has_enquiry = False`, which sends in-doubt sales to a supervisor).
"""

from __future__ import annotations

import secrets
import time
from typing import Any, Protocol

from posapp.domain.money import Money
from posapp.domain.sale import Customer, VendResult
from posapp.providers.efactory import EFactory, PaymentRequest
from posapp.service.catalog import Product


class Vendor(Protocol):
    name: str
    has_enquiry: bool

    def new_key(self, terminal_id: str) -> str: ...

    def request(self, product: Product, account: str, amount: Money, key: str,
                customer: Customer | None) -> dict[str, Any]: ...

    def lookup(self, product: Product, account: str) -> Customer: ...

    def vend(self, request: dict[str, Any]) -> VendResult: ...

    def enquire(self, request: dict[str, Any]) -> VendResult: ...


class EFactoryVendor:
    """eFactory: key is `itemId`; enquiry by item id (UNKNOWN PAYMENT REFERENCE allows a resend)."""

    name = "efactory"
    has_enquiry = True

    def __init__(self, client: EFactory) -> None:
        self.client = client

    def new_key(self, terminal_id: str) -> str:
        # 20 digits: time to the second, then random; unique enough across terminals,
        # and the journal's UNIQUE(provider, idem_key) catches the rest before sending.
        return time.strftime("%y%m%d%H%M%S") + f"{secrets.randbelow(10**8):08d}"

    def lookup(self, product: Product, account: str) -> Customer:
        return self.client.validate_meter(product.meter_type, account)

    def request(self, product: Product, account: str, amount: Money, key: str,
                customer: Customer | None) -> dict[str, Any]:
        return {
            "meter_type": product.meter_type, "meter_id": account,
            "item_type_id": product.item_type_id, "item_id": key,
            "amount_minor": amount.minor, "currency": amount.currency,
            "payer_name": customer.name if customer else "",
            "payer_phone": customer.phone if customer else "",
        }

    def _payment(self, r: dict[str, Any]) -> PaymentRequest:
        return PaymentRequest(r["meter_type"], r["meter_id"], r["item_type_id"], r["item_id"],
                              Money(int(r["amount_minor"]), r["currency"]),
                              payer_name=r.get("payer_name", ""),
                              payer_phone=r.get("payer_phone", ""))

    def vend(self, request: dict[str, Any]) -> VendResult:
        return self.client.pay(self._payment(request))

    def enquire(self, request: dict[str, Any]) -> VendResult:
        return self.client.enquire_by_item(request["meter_type"], request["item_id"])
